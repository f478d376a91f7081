package teaser

import (
	"bytes"
	"fmt"
	"regexp"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/textkey"
	"github.com/translint/translint/rules/boilerplate"
)

// A paragraph cut before a box: a scraper that stops copying the article
// where the page's "Related" or "Read also" box begins (or a template that
// puts the box in the middle of the text and drops what follows) leaves the
// last sentence of the article without its end, and no ellipsis says so:
// "... the election showed that voters expect him" and then "Related".

// Thresholds of the cut-before-a-box test of truncation.
const (
	// minBoxCutWords: a shorter block is a caption, a credit or a label,
	// which may end without a period.
	minBoxCutWords = 12
	// minBoxCutSentences: the block holds a whole sentence before the cut
	// one, so it is prose, where every sentence ends with a mark.
	minBoxCutSentences = 2
	// maxBoxHeaderWords: a box header is a short label ("Related", "Read
	// also", "You may also like").
	maxBoxHeaderWords = 6
	// maxBoxItemWords: the block after the header is a link title or a
	// list item of the box, no longer than this.
	maxBoxItemWords = 25
)

// boxHeaders are the labels of related-articles boxes of every language,
// folded (textkey.Normalize): the "list" phrases of the boilerplate packs.
// Read once, and only when a paragraph ends like a cut one.
var boxHeaders = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	ps, err := boilerplate.BuiltinPhrases()
	if err != nil {
		return m // the packs are embedded and tested: never in practice
	}
	for _, p := range ps {
		if p.Kind == boilerplate.KindList {
			if n := textkey.Normalize(p.Text); n != "" {
				m[n] = true
			}
		}
	}
	return m
})

// cutBeforeBox finds the paragraphs of prose whose last sentence stops
// without a mark right before the header of a related-articles box.
func cutBeforeBox(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	bs := doc.Blocks
	for i := 0; i+2 < len(bs); i++ {
		b, h, item := bs[i], bs[i+1], bs[i+2]
		// A plain-text paragraph cut short may be read as a teaser: it
		// ends like a headline, without a period.
		if b.Meta || b.Kind != lint.Paragraph && b.Kind != lint.Teaser || h.Meta || item.Meta {
			continue
		}
		last, ok := cutEnd(doc, b)
		if !ok || !boxHeader(doc, h) {
			continue
		}
		if n := len(doc.WordsIn(item.Span)); n == 0 || n > maxBoxItemWords {
			continue // a header that heads no box of links
		}
		if len(doc.WordsIn(b.Span)) < minBoxCutWords || len(layer.Split(doc.Text, b.Span)) < minBoxCutSentences {
			continue
		}
		header := bytes.TrimSpace(doc.Text[h.Start:h.End])
		out = append(out, lint.Finding{
			Span:       last,
			Message:    fmt.Sprintf("paragraph cut off mid-sentence before the %q box: its last sentence has no end", string(header)),
			Suggestion: "restore the end of the sentence from the original article, or end the paragraph at the last whole sentence",
			Related:    []lint.Related{{Span: h.Span, Message: "the box that follows"}},
		})
	}
	return out
}

// cutEnd reports whether block b ends with a lower-case word with nothing
// after it on its line but the end tag of an HTML block, not even markup (a
// link, inline code, a closing quotation mark), and returns that word's
// span.
func cutEnd(doc *lint.Document, b lint.Block) (lint.Span, bool) {
	src := doc.Src[b.Start:b.End]
	end := len(src)
	for end > 0 && (src[end-1] == ' ' || src[end-1] == '\t' || src[end-1] == '\r' || src[end-1] == '\n') {
		end-- // a loop, not bytes.TrimRight: this runs for every paragraph
	}
	if end == 0 || src[end-1] < utf8.RuneSelf && (src[end-1] < 'a' || src[end-1] > 'z') {
		return lint.Span{}, false // most paragraphs end with a mark
	}
	r, _ := utf8.DecodeLastRune(src[:end])
	if !unicode.IsLower(r) {
		return lint.Span{}, false
	}
	e := b.Start + end
	if doc.Text[e-1] != doc.Src[e-1] {
		return lint.Span{}, false // the letter is markup, masked in the text
	}
	rest := doc.Src[e:]
	if i := bytes.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	if doc.Format == lint.FormatHTML {
		rest = reBlockEndTags.ReplaceAll(rest, nil)
	}
	if len(bytes.TrimSpace(rest)) > 0 {
		return lint.Span{}, false // a link, code or a quotation mark ends it
	}
	ws := doc.WordsIn(b.Span)
	if len(ws) == 0 || int(ws[len(ws)-1].End) != e {
		return lint.Span{}, false
	}
	w := ws[len(ws)-1]
	if int(w.Start) > b.Start {
		switch doc.Src[w.Start-1] {
		case '#', '@', '/', '_', '`':
			return lint.Span{}, false // a hashtag, a handle, a path
		}
	}
	return w.Span(), true
}

// reBlockEndTags are end tags of HTML blocks, which may follow the last
// word of a paragraph on its line.
var reBlockEndTags = regexp.MustCompile(`(?i)</(?:p|div|section|article|li|td|blockquote)\s*>`)

// boxHeader: block h is the label of a related-articles box.
func boxHeader(doc *lint.Document, h lint.Block) bool {
	t := doc.Text[h.Start:h.End]
	if bytes.IndexByte(t, '\n') >= 0 || len(doc.WordsIn(h.Span)) > maxBoxHeaderWords {
		return false
	}
	return boxHeaders()[textkey.Normalize(string(t))]
}
