package read

import (
	"bytes"
	"sort"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/translint/translint/lint"
)

// siteRefs resolves the full and collapsed link references of a body
// ("[text][name]", "[text][]") even when the definition is not in the file,
// as on sites that keep their link definitions in a shared file: the
// brackets are markup and the text stays prose, as in any link. A lone
// "[text]" is left alone: without a definition it is more often a gloss or
// an editor's note than a link.
type siteRefs struct {
	parser.Context
	labels map[string]bool
}

func (c siteRefs) Reference(label string) (parser.Reference, bool) {
	if r, ok := c.Context.Reference(label); ok {
		return r, true
	}
	if !c.labels[label] {
		return nil, false
	}
	return parser.NewReference([]byte(label), nil, nil), true
}

// referenceLabels returns the labels, as goldmark normalises them, of the
// full and collapsed references in src[start:]: "name" of "[text][name]",
// "text" of "[text][]".
func referenceLabels(src []byte, start int) map[string]bool {
	var labels map[string]bool
	for i := start; ; {
		k := bytes.Index(src[i:], []byte("]["))
		if k < 0 {
			return labels
		}
		k += i
		i = k + 2
		e := bytes.IndexAny(src[i:min(len(src), i+maxLabel)], "]\n[")
		if e < 0 || src[i+e] != ']' {
			continue
		}
		label := src[i : i+e]
		if e == 0 { // collapsed: the label is the text before
			o := bytes.LastIndexAny(src[max(start, k-maxLabel):k], "[]\n")
			if o < 0 || src[max(start, k-maxLabel)+o] != '[' {
				continue
			}
			label = src[max(start, k-maxLabel)+o+1 : k]
		}
		if len(bytes.TrimSpace(label)) == 0 {
			continue
		}
		if labels == nil {
			labels = map[string]bool{}
		}
		labels[util.ToLinkReference(label)] = true
	}
}

// maxLabel bounds the length of a reference label referenceLabels reads.
const maxLabel = 200

// markdown is goldmark with its own GitHub Flavoured Markdown tables,
// strikethrough and task lists, the definition lists of PHP Markdown
// Extra, kramdown and Hugo ("Term" then ": description"), so that the ": "
// marker is markup, not prose, and footnotes ("[^1]" is markup, the note's
// text is prose). Linkify is left out: maskURLs already masks bare URLs, and
// linkify cost a tenth of the parse. One difference from GitHub is
// accepted: goldmark makes a table of a header row with fewer cells than the
// delimiter row under it, where GitHub keeps a paragraph; both read the
// cells' words as prose. A goldmark.Markdown is safe for concurrent use.
var markdown = goldmark.New(goldmark.WithExtensions(
	extension.Table, extension.Strikethrough, extension.TaskList, extension.DefinitionList, extension.Footnote,
))

// readMarkdown reads front matter and parses the body with goldmark.
//
// Masking works the other way round from the text reader: the body starts
// fully masked and only the bytes of inline text nodes are copied back, so
// everything goldmark does not call prose stays masked without a case for
// each construct: code blocks and spans, link destinations, images, inline
// HTML tags and comments, reference definitions, list and quote markers,
// emphasis delimiters, heading marks and table pipes. The text of HTML
// blocks is read as the HTML reader reads a page (read_markdown_html.go).
func readMarkdown(d *lint.Document) {
	fmEnd := frontMatter(d)
	Mask(d.Text, fmEnd, len(d.Text))
	meta := d.Blocks
	d.Blocks = nil
	// Site-generator markup is blanked in the copy goldmark parses; with
	// none, the fast path may read the body.
	parseSrc := siteMarkup(d.Src, fmEnd, isMDX(d.Path))
	plain := false
	firstH1 := false
	if parseSrc == nil {
		firstH1, plain = plainBody(d, fmEnd)
		parseSrc = d.Src
	}
	if !plain {
		firstH1 = goldmarkBody(d, parseSrc, fmEnd)
	}
	maskURLs(d.Text)
	decodeEntities(d.Text, fmEnd, len(d.Text))
	// A paragraph that is only a bare URL holds no prose once it is masked.
	kept := d.Blocks[:0]
	for i, b := range d.Blocks {
		if len(bytes.TrimSpace(d.Text[b.Start:b.End])) == 0 {
			firstH1 = firstH1 && i > 0
			continue
		}
		kept = append(kept, b)
	}
	d.Blocks = kept
	// A leading level-1 heading is the title when the front matter has none.
	hasTitle := false
	for _, b := range meta {
		hasTitle = hasTitle || b.Kind == lint.Title
	}
	if !hasTitle && firstH1 {
		d.Blocks[0].Kind = lint.Title
	}
	d.Blocks = append(meta, d.Blocks...)
}

// goldmarkBody reads the body of src with goldmark, appends its blocks to
// d.Blocks and unmasks their text. src is d.Src or a copy of the same length
// in which site-generator markup is blank; text is copied back from it, so
// that markup stays masked. It reports a level-1 heading as the first block.
func goldmarkBody(d *lint.Document, src []byte, fmEnd int) (firstH1 bool) {
	// goldmark parses a copy in which the front matter is blank, so its
	// segments are offsets into Src.
	parseSrc := src // goldmark does not write to its source
	if fmEnd > 0 {
		if &parseSrc[0] == &d.Src[0] {
			parseSrc = append([]byte(nil), d.Src...)
		}
		Mask(parseSrc, 0, fmEnd)
	}
	ctx := parser.NewContext()
	if labels := referenceLabels(parseSrc, fmEnd); labels != nil {
		ctx = siteRefs{ctx, labels}
	}
	root := markdown.Parser().Parse(text.NewReader(parseSrc), parser.WithContext(ctx))

	afterImage := false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock, east.KindDefinitionTerm:
		case east.KindTableHeader, east.KindTableRow:
			// A row is one block: its cells are inline text of the row.
			if span, ok := unmaskInline(d, parseSrc, n); ok {
				d.Blocks = append(d.Blocks, lint.Block{Kind: markdownKind(n), Span: span})
			}
			afterImage = false
			return ast.WalkSkipChildren, nil
		case ast.KindHTMLBlock:
			d.Blocks = append(d.Blocks, htmlBlockProse(d, parseSrc, n.(*ast.HTMLBlock))...)
			afterImage = false
			return ast.WalkSkipChildren, nil
		default:
			return ast.WalkContinue, nil
		}
		span, ok := unmaskInline(d, parseSrc, n)
		onlyImage := !ok && hasChild(n, ast.KindImage)
		if ok {
			kind := markdownKind(n)
			if kind == lint.Paragraph && (afterImage && isEmphasisOnly(n) || hasChild(n, ast.KindImage)) {
				kind = lint.Caption
			} else if kind == lint.Paragraph && isByline(d.Text[span.Start:span.End]) {
				kind = lint.Byline
			}
			if len(d.Blocks) == 0 {
				h, isH := n.(*ast.Heading)
				firstH1 = isH && h.Level == 1
			}
			d.Blocks = append(d.Blocks, lint.Block{Kind: kind, Span: span})
		}
		afterImage = onlyImage
		return ast.WalkSkipChildren, nil
	})
	// goldmark puts a table before the paragraph lines that precede its
	// header row; blocks are kept in document order.
	sort.SliceStable(d.Blocks, func(i, j int) bool { return d.Blocks[i].Start < d.Blocks[j].Start })
	return firstH1
}

// unmaskInline copies the bytes of n's inline text from src back into d.Text
// and returns the span from the first to the last prose byte.
func unmaskInline(d *lint.Document, src []byte, n ast.Node) (lint.Span, bool) {
	span := lint.Span{Start: -1, End: -1}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			switch c.Kind() {
			case ast.KindCodeSpan, ast.KindImage, ast.KindRawHTML, ast.KindAutoLink:
				continue
			case ast.KindText:
				seg := c.(*ast.Text).Segment
				if seg.Stop <= seg.Start || codeGlue(src[seg.Start:seg.Stop], c) {
					continue
				}
				copy(d.Text[seg.Start:seg.Stop], src[seg.Start:seg.Stop])
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
		return lint.Span{}, false
	}
	span = span.Trim(d.Text)
	return span, span.Len() > 0
}

// codeGlue: text that is only punctuation and spaces beside a code span
// ("`name`: `string`", "`a`, `b`"): it belongs to the code and would be a
// stray fragment of prose once the code is masked.
func codeGlue(b []byte, n ast.Node) bool {
	prev, next := n.PreviousSibling(), n.NextSibling()
	if (prev == nil || prev.Kind() != ast.KindCodeSpan) && (next == nil || next.Kind() != ast.KindCodeSpan) {
		return false
	}
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ':' && c != ',' && c != ';' && c != '|' && c != '/' && c != '=' && c != '-' {
			return false
		}
	}
	return true
}

func markdownKind(n ast.Node) lint.BlockKind {
	if n.Kind() == ast.KindHeading {
		return lint.Heading
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindBlockquote:
			return lint.Quote
		case ast.KindListItem, east.KindDefinitionList:
			return lint.ListItem
		}
	}
	return lint.Paragraph
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
