package boilerplate

import (
	"bytes"
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
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
	table  []int8
	rec    []int
	segs   []lint.Span
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// reuse returns buf cut or grown to n zero values.
func reuse[T any](buf []T, n int) []T {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}

// buildUnits splits the body blocks of doc into units and folds their words.
// The word offsets of all units share a buffer of s, which the units point
// into until s is used again.
func buildUnits(doc *lint.Document, m *matcher, s *scratch) []unit {
	n := len(doc.Blocks) + 8 // most blocks are one line
	var (
		out   = slices.Grow(s.units[:0], n)
		buf   = s.norm[:0] // the folded words of the units since the last flush
		ws    = slices.Grow(s.ws[:0], n*maxFold)
		spans = slices.Grow(s.spans[:0], n)
	)
	defer func() { s.units, s.norm, s.ws, s.spans = out, buf, ws, spans }()
	// The units' words are folded into buf, kept from one document to the
	// next, and copied into a string of their exact size at the end, or
	// once buf holds foldChunkBytes: a large file's go into several
	// strings, so that buf stays small beside them (together they are as
	// large as a third of the file).
	first := 0 // the first unit whose folded words are in buf
	flush := func() {
		folded := string(buf)
		for i := first; i < len(out); i++ {
			end := len(folded)
			if i+1 < len(out) {
				end = int(spans[i+1][0])
			}
			out[i].norm = folded[spans[i][0]:end]
		}
		first, buf = len(out), buf[:0]
	}
	for bi, b := range doc.Blocks {
		if b.Meta || b.Len() == 0 {
			continue
		}
		start := len(out)
		at := b.Start
		bws, wi := doc.WordsIn(b.Span), 0 // the block's words, those before wi in earlier lines
		for at < b.End {
			e := b.End
			if k := bytes.IndexByte(doc.Text[at:b.End], '\n'); k >= 0 {
				e = at + k
			}
			sp := lint.Span{Start: at, End: e}.Trim(doc.Text)
			if sp.Len() > 0 {
				u := unit{Span: sp, block: bi, kind: b.Kind}
				w0 := len(ws)
				for wi < len(bws) && int(bws[wi].End) <= sp.Start {
					wi++
				}
				wj := wi
				for wj < len(bws) && int(bws[wj].Start) < sp.End {
					wj++
				}
				b0 := len(buf)
				buf, ws = fold(doc.Text, &u, bws[wi:wj], buf, ws)
				wi = wj
				if u.nwords > 0 {
					out = append(out, u)
					spans = append(spans, [2]int32{int32(b0), int32(w0)})
					if len(buf) >= foldChunkBytes {
						flush()
					}
				} else {
					buf, ws = buf[:b0], ws[:w0]
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
// and reads the line's first and last characters. words are the words of
// u's block (lint.Document.WordsIn) that lie in u: a word crosses no line
// break or space, so they are u's words as a scan of u alone reads them.
//
// The fold is textkey.Normalize's (lower case, letters and digits, one
// space between words), whose words are runs of letters and digits: the
// inner apostrophe or hyphen of a document's word ("don't", "well-known")
// parts two. The rule keeps its own fold rather than calling Normalize: it
// needs the words' count and offsets as well, folds only the first maxFold
// words and counts no further than maxWords+1 (a paragraph's line is long),
// and writes into its buffers without a string per line. It reads the
// document's words, not the bytes between them: a short ASCII word (most
// words) is the layer's lower-case key (layer.KeyOf), appended as it is;
// other words are folded a character at a time (foldSpan).
func fold(text []byte, u *unit, words []lint.Word, norm []byte, ws []int32) ([]byte, []int32) {
	n0 := len(norm)
	for _, w := range words {
		if u.nwords > maxWords {
			break
		}
		if n := int(w.End - w.Start); n <= 8 {
			if k, ascii := layer.KeyOf(text, w.Span()); ascii && !layer.HasByte(k, '\'') && !layer.HasByte(k, '-') {
				if u.nwords < maxFold {
					if len(norm) > n0 {
						norm = append(norm, ' ')
					}
					ws = append(ws, int32(len(norm)-n0))
					l := len(norm)
					norm = binary.LittleEndian.AppendUint64(norm, k)[:l+n] // the key's bytes are the word's
				}
				u.nwords++
				continue
			}
		}
		norm, ws = foldSpan(text, int(w.Start), int(w.End), u, n0, norm, ws)
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

// foldSpan is fold's scan of the bytes of text[from:to], a character at a
// time, for a word with an inner apostrophe or hyphen, non-ASCII letters or
// more than eight bytes: its words are runs of letters and digits. norm
// holds the unit's folded words from n0.
func foldSpan(text []byte, from, to int, u *unit, n0 int, norm []byte, ws []int32) ([]byte, []int32) {
	i := from
	for i < to && u.nwords <= maxWords {
		// between words: ASCII inline, the rest decoded
		if c := text[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRune(text[i:to]); !lint.IsWordRune(r) {
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
		for i < to {
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
			r, n := utf8.DecodeRune(text[i:to])
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
