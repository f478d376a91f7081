package artifacts

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// The patterns of this file find glued words in English prose that carry no
// case hump ("approvalbut", "Harlowdecided") or that glue a name to a word
// of another sentence ("SportsLena Ostrova" where "Lena Ostrova" stands
// elsewhere). Without a dictionary, the evidence is either a closed list
// (English function words, frequent past-tense verbs) or the document
// itself: the parts stand alone elsewhere, the glued token never does.
// Candidates that need the document's evidence are collected first and
// resolved in one pass over its words, only when there are any.

// functionTails are closed-class English words that open a clause; glued to
// the end of a lower-case word ("approvalbut", "reportswhich") they show a
// lost space. Tails that end ordinary English words are left out: her
// (whether), its (permits), our (contour), are (prepare), has, was, have,
// for, will (goodwill), not (cannot), on, in, at, over, about, out, all, one.
var functionTails = []string{"but", "and", "the", "that", "which", "who", "whom", "whose", "when",
	"where", "while", "than", "then", "there", "their", "they", "these", "those", "this", "with",
	"from", "after", "before", "because", "although", "however", "rather", "since", "would",
	"could", "should", "what", "were"}

// closedCompounds are English words written closed whose parts are a word
// and a function tail ("elsewhere", "meanwhile", "thereafter"): never glue.
var closedCompounds = set("elsewhere", "everywhere", "somewhere", "nowhere", "anywhere",
	"meanwhile", "worthwhile", "erstwhile", "otherwise", "forthwith", "herewith", "therewith",
	"wherewith", "therefrom", "herefrom", "wherefrom", "hereafter", "thereafter", "whereafter",
	"hereinafter", "hereinbefore", "somewhat", "somewhen", "command", "thousand", "brigand",
	"quicksand", "wasteland", "lengthen", "sheathe", "sackbut", "whereas")

// minGlueHead: the word before a glued function tail has at least this many
// letters ("into", "with" + a tail are too short to tell from English words).
const minGlueHead = 4

// minEvidenceHead: a head that is not inflected has at least this many
// letters ("recv", "argv", "ctrl" are abbreviations of code).
const minEvidenceHead = 5

// tailIndex maps the last three letters of a word to the group of
// tailGroups whose tails end like it (index + 1; 0 for none): one table
// read turns away nearly every word.
var tailIndex, tailGroups = func() (t [26 * 26 * 26]uint8, groups [][]string) {
	for _, w := range functionTails {
		k := key3(w[len(w)-3:])
		if t[k] == 0 {
			groups = append(groups, nil)
			t[k] = uint8(len(groups))
		}
		groups[t[k]-1] = append(groups[t[k]-1], w)
	}
	// longest first: "where" and "there" before "were"
	for _, g := range groups {
		sort.Slice(g, func(i, j int) bool { return len(g[i]) > len(g[j]) })
	}
	return t, groups
}()

// tailBits is tailIndex as a bit set, small enough to stay in the fastest
// cache: the test every long word takes.
var tailBits = func() (b [(26*26*26 + 63) / 64]uint64) {
	for k, g := range tailIndex {
		if g != 0 {
			b[k>>6] |= 1 << (k & 63)
		}
	}
	return b
}()

// key3 is the table index of three lower-case ASCII letters.
func key3[T string | []byte](b T) int {
	return (int(b[0]-'a')*26+int(b[1]-'a'))*26 + int(b[2]-'a')
}

// pastVerbs are frequent past-tense verbs of narrative; glued to a name in
// the middle of a sentence ("Harlowdecided to stay") they show a lost space.
// Verbs that end English compounds are left out ("signed": designed,
// "stated": reinstated, "closed": disclosed, "died": embodied).
var pastVerbs = []string{"changed", "ruined", "killed", "destroyed", "joined", "decided",
	"returned", "arrived", "started", "appeared", "received", "remained", "announced",
	"confirmed", "reported", "denied", "claimed", "explained", "admitted", "insisted", "warned",
	"called", "asked", "replied", "answered", "visited", "attacked", "launched", "refused",
	"accused", "urged", "praised", "welcomed", "criticized", "criticised", "talked", "worked",
	"lived", "loved", "married", "helped", "opened", "turned", "showed", "looked", "seemed",
	"wanted", "needed", "tried", "failed", "learned", "noticed", "realized", "realised",
	"believed", "hoped", "agreed", "offered", "promised", "managed", "continued", "stopped",
	"stayed", "waited", "watched", "finished", "discovered", "revealed", "expressed",
	"described", "suggested", "argued", "recalled", "shared", "published", "blamed", "thanked",
	"invited", "ordered", "demanded", "threatened", "arrested", "resigned", "supported",
	"rejected", "approved", "accepted", "noted", "posted"}

// verbHeadPrefixes are English words and prefixes that make compounds with a
// past-tense verb ("Overplayed", "Counterattacked", "Undisclosed",
// "Kickstarted"); a capitalised head that is one of them, or starts with an
// English negative or repeat prefix, is not a name.
var verbHeadPrefixes = set("over", "under", "counter", "inter", "down", "fore", "super", "semi",
	"hyper", "micro", "multi", "turbo", "auto", "back", "cross", "self", "well", "home", "hand",
	"side", "head", "fire", "water", "space", "moon", "sleep", "race", "cake", "bush", "kick",
	"role", "foot", "sign", "code", "robo", "winter", "quit", "mass", "free", "hard", "soft",
	"half", "high", "long", "short", "dead", "time", "work", "star", "snow", "rain", "wind",
	"team", "post", "anti", "mega", "ultra", "trans", "with", "ever", "life", "hell", "heaven")

// negativePrefixes start English words derived from a verb ("Unreturned",
// "Disordered", "Preassigned", "Misjudged").
var negativePrefixes = []string{"un", "dis", "mis", "pre", "non", "re", "out", "de", "co"}

// glueCandidate is a finding that waits for the document's evidence; its
// message is written only once the evidence holds.
type glueCandidate struct {
	kind glueKind
	span lint.Span
	// whole must not stand alone elsewhere in the document (nor, with
	// noLower, the head in lower case); the head must stand alone at least
	// needHead times (counting the candidate's own when the tokenizer splits
	// it off, as at a colon).
	whole, head string
	needHead    int
	noLower     bool
	// cut is the byte length of the first part in the span.
	cut int
	// pair ("Lena Ostrova") must stand elsewhere: the name the glued tail opens.
	pair [2]string
}

type glueKind uint8

const (
	glueFunction glueKind = iota // "approvalbut"
	glueNamePast                 // "Brannockdecided"
	glueNameName                 // "FacebookLena Ostrova"
	glueColon                    // "weather:Sunny"
	glueScript                   // "agreementпо"
)

// finding writes the candidate's finding.
func (c *glueCandidate) finding(doc *lint.Document) lint.Finding {
	tok := string(doc.Text[c.span.Start:c.span.End])
	a, b := tok[:c.cut], tok[c.cut:]
	f := lint.Finding{Span: c.span}
	switch c.kind {
	case glueFunction:
		f.Message = fmt.Sprintf("%q looks like %q glued to %q", tok, a, b)
		f.Suggestion = fmt.Sprintf("separate %q and %q", a, b)
	case glueNamePast:
		f.Message = fmt.Sprintf("%q looks like a name glued to %q", tok, b)
		f.Suggestion = fmt.Sprintf("separate %q and %q", a, b)
	case glueNameName:
		f.Message = fmt.Sprintf("%q looks like %q glued to the name %q", tok, a, c.pair[0]+" "+c.pair[1])
		f.Suggestion = fmt.Sprintf("separate %q and %q", a, b)
	case glueScript:
		f.Message = fmt.Sprintf("%q looks like %q glued to %q, a word of another script", tok, a, b)
		f.Suggestion = fmt.Sprintf("separate %q and %q", a, b)
	case glueColon:
		fixed := a + " " + b // a ends with the colon
		f = finding(doc, c.span, fmt.Sprintf("no space after the colon in %q", tok),
			fmt.Sprintf("write %q", fixed), true, fixed)
	}
	return f
}

// functionGlue reports lower-case words glued to a function tail in the
// block's words: "approvalbut". A head that ends like an inflected or
// derived English word (-tion, -ed, -ing...) needs no evidence; another
// head must hold a vowel and stand alone elsewhere in the document, and the
// token never (not before "and", which ends too many English words).
func functionGlue(text []byte, sp lint.Span, w lint.Word) (glueCandidate, bool) {
	n := w.Len()
	wb := text[w.Start:w.End]
	l3 := wb[n-3:]
	if l3[0]-'a' >= 26 || l3[1]-'a' >= 26 || l3[2]-'a' >= 26 {
		return glueCandidate{}, false
	}
	k := key3(l3)
	if tailBits[k>>6]&(1<<(k&63)) == 0 {
		return glueCandidate{}, false
	}
	g := tailIndex[k]
	tail := ""
	for _, t := range tailGroups[g-1] {
		if n-len(t) >= minGlueHead && string(wb[n-len(t):]) == t {
			tail = t
			break
		}
	}
	if tail == "" || !lowerASCIIWord(wb) || !proseToken(text, sp, int(w.Start), int(w.End)) {
		return glueCandidate{}, false
	}
	if closedCompounds[string(wb)] {
		return glueCandidate{}, false
	}
	c := glueCandidate{kind: glueFunction, span: w.Span(), cut: n - len(tail)}
	if head := wb[:n-len(tail)]; !inflected(head) && !sayingVerbs[string(head)] {
		// "and" ends many English words (understand, operand,
		// shorthand), and a short head or one without a vowel may be
		// an abbreviation ("recvfrom"): only an inflected head is
		// read before them
		if tail == "and" || len(head) < minEvidenceHead || !hasVowel(head) {
			return glueCandidate{}, false
		}
		tok := string(wb)
		c.whole, c.head, c.needHead = tok, tok[:n-len(tail)], 1
	}
	return c, true
}

// mayEndLikeTail: the last three bytes of wb (three or more), each folded
// to its low five bits, may end a tail of functionTails (a lower-case
// letter folds to its place in the alphabet): functionGlue's first test
// or less, small enough to be inlined in the loop over every word.
func mayEndLikeTail(wb []byte) bool {
	n := len(wb)
	k := int(wb[n-3]&31)<<10 | int(wb[n-2]&31)<<5 | int(wb[n-1]&31)
	return tailFolds[k>>6]&(1<<(k&63)) != 0
}

// tailFolds is the bit set of the last three letters of functionTails,
// five bits a letter, for mayEndLikeTail.
var tailFolds = func() (b [1 << 15 / 64]uint64) {
	for _, w := range functionTails {
		n := len(w)
		k := int(w[n-3]&31)<<10 | int(w[n-2]&31)<<5 | int(w[n-1]&31)
		b[k>>6] |= 1 << (k & 63)
	}
	return b
}()

// inflected: head ends like an inflected or derived English word, long
// enough that the ending is not the whole stem.
func inflected(head []byte) bool {
	for _, e := range glueEndings {
		if len(head) > len(e)+2 && string(head[len(head)-len(e):]) == e {
			return true
		}
	}
	return false
}

// hasVowel: b holds a vowel letter (y counts).
func hasVowel(b []byte) bool {
	for _, c := range b {
		switch c | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}

// lowerASCIIWord: b is all lower-case ASCII letters.
func lowerASCIIWord(b []byte) bool {
	for _, c := range b {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// gluedInWords runs the word patterns (functionGlue, pronounGlue,
// nameGluedToPast, and nameGluedToVerbAt for every language's names glued
// to a verb of saying) in one pass over the block's words.
func gluedInWords(text []byte, sp lint.Span, words []lint.Word, out []glueCandidate, fs []lint.Finding) ([]glueCandidate, []lint.Finding) {
	for k, w := range words {
		if w.Len() < minPronounGlue {
			continue
		}
		switch c := text[w.Start]; {
		case c >= 'a' && c <= 'z':
			// the first tests of functionGlue and pronounGlue, here
			// where they need no call: most words fail both
			wb := text[w.Start:w.End]
			if mayEndLikeTail(wb) {
				if g, ok := functionGlue(text, sp, w); ok {
					out = append(out, g)
					continue
				}
			}
			if pronounSecond[c&31] == wb[1] {
				if g, ok := pronounGlue(text, sp, w); ok {
					out = append(out, g)
				}
			}
		case c >= 'A' && c <= 'Z':
			// nameGluedToVerbAt's length test, without a call for a
			// shorter capitalised word
			if w.Len() >= minGluedName+4 {
				if f, ok := nameGluedToVerbAt(text, sp, w); ok {
					fs = append(fs, f)
					continue
				}
			}
			out = nameGluedToPast(text, sp, words, k, out)
		}
	}
	return out, fs
}

// gluedPronouns open a clause before a verb of saying; glued to it
// ("theysaid", "shewrote") they show a lost space.
var gluedPronouns = []string{"he", "she", "they", "we", "it"}

// minPronounGlue is the shortest pronoun glued to a verb of saying ("hesaid").
const minPronounGlue = 6

// pronounVerbs maps each pronoun glued to a verb of saying ("theysaid") to
// the pronoun's length.
var pronounVerbs = func() map[string]int {
	m := map[string]int{}
	for _, p := range gluedPronouns {
		for v := range sayingVerbs {
			m[p+v] = len(p)
		}
	}
	return m
}()

// maxPronounGlue is the longest pronoun glued to a verb of saying.
const maxPronounGlue = len("theyexplained")

// pronounSecond maps the first letter of a pronoun of gluedPronouns (its low
// five bits) to its second: h-e, s-h, t-h, w-e, i-t.
var pronounSecond = func() (t [32]byte) {
	for _, p := range gluedPronouns {
		t[p[0]&31] = p[1]
	}
	return t
}()

// pronounGlue reports a pronoun glued to a verb of saying: "theysaid".
func pronounGlue(text []byte, sp lint.Span, w lint.Word) (glueCandidate, bool) {
	wb := text[w.Start:w.End]
	if len(wb) > maxPronounGlue || pronounSecond[wb[0]&31] != wb[1] {
		return glueCandidate{}, false
	}
	if last := wb[len(wb)-1]; last != 'd' && last != 'e' && last != 's' {
		return glueCandidate{}, false
	}
	if cut, ok := pronounVerbs[string(wb)]; ok && proseToken(text, sp, int(w.Start), int(w.End)) {
		return glueCandidate{kind: glueFunction, span: w.Span(), cut: cut}, true
	}
	return glueCandidate{}, false
}

// nameGluedToPast reports "Harlowdecided to": a capitalised name glued to
// a past-tense verb, in the middle of a sentence (a lower-case word before,
// one after), so that a capitalised compound of a headline or of a
// sentence's start is not read as one. The head must never be written in
// lower case in the document (it is then an English word) and the token
// never stand alone elsewhere (then it is a name of its own).
func nameGluedToPast(text []byte, sp lint.Span, words []lint.Word, k int, out []glueCandidate) []glueCandidate {
	if w := words[k]; w.Len() >= minGluedName+5 && text[w.End-1] == 'd' && text[w.End-2] == 'e' {
		return nameGluedToPastAt(text, sp, words, k, out)
	}
	return out
}

func nameGluedToPastAt(text []byte, sp lint.Span, words []lint.Word, k int, out []glueCandidate) []glueCandidate {
	w := words[k]
	if k == 0 || k+1 >= len(words) || !lowerASCIIWord(text[words[k-1].Start:words[k-1].End]) ||
		!lowerASCIIWord(text[words[k+1].Start:words[k+1].End]) || !onlySpaces(text[words[k-1].End:w.Start]) || !onlySpaces(text[w.End:words[k+1].Start]) {
		return out
	}
	wb := text[w.Start:w.End]
	if !lowerASCIIWord(wb[1:]) {
		return out
	}
	for _, v := range pastVerbs {
		if len(wb)-len(v) < minGluedName || string(wb[len(wb)-len(v):]) != v {
			continue
		}
		word := string(wb)
		name := word[:len(word)-len(v)]
		if !nameLike(name) || !proseToken(text, sp, int(w.Start), int(w.End)) {
			break
		}
		return append(out, glueCandidate{kind: glueNamePast, span: w.Span(), cut: len(name),
			whole: word, head: strings.ToLower(name), noLower: true})
	}
	return out
}

// nameLike: a capitalised head that is not an English word or prefix
// that compounds with a verb.
func nameLike(name string) bool {
	l := strings.ToLower(name)
	if verbHeadPrefixes[l] {
		return false
	}
	for _, p := range negativePrefixes {
		if strings.HasPrefix(l, p) {
			return false
		}
	}
	return true
}

func onlySpaces(b []byte) bool {
	for _, c := range b {
		if c != ' ' {
			return false
		}
	}
	return len(b) > 0
}

// openerTails are the sentence openers that end no identifier: a
// determiner or a pronoun ("harbourThe", "councilThey"), not a word that
// names a condition or a time in code ("retryAfter", "insertBefore",
// "checkIn", "doWhile").
var openerTails = set("The", "This", "That", "These", "Those", "There", "Their", "They", "She",
	"His", "Her", "Its", "Our", "Your", "According", "However", "Meanwhile")

// openerGlue reports a lower-case word glued to a word that opens a
// sentence ("harbourThe", "councilThey") when the word is not inflected
// (gluedBoundary takes those): the word must stand alone elsewhere in the
// article, with five letters or more and a vowel, and the token never.
func openerGlue(text []byte, sp lint.Span, s, e, b int) (glueCandidate, bool) {
	head, tail := text[s:s+b], text[s+b:e]
	if len(head) < minEvidenceHead || !lowerASCIIWord(head) || !hasVowel(head) ||
		!openerTails[string(tail)] || !proseToken(text, sp, s, e) {
		return glueCandidate{}, false
	}
	tok := string(text[s:e])
	return glueCandidate{kind: glueFunction, span: lint.Span{Start: s, End: e}, cut: b,
		whole: tok, head: tok[:b], needHead: 1}, true
}

// nameGluedToName reports a word glued to a capitalised word that opens a
// two-word name standing elsewhere in the document's running prose, after a
// lower-case word ("SportsLena Ostrova" where "the skier Lena Ostrova" is
// written elsewhere): a category, a link or a
// source glued to the name after it. Brands written in CamelCase
// (PowerPoint, PlayStation) are never followed by the rest of a name that
// the document's prose repeats; a heading's "Shell Completions" or a link's
// text is not a name in prose. tok has exactly one hump, at b.
func nameGluedToName(doc *lint.Document, sp lint.Span, s, e, b int, words []lint.Word) (glueCandidate, bool) {
	text := doc.Text
	// the cheap tests first: a next word after one space, a capitalised
	// tail of two letters or more, a head of minGluedName
	if e+1 >= sp.End || text[e] != ' ' || e-(s+b) < 2 || b < minGluedName {
		return glueCandidate{}, false
	}
	k := firstWordAt(words, e)
	if k < 0 || k+1 >= len(words) || int(words[k].Start) != s || int(words[k+1].Start) != e+1 {
		return glueCandidate{}, false
	}
	nw := words[k+1]
	if c := text[nw.Start]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') || !proseToken(text, sp, s, e) {
		return glueCandidate{}, false
	}
	head, tail := string(text[s:s+b]), string(text[s+b:e])
	if utf8.RuneCountInString(head) < minGluedName || !isTitleWord(tail) || !(isTitleWord(head) || isLowerWord(head)) {
		return glueCandidate{}, false
	}
	next := withoutVerb(nameStem(string(text[nw.Start:nw.End])))
	if !isTitleWord(next) || utf8.RuneCountInString(next) < 2 {
		return glueCandidate{}, false
	}
	return glueCandidate{kind: glueNameName, span: lint.Span{Start: s, End: e}, cut: b,
		whole: string(text[s:e]), pair: [2]string{tail, next}}, true
}

// withoutVerb: a name without the verb of saying glued to it
// ("Ostrovawrote" → "Ostrova"), as nameGluedToVerb reads it.
func withoutVerb(w string) string {
	for _, v := range glueVerbs {
		if name := strings.TrimSuffix(w, v); len(name) >= minGluedName && len(name) < len(w) && isTitleWord(name) {
			return name
		}
	}
	return w
}

// nameStem: a word without its possessive ending ("Ostrova's" → "Ostrova").
func nameStem(w string) string {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		return w[:i]
	}
	return w
}

// firstWordAt returns the index of the word of ws that ends at end, or -1.
func firstWordAt(ws []lint.Word, end int) int {
	lo, hi := 0, len(ws)
	for lo < hi {
		m := (lo + hi) / 2
		if int(ws[m].End) < end {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ws) && int(ws[lo].End) == end {
		return lo
	}
	return -1
}

// resolveGlue keeps the candidates whose evidence the document's words
// give, in one pass over them (only when a candidate needs it).
func resolveGlue(doc *lint.Document, cs []glueCandidate) []lint.Finding {
	if len(cs) == 0 {
		return nil
	}
	// counts of the strings the candidates ask about; the maps hold
	// pointers so that counting never stores a key
	whole, lower, pairs := map[string]*int{}, map[string]*int{}, map[string]*int{}
	var lowerCase map[string]*bool
	for _, c := range cs {
		if c.whole != "" {
			whole[c.whole] = new(int)
		}
		if c.head != "" {
			lower[c.head] = new(int)
			if c.noLower {
				if lowerCase == nil {
					lowerCase = map[string]*bool{}
				}
				lowerCase[c.head] = new(bool)
			}
		}
		if c.pair[0] != "" {
			pairs[c.pair[0]] = new(int)
			pairs[c.pair[0]+" "+c.pair[1]] = new(int)
		}
	}
	if len(whole)+len(lower)+len(pairs) > 0 {
		text := doc.Text
		ws := doc.Words()
		for i, w := range ws {
			wb := text[w.Start:w.End]
			if n := whole[string(wb)]; n != nil {
				*n++
			}
			if len(wb) <= 32 && len(lower) > 0 {
				var buf [32]byte
				if lb, ascii := lowerASCII(buf[:0], wb); ascii {
					if n := lower[string(lb)]; n != nil {
						*n++
						if lc := lowerCase[string(lb)]; lc != nil && lowerASCIIWord(wb) {
							*lc = true
						}
					}
				}
			}
			// the pair in running prose: after a lower-case word and a space
			if pairs[string(wb)] != nil && i > 0 && i+1 < len(ws) && string(text[w.End:ws[i+1].Start]) == " " &&
				string(text[ws[i-1].End:w.Start]) == " " && isLowerWord(string(text[ws[i-1].Start:ws[i-1].End])) {
				next := nameStem(string(text[ws[i+1].Start:ws[i+1].End]))
				if n := pairs[string(wb)+" "+next]; n != nil {
					*n++
				}
			}
		}
	}
	var out []lint.Finding
	for i := range cs {
		c := &cs[i]
		if c.whole != "" && *whole[c.whole] > 1 {
			continue // the token stands elsewhere: a word or a name of its own
		}
		if c.head != "" && *lower[c.head] < c.needHead {
			continue
		}
		if c.noLower && *lowerCase[c.head] {
			continue
		}
		if c.pair[0] != "" && *pairs[c.pair[0]+" "+c.pair[1]] == 0 {
			continue
		}
		out = append(out, c.finding(doc))
	}
	return out
}

// urlSchemes open a link, not a label: "mailto:Anna" is not a lost space.
var urlSchemes = set("http", "https", "ftp", "mailto", "file", "data", "tel", "urn", "git", "ssh",
	"irc", "xmpp", "sip", "magnet", "javascript", "chrome", "steam", "spotify")

// minColonHead: the lower-case word before a glued colon has at least this
// many letters (shorter ones are namespace prefixes: "rdf:Type", "xs:Name").
const minColonHead = 4

// colonGlue reports "weather:Sunny" in running prose: a lower-case word, a
// colon and a capitalised word without the space. The word before must
// follow another word of letters only and a space (not a bracket, a quote,
// a flag, a path or a line's start: "Note:" labels), the capitalised word
// must be followed by a space and more words or by a mark that ends a
// clause (not a colon, a slash, a bracket, a dotted name or a line's end),
// and the lower-case word must stand alone elsewhere in the
// document (a word of its prose, not a namespace prefix such as "foaf:").
func colonGlue(doc *lint.Document, sp lint.Span, out []glueCandidate) []glueCandidate {
	text := doc.Text
	for i := seek(text, sp.Start, sp.End, ':'); i < sp.End; i = seek(text, i+1, sp.End, ':') {
		h := i
		for h > sp.Start && text[h-1] >= 'a' && text[h-1] <= 'z' {
			h--
		}
		if i-h < minColonHead || h-1 <= sp.Start || text[h-1] != ' ' || text[h-2] == ' ' || text[h-2] == '\n' {
			continue
		}
		if i+2 >= sp.End || text[i+1] < 'A' || text[i+1] > 'Z' {
			continue
		}
		e := i + 2
		for e < sp.End && text[e] >= 'a' && text[e] <= 'z' {
			e++
		}
		if e == i+2 || urlSchemes[string(text[h:i])] {
			continue
		}
		if e >= sp.End {
			continue
		}
		if c := text[e]; !(c == ' ' && e+1 < sp.End && lint.IsWordRune(rune(text[e+1])) || c == ',' || c == ';' || c == '.' && (e+1 == sp.End || text[e+1] == ' ' || text[e+1] == '\n')) {
			continue // the line goes on in prose, or a clause ends
		}
		if !prevLetters(text, sp.Start, h-1) {
			continue
		}
		out = append(out, glueCandidate{kind: glueColon, span: lint.Span{Start: h, End: e}, cut: i + 1 - h,
			head: string(text[h:i]), needHead: 2})
	}
	return out
}

// prevLetters: the token that ends at text[end] (after a space or at the
// block's start) is letters only: a word of prose, not a flag or a path.
func prevLetters(text []byte, lo, end int) bool {
	i := end
	for i > lo && text[i-1] != ' ' && text[i-1] != '\n' {
		i--
	}
	if i == end {
		return false
	}
	for _, r := range string(text[i:end]) {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// proseToken: plainToken, and not a part of a qualified name or a label
// ("CGI::startfrom", "ns:word").
func proseToken(text []byte, sp lint.Span, s, e int) bool {
	if !plainToken(text, sp, s, e) {
		return false
	}
	if p, n := runeBefore(text, sp.Start, s); n > 0 && strings.ContainsRune(":=+*&%~^|<>", p) {
		return false
	}
	if nx, n := runeAt(text, e, sp.End); n > 0 && strings.ContainsRune(":=+*&%~^|<>", nx) {
		return false
	}
	return true
}

// glueScripts are the scripts whose words, glued to an English word
// ("agreementпо", "北京visited"), show a lost space in an English article.
var glueScripts = []*unicode.RangeTable{unicode.Cyrillic, unicode.Greek, unicode.Han,
	unicode.Arabic, unicode.Hebrew, unicode.Hangul, unicode.Hiragana, unicode.Katakana,
	unicode.Thai, unicode.Devanagari, unicode.Armenian, unicode.Georgian}

// latinLookalikes are the Cyrillic and Greek letters that look like Latin
// ones: a run made only of them is the mixed-script rule's look-alike
// ("UNЕP"), not a word of another script.
const latinLookalikes = "АВЕКМНОРСТУХаеорсухІіЈјЅѕΑΒΕΖΗΙΚΜΝΟΡΤΥΧαοικνρτυχ"

// minScriptLatin and minScriptForeign: the English part has at least three
// letters, the other part two, so that a single look-alike letter or an
// initial is never read as a word.
const (
	minScriptLatin   = 3
	minScriptForeign = 2
)

// glueWords are English words that open a phrase before a foreign name
// ("fromКиева"): glued to another script they need no other evidence.
var glueWords = set("the", "and", "from", "with", "for", "said", "says", "told", "that", "which", "near", "into")

// scriptGlue reports an English word glued to a word of another script
// ("agreementпо", "Kyivсказали", "北京visited"): a run of three ASCII
// letters or more and a run of two letters or more of one other script,
// nothing else, in running text (a space before), in a paragraph of mostly
// ASCII letters (not Chinese or Japanese prose). The English part
// must stand alone elsewhere in the article or be a function word, so that
// a user name ("wǒis神仙") or a brand is left alone.
func scriptGlue(text []byte, sp lint.Span, words []lint.Word, out []glueCandidate) []glueCandidate {
	if skipASCII(text[sp.Start:sp.End]) == sp.End-sp.Start {
		return out // all ASCII: no other script
	}
	english := -1 // unknown until a candidate asks
	for _, w := range words {
		wb := text[w.Start:w.End]
		if w.Len() < minScriptLatin+2*minScriptForeign || skipASCII(wb) == len(wb) {
			continue
		}
		cut, latinFirst, ok := scriptCut(wb)
		if !ok || !proseToken(text, sp, int(w.Start), int(w.End)) {
			continue
		}
		if b, n := runeBefore(text, sp.Start, int(w.Start)); n > 0 && b != ' ' && b != '\n' {
			continue
		}
		if english < 0 {
			english = 0
			if mostlyASCII(text[sp.Start:sp.End]) {
				english = 1
			}
		}
		if english == 0 {
			continue // a paragraph of another language, or one that mixes scripts without spaces
		}
		latin := wb[:cut]
		if !latinFirst {
			latin = wb[cut:]
		}
		c := glueCandidate{kind: glueScript, span: w.Span(), cut: cut}
		if l := strings.ToLower(string(latin)); !glueWords[l] {
			c.head, c.needHead = l, 1
		}
		out = append(out, c)
	}
	return out
}

// maxForeignShare: in a paragraph where scripts may be glued, at most one
// letter in this many is not ASCII (Chinese and Japanese write Latin names
// without spaces: "使用GnuPG的").
const maxForeignShare = 5

// mostlyASCII: fewer than one letter in maxForeignShare of b is outside ASCII.
func mostlyASCII(b []byte) bool {
	ascii, other := 0, 0
	for i := 0; i < len(b); {
		if c := b[i]; c < utf8.RuneSelf {
			if isASCIILetter(c) {
				ascii++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if unicode.IsLetter(r) {
			other++
		}
		i += n
	}
	return other*maxForeignShare < ascii+other
}

// scriptCut splits wb into an ASCII-letter run and a run of one script of
// glueScripts, in either order; cut is the byte index between them.
func scriptCut(wb []byte) (cut int, latinFirst, ok bool) {
	var script *unicode.RangeTable
	latin, foreign, lookalikeOnly := 0, 0, true
	for i := 0; i < len(wb); {
		r, n := utf8.DecodeRune(wb[i:])
		switch {
		case r < utf8.RuneSelf && isASCIILetter(byte(r)):
			if foreign > 0 && latin == 0 {
				cut = i // foreign first
			} else if foreign > 0 {
				if cut == 0 || latinFirst {
					return 0, false, false
				}
			}
			latin++
		default:
			t := scriptOf(r)
			if t == nil || script != nil && t != script {
				return 0, false, false
			}
			script = t
			if latin > 0 && foreign == 0 {
				cut, latinFirst = i, true
			} else if latin > 0 && !latinFirst {
				return 0, false, false // foreign, latin, foreign
			}
			foreign++
			if !strings.ContainsRune(latinLookalikes, r) {
				lookalikeOnly = false
			}
		}
		i += n
	}
	if latin < minScriptLatin || foreign < minScriptForeign || lookalikeOnly || cut == 0 {
		return 0, false, false
	}
	return cut, latinFirst, true
}

// scriptOf returns the table of glueScripts that holds r, or nil.
func scriptOf(r rune) *unicode.RangeTable {
	for _, t := range glueScripts {
		if unicode.Is(t, r) {
			return t
		}
	}
	return nil
}
