// Package teaser holds the rules about the head of an article as excerpt
// generators and copy-paste leave it: a title, teaser or lead repeated
// (duplicated-teaser) and text cut off mid-word or mid-sentence (truncation).
package teaser

import (
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// word is one word of the document: its span and a hash of its lower-cased
// form (typographic apostrophes folded to ').
type word struct {
	lint.Span
	key uint64
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// foldKey hashes the lower-cased form of b without allocating.
func foldKey(b []byte) uint64 {
	h := uint64(fnvOffset)
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		b = b[n:]
		r = foldRune(r)
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], r)
		for _, c := range buf[:m] {
			h ^= uint64(c)
			h *= fnvPrime
		}
	}
	return h
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

// words tokenises the masked text of span, keeping at most max words
// (max <= 0: all). The scan stops once max words are found, so a cap bounds
// the work on a huge block.
func words(doc *lint.Document, span lint.Span, max int) []word {
	var out []word
	i := span.Start
	for i < span.End {
		// Tokenise a window at a time so that a cap stops early.
		end := i + 4096
		if end > span.End {
			end = span.End
		} else {
			// Do not split a word: extend to the next non-word rune.
			for end < span.End {
				r, n := utf8.DecodeRune(doc.Text[end:span.End])
				if !lint.IsWordRune(r) && r != '\'' && r != '’' && r != '-' && r != '‐' {
					break
				}
				end += n
			}
		}
		for _, w := range lint.Words(doc.Text, lint.Span{Start: i, End: end}) {
			out = append(out, word{Span: w.Span, key: foldKey(doc.Text[w.Start:w.End])})
			if max > 0 && len(out) >= max {
				return out
			}
		}
		i = end
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

// lineOf is the 1-based line of a byte offset.
func lineOf(doc *lint.Document, off int) int { return doc.Position(off).Line }

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
