package names

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"golang.org/x/text/unicode/norm"
)

// foldSpecial are the Latin letters whose mark Unicode does not decompose.
var foldSpecial = map[rune]string{
	'ł': "l", 'ø': "o", 'đ': "d", 'ð': "d", 'ħ': "h", 'ı': "i", 'ß': "ss", 'æ': "ae", 'œ': "oe", 'þ': "th",
}

// fold lower-cases a name and strips its diacritics ("Złotowski" →
// "zlotowski"), keeping letters only; marks counts the letters that carried
// a mark. Decomposition comes from the Unicode tables (x/text norm), not
// from a hand-kept list, but for the few letters with a bar or a stroke.
func fold(name string) (folded string, marks int) {
	var b strings.Builder
	b.Grow(len(name))
	for _, r := range name {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if 'a' <= r && r <= 'z' {
				b.WriteByte(byte(r))
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		r = unicode.ToLower(r)
		if s, ok := foldSpecial[r]; ok {
			b.WriteString(s)
			marks++
			continue
		}
		d := norm.NFD.PropertiesString(string(r)).Decomposition()
		if len(d) > 0 && d[0] < utf8.RuneSelf {
			b.WriteByte(d[0])
			marks++
			continue
		}
		b.WriteRune(r)
	}
	return b.String(), marks
}

// translitKey maps a folded name to a key on which the usual variants of a
// romanisation agree: "ts" and "tz" are "c", "kh" and "g" are "h", "ph" is
// "f", "ck" is "k", "w" is "v", "y" and "j" are "i", "oo" and "ou" are "u", and a
// doubled letter is one ("Horbatsova" and "Horbacova", "Lytvynsky" and
// "Lytvinsky", "Seong-joo" and "Seong-ju" share a key).
func translitKey(f string) string {
	var b strings.Builder
	b.Grow(len(f))
	var last byte
	put := func(c byte) {
		if c != last {
			b.WriteByte(c)
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
	return b.String()
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// vowelVariants appends to out the hashes (lint.KeyOf) of the key and of
// the key with one inner vowel deleted (not the first letter, not the
// last): two keys one inner vowel apart share a variant, so that similar
// names meet after one sort instead of being compared pair by pair. A
// shared hash is only a candidate: oneInnerVowel decides.
func vowelVariants(k string, out []uint64) []uint64 {
	var buf [64]byte
	out = append(out, lint.KeyOf([]byte(k)))
	for i := 1; i+1 < len(k); i++ {
		if isVowel(k[i]) && k[i] != k[i-1] {
			v := append(append(buf[:0], k[:i]...), k[i+1:]...)
			out = append(out, lint.KeyOf(v))
		}
	}
	return out
}

// oneInnerVowel reports whether two keys are equal or one inner vowel apart:
// one vowel changed, added or dropped, neither the first nor the last letter
// (a last vowel changes with gender or case: "Maria", "Marie").
func oneInnerVowel(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		diff := -1
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				if diff >= 0 {
					return false
				}
				diff = i
			}
		}
		return diff > 0 && diff < len(a)-1 && isVowel(a[diff]) && isVowel(b[diff])
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return i > 0 && i < len(b)-1 && isVowel(b[i]) && a[i:] == b[i+1:]
	}
	return false
}

// marksWithin reports whether the marked spelling full carries every mark
// of part: letter by letter they agree but where part has a plain letter
// ("Plażyński" within "Płażyński"). Both are one name in NFC, folded alike.
func marksWithin(part, full string) bool {
	for part != "" && full != "" {
		p, np := utf8.DecodeRuneInString(part)
		f, nf := utf8.DecodeRuneInString(full)
		part, full = part[np:], full[nf:]
		if p = unicode.ToLower(p); p == unicode.ToLower(f) {
			continue
		}
		if p >= utf8.RuneSelf {
			return false // a mark of part that full lacks or changes
		}
	}
	return part == "" && full == ""
}

// ogonekEnding reports whether two spellings of one folded name differ in
// their last letter by an ogonek, a case ending in Polish and Lithuanian
// ("Wałęsa" and "Wałęsą"), not a lost diacritic. Other marks on a last
// letter are dropped like any other ("Ryūtarō", "Ryutaro").
func ogonekEnding(a, b string) bool {
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeLastRuneInString(b)
	if ra = unicode.ToLower(ra); ra == unicode.ToLower(rb) {
		return false
	}
	return strings.ContainsRune(norm.NFD.String(string(ra)+string(rb)), '\u0328')
}

// softKey maps a key (translitKey) to one on which the romanisations of
// Russian е and ё agree: "ie" at the start is "e" ("Yevtushenko",
// "Evtushenko") and "io" between consonants is "e" ("Fyodorov", "Fedorov";
// "Gorbachyov", "Gorbachev"). A key without either is returned as it is.
func softKey(k string) string {
	if !strings.HasPrefix(k, "ie") && !strings.Contains(k, "io") {
		return k
	}
	b := []byte(k)
	if strings.HasPrefix(k, "ie") {
		b = b[1:]
	}
	out := b[:0]
	for i := 0; i < len(b); i++ {
		if b[i] == 'i' && i > 0 && i+2 < len(b) && b[i+1] == 'o' && !isVowel(b[i-1]) && !isVowel(b[i+2]) {
			out = append(out, 'e')
			i++
			continue
		}
		out = append(out, b[i])
	}
	return string(out)
}

// velarKey is a key (translitKey) with each inner k written h: Cyrillic г
// and х are romanised g, h or kh, and drift to k, the sound next to them.
// Keys one such letter apart share it; oneVelar decides.
func velarKey(k string) string {
	if len(k) < 3 || !strings.Contains(k[1:len(k)-1], "k") {
		return k
	}
	b := []byte(k)
	for i := 1; i+1 < len(b); i++ {
		if b[i] == 'k' {
			b[i] = 'h'
		}
	}
	return string(b)
}

// oneVelar reports whether two keys differ in one inner letter only, k in
// one and h in the other ("Zahorivka", "Zakorivka").
func oneVelar(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff <= 0 || diff == len(a)-1 {
		return false
	}
	return a[diff] == 'k' && b[diff] == 'h' || a[diff] == 'h' && b[diff] == 'k'
}
