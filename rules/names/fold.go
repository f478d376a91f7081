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
