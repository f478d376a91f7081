package lint

import (
	"bytes"
	"math"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"
)

// CorpusBuilder counts, for every normalised line and block of the
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
type CorpusBuilder struct {
	mu     sync.RWMutex
	seen   bloomLayers
	counts map[uint64]int32
	docs   int
	// copies holds the fingerprint of each distinct document: a copy of
	// a document (the same article in two folders) adds nothing to the
	// counts, for an article is never boilerplate of its own copy.
	copies map[uint64]struct{}

	// parsed documents kept for the check pass, within keepBytes of source
	keepMu    sync.Mutex
	kept      map[string]keptDoc
	keptBytes int
	keepOff   bool // the run is too large: nothing is kept
}

// keptDoc is a document parsed by the corpus pass and the linter that
// parsed it, with the keys of its lines and blocks when the linter uses the
// corpus.
type keptDoc struct {
	l    *Linter
	doc  *Document
	keys DocKeys
}

// corpusKeepBytes is the largest run, in bytes of source, whose parsed
// documents the corpus pass keeps for the check pass, so that it parses each
// file once. A larger run drops what it kept as soon as it passes the bound
// and parses every file twice, so its memory does not grow with its size.
//
// A kept document holds about 2.4 times its source, and the keys of its
// lines. Measured on the 10 MB benchmark corpus: with boilerplate alone,
// keeping raises the peak RSS from 31 to 53–56 MiB and saves 0.06–0.1
// CPU-s, 12–20% of the run (the second parse, and the rule hashing lines
// again); with all rules (the default run) it saves about 0.1 CPU-s, 9% of
// the run, for about 15 MiB more RSS (84 MiB against 69). Both win: 12 MiB.
const corpusKeepBytes = 12 << 20

// keep offers a document the corpus pass parsed, and its keys, to the check
// pass. A document that is not kept, or no longer, is released.
func (c *CorpusBuilder) keep(l *Linter, doc *Document, keys DocKeys) {
	c.keepMu.Lock()
	defer c.keepMu.Unlock()
	if c.keepOff {
		doc.release()
		return
	}
	if c.keptBytes+len(doc.Src) > corpusKeepBytes {
		for _, k := range c.kept {
			k.doc.release()
		}
		doc.release()
		c.kept, c.keepOff = nil, true
		return
	}
	if c.kept == nil {
		c.kept = map[string]keptDoc{}
	}
	if !l.needsCorpus() {
		keys = DocKeys{} // no rule of this document will ask for them
	}
	if _, dup := c.kept[doc.Path]; dup {
		doc.release()
		return
	}
	c.kept[doc.Path] = keptDoc{l, doc, keys}
	c.keptBytes += len(doc.Src)
}

// takeParsed returns, once, the document the corpus pass parsed from src
// with the same linter, or nil. A source given as bytes (a text being
// fixed) must have the same bytes; a file is the one the corpus pass read.
// The keys the corpus pass computed go with the document (KeptKeys).
func takeParsed(corpus Corpus, l *Linter, src Source) *Document {
	c, ok := corpus.(*CorpusBuilder)
	if !ok {
		return nil
	}
	c.keepMu.Lock()
	defer c.keepMu.Unlock()
	k, ok := c.kept[src.Path]
	if !ok || k.l != l || src.Data != nil && !bytes.Equal(k.doc.Src, src.Data) {
		return nil
	}
	delete(c.kept, src.Path)
	if k.keys.Lines != nil {
		k.doc.keptKeys = &k.keys
	}
	return k.doc
}

// DocKeys are the keys the corpus pass computed for one document's text:
// Lines[n-1] is line n's (see LineSpan), Blocks[i] is block i's when the
// block spans several lines; 0 where it computed none.
type DocKeys struct {
	Lines, Blocks []uint64
}

// KeptKeys returns the keys the corpus pass computed for the document when
// the check pass reuses the document that pass parsed: a rule that looks
// lines up in the corpus need not hash them again.
func (d *Document) KeptKeys() (DocKeys, bool) {
	if d.keptKeys == nil {
		return DocKeys{}, false
	}
	return *d.keptKeys, true
}

// NewCorpusBuilder returns an empty corpus.
func NewCorpusBuilder() *CorpusBuilder {
	return &CorpusBuilder{counts: map[uint64]int32{}, copies: map[uint64]struct{}{}}
}

// CorpusKeys are the keys a document contributes: each non-empty line and
// each block of its masked text, each counted once.
func CorpusKeys(doc *Document) []uint64 {
	keys, _ := corpusKeys(doc, nil)
	return keys
}

// corpusKeys appends CorpusKeys(doc), sorted, to set, and returns the keys
// of each line and block too.
func corpusKeys(doc *Document, set []uint64) ([]uint64, DocKeys) {
	nl := doc.LineCount()
	all := make([]uint64, nl+len(doc.Blocks))
	dk := DocKeys{Lines: all[:nl:nl], Blocks: all[nl:]}
	for n := 1; n <= nl; n++ {
		s := doc.LineSpan(n)
		if k, ok := keyOf(doc.Text[s.Start:s.End]); ok {
			set = append(set, k)
			dk.Lines[n-1] = k
		}
	}
	for i, b := range doc.Blocks {
		if wholeLine(doc.Text, b.Span) {
			continue // same key as its line
		}
		if k, ok := keyOf(doc.Text[b.Start:b.End]); ok {
			set = append(set, k)
			dk.Blocks[i] = k
		}
	}
	slices.Sort(set)
	return slices.Compact(set), dk
}

// keyBufs hold the key sets of the corpus pass while they are counted.
var keyBufs = sync.Pool{New: func() any { return new([]uint64) }}

// wholeLine reports whether span is a single line of text with nothing but
// white space (or masked markup) around it on its line.
func wholeLine(text []byte, s Span) bool {
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
func (c *CorpusBuilder) Observe(doc *Document) {
	c.observeKeys(CorpusKeys(doc))
}

// observeKeys counts one document's distinct keys, sorted, unless the run
// already holds a document with the same keys: a copy counts as a document
// of the run but adds no sighting of its lines.
func (c *CorpusBuilder) observeKeys(keys []uint64) {
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

// fingerprintKeys hashes a sorted key set: two documents with the same
// lines and blocks have the same fingerprint.
func fingerprintKeys(keys []uint64) uint64 {
	h := uint64(fnvOffset)
	for _, k := range keys {
		h = mix(h ^ k)
	}
	return h
}

// Files implements Corpus.
func (c *CorpusBuilder) Files(key uint64) int {
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
func (c *CorpusBuilder) Docs() int {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.docs
}

// KeyOf is LineKey of a byte slice: the FNV-1a hash of the normalised text,
// computed without building the normalised string.
func KeyOf(b []byte) uint64 {
	k, _ := keyOf(b)
	return k
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// keyFold is the folded form of each byte in a key: the lower-case letter
// or the digit, 0 for an ASCII separator, 0xff for a byte that starts or
// continues a multi-byte rune.
var keyFold = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c >= utf8.RuneSelf:
			t[c] = 0xff
		}
	}
	return t
}()

// keyOf hashes Normalize(b) and reports whether it is non-empty. Runs of
// ASCII letters and digits take a table lookup and a multiply a byte; a
// rune that lower-cases to itself is hashed from its own bytes.
func keyOf(b []byte) (uint64, bool) {
	h := uint64(fnvOffset)
	var buf [utf8.UTFMax]byte
	nonEmpty, space := false, false
	for i := 0; i < len(b); {
		f := keyFold[b[i]]
		if f == 0 {
			space = true
			i++
			continue
		}
		if f != 0xff {
			if space && nonEmpty {
				h = (h ^ ' ') * fnvPrime
			}
			space, nonEmpty = false, true
			h = (h ^ uint64(f)) * fnvPrime
			for i++; i < len(b); i++ {
				f = keyFold[b[i]]
				if f == 0 || f == 0xff {
					break
				}
				h = (h ^ uint64(f)) * fnvPrime
			}
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		enc := b[i : i+n]
		i += n
		if !IsWordRune(r) {
			space = true
			continue
		}
		if space && nonEmpty {
			h = (h ^ ' ') * fnvPrime
		}
		space, nonEmpty = false, true
		if lr := unicode.ToLower(r); lr != r {
			enc = utf8.AppendRune(buf[:0], lr)
		}
		for _, x := range enc {
			h = (h ^ uint64(x)) * fnvPrime
		}
	}
	return h, nonEmpty
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

// mix is the splitmix64 finaliser; it spreads FNV hashes over both halves.
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
