// Package teaser holds the rules about the head of an article as excerpt
// generators and copy-paste leave it: a title, teaser or lead repeated
// (duplicated-teaser) and text cut off mid-word or mid-sentence (truncation).
package teaser

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// word is one word of the document, as the document's shared word cache
// cuts it, with the corpus key of its text (lint.KeyOf: lower-cased, so
// "Don’t" and "don't" share a key).
type word struct {
	lint.Span
	key uint64
}

func foldRune(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ':
		return '\''
	case '‐', '‑':
		return '-'
	}
	return unicode.ToLower(r)
}

// words is the words of span with their keys, at most max of them (max <= 0:
// all), so that a cap bounds the work on a huge block.
func words(doc *lint.Document, span lint.Span, max int) []word {
	return appendWords(nil, doc, span, max)
}

// appendWords is words appending to out; max counts the new words only. The
// words come from Document.WordsIn, shared with the other rules.
func appendWords(out []word, doc *lint.Document, span lint.Span, max int) []word {
	ws := doc.WordsIn(span)
	if max > 0 && len(ws) > max {
		ws = ws[:max]
	}
	out = slices.Grow(out, len(ws))
	for _, w := range ws {
		out = append(out, word{Span: w.Span(), key: lint.KeyOf(doc.Text[w.Start:w.End])})
	}
	return out
}

// lower is the folded form of a word, for prefix tests and messages.
func lower(doc *lint.Document, s lint.Span) string {
	b := make([]rune, 0, s.Len())
	for _, r := range string(doc.Text[s.Start:s.End]) {
		b = append(b, foldRune(r))
	}
	return string(b)
}

// lcs is the length of the longest common subsequence of two word lists
// (by key), in O(len(a)*len(b)) time and O(len(b)) memory.
func lcs(a, b []word) int {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			switch {
			case a[i].key == b[j].key:
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
