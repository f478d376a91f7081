package foreignfragment

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/translit"
)

const (
	openQuotes  = "\"'«“„‘‹「『"
	closeQuotes = "\"'»”’›」』"
)

// skipBack moves left from off over runes in set (and spaces); it returns
// the new offset and the rune before it (0 at the start of the block).
func (c *checker) skipBack(block lint.Span, off int, set string) (int, rune) {
	for off > block.Start {
		r, n := utf8.DecodeLastRune(c.doc.Text[block.Start:off])
		if r == ' ' || r == '\u00a0' || strings.ContainsRune(set, r) {
			off -= n
			continue
		}
		return off, r
	}
	return off, 0
}

func (c *checker) skipFwd(block lint.Span, off int, set string) (int, rune) {
	for off < block.End {
		r, n := utf8.DecodeRune(c.doc.Text[off:block.End])
		if r == ' ' || r == '\u00a0' || strings.ContainsRune(set, r) {
			off += n
			continue
		}
		return off, r
	}
	return off, 0
}

// isGloss reports whether a foreign fragment glosses, or is glossed by, the
// target-language text next to it.
func (c *checker) isGloss(block, frag lint.Span, run, toks []tok) bool {
	units := c.wordUnits(run)
	lo, before := c.skipBack(block, frag.Start, openQuotes)
	hi, after := c.skipFwd(block, frag.End, closeQuotes+".,;:!?")
	quoted := false
	if frag.Start > block.Start {
		r, _ := utf8.DecodeLastRune(c.doc.Text[block.Start:frag.Start])
		quoted = strings.ContainsRune(openQuotes, r)
	}
	// "Zelensky (Зеленський)", "“...” (让监管长牙齿)", "deployments (部署)"
	if (before == '(' || before == '（') && (after == ')' || after == '）') {
		p, prev := c.skipBack(block, lo-utf8.RuneLen(before), "")
		if strings.ContainsRune(closeQuotes, prev) {
			return true
		}
		name := c.precedingName(toks, p)
		if len(name) > 0 {
			if units <= len(name)+1 || c.transliterates(run, name) {
				return true
			}
		} else if units <= 1 {
			return true // a term glossed by one word
		}
	}
	// "共同富裕 (common prosperity)", "«Слава Україні» (“Glory to Ukraine”)"
	if after == '(' || after == '[' || after == '（' {
		if c.targetInside(block, hi) {
			return true
		}
	}
	// "“Wir schaffen das” – “we can do this”" and the reverse order
	if quoted {
		if _, r := c.skipFwd(block, hi, "–—-:,"); strings.ContainsRune(openQuotes, r) {
			q, _ := c.skipFwd(block, hi, "–—-:,")
			if c.targetInside(block, q) {
				return true
			}
		}
		if q, r := c.skipBack(block, lo, "–—-:,("); strings.ContainsRune(closeQuotes, r) && c.targetBefore(block, q) {
			return true
		}
	}
	return false
}

// precedingName returns the capitalised words (at most five) that end just
// before off.
func (c *checker) precedingName(toks []tok, off int) []tok {
	end := -1
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].End <= off {
			end = i
			break
		}
	}
	if end < 0 || toks[end].End != off || !toks[end].upper || c.foreignScript(toks[end].sc) {
		return nil
	}
	start := end
	for start > 0 && end-start < 5 && !c.foreignScript(toks[start-1].sc) &&
		(toks[start-1].upper || nameParticles[strings.ToLower(c.doc.TextOf(toks[start-1].Span))]) &&
		strings.TrimSpace(c.doc.TextOf(lint.Span{Start: toks[start-1].End, End: toks[start].Start})) == "" {
		start--
	}
	for start < end && !toks[start].upper {
		start++
	}
	return toks[start : end+1]
}

// nameParticles are the lower-case words inside personal names.
var nameParticles = map[string]bool{
	"bin": true, "ibn": true, "bint": true, "al": true, "el": true, "de": true, "del": true, "della": true,
	"di": true, "da": true, "dos": true, "das": true, "du": true, "van": true, "von": true, "der": true,
	"den": true, "la": true, "le": true, "y": true, "zu": true, "ter": true,
}

// targetInside reports whether the bracket or quote that opens at off holds
// words in the target's script and none in a foreign one.
func (c *checker) targetInside(block lint.Span, off int) bool {
	open, n := utf8.DecodeRune(c.doc.Text[off:block.End])
	closers := closeQuotes
	switch open {
	case '(':
		closers = ")"
	case '（':
		closers = "）"
	case '[':
		closers = "]"
	}
	closeAt := bytes.IndexAny(c.doc.Text[off+n:block.End], closers)
	if closeAt < 0 {
		return false
	}
	return c.targetOnly(lint.Span{Start: off + n, End: off + n + closeAt})
}

// targetBefore reports whether the quote that closes just before off holds
// words in the target's script and none in a foreign one.
func (c *checker) targetBefore(block lint.Span, off int) bool {
	_, n := utf8.DecodeLastRune(c.doc.Text[block.Start:off])
	openAt := bytes.LastIndexAny(c.doc.Text[block.Start:off-n], openQuotes)
	if openAt < 0 {
		return false
	}
	_, m := utf8.DecodeRune(c.doc.Text[block.Start+openAt:])
	return c.targetOnly(lint.Span{Start: block.Start + openAt + m, End: off - n})
}

func (c *checker) targetOnly(inner lint.Span) bool {
	words := 0
	for _, t := range c.tokens(inner) {
		if c.foreignScript(t.sc) {
			return false
		}
		if c.isTargetScript(t.sc) {
			words++
		}
	}
	return words > 0
}

// transliterates reports whether a Cyrillic or Greek word of the run is a
// spelling of one of the Latin name words.
func (c *checker) transliterates(run, name []tok) bool {
	for _, f := range run {
		tr := transliterate(c.doc.TextOf(f.Span))
		if tr == "" {
			continue
		}
		for _, n := range name {
			if similar(tr, foldLatin(c.doc.TextOf(n.Span))) {
				return true
			}
		}
	}
	return false
}

// transliteratedNearby reports whether a one-word capitalised foreign name
// also appears in Latin letters within a few paragraphs.
func (c *checker) transliteratedNearby(t tok) bool {
	if !t.upper {
		return false
	}
	tr := transliterate(c.doc.TextOf(t.Span))
	if tr == "" {
		return false
	}
	lo, hi := t.Start-3000, t.End+3000
	if lo < 0 {
		lo = 0
	}
	if hi > len(c.doc.Text) {
		hi = len(c.doc.Text)
	}
	for _, w := range c.doc.WordsIn(lint.Span{Start: lo, End: hi}) {
		r, _ := utf8.DecodeRune(c.doc.Text[w.Start:w.End])
		if unicode.IsUpper(r) && layer.RuneScript(r) == scriptLatin && similar(tr, foldLatin(c.doc.TextOf(w.Span()))) {
			return true
		}
	}
	return false
}

// transliterate spells a Cyrillic or Greek word in Latin letters; "" when
// the word has letters of another script (translit.Strict).
func transliterate(s string) string {
	return translit.Latin(s, translit.Options{Form: translit.Strict})
}

// foldLatin is a Latin word's letters a to z as translit.Fold writes them:
// lower case, diacritics and joiners dropped.
func foldLatin(s string) string {
	f, _ := translit.Fold(s)
	b := make([]byte, 0, len(f))
	for i := 0; i < len(f); i++ {
		if f[i] < utf8.RuneSelf {
			b = append(b, f[i])
		}
	}
	return string(b)
}

// similar: two spellings of one name differ in at most a third of their
// letters (Зеленський → zelenskyi ~ Zelensky, Zelenskyy).
func similar(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	if n < 3 {
		return a == b
	}
	short := len(a) + len(b) - n
	return short*4 >= n*3 && levenshtein(a, b)*3 <= n
}

func levenshtein(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
