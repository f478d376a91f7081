package lint

import (
	"sort"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// markdown is goldmark with the GitHub Flavoured Markdown tables,
// strikethrough and task lists of gfm.go. Linkify is left out: maskURLs
// already masks bare URLs, and linkify cost a tenth of the parse. A
// goldmark.Markdown is safe for concurrent use.
var markdown = goldmark.New(goldmark.WithParserOptions(gfmParserOptions()...))

// readMarkdown reads front matter and parses the body with goldmark.
//
// Masking works the other way round from the text reader: the body starts
// fully masked and only the bytes of inline text nodes are copied back, so
// everything goldmark does not call prose stays masked without a case for
// each construct: code blocks and spans, link destinations, images, inline
// HTML tags and comments, reference definitions, list and quote markers,
// emphasis delimiters, heading marks and table pipes. The text of HTML
// blocks is read as the HTML reader reads a page (read_markdown_html.go).
func readMarkdown(d *Document) {
	fmEnd := frontMatter(d)
	Mask(d.Text, fmEnd, len(d.Text))
	meta := d.Blocks
	d.Blocks = nil
	firstH1, plain := plainBody(d, fmEnd)
	if !plain {
		firstH1 = goldmarkBody(d, fmEnd)
	}
	maskURLs(d.Text)
	decodeEntities(d.Text, fmEnd, len(d.Text))
	// A leading level-1 heading is the title when the front matter has none.
	hasTitle := false
	for _, b := range meta {
		hasTitle = hasTitle || b.Kind == Title
	}
	if !hasTitle && firstH1 {
		d.Blocks[0].Kind = Title
	}
	d.Blocks = append(meta, d.Blocks...)
}

// goldmarkBody reads the body src[fmEnd:] with goldmark, appends its blocks
// to d.Blocks and unmasks their text. It reports a level-1 heading as the
// first block.
func goldmarkBody(d *Document, fmEnd int) (firstH1 bool) {
	// goldmark parses a copy in which the front matter is blank, so its
	// segments are offsets into Src.
	parseSrc := d.Src // goldmark does not write to its source
	if fmEnd > 0 {
		parseSrc = append([]byte(nil), d.Src...)
		Mask(parseSrc, 0, fmEnd)
	}
	root := markdown.Parser().Parse(text.NewReader(parseSrc))

	afterImage := false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock, tableCellKind:
		case ast.KindHTMLBlock:
			d.Blocks = append(d.Blocks, htmlBlockProse(d, n.(*ast.HTMLBlock))...)
			afterImage = false
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		span, ok := unmaskInline(d, n)
		onlyImage := !ok && hasChild(n, ast.KindImage)
		if ok {
			kind := markdownKind(n)
			if kind == Paragraph && (afterImage && isEmphasisOnly(n) || hasChild(n, ast.KindImage)) {
				kind = Caption
			} else if kind == Paragraph && isByline(d.Text[span.Start:span.End]) {
				kind = Byline
			}
			if len(d.Blocks) == 0 {
				h, isH := n.(*ast.Heading)
				firstH1 = isH && h.Level == 1
			}
			d.Blocks = append(d.Blocks, Block{Kind: kind, Span: span})
		}
		afterImage = onlyImage
		return ast.WalkSkipChildren, nil
	})
	// goldmark puts a table before the paragraph lines that precede its
	// header row; blocks are kept in document order.
	sort.SliceStable(d.Blocks, func(i, j int) bool { return d.Blocks[i].Start < d.Blocks[j].Start })
	return firstH1
}

// unmaskInline copies the bytes of n's inline text back into d.Text and
// returns the span from the first to the last prose byte.
func unmaskInline(d *Document, n ast.Node) (Span, bool) {
	span := Span{-1, -1}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind() {
			case ast.KindCodeSpan, ast.KindImage, ast.KindRawHTML, ast.KindAutoLink:
				continue
			case ast.KindText:
				seg := c.(*ast.Text).Segment
				if seg.Stop <= seg.Start {
					continue
				}
				copy(d.Text[seg.Start:seg.Stop], d.Src[seg.Start:seg.Stop])
				if span.Start < 0 || seg.Start < span.Start {
					span.Start = seg.Start
				}
				if seg.Stop > span.End {
					span.End = seg.Stop
				}
				continue
			}
			walk(c)
		}
	}
	walk(n)
	if span.Start < 0 {
		return Span{}, false
	}
	span = TrimSpan(d.Text, span)
	return span, span.Len() > 0
}

func markdownKind(n ast.Node) BlockKind {
	if n.Kind() == ast.KindHeading {
		return Heading
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindBlockquote:
			return Quote
		case ast.KindListItem:
			return ListItem
		}
	}
	return Paragraph
}

func hasChild(n ast.Node, k ast.NodeKind) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c.Kind() == k || hasChild(c, k) {
			return true
		}
	}
	return false
}

// isEmphasisOnly: a paragraph that is one emphasis node ("*Photo: Reuters*").
func isEmphasisOnly(n ast.Node) bool {
	c := n.FirstChild()
	return c != nil && c.NextSibling() == nil && c.Kind() == ast.KindEmphasis
}
