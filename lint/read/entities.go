package read

import (
	"bytes"
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// decodeEntities decodes the HTML character references in text[start:end]
// in place: the decoded character is written where the reference started and
// the rest of the reference is padded with spaces, so offsets do not move.
// Malformed references ("& mdash;") are left alone for rules to report.
func decodeEntities(text []byte, start, end int) {
	for i := start; i < end; i++ {
		k := bytes.IndexByte(text[i:end], '&')
		if k < 0 {
			return
		}
		i += k
		lim := min(end, i+33)
		semi := bytes.IndexByte(text[i+1:lim], ';')
		if semi < 1 || !entityName(text[i+1:i+1+semi]) {
			continue // "&amp\n;" is "&amp" and text, not one reference
		}
		raw := string(text[i : i+semi+2])
		dec := html.UnescapeString(raw)
		if dec == raw || len(dec) > len(raw) {
			continue
		}
		// A decoded line break would move the line index: it reads as a space.
		dec = lineBreakSpaces.Replace(dec)
		// The character goes next to the word it belongs to: "&quot;Zitat"
		// becomes `     "Zitat`, "Zitat&quot;" becomes `Zitat"     `.
		at := i
		end := i + len(raw)
		if end < len(text) && wordByteAt(text, end) && (i == 0 || !wordByteBefore(text, i)) {
			at = end - len(dec)
		}
		if at == i && midWord(text, i, end, dec) {
			// "aren&#39;t", "AT&amp;T": the rest of the word moves up to
			// the character, and the padding goes after the word, so the
			// word reads whole ("aren't     "); its tail is scanned again.
			tail := end
			for tail < len(text) && tail-end < maxShiftedTail && !isPad(text[tail]) {
				tail++
			}
			if tail-end < maxShiftedTail {
				copy(text[i:], dec)
				n := copy(text[i+len(dec):], text[end:tail])
				for j := i + len(dec) + n; j < tail; j++ {
					text[j] = ' '
				}
				i += len(dec) - 1
				continue
			}
		}
		for j := i; j < end; j++ {
			text[j] = ' '
		}
		copy(text[at:], dec)
		i += len(raw) - 1
	}
}

// maxShiftedTail bounds the rest of a word that decodeEntities moves up to
// a decoded character; a longer run keeps the padding in place.
const maxShiftedTail = 64

// midWord: a reference between two word characters that decodes to a
// printable character other than a space or '&'.
func midWord(text []byte, i, end int, dec string) bool {
	if i == 0 || end >= len(text) || !wordByteBefore(text, i) || !wordByteAt(text, end) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(dec)
	// '&' stays in place: "&amp;nbsp;" is a doubly escaped reference that
	// rules report where it stands.
	return r != '&' && !unicode.IsSpace(r) && unicode.IsPrint(r)
}

// isPad: a byte that ends the word after a reference.
func isPad(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

var lineBreakSpaces = strings.NewReplacer("\n", " ", "\r", " ")

// entityName reports whether b can name a character reference: letters,
// digits and '#' only.
func entityName(b []byte) bool {
	for _, c := range b {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '#') {
			return false
		}
	}
	return true
}

func wordByteAt(text []byte, i int) bool {
	r, _ := utf8.DecodeRune(text[i:])
	return lint.IsWordRune(r)
}

func wordByteBefore(text []byte, i int) bool {
	r, _ := utf8.DecodeLastRune(text[:i])
	return lint.IsWordRune(r)
}
