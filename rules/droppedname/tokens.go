package droppedname

import (
	"encoding/binary"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// token is a word or a single punctuation mark of a block, as byte offsets
// into the document. Fields are ordered to keep the struct small: a
// document has one token per four or five bytes.
type token struct {
	lint.Span
	// lower is the token with its letters in lower case (punctuation as it
	// is); the token as written is in the document (see scanner.src).
	lower string
	// gap is the number of bytes of white space before the token (since the
	// previous token or the block start).
	gap int32
	// cls holds the word's class bits (clsKey, clsClosed).
	cls  uint16
	word bool
	// up is true for a word that starts with a capital letter, caps for a
	// word with a capital letter anywhere.
	up, caps bool
	// content marks a content word (longer than three bytes and not closed-class), stop a period,
	// question or exclamation mark or ellipsis (endsSentence): both are
	// set once here, as the alignment asks them of every token.
	content, stop bool
	// shape is shape(lower) for a content word.
	shape uint16
}

func (t token) is(s string) bool { return !t.word && t.lower == s }

// endsSentence reports whether t is a period, question or exclamation mark
// or an ellipsis.
func (t token) endsSentence() bool { return t.stop }

// has reports whether the word has one of the class bits.
func (t token) has(cls uint16) bool { return t.cls&cls != 0 }

// upper reports whether the word starts with an upper-case letter.
func (t token) upper() bool { return t.up }

// punctIn reports whether t is one of the punctuation marks in set.
func (t token) punctIn(set string) bool {
	return !t.word && t.lower != "" && strings.Contains(set, t.lower)
}

// tokenize appends the tokens of the masked text of a span to out. low is
// the document's masked text with ASCII letters lower-cased: token texts are
// substrings of it, so tokens of ASCII words allocate nothing. The words
// are the document's shared ones, their attributes the language layer's
// (layer.AttrKeyOf, computed here rather than kept: this rule reads every
// block of a document once, so a kept byte a word would only add to the
// memory of a large file); every other rune but white space is a token of
// punctuation (layer.NextMark).
func tokenize(out []token, doc *lint.Document, low *lowered, span lint.Span, ct *classTab) []token {
	return tokenizeMarked(out, doc, low, span, ct, nil)
}

// tokenizeMarked is tokenize, noting in m, when it is not nil, the tokens
// aligner.other looks at.
func tokenizeMarked(out []token, doc *lint.Document, low *lowered, span lint.Span, ct *classTab, m *marker) []token {
	text := doc.Text
	bl := lowSpan{low.of(span), span.Start}
	i, gapStart := span.Start, span.Start
	for _, w := range doc.WordsIn(span) {
		// most words follow one space, which holds no mark
		if g := int(w.Start) - i; g > 1 || g == 1 && text[i] != ' ' {
			out, gapStart = appendPunct(out, text, bl, lint.Span{Start: i, End: int(w.Start)}, gapStart, m)
		}
		// the token is filled where it lies: tokens are large, and a
		// returned one was copied twice on its way into out
		out = append(out, token{})
		t := &out[len(out)-1]
		wordToken(t, text, bl, w.Span(), gapStart, ct)
		if m != nil && t.content && m.filter[t.shape>>6]&(1<<(t.shape&63)) != 0 {
			m.at = append(m.at, int32(len(out)-1))
		}
		i, gapStart = int(w.End), int(w.End)
	}
	out, _ = appendPunct(out, text, bl, lint.Span{Start: i, End: span.End}, gapStart, m)
	return out
}

// marker notes, by index and in order, the tokens of a block that
// aligner.other looks at: the content words whose shape is in filter (the
// shapes of the copies' content words) and the marks that may end a
// sentence (token.stop). Noted as the tokens are made, they spare other a
// pass over all of them.
type marker struct {
	filter *[shapes / 64]uint64
	at     []int32
}

// hasToken reports whether tokenize finds a token in the masked text of a
// span, without making them: words are runs of runes that are no white
// space, and every other rune but white space is a token of punctuation,
// so the span has a token exactly when it has a rune that is no white
// space (layer.NextMark, which appendPunct reads the text with).
func hasToken(text []byte, span lint.Span) bool {
	ms, me := layer.NextMark(text, span.Start, span.End)
	return ms < me
}

// lowSpan is the lower-cased text of a span that starts at offset at.
type lowSpan struct {
	s  string
	at int
}

// of returns the lower-cased text of bytes [i, j) of the document.
func (l lowSpan) of(i, j int) string { return l.s[i-l.at : j-l.at] }

// lowered hands out the lower-cased text (lowText) of spans of a document
// a window at a time as the spans move on: lower-casing the whole text at
// once made a string as large as the file for the whole check. Token texts
// point into a window and keep it alive while a token is kept (the tokens
// of the copy blocks); the holes copy theirs.
type lowered struct {
	text []byte
	s    string // lowText(text[off : off+len(s)])
	off  int
}

// lowWindowBytes is how much text a window lower-cases at least: an article
// is one window, and the few blocks whose tokens are kept hold a window
// each.
const lowWindowBytes = 16 << 10

// of returns the lower-cased text of sp. A window starts at a multiple of
// lowWindowBytes where the span fits in the window from there, else at the
// span: spans in increasing order share windows, and so do the blocks of a
// document visited out of order (the copies first, then every block), so a
// document shorter than a window is lower-cased once.
func (l *lowered) of(sp lint.Span) string {
	if sp.Start < l.off || sp.End > l.off+len(l.s) {
		l.off = sp.Start &^ (lowWindowBytes - 1)
		if sp.End > l.off+lowWindowBytes {
			l.off = sp.Start
		}
		l.s = lowText(l.text[l.off:max(sp.End, min(len(l.text), l.off+lowWindowBytes))])
	}
	return l.s[sp.Start-l.off : sp.End-l.off]
}

// appendPunct appends a token for each rune of text[s] but white space (s
// holds no word); gapStart is where the white space before the next token
// starts, returned updated.
func appendPunct(out []token, text []byte, low lowSpan, s lint.Span, gapStart int, m *marker) ([]token, int) {
	for i := s.Start; ; {
		ms, me := layer.NextMark(text, i, s.End)
		if ms == me {
			return out, gapStart
		}
		out = append(out, token{})
		t := &out[len(out)-1]
		t.Start, t.End, t.gap, t.lower = ms, me, int32(ms-gapStart), low.of(ms, me)
		switch t.lower {
		case ".", "!", "?", "…":
			t.stop = true
			if m != nil {
				m.at = append(m.at, int32(len(out)-1))
			}
		}
		i, gapStart = me, me
	}
}

// wordToken fills t, a zero token, with the word w after white space from
// gapStart: its capitals and its table key are the layer's (caseKey).
func wordToken(t *token, text []byte, low lowSpan, w lint.Span, gapStart int, ct *classTab) {
	t.Start, t.End, t.gap, t.word = w.Start, w.End, int32(w.Start-gapStart), true
	var k uint64
	var ascii bool
	t.up, t.caps, k, ascii = caseKey(text, w)
	start, i := w.Start, w.End
	if ascii {
		t.lower = low.of(start, i)
		// endsKey folds case, so the text's bytes (at hand) serve
		if ct.maybeEnds(text[start], text[i-1], i-start) {
			t.cls = ct.lookup(t.lower, k)
		}
	} else {
		t.lower = strings.ToLower(string(text[start:i]))
		t.cls = ct.classOf(t.lower, layer.Key(t.lower))
	}
	if len(t.lower) > 3 && t.cls&clsClosed == 0 {
		t.content, t.shape = true, shape(t.lower)
	}
}

// Bytes of eight letters at once (caseKey).
const (
	ones     = 0x0101010101010101
	highBits = 0x8080808080808080
)

// caseKey is what a token keeps of layer.AttrKeyOf(text, w): whether the
// word starts with a capital and has one anywhere, its key and whether it
// is ASCII. A short ASCII word, most words, finds its capitals once for
// all three (the layer's attribute also counts its small letters, and the
// key finds the capitals again); any other word asks the layer.
func caseKey(text []byte, w lint.Span) (up, caps bool, k uint64, ascii bool) {
	n := w.End - w.Start
	switch {
	case n <= 8 && w.Start+8 <= len(text):
		// eight bytes at hand: the word, and zero bytes after it
		x := binary.LittleEndian.Uint64(text[w.Start:]) & (^uint64(0) >> (64 - 8*n))
		if x&highBits == 0 {
			upper := capitals(x)
			return upper&0x80 != 0, upper != 0, x | upper>>2, true
		}
	case n > 8:
		// eight bytes at a time; the last eight overlap the ones before
		first := binary.LittleEndian.Uint64(text[w.Start:])
		firstUpper := capitals(first)
		all, upper := first, firstUpper
		for i := w.Start + 8; i < w.End; i += 8 {
			x := binary.LittleEndian.Uint64(text[min(i, w.End-8):])
			all |= x
			upper |= capitals(x)
		}
		if all&highBits == 0 {
			return firstUpper&0x80 != 0, upper != 0, first | firstUpper>>2, true
		}
	}
	a, k, ascii := layer.AttrKeyOf(text, w)
	return a.UpperFirst(), a.Caps(), k, ascii
}

// capitals marks, with its high bit, each byte of x (ASCII) that is a
// capital letter: with each byte's high bit set, subtracting 'A' keeps it
// set from 'A' up, subtracting 'Z'+1 from past 'Z'. Shifted right by two,
// the marks are the 0x20 bits that make the capitals small.
func capitals(x uint64) uint64 {
	h := x | highBits
	return (h - 'A'*ones) &^ (h - ('Z'+1)*ones) & highBits
}

// lowText returns the masked text with its ASCII letters lower-cased;
// other bytes are kept, so offsets do not move.
func lowText(text []byte) string {
	var b strings.Builder
	b.Grow(len(text))
	var chunk [512]byte
	for i := 0; i < len(text); i += len(chunk) {
		b.Write(layer.LowerASCII(chunk[:0], text[i:min(i+len(chunk), len(text))]))
	}
	return b.String()
}

// isEllipsis reports whether the punctuation at toks[i] is part of an
// ellipsis ("..." or "…").
func isEllipsis(toks []token, i int) bool {
	if toks[i].is("…") {
		return true
	}
	if !toks[i].is(".") {
		return false
	}
	adjacentDot := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].is(".") }
	return adjacentDot(i-1) && toks[i].gap == 0 || adjacentDot(i+1) && toks[i+1].gap == 0
}
