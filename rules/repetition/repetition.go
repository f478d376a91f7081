// Package repetition holds the repetition rule: a phrase of several words
// written again and again back to back, the loop a machine translation
// system falls into when it hallucinates.
package repetition

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/textkey"
)

// Thresholds of the rule (documented in Doc).
const (
	// MaxUnitWords is the longest repeated unit looked for, in words.
	MaxUnitWords = 16
	// LoopCopies is how many copies of a unit of three words or more make a
	// loop.
	LoopCopies = 3
	// ShortUnitCopies is how many copies a unit of two words needs
	// ("more and more and more and more" is emphasis, not a loop).
	ShortUnitCopies = 5
	// PairUnitWords is the length from which a unit written only twice back
	// to back is flagged.
	PairUnitWords = 5
	// TailWords is how many words of a third, broken-off copy make a pair of
	// copies a loop ("X Y Z, X Y Z, X Y …").
	TailWords = 2
	// QuotedCopies is how many copies a unit inside quotation marks needs:
	// chants and choruses are quoted.
	QuotedCopies = 5
)

// Rule flags a phrase repeated back to back.
type Rule struct{}

// New returns the rule.
func New() Rule { return Rule{} }

func (Rule) ID() string                     { return "repetition" }
func (Rule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (Rule) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Phrase repeated back to back in a loop",
		Text: fmt.Sprintf(`Flags a phrase of several words written again and again back to back in one
block ("the growth of the regional economy, the growth of the regional economy, the growth of
the regional economy"): a machine translation system that hallucinates falls into such loops.
A phrase of three words or more is flagged at %d copies, a phrase of two words at %d copies,
and a phrase of %d words or more already at two copies, or at two copies followed by the first
%d words of a third that breaks off. Case and punctuation between the words do not matter;
the unit is looked for up to %d words long.
Left alone: single doubled words (doubled-word handles them), units of numbers only, verse
and lyrics laid out one copy a line, and quoted chants or choruses (inside quotation marks a
unit needs %d copies). Nothing is fixed: which copy to keep is an editor's call.`,
			LoopCopies, ShortUnitCopies, PairUnitWords, TailWords, MaxUnitWords, QuotedCopies),
		Bad:  "Exports rose on the strength of the harbour trade, the harbour trade, the harbour trade, the harbour trade.",
		Good: "Exports rose on the strength of the harbour trade.",
	}
}

// run is a stretch of words whose key repeats at distance p: words
// [start, start+p+l) of a block, l the number of matching positions.
type run struct {
	start, p, l int
}

func (r run) end() int { return r.start + r.p + r.l }

// wordKey is the key of the word text[w], equal for two words exactly when
// their textkey.Of is: a word of at most eight ASCII letters and digits
// (most words) is the layer's key of its lower-case form (layer.KeyOf),
// without hashing (no byte is zero, so words of other lengths differ, and
// bit 63 is clear); any other word is textkey.Of's hash with bit 63 set, so the
// kinds never meet. A short ASCII word is tested for the inner apostrophe
// and hyphen on its key, eight bytes at once (layer.HasByte): it is loaded once.
func wordKey(text []byte, w lint.Span) uint64 {
	if w.Len() <= 8 {
		if k, ascii := layer.KeyOf(text, w); ascii && !layer.HasByte(k, '\'') && !layer.HasByte(k, '-') {
			return k
		}
	}
	return textkey.Of(text[w.Start:w.End]) | 1<<63
}

// Check implements lint.Rule.
func (Rule) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	sc := scratchPool.Get().(*scratch)
	keys, taken := sc.keys, sc.taken
	defer func() {
		if cap(keys) <= maxKeptKeys {
			sc.keys, sc.taken = keys[:0], taken[:0]
			scratchPool.Put(sc)
		}
	}()
	blocks := doc.Blocks
	if len(blocks) == 0 { // a reader found no blocks: the whole text is one
		blocks = []lint.Block{{Span: lint.Span{Start: 0, End: len(doc.Text)}}}
	}
	for _, b := range blocks {
		sp := b.Span
		ws := doc.WordsIn(sp)
		if len(ws) < 4 {
			continue
		}
		keys = keys[:0]
		for _, w := range ws {
			keys = append(keys, wordKey(doc.Text, w.Span()))
		}
		runs := loops(keys)
		if len(runs) == 0 {
			continue // most blocks
		}
		// the shortest unit wins where loops overlap: a loop of p words
		// is also one of 2p. Runs of one length are disjoint but for p
		// words, so marking the words taken stays linear.
		taken = slices.Grow(taken[:0], len(ws))[:len(ws)]
		clear(taken)
		for _, r := range runs { // in order of p
			f, ok := judge(doc, sp, ws, keys, r)
			if !ok || anyTaken(taken[r.start:r.end()]) {
				continue
			}
			for i := r.start; i < r.end(); i++ {
				taken[i] = true
			}
			out = append(out, f)
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// scratch is the working memory of one Check, handed on to the next: a
// run checks thousands of documents, and a block's keys grown afresh for
// each cost more than the scan for loops.
type scratch struct {
	keys  []uint64
	taken []bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxKeptKeys bounds the keys a scratch keeps for the next document: a
// large file's one long block is not held on to.
const maxKeptKeys = 1 << 16

// loops finds, for every unit length p from 2 to MaxUnitWords, the
// stretches where each word equals the word p places on and that hold at
// least two copies. Such a stretch covers p positions or more, so one of
// them is a multiple of p: only those are compared, and a match is widened
// both ways. Runs of one length never overlap, so the scan is linear.
func loops(keys []uint64) []run {
	var cands []run
	n := len(keys)
	for p := 2; p <= MaxUnitWords && 2*p <= n; p++ {
		next := 0 // positions before next belong to a stretch already widened
		for j := 0; j+p < n; j += p {
			if j < next || keys[j] != keys[j+p] {
				continue
			}
			s, e := j, j+1
			for s > next && keys[s-1] == keys[s-1+p] {
				s--
			}
			for e+p < n && keys[e] == keys[e+p] {
				e++
			}
			if e-s >= p {
				cands = append(cands, run{start: s, p: p, l: e - s})
			}
			next = e
		}
	}
	return cands
}

func anyTaken(t []bool) bool {
	for _, b := range t {
		if b {
			return true
		}
	}
	return false
}

// judge decides whether a run is a loop to report, and builds the finding.
func judge(doc *lint.Document, block lint.Span, ws []lint.Word, keys []uint64, r run) (lint.Finding, bool) {
	unit := keys[r.start : r.start+r.p]
	copies := 1 + r.l/r.p
	tail := r.l % r.p
	if periodic(unit) || !hasLetters(doc, ws[r.start:r.start+r.p]) {
		return lint.Finding{}, false
	}
	need := LoopCopies
	switch {
	case r.p == 2:
		need = ShortUnitCopies
	case r.p >= PairUnitWords, tail >= TailWords:
		need = 2
	}
	first := ws[r.start]
	last := ws[r.start+copies*r.p-1]
	if tail >= TailWords && need == 2 && copies == 2 {
		last = ws[r.start+copies*r.p+tail-1]
	}
	if copies < need || copies < QuotedCopies && quoted(doc.Text, block, int(first.Start), int(last.End)) ||
		versed(doc.Text, ws, r, copies) || markupBetween(doc, int(first.Start), int(last.End)) {
		return lint.Finding{}, false
	}
	u := ws[r.start : r.start+r.p]
	phrase := strings.Join(strings.Fields(string(doc.Text[u[0].Start:u[len(u)-1].End])), " ")
	msg := fmt.Sprintf("the phrase %q is written %d times in a row", phrase, copies)
	switch {
	case copies == 2 && tail >= TailWords:
		msg = fmt.Sprintf("the phrase %q is written twice in a row and begun a third time", phrase)
	case copies == 2:
		msg = fmt.Sprintf("the phrase %q is written twice in a row", phrase)
	}
	return lint.Finding{
		Span:       lint.Span{Start: int(first.Start), End: int(last.End)},
		Message:    msg,
		Suggestion: "keep one copy of the phrase, or check the source for what was lost",
	}, true
}

// periodic: the unit is itself a repetition of a shorter one ("a b a b").
func periodic(unit []uint64) bool {
	p := len(unit)
	for d := 1; d < p; d++ {
		if p%d != 0 {
			continue
		}
		ok := true
		for i := d; i < p; i++ {
			if unit[i] != unit[i-d] {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// hasLetters: at least two words of the unit hold a letter (a unit of
// numbers is a table or a score, not a loop).
func hasLetters(doc *lint.Document, u []lint.Word) bool {
	n := 0
	for _, w := range u {
		for _, c := range string(doc.Text[w.Start:w.End]) {
			if !('0' <= c && c <= '9') {
				n++
				break
			}
		}
	}
	return n >= 2
}

// versed: every copy after the first starts a line (verse, lyrics, a list
// laid out one item a line).
func versed(text []byte, ws []lint.Word, r run, copies int) bool {
	for c := 1; c < copies; c++ {
		prev := int(ws[r.start+c*r.p-1].End)
		next := int(ws[r.start+c*r.p].Start)
		if !strings.Contains(string(text[prev:next]), "\n") {
			return false
		}
	}
	return true
}

// markupBetween: markup was masked somewhere inside the span (a link, a
// tag, code): the words are not one run of prose.
func markupBetween(doc *lint.Document, s, e int) bool {
	for i := s; i < e; i++ {
		if doc.Text[i] != doc.Src[i] && doc.Text[i] == ' ' {
			return true
		}
	}
	return false
}

// quoteWindow bounds, in bytes, how far before and after a loop quotation
// marks are looked for, so that a block of many candidates stays linear.
const quoteWindow = 300

// quoted: the span lies inside quotation marks of its block: the nearest
// quotation mark before it, within quoteWindow, opens a quote and one
// follows it.
func quoted(text []byte, block lint.Span, s, e int) bool {
	before := string(text[max(block.Start, s-quoteWindow):s])
	i := strings.LastIndexAny(before, "\"“”«»„‘")
	if i < 0 {
		return false
	}
	open := false
	switch c := before[i:]; {
	case strings.HasPrefix(c, "“"), strings.HasPrefix(c, "«"), strings.HasPrefix(c, "„"), strings.HasPrefix(c, "‘"):
		open = true
	case strings.HasPrefix(c, "\""):
		open = strings.Count(before, "\"")%2 == 1
	}
	return open && strings.ContainsAny(string(text[e:min(block.End, e+quoteWindow)]), "\"“”«»’")
}
