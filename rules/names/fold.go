package names

import "github.com/translint/translint/lint/textkey"

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// vowelVariants appends to out the hashes (textkey.Of) of the key and of
// the key with one inner vowel deleted (not the first letter, not the
// last): two keys one inner vowel apart share a variant, so that similar
// names meet after one sort instead of being compared pair by pair. A
// shared hash is only a candidate: oneInnerVowel decides.
func vowelVariants(k string, out []uint64) []uint64 {
	var buf [64]byte
	out = append(out, textkey.Of([]byte(k)))
	for i := 1; i+1 < len(k); i++ {
		if isVowel(k[i]) && k[i] != k[i-1] {
			v := append(append(buf[:0], k[:i]...), k[i+1:]...)
			out = append(out, textkey.Of(v))
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
		diff := oneDiff(a, b)
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

// oneDiff is the one index at which two keys of the same length differ, or
// -1 when they are equal or differ in more than one place.
func oneDiff(a, b string) int {
	diff := -1
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			if diff >= 0 {
				return -1
			}
			diff = i
		}
	}
	return diff
}
