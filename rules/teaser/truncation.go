package teaser

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/textkey"
)

// Thresholds of truncation, documented in the rule's Doc.
const (
	// minContextCut: words before a word cut mid-word that must recur, in
	// order, right before the full word elsewhere ("that she ne…" and "that
	// she was negotiating").
	minContextCut = 2
	// minContextWhole: words before a whole word that must recur with it
	// elsewhere, followed by more text, for a cut between words to count
	// ("said on Monday that VGTRK journalist...").
	minContextWhole = 3
	// maxGap: words allowed between the recurring context and the full word.
	maxGap = 2
	// maxAnchors bounds the places a context word is looked up at, so that
	// a very common word cannot make the rule quadratic; a cut that ends a
	// headline (a handful per document) may look further.
	maxAnchors     = 64
	maxHeadAnchors = 4096
	// maxContext: context words compared at most.
	maxContext = 8
	// minFragment: shorter fragments with a vowel may well be whole words
	// ("out…") and need a fuller copy to be flagged.
	minFragment = 4
)

// Truncation flags text cut off by an excerpt generator.
type Truncation struct{}

// ID implements lint.Rule.
func (Truncation) ID() string { return "truncation" }

// DefaultSeverity implements lint.Rule.
func (Truncation) DefaultSeverity() lint.Severity { return lint.SeverityWarning }

// Doc implements lint.Rule.
func (Truncation) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Text cut off by an excerpt generator",
		Text: `Excerpt generators cut titles, teasers and leads at a fixed length and add an ellipsis ("that she ne…", "that she ne...") or a "[…]" marker, and translation pipelines copy the cut text as it is. The rule flags:

- a word cut mid-word before an ellipsis, when a fuller copy of the same text elsewhere in the document has a longer word that starts with it after the same words ("and that she ne…" and "and that she was negotiating": ` + fmt.Sprint(minContextCut) + ` words of context, one more when the cut word is also a whole word of the document ("go…" and "govern"), only one for a fragment that ends a title, teaser or description, with at most ` + fmt.Sprint(maxGap) + ` words between them and the full word);
- a block that ends with an ellipsis after a whole word, when the same ` + fmt.Sprint(minContextWhole+1) + ` or more words recur elsewhere and go on there ("Harbour correspondent..." and "Harbour correspondent Mira Talvik reported");
- a title, teaser or metadata description that ends in a fragment glued to an ellipsis which has no vowel ("str…"), or has ` + fmt.Sprint(minFragment) + ` letters or more and is not a word of the document but the start of a longer one that is more than an inflection away ("parliam…" and "parliamentary");
- a "[…]" or "[...]" marker that ends a block outside a quotation, or inside one that never closes (the excerpt cut the quotation);
- an ellipsis after a whole word followed only by a "read more" link text ("to cut heating costs for the parish ... Keep reading").
- a paragraph of prose (` + fmt.Sprint(minBoxCutWords) + ` words or more, with a whole sentence before the last one) whose last sentence stops at a lower-case word without a mark, right before the label of a related-articles box ("Related", "Read also", "Lesen Sie auch": the list labels of the boilerplate rule's phrase packs) that is followed by an item of at most ` + fmt.Sprint(maxBoxItemWords) + ` words: the scraper stopped where the box began;
- a sentence cut mid-word without a mark where the next sentence starts on the same line: a stub of at most ` + fmt.Sprint(maxStubLetters) + ` letter without a vowel after an article or preposition and before a word that opens a sentence ("to the b The mayor").

When the document has the fuller text, the suggestion gives the full word and its sentence, and the fuller copy is a related location.

Left alone: a paragraph that ends with a link, code, a hashtag or a closing quotation mark before a box, a caption or a one-sentence line before a box, an ellipsis that marks an interruption or trailing-off speech (no fuller copy in the document), a deliberate ellipsis before a list, an ellipsis inside quotation marks after a whole word, "etc.", and a "[…]" inside a quotation or a block quote, where it marks a deliberate omission.`,
		Bad:  "Harbour mayor calls the ferry delay unacceptable and says that she ne…\n\nThe harbour mayor called the ferry delay unacceptable and said that she was negotiating with the shipping company.",
		Good: "Harbour mayor calls the ferry delay unacceptable and says that she is negotiating\n\nThe harbour mayor called the ferry delay unacceptable and said that she was negotiating with the shipping company.",
	}
}

// cut is an ellipsis or a cut-off marker that may end a truncated text.
type cut struct {
	block   int       // index into doc.Blocks
	marker  lint.Span // the ellipsis, or the whole "[…]"
	bracket bool
	word    lint.Span // the word before the marker (maybe cut); empty if none
	glued   bool      // the word touches the marker
	atEnd   bool      // nothing but a "read more" follows in the block
	inQuote bool
	// readMore: a "read more" link text follows the marker, the mark of
	// an excerpt generator.
	readMore bool
	// headEnd: a word glued to an ellipsis that ends a title, teaser or
	// description, where excerpt generators cut.
	headEnd bool
}

// Check implements lint.Rule.
func (r Truncation) Check(doc *lint.Document) []lint.Finding {
	var cuts []cut
	for bi, b := range doc.Blocks {
		cuts = appendCuts(cuts, doc, bi, b)
	}
	out := unmarkedCuts(doc)
	out = append(out, cutBeforeBox(doc)...)
	if len(cuts) == 0 {
		return out
	}
	ix := newWordIndex(doc, cuts)
	for _, c := range cuts {
		if f, ok := r.judge(doc, ix, c); ok {
			out = append(out, f)
		}
	}
	return out
}

// appendCuts finds the ellipses of a block.
func appendCuts(cuts []cut, doc *lint.Document, bi int, b lint.Block) []cut {
	t := doc.Text
	// Every cut is at an ellipsis: a block without one (nearly all) is not
	// scanned byte by byte.
	if blk := t[b.Start:b.End]; !bytes.Contains(blk, []byte("...")) && !bytes.Contains(blk, []byte("…")) {
		return cuts
	}
	// Quotation state is tracked as the block is scanned, so each cut costs
	// O(1) beyond the scan.
	opens, straight := 0, 0
	for i := b.Start; i < b.End; {
		c := t[i]
		n := 1
		isEll := false
		switch {
		case c == '.' && i+2 < b.End && t[i+1] == '.' && t[i+2] == '.':
			isEll = true
			for i+n < b.End && t[i+n] == '.' {
				n++
			}
		case c == 0xE2 && i+2 < b.End && t[i+1] == 0x80 && t[i+2] == 0xA6:
			isEll = true
			n = 3
			for i+n+2 < b.End && t[i+n] == 0xE2 && t[i+n+1] == 0x80 && t[i+n+2] == 0xA6 {
				n += 3
			}
		case c == '"':
			straight++
		case c >= 0x80:
			r, sz := utf8.DecodeRune(t[i:b.End])
			n = sz
			switch r {
			case '“', '«', '„':
				opens++
			case '”', '»':
				if opens > 0 {
					opens--
				}
			}
		}
		if !isEll {
			i += n
			continue
		}
		if doc.Src[i] == '&' {
			// An entity (&hellip;) decoded in place: the marker covers
			// the whole entity in the source.
			if j := bytes.IndexByte(doc.Src[i:min(i+12, b.End)], ';'); j >= n {
				n = j + 1
			}
		}
		k := cut{block: bi, marker: lint.Span{Start: i, End: i + n}}
		k.inQuote = opens > 0 || straight%2 == 1 || b.Kind == lint.Quote
		// "[…]": spaces allowed inside the brackets (an entity decoded in
		// place leaves padding).
		ls, le := i, i+n
		for ls > b.Start && t[ls-1] == ' ' {
			ls--
		}
		for le < b.End && t[le] == ' ' {
			le++
		}
		if ls > b.Start && t[ls-1] == '[' && le < b.End && t[le] == ']' {
			k.bracket = true
			k.marker = lint.Span{Start: ls - 1, End: le + 1}
		}
		k.word, k.glued = wordBefore(doc, b.Start, k.marker.Start, k.bracket)
		rest := t[k.marker.End:b.End]
		k.atEnd = restIsEnd(rest)
		k.readMore = k.atEnd && bytes.IndexFunc(rest, lint.IsWordRune) >= 0
		if k.inQuote && k.bracket && k.atEnd && b.Kind != lint.Quote && !bytes.ContainsAny(rest, closingQuotes) {
			// the quotation never closes: the excerpt cut it ("“We know
			// that he […]"), not an omission inside it
			k.inQuote = false
		}
		k.headEnd = k.atEnd && k.glued && !k.bracket && (b.Meta || b.Kind == lint.Title || b.Kind == lint.Teaser)
		cuts = append(cuts, k)
		i += n
	}
	return cuts
}

// wordBefore finds the word of the document (Document.Words) that ends
// right before off (after at most one space, or any spaces before a
// bracket), cut at start, the start of its block.
func wordBefore(doc *lint.Document, start, off int, bracket bool) (lint.Span, bool) {
	t := doc.Text
	e := off
	for e > start && t[e-1] == ' ' && (bracket || e == off) {
		e--
	}
	ws := doc.Words()
	i := doc.WordIndex(e) - 1 // the last word that starts before e
	if i < 0 || int(ws[i].End) != e || e <= start {
		return lint.Span{}, false
	}
	return lint.Span{Start: max(int(ws[i].Start), start), End: e}, e == off
}

// closingQuotes close a quotation.
const closingQuotes = "\"”»’"

var readMore = map[string]bool{
	"read more": true, "more": true, "continue reading": true, "read full article": true,
	"read the full article": true, "read full story": true, "read the full story": true,
	"read on": true, "full story": true, "keep reading": true, "read more here": true,
}

// restIsEnd: what follows a marker is nothing, closing punctuation, or a
// "read more" link text.
func restIsEnd(rest []byte) bool {
	// Normalize keeps every letter and digit: a rest with more of them than
	// the longest phrase is neither, and is not copied (normalising all of a
	// long block's rest after each of its ellipses was quadratic).
	letters := 0
	for i := 0; i < len(rest); {
		r, n := utf8.DecodeRune(rest[i:])
		if lint.IsWordRune(r) {
			if letters++; letters > maxReadMore {
				return false
			}
		}
		i += n
	}
	n := textkey.Normalize(string(rest))
	return n == "" || readMore[n]
}

// maxReadMore bounds the letters of a readMore phrase (its length in bytes).
var maxReadMore = func() int {
	m := 0
	for k := range readMore {
		m = max(m, len(k))
	}
	return m
}()

// Known abbreviations that take an ellipsis-like run of periods.
var notCut = map[string]bool{"etc": true, "usw": true, "usf": true}

func (r Truncation) judge(doc *lint.Document, ix *wordIndex, c cut) (lint.Finding, bool) {
	var p string
	if c.word.Len() > 0 {
		p = string(layer.AppendLower(nil, doc.Text, c.word))
		if notCut[p] {
			return lint.Finding{}, false
		}
	}
	span := c.marker
	if c.word.Len() > 0 && (c.glued || !c.bracket) {
		span.Start = c.word.Start
	}
	f := lint.Finding{Span: span}

	// Strong evidence: a fuller copy of the same words elsewhere.
	if p != "" {
		if m, ok := ix.fuller(doc, c, p); ok {
			full := doc.TextOf(m.full)
			p := doc.TextOf(c.word)
			line := doc.Position(m.full.Start).Line
			sentence := sentenceAround(doc, doc.Blocks[m.block], m.full)
			if m.midWord {
				f.Message = fmt.Sprintf("text cut off mid-word: %q is %q on line %d", p, full, line)
				f.Suggestion = fmt.Sprintf("restore the word %q; the full sentence (line %d) reads: %q", full, line, sentence)
			} else {
				f.Message = fmt.Sprintf("text cut off after %q; line %d has it in full", p, line)
				f.Suggestion = fmt.Sprintf("restore the full sentence (line %d): %q, or delete the cut copy", line, sentence)
			}
			f.Related = []lint.Related{{Span: m.full, Message: "the fuller copy"}}
			return f, true
		}
	}
	if !c.atEnd || c.inQuote {
		return lint.Finding{}, false
	}
	if c.readMore && !c.bracket && c.word.Len() > 0 {
		f.Message = "text cut off before a \"read more\" link"
		f.Suggestion = "replace the excerpt with the full text, or remove it with its link"
		return f, true
	}
	if c.bracket {
		if doc.Format == lint.FormatHTML && inBlockquote(doc, c.marker.Start) {
			return lint.Finding{}, false
		}
		f.Message = "text cut off by an excerpt marker"
		f.Suggestion = "replace the excerpt with the full text, or remove the marker"
		return f, true
	}
	if c.headEnd && p != "" && (noVowel(p) || utf8.RuneCountInString(p) >= minFragment && ix.fragment(doc, c.word, p)) {
		b := doc.Blocks[c.block]
		f.Message = fmt.Sprintf("%s cut off mid-word at %q", blockName(b), doc.TextOf(c.word))
		f.Suggestion = "restore the full text, or end the " + blockName(b) + " at a whole word"
		return f, true
	}
	return lint.Finding{}, false
}

func blockName(b lint.Block) string {
	if b.Meta && b.Kind == lint.Teaser {
		return "description"
	}
	return b.Kind.String()
}

// noVowel: a Latin fragment of two or more letters without a vowel is not
// an English word ("gvt", "cntr").
func noVowel(p string) bool {
	if utf8.RuneCountInString(p) < 2 {
		return false
	}
	for _, r := range p {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) {
			return false
		}
		if strings.ContainsRune("aeiouy", r) {
			return false
		}
	}
	return true
}

// sentenceAround returns the sentence of block b that holds s, with white
// space collapsed and clipped, read from a bounded window.
func sentenceAround(doc *lint.Document, b lint.Block, s lint.Span) string {
	w := lint.Span{Start: s.Start - 400, End: s.End + 400}
	if w.Start < b.Start {
		w.Start = b.Start
	} else {
		// do not start inside a UTF-8 sequence
		for w.Start < s.Start && !utf8.RuneStart(doc.Text[w.Start]) {
			w.Start++
		}
	}
	if w.End > b.End {
		w.End = b.End
	} else {
		for w.End > s.End && !utf8.RuneStart(doc.Text[w.End]) {
			w.End--
		}
	}
	for _, sp := range layer.Split(doc.Text, w) {
		if sp.Start <= s.Start && s.End <= sp.End {
			return clip(strings.Join(strings.Fields(doc.TextOf(sp)), " "), 240)
		}
	}
	return clip(strings.Join(strings.Fields(doc.TextOf(s)), " "), 240)
}

// wordIndex lists the words of every block with the block they belong to.
// It reads the words from the document's shared word cache rather than
// copying them: when every block's words are a run of Document.Words (block
// spans never cut a word, and blocks follow each other), ws is that cache
// and the words between blocks belong to no block. Each block with words is
// one run of ws, so the block of a word is a binary search over the runs.
// Judging a cut looks up only the cut word and the two words before it,
// at no more than maxHeadAnchors of their latest places: only their keys
// are indexed, each with its count and latest places, so the index costs
// one run per block and a bounded list per cut; keys are hashed again
// when compared, never stored per word.
type wordIndex struct {
	doc  *lint.Document
	ws   []lint.Word
	runs []run // the blocks with words, in the order of ws
	occs map[uint64]*occ
}

// run is the words ws[first:end] of block.
type run struct{ first, end, block int32 }

// occ is where a key occurs: at least its latest maxHeadAnchors places
// (all when fewer), in document order, and how often.
type occ struct {
	at    []int32
	count int
}

// add records that the key occurs at word i, keeping the list bounded.
func (o *occ) add(i int) {
	o.count++
	if len(o.at) == 2*maxHeadAnchors {
		o.at = o.at[:copy(o.at, o.at[maxHeadAnchors:])]
	}
	o.at = append(o.at, int32(i))
}

func newWordIndex(doc *lint.Document, cuts []cut) *wordIndex {
	ix := &wordIndex{doc: doc, occs: map[uint64]*occ{}}
	all := doc.Words()
	ix.ws = all
	next := 0 // the first word of all no block has taken yet
	for bi, b := range doc.Blocks {
		bw := doc.WordsIn(b.Span)
		if len(bw) == 0 {
			continue
		}
		i := doc.WordIndex(b.Start) // where bw starts when it is a run of all
		if i < next || i+len(bw) > len(all) || &all[i] != &bw[0] {
			// a block that is no run of the cache after the last one:
			// list the words block by block, as they come
			ix.copyWords()
			break
		}
		next = i + len(bw)
		ix.runs = append(ix.runs, run{first: int32(i), end: int32(next), block: int32(bi)})
	}
	// the keys judging the cuts looks up: the cut word's and the two
	// context words before it
	need := func(k uint64) {
		if ix.occs[k] == nil {
			ix.occs[k] = &occ{}
		}
	}
	for _, c := range cuts {
		if c.word.Len() == 0 {
			continue
		}
		need(textkey.Of(doc.Text[c.word.Start:c.word.End]))
		if pi := ix.find(c.word.Start); pi >= 0 {
			for i := max(pi-2, 0); i <= pi; i++ {
				need(ix.key(i))
			}
		}
	}
	for _, r := range ix.runs {
		for i := int(r.first); i < int(r.end); i++ {
			if o := ix.occs[ix.key(i)]; o != nil {
				o.add(i)
			}
		}
	}
	return ix
}

// copyWords lists the words of every block one after the other, each
// block's words as Document.WordsIn cuts them.
func (ix *wordIndex) copyWords() {
	doc := ix.doc
	ix.ws, ix.runs = nil, nil
	for bi, b := range doc.Blocks {
		bw := doc.WordsIn(b.Span)
		if len(bw) == 0 {
			continue
		}
		ix.runs = append(ix.runs, run{first: int32(len(ix.ws)), end: int32(len(ix.ws) + len(bw)), block: int32(bi)})
		ix.ws = append(ix.ws, bw...)
	}
}

// runOf is the run that holds word i: its first and end word and its
// block, or block -1 (and an empty run) when no block holds it.
func (ix *wordIndex) runOf(i int) run {
	lo, hi := 0, len(ix.runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ix.runs[m].end) <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(ix.runs) && int(ix.runs[lo].first) <= i {
		return ix.runs[lo]
	}
	return run{block: -1}
}

// in reports whether word i lies in run r.
func (r run) in(i int) bool { return int(r.first) <= i && i < int(r.end) }

// key is the corpus key of word i.
func (ix *wordIndex) key(i int) uint64 {
	w := ix.ws[i]
	return textkey.Of(ix.doc.Text[w.Start:w.End])
}

// count is how often a key occurs.
func (ix *wordIndex) count(key uint64) int {
	if o := ix.occs[key]; o != nil {
		return o.count
	}
	return 0
}

// latest is where key occurs, latest last (nil if it is not indexed).
func (ix *wordIndex) latest(key uint64) []int32 {
	if o := ix.occs[key]; o != nil {
		return o.at
	}
	return nil
}

// find returns the index of the word of a block that starts at off, or -1.
func (ix *wordIndex) find(off int) int {
	i := sort.Search(len(ix.ws), func(i int) bool { return int(ix.ws[i].Start) >= off })
	if i < len(ix.ws) && int(ix.ws[i].Start) == off && ix.runOf(i).block >= 0 {
		return i
	}
	return -1
}

type match struct {
	full    lint.Span // the full word in the fuller copy
	block   int
	midWord bool
	context int
}

// fuller looks for a fuller copy of the words before a cut: the same context
// words elsewhere followed (within maxGap words) by a word that starts with
// the cut word p.
func (ix *wordIndex) fuller(doc *lint.Document, c cut, p string) (match, bool) {
	pi := ix.find(c.word.Start)
	cb := int32(c.block)
	// the run of the cut's block: the words of the cut's context
	cr := ix.runOf(pi - 1)
	if pi <= 0 || cr.block != cb {
		return match{}, false
	}
	// Anchor on the rarer of the last two context words: a match needs both,
	// unless the cut ends a headline, where one is enough.
	ai := pi - 1
	if !c.headEnd && pi >= 2 && cr.in(pi-2) && ix.count(ix.key(pi-2)) < ix.count(ix.key(pi-1)) {
		ai = pi - 2
	}
	shift := pi - 1 - ai
	limit := maxAnchors
	if c.headEnd {
		limit = maxHeadAnchors
	}
	cutKey := ix.key(pi)
	knownState := 0 // 0 unknown, 1 no, 2 yes: looked up once, when needed
	known := func() bool {
		if knownState == 0 {
			knownState = 1
			if ix.wordElsewhere(doc, c.word) {
				knownState = 2
			}
		}
		return knownState == 2
	}
	var best match
	bestScore := -1
	seen := 0
	at := ix.latest(ix.key(ai))
	for j := len(at) - 1; j >= 0 && seen < limit; j-- {
		a := at[j]
		seen++
		o := int(a) + shift // the place of the last context word
		or := ix.runOf(int(a))
		if o >= len(ix.ws) || !or.in(o) || or.block == cb {
			continue
		}
		ob := or.block
		m := 0
		for m < maxContext && pi-1-m >= 0 && o-m >= 0 &&
			cr.in(pi-1-m) && or.in(o-m) &&
			ix.key(pi-1-m) == ix.key(o-m) {
			m++
		}
		if m == 0 {
			continue
		}
		for g := 0; g <= maxGap; g++ {
			w := o + 1 + g
			if w >= len(ix.ws) || !or.in(w) {
				break
			}
			fw := ix.ws[w]
			if _, ok := hasFoldPrefix(doc.Text[fw.Start:fw.End], p); !ok {
				continue
			}
			mid := ix.key(w) != cutKey
			var ok bool
			if mid {
				// A cut word that is also a word of the document ("go…"
				// and "govern") needs one more word of context; at the
				// end of a headline, one context word is enough for a
				// fragment that is no word of the document.
				need := minContextCut
				if known() {
					need++
				} else if c.headEnd {
					need = 1
				}
				ok = m >= need
			} else {
				ok = g == 0 && m >= minContextWhole && c.atEnd && !c.inQuote && ix.goesOn(doc, w)
			}
			if ok {
				score := m*4 - g
				if mid {
					score += 2
				}
				if score > bestScore {
					bestScore = score
					best = match{full: fw.Span(), block: int(ob), midWord: mid, context: m}
				}
			}
			break
		}
	}
	return best, bestScore >= 0
}

// goesOn: word w is followed by another word of its block, not by an ellipsis.
func (ix *wordIndex) goesOn(doc *lint.Document, w int) bool {
	if w+1 >= len(ix.ws) || !ix.runOf(w).in(w+1) {
		return false
	}
	between := doc.Text[ix.ws[w].End:ix.ws[w+1].Start]
	return !strings.Contains(string(between), "...") && !strings.Contains(string(between), "…")
}

// wordElsewhere reports whether the word at ws occurs as a whole word
// elsewhere in the document; copies glued to an ellipsis themselves are no
// proof of a word.
func (ix *wordIndex) wordElsewhere(doc *lint.Document, ws lint.Span) bool {
	key := textkey.Of(doc.Text[ws.Start:ws.End])
	seen := 0
	at := ix.latest(key)
	for j := len(at) - 1; j >= 0 && seen < maxAnchors; j-- {
		o := at[j]
		seen++
		w := ix.ws[o]
		if w.Span() == ws {
			continue
		}
		rest := doc.Text[w.End:min(int(w.End)+3, len(doc.Text))]
		if string(rest) == "…" || string(rest) == "..." {
			continue
		}
		return true
	}
	return false
}

// fragment: p (the word glued to an ellipsis) never occurs as a whole word
// elsewhere in the document, but starts a longer word of it.
func (ix *wordIndex) fragment(doc *lint.Document, ws lint.Span, p string) bool {
	if ix.wordElsewhere(doc, ws) {
		return false
	}
	for _, r := range ix.runs {
		for _, w := range ix.ws[r.first:r.end] {
			if w.Len() <= ws.Len() {
				continue
			}
			n, ok := hasFoldPrefix(doc.Text[w.Start:w.End], p)
			if !ok {
				continue
			}
			// The rest must be more than an ending: "talk" is a word even
			// if only "talking" occurs.
			rest := string(layer.AppendLower(nil, doc.Text, lint.Span{Start: int(w.Start) + n, End: int(w.End)}))
			if utf8.RuneCountInString(rest) >= 2 && !inflections[rest] {
				if c, _ := utf8.DecodeRuneInString(rest); unicode.IsLetter(c) {
					return true
				}
			}
		}
	}
	return false
}

// inflections are endings that turn a word into another word.
var inflections = map[string]bool{
	"es": true, "ed": true, "er": true, "ly": true, "ing": true, "ers": true, "est": true,
	"ings": true, "ies": true, "ied": true, "ment": true, "ments": true, "ness": true,
}

// hasFoldPrefix reports whether b starts with p, both folded (foldRune),
// and how many bytes of b the prefix takes.
func hasFoldPrefix(b []byte, p string) (int, bool) {
	n := 0
	for _, pr := range p {
		if n >= len(b) {
			return 0, false
		}
		r, sz := utf8.DecodeRune(b[n:])
		if foldRune(r) != foldRune(pr) {
			return 0, false
		}
		n += sz
	}
	return n, true
}

// inBlockquote reports whether off lies inside an HTML <blockquote> element,
// by counting the element's start and end tags before it. It is only asked
// about the rare "[…]" that ends a block.
func inBlockquote(doc *lint.Document, off int) bool {
	depth := 0
	src := doc.Src[:off]
	for {
		i := bytes.IndexByte(src, '<')
		if i < 0 {
			return depth > 0
		}
		src = src[i+1:]
		closing := len(src) > 0 && src[0] == '/'
		name := src
		if closing {
			name = src[1:]
		}
		if len(name) >= 10 && bytes.EqualFold(name[:10], []byte("blockquote")) && (len(name) == 10 || !isNameByte(name[10])) {
			if closing {
				if depth > 0 {
					depth--
				}
			} else {
				depth++
			}
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
}

// maxStubLetters is the longest word stub an unmarked cut leaves: one
// letter (two-letter stubs are as often units and variables: "gc", "km").
const maxStubLetters = 1

// sentenceOpeners are closed-class words that start a sentence; after a
// stub, one shows that the next sentence begins ("the t The police").
var sentenceOpeners = map[string]bool{
	"The": true, "A": true, "An": true, "This": true, "That": true, "These": true, "Those": true,
	"He": true, "She": true, "It": true, "They": true, "We": true, "His": true, "Her": true, "Their": true,
	"Its": true, "But": true, "However": true, "In": true, "On": true, "At": true, "According": true,
	"After": true, "Before": true, "When": true, "While": true, "There": true, "Some": true, "Many": true,
}

// stubOpeners are the words after which a noun phrase must go on: a stub
// of consonants after one is a word cut short.
var stubOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "with": true, "to": true, "for": true, "from": true,
	"by": true, "at": true, "on": true, "in": true, "into": true, "his": true, "her": true, "their": true,
}

// unmarkedCuts finds a sentence cut mid-word without a mark, where the next
// sentence starts on the same line: "who was speaking to the b The
// mayor said". The stub has no vowel and at most maxStubLetters letters,
// follows an article or preposition and precedes a word that opens a
// sentence; every gap is a single space.
func unmarkedCuts(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	for _, b := range doc.Blocks {
		if b.Meta || b.Kind != lint.Paragraph || !hasStubShape(doc.Text[b.Start:b.End]) {
			continue
		}
		ws := doc.WordsIn(b.Span)
		for i := 1; i+1 < len(ws); i++ {
			stub := doc.Text[ws[i].Start:ws[i].End]
			if len(stub) > maxStubLetters || !isLowerASCII(stub) || isVowel[stub[0]] {
				continue
			}
			prev, next := ws[i-1], ws[i+1]
			if !stubOpeners[strings.ToLower(doc.TextOf(prev.Span()))] || !singleSpace(doc.Text, int(prev.End), int(ws[i].Start)) ||
				!singleSpace(doc.Text, int(ws[i].End), int(next.Start)) || !sentenceOpeners[doc.TextOf(next.Span())] ||
				int(ws[i].Start) > 0 && doc.Src[int(ws[i].Start)-1] != ' ' {
				continue
			}
			out = append(out, lint.Finding{
				Span:       lint.Span{Start: int(prev.Start), End: int(next.End)},
				Message:    fmt.Sprintf("sentence cut off mid-word at %q; the next sentence starts on the same line", string(stub)),
				Suggestion: "restore the cut word and the end of its sentence, or end the sentence before it",
			})
		}
	}
	return out
}

func singleSpace(t []byte, a, b int) bool { return b == a+1 && t[a] == ' ' }

func isLowerASCII(w []byte) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return len(w) > 0
}

var isVowel = [256]bool{'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true}

// hasStubShape: the text has " x Y" (a space, one lower-case consonant, a
// space, a capital), the bytes an unmarked cut leaves; a byte scan that
// spares most blocks their words.
func hasStubShape(t []byte) bool {
	const ones, highs, spaces = 0x0101010101010101, 0x8080808080808080, 0x2020202020202020
	i := 0
	// eight positions at a time: a space at i and at i+2 (the zero-byte
	// test may flag a byte above a true zero too; candidates are checked)
	for ; i+10 <= len(t); i += 8 {
		x := binary.LittleEndian.Uint64(t[i:]) ^ spaces
		y := binary.LittleEndian.Uint64(t[i+2:]) ^ spaces
		if (x-ones)&^x&highs&((y-ones)&^y) == 0 {
			continue
		}
		for j := i; j < i+8; j++ {
			if stubAt(t, j) {
				return true
			}
		}
	}
	for ; i+3 < len(t); i++ {
		if stubAt(t, i) {
			return true
		}
	}
	return false
}

// stubAt: t[i:i+4] is " x Y".
func stubAt(t []byte, i int) bool {
	if i+3 >= len(t) || t[i] != ' ' || t[i+2] != ' ' {
		return false
	}
	c := t[i+1]
	return c >= 'a' && c <= 'z' && !isVowel[c] && t[i+3] >= 'A' && t[i+3] <= 'Z'
}
