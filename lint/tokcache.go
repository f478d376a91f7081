package lint

import "sync"

// tokenCache holds tokenisations of a document's Text computed once, on
// first use, and shared by every rule. It is filled under a sync.Once, so a
// document can be checked by rules running on different goroutines.
type tokenCache struct {
	wordsOnce sync.Once
	words     []Word

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
		d.tok.words = appendWords(make([]Word, 0, len(d.Text)/5+8), d.Text, Span{0, len(d.Text)})
	})
	return d.tok.words
}

// WordsIn returns the words of Text in span s, the same as Words(d.Text, s),
// as a sub-slice of the document's cached words when s does not cut one of
// them (block spans never do). The slice is shared: callers must not modify
// its elements (appending copies it).
func (d *Document) WordsIn(s Span) []Word {
	all := d.Words()
	i := firstEndingAfter(all, s.Start)
	j := i + firstStartingAt(all[i:], s.End)
	if i < j && (int(all[i].Start) < s.Start || int(all[j-1].End) > s.End) {
		// s cuts a word of the whole text: its own tokenisation differs.
		return Words(d.Text, s)
	}
	return all[i:j:j]
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

// firstStartingAt is the index of the first of ws that starts at off or
// later, len(ws) when none does.
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
