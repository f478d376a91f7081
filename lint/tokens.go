package lint

import (
	"strings"
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

// abbreviations that end with a period without ending a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true, "rep": true,
	"no": true, "vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "mt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "fig": true, "approx": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true,
	"ave": true, "blvd": true, "dept": true, "est": true, "vol": true, "pp": true, "cf": true,
}

// IsAbbreviation reports whether word (without its final period) is a known
// abbreviation or an initial ("J" in "J. Smith").
func IsAbbreviation(word string) bool {
	w := strings.ToLower(word)
	if abbreviations[w] {
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	// U.S, e.g, Ph.D: dotted initialisms.
	return strings.Contains(w, ".") && len(w) <= 6
}

// Sentences splits text[span] into sentences, trimmed of surrounding space.
// A sentence ends at '.', '!', '?', '…' (and runs of them, with closing
// quotes or brackets) followed by space and a capital, digit or opening
// quote, unless the period closes a known abbreviation or an initial.
func Sentences(text []byte, span Span) []Span {
	var out []Span
	start := span.Start
	i := span.Start
	flush := func(end int) {
		s, e := trimSpace(text, start, end)
		if e > s {
			out = append(out, Span{s, e})
		}
	}
	for i < span.End {
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '.' && c != '!' && c != '?' || c >= utf8.RuneSelf && c != 0xe2 {
			// most bytes: ASCII that neither ends a sentence nor a
			// paragraph, or a byte of a rune that cannot be '…' (whose
			// first byte is 0xe2, never a continuation byte)
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:span.End])
		if r == '\n' && i+1 < span.End && text[i+1] == '\n' {
			flush(i)
			start = i + 1
			i++
			continue
		}
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		end := i + n
		for end < span.End {
			r2, n2 := utf8.DecodeRune(text[end:span.End])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '"' || r2 == '\'' || r2 == '”' || r2 == '’' || r2 == '»' || r2 == ')' || r2 == ']' {
				end += n2
				continue
			}
			break
		}
		if end >= span.End {
			i = end
			break
		}
		r2, _ := utf8.DecodeRune(text[end:span.End])
		if !unicode.IsSpace(r2) {
			i = end
			continue
		}
		// next non-space rune
		j := end
		for j < span.End {
			r3, n3 := utf8.DecodeRune(text[j:span.End])
			if !unicode.IsSpace(r3) {
				break
			}
			j += n3
		}
		if j >= span.End {
			i = j
			break
		}
		next, _ := utf8.DecodeRune(text[j:span.End])
		if r == '.' && end == i+1 {
			// the word before the period
			ws := i
			for ws > span.Start {
				pr, pn := utf8.DecodeLastRune(text[span.Start:ws])
				if !IsWordRune(pr) && pr != '.' {
					break
				}
				ws -= pn
			}
			if ws < i && IsAbbreviation(string(text[ws:i])) {
				i = end
				continue
			}
		}
		if unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘«„([", next) || !unicode.IsLower(next) && unicode.IsLetter(next) {
			flush(end)
			start = j
			i = j
			continue
		}
		i = end
	}
	flush(span.End)
	return out
}

func trimSpace(text []byte, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRune(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRune(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// TrimSpan shrinks a span to exclude leading and trailing white space.
func TrimSpan(text []byte, s Span) Span {
	a, b := trimSpace(text, s.Start, s.End)
	return Span{a, b}
}
