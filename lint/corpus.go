package lint

import "sync"

// CorpusBuilder counts, for every normalised line and block of the
// documents it observes, the number of documents that contain it.
type CorpusBuilder struct {
	mu    sync.Mutex
	files map[uint64]int32
	docs  int
}

// NewCorpusBuilder returns an empty corpus.
func NewCorpusBuilder() *CorpusBuilder {
	return &CorpusBuilder{files: map[uint64]int32{}}
}

// CorpusKeys are the keys a document contributes: each non-empty line and
// each block of its masked text, each counted once.
func CorpusKeys(doc *Document) []uint64 {
	seen := map[uint64]bool{}
	var keys []uint64
	add := func(s string) {
		k := LineKey(s)
		if !seen[k] && Normalize(s) != "" {
			seen[k] = true
			keys = append(keys, k)
		}
	}
	for n := 1; n <= doc.LineCount(); n++ {
		add(doc.TextOf(doc.LineSpan(n)))
	}
	for _, b := range doc.Blocks {
		add(doc.TextOf(b.Span))
	}
	return keys
}

// Observe adds one document. Safe for concurrent use.
func (c *CorpusBuilder) Observe(doc *Document) {
	keys := CorpusKeys(doc)
	c.mu.Lock()
	for _, k := range keys {
		c.files[k]++
	}
	c.docs++
	c.mu.Unlock()
}

// Files implements Corpus.
func (c *CorpusBuilder) Files(key uint64) int { return int(c.files[key]) }

// Docs implements Corpus.
func (c *CorpusBuilder) Docs() int { return c.docs }
