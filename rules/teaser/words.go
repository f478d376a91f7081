// Package teaser holds the rules about the head of an article as excerpt
// generators and copy-paste leave it: a title, teaser or lead repeated
// (duplicated-teaser) and text cut off mid-word or mid-sentence (truncation).
package teaser

import (
	"unicode"
	"unicode/utf8"
)

// foldRune is the teaser rules' fold of a character: lower case, as
// layer.AppendLower lower-cases a word, with the typographic apostrophes
// and hyphens taken for the ASCII ones. It must differ from the layer's
// lower case, which keeps a word's marks as written, and from
// textkey.Normalize, which drops them: the rules compare two copies of one
// text letter by letter (the start of a cut word with the words of a
// fuller copy, the first letters of a headline's words, the inline code of
// two blocks), and one copy may write "don’t" or "well‐known" where the
// other writes "don't" or "well-known".
func foldRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ':
		return '\''
	case '‐', '‑':
		return '-'
	}
	return unicode.ToLower(r)
}

// lcs is the length of the longest common subsequence of two lists of word
// keys, in O(len(a)*len(b)) time and O(len(b)) memory.
func lcs(a, b []uint64) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i] == b[j]:
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// clip shortens s to about n code points, on a word boundary, with an ellipsis.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	rs := []rune(s)
	cut := n
	for cut > n/2 && !unicode.IsSpace(rs[cut]) {
		cut--
	}
	return string(rs[:cut]) + " …"
}
