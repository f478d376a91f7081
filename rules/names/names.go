// Package names holds the inconsistent-name rule: one person or place
// spelled two ways in one article, the drift a machine translation leaves
// when it romanises a name afresh each time ("Mostovenko" and "Mostovienko")
// or drops a diacritic in one place ("Grzędziński" and "Grzedzinski").
package names

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/textkey"
	"golang.org/x/text/unicode/norm"
)

// Thresholds of the rule (documented in Doc).
const (
	// MinNameLetters is the fewest letters a spelling must have: short
	// names ("Kim", "Jong", "Un") differ by a letter between different people.
	MinNameLetters = 6
	// MinMarkedLetters is the fewest letters of two spellings that differ
	// only in diacritics, stronger evidence than a changed letter.
	MinMarkedLetters = 5
	// ListShare is the share of capitalised words from which a block of
	// ListMinWords words or more is a list of names (contributors, a cast),
	// where similar names are different people; such blocks are skipped.
	ListShare    = 0.6
	ListMinWords = 8
	// MaxEdits is the most letters two spellings may differ by once
	// diacritics are folded.
	MaxEdits = 2
	// MinPlaces is how many places two spellings that differ in a vowel
	// need together, unless they stand once beside the same name or title.
	MinPlaces = 3
	// MaxSpellings is the most spellings one name may have: more, and the
	// words are a family of different names, not one name drifting.
	MaxSpellings = 3
	// maxBucket bounds the names that share one key variant; a larger
	// bucket is ambiguous and is skipped (it also keeps the pairing linear).
	maxBucket = 6
	// maxRelated is how many places of the preferred spelling a finding
	// points at.
	maxRelated = 3
)

// Rule flags a name spelled two ways in one article.
type Rule struct{}

// New returns the rule.
func New() Rule { return Rule{} }

func (Rule) ID() string                     { return "inconsistent-name" }
func (Rule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (Rule) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Name spelled two ways in one article",
		Text: fmt.Sprintf(`Flags a capitalised name written two ways in one article: a transliteration
that drifts ("Mostovenko" and "Mostovienko", "Horbatsova" and "Horbacova") or a diacritic lost in
one place ("Grzędziński" and "Grzedzinski"). Two spellings are one name when, with diacritics folded,
they start with the same letter and end with the same sound, differ by at most %d letters, and agree once the usual
variants of a romanisation are set aside (ts/tz/c, kh/g/h, ph/f, w/v, y/j/i, oo/ou/u, doubled
letters) or but for one inner vowel, or once Russian е and ё are read alike (ye/e at the start,
yo/e between consonants: "Fyodorov" and "Fedorov"), or but for one inner k written for the h or g
of Cyrillic г and х ("Zahorivka" and "Zakorivka"). The first letter may be such a variant when
nothing else differs ("Yermolenko" and "Jermolenko"), but for G and H, which start many
different English names. Each spelling needs %d letters or more, or %d when the
two differ only in diacritics. Spellings that differ in a vowel, in е/ё, in k/h or in their first letter need %d places together, or to
stand once beside the same name or title ("Mr. Mostovenko", "Mr. Mostovienko") or be listed once
after the same name ("Pryluky and Zahorivka", "Pryluky or Zakorivka").
A given name written in two of its Ukrainian, Russian and English forms before one surname
("Mykola Tkachuk", "Nikolai Tkachuk") is the same drift: a short table of common Slavic given
names (Oleksandr, Alexander; Serhiy, Sergei...) tells the forms; names of two different
groups before one surname are two people.
The finding is on each place of the rarer spelling and points at the other; on a tie, the
spelling with more diacritics is preferred (translation drops marks, it does not add them),
then, for spellings one inner vowel apart, the longer when the vowel stands between consonants
(a romanisation drops short vowels: "Berelovich", not "Brelovich") and the shorter when it stands
beside a vowel (a glide added: "Mostovenko", not "Mostovienko"), then the first written. When both spellings carry marks and one has every mark of the other and
more ("Kedziołek" and "Kędziołek"), that one is preferred however rare: the article writes the
name with its marks, and the missing one was dropped.
Left alone: inflections, possessives and plurals ("Ukraine" and "Ukrainian", "Kyiv's"; the
last sound must agree and neither spelling may begin the other; an ogonek on the last letter
alone, "Wałęsa" and "Wałęsą", is a case ending), words also written in
lower case (ordinary words), words in capitals or with inner capitals ("GitHub"), spellings
that differ only in case, short names ("Kim Jong Un" and "Kim Yo Jong"), spellings next to
different given names or surnames ("Anna Novak" and "Petr Nowak": two people), a spelling
given on purpose as a gloss ("Kharkiv (Kharkov)", "Kharkiv, or Kharkov"), a spelling
always followed by a name that the other never has (a given name, "Martin Hale" beside
"Martyn"), a spelling found only at the start of sentences (unless it differs from the
other only in diacritics), blocks that are lists of names
(%d words or more, %.0f%% of them capitalised), and families of more than %d similar
spellings. Articles in a language that capitalises every noun (German, Luxembourgish) are not
checked.`, MaxEdits, MinNameLetters, MinMarkedLetters, MinPlaces, ListMinWords, ListShare*100, MaxSpellings),
		Bad:  "Minister Oksana Mostovenko arrived on Monday. … Mostovienko said the talks went well.",
		Good: "Minister Oksana Mostovenko arrived on Monday. … Mostovenko said the talks went well.",
	}
}

// nounCapitals are the languages that capitalise every noun: there a
// capital does not mark a name, and a plural with an umlaut ("Vater",
// "Väter") would read as a lost diacritic.
var nounCapitals = map[string]bool{"de": true, "lb": true}

// occurrence is one place a capitalised name is written.
type occurrence struct {
	lint.Span
	word, block int32     // its word (an index into Document.Words) and block
	prev, next  lint.Span // an adjacent capitalised word, or an empty span
}

// spelling is one way a name is written, with the places it occurs.
type spelling struct {
	form        string // as written, without a possessive
	folded, key string
	marks       int
	at          []occurrence
}

// Check implements lint.Rule.
func (Rule) Check(doc *lint.Document) []lint.Finding {
	if nounCapitals[doc.Lang] {
		return nil
	}
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	sps := collect(doc, sc)
	out := drift(doc, sps, sc)
	for _, f := range givenNames(doc.Text, sps) {
		if !slices.ContainsFunc(out, func(g lint.Finding) bool { return g.Overlaps(f.Span) }) {
			out = append(out, f)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// drift finds the names spelled two ways among the spellings sps.
func drift(doc *lint.Document, sps []spelling, sc *scratch) []lint.Finding {
	if len(sps) < 2 {
		return nil
	}
	pairs := similar(doc, sps, sc)
	if len(pairs) == 0 {
		return nil
	}
	lower := lowerCaseUses(doc, sps, pairs)
	uf := make([]int, len(sps))
	for i := range uf {
		uf[i] = i
	}
	find := func(i int) int {
		for uf[i] != i {
			uf[i] = uf[uf[i]]
			i = uf[i]
		}
		return i
	}
	linked := false
	for _, p := range pairs {
		a, b := &sps[p[0]], &sps[p[1]]
		if lower[a.form] || lower[b.form] || !samePerson(doc.Text, a, b) || glossed(doc.Text, a, b) {
			continue
		}
		if (a.key != b.key || a.folded[0] != b.folded[0]) && len(a.at)+len(b.at) < MinPlaces && !sharedNeighbour(doc.Text, a, b) {
			// a changed vowel, е/ё, k/h or first letter seen only twice needs a shared neighbour
			continue
		}
		uf[find(p[0])] = find(p[1])
		linked = true
	}
	if !linked {
		return nil
	}
	groups := map[int][]int{}
	for i := range sps {
		groups[find(i)] = append(groups[find(i)], i)
	}
	var out []lint.Finding
	for _, g := range groups {
		if len(g) < 2 || len(g) > MaxSpellings {
			continue
		}
		out = append(out, report(doc, sps, g)...)
	}
	return out
}

// collect gathers the words of the language layer's name candidates
// (layer.Name) that the rule compares (spellable), grouped by spelling, in
// order of first occurrence. Every candidate counts, those that open their
// sentence (checked later, nonInitial) and those of a title-cased sentence
// too: a name written in a headline is still written so. The spellings and
// their places live in sc until the next collect.
func collect(doc *lint.Document, sc *scratch) []spelling {
	blocks := doc.Blocks
	if len(blocks) == 0 { // a reader found no blocks: the whole text is one
		blocks = []lint.Block{{Span: lint.Span{Start: 0, End: len(doc.Text)}}}
	}
	sps := sc.sps[:0]
	sc.resetForms()
	// the places in document order, each with its spelling; grouped by
	// spelling at the end, in one buffer (most spellings have one place,
	// and a slice of their own for each cost more than the rest of collect)
	occ, of := sc.occ[:0], sc.of[:0]
	text := doc.Text
	l := layer.Of(doc)
	ws := doc.Words()
	ns := sc.ns
	for bi, b := range blocks {
		var tally layer.WordTally
		ns, tally = l.AppendNamesIn(ns[:0], b.Span)
		if len(ns) == 0 || nameList(tally) {
			continue
		}
		for _, n := range ns {
			for k := n.First; k < n.Last; k++ {
				name := n.WordSpan(ws, k)
				if !spellable(text, name) {
					continue
				}
				w := ws[k]
				o := occurrence{Span: name, word: k, block: int32(bi)}
				if k > 0 && int(ws[k-1].Start) >= b.Start { // a word of the block
					o.prev = neighbour(text, ws[k-1], int(ws[k-1].End), int(w.Start))
				}
				if int(k)+1 < len(ws) && int(ws[k+1].End) <= b.End {
					o.next = neighbour(text, ws[k+1], int(w.End), int(ws[k+1].Start))
				}
				raw := text[name.Start:name.End]
				i, ok := sc.findForm(raw)
				form := raw
				if !ok && !layer.IsASCII(raw) {
					// one spelling, however its marks are encoded
					if nfc := norm.NFC.Bytes(raw); !bytes.Equal(nfc, raw) {
						if i, ok = sc.findForm(nfc); ok {
							sc.addForm(raw, i)
						}
						form = nfc
					}
				}
				if !ok {
					i = len(sps)
					sps = append(sps, spelling{marks: sc.spell(form, i)})
				}
				occ, of = append(occ, o), append(of, int32(i))
			}
		}
	}
	// group the places by spelling, keeping their order: each spelling's
	// run of one buffer starts where the runs of those before it end, and
	// appending within its capacity never allocates
	counts := reuse(sc.counts, len(sps))
	for _, i := range of {
		counts[i]++
	}
	at := slices.Grow(sc.at[:0], len(occ))[:len(occ)]
	start := int32(0)
	for i := range sps {
		end := start + counts[i]
		sps[i].at = at[start:start:end]
		start = end
	}
	for k, o := range occ {
		s := &sps[of[k]]
		s.at = append(s.at, o)
	}
	sc.spellingStrings(sps)
	sc.sps, sc.occ, sc.of, sc.at, sc.counts, sc.ns = sps, occ, of, at, counts, ns
	return sps
}

// spellable: the word text[s] of a name candidate is a spelling the rule
// compares: capitalised, not all in capitals, letters only (inner hyphens
// and apostrophes allowed) and of MinMarkedLetters letters or more.
func spellable(text []byte, s lint.Span) bool {
	b := text[s.Start:s.End]
	if c := b[0]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') || s.Len() < MinMarkedLetters {
		return false // a particle, a short word, told by its first byte
	}
	if r, _ := utf8.DecodeRune(b); !unicode.IsUpper(r) {
		return false
	}
	letters, lowers := 0, 0
	afterLower := false
	for i := 0; i < len(b); i++ {
		// ASCII, told without the Unicode tables: as the cases below tell it
		switch c := b[i]; {
		case 'a' <= c && c <= 'z':
			lowers++
			letters++
			afterLower = true
			continue
		case 'A' <= c && c <= 'Z':
			if afterLower {
				return false
			}
			letters++
			continue
		case c == '-' || c == '\'':
			afterLower = false
			continue
		case c < utf8.RuneSelf:
			return false
		}
		c, n := utf8.DecodeRune(b[i:])
		i += n - 1
		switch {
		case unicode.IsLower(c):
			lowers++
			letters++
			afterLower = true
		case unicode.IsLetter(c):
			if afterLower {
				return false // an inner capital: "GitHub", a brand's own casing
			}
			letters++
		case c == '-' || c == '\'' || c == '’' || c == '‐':
			afterLower = false
		case unicode.Is(unicode.Mn, c):
		default:
			return false // a digit
		}
	}
	return lowers > 0 && letters >= MinMarkedLetters
}

// nameList: a block of ListMinWords words or more, ListShare of them
// capitalised, is a list of names.
func nameList(t layer.WordTally) bool {
	return t.Words >= ListMinWords && float64(t.Capitalised) >= ListShare*float64(t.Words)
}

// neighbour returns w's span when it is a capitalised word right next to a
// name (only spaces and at most one line break between, after the period of
// an abbreviation), else an empty span.
func neighbour(text []byte, w lint.Word, gapStart, gapEnd int) lint.Span {
	if int(w.End) == gapStart && gapStart < gapEnd && text[gapStart] == '.' && layer.IsAbbreviation(string(text[w.Start:w.End])) {
		gapStart++ // "Mr. Novak", "Dr. Novak"
	}
	nl := 0
	for _, c := range text[gapStart:gapEnd] {
		if c == '\n' {
			nl++
		}
		if c != ' ' && c != '\t' && c != '\r' && (c != '\n' || nl > 1) {
			return lint.Span{}
		}
	}
	if r, _ := utf8.DecodeRune(text[w.Start:w.End]); !unicode.IsUpper(r) {
		return lint.Span{}
	}
	return w.Span()
}

// nameAt is the neighbour at s lower-cased, or "" when there is none or it
// is a title or a function word.
func nameAt(text []byte, s lint.Span) string {
	if s.Len() == 0 {
		return ""
	}
	n := strings.ToLower(string(text[s.Start:s.End]))
	if _, ok := notNames()[n]; ok {
		return ""
	}
	return n
}

// sharedNeighbour: the two spellings stand once at least beside the same
// word, a name or a title ("Mr.", "Minister"), before or after, or are
// listed once at least after the same name (listPartner).
func sharedNeighbour(text []byte, a, b *spelling) bool {
	word := func(s lint.Span) string {
		if s.Len() == 0 {
			return ""
		}
		n := strings.ToLower(string(text[s.Start:s.End]))
		if title, ok := notNames()[n]; ok && !title {
			return ""
		}
		return n
	}
	seen := map[string]bool{}
	for _, o := range a.at {
		seen["<"+word(o.prev)], seen[">"+word(o.next)] = true, true
		seen["&"+listPartner(text, o.Start)] = true
	}
	for _, o := range b.at {
		if p := word(o.prev); p != "" && seen["<"+p] {
			return true
		}
		if n := word(o.next); n != "" && seen[">"+n] {
			return true
		}
		if l := listPartner(text, o.Start); l != "" && seen["&"+l] {
			return true
		}
	}
	return false
}

// listPartner returns, lower-cased, the name a name at off is listed
// after ("Pryluky and Zahorivka", "Pryluky, Zahorivka", "Pryluky or
// Zahorivka"), or "": two spellings listed after the same name are one
// name in the same role.
func listPartner(text []byte, off int) string {
	spaces := func(i int) int {
		for i > 0 && text[i-1] == ' ' {
			i--
		}
		return i
	}
	word := func(end int) int { // the start of the word of letters ending at end
		i := end
		for i > 0 {
			r, n := utf8.DecodeLastRune(text[:i])
			if !unicode.IsLetter(r) {
				break
			}
			i -= n
		}
		return i
	}
	i := spaces(off)
	if i == off {
		return ""
	}
	if i > 0 && text[i-1] == ',' {
		i = spaces(i - 1)
	} else {
		j := word(i)
		if c := string(text[j:i]); c != "and" && c != "or" {
			return ""
		}
		if i = spaces(j); i == j {
			return ""
		}
	}
	j := word(i)
	if r, _ := utf8.DecodeRune(text[j:i]); j == i || !unicode.IsUpper(r) {
		return ""
	}
	n := strings.ToLower(string(text[j:i]))
	if _, ok := notNames()[n]; ok {
		return ""
	}
	return n
}

// notNames are capitalised words found next to names that do not tell one
// person from another: titles and offices (true), and sentence-opening
// function words (false). They are parsed on first use: start-up stays
// cheap.
var notNames = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms miss dr prof professor president minister premier chancellor
		general gen colonel col major captain sen senator rep gov governor mayor judge justice king queen
		prince princess pope saint st sir lord lady deputy chairman chairwoman secretary ambassador
		spokesman spokeswoman spokesperson director head chief commander leader speaker father`) {
		m[w] = true
	}
	for _, w := range strings.Fields(`the a an in on at of for and but or to from by with as after before
		when while if then yesterday today tomorrow this that these those his her their its our my said
		says according monday tuesday wednesday thursday friday saturday sunday`) {
		m[w] = false
	}
	return m
})

// entry is a key variant (its hash h) of spelling i.
type entry struct {
	h uint64
	i int
}

// similar returns the pairs of spellings that may be one name: they meet in
// a table of key variants (linear in the number of spellings), then pass
// samePair.
func similar(doc *lint.Document, sps []spelling, sc *scratch) [][2]int {
	es, hs := sc.es[:0], sc.hs[:0]
	for i := range sps {
		if len(sps[i].folded) < MinMarkedLetters {
			continue
		}
		hs = vowelVariants(sps[i].key, hs[:0])
		if sk := softKey(sps[i].key); sk != sps[i].key {
			hs = append(hs, textkey.Of([]byte(sk)))
		}
		if vk := velarKey(sps[i].key); vk != sps[i].key {
			hs = append(hs, textkey.Of([]byte(vk)))
		}
		for _, h := range hs {
			es = append(es, entry{h, i})
		}
	}
	sc.es, sc.hs = es, hs
	var seen map[[2]int]bool
	var pairs [][2]int
	var b []entry // one bucket: the entries of one hash, in order of spelling
	for _, head := range sc.buckets(es) {
		b = b[:0]
		for x := head; x >= 0 && len(b) <= maxBucket; x = sc.next[x] {
			b = append(b, es[x])
		}
		if len(b) < 2 || len(b) > maxBucket {
			continue
		}
		for u := 0; u < len(b); u++ {
			for v := u + 1; v < len(b); v++ {
				p := [2]int{b[u].i, b[v].i}
				if p[0] == p[1] || seen[p] {
					continue
				}
				if seen == nil {
					seen = map[[2]int]bool{}
				}
				seen[p] = true
				a, b := &sps[p[0]], &sps[p[1]]
				if !samePair(a, b) {
					continue
				}
				ia, ib := nonInitial(doc, a), nonInitial(doc, b)
				if ia && ib || a.folded == b.folded && (ia || ib) {
					// marksOnlyAtStart: a spelling that differs only in
					// diacritics from a name written inside sentences is
					// that name even when it only opens sentences
					pairs = append(pairs, p)
				}
			}
		}
	}
	sort.Slice(pairs, func(a, b int) bool {
		return pairs[a][0] < pairs[b][0] || pairs[a][0] == pairs[b][0] && pairs[a][1] < pairs[b][1]
	})
	return pairs
}

// samePair: the two spellings are close enough to be one name and not an
// inflection of one another.
func samePair(a, b *spelling) bool {
	fa, fb := a.folded, b.folded
	if fa == fb && a.marks == b.marks {
		return false // they differ in case only
	}
	if fa == fb && ogonekEnding(a.form, b.form) {
		return false // a case ending, not drift ("Wałęsa", "Wałęsą")
	}
	if fa != fb && min(len(fa), len(fb)) < MinNameLetters {
		return false
	}
	ka, kb := a.key, b.key
	if fa[0] != fb[0] && !initialVariant(fa, fb, ka, kb) || ka[len(ka)-1] != kb[len(kb)-1] {
		return false // a changed first letter is another name; a changed last one an inflection
	}
	if fa != fb && (strings.HasPrefix(fa, fb) || strings.HasPrefix(fb, fa)) {
		return false
	}
	if !oneInnerVowel(a.key, b.key) && softKey(a.key) != softKey(b.key) && !oneVelar(a.key, b.key) ||
		levenshtein.ComputeDistance(fa, fb) > MaxEdits {
		return false
	}
	return true
}

// initialVariant: two folded spellings that start with different letters
// start with variants of one romanised letter: y, j and i ("Yermolenko",
// "Jermolenko"), v and w, kh and h, ts and c, ph and f; their keys agree
// to the end. G and H are not variants at the start, though Ukrainian г is
// h: English has too many names that differ so ("Garrison", "Harrison").
func initialVariant(fa, fb, ka, kb string) bool {
	if ka != kb && softKey(ka) != softKey(kb) {
		return false
	}
	if fa[0] > fb[0] {
		fa, fb = fb, fa
	}
	return !(fa[0] == 'g' && fb[0] == 'h')
}

// nonInitial: the spelling occurs once at least inside a sentence (a word
// only ever seen opening a sentence may be an ordinary word), after a word
// of its sentence. The language layer tells (StartsSentence), from the gap
// before the word, only for the spellings paired.
func nonInitial(doc *lint.Document, s *spelling) bool {
	l := layer.Of(doc)
	for _, o := range s.at {
		b := lint.Span{Start: 0, End: len(doc.Text)}
		if len(doc.Blocks) > 0 {
			b = doc.Blocks[o.block].Span
		}
		if !l.StartsSentence(int(o.word), b) {
			return true
		}
	}
	return false
}

// samePerson: the two spellings are not set beside different names
// ("Anna Novak", "Petr Nowak"): each neighbour side seen for both must
// share a name; and a spelling always followed by a name (a given name, the
// first word of a longer name) is compared only with one that is followed
// by a name too.
func samePerson(text []byte, a, b *spelling) bool {
	names := func(s *spelling, next bool) map[string]bool {
		m := map[string]bool{}
		for _, o := range s.at {
			sp := o.prev
			if next {
				sp = o.next
			}
			if n := nameAt(text, sp); n != "" {
				m[n] = true
			}
		}
		return m
	}
	for _, next := range []bool{false, true} {
		na, nb := names(a, next), names(b, next)
		if len(na) == 0 || len(nb) == 0 {
			if next && (len(na) == 0) != (len(nb) == 0) && (always(text, a) || always(text, b)) {
				return false
			}
			continue
		}
		shared := false
		for n := range na {
			shared = shared || nb[n]
		}
		if !shared {
			return false
		}
	}
	return true
}

// always: every place of the spelling is followed by a name.
func always(text []byte, s *spelling) bool {
	for _, o := range s.at {
		if nameAt(text, o.next) == "" {
			return false
		}
	}
	return true
}

// glossWords may stand between a name and its other spelling given on
// purpose: "Kharkiv (Kharkov)", "Kharkiv, or Kharkov", "Kharkov (now Kharkiv)".
var glossWords = map[string]bool{"": true, "or": true, "aka": true, "also": true, "now": true, "formerly": true, "née": true, "nee": true}

// maxGlossGap bounds, in bytes, the gap between a name and its gloss.
const maxGlossGap = 16

// glossed: somewhere one spelling follows the other at once, in brackets
// or after "or": the article gives both on purpose.
func glossed(text []byte, a, b *spelling) bool {
	near := func(x, y *spelling) bool {
		j := 0
		for _, o := range y.at {
			for j < len(x.at) && x.at[j].End <= o.Start-maxGlossGap {
				j++
			}
			for k := j; k < len(x.at) && x.at[k].End <= o.Start; k++ {
				gap := strings.Map(func(r rune) rune {
					if unicode.IsLetter(r) {
						return unicode.ToLower(r)
					}
					return -1
				}, string(text[x.at[k].End:o.Start]))
				if glossWords[gap] {
					return true
				}
			}
		}
		return false
	}
	return near(a, b) || near(b, a)
}

// lowerCaseUses reports which spellings of the pairs also occur in lower
// case in the document: ordinary words, not names.
func lowerCaseUses(doc *lint.Document, sps []spelling, pairs [][2]int) map[string]bool {
	want := map[string]string{} // lower-cased → form
	lens := map[int]bool{}
	for _, p := range pairs {
		for _, i := range p {
			l := strings.ToLower(sps[i].form)
			want[l] = sps[i].form
			lens[len(l)] = true
		}
	}
	out := map[string]bool{}
	text := doc.Text
	for _, w := range doc.Words() {
		if !lens[w.Len()] {
			continue
		}
		r, _ := utf8.DecodeRune(text[w.Start:w.End])
		if !unicode.IsLower(r) {
			continue
		}
		if f, ok := want[string(text[w.Start:w.End])]; ok {
			out[f] = true
		}
	}
	return out
}

// report builds the findings of one name's spellings: one on each place of
// every spelling but the preferred one.
func report(doc *lint.Document, sps []spelling, g []int) []lint.Finding {
	ref := g[0]
	for _, i := range g[1:] {
		if better(&sps[i], &sps[ref]) {
			ref = i
		}
	}
	r := &sps[ref]
	first := doc.Position(r.at[0].Start)
	var related []lint.Related
	for _, o := range r.at[:min(len(r.at), maxRelated)] {
		related = append(related, lint.Related{Span: o.Span, Message: fmt.Sprintf("spelled %q here", r.form)})
	}
	var out []lint.Finding
	for _, i := range g {
		if i == ref {
			continue
		}
		s := &sps[i]
		msg := fmt.Sprintf("name spelled two ways: %q here (%s), %q elsewhere (%s, first on line %d)",
			s.form, times(len(s.at)), r.form, times(len(r.at)), first.Line)
		sugg := fmt.Sprintf("write %q as elsewhere in the article", r.form)
		if len(r.at) < len(s.at) {
			sugg += fmt.Sprintf(" (it has every mark of %q and more)", s.form)
		}
		for _, o := range s.at {
			out = append(out, lint.Finding{
				Span:       o.Span,
				Message:    msg,
				Suggestion: sugg,
				Related:    related,
			})
		}
	}
	return out
}

// better: spelling a is to be preferred to b: of two marked spellings of
// one fold, the one with every mark of the other and more; else the more
// frequent; then the one with more diacritics (translation drops them, it
// does not add them); then, one inner vowel apart, as vowelGap tells; then
// the first written (spellings are in order of first use).
func better(a, b *spelling) bool {
	if a.folded == b.folded && a.marks != b.marks && min(a.marks, b.marks) > 0 {
		// partialMarks: a spelling that keeps some marks shows the article
		// writes the name with them; the spelling with every mark of the
		// other and more is the name, whatever the counts
		if marksWithin(b.form, a.form) {
			return true
		}
		if marksWithin(a.form, b.form) {
			return false
		}
	}
	if len(a.at) != len(b.at) {
		return len(a.at) > len(b.at)
	}
	if a.marks != b.marks {
		return a.marks > b.marks
	}
	if p := vowelGap(a.key, b.key); p != 0 {
		return p > 0
	}
	return a.at[0].Start < b.at[0].Start
}

// vowelGap compares two keys one inner vowel apart: 1 when a is the one to
// prefer, -1 when b is, 0 when they are not so. A vowel between two
// consonants is one a romanisation dropped (scripts that write no short
// vowels: "Berelovich" and "Brelovich"), so the longer key is the name; a
// vowel beside another vowel is a glide one added ("Mostovenko" and
// "Mostovienko"), so the shorter is.
func vowelGap(a, b string) int {
	sign := 1
	if len(a) < len(b) {
		a, b, sign = b, a, -1
	}
	if len(a) != len(b)+1 || !oneInnerVowel(a, b) {
		return 0
	}
	i := 0
	for i < len(b) && a[i] == b[i] {
		i++
	}
	if isVowel(a[i-1]) || isVowel(a[i+1]) {
		return -sign // a glide added: the shorter, b, is the name
	}
	return sign
}

func times(n int) string {
	if n == 1 {
		return "once"
	}
	if n == 2 {
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}
