package names

import (
	"bytes"
	"slices"
	"sync"

	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/textkey"
	"github.com/translint/translint/lint/translit"
)

// scratch is the working memory of one Check, handed on to the next: a run
// checks thousands of documents, most with a few dozen spellings each, and
// fresh slices and maps for each cost more than the comparisons.
type scratch struct {
	sps    []spelling
	ns     []layer.Name
	occ    []occurrence // places in document order
	of     []int32      // of[k] is the spelling of occ[k]
	counts []int32      // places per spelling
	at     []occurrence // the places grouped by spelling: spelling.at points in

	// the spellings' bytes until collect makes one string of them: each
	// spelling's form, fold and key (spelt[parts[i].form:parts[i].end]),
	// and a form as written beside its NFC one
	spelt []byte
	parts []spellingParts
	// the forms in spelt, found by their bytes in an open-addressing
	// table (1 + an index into forms, 0 when free)
	forms     []formEntry
	formSlots []int32

	// similar's key variants and the table they meet in
	es    []entry
	hs    []uint64
	slots []int32
	next  []int32
}

// spellingParts are the offsets in scratch.spelt of a spelling's form,
// fold and key, and of its end.
type spellingParts struct{ form, folded, key, end int32 }

// formEntry is a form as written, spelt[off:end], of spelling i, with its
// hash (textkey.Hash).
type formEntry struct {
	h        uint64
	off, end int32
	i        int32
}

// minFormSlots is the size of the form table for a new document, which
// grows it when it is half full: most documents have a few dozen
// spellings.
const minFormSlots = 64

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release empties s of what it holds of a document (the spellings' strings)
// and hands it on.
func (s *scratch) release() {
	clear(s.sps)
	scratchPool.Put(s)
}

// resetForms empties the spellings' bytes and the form table for a new
// document.
func (s *scratch) resetForms() {
	s.spelt, s.parts, s.forms = s.spelt[:0], s.parts[:0], s.forms[:0]
	s.formSlots = reuse(s.formSlots, minFormSlots)
}

// findForm returns the spelling of a form as written, if it has been
// added (addForm, spell).
func (s *scratch) findForm(form []byte) (int, bool) {
	h := textkey.Hash(form)
	mask := len(s.formSlots) - 1
	for k := int(h) & mask; s.formSlots[k] != 0; k = (k + 1) & mask {
		if e := s.forms[s.formSlots[k]-1]; e.h == h && bytes.Equal(s.spelt[e.off:e.end], form) {
			return int(e.i), true
		}
	}
	return 0, false
}

// addForm adds a form as written, not yet in the table, of spelling i.
func (s *scratch) addForm(form []byte, i int) {
	off := len(s.spelt)
	s.spelt = append(s.spelt, form...)
	s.forms = append(s.forms, formEntry{h: textkey.Hash(form), off: int32(off), end: int32(len(s.spelt)), i: int32(i)})
	if 2*len(s.forms) > len(s.formSlots) { // half full: twice the slots, every form placed anew
		s.formSlots = reuse(s.formSlots, 2*len(s.formSlots))
		for x := range s.forms {
			s.placeForm(x)
		}
		return
	}
	s.placeForm(len(s.forms) - 1)
}

// placeForm puts entry x of forms in the first free slot from its hash.
func (s *scratch) placeForm(x int) {
	mask := len(s.formSlots) - 1
	k := int(s.forms[x].h) & mask
	for s.formSlots[k] != 0 {
		k = (k + 1) & mask
	}
	s.formSlots[k] = int32(x) + 1
}

// spell adds a new spelling, index i, of form: its form, fold
// (translit.Fold) and key (translit.VariantKey) are written in spelt, and
// made strings of by spellingStrings. It returns the marks of the fold.
func (s *scratch) spell(form []byte, i int) (marks int) {
	off := len(s.spelt)
	s.addForm(form, i)
	b, marks := translit.AppendFold(s.spelt, form)
	folded := len(b)
	b = translit.AppendVariantKey(b, b[off+len(form):folded])
	s.spelt = b
	s.parts = append(s.parts, spellingParts{int32(off), int32(off + len(form)), int32(folded), int32(len(b))})
	return marks
}

// spellingStrings sets the form, fold and key of each of sps, spelt by
// spell, as parts of one string.
func (s *scratch) spellingStrings(sps []spelling) {
	all := string(s.spelt)
	for i, p := range s.parts {
		sps[i].form, sps[i].folded, sps[i].key = all[p.form:p.folded], all[p.folded:p.key], all[p.key:p.end]
	}
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
