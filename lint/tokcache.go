package lint

import (
	"math"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/translint/translint/lint/internal/bufpool"
)

// tokenCache holds tokenisations of a document's Text computed once, on
// first use, and shared by every rule. It is filled under a sync.Once, so a
// document can be checked by rules running on different goroutines.
type tokenCache struct {
	wordsOnce sync.Once
	words     []Word

	// blockWords holds, for each block, the range of words WordsIn found
	// for its span (see blockWords), 0 until a rule asks for them.
	blocksOnce sync.Once
	blockWords []atomic.Uint64

	memoMu sync.Mutex
	memo   map[any]any
}

// Memo returns the value stored under key for this document, computing it
// with build the first time. It lets rules share a result derived from the
// document (the article's language, which two rules need) without keeping
// state of their own. The value must depend only on the document and the
// key, and must not be modified; key must be comparable, of a type private
// to its package so that keys of different packages never collide.
func (d *Document) Memo(key any, build func() any) any {
	c := &d.tok
	c.memoMu.Lock()
	v, ok := c.memo[key]
	c.memoMu.Unlock()
	if ok {
		return v
	}
	v = build() // outside the lock: build may use the document's caches
	c.memoMu.Lock()
	defer c.memoMu.Unlock()
	if old, ok := c.memo[key]; ok {
		return old // built meanwhile on another goroutine; keep the first
	}
	if c.memo == nil {
		c.memo = map[any]any{}
	}
	c.memo[key] = v
	return v
}

// Words returns the words of the whole Text (as Words(d.Text, whole)),
// computed once. The slice is shared: callers must not modify it.
func (d *Document) Words() []Word {
	d.tok.wordsOnce.Do(func() {
		// English prose has a word in about six bytes: room for one in
		// five makes regrowth rare.
		var ws []Word
		if n := len(d.Text)/5 + 8; len(d.Text) > wordBoundBytes {
			// counted room, not a pooled class that rounds it up
			ws = make([]Word, 0, min(n, maxWords(d.Text)))
		} else {
			ws = getWords(n)
		}
		d.tok.words = appendWords(ws, d.Text, Span{0, len(d.Text)})
	})
	return d.tok.words
}

// wordBoundBytes is the size of text above which the room for its words is
// counted (maxWords) rather than estimated: the cache of a large file is
// its largest allocation after the text, and one in five bytes left a
// sixth of it unused in English prose; the count costs a pass over the
// bytes, next to nothing beside tokenizing them.
const wordBoundBytes = 1 << 20

// maxWords is at least the number of words of text (appendWords): a word
// starts at a letter or digit or at the first byte of a longer character,
// after a byte that is no ASCII letter or digit (a word is preceded by
// something that is not a word character, ASCII or not), so counting
// those places never counts too few. An ASCII letter or digit after an
// inner apostrophe or hyphen that follows one ("ferry's", "well-known")
// goes on a word and is not counted. In English prose it is within a few
// per cent of the words; in Cyrillic or Greek it counts letters, and the
// estimate of one in five bytes is the smaller.
func maxWords(text []byte) int {
	n, prevWord := 0, false // the first byte counts as one after a separator
	for i, c := range text {
		word := c < utf8.RuneSelf && asciiWord[c]
		if !prevWord && (word || c >= 0xc0) && !(word && joinedASCII(text, i)) {
			n++
		}
		prevWord = word
	}
	return n
}

// joinedASCII reports whether text[i], an ASCII letter or digit, need not
// be counted after an inner joiner: after '\” or '-' that follows an ASCII
// letter or digit, appendWords goes on with the word; after ’ or ‐ too,
// and where no ASCII letter or digit comes before those, their own first
// byte was counted.
func joinedASCII(text []byte, i int) bool {
	if i >= 2 && (text[i-1] == '\'' || text[i-1] == '-') {
		return text[i-2] < utf8.RuneSelf && asciiWord[text[i-2]]
	}
	// ’ is e2 80 99, ‐ is e2 80 90
	return i >= 3 && text[i-3] == 0xe2 && text[i-2] == 0x80 && (text[i-1] == 0x99 || text[i-1] == 0x90)
}

// WordsIn returns the words of Text in span s, the same as Words(d.Text, s),
// as a sub-slice of the document's cached words when s does not cut one of
// them (block spans never do). The slice is shared: callers must not modify
// its elements (appending copies it).
func (d *Document) WordsIn(s Span) []Word {
	all := d.Words()
	i, j, ok := d.blockWords(all, s)
	if !ok {
		i = firstEndingAfter(all, s.Start)
		j = i + firstStartingAt(all[i:], s.End)
	}
	if i < j && (int(all[i].Start) < s.Start || int(all[j-1].End) > s.End) {
		// s cuts a word of the whole text: its own tokenisation differs.
		return Words(d.Text, s)
	}
	return all[i:j:j]
}

// blockWords returns the indexes in all (the document's words) of the
// first word that ends after s.Start and of the first after it that starts
// at s.End or later, when s is the span of one of the document's blocks:
// every rule that reads blocks asks for their words, and a search of the
// few blocks costs a fraction of two searches of the words. The range of a
// block is searched for the first time it is asked for and kept (a
// table of a word a block, filled atomically: rules may read a document
// on several goroutines); a kept range is checked against the words, so
// that blocks changed since are searched for as any span is (ok is false).
func (d *Document) blockWords(all []Word, s Span) (i, j int, ok bool) {
	c := &d.tok
	c.blocksOnce.Do(func() {
		if len(all) < math.MaxInt32 {
			c.blockWords = make([]atomic.Uint64, len(d.Blocks))
		}
	})
	bs := d.Blocks
	if len(c.blockWords) != len(bs) || len(bs) == 0 {
		return 0, 0, false
	}
	// the first block that starts at s.Start or later
	lo, hi := 0, len(bs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if bs[m].Start >= s.Start {
			hi = m
		} else {
			lo = m + 1
		}
	}
	for k := lo; k < len(bs) && bs[k].Start == s.Start; k++ {
		if bs[k].End != s.End {
			continue // an empty block before the one asked for
		}
		v := c.blockWords[k].Load()
		if v == 0 {
			i = firstEndingAfter(all, s.Start)
			j = i + firstStartingAt(all[i:], s.End)
			c.blockWords[k].Store(uint64(i+1)<<32 | uint64(j))
			return i, j, true
		}
		i, j = int(v>>32)-1, int(uint32(v))
		// the range is the searches' answer: i is the first word that
		// ends after s.Start, j the first from i that starts at s.End or
		// later
		ok = i <= j && j <= len(all) &&
			(i == len(all) || int(all[i].End) > s.Start) && (i == 0 || int(all[i-1].End) <= s.Start) &&
			(j == len(all) || int(all[j].Start) >= s.End) && (j == i || int(all[j-1].Start) < s.End)
		return i, j, ok
	}
	return 0, 0, false
}

// firstEndingAfter is the index of the first of ws (in text order) that
// ends after off, len(ws) when none does: sort.Search without a closure
// call a step, for the lookup every rule makes a block.
func firstEndingAfter(ws []Word, off int) int {
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ws[m].End) > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// WordIndex returns the index in Words of the first word that starts at
// off or later, len(Words()) when none does: where the words of a span
// that starts at off begin. The search starts where the words' average
// density puts off and widens from there, then halves what is left: the
// first word of a block is found in a few probes near it, not by halving
// all the words of a large file.
func (d *Document) WordIndex(off int) int {
	ws := d.Words()
	lo, hi := 0, len(ws)
	if n := len(ws); n > 0 && ws[n-1].End > 0 {
		g := int(int64(off) * int64(n) / int64(ws[n-1].End))
		g = max(0, min(g, n-1))
		step := 8
		if int(ws[g].Start) >= off {
			hi = g
			for lo < hi {
				p := max(0, hi-step)
				if int(ws[p].Start) < off {
					lo = p + 1
					break
				}
				hi, step = p, step*2
			}
		} else {
			lo = g + 1
			for lo < hi {
				p := min(hi-1, lo+step)
				if int(ws[p].Start) >= off {
					hi = p
					break
				}
				lo, step = p+1, step*2
			}
		}
	}
	return lo + firstStartingAt(ws[lo:hi], off)
}

// firstStartingAt is the index of the first of ws that starts at off or
// later, len(ws) when none does: the one search of words by offset
// (WordsIn, WordIndex), written out without a closure call a step and
// small enough to be inlined.
func firstStartingAt(ws []Word, off int) int {
	lo, hi := 0, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ws[m].Start) >= off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// The word caches of released documents are recycled like their bytes
// (lint/internal/bufpool), in the same size classes counted in words: a cache is about
// three times the size of its text, and a fresh one cost the run its
// zeroing and its share of the collector's work (on the 10 MB bench corpus
// with all rules, 50 of the 140 MB allocated a pass).
var wordPools [bufpool.Classes]sync.Pool

// getWords returns an empty slice with room for n words at least.
func getWords(n int) []Word {
	size, pool := bufpool.Class(n)
	if pool < 0 {
		return make([]Word, 0, n)
	}
	if w, ok := wordPools[pool].Get().(*[]Word); ok {
		return (*w)[:0]
	}
	return make([]Word, 0, size)
}

// putWords offers w, from getWords, for reuse: only when it kept the
// capacity of its class (appending past it moved the words elsewhere).
func putWords(w []Word) {
	size, pool := bufpool.Class(cap(w))
	if pool < 0 || size != cap(w) {
		return
	}
	w = w[:0]
	wordPools[pool].Put(&w)
}
