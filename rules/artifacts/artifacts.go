// Package artifacts holds the rules for the mechanical damage machine
// translation and careless copying leave in an article: mojibake, escaped
// code points, broken HTML entities, glued and doubled words, stray
// punctuation and broken contractions.
//
// Every rule reads the masked text (Document.Text), block by block, so that
// markup, code and URLs are never inspected and a finding never spans two
// paragraphs. Fixes are offered only where the repair is certain and the
// bytes to replace are prose (the masked text equals the source there).
package artifacts

import (
	"bytes"
	"encoding/binary"
	"iter"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Rules returns a fresh instance of every rule of the package, in a stable order.
func Rules() []lint.Rule {
	return []lint.Rule{
		Mojibake{}, EscapedCharacter{}, BrokenEntity{}, GluedWords{},
		DoubledWord{}, Punctuation{}, BrokenContraction{}, TrailingFragment{}, LeftoverMarkup{}, NumberFormat{}, MixedScript{},
	}
}

// prose returns the spans to inspect, proseSpans, as a slice.
func prose(doc *lint.Document) []lint.Span {
	return slices.AppendSeq(make([]lint.Span, 0, max(len(doc.Blocks), 1)), proseSpans(doc))
}

// proseSpans yields the spans to inspect, one at a time: the document's
// non-empty blocks, or the whole text when a reader found none. A rule that
// only walks them makes no slice of them for each document.
func proseSpans(doc *lint.Document) iter.Seq[lint.Span] {
	return func(yield func(lint.Span) bool) {
		if len(doc.Blocks) == 0 {
			yield(lint.Span{Start: 0, End: len(doc.Text)})
			return
		}
		for _, b := range doc.Blocks {
			if b.End > b.Start && !yield(b.Span) {
				return
			}
		}
	}
}

// isProse reports whether the bytes of s are the same in Src and Text: no
// markup was masked and no entity decoded there, so an edit of Src is safe.
func isProse(doc *lint.Document, s lint.Span) bool {
	if s.Start < 0 || s.End > len(doc.Src) || s.End > len(doc.Text) {
		return false
	}
	return string(doc.Src[s.Start:s.End]) == string(doc.Text[s.Start:s.End])
}

// finding builds a finding; the fix is attached only when fix is true and
// the span is plain prose.
func finding(doc *lint.Document, s lint.Span, msg, suggestion string, fix bool, repl string) lint.Finding {
	f := lint.Finding{Span: s, Message: msg, Suggestion: suggestion}
	if fix && isProse(doc, s) {
		f.Fix = []lint.Edit{{Span: s, New: repl}}
	}
	return f
}

// runeBefore returns the rune ending at byte i of text (not before lo), or
// utf8.RuneError and 0 at the start.
func runeBefore(text []byte, lo, i int) (rune, int) {
	if i <= lo {
		return utf8.RuneError, 0
	}
	return utf8.DecodeLastRune(text[lo:i])
}

// runeAt returns the rune starting at byte i of text (not past hi), or
// utf8.RuneError and 0 at the end.
func runeAt(text []byte, i, hi int) (rune, int) {
	if i >= hi {
		return utf8.RuneError, 0
	}
	return utf8.DecodeRune(text[i:hi])
}

// skipASCII returns the length of the ASCII prefix of b, testing 32 bytes
// at a time, then eight.
func skipASCII(b []byte) int {
	i := 0
	for ; i+32 <= len(b); i += 32 {
		// four words at once: most blocks are ASCII throughout
		x := binary.LittleEndian.Uint64(b[i:]) | binary.LittleEndian.Uint64(b[i+8:]) |
			binary.LittleEndian.Uint64(b[i+16:]) | binary.LittleEndian.Uint64(b[i+24:])
		if x&highs != 0 {
			break
		}
	}
	for ; i+8 <= len(b); i += 8 {
		if binary.LittleEndian.Uint64(b[i:])&highs != 0 {
			break
		}
	}
	for ; i < len(b) && b[i] < utf8.RuneSelf; i++ {
	}
	return i
}

// ones and highs are the masks of the tests of eight bytes at a time: a
// one in every byte, and every byte's high bit.
const ones, highs = 0x0101010101010101, 0x8080808080808080

// seek returns the first index from i (inclusive) to end (exclusive) where
// text holds c, or end: bytes.IndexByte instead of a loop over every byte.
func seek(text []byte, i, end int, c byte) int {
	if i >= end {
		return end
	}
	if k := bytes.IndexByte(text[i:end], c); k >= 0 {
		return i + k
	}
	return end
}

// seek2 finds, call after call, the next place where text holds either
// of two bytes, before end: a cursor for each byte, moved by seek only once
// the caller has passed it, so that each byte of text is searched at most
// once for each.
type seek2 struct {
	text         []byte
	end          int
	a, b         byte
	nextA, nextB int
}

func newSeek2(text []byte, end int, a, b byte) seek2 {
	return seek2{text: text, end: end, a: a, b: b, nextA: -1, nextB: -1}
}

// from returns the first index from i (inclusive; i never decreases from
// call to call) where the text holds a or b, or end.
func (s *seek2) from(i int) int {
	if s.nextA < i || s.nextB < i {
		s.advance(i)
	}
	return min(s.nextA, s.nextB)
}

// advance moves the cursors that i has passed; out of line, so that from
// is inlined.
func (s *seek2) advance(i int) {
	if s.nextA < i {
		s.nextA = seek(s.text, i, s.end, s.a)
	}
	if s.nextB < i {
		s.nextB = seek(s.text, i, s.end, s.b)
	}
}

func isLowerWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// isTitleWord: an upper-case letter followed by at least one lower-case
// letter and nothing else ("He", "Home").
func isTitleWord(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && len(s) > n && isLowerWord(s[n:])
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// apostrophe returns the apostrophe the document prefers: the curly one when
// it is at least as frequent as the straight one.
func apostrophe(doc *lint.Document) string {
	// Counted in the bytes, not by ranging over string(doc.Text): that was
	// a copy of the whole text, as large as the file. The count is the
	// same: the bytes of ’ cannot be part of another character, nor an
	// ASCII quote.
	curly, straight := bytes.Count(doc.Text, []byte("’")), bytes.Count(doc.Text, []byte("'"))
	if curly > straight {
		return "’"
	}
	return "'"
}
