package layer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// The sentence splitter.

// abbreviations that end with a period without ending a sentence.
// abbreviationKeys are the Keys of abbreviations, which are all short
// enough for the key to be the whole word.
var abbreviationKeys = keysOf(abbreviations)

// maxAbbreviation is the length of the longest abbreviation, and of the
// longest dotted initialism IsAbbreviation takes ("ph.d", "u.s.a").
const maxAbbreviation = 6

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
	if len(word) <= maxAbbreviation {
		// lower-cased into a key, without a string: the splitter asks at
		// every period
		var k uint64 // the lower-case word packed as Key packs it
		ascii := true
		for i := len(word) - 1; i >= 0; i-- {
			c := word[i]
			if c >= utf8.RuneSelf {
				ascii = false
				break
			}
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			k = k<<8 | uint64(c)
		}
		if ascii {
			if abbreviationKeys.has(k) {
				return true
			}
			if len(word) == 1 {
				return word[0]-'A' < 26
			}
			return strings.IndexByte(word, '.') >= 0 // lower-casing keeps the dots
		}
	} else if asciiString(word) {
		return false // longer than any abbreviation, dotted or not
	}
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

// Split splits text[span] into sentences, trimmed of surrounding space.
// A sentence ends at '.', '!', '?', '…' (and runs of them, with closing
// quotes or brackets) followed by space and a capital, digit or opening
// quote, unless the period closes a known abbreviation or an initial; at
// a CJK full stop '。', '！', '？' (with closing marks) whatever follows;
// and at a blank line.
func Split(text []byte, span lint.Span) []lint.Span {
	return AppendSplit(nil, text, span)
}

// AppendSplit appends the sentences of text[span] (Split) to out: a caller
// that splits often reuses its buffer.
func AppendSplit(out []lint.Span, text []byte, span lint.Span) []lint.Span {
	start := span.Start
	for i := span.Start; ; {
		end, next, ok := nextBreak(text, span, i, span.End)
		if !ok {
			break
		}
		if s := (lint.Span{Start: start, End: end}).Trim(text); s.End > s.Start {
			out = append(out, s)
		}
		start, i = next, next
	}
	if s := (lint.Span{Start: start, End: span.End}).Trim(text); s.End > s.Start {
		out = append(out, s)
	}
	return out
}

// breakIn reports whether a sentence of text[span] ends in text[i:limit]
// (the gap between two words, for the name scan): the splitter's own test,
// run on the gap alone.
func breakIn(text []byte, span lint.Span, i, limit int) bool {
	_, _, ok := nextBreak(text, span, i, limit)
	return ok
}

// nextBreak finds the first sentence break of text[span] whose stop lies in
// text[i:limit]: the sentence before it ends at end, the next starts at or
// after next (before its leading white space is trimmed). ok is false when
// there is none. The scan reads past limit, up to span.End, only to tell
// what follows a stop.
func nextBreak(text []byte, span lint.Span, i, limit int) (end, next int, ok bool) {
	for i < limit {
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '.' && c != '!' && c != '?' || c >= utf8.RuneSelf && c != 0xe2 && c != 0xe3 && c != 0xef {
			// most bytes: ASCII that neither ends a sentence nor a
			// paragraph, or a byte of a rune that cannot be '…' (whose
			// first byte is 0xe2, never a continuation byte) nor a CJK
			// full stop (0xe3, 0xef)
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:span.End])
		if r == '\n' && i+1 < span.End && text[i+1] == '\n' {
			return i, i + 1, true // a blank line
		}
		if r == '。' || r == '！' || r == '？' {
			// Chinese and Japanese take no space after a full stop: it
			// ends a sentence whatever follows (after closing marks)
			end := i + n
			for end < span.End {
				r2, n2 := utf8.DecodeRune(text[end:span.End])
				if r2 != '。' && r2 != '！' && r2 != '？' && r2 != '」' && r2 != '』' && r2 != '）' && r2 != '”' && r2 != '"' {
					break
				}
				end += n2
			}
			return end, end, true
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
			return 0, 0, false
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
			return 0, 0, false
		}
		next, _ := utf8.DecodeRune(text[j:span.End])
		if r == '.' && end == i+1 {
			// the word before the period; once it has more ASCII bytes
			// than the longest abbreviation it is none, whatever precedes
			// (lower-casing never shortens an ASCII byte)
			ws, asciiBytes := i, 0
			for ws > span.Start && asciiBytes <= maxAbbreviation {
				if c := text[ws-1]; c < utf8.RuneSelf {
					if c != '.' && c-'0' >= 10 && (c|0x20)-'a' >= 26 {
						break
					}
					ws--
					asciiBytes++
					continue
				}
				pr, pn := utf8.DecodeLastRune(text[span.Start:ws])
				if !lint.IsWordRune(pr) {
					break
				}
				ws -= pn
			}
			if ws < i && asciiBytes <= maxAbbreviation && IsAbbreviation(string(text[ws:i])) {
				i = end
				continue
			}
		}
		if unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'“‘«„([", next) || !unicode.IsLower(next) && unicode.IsLetter(next) {
			return end, j, true
		}
		i = end
	}
	return 0, 0, false
}

func asciiString(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
