// Package translit writes Cyrillic and Greek words in Latin letters: one
// table (letters) and one function (Latin) for every part of translint that
// compares a word of those scripts with a Latin spelling, so that two rules
// never romanise one name two ways. What differs between callers is the
// form they need, an Option of Latin, not a table of their own:
//
//   - Loose (the default) writes any word in Latin letters: the original's
//     names for the source rules (lint/source), where a Latin word in the
//     original is kept, its diacritics folded.
//   - Strict spells a word only when all its letters are Cyrillic or Greek:
//     a gloss in another script beside its Latin spelling
//     (rules/foreignfragment).
//   - Name spells a Slavic name as English-language news does in the
//     name's language (Ukrainian г as h, a final -ий as y): the suggestion
//     the source rules show.
//
// The Latin side of such a comparison is Fold (a Latin word without its
// diacritics), which reads Latin letters as Loose does (latinBase): one
// fold of Latin letters, not one for each caller.
//
// Keys on which the variants of a romanisation agree are built on it:
// VariantKey (kh/h, ts/tz, y/j and doubled letters agree: the names rule)
// and the consonant frame of lint/source's Skeleton, which folds further
// (vowels dropped) to align a translation with its original.
//
// The table is ours, news spellings rather than one standard: the
// differences between standards (kh/h, ts/c, yu/iu) are what the keys fold.
package translit

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// letters romanises the lower-case Cyrillic letters of Russian, Ukrainian,
// Belarusian, Bulgarian, Serbian and Macedonian and the Greek letters
// (ELOT 743, as news spellings mostly do); the apostrophe of Ukrainian and
// Belarusian words is dropped.
var letters = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'ђ': "dj", 'е': "e", 'ё': "yo", 'є': "ye",
	'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "yi", 'й': "y", 'ј': "j", 'к': "k", 'л': "l", 'љ': "lj",
	'м': "m", 'н': "n", 'њ': "nj", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'ћ': "c", 'у': "u",
	'ў': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'џ': "dz", 'ш': "sh", 'щ': "shch", 'ъ': "",
	'ы': "y", 'ь': "", 'э': "e", 'ю': "yu", 'я': "ya", '\'': "", '’': "",

	'α': "a", 'β': "v", 'γ': "g", 'δ': "d", 'ε': "e", 'ζ': "z", 'η': "i", 'θ': "th", 'ι': "i", 'κ': "k",
	'λ': "l", 'μ': "m", 'ν': "n", 'ξ': "x", 'ο': "o", 'π': "p", 'ρ': "r", 'σ': "s", 'ς': "s", 'τ': "t",
	'υ': "y", 'φ': "f", 'χ': "ch", 'ψ': "ps", 'ω': "o",
}

// Form is what Latin does with a word.
type Form uint8

const (
	// Loose writes every letter in Latin: Cyrillic and Greek romanised,
	// Latin diacritics folded ("Müller" is "muller"), ASCII kept as is.
	Loose Form = iota
	// Strict romanises a word of Cyrillic or Greek letters, dropping
	// hyphens and apostrophes; a word with any other rune is "".
	Strict
	// Name writes a name of a Slavic language the way English-language
	// news does (Options.Lang is the name's language): Ukrainian and
	// Belarusian г as h, Ukrainian и as y, Russian е at the start of a word
	// or after a vowel as ye (Yevgeny), a final -ий or -ый as y (Grigory,
	// Khodorkovsky).
	Name
)

// Options choose the form of Latin's spelling.
type Options struct {
	Form Form
	// Lang is the language of a Name ("ru", "uk", "be"; "" reads it as
	// Russian spelling does).
	Lang string
}

// Latin writes the word w in Latin letters, lower case, in the form o
// chooses.
func Latin(w string, o Options) string {
	w = strings.ToLower(w)
	switch o.Form {
	case Strict:
		return strict(w)
	case Name:
		return name(o.Lang, w)
	}
	if isASCII(w) {
		return w
	}
	b := make([]byte, 0, len(w))
	for _, r := range w {
		b = AppendRune(b, r)
	}
	return string(b)
}

// AppendRune appends the Loose spelling of the lower-case rune r to b: an
// ASCII rune as is, a Cyrillic or Greek letter from the table, a Latin
// letter with a diacritic as its base letters (latinBase), an accented
// Greek vowel as its base letter's spelling, another letter below U+0250
// as is; nothing for anything else. Keys that fold a word as they read it
// (lint/source's Skeleton) spell it a rune at a time with it.
func AppendRune(b []byte, r rune) []byte {
	if r < utf8.RuneSelf {
		return append(b, byte(r))
	}
	if s, ok := letters[r]; ok {
		return append(b, s...)
	}
	if s, ok := latinBase(r); ok {
		return append(b, s...)
	}
	switch {
	case r >= 0x370 && r < 0x400: // an accented Greek vowel: its base letter's spelling
		if d := norm.NFD.PropertiesString(string(r)).Decomposition(); len(d) > 0 {
			base, _ := utf8.DecodeRune(d)
			if s, ok := letters[base]; ok {
				b = append(b, s...)
			}
		}
	case r < 0x250 && unicode.IsLetter(r):
		b = utf8.AppendRune(b, r)
	}
	return b
}

// specials are the Latin letters whose mark or ligature Unicode does not
// decompose.
var specials = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'ħ': "h", 'ı': "i", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th",
}

// latinBase is the base letters of a lower-case Latin letter with a
// diacritic ("é" is "e", "ł" is "l", "ß" is "ss"): the first letter of its
// decomposition in the Unicode tables (x/text norm), or, for the few
// letters with a bar, a stroke or a ligature, specials. ok is false for
// any other rune.
func latinBase(r rune) (base string, ok bool) {
	if s, ok := specials[r]; ok {
		return s, true
	}
	if d := norm.NFD.PropertiesString(string(r)).Decomposition(); len(d) > 0 && d[0] < utf8.RuneSelf {
		return asciiLetters[d[0]], asciiLetters[d[0]] != ""
	}
	return "", false
}

// asciiLetters holds each ASCII letter as a string (base letters without
// an allocation); "" for any other byte.
var asciiLetters = func() (t [utf8.RuneSelf]string) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = string(c), string(c)
	}
	return t
}()

// Fold writes a Latin word in lower case without its diacritics
// ("Złotowski" is "zlotowski"), keeping letters only, and counts the
// letters that carried a mark. A letter of another script is kept as it
// is. It is the Latin side of comparing spellings: the names rule groups
// a name's spellings by it, the foreign-fragment rule sets a Latin name
// against a romanised one (Latin's Strict form).
func Fold(w string) (folded string, marks int) {
	var buf [foldBuf]byte // a word's fold is made here, then copied once
	b := buf[:0]
	for _, r := range w {
		var m int
		b, m = foldRune(b, r)
		marks += m
	}
	return string(b), marks
}

// foldBuf is the length of the longest fold Fold makes without growing
// its buffer: longer than nearly every word.
const foldBuf = 64

// AppendFold appends Fold's spelling of the Latin word w to dst and counts
// the letters that carried a mark: for a caller that keeps the fold in a
// string of its own making, or not at all.
func AppendFold(dst, w []byte) (_ []byte, marks int) {
	for i := 0; i < len(w); {
		r, n := rune(w[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(w[i:])
		}
		var m int
		dst, m = foldRune(dst, r)
		marks += m
		i += n
	}
	return dst, marks
}

// foldRune appends Fold's spelling of the rune r to b, with 1 when r is a
// letter with a mark, else 0.
func foldRune(b []byte, r rune) ([]byte, int) {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		if 'a' <= r && r <= 'z' {
			b = append(b, byte(r))
		}
		return b, 0
	}
	if !unicode.IsLetter(r) {
		return b, 0
	}
	r = unicode.ToLower(r)
	if s, ok := latinBase(r); ok {
		return append(b, s...), 1
	}
	return utf8.AppendRune(b, r), 0
}

// strict is the Strict form of the lower-case word w: each rune spelt as
// AppendRune spells it, where every rune must be a letter of the table, an
// accented Greek vowel or a joiner.
func strict(w string) string {
	var b []byte
	for _, r := range w {
		if r == '-' || r == '\'' || r == '’' {
			continue
		}
		if s, ok := letters[r]; ok { // a sign spelt "" too
			b = append(b, s...)
			continue
		}
		n := len(b)
		if r >= 0x370 && r < 0x400 { // an accented Greek vowel
			b = AppendRune(b, r)
		}
		if len(b) == n {
			return ""
		}
	}
	return string(b)
}

// nameVowels are the letters after which a Russian е is written ye, with
// the signs: "Podyachev", "Vasilyev".
const nameVowels = "аеёиоуыэюяіїєўьъ"

// name is the Name form of the lower-case word w in language lang.
func name(lang, w string) string {
	rs := []rune(w)
	var b []byte
	for i, r := range rs {
		prevVowel := i == 0 || strings.ContainsRune(nameVowels, rs[i-1])
		final := i == len(rs)-2
		switch {
		case final && (r == 'и' || r == 'ы') && rs[i+1] == 'й':
			return string(append(b, 'y'))
		case r == 'г' && (lang == "uk" || lang == "be"):
			b = append(b, 'h')
		case r == 'и' && lang == "uk":
			b = append(b, 'y')
		case r == 'е' && lang != "uk" && prevVowel:
			b = append(b, "ye"...)
		default:
			if s, ok := letters[r]; ok { // an apostrophe too: dropped
				b = append(b, s...)
			} else {
				b = AppendRune(b, r)
			}
		}
	}
	return string(b)
}

// VariantKey maps a name in Latin letters, lower case and without
// diacritics, to a key on which the usual variants of a romanisation
// agree: "ts" and "tz" are "c", "kh" and "g" are "h", "ph" is "f", "ck" is
// "k", "w" is "v", "y" and "j" are "i", "oo" and "ou" are "u", and a doubled
// letter is one ("Horbatsova" and "Horbacova", "Lytvynsky" and
// "Lytvinsky", "Seong-joo" and "Seong-ju" share a key). It keeps the vowels
// (lint/source's Skeleton drops them): two names one vowel apart are told
// apart by their keys, and a caller decides whether that vowel matters.
func VariantKey(f string) string {
	var buf [foldBuf]byte // the key is made here, then copied once
	return string(AppendVariantKey(buf[:0], []byte(f)))
}

// AppendVariantKey appends VariantKey's key of f to dst. f may be bytes of
// dst itself (dst[i:j], j <= len(dst)): what is appended never overwrites
// them.
func AppendVariantKey(dst, f []byte) []byte {
	var last byte
	put := func(c byte) {
		if c != last {
			dst = append(dst, c)
		}
		last = c
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		var next byte
		if i+1 < len(f) {
			next = f[i+1]
		}
		switch {
		case c == 't' && (next == 's' || next == 'z'):
			put('c')
			i++
		case c == 'k' && next == 'h':
			put('h')
			i++
		case c == 'p' && next == 'h':
			put('f')
			i++
		case c == 'c' && next == 'k':
			put('k')
			i++
		case c == 'o' && (next == 'o' || next == 'u'):
			put('u')
			i++
		case c == 'w':
			put('v')
		case c == 'y' || c == 'j':
			put('i')
		case c == 'g':
			put('h') // Ukrainian г is h, Russian г is g: "Luhansk", "Lugansk"
		default:
			put(c)
		}
	}
	return dst
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
