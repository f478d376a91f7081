package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cyrillic romanises the Cyrillic letters of Russian, Ukrainian,
// Belarusian, Bulgarian and Serbian the way news spellings do; the
// differences between romanisations (kh/h, ts/c, yu/iu) vanish in Skeleton.
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'ђ': "dj", 'е': "e", 'ё': "yo", 'є': "ye",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'ј': "j", 'к': "k", 'л': "l", 'љ': "lj",
	'м': "m", 'н': "n", 'њ': "nj", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ћ': "c", 'у': "u",
	'ў': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'џ': "dz", 'ш': "sh", 'щ': "shch", 'ъ': "",
	'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya", '\'': "", '’': "",
}

// greek romanises Greek letters (ELOT 743, as news spellings mostly do).
var greek = map[rune]string{
	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// Romanise writes a word in Latin letters: Cyrillic and Greek romanised,
// Latin diacritics folded ("Müller" is "muller"), lower case.
func Romanise(w string) string {
	w = strings.ToLower(w)
	if isASCII(w) {
		return w
	}
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r == 'ß':
			b.WriteString("ss")
		default:
			if s, ok := cyrillic[r]; ok {
				b.WriteString(s)
			} else if s, ok := greek[r]; ok {
				b.WriteString(s)
			} else if r < 0x250 || r >= 0x370 && r < 0x400 {
				// a Latin letter with a diacritic, an accented Greek
				// vowel: its base letter
				for _, c := range norm.NFD.String(string(r)) {
					if unicode.Is(unicode.Mn, c) {
						continue
					}
					if s, ok := greek[c]; ok {
						b.WriteString(s)
					} else if c < 0x250 && unicode.IsLetter(c) {
						b.WriteRune(c)
					}
				}
			}
		}
	}
	return b.String()
}

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
// and reduces one rune at a time, as Skeleton(Romanise(w)) would in two
// passes, without building the romanised word.
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
		r = unicode.ToLower(r)
		switch {
		case r < 0x80:
			f.feed(byte(r))
		case r == 'ß':
			f.feedString("ss")
		default:
			if s, ok := cyrillic[r]; ok {
				f.feedString(s)
			} else if s, ok := greek[r]; ok {
				f.feedString(s)
			} else if r < 0x250 || r >= 0x370 && r < 0x400 {
				for _, c := range norm.NFD.String(string(r)) {
					if unicode.Is(unicode.Mn, c) {
						continue
					}
					if s, ok := greek[c]; ok {
						f.feedString(s)
					} else if c < 0x250 && unicode.IsLetter(c) {
						f.feedString(string(c))
					}
				}
			}
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

func (f *frame) feedString(s string) {
	for i := 0; i < len(s); i++ {
		f.feed(s[i])
	}
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
