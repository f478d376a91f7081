package boilerplate

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// maxWords is how many words of a line are counted; longer lines are prose
// for every purpose of this rule except phrases at their start.
const maxWords = 25

// unit is one trimmed line of a body block: the grain at which chrome is
// recognised (a Markdown paragraph may hold several soft-broken lines).
type unit struct {
	lint.Span
	block int
	kind  lint.BlockKind
	// norm is the folded text of the first maxFold words, single spaces;
	// ws[i] is word i's offset in norm. Where a word is in the document is
	// found again when needed (wordStart, rawEnd): a large file has a unit
	// a line and sixteen words a unit, and at two ints and a span a word
	// the words were most of this rule's memory.
	norm   string
	ws     []int32
	nwords int // number of words, maxWords+1 when there are more
	nfunc  int // function words among the folded ones
	final  rune
	// ellipsis: the line ends with "..." or "…" (a cut headline).
	ellipsis bool
	quoted   bool // starts with a quotation mark
	first    bool // first line of its block (beside the other flags: no padding)
	// inProse: the unit is a line of a paragraph that, read whole, is
	// prose (a hard-wrapped paragraph has short lines)
	inProse bool
}

// folded reports whether norm holds every word of the line.
func (u *unit) folded() bool { return u.nwords <= maxFold }

// word returns folded word i.
func (u *unit) word(i int) string { return u.words(i, i+1) }

// words returns folded words [i, j) joined by single spaces.
func (u *unit) words(i, j int) string {
	end := len(u.norm)
	if j < len(u.ws) {
		end = int(u.ws[j]) - 1
	}
	return u.norm[u.ws[i]:end]
}

// prose: a sentence of some length, the stuff of an article body, or a
// line of a paragraph that is.
func (u *unit) prose() bool {
	return u.inProse || proseShape(u.nwords, u.final, u.ellipsis)
}

// Prose thresholds: a paragraph of proseWords words, or of
// proseSentenceWords words closed by sentence punctuation, is article text.
const (
	proseWords         = 25
	proseSentenceWords = 12
)

// proseShape: n words, ending with final, are prose.
func proseShape(n int, final rune, ellipsis bool) bool {
	return n >= proseWords || n >= proseSentenceWords && !ellipsis && strings.ContainsRune(".!?。！？", final)
}

// markProseBlocks sets inProse on the lines of paragraphs of several lines
// that are prose read whole.
func markProseBlocks(us []unit) {
	for i := 0; i < len(us); {
		j, n := i+1, us[i].nwords
		for j < len(us) && us[j].block == us[i].block {
			n += us[j].nwords
			j++
		}
		if j-i > 1 && us[i].kind == lint.Paragraph && proseShape(n, us[j-1].final, us[j-1].ellipsis) {
			for k := i; k < j; k++ {
				us[k].inProse = true
			}
		}
		i = j
	}
}

// sentence: a line of several words closed by sentence punctuation, a
// full sentence rather than a label or a link title.
func (u *unit) sentence() bool {
	return u.nwords >= minSentenceWords && !u.ellipsis && strings.ContainsRune(".!?。！？", u.final)
}

// minSentenceWords is the fewest words a line closed by a full stop needs
// to be taken for a sentence ("All rights reserved." is a label).
const minSentenceWords = 4

// headlineLike: short and without final sentence punctuation.
func (u *unit) headlineLike() bool {
	if u.nwords == 0 || u.nwords > 25 {
		return false
	}
	if u.ellipsis {
		return true
	}
	return !strings.ContainsRune(".!?:;,。！？：；，", u.final)
}

const quoteMarks = "\"'“‘«„‚‹`"

// maxFold is how many words of a line are folded into norm: every phrase,
// key and name the rule looks for lies within them.
const maxFold = 16

// scratch is the working memory of one Check, handed on to the next: a run
// checks thousands of documents, and fresh buffers for each cost the
// collector, and page faults, more than the rule's own work.
type scratch struct {
	units  []unit
	norm   []byte
	ws     []int32
	spans  [][2]int32 // per unit: norm and ws offsets (32-bit: a unit a line of a large file)
	why    []string
	phrase []string
	footer []bool
	weak   []bool
	rec    []int
	segs   []lint.Span
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// reuse returns buf cut or grown to n zero values.
func reuse[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

// buildUnits splits the body blocks of doc into units and folds their words.
// The words of all units share two buffers of s, which the units point
// into until s is used again.
func buildUnits(doc *lint.Document, m *matcher, s *scratch) []unit {
	n := len(doc.Blocks) + 8 // most blocks are one line
	var (
		out   = slices.Grow(s.units[:0], n)
		norm  = s.norm[:0] // one unit's folded words at a time
		ws    = slices.Grow(s.ws[:0], n*maxFold)
		spans = slices.Grow(s.spans[:0], n)
	)
	defer func() { s.units, s.norm, s.ws, s.spans = out, norm, ws, spans }()
	// The folded words of the units go into strings built in place:
	// folding into a buffer and copying it into a string held both, each
	// as large as a third of the file for a large one. The text of an
	// article is one string, as large as estimated: at most maxFold words
	// of eight bytes a unit and, but for the rare letters whose lower case
	// is longer, the bytes of the blocks. A large file's is cut in strings
	// of foldChunkBytes, so that no estimate's spare room is kept.
	est := 0
	for _, b := range doc.Blocks {
		if !b.Meta {
			est += b.Len() + 1
		}
	}
	est = min(n*8*maxFold, est)
	var all strings.Builder
	all.Grow(min(est, foldChunkBytes))
	first := 0 // the first unit whose folded words are in all
	done := 0  // bytes of folded words in the strings made
	flush := func() {
		folded := all.String()
		for i := first; i < len(out); i++ {
			end := len(folded)
			if i+1 < len(out) {
				end = int(spans[i+1][0])
			}
			out[i].norm = folded[spans[i][0]:end]
		}
		first, est, done, all = len(out), est-len(folded), done+len(folded), strings.Builder{}
	}
	for bi, b := range doc.Blocks {
		if b.Meta || b.Len() == 0 {
			continue
		}
		start := len(out)
		at := b.Start
		for at < b.End {
			e := b.End
			if k := bytes.IndexByte(doc.Text[at:b.End], '\n'); k >= 0 {
				e = at + k
			}
			sp := lint.Span{Start: at, End: e}.Trim(doc.Text)
			if sp.Len() > 0 {
				u := unit{Span: sp, block: bi, kind: b.Kind}
				w0 := len(ws)
				norm, ws = fold(doc.Text, &u, norm[:0], ws)
				if u.nwords > 0 {
					if all.Cap()-all.Len() < len(norm) {
						flush()
						// past the estimate, as much again as made so far
						all.Grow(max(len(norm), min(max(est, done), foldChunkBytes)))
					}
					out = append(out, u)
					spans = append(spans, [2]int32{int32(all.Len()), int32(w0)})
					all.Write(norm)
				} else {
					ws = ws[:w0]
				}
			}
			at = e + 1
		}
		if len(out) > start {
			out[start].first = true
		}
	}
	flush()
	for i := range out {
		w0, w1 := spans[i][1], int32(len(ws))
		if i+1 < len(out) {
			w1 = spans[i+1][1]
		}
		u := &out[i]
		u.ws = ws[w0:w1:w1]
		if u.nwords > 12 {
			continue // nfunc matters only for short lines
		}
		for k := range u.ws {
			if m.fn[u.word(k)] {
				u.nfunc++
			}
		}
	}
	markProseBlocks(out)
	return out
}

// foldChunkBytes is the size of the strings that hold the folded words of
// a large file's units.
const foldChunkBytes = 256 << 10

// asciiLower folds ASCII bytes to lower case by table: a capital letter
// starts many words, and a branch on it is mispredicted as often.
var asciiLower = func() (t [128]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// asciiWord classifies ASCII bytes: 1 for a letter or digit.
var asciiWord = func() (t [128]bool) {
	for c := 0; c < 128; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// fold counts the words of u (up to maxWords+1), appends the folded form of
// the first maxFold of them to norm, their offsets to ws and their spans to
// and reads the line's first and last characters.
func fold(text []byte, u *unit, norm []byte, ws []int32) ([]byte, []int32) {
	n0 := len(norm)
	i := u.Start
	for i < u.End && u.nwords <= maxWords {
		// between words: ASCII inline, the rest decoded
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRune(text[i:u.End]); !lint.IsWordRune(r) {
			i += n
			continue
		}
		keep := u.nwords < maxFold
		if keep {
			if len(norm) > n0 {
				norm = append(norm, ' ')
			}
			ws = append(ws, int32(len(norm)-n0)) // from the unit's start in norm
		}
		for i < u.End {
			if c := text[i]; c < utf8.RuneSelf {
				// ASCII, inline: most words are nothing else
				if !asciiWord[c] {
					break
				}
				if keep {
					norm = append(norm, asciiLower[c])
				}
				i++
				continue
			}
			r, n := utf8.DecodeRune(text[i:u.End])
			if !lint.IsWordRune(r) {
				break
			}
			if keep {
				norm = utf8.AppendRune(norm, unicode.ToLower(r))
			}
			i += n
		}
		u.nwords++
	}
	t := text[u.Start:u.End]
	first, _ := utf8.DecodeRune(t)
	u.quoted = strings.ContainsRune(quoteMarks, first)
	// final punctuation, looking through closing quotes and brackets
	e := len(t)
	for e > 0 {
		r, n := utf8.DecodeLastRune(t[:e])
		if strings.ContainsRune("\"'”’»)]*_ ", r) {
			e -= n
			continue
		}
		u.final = r
		u.ellipsis = r == '…' || bytes.HasSuffix(t[:e], []byte("..."))
		break
	}
	return norm, ws
}

// wordStart is where folded word k of u starts in the document: fold's
// scan again, up to that word (nextWord, wordEnd).
func (u *unit) wordStart(text []byte, k int) int {
	i := nextWord(text, u.Start, u.End)
	for ; k > 0; k-- {
		i = nextWord(text, wordEnd(text, i, u.End), u.End)
	}
	return i
}

// rawEnd is where folded word k of u ends in the document.
func (u *unit) rawEnd(text []byte, k int) int { return wordEnd(text, u.wordStart(text, k), u.End) }

// rawSpan is the span in the document of folded word k.
func (u *unit) rawSpan(text []byte, k int) lint.Span {
	s := u.wordStart(text, k)
	return lint.Span{Start: s, End: wordEnd(text, s, u.End)}
}

// nextWord returns where the next word starts from i on, end at the
// latest: fold's scan between words.
func nextWord(text []byte, i, end int) int {
	for i < end {
		if c := text[i]; c < utf8.RuneSelf {
			if asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:end])
		if lint.IsWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// wordEnd returns where the word that starts at i ends, at end at the
// latest: the same scan as fold's.
func wordEnd(text []byte, i, end int) int {
	for i < end {
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:end])
		if !lint.IsWordRune(r) {
			break
		}
		i += n
	}
	return i
}

// rawText is the document's text from raw word a to raw word b-1.
func (u *unit) rawText(text []byte, a, b int) string {
	return string(text[u.wordStart(text, a):u.rawEnd(text, b-1)])
}

// capitalised reports whether raw word i starts with an upper-case letter.
func (u *unit) capitalised(text []byte, i int) bool {
	r, _ := utf8.DecodeRune(text[u.wordStart(text, i):u.End]) // the word's first rune
	return unicode.IsUpper(r)
}

// nameLike: two to four capitalised words, no function words, no digits,
// no final punctuation: "Anna Cooper", "Jean-Paul Martin".
func (u *unit) nameLike(text []byte) bool {
	if u.nwords < 2 || u.nwords > 4 || u.nfunc > 0 || !u.headlineLike() || u.ellipsis {
		return false
	}
	for i := range u.ws {
		if !u.capitalised(text, i) {
			return false
		}
		for _, r := range u.word(i) {
			if unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// dateLike: a short line with a month name or a numeric date or time:
// datelines belong to the article.
func (u *unit) dateLike(text []byte, m *matcher) bool {
	if u.nwords > 8 {
		return false
	}
	for i := range u.ws {
		if m.month[u.word(i)] {
			return true
		}
	}
	t := text[u.Start:u.End]
	for i := 0; i+2 < len(t); i++ {
		if isDigit(t[i]) && (t[i+1] == '.' || t[i+1] == '/' || t[i+1] == ':' || t[i+1] == '-') && isDigit(t[i+2]) {
			return true
		}
	}
	return false
}

// bylineLike: the reader's byline, or a short line that opens with "By".
func (u *unit) bylineLike() bool {
	if u.kind == lint.Byline {
		return true
	}
	if u.nwords > 10 || len(u.ws) == 0 {
		return false
	}
	return creditWords[u.word(0)] && !u.prose()
}

// creditWords open a byline or a credit ("By Anna Berg", "Reporting by
// Anna Berg"): the name after them is the writer's.
var creditWords = map[string]bool{"by": true, "von": true, "par": true, "por": true, "автор": true, "авторка": true}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// allDigits reports whether folded word w is a number.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// afterWords returns the first non-space rune of text after raw word j-1
// (that is, after the first j words), or 0 at the end of the unit.
func (u *unit) afterWords(text []byte, j int) rune {
	i := u.rawEnd(text, j-1)
	for i < u.End {
		r, n := utf8.DecodeRune(text[i:u.End])
		if !unicode.IsSpace(r) {
			return r
		}
		i += n
	}
	return 0
}
