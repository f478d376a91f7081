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
		h = addRune(h, r)
	}
	return h
}

// addRune adds the folded rune r to an FNV-1a hash.
func addRune(h uint64, r rune) uint64 {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return (h ^ uint64(r)) * fnvPrime
	}
	r = foldRune(r)
	var buf [utf8.UTFMax]byte
	m := utf8.EncodeRune(buf[:], r)
	for _, c := range buf[:m] {
		h = (h ^ uint64(c)) * fnvPrime
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

func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '‐' }

func runeAt(t []byte, i, end int) (rune, int) {
	if c := t[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRune(t[i:end])
}

// words tokenises the masked text of span like lint.Words (letters and
// digits, with inner apostrophes and hyphens), keeping at most max words
// (max <= 0: all), so that a cap bounds the work on a huge block.
func words(doc *lint.Document, span lint.Span, max int) []word {
	// room for a word in five bytes, the most max allows: one allocation
	n := span.Len()/5 + 4
	if max > 0 && n > max {
		n = max
	}
	return appendWords(make([]word, 0, n), doc, span, max)
}

// appendWords is words appending to out, hashing each word as it is
// scanned; max counts the new words only. ASCII letters and digits, nearly
// every byte of English text, are classified, folded and hashed inline.
func appendWords(out []word, doc *lint.Document, span lint.Span, max int) []word {
	base := len(out)
	t := doc.Text
	end := span.End
	for i := span.Start; i < end; {
		if c := t[i]; c < utf8.RuneSelf {
			if asciiFold[c] == 0 {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRune(t[i:end]); !lint.IsWordRune(r) {
			i += n
			continue
		}
		start := i
		h := uint64(fnvOffset)
		for i < end {
			if c := t[i]; c < utf8.RuneSelf && asciiFold[c] != 0 {
				h = (h ^ uint64(asciiFold[c])) * fnvPrime
				i++
				continue
			}
			r, n := runeAt(t, i, end)
			if lint.IsWordRune(r) {
				h = addRune(h, r)
				i += n
				continue
			}
			if isJoiner(r) && i+n < end {
				if r2, _ := runeAt(t, i+n, end); lint.IsWordRune(r2) {
					h = addRune(h, r)
					i += n
					continue
				}
			}
			break
		}
		out = append(out, word{Span: lint.Span{Start: start, End: i}, key: h})
		if max > 0 && len(out)-base >= max {
			break
		}
	}
	return out
}

// asciiFold maps an ASCII letter or digit to its lower-case form, and every
// other ASCII byte to 0.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	return t
}()

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
