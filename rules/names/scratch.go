package names

import (
	"slices"
	"sync"

	"github.com/translint/translint/lint/layer"
)

// scratch is the working memory of one Check, handed on to the next: a run
// checks thousands of documents, most with a few dozen spellings each, and
// fresh slices and maps for each cost more than the comparisons.
type scratch struct {
	sps    []spelling
	index  map[string]int // spelling as written, and in NFC → its index in sps
	ns     []layer.Name
	occ    []occurrence // places in document order
	of     []int32      // of[k] is the spelling of occ[k]
	counts []int32      // places per spelling
	at     []occurrence // the places grouped by spelling: spelling.at points in

	// similar's key variants and the table they meet in
	es    []entry
	hs    []uint64
	slots []int32
	next  []int32
}

// maxKeptIndex is the most spellings whose map a scratch keeps for the next
// document: clearing a map costs its capacity, and a large file's would
// make every small document after it pay for it.
const maxKeptIndex = 1 << 12

var scratchPool = sync.Pool{New: func() any { return &scratch{index: map[string]int{}} }}

// release empties s of what it holds of a document (the spellings' strings)
// and hands it on.
func (s *scratch) release() {
	clear(s.sps)
	if len(s.index) > maxKeptIndex {
		s.index = map[string]int{}
	} else {
		clear(s.index)
	}
	scratchPool.Put(s)
}

// reuse returns buf cut or grown to n zero values.
func reuse[T any](buf []T, n int) []T {
	buf = slices.Grow(buf[:0], n)[:n]
	clear(buf)
	return buf
}

// buckets chains the entries es by hash in an open-addressing table of at
// least twice as many slots as entries, each chain in order of entry
// (next[x] is the entry after x with its hash, -1 at the end), and returns
// the first entry of each chain of two entries or more. Nearly every hash
// is a spelling's own: the table finds the few shared ones without sorting
// every entry.
func (s *scratch) buckets(es []entry) []int32 {
	size := 2
	for size < 2*len(es) {
		size <<= 1
	}
	mask := uint64(size - 1)
	slots := reuse(s.slots, size) // 1 + the first entry of a hash, 0 when free
	next := reuse(s.next, len(es))
	s.slots, s.next = slots, next
	// from the last entry to the first, each put before those of its hash
	for x := len(es) - 1; x >= 0; x-- {
		h := es[x].h
		k := h & mask
		for slots[k] != 0 && es[slots[k]-1].h != h {
			k = (k + 1) & mask
		}
		next[x] = slots[k] - 1
		slots[k] = int32(x) + 1
	}
	var heads []int32
	for _, v := range slots {
		if x := v - 1; x >= 0 && next[x] >= 0 {
			heads = append(heads, x)
		}
	}
	return heads
}
