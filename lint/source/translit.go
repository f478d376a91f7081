package source

import (
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint/translit"
)

// Skeleton is the consonant frame of a romanised word, the part all its
// spellings share: vowels, y and j dropped, h dropped after a consonant
// ("kh", "zh", "sh") and otherwise one with g, k, c and q (Ukrainian г is
// h, Russian г is g), w as v, x as ks, doubled letters single.
// "Khodorkovsky", "Hodorkovskij" and "Chodorkowski" share one frame.
func Skeleton(w string) string {
	var buf [32]byte
	return string(appendSkeleton(buf[:0], []byte(w)))
}

// appendSkeleton appends the Skeleton of the word w to b. It romanises
// (translit.AppendRune) and reduces one rune at a time, as Skeleton of
// translit.Latin(w) would in two passes, without building the romanised
// word.
func appendSkeleton(b, w []byte) []byte {
	f := frame{b: b}
	for i := 0; i < len(w); {
		if c := w[i]; c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			f.feed(c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(w[i:])
		i += n
		var spelt [16]byte
		for _, c := range translit.AppendRune(spelt[:0], unicode.ToLower(r)) {
			f.feed(c)
		}
	}
	return f.b
}

// frame reduces a romanised word, a byte at a time, to its Skeleton.
type frame struct {
	b    []byte
	prev byte // the romanised byte before, 0 at the start
	any  bool // a byte came before
}

func (f *frame) feed(c byte) {
	prev, any := f.prev, f.any
	f.prev, f.any = c, true
	if c < 'a' || c > 'z' { // apostrophes, hyphens, digits
		return
	}
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'j':
		return
	case 'h':
		if any && !isVowelByte(prev) {
			return
		}
		c = 'k'
	case 'c', 'q', 'g':
		c = 'k'
	case 'w':
		c = 'v'
	case 'x':
		f.b = append(f.b, 'k')
		c = 's'
	}
	if len(f.b) > 0 && f.b[len(f.b)-1] == c {
		return
	}
	f.b = append(f.b, c)
}

func isVowelByte(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y', 'j':
		return true
	}
	return false
}
