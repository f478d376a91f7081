package lint

import (
	"sort"
	"sync"
)

// tokenCache holds tokenisations of a document's Text computed once, on
// first use, and shared by every rule. It is filled under a sync.Once, so a
// document can be checked by rules running on different goroutines.
type tokenCache struct {
	wordsOnce sync.Once
	words     []Word
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
	i := sort.Search(len(all), func(k int) bool { return all[k].End > s.Start })
	j := i + sort.Search(len(all)-i, func(k int) bool { return all[i+k].Start >= s.End })
	if i < j && (all[i].Start < s.Start || all[j-1].End > s.End) {
		// s cuts a word of the whole text: its own tokenisation differs.
		return Words(d.Text, s)
	}
	return all[i:j:j]
}
