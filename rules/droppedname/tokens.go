package droppedname

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// token is a word or a single punctuation mark of a block, as byte offsets
// into the document.
type token struct {
	lint.Span
	word bool
	// lower is the token with its letters in lower case (punctuation as it
	// is); the token as written is in the document (see scanner.src).
	lower string
	// up is true for a word that starts with a capital letter, caps for a
	// word with a capital letter anywhere.
	up, caps bool
	// gap is the number of bytes of white space before the token (since the
	// previous token or the block start); newline is true when that space
	// holds a line break; masked is true when markup was masked there.
	gap     int32
	newline bool
	masked  bool
	// cls holds the word's class bits (clsKey, clsClosed).
	cls uint16
}

func (t token) is(s string) bool { return !t.word && t.lower == s }

// endsSentence reports whether t is a period, question or exclamation mark
// or an ellipsis.
func (t token) endsSentence() bool {
	if t.word || t.lower == "" {
		return false
	}
	switch t.lower[0] {
	case '.', '!', '?':
		return true
	}
	return t.lower == "…"
}

// has reports whether the word has one of the class bits.
func (t token) has(cls uint16) bool { return t.cls&cls != 0 }

// upper reports whether the word starts with an upper-case letter.
func (t token) upper() bool { return t.up }

// punctIn reports whether t is one of the punctuation marks in set.
func (t token) punctIn(set string) bool {
	return !t.word && t.lower != "" && strings.Contains(set, t.lower)
}

func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '‐' }

// tokenize appends the tokens of the masked text of a span to out. low is
// the document's masked text with ASCII letters lower-cased: token texts are
// substrings of it, so tokens of ASCII words allocate nothing.
func tokenize(out []token, doc *lint.Document, low string, span lint.Span) []token {
	text := doc.Text
	i := span.Start
	gapStart := i
	for i < span.End {
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRune(text[i:span.End])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		t := token{gap: int32(i - gapStart)}
		for j := gapStart; j < i; j++ {
			if text[j] == '\n' {
				t.newline = true
			}
			if doc.Src[j] != text[j] {
				t.masked = true
			}
		}
		start := i
		wide := n > 1 // the word has a non-ASCII character
		if wordRune(r) {
			i += n
			for i < span.End {
				if c := text[i]; c < utf8.RuneSelf {
					if asciiWord[c] {
						i++
						continue
					}
					r, n = rune(c), 1
				} else {
					r, n = utf8.DecodeRune(text[i:span.End])
					wide = true
					if lint.IsWordRune(r) {
						i += n
						continue
					}
				}
				if isJoiner(r) && i+n < span.End {
					r2, _ := utf8.DecodeRune(text[i+n : span.End])
					if wordRune(r2) {
						i += n
						continue
					}
				}
				break
			}
			t.word = true
		} else {
			i += n
		}
		t.Span = lint.Span{Start: start, End: i}
		t.lower = low[start:i]
		if t.word {
			if wide {
				t.lower = strings.ToLower(string(text[start:i]))
				first, _ := utf8.DecodeRune(text[start:i])
				t.up = unicode.IsUpper(first)
				t.caps = t.lower != string(text[start:i])
			} else {
				t.up = text[start]-'A' < 26
				t.caps = t.up || low[start:i] != string(text[start:i])
			}
			t.cls = classOf(t.lower)
		}
		out = append(out, t)
		gapStart = i
	}
	return out
}

var asciiWord = func() (a [utf8.RuneSelf]bool) {
	for c := range a {
		a[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return a
}()

func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return lint.IsWordRune(r)
}

// lowText returns the masked text with its ASCII letters lower-cased;
// other bytes are kept, so offsets do not move.
func lowText(text []byte) string {
	var b strings.Builder
	b.Grow(len(text))
	var chunk [512]byte
	for i := 0; i < len(text); i += len(chunk) {
		part := text[i:min(i+len(chunk), len(text))]
		k := 0
		for ; k+8 <= len(part); k += 8 {
			binary.LittleEndian.PutUint64(chunk[k:], lower8(binary.LittleEndian.Uint64(part[k:])))
		}
		for ; k < len(part); k++ {
			c := part[k]
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			chunk[k] = c
		}
		b.Write(chunk[:len(part)])
	}
	return b.String()
}

// lower8 lower-cases the ASCII capitals among eight bytes and leaves every
// other byte as it is. The additions run on the low seven bits of each
// byte, so no carry crosses bytes, and a byte with its high bit set (part
// of a UTF-8 sequence) is never taken for a capital.
func lower8(x uint64) uint64 {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ highs
	upper := (low7 + (0x80-'A')*ones) &^ (low7 + (0x80-'Z'-1)*ones) &^ x & highs
	return x | upper>>2
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
