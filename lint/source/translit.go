package source

import (
	"strings"
	"unicode"

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
	r := Romanise(w)
	var b []byte
	for i := 0; i < len(r); i++ {
		c := r[i]
		if c < 'a' || c > 'z' { // apostrophes, hyphens, digits
			continue
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'j':
			continue
		case 'h':
			if i > 0 && !strings.ContainsRune("aeiouyj", rune(r[i-1])) {
				continue
			}
			c = 'k'
		case 'c', 'q', 'g':
			c = 'k'
		case 'w':
			c = 'v'
		case 'x':
			b = append(b, 'k')
			c = 's'
		}
		if len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
