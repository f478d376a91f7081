// Package corpus counts the lines and blocks that recur across the files
// of one run: the corpus a rule consults (lint.Corpus) to tell a site's
// chrome, repeated on every page, from an article's own prose.
//
// It is a package of its own because rules only read a corpus, through
// lint.Corpus and the keys of textkey.Of; building one is the engine's
// business (lint/engine reads every file once more to fill it). The keys
// live in lint/textkey, since rules compute them too.
package corpus

import (
	"bytes"
	"math"
	"math/bits"
	"slices"
	"sync"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/textkey"
)

// Builder counts, for every normalised line and block of the
// documents it observes, the number of documents that contain it.
//
// It keeps hashes, never text, and only as much as the counts need: a key
// seen in one document so far lives in a Bloom filter, and only keys seen in
// two or more documents get an exact counter. Most lines of a corpus are
// unique, so memory follows the number of distinct lines at a few bytes
// each: 2.2 million distinct keys (100,000 files of 25 lines) take 15 MiB,
// where an exact map of every key takes 72 MiB. The filter grows in layers,
// each twice the size of the last with half its false-positive rate, so it
// needs no size hint. A false positive makes a first sighting count as a
// second one; the total rate stays near 2e-5, so a line seen in two files
// is taken for one seen in three about once in 50,000.
type Builder struct {
	mu     sync.RWMutex
	seen   bloomLayers
	counts map[uint64]int32
	docs   int
	// copies holds the fingerprint of each distinct document: a copy of
	// a document (the same article in two folders) adds nothing to the
	// counts, for an article is never boilerplate of its own copy.
	copies map[uint64]struct{}
}

// NewBuilder returns an empty corpus.
func NewBuilder() *Builder {
	return &Builder{counts: map[uint64]int32{}, copies: map[uint64]struct{}{}}
}

// Keys are the keys a document contributes: each non-empty line and
// each block of its masked text, each counted once.
func Keys(doc *lint.Document) []uint64 {
	keys, _ := AppendKeys(doc, nil)
	return keys
}

// AppendKeys appends Keys(doc), sorted, to set, and returns the keys
// of each line and block too.
func AppendKeys(doc *lint.Document, set []uint64) ([]uint64, textkey.Doc) {
	nl := doc.LineCount()
	all := make([]uint64, nl+len(doc.Blocks))
	dk := textkey.Doc{Lines: all[:nl:nl], Blocks: all[nl:]}
	for n := 1; n <= nl; n++ {
		s := doc.LineSpan(n)
		if k := textkey.Of(doc.Text[s.Start:s.End]); k != emptyKey {
			set = append(set, k)
			dk.Lines[n-1] = k
		}
	}
	for i, b := range doc.Blocks {
		if wholeLine(doc.Text, b.Span) {
			continue // same key as its line
		}
		if k := textkey.Of(doc.Text[b.Start:b.End]); k != emptyKey {
			set = append(set, k)
			dk.Blocks[i] = k
		}
	}
	slices.Sort(set)
	return slices.Compact(set), dk
}

// wholeLine reports whether span is a single line of text with nothing but
// white space (or masked markup) around it on its line.
func wholeLine(text []byte, s lint.Span) bool {
	for i := s.Start - 1; i >= 0 && text[i] != '\n'; i-- {
		if text[i] != ' ' && text[i] != '\t' && text[i] != '\r' {
			return false
		}
	}
	for i := s.End; i < len(text) && text[i] != '\n'; i++ {
		if text[i] != ' ' && text[i] != '\t' && text[i] != '\r' {
			return false
		}
	}
	return bytes.IndexByte(text[s.Start:s.End], '\n') < 0
}

// Observe adds one document. Safe for concurrent use.
func (c *Builder) Observe(doc *lint.Document) {
	c.ObserveKeys(Keys(doc))
}

// ObserveKeys counts one document's distinct keys, sorted, unless the run
// already holds a document with the same keys: a copy counts as a document
// of the run but adds no sighting of its lines.
func (c *Builder) ObserveKeys(keys []uint64) {
	fp := fingerprintKeys(keys)
	c.mu.Lock()
	defer c.mu.Unlock()
	c.docs++
	if _, dup := c.copies[fp]; dup {
		return
	}
	c.copies[fp] = struct{}{}
	for _, k := range keys {
		if n, ok := c.counts[k]; ok {
			if n < math.MaxInt32 {
				c.counts[k] = n + 1
			}
			continue
		}
		if c.seen.has(k) {
			c.counts[k] = 2
			continue
		}
		c.seen.add(k)
	}
}

// emptyKey is the key of a text without a word: a line or block with this
// key contributes nothing.
const emptyKey = textkey.Empty

// fingerprintKeys combines a sorted key set into one number: two documents
// with the same lines and blocks have the same fingerprint. It is not a
// second text hash: its input is keys already hashed (textkey.Of), which
// mix spreads as the Bloom filter's probes do; it starts from Empty as any
// constant would do.
func fingerprintKeys(keys []uint64) uint64 {
	h := textkey.Empty
	for _, k := range keys {
		h = mix(h ^ k)
	}
	return h
}

// Files implements Corpus.
func (c *Builder) Files(key uint64) int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	if n, ok := c.counts[key]; ok {
		return int(n)
	}
	if c.seen.has(key) {
		return 1
	}
	return 0
}

// Docs implements Corpus.
func (c *Builder) Docs() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.docs
}

// bloomLayers is a scalable Bloom filter over 64-bit hashes.
type bloomLayers struct {
	layers []*bloom
}

const (
	bloomFirstCap = 1 << 16
	bloomFirstFP  = 1e-5 // halved at every layer: the total stays under 2e-5
)

func (l *bloomLayers) has(k uint64) bool {
	for _, b := range l.layers {
		if b.has(k) {
			return true
		}
	}
	return false
}

func (l *bloomLayers) add(k uint64) {
	n := len(l.layers)
	if n == 0 || l.layers[n-1].n >= l.layers[n-1].cap {
		capacity, fp := bloomFirstCap, bloomFirstFP
		if n > 0 {
			capacity, fp = l.layers[n-1].cap*2, l.layers[n-1].fp/2
		}
		l.layers = append(l.layers, newBloom(capacity, fp))
	}
	l.layers[len(l.layers)-1].add(k)
}

// Bytes is the memory held by the filter's bit arrays.
func (l *bloomLayers) Bytes() int {
	n := 0
	for _, b := range l.layers {
		n += 8 * len(b.bits)
	}
	return n
}

type bloom struct {
	bits   []uint64
	nbits  uint64
	k      int
	n, cap int
	fp     float64
}

func newBloom(capacity int, fp float64) *bloom {
	m := uint64(math.Ceil(-float64(capacity) * math.Log(fp) / (math.Ln2 * math.Ln2)))
	m = (m + 63) / 64 * 64
	k := int(math.Round(float64(m) / float64(capacity) * math.Ln2))
	k = max(1, min(k, 30))
	return &bloom{bits: make([]uint64, m/64), nbits: m, k: k, cap: capacity, fp: fp}
}

// mix is the splitmix64 finaliser; it spreads the keys (FNV hashes, see
// textkey) over both halves. It mixes keys, it hashes no text.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// probe returns the i-th bit a key sets: double hashing over the splitmix
// of the key, mapped onto [0, nbits) by multiplication, not modulo.
func (b *bloom) probe(h1, h2 uint64, i int) uint64 {
	bit, _ := bits.Mul64(h1+uint64(i)*h2, b.nbits)
	return bit
}

// hashes are the two hashes the probes of k combine.
func hashes(k uint64) (h1, h2 uint64) {
	h1 = mix(k)
	return h1, mix(h1^0x9e3779b97f4a7c15) | 1
}

func (b *bloom) has(k uint64) bool {
	h1, h2 := hashes(k)
	for i := 0; i < b.k; i++ {
		if bit := b.probe(h1, h2, i); b.bits[bit>>6]&(1<<(bit&63)) == 0 {
			return false
		}
	}
	return true
}

func (b *bloom) add(k uint64) {
	h1, h2 := hashes(k)
	for i := 0; i < b.k; i++ {
		bit := b.probe(h1, h2, i)
		b.bits[bit>>6] |= 1 << (bit & 63)
	}
	b.n++
}
