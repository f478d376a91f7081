package droppedname

import (
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// sentence is one sentence of a block with its word tokens.
type sentence struct {
	block lint.Block
	words []token
}

// minTitleWords and titleCapsPct: a sentence of at least minTitleWords
// words, more than titleCapsPct per cent of them capitalised, is in title
// case.
const (
	minTitleWords = 4
	titleCapsPct  = 60
)

// titleCase reports whether most words are capitalised, as in headlines
// where a capital letter does not mark a name.
func (s sentence) titleCase() bool {
	caps := 0
	for _, w := range s.words {
		if w.upper() {
			caps++
		}
	}
	return len(s.words) >= minTitleWords && caps*100 > len(s.words)*titleCapsPct
}

// sentencesOf groups the word tokens of a block (or of a stretch of one)
// by the sentences the language layer found in it, spans (layer.Split):
// a word goes with the sentence whose bytes hold it.
//
// The sentences are appended to out and their words to *buf, which they
// share: buffers reused between documents spare allocations per block.
func sentencesOf(b lint.Block, toks []token, spans []lint.Span, buf *[]token, out []sentence) []sentence {
	n := 0
	for k := range toks {
		if toks[k].word {
			n++
		}
	}
	if cap(*buf)-len(*buf) < n {
		// a new backing array: the sentences made before keep the old one
		*buf = make([]token, 0, max(2*cap(*buf), n, 1024))
	}
	ws := (*buf)[len(*buf):len(*buf)]
	k := 0
	for _, sp := range spans {
		for k < len(toks) && toks[k].Start < sp.Start {
			k++
		}
		for ; k < len(toks) && toks[k].End <= sp.End; k++ {
			if toks[k].word {
				ws = append(ws, toks[k])
			}
		}
		if len(ws) > 0 {
			out = append(out, sentence{block: b, words: ws[:len(ws):len(ws)]})
			ws = ws[len(ws):]
		}
	}
	*buf = (*buf)[:len(*buf)+n]
	return out
}

// blockSpans returns the spans of the layer's sentences of a block, in
// the scratch *into.
func blockSpans(doc *lint.Document, b lint.Span, into *[]lint.Span) []lint.Span {
	out := (*into)[:0]
	for _, s := range layer.Of(doc).SentencesIn(b) {
		out = append(out, s.Span())
	}
	*into = out
	return out
}

// recovery is a name found in another copy of a sentence.
type recovery struct {
	// at is the hole's byte offset in the sentence that lacks the name;
	// span is what a finding there underlines.
	at   int
	span lint.Span
	// message, for a finding of its own; context quotes the words before the hole.
	message    string
	suggestion string
	related    lint.Related
	// name is the name the other copy has, inserted at the hole by the
	// suggestion.
	name string
	// abridged is true when the sentence that lacks the name is in a
	// title, teaser, heading or metadata block.
	abridged bool
	// alone is true when the hole is reported without a pattern's hole
	// there (see nameAlone).
	alone bool
}

const (
	minCommon  = 6
	maxWords   = 120
	nearDupPct = 60
)

// aligner compares the sentences of the copy blocks with each other and
// with the sentences of the other blocks. Where two sentences are
// near-duplicates and one has a run of capitalised words the other lacks,
// it records a recovery at the sentence that lacks them (out).
//
// To stay fast it splits only copy blocks into sentences first, indexes
// their content words, and splits another block only when it shares enough
// of those words.
type aligner struct {
	doc    *lint.Document
	sc     *alignScratch
	copies []sentence
	// index: content word -> bit set of the copy sentences that have it;
	// filter is a cheap bit set over word shapes that rules most words out
	// before the map is asked.
	index  map[string]uint64
	filter [shapes / 64]uint64
	// need is the number of content words a sentence must share with each
	// copy; counts is scratch for the counting.
	need, counts []int
	out          []recovery
	// kept holds the tokens of the copy blocks split here, in block order,
	// for the scan to use rather than tokenize them again; next is the
	// first not yet taken (see tokensOf).
	kept []keptToks
	next int
	// mk notes the tokens other looks at (marker).
	mk marker
}

// keptToks are the tokens of block bi.
type keptToks struct {
	bi   int
	toks []token
}

// tokensOf returns the tokens of block bi kept by alignCopies, if any;
// blocks are asked for in order.
func (a *aligner) tokensOf(bi int) ([]token, bool) {
	for a.next < len(a.kept) && a.kept[a.next].bi < bi {
		a.next++
	}
	if a.next < len(a.kept) && a.kept[a.next].bi == bi {
		return a.kept[a.next].toks, true
	}
	return nil, false
}

// alignCopies splits the copy blocks (copies, by block index) into
// sentences, indexes them and compares them with each other; the other
// blocks are compared block by block with aligner.other. toks is scratch.
func alignCopies(doc *lint.Document, low *lowered, ct *classTab, copyBlock []bool) *aligner {
	sc := alignPool.Get().(*alignScratch)
	sc.words, sc.more, sc.toks = sc.words[:0], sc.more[:0], sc.toks[:0]
	a := &aligner{doc: doc, sc: sc, index: sc.index}
	copies := sc.copies[:0]
	kept := 0 // copy sentences of a length alignment takes
	for bi, b := range doc.Blocks {
		if !copyBlock[bi] || kept >= maxCopies {
			// past maxCopies sentences, later copies are not compared
			continue
		}
		start := len(sc.toks)
		sc.toks = tokenize(sc.toks, doc, low, b.Span, ct)
		bt := sc.toks[start:len(sc.toks):len(sc.toks)]
		a.kept = append(a.kept, keptToks{bi: bi, toks: bt})
		from := len(copies)
		copies = sentencesOf(b, bt, blockSpans(doc, b.Span, &sc.spans), &sc.words, copies)
		for _, s := range copies[from:] {
			if alignable(s) {
				kept++
			}
		}
	}
	copies = slices.DeleteFunc(copies, func(s sentence) bool { return !alignable(s) })
	sc.copies = copies[:0]
	if len(copies) > maxCopies {
		copies = copies[:maxCopies]
	}
	a.copies = copies
	if len(copies) == 0 {
		return a
	}
	index := a.index
	need := sc.zeroInts(2 * len(copies))
	a.counts = need[len(copies):]
	a.need = need[:len(copies)]
	need = a.need
	for i, s := range copies {
		for _, w := range s.words {
			if w.content && index[w.lower]&(1<<i) == 0 {
				index[w.lower] |= 1 << i
				h := w.shape
				a.filter[h>>6] |= 1 << (h & 63)
				need[i]++
			}
		}
		// a near-duplicate shares most content words
		need[i] = max(minContent, need[i]/2)
	}
	// copies against each other (the first has none before it)
	counts := a.counts
	for j := 1; j < len(copies); j++ {
		clear(counts)
		for _, w := range copies[j].words {
			if w.content {
				m := index[w.lower]
				for i := 0; i < j && m != 0; i++ {
					counts[i] += int(m & 1)
					m >>= 1
				}
			}
		}
		for i := 0; i < j; i++ {
			if counts[i] >= min(need[i], need[j]) && copies[i].block.Span != copies[j].block.Span {
				a.compare(copies[i], copies[j])
			}
		}
	}
	return a
}

// maxCopies is the number of copy sentences compared with the rest (one
// bit each in the index).
const maxCopies = 64

// alignable reports whether a sentence has a length alignment takes.
func alignable(s sentence) bool { return len(s.words) >= minCommon && len(s.words) <= maxWords }

// compare aligns two sentences and records the names one has and the other
// lacks when they are near-duplicates.
func (a *aligner) compare(x, y sentence) {
	var pairs [][2]int
	pairs, a.sc.dp = lcs(x.words, y.words, a.sc.dp)
	short := min(len(x.words), len(y.words))
	if len(pairs) < minCommon || len(pairs)*100 < short*nearDupPct {
		return
	}
	a.out = append(a.out, missingNames(a.doc, x, y, pairs)...)
	a.out = append(a.out, missingNames(a.doc, y, x, swap(pairs))...)
}

// marker returns the marker for the blocks other is given (tokenizeMarked),
// or nil when there are no copies to compare them with.
func (a *aligner) marker() *marker {
	if len(a.copies) == 0 {
		return nil
	}
	a.mk = marker{filter: &a.filter, at: a.sc.marks[:0]}
	return &a.mk
}

// other compares the sentences of a block that is no copy, with its
// tokens, with the copies. marked are the tokens a marker noted: the
// content words whose shape is in the filter, the only ones the index may
// hold, and the marks that may end a sentence; a sentence, or a stretch
// that may hold one, ends at such a mark followed by white space, and at
// the block's last token.
func (a *aligner) other(b lint.Block, toks []token, marked []int32) {
	if len(a.copies) == 0 || len(toks) == 0 {
		return
	}
	sc, counts := a.sc, a.counts
	clear(counts)
	var hit uint64
	from := 0
	for j := 0; j <= len(marked); j++ {
		var k int
		if j < len(marked) {
			k = int(marked[j])
		} else if k = len(toks) - 1; from > k {
			break // the last token ended a sentence already
		}
		t := &toks[k] // tokens are large: no copy per step
		if t.content && j < len(marked) {
			if m := a.index[t.lower]; m != 0 {
				hit |= m
				for i := 0; m != 0; i++ {
					counts[i] += int(m & 1)
					m >>= 1
				}
			}
		}
		if k+1 < len(toks) && !(t.endsSentence() && toks[k+1].gap > 0) {
			continue
		}
		// the end of a sentence, or of a stretch that may hold one
		if hit != 0 {
			var sents []sentence // split on the first copy that needs them
			split := false
			for i := range a.copies {
				if counts[i] >= a.need[i] {
					if !split {
						sc.more = sc.more[:0] // no sentence of an earlier stretch is kept
						stretch := lint.Span{Start: toks[from].Start, End: toks[k].End}
						sc.spans = layer.AppendSplit(sc.spans[:0], a.doc.Text, stretch)
						sents, split = sentencesOf(b, toks[from:k+1], sc.spans, &sc.more, sc.sents[:0]), true
						sc.sents = sents[:0]
					}
					for _, s := range sents {
						if alignable(s) {
							a.compare(a.copies[i], s)
						}
					}
				}
			}
			clear(counts) // counted only where a word hit
		}
		hit = 0
		from = k + 1
	}
}

// release returns the scratch buffers; the recoveries (out) stay.
func (a *aligner) release() {
	clear(a.sc.index)
	clear(a.sc.copies[:cap(a.sc.copies)])
	clear(a.sc.toks) // their texts point into the document's lower-cased copy
	if cap(a.mk.at) > cap(a.sc.marks) {
		a.sc.marks = a.mk.at[:0] // grown: kept for the next document
	}
	alignPool.Put(a.sc)
	a.sc, a.copies, a.index, a.kept = nil, nil, nil, nil
}

// alignScratch holds the buffers of an alignment, recycled between
// documents: sentence words, the index of content words and the lcs table.
// Nothing a recovery holds points into them.
type alignScratch struct {
	// words are the words of the copy sentences, more those of the
	// sentences of the stretch of another block being compared.
	words, more []token
	// toks are the tokens of the copy blocks (aligner.kept).
	toks []token
	// marks is the buffer of the marker (aligner.marker).
	marks  []int32
	copies []sentence
	sents  []sentence
	spans  []lint.Span
	ints   []int
	index  map[string]uint64
	dp     []int32
}

// zeroInts returns n zeroed ints.
func (sc *alignScratch) zeroInts(n int) []int {
	if cap(sc.ints) < n {
		sc.ints = make([]int, n)
	}
	sc.ints = sc.ints[:n]
	clear(sc.ints)
	return sc.ints
}

var alignPool = sync.Pool{New: func() any { return &alignScratch{index: map[string]uint64{}} }}

// shape hashes a word's length and first and last letters into 0..shapes-1.
func shape(w string) uint16 {
	return uint16((uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) & (shapes - 1))
}

const shapes = 4096

// minContent is the number of content words two sentences must share to be
// aligned.
const minContent = 3

// lcs aligns two word sequences (case-insensitively) and returns the index
// pairs of the longest common subsequence.
func lcs(a, b []token, dp []int32) ([][2]int, []int32) {
	n, m := len(a), len(b)
	if cap(dp) < (n+1)*(m+1) {
		dp = make([]int32, (n+1)*(m+1))
	}
	dp = dp[:(n+1)*(m+1)]
	clear(dp)
	at := func(i, j int) *int32 { return &dp[i*(m+1)+j] }
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i].lower == b[j].lower {
				*at(i, j) = *at(i+1, j+1) + 1
			} else {
				*at(i, j) = max(*at(i+1, j), *at(i, j+1))
			}
		}
	}
	var out [][2]int
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case a[i].lower == b[j].lower:
			out = append(out, [2]int{i, j})
			i++
			j++
		case *at(i+1, j) >= *at(i, j+1):
			i++
		default:
			j++
		}
	}
	return out, dp
}

func swap(p [][2]int) [][2]int {
	out := make([][2]int, len(p))
	for i, x := range p {
		out[i] = [2]int{x[1], x[0]}
	}
	return out
}

// missingNames finds, between consecutive aligned words, a run of
// capitalised words that other has and s lacks.
func missingNames(doc *lint.Document, s, other sentence, pairs [][2]int) []recovery {
	if other.titleCase() {
		return nil
	}
	var out []recovery
	for k := 0; k+1 < len(pairs); k++ {
		si, oi := pairs[k][0], pairs[k][1]
		sn, on := pairs[k+1][0], pairs[k+1][1]
		run := capsRun(doc, other.words, oi+1, on)
		// the name follows the aligned word directly, and whatever else
		// differs is a one- or two-word substitution ("Pavel Durov
		// exemplary" against "indicative").
		if run == nil || run[0] != oi+1 || hasCapital(s.words[si+1:sn]) {
			continue
		}
		if rest := on - oi - 1 - (run[1] - run[0] + 1); rest != sn-si-1 || rest > 2 {
			continue
		}
		first := max(si-2, 0)
		name := joinWords(doc, other.words[run[0]:run[1]+1])
		next := si + 1
		if next >= len(s.words) {
			next = si
		}
		span := lint.Span{Start: s.words[first].Start, End: s.words[next].End}
		out = append(out, recovery{
			abridged:   s.block.Meta || s.block.Kind == lint.Title || s.block.Kind == lint.Teaser || s.block.Kind == lint.Heading,
			alone:      nameAlone(s.words[si], s.words[min(si+1, len(s.words)-1)], si+1 < len(s.words), run),
			at:         s.words[si].End,
			span:       span,
			name:       name,
			message:    `a name seems to be missing after "` + joinWords(doc, s.words[first:si+1]) + `": another copy of this sentence has "` + name + `"`,
			suggestion: insertName(doc, span, s.words[si].End, name),
			related: lint.Related{
				Span:    lint.Span{Start: other.words[run[0]].Start, End: other.words[run[1]].End},
				Message: `the same sentence with "` + name + `"`,
			},
		})
	}
	return out
}

// minAloneName is the number of words a name must have to be reported
// from another copy alone.
const minAloneName = 2

// maxNameWords is the longest name, in words, taken from another phrase.
const maxNameWords = 5

// nameAlone: the other copy has a name of several words where this one
// goes on with a lower-case word, and no determiner stands before the hole
// ("Prime Minister [Ivan Sokol] visited", "the fine against [Nordlink
// Telecom] on"). After a determiner the name was a modifier ("the [Private
// Brand Checks] Stage"), and a one-word difference is a writer's
// shortening ("a second [Christmas] tree").
func nameAlone(before, after token, hasAfter bool, run []int) bool {
	return run[1]-run[0]+1 >= minAloneName && !before.has(clsDet) && hasAfter && !after.upper()
}

// insertName is the text of span with name put in at the hole: a
// suggestion edits the flagged words only, never copies another sentence.
// The space before a punctuation mark after the hole goes ("with the ,
// but" becomes "with the Name, but").
func insertName(doc *lint.Document, span lint.Span, at int, name string) string {
	at = min(max(at, span.Start), span.End)
	left := strings.TrimRight(string(doc.Text[span.Start:at]), " \t\n")
	right := ""
	if at < span.End {
		right = string(doc.Text[at:span.End])
	}
	trimmed := strings.TrimLeft(right, " \t\n")
	if trimmed != "" && strings.ContainsAny(trimmed[:1], ",.;:)!?") {
		right = trimmed
	} else if trimmed != "" {
		right = " " + trimmed
	}
	if left != "" {
		left += " "
	}
	return strings.Join(strings.Fields(left+name), " ") + right
}

// adjacent reports whether only white space separates two words.
func adjacent(doc *lint.Document, a, b token) bool {
	for _, c := range doc.Text[a.End:b.Start] {
		if c != ' ' && c != '\t' && c != '\n' {
			return false
		}
	}
	return true
}

// capsRun returns the first and last index of a run of capitalised words
// among words[from:to], or nil.
func capsRun(doc *lint.Document, words []token, from, to int) []int {
	for k := from; k < to; k++ {
		if k > 0 && words[k].upper() {
			e := k
			for e+1 < to && words[e+1].upper() && adjacent(doc, words[e], words[e+1]) {
				e++
			}
			return []int{k, e}
		}
	}
	return nil
}

func hasCapital(ws []token) bool {
	for _, w := range ws {
		if w.upper() {
			return true
		}
	}
	return false
}

// joinWords is the source text from the first to the last word, with its
// white space folded.
func joinWords(doc *lint.Document, ws []token) string {
	return strings.Join(strings.Fields(string(doc.Text[ws[0].Start:ws[len(ws)-1].End])), " ")
}

// recoverByContext looks, for each of the holes at the indexes lost, for
// the words before the hole elsewhere in the document, followed by a run of
// capitalised words: the name the hole lost. The answer for lost[i] is
// nil when there is none, else the recovery from the first block that has
// one. The blocks are tokenized again (into toks, scratch) only where the
// text holds a hole's words.
func recoverByContext(doc *lint.Document, low *lowered, ct *classTab, holes []hole, lost []int, toks *[]token) []*recovery {
	if len(lost) == 0 {
		return nil
	}
	out := make([]*recovery, len(lost))
	// Only two characters lower-case to ASCII letters (U+0130, U+212A):
	// without them a word of ASCII letters is in the lower-cased text as
	// it is in a token.
	// (Lower-casing ASCII letters leaves their bytes as they are.)
	exact := !bytes.Contains(doc.Text, []byte("\u0130")) && !bytes.Contains(doc.Text, []byte("\u212A"))
	var words []token
	for _, b := range doc.Blocks {
		text := low.of(b.Span)
		tokenized := false
		var title int8 // sentence{words}.titleCase(): 0 not yet known, 1 false, 2 true
		for i, hi := range lost {
			h := &holes[hi]
			if out[i] != nil || exact && !mayHold(text, h.left) {
				continue
			}
			if !tokenized {
				*toks = tokenize((*toks)[:0], doc, low, b.Span, ct)
				words, tokenized = words[:0], true
				for _, t := range *toks {
					if t.word {
						words = append(words, t)
					}
				}
			}
			if !hasPhrase(*toks, h.left) {
				continue
			}
			if r, ok := recoverIn(doc, h, sentence{block: b, words: words}, &title); ok {
				out[i] = &r
			}
		}
	}
	return out
}

// mayHold reports whether the lower-cased text of a block may hold the
// words of phrase: false when one of its ASCII words is not in it.
func mayHold(text string, phrase []string) bool {
	for _, w := range phrase {
		if isASCII(w) && !strings.Contains(text, w) {
			return false
		}
	}
	return true
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// recoverIn looks for the words before the hole h in s, the words of a
// block, followed by a run of capitalised words; title caches
// s.titleCase() (0 not yet known, 1 false, 2 true).
func recoverIn(doc *lint.Document, h *hole, s sentence, title *int8) (recovery, bool) {
	ws := s.words
	for k := 0; k+len(h.left) < len(ws); k++ {
		if ws[k].Span.Overlaps(h.span) || ws[k].lower != h.left[0] {
			continue
		}
		match := true
		for m := 1; m < len(h.left); m++ {
			if ws[k+m].lower != h.left[m] {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		r := capsRun(doc, ws, k+len(h.left), min(k+len(h.left)+1, len(ws)))
		if r == nil || ws[r[0]].lower == h.next || titleCase(s, title) || !adjacent(doc, ws[k+len(h.left)-1], ws[r[0]]) {
			continue
		}
		e := r[1]
		for e+1 < len(ws) && ws[e+1].upper() && e-r[0] < maxNameWords-1 && adjacent(doc, ws[e], ws[e+1]) {
			e++
		}
		name := joinWords(doc, ws[r[0]:e+1])
		return recovery{
			name:       name,
			suggestion: insertName(doc, h.span, h.at, name),
			related: lint.Related{
				Span:    lint.Span{Start: ws[r[0]].Start, End: ws[e].End},
				Message: `the same phrase with "` + name + `"`,
			},
		}, true
	}
	return recovery{}, false
}

// titleCase is s.titleCase(), counted once per block and kept in *memo.
func titleCase(s sentence, memo *int8) bool {
	if *memo == 0 {
		*memo = 1
		if s.titleCase() {
			*memo = 2
		}
	}
	return *memo == 2
}

// hasPhrase reports whether the words of phrase follow each other in toks.
func hasPhrase(toks []token, phrase []string) bool {
	for k := 0; k+len(phrase) <= len(toks); k++ {
		m := 0
		for m < len(phrase) && toks[k+m].word && toks[k+m].lower == phrase[m] {
			m++
		}
		if m == len(phrase) {
			return true
		}
	}
	return false
}
