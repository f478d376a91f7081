package lint

import (
	"unicode"
	"unicode/utf8"
)

// Word is a run of letters, digits, and inner apostrophes or hyphens
// ("don't", "well-known"), as a byte span of the document.
//
// Its offsets are 32-bit: a document's words are the most numerous values
// a check keeps (about one in six bytes of English text, all of them cached
// for the whole check), and two ints a word made the word cache alone three
// times the size of the file. ParseAs refuses a document too large for
// them (MaxDocumentSize).
type Word struct {
	Start, End int32
}

// Span is the word's byte span.
func (w Word) Span() Span { return Span{int(w.Start), int(w.End)} }

// Len is the word's length in bytes.
func (w Word) Len() int { return int(w.End - w.Start) }

// Overlaps reports whether the word shares at least one byte with s.
func (w Word) Overlaps(s Span) bool { return int(w.Start) < s.End && s.Start < int(w.End) }

// IsWordRune reports whether r can be part of a word.
func IsWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	if r >= 0x400 && r <= 0x45f { // basic Cyrillic: all letters, no table search
		return true
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

// asciiWord is IsWordRune for ASCII, as a table.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = true, true
	}
	return t
}()

// decodeRune is utf8.DecodeRune with an ASCII fast path.
func decodeRune(b []byte) (rune, int) {
	if len(b) > 0 && b[0] < utf8.RuneSelf {
		return rune(b[0]), 1
	}
	return utf8.DecodeRune(b)
}

func isInnerJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '-' || r == '‐'
}

// Words splits text[span] into words. Offsets are absolute.
func Words(text []byte, span Span) []Word {
	return appendWords(nil, text, span)
}

// appendWords appends the words of text[span] to out. ASCII bytes are
// classified by table without decoding.
func appendWords(out []Word, text []byte, span Span) []Word {
	t := text[:span.End] // bounds known to the compiler below
	i := span.Start
	for i < len(t) {
		if c := t[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRune(t[i:]); !IsWordRune(r) {
			i += n
			continue
		}
		start := i
		for i < len(t) {
			c := t[i]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					i++
					continue
				}
				if c != '\'' && c != '-' {
					break // the common case: an ASCII space or mark ends the word
				}
			}
			r, n := decodeRune(t[i:])
			if IsWordRune(r) {
				i += n
				continue
			}
			if isInnerJoiner(r) && i+n < len(t) {
				r2, _ := decodeRune(t[i+n:])
				if IsWordRune(r2) {
					i += n
					continue
				}
			}
			break
		}
		out = append(out, Word{int32(start), int32(i)})
	}
	return out
}
