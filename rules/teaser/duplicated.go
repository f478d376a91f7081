package teaser

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/translint/translint/lint"
)

// Thresholds of duplicated-teaser, documented in the rule's Doc.
const (
	// minCopyWords: shorter blocks ("Genius Lyrics" twice) are site chrome
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

The rule compares the title and teaser blocks (front matter title, description, summary, teaser, excerpt and lead; HTML <title>, meta description and og:description; the leading short lines of a plain text file) with each other and with the first ` + fmt.Sprint(leadBlocks) + ` body paragraphs. Words are compared lower-cased, without punctuation. Two blocks are copies when their common words, in order, make up at least 80% of the longer block; a teaser is a copy cut short when at least 80% of its words, in order, open the other block (so is a lead paragraph of ` + fmt.Sprint(minStandfirstWords) + ` words or more that only opens the next paragraph). Blocks of fewer than ` + fmt.Sprint(minCopyWords) + ` words are not compared (a site name repeated is chrome, not a teaser).

The finding is on the redundant copy, never on the body text: a teaser that repeats the title or the lead, a paragraph that repeats the headline or the lead. The original is given as a related location. The fix deletes the copy with one adjacent blank line, when the copy stands on lines of its own. A front-matter or <meta> field is never deleted: a description that copies the lead is reported with a suggestion only. A description that summarises the lead in other words is fine, and so is an HTML <h1> (or a Markdown heading) that repeats the page's <title>: that is how pages are built.`,
		Bad:  "Paris prosecutor calls the Durov case exemplary\n\nParis prosecutor calls the Durov case exemplary\n\nThe Paris prosecutor called the case of Pavel Durov exemplary on Monday.",
		Good: "Paris prosecutor calls the Durov case exemplary\n\nThe Paris prosecutor called the case of Pavel Durov exemplary on Monday.",
	}
}

// head is a block of the head of the article that takes part in the comparison.
type head struct {
	lint.Block
	words  []word
	sorted []uint64 // the word keys, sorted
	name   string   // "title", "teaser", "description", "lead", "paragraph"...
}

// headBlocks collects the title and teaser blocks and the first body
// paragraphs, in document order.
func headBlocks(doc *lint.Document) []*head {
	var out []*head
	var metaSeen [][]word
	paragraphs, heads := 0, 0
	for _, b := range doc.Blocks {
		if paragraphs >= leadBlocks {
			break
		}
		var name string
		switch b.Kind {
		case lint.Title, lint.Teaser:
			if heads >= maxHeadBlocks {
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
		h := &head{Block: b, words: words(doc, b.Span, maxCompareWords), name: name}
		if len(h.words) == 0 {
			continue
		}
		h.sorted = make([]uint64, len(h.words))
		for i, w := range h.words {
			h.sorted[i] = w.key
		}
		slices.Sort(h.sorted)
		if b.Meta {
			// og:description, twitter:description and description usually
			// carry one text: keep the first.
			dup := false
			for _, m := range metaSeen {
				if sameWords(m, h.words) {
					dup = true
					break
				}
			}
			if dup {
				continue
			}
			metaSeen = append(metaSeen, h.words)
		}
		out = append(out, h)
	}
	return out
}

// common is the size of the multiset intersection of two sorted key lists,
// an upper bound of their longest common subsequence.
func common(a, b []uint64) int {
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

func sameWords(a, b []word) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].key != b[i].key {
			return false
		}
	}
	return true
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
				cp, orig, prefix := judge(hs[i], hs[j])
				if cp == nil || reported[cp] || reported[orig] {
					continue
				}
				reported[cp] = true
				f := r.finding(doc, cp, orig, prefix)
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
	return out
}

// judge decides whether e (earlier) and l (later) are copies and which one
// is redundant. prefix is true when the copy is the other block cut short.
func judge(e, l *head) (cp, orig *head, prefix bool) {
	if e.Meta && l.Meta {
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
	short, long := len(e.words), len(l.words)
	if short > long {
		short, long = long, short
	}
	if short < minCopyWords {
		return nil, nil, false
	}
	// Near copies: the common words (a bag bound first, then in order).
	need := nearCopy * float64(long)
	if float64(short) >= need && float64(common(e.sorted, l.sorted)) >= need {
		if n := lcs(e.words, l.words); float64(n) >= need {
			c, o := pickCopy(e, l)
			// A heading is reported only when it is an exact copy.
			if c.Kind == lint.Heading && (n != len(e.words) || n != len(l.words)) {
				return nil, nil, false
			}
			return c, o, false
		}
	}
	// A teaser cut short: it is (nearly) the opening of the other block. A
	// lead that only opens the next paragraph is such a teaser too.
	for _, p := range [2][2]*head{{e, l}, {l, e}} {
		t, o := p[0], p[1]
		standfirst := t.name == "lead" && o.name == "paragraph" && len(t.words) >= minStandfirstWords
		if t.Kind != lint.Teaser && !standfirst || len(t.words) > len(o.words) {
			continue
		}
		if o.Kind == lint.Heading || o.Meta && !t.Meta {
			continue
		}
		if t.Meta && o.Kind != lint.Paragraph {
			continue
		}
		window := len(t.words) + len(t.words)/4 + 2
		if window > len(o.words) {
			window = len(o.words)
		}
		if float64(lcs(t.words, o.words[:window])) >= nearCopy*float64(len(t.words)) {
			return t, o, true
		}
	}
	return nil, nil, false
}

// pickCopy names the redundant one of two near copies: never the body's
// lead when the other is a teaser, never a metadata title.
func pickCopy(e, l *head) (cp, orig *head) {
	switch {
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
