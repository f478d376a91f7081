package lint

import (
	"bytes"
	"html"
	"strings"
	"unicode/utf8"
)

// decodeEntities decodes the HTML character references in text[start:end]
// in place: the decoded character is written where the reference started and
// the rest of the reference is padded with spaces, so offsets do not move.
// Malformed references ("& nbsp;") are left alone for rules to report.
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
		for j := i; j < end; j++ {
			text[j] = ' '
		}
		copy(text[at:], dec)
		i += len(raw) - 1
	}
}

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
	return IsWordRune(r)
}

func wordByteBefore(text []byte, i int) bool {
	r, _ := utf8.DecodeLastRune(text[:i])
	return IsWordRune(r)
}
