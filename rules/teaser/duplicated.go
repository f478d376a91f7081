package teaser

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/textkey"
)

// Thresholds of duplicated-teaser, documented in the rule's Doc.
const (
	// minCopyWords: shorter blocks ("Daily Gazette" twice) are site chrome
	// rather than a repeated headline.
	minCopyWords = 4
	// nearCopy is the similarity (common words in order over the longer
	// block) at or above which two blocks are copies of each other, and the
	// containment (common words in order over the shorter block) at or above
	// which a teaser is the start of a longer block cut short.
	nearCopy = 0.8
	// minStandfirstWords: a lead paragraph that only repeats the opening of
	// the next paragraph is reported from this length on.
	minStandfirstWords = 6
	// leadBlocks is how many body paragraphs after the headline are compared.
	leadBlocks = 3
	// maxHeadBlocks bounds the title and teaser blocks that are compared.
	maxHeadBlocks = 8
	// maxSubstituted is, per this many words of the longer block, one word
	// that each block may have where the other has another (a retyped
	// article): more such words make parallel sentences ("returns a slice"
	// and "returns a map"), not copies. Two headlines allow none.
	maxSubstituted = 10
	// maxAlignWords: a teaser cut short must start within this many words
	// of the start of the block it opens.
	maxAlignWords = 2
	// minRepeatedTitleWords: a title this long repeated later as a block
	// of its own (or at the end of a breadcrumb) is a copy wherever it is.
	minRepeatedTitleWords = 6
	// maxCrumbWords: the most words before a title at the end of a
	// breadcrumb line ("News / Region / <title>").
	maxCrumbWords = 6
	// minMergedWords: a later paragraph of this many words or more that
	// recurs word for word inside a longer lead paragraph shows a lead
	// that runs the teaser and the paragraphs together.
	minMergedWords = 12
	// maxCompareWords caps the words of a block that are compared, so the
	// rule stays linear on a document that is one huge paragraph.
	maxCompareWords = 400
)

// DuplicatedTeaser flags a title, teaser or lead that repeats another one.
type DuplicatedTeaser struct{}

// ID implements lint.Rule.
func (DuplicatedTeaser) ID() string { return "duplicated-teaser" }

// DefaultSeverity implements lint.Rule.
func (DuplicatedTeaser) DefaultSeverity() lint.Severity { return lint.SeverityWarning }

// Doc implements lint.Rule.
func (DuplicatedTeaser) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Title, teaser or lead repeated at the head of an article",
		Text: `Excerpt generators and careless copy-paste leave the same sentence two or three times at the top of an article: the headline, then a teaser that repeats it (sometimes cut short with an ellipsis), then the lead paragraph, or the first paragraph pasted twice.

The rule compares the title and teaser blocks (the front matter or HTML <title>, the body's headings, the leading short lines of a plain text file) with each other and with the first ` + fmt.Sprint(leadBlocks) + ` body paragraphs. Words are compared lower-cased, without punctuation. Two blocks are copies when their common words, in order, make up at least 80% of the longer block; a teaser is a copy cut short when at least 80% of its words, in order, open the other block within its first ` + fmt.Sprint(maxAlignWords+1) + ` words (so is a lead paragraph of ` + fmt.Sprint(minStandfirstWords) + ` words or more that only opens the next paragraph). A lead paragraph that holds, word for word, a following paragraph of ` + fmt.Sprint(minMergedWords) + ` words or more, and more besides, runs the teaser and the paragraphs together (a scraped summary): it is reported without a fix, as it may hold sentences of its own. Blocks of fewer than ` + fmt.Sprint(minCopyWords) + ` words are not compared (a site name repeated is chrome, not a teaser). Further down, a title of ` + fmt.Sprint(minRepeatedTitleWords) + ` words or more is a copy wherever it recurs as a block of its own, or at the end of a breadcrumb line of at most ` + fmt.Sprint(maxCrumbWords) + ` more words.

A headline translated twice is a copy too: two headline lines at the top (a title, teaser or heading, the second one maybe a short line of text that does not end like a sentence; the first among the first ` + fmt.Sprint(maxRetranslatedStart) + ` blocks of the body, at most ` + fmt.Sprint(maxRetranslatedGap) + ` short block such as a caption or byline between them, neither longer than ` + fmt.Sprint(maxRetranslatedWords) + ` words) that are no copy word for word but carry the same content words, compared by their first ` + fmt.Sprint(stemRunes) + ` letters ("requested", "requests"): at least ` + fmt.Sprint(minRetranslatedShared) + ` of them, and at least ` + fmt.Sprintf("%.1f", retranslatedShare*100) + `% of the content words of each (one word of its own in eight), with the same numbers and a name or number in each. The second is reported without a fix: which translation reads better is the editor's call.

The finding is on the redundant copy, never on the body text: a teaser that repeats the title or the lead, a paragraph that repeats the headline or the lead. The original is given as a related location. The fix deletes the copy with one adjacent blank line, when the copy stands on lines of its own.

Left alone: a lead that restates the headline as a sentence, a teaser that restates it with words of its own or another number, parallel sentences, where each block has words the other lacks (more than one per ` + fmt.Sprint(maxSubstituted) + ` words; none for two headlines) or different inline code ("returns a slice" and "returns a map"); a page title and a headline that is its shorter or longer edit, without an ellipsis; a paragraph repeated under a later heading (a "Synopsis" section); a front-matter or <meta> description or summary that copies the lead (metadata, not text the reader sees twice); a description that summarises the lead in other words; and an HTML <h1> (or a Markdown heading) that repeats the page's <title>: that is how pages are built.`,
		Bad:  "Harbour mayor calls the ferry delay unacceptable\n\nHarbour mayor calls the ferry delay unacceptable\n\nThe harbour mayor called the delay on the island ferry line unacceptable on Tuesday.",
		Good: "Harbour mayor calls the ferry delay unacceptable\n\nThe harbour mayor called the delay on the island ferry line unacceptable on Tuesday.",
	}
}

// head is a block of the head of the article that takes part in the comparison.
type head struct {
	lint.Block
	doc *lint.Document
	// ws is its words (at most maxCompareWords), from the document's word
	// cache; keys holds the keys of ws[:len(keys)], computed as a test
	// needs them (most tests end after a few words or on the word counts).
	ws     []lint.Word
	keys   []uint64
	sorted []uint64 // all the keys, sorted; built on first use
	name   string   // "title", "teaser", "description", "lead", "paragraph"...
	code   string   // its inline code (masked in the text), lower-cased
	index  int      // its index in doc.Blocks
}

// newHead is block b (doc.Blocks[bi]) as a head block.
func newHead(doc *lint.Document, b lint.Block, bi int, name string) *head {
	ws := doc.WordsIn(b.Span)
	if len(ws) > maxCompareWords {
		ws = ws[:maxCompareWords]
	}
	return &head{Block: b, doc: doc, ws: ws, name: name, code: codeKey(doc, b.Span), index: bi}
}

// n is the number of words compared.
func (h *head) n() int { return len(h.ws) }

// prefix is the keys of the first n words.
func (h *head) prefix(n int) []uint64 {
	if h.keys == nil {
		h.keys = make([]uint64, 0, len(h.ws))
	}
	for len(h.keys) < n {
		w := h.ws[len(h.keys)]
		h.keys = append(h.keys, textkey.Of(h.doc.Text[w.Start:w.End]))
	}
	return h.keys[:n]
}

// all is the keys of every word compared.
func (h *head) all() []uint64 { return h.prefix(len(h.ws)) }

// key is the key of word i.
func (h *head) key(i int) uint64 { return h.prefix(i + 1)[i] }

// bag is the keys sorted, for common.
func (h *head) bag() []uint64 {
	if h.sorted == nil {
		h.sorted = slices.Clone(h.all())
		slices.Sort(h.sorted)
	}
	return h.sorted
}

// headBlocks collects the title and teaser blocks and the first body
// paragraphs, in document order.
func headBlocks(doc *lint.Document) []*head {
	var out []*head
	var metaSeen [][]uint64
	paragraphs, heads := 0, 0
	for bi, b := range doc.Blocks {
		if paragraphs >= leadBlocks {
			break
		}
		var name string
		switch b.Kind {
		case lint.Title, lint.Teaser:
			if heads >= maxHeadBlocks || b.Meta && b.Kind != lint.Title {
				// a front-matter description or summary that copies the
				// lead is metadata, not text the reader sees twice
				continue
			}
			heads++
			name = b.Kind.String()
			if b.Meta {
				name = metaName(doc, b)
			}
		case lint.Heading:
			if b.Meta || heads >= maxHeadBlocks {
				continue
			}
			heads++
			name = "heading"
		case lint.Paragraph:
			if b.Meta {
				continue
			}
			if paragraphs == 0 {
				name = "lead"
			} else {
				name = "paragraph"
			}
			paragraphs++
		default:
			continue
		}
		h := newHead(doc, b, bi, name)
		if h.n() == 0 {
			continue
		}
		if b.Meta {
			// og:description, twitter:description and description usually
			// carry one text: keep the first.
			dup := false
			for _, m := range metaSeen {
				if slices.Equal(m, h.all()) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			metaSeen = append(metaSeen, h.all())
		}
		out = append(out, h)
	}
	return out
}

// sharedBound is an upper bound of common(e.bag(), l.bag()) that costs no
// sort.
func sharedBound(e, l *head) int {
	short, long := e, l
	if short.n() > long.n() {
		short, long = long, short
	}
	return bucketBound(long.all(), short.all())
}

// bucketBound is an upper bound of the common words of a and b (of their
// multiset intersection, so of their longest common subsequence too): the
// words of a whose key falls in a bucket of a word of b, of 1024 buckets.
func bucketBound(a, b []uint64) int {
	var set [16]uint64
	for _, k := range b {
		i := k >> 54 // the key's top ten bits: a bucket
		set[i>>6] |= 1 << (i & 63)
	}
	n := 0
	for _, k := range a {
		i := k >> 54
		n += int(set[i>>6] >> (i & 63) & 1)
	}
	return n
}

// common is the size of the multiset intersection of two sorted lists: of
// key lists, an upper bound of their longest common subsequence; of stem
// lists, the stems two headlines share.
func common[T cmp.Ordered](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

var (
	reFrontKey = regexp.MustCompile(`^\s*([A-Za-z][A-Za-z0-9_-]*)\s*[:=]`)
	reMetaName = regexp.MustCompile(`(?i)(?:name|property)\s*=\s*["']?([A-Za-z:_-]+)`)
)

// metaName names a metadata block after its front-matter key or meta tag
// ("description", "og:description"), "title" for <title>.
func metaName(doc *lint.Document, b lint.Block) string {
	ls := b.Start
	for ls > 0 && doc.Src[ls-1] != '\n' {
		ls--
	}
	before := doc.Src[ls:b.Start]
	if doc.Format == lint.FormatHTML {
		if i := strings.LastIndexByte(string(before), '<'); i >= 0 {
			tag := string(before[i:])
			if m := reMetaName.FindStringSubmatch(tag); m != nil {
				return strings.ToLower(m[1])
			}
			if strings.HasPrefix(strings.ToLower(tag), "<title") {
				return "title"
			}
		}
	} else if m := reFrontKey.FindSubmatch(before); m != nil {
		return strings.ToLower(string(m[1]))
	} else if blank(before) {
		// A YAML block scalar: the key is on the first line above that is
		// not indented deeper.
		for ls > 0 {
			ps := ls - 1
			for ps > 0 && doc.Src[ps-1] != '\n' {
				ps--
			}
			line := doc.Src[ps : ls-1]
			if m := reFrontKey.FindSubmatch(line); m != nil && len(line) > 0 && line[0] != ' ' && line[0] != '\t' {
				return strings.ToLower(string(m[1]))
			}
			if len(line) > 0 && line[0] != ' ' && line[0] != '\t' {
				break
			}
			ls = ps
		}
	}
	return b.Kind.String()
}

// Check implements lint.Rule.
func (r DuplicatedTeaser) Check(doc *lint.Document) []lint.Finding {
	hs := headBlocks(doc)
	var out []lint.Finding
	reported := map[*head]bool{}
	for j := 1; j < len(hs); j++ {
		// A copy is named after the body block it repeats (the <h1>, not
		// the <title>) when both qualify.
	pairs:
		for _, meta := range [2]bool{false, true} {
			for i := 0; i < j; i++ {
				if hs[i].Meta != meta {
					continue
				}
				cp, orig, prefix := judge(doc, hs[i], hs[j])
				merged, again := false, false
				if cp == nil && runsTogether(hs[i], hs[j]) {
					cp, orig, merged = hs[i], hs[j], true
				}
				if cp == nil && retranslated(doc, hs[i], hs[j]) {
					cp, orig, again = hs[j], hs[i], true
				}
				if cp == nil || reported[cp] || reported[orig] {
					continue
				}
				reported[cp] = true
				f := r.finding(doc, cp, orig, prefix)
				if merged {
					// the lead holds more than the copy: deleting it could
					// lose its own sentences
					f.Message = fmt.Sprintf("the lead paragraph runs together text that a following paragraph repeats (line %d): a scraped summary",
						doc.Position(orig.Start).Line)
					f.Suggestion = "keep the paragraphs and delete the repeated text from the lead"
					f.Fix = nil
				}
				if again {
					// which of the two translations reads better is the
					// editor's call: no fix
					f.Message = fmt.Sprintf("%s repeats the %s in other words (line %d): a second translation of the same headline",
						headName(cp), headName(orig), doc.Position(orig.Start).Line)
					f.Suggestion = "keep one of the two translations and delete the other"
					f.Fix = nil
				}
				for _, g := range out {
					// Each fix stands alone: never two edits on one byte.
					if len(f.Fix) > 0 && len(g.Fix) > 0 && f.Fix[0].Overlaps(g.Fix[0].Span) {
						f.Fix = nil
					}
				}
				out = append(out, f)
				break pairs
			}
		}
	}
	return append(out, r.titleRepeated(doc, hs, reported)...)
}

// titleRepeated finds the title repeated later in the article, beyond the
// head that Check compares: as a block of its own (a headline pasted into
// the body, an item of a list) or at the end of a breadcrumb line.
func (r DuplicatedTeaser) titleRepeated(doc *lint.Document, hs []*head, reported map[*head]bool) []lint.Finding {
	var title *head
	after := -1
	for _, h := range hs {
		if title == nil && h.Kind == lint.Title {
			title = h
		}
		after = max(after, h.index)
	}
	if title == nil || reported[title] || title.n() < minRepeatedTitleWords {
		return nil
	}
	tkeys := title.all()
	var out []lint.Finding
	for bi := after + 1; bi < len(doc.Blocks); bi++ {
		b := doc.Blocks[bi]
		if b.Meta || b.Len() > 2*title.Len()+200 {
			continue // longer than a title with a breadcrumb: a paragraph
		}
		ws := doc.WordsIn(b.Span)
		extra := len(ws) - len(tkeys)
		if extra < 0 || extra > maxCrumbWords || extra > 0 && b.Kind != lint.Paragraph && b.Kind != lint.Title {
			continue
		}
		if !endsWithKeys(doc, ws, tkeys) || codeKey(doc, b.Span) != title.code {
			continue
		}
		span := b.Span
		if extra > 0 {
			span.Start = int(ws[extra].Start) // the title at the end of a breadcrumb
		}
		h := &head{Block: b, name: "paragraph"}
		h.Span = span
		f := r.finding(doc, h, title, false)
		if extra > 0 {
			f.Fix = nil // the breadcrumb is chrome; its words are not the copy alone
		}
		out = append(out, f)
	}
	return out
}

// endsWithKeys: the last len(keys) words of ws have these keys, compared
// from the last word back (a block that is no copy differs at once).
func endsWithKeys(doc *lint.Document, ws []lint.Word, keys []uint64) bool {
	off := len(ws) - len(keys)
	for i := len(keys) - 1; i >= 0; i-- {
		w := ws[off+i]
		if textkey.Of(doc.Text[w.Start:w.End]) != keys[i] {
			return false
		}
	}
	return true
}

// judge decides whether e (earlier) and l (later) are copies and which one
// is redundant. prefix is true when the copy is the other block cut short.
func judge(doc *lint.Document, e, l *head) (cp, orig *head, prefix bool) {
	if e.Meta && l.Meta {
		return nil, nil, false
	}
	// Blocks that differ in their inline code ("use with the `with`
	// statement", "use with the `range` statement") are parallel text.
	if e.code != l.code {
		return nil, nil, false
	}
	// Two body paragraphs in different sections: a summary repeated under a
	// "Synopsis" heading is a docs convention.
	if bodyText(e) && bodyText(l) && headingBetween(doc, e.index, l.index) {
		return nil, nil, false
	}
	// Two later body paragraphs (list items, parallel sentences) are not
	// the head of the article: one of the pair must be a headline or the lead.
	if e.name == "paragraph" && l.name == "paragraph" {
		return nil, nil, false
	}
	// Parallel section headings ("Day 1 of the summit", "Day 2 of the
	// summit") are structure, not copies.
	if e.Kind == lint.Heading && l.Kind == lint.Heading {
		return nil, nil, false
	}
	// A page's <title> or front-matter title repeated by the body's heading
	// is how pages are built; a description is not compared with headings.
	if e.Meta != l.Meta {
		body := l
		if l.Meta {
			body = e
		}
		if body.Kind == lint.Title || body.Kind == lint.Heading {
			return nil, nil, false
		}
	}
	short, long := e.n(), l.n()
	if short > long {
		short, long = long, short
	}
	if short < minCopyWords {
		return nil, nil, false
	}
	// Near copies: the common words (a bag bound first, then in order).
	need := nearCopy * float64(long)
	if float64(short) >= need && float64(sharedBound(e, l)) >= need && float64(common(e.bag(), l.bag())) >= need {
		if n := lcs(e.all(), l.all()); float64(n) >= need && !parallel(e, l, n) && !headlineVariant(doc, e, l, n) {
			c, o := pickCopy(doc, e, l)
			// A heading is reported only when it is an exact copy.
			if c.Kind == lint.Heading && (n != e.n() || n != l.n()) {
				return nil, nil, false
			}
			return c, o, false
		}
	}
	// A teaser cut short: it is (nearly) the opening of the other block. A
	// lead that only opens the next paragraph is such a teaser too.
	for _, p := range [2][2]*head{{e, l}, {l, e}} {
		t, o := p[0], p[1]
		standfirst := t.name == "lead" && o.name == "paragraph" && t.n() >= minStandfirstWords
		if t.Kind != lint.Teaser && !standfirst || t.n() > o.n() {
			continue
		}
		if o.Kind == lint.Heading || o.Meta && !t.Meta {
			continue
		}
		if t.Meta && o.Kind != lint.Paragraph {
			continue
		}
		window := t.n() + t.n()/4 + 2
		if window > o.n() {
			window = o.n()
		}
		// aligned and the bucket bound first: they spare most pairs the
		// quadratic lcs
		if !aligned(t, o) || float64(bucketBound(t.all(), o.prefix(window))) < nearCopy*float64(t.n()) {
			continue
		}
		n := lcs(t.all(), o.prefix(window))
		if float64(n) < nearCopy*float64(t.n()) ||
			substituted(t.n(), window, n, headline(t) && headline(o)) ||
			headline(t) && headline(o) && !endsCut(doc, t) {
			// parallel text, or a headline that is a shorter edit of the
			// other (a page title and its headline)
			continue
		}
		return t, o, true
	}
	return nil, nil, false
}

// pickCopy names the redundant one of two near copies: never the body's
// lead when the other is a teaser, never a metadata title.
func pickCopy(doc *lint.Document, e, l *head) (cp, orig *head) {
	switch {
	case !l.Meta && !e.Meta && endsCut(doc, e) && !endsCut(doc, l):
		return e, l // the copy cut short with an ellipsis is the redundant one
	case e.Meta && e.Kind == lint.Title:
		return l, e
	case e.Meta:
		// A description copying the body: the body stays.
		return e, l
	case l.Meta:
		return l, e
	case e.Kind == lint.Teaser && l.Kind == lint.Paragraph:
		return e, l
	}
	return l, e
}

// headName names a head block in a message: "paragraph" for the lead.
func headName(h *head) string {
	if h.name == "lead" {
		return "paragraph"
	}
	return h.name
}

func (r DuplicatedTeaser) finding(doc *lint.Document, c, o *head, prefix bool) lint.Finding {
	name := c.name
	if name == "lead" {
		name = "paragraph"
	}
	oname := o.name
	if c.name == "lead" && o.name == "paragraph" {
		oname = "following paragraph"
	}
	what := "the " + oname
	if prefix {
		what = "the start of the " + oname
	}
	f := lint.Finding{
		Span:    c.Span,
		Message: fmt.Sprintf("%s repeats %s (line %d)", name, what, doc.Position(o.Start).Line),
		Related: []lint.Related{{Span: o.Span, Message: "the " + oname + " it repeats"}},
	}
	if c.Meta {
		f.Suggestion = fmt.Sprintf("write the %s in words of its own, or drop it", name)
		return f
	}
	f.Suggestion = fmt.Sprintf("delete the repeated %s", name)
	if e, ok := deleteBlock(doc, c.Block); ok {
		f.Fix = []lint.Edit{e}
	}
	return f
}

// parallel: each of two near copies has words the other lacks, more than
// maxSubstituted allows; two headlines (title, teaser, heading) allow none.
func parallel(e, l *head, common int) bool {
	return substituted(e.n(), l.n(), common, headline(e) && headline(l))
}

// substituted: of two word lists of lengths a and b with common words in
// order, each has more words of its own than maxSubstituted allows.
func substituted(a, b, common int, headlines bool) bool {
	allowed := max(a, b) / maxSubstituted
	if headlines {
		allowed = 0
	}
	return min(a-common, b-common) > allowed
}

// headlineVariant: two headlines, one the other's opening, neither with a
// cut mark ("Vaccine teaches the immune system" and "Vaccine teaches the immune
// system to kill cancer"): a page title and its headline, edited apart.
func headlineVariant(doc *lint.Document, e, l *head, common int) bool {
	if !headline(e) || !headline(l) {
		return false
	}
	short, long := e, l
	if short.n() > long.n() {
		short, long = long, short
	}
	if common != short.n() || short.n() == long.n() || endsCut(doc, e) || endsCut(doc, l) {
		return false
	}
	for i, k := range short.all() {
		if long.key(i) != k {
			return false // a word missing inside: a hole, not an edit
		}
	}
	return true
}

func headline(h *head) bool {
	return h.Kind == lint.Title || h.Kind == lint.Teaser || h.Kind == lint.Heading
}

func bodyText(h *head) bool { return !h.Meta && h.Kind == lint.Paragraph }

// headingBetween: a heading block lies between blocks i and j.
func headingBetween(doc *lint.Document, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if doc.Blocks[k].Kind == lint.Heading {
			return true
		}
	}
	return false
}

// aligned: the teaser t starts where o starts (within maxAlignWords).
func aligned(t, o *head) bool {
	for i := 0; i <= maxAlignWords && i < o.n(); i++ {
		if o.key(i) == t.key(0) {
			return true
		}
	}
	return false
}

// endsCut: the block ends with an ellipsis.
func endsCut(doc *lint.Document, h *head) bool {
	t := bytes.TrimRight(doc.Text[h.Start:h.End], " \t\r\n")
	return bytes.HasSuffix(t, []byte("...")) || bytes.HasSuffix(t, []byte("…"))
}

// codeKey is the inline code of a span, lower-cased: the source under
// masked text between backticks. Empty when the span has none.
func codeKey(doc *lint.Document, s lint.Span) string {
	src := doc.Src[s.Start:s.End]
	if bytes.IndexByte(src, '`') < 0 {
		return ""
	}
	return string(bytes.Map(foldRune, codeRuns(src)))
}

// codeRuns is the text between pairs of backticks, joined.
func codeRuns(src []byte) []byte {
	var out []byte
	for {
		a := bytes.IndexByte(src, '`')
		if a < 0 {
			return out
		}
		b := bytes.IndexByte(src[a+1:], '`')
		if b < 0 {
			return out
		}
		out = append(append(out, src[a+1:a+1+b]...), 0)
		src = src[a+b+2:]
	}
}

// runsTogether: e is the lead paragraph and holds every word of the later
// paragraph l in one unbroken run, and more besides: a scraped summary
// that runs the teaser and the next paragraphs together.
func runsTogether(e, l *head) bool {
	if e.name != "lead" || l.name != "paragraph" || l.n() < minMergedWords || e.n() < l.n()+minCopyWords {
		return false
	}
	// A linear scan: cheaper than the bag bound (a sort) it replaced.
	return containsRun(e.all(), l.all())
}

// containsRun: the keys of b occur in a as one unbroken run.
func containsRun(a, b []uint64) bool {
	for i := 0; i+len(b) <= len(a); i++ {
		if a[i] == b[0] && slices.Equal(a[i:i+len(b)], b) {
			return true
		}
	}
	return false
}
