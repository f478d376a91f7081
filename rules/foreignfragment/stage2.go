package foreignfragment

import (
	"bytes"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// wordInfo is what stage 2 knows of a Latin word.
type wordInfo struct {
	marker  bool     // a function word only the target language has
	inTgt   bool     // a function word of the target (maybe shared)
	shared  langMask // other languages that share the target's function word
	fw      langMask // other languages whose function word it is
	letters langMask // other languages that write all its letters beyond a-z
	foreign bool     // it has letters beyond a-z the target does not write
}

// infoMask is the function-word mask of a lower-cased Latin word (elided
// clitics included) and whether the word is ASCII.
func (t *funcTables) infoMask(buf []byte) (m langMask, ascii bool) {
	if k, ok := packWord(buf); ok {
		m = t.packed.get(k) &^ specialBit
	} else if len(buf) <= t.maxFunctionWord {
		m = t.wordMask[string(buf)]
	}
	ascii = true
	for i, ch := range buf {
		if ch >= 0x80 {
			ascii = false
		}
		if ch == '\'' && i > 0 && i <= 7 {
			m |= t.elisionMask[string(buf[:i])]
		}
	}
	if !ascii {
		if i := bytes.Index(buf, []byte("’")); i > 0 && i <= 7 {
			m |= t.elisionMask[string(buf[:i])]
		}
	}
	return m, ascii
}

func (w wordInfo) signal() langMask { return w.fw | w.letters }

// lowerInto lower-cases a word into buf without allocating for short words.
func lowerInto(buf []byte, w []byte) []byte {
	buf = buf[:0]
	for len(w) > 0 {
		r, n := utf8.DecodeRune(w)
		w = w[n:]
		if r < 0x80 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return buf
}

// wordInfo classifies a Latin word of the text; short ASCII words, most of
// the text, take a fast path.
func (c *checker) wordInfo(buf []byte, t tok) wordInfo {
	if t.key == 0 {
		if t.plain {
			return wordInfo{} // long ASCII words are no function words
		}
		return c.info(lowerInto(buf, c.doc.Text[t.Start:t.End]))
	}
	var wi wordInfo
	if m := c.tab.packed.get(t.key) &^ specialBit; m&c.tbit != 0 {
		wi.inTgt = true
		wi.marker = m&^c.tbit == 0
		wi.shared = m &^ c.tbit
	} else {
		wi.fw = m
	}
	return wi
}

// info classifies a lower-cased Latin word.
func (c *checker) info(buf []byte) wordInfo {
	var wi wordInfo
	if i := bytes.Index(buf, []byte("’")); i > 0 && len(buf) <= 16 {
		// "it’s" is looked up as "it's"
		var b [16]byte
		buf = append(append(append(b[:0], buf[:i]...), '\''), buf[i+len("’"):]...)
	}
	m, ascii := c.tab.infoMask(buf)
	if m&c.tbit != 0 {
		wi.inTgt = true
		wi.marker = m&^c.tbit == 0
		wi.shared = m &^ c.tbit
	} else {
		wi.fw = m
	}
	if ascii {
		return wi
	}
	var lm langMask = ^langMask(0)
	has := false
	tgt := letters[c.target]
	for _, r := range string(buf) {
		if r < 0x80 || !unicode.IsLetter(r) || strings.ContainsRune(tgt, r) {
			continue
		}
		has = true
		lm &= c.tab.letterMask[r]
	}
	if has {
		wi.foreign = true
		wi.letters = lm &^ c.tbit
	}
	return wi
}

// functionWordRuns is stage 2 for Latin-script targets: windows dominated by
// another language's function words, with none of the target's.
func (c *checker) functionWordRuns(block lint.Span, toks []tok) []lint.Finding {
	// cheap pre-check: a block needs foreign evidence at all
	infos := c.infos[:0]
	defer func() { c.infos = infos[:0] }()
	var buf [64]byte
	evidence := 0
	for _, t := range toks {
		var wi wordInfo
		if t.sc == scriptLatin {
			wi = c.wordInfo(buf[:0], t)
			if wi.fw != 0 && t.End-t.Start > 1 || wi.letters != 0 {
				evidence++
			}
		}
		infos = append(infos, wi)
	}
	if evidence < 2 {
		return nil // a window needs two pieces of evidence
	}
	type cand struct {
		lint.Span
		langs   []string
		atStart bool // begins its sentence
		atEnd   bool // ends its sentence
	}
	var cands []cand
	// a block of a few words is a line of its own (a headline, a widget's
	// label): two words of evidence make it a fragment
	// that starts with a capital (a list of lower-case terms, "crème
	// brûlée", is no line of text)
	short := c.wordUnits(toks) <= maxShortLine && len(toks) > 0 && toks[0].upper
	for _, sent := range layer.Split(c.doc.Text, block) {
		// the tokens of the sentence
		lo := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sent.Start })
		hi := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= sent.End })
		for a := lo; a < hi; {
			// a run: Latin words and numbers without a target marker
			if toks[a].sc != scriptLatin && !toks[a].digit || infos[a].marker {
				a++
				continue
			}
			b := a
			for b+1 < hi && (toks[b+1].sc == scriptLatin || toks[b+1].digit) && !infos[b+1].marker {
				b++
			}
			next := b + 1
			// the fragment: from the first to the last word with foreign
			// evidence; the other words of the run join it only up to the
			// sentence's edge, or when at most two lower-case words reach a
			// clause break ("mais nous sommes prudents, and")
			s, e := a, b
			if a > lo {
				for s <= e && infos[s].signal() == 0 {
					s++
				}
				s = c.widen(toks, s, a, -1)
			}
			if b < hi-1 {
				for e >= s && infos[e].signal() == 0 {
					e--
				}
				e = c.widen(toks, e, b, +1)
			}
			if s <= e {
				if langs := c.dominant(toks[s:e+1], infos[s:e+1], short); langs != nil {
					cands = append(cands, cand{Span: lint.Span{Start: toks[s].Start, End: toks[e].End},
						langs: langs, atStart: s == lo, atEnd: e == hi-1})
				}
			}
			a = next
		}
	}
	// adjacent sentences in one language are one fragment
	var merged []cand
	for _, cd := range cands {
		if n := len(merged); n > 0 && merged[n-1].atEnd && cd.atStart {
			merged[n-1].End = cd.End
			merged[n-1].atEnd = cd.atEnd
			merged[n-1].langs = union(merged[n-1].langs, cd.langs)
			continue
		}
		merged = append(merged, cd)
	}
	var out []lint.Finding
	for _, cd := range merged {
		if c.r.allowed(c.doc, block, cd.Span) || c.configLine(block, cd.Span) {
			continue
		}
		ftoks := c.tokens(cd.Span)
		if _, ok := c.introducedTerm(block, ftoks); ok && c.r.Glosses {
			continue
		}
		if c.r.Glosses && c.isGloss(block, cd.Span, ftoks, toks) {
			continue
		}
		cands := c.candidates(cd.langs)
		if len(cands) < 2 {
			continue
		}
		if c.keptSourceName(cd.Span, toks) {
			continue // a name of the original, kept as it is
		}
		res := c.det.Detect(c.doc.TextOf(cd.Span), cands)
		if (res.Lang == "" || res.Lang == c.target) && c.copiedFromSource(cd.Span, cd.langs) {
			res.Lang = c.sourceLang() // the original's words, not the target's
		}
		if res.Lang == "" || res.Lang == c.target || c.languageNamedOnLine(cd.Span, []string{res.Lang}) {
			continue // a line that names its language is a labelled example ("Español | …")
		}
		out = append(out, c.finding(cd.Span, res.Lang))
	}
	return out
}

// widen moves edge i (step -1 leftwards, +1 rightwards, never past
// limit) over at most two lower-case words that end at a clause break.
func (c *checker) widen(toks []tok, i, limit, step int) int {
	gap := func(j int) bool { // the gap on the far side of toks[j]
		if step < 0 {
			return j == 0 || c.clauseBreak(toks[j-1].End, toks[j].Start)
		}
		return j == len(toks)-1 || c.clauseBreak(toks[j].End, toks[j+1].Start)
	}
	if i < 0 || i >= len(toks) || gap(i) {
		return i
	}
	for n, j := 1, i+step; n <= 2 && (j-limit)*step <= 0; n, j = n+1, j+step {
		if toks[j].upper || toks[j].digit {
			break
		}
		if gap(j) {
			return j
		}
	}
	return i
}

// inName reports whether toks[i] is a particle inside a name: "Charles de
// Gaulle", "Jean-Pierre de la Fontaine".
func (c *checker) inName(toks []tok, i int) bool {
	if !nameParticles[strings.ToLower(c.doc.TextOf(toks[i].Span))] {
		return false
	}
	a, b := i-1, i+1
	for a >= 0 && nameParticles[strings.ToLower(c.doc.TextOf(toks[a].Span))] {
		a--
	}
	for b < len(toks) && nameParticles[strings.ToLower(c.doc.TextOf(toks[b].Span))] {
		b++
	}
	// the chain starts with a particle that begins names ("von der", not
	// the German article in "Zahl der Touristen")
	first := strings.ToLower(c.doc.TextOf(toks[a+1].Span))
	return a >= 0 && b < len(toks) && toks[a].upper && toks[b].upper && nameStarts[first]
}

var nameStarts = map[string]bool{
	"de": true, "di": true, "da": true, "du": true, "del": true, "della": true, "van": true, "von": true,
	"bin": true, "ibn": true, "al": true, "dos": true, "ter": true, "zu": true,
}

// clauseBreak reports whether the gap between two words ends a clause.
func (c *checker) clauseBreak(a, b int) bool {
	return strings.ContainsAny(string(c.doc.Text[a:b]), ".!?,;:()[]{}\"«»“”—–\n") || strings.Contains(string(c.doc.Text[a:b]), " - ")
}

func union(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, x := range b {
		found := false
		for _, y := range out {
			found = found || x == y
		}
		if !found {
			out = append(out, x)
		}
	}
	return out
}

// dominant decides whether a window is another language's, and returns the
// plausible languages (best first) or nil.
// maxShortLine is the most words of a block that is a short line, where
// a fragment needs minShortWords words instead of min-words.
const (
	maxShortLine  = 4
	minShortWords = 2
)

func (c *checker) dominant(toks []tok, infos []wordInfo, short bool) []string {
	words, lowerContent, lowerWords := 0, 0, 0
	var fw, sig, lowerLetters, upperLetters [32]int
	var seenFW [32][]string // distinct function words per language
	for i, t := range toks {
		if t.digit {
			continue
		}
		words++
		wi := infos[i]
		if !t.upper && wi.fw == 0 && !wi.inTgt {
			lowerContent++
		}
		if !t.upper {
			lowerWords++
		}
		fwm := wi.fw
		if fwm != 0 && (t.End-t.Start == 1 || c.inName(toks, i) || c.acronymAt(toks, i)) {
			fwm = 0 // one letter ("v", "y", "w") is as often a variable or an initial; "UN" an acronym
		}
		// a capitalised word counts alone (a German noun), not inside a
		// run of capitalised words (a name: "José Luis Rodríguez")
		isolated := (i == 0 || !toks[i-1].upper) && (i == len(toks)-1 || !toks[i+1].upper)
		letters := wi.letters
		if t.upper && !isolated {
			letters = 0
		}
		var w string
		if fwm != 0 {
			w = strings.ToLower(c.doc.TextOf(t.Span))
		}
		for m := fwm; m != 0; m &= m - 1 {
			l := bits.TrailingZeros32(uint32(m))
			if !slices.Contains(seenFW[l], w) {
				seenFW[l] = append(seenFW[l], w)
				fw[l]++
			}
		}
		for m := fwm | letters | wi.shared; m != 0; m &= m - 1 {
			sig[bits.TrailingZeros32(uint32(m))]++
		}
		for m := letters; m != 0; m &= m - 1 {
			if t.upper {
				upperLetters[bits.TrailingZeros32(uint32(m))]++
			} else {
				lowerLetters[bits.TrailingZeros32(uint32(m))]++
			}
		}
	}
	if words < c.minWords && !(short && words >= min(minShortWords, c.minWords)) {
		return nil
	}
	best := -1
	for i := range latinLangs {
		// two of its own function words, or one and a lower-case word spelt
		// with its letters, or two such words; a capitalised word spelt
		// with its letters (a German noun) counts beside a function word.
		// Lower-case content words, or three function words, show prose
		// rather than a name ("Place de la Concorde").
		// on a short line, any lower-case word shows it is no name
		// ("Citiți și", "Přečtěte si také")
		lineOfText := short && lowerWords > 0
		ev := fw[i] + lowerLetters[i]
		if fw[i] > 0 && lowerContent > 0 || lineOfText && fw[i]+lowerLetters[i] > 0 {
			ev += upperLetters[i]
		}
		prose := lowerContent > 0 || fw[i] >= 3 || lineOfText
		if !prose || ev < 2 || sig[i] < 2 || sig[i]*4 < words {
			continue
		}
		if best < 0 || sig[i] > sig[best] || sig[i] == sig[best] && fw[i] > fw[best] {
			best = i
		}
	}
	if best < 0 {
		return nil
	}

	// the best language, and those the words cannot tell from it (Danish
	// and Norwegian, Czech and Slovak): the detector decides between them;
	// a stable, small set loads few models
	out := []string{latinLangs[best]}
	for i := range latinLangs {
		if i != best && len(out) < 3 && sig[i] == sig[best] && fw[i] >= fw[best] && lowerLetters[i]+1 >= lowerLetters[best] {
			out = append(out, latinLangs[i])
		}
	}
	return out
}
