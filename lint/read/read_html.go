package read

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/translint/translint/lint"
)

// maskedElements hold no article prose: their whole content stays masked.
var maskedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Code: true, atom.Pre: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Select: true, atom.Textarea: true, atom.Button: true,
}

// blockElements end the current block when they open or close.
var blockElements = map[atom.Atom]lint.BlockKind{
	atom.P: lint.Paragraph, atom.Div: lint.Paragraph, atom.Section: lint.Paragraph, atom.Article: lint.Paragraph,
	atom.Main: lint.Paragraph, atom.Aside: lint.Paragraph, atom.Figure: lint.Paragraph, atom.Table: lint.Paragraph,
	// A table row is one block: its cells (td, th) are inline text of the
	// row, as in a Markdown table.
	atom.Tr: lint.Paragraph, atom.Caption: lint.Paragraph, atom.Dt: lint.Paragraph, atom.Dd: lint.Paragraph,
	atom.Ul: lint.Paragraph, atom.Ol: lint.Paragraph, atom.Dl: lint.Paragraph, atom.Body: lint.Paragraph, atom.Head: lint.Paragraph,
	atom.Address: lint.Byline, atom.Hr: lint.Paragraph, atom.Br: lint.Paragraph,
	atom.H1: lint.Heading, atom.H2: lint.Heading, atom.H3: lint.Heading, atom.H4: lint.Heading, atom.H5: lint.Heading, atom.H6: lint.Heading,
	atom.Li: lint.ListItem, atom.Blockquote: lint.Quote, atom.Figcaption: lint.Caption, atom.Title: lint.Title,
}

// readHTML reads an HTML page with the x/net/html tokenizer, which hands
// back each token's raw bytes, so positions stay exact. Tags are masked; text
// inside script, style, code, pre, nav, header and footer stays masked;
// entities are decoded in place. <title> is the Title; <meta
// name="description"> (or og:description when there is none) is the Teaser,
// positioned at its content attribute; <html lang> declares the language.
//
// A page that starts with front matter (Jekyll's pages and layouts) has it
// read as a Markdown file's, and its Liquid tags and output are masked.
func readHTML(d *lint.Document) {
	fmEnd := frontMatter(d)
	Mask(d.Text, 0, len(d.Text))
	src := d.Src
	if fmEnd > 0 {
		for _, b := range d.Blocks { // the front matter's title and teaser
			copy(d.Text[b.Start:b.End], d.Src[b.Start:b.End])
		}
		if blanked := siteMarkupIn(d.Src, fmEnd, markupLiquid); blanked != nil {
			src = blanked
		}
	}
	readHTMLFrom(d, src, fmEnd)
}

// readHTMLFrom reads the page src[from:]; src is d.Src or a copy of it in
// which markup is blank.
func readHTMLFrom(d *lint.Document, src []byte, from int) {
	z := html.NewTokenizer(bytes.NewReader(src[from:]))
	off := from
	maskDepth := 0
	type open struct {
		a    atom.Atom
		kind lint.BlockKind
	}
	var stack []open // the open block elements
	cur := lint.Span{Start: -1, End: -1}
	var desc, ogDesc *lint.Span
	flush := func() {
		if cur.Start >= 0 {
			s := cur.Trim(d.Text)
			if s.Len() > 0 {
				// The innermost element decides, except that a generic
				// container (p, div…) inside a quote, list item or caption
				// takes that role: <blockquote><p>…</p></blockquote> is a Quote.
				kind := lint.Paragraph
				for i := len(stack) - 1; i >= 0; i-- {
					if k := stack[i].kind; k != lint.Paragraph {
						if i == len(stack)-1 || k == lint.Quote || k == lint.ListItem || k == lint.Caption {
							kind = k
						}
						break
					}
				}
				if kind == lint.Paragraph && isByline(d.Text[s.Start:s.End]) {
					kind = lint.Byline
				}
				d.Blocks = append(d.Blocks, lint.Block{Kind: kind, Span: s, Meta: kind == lint.Title})
			}
		}
		cur = lint.Span{Start: -1, End: -1}
	}
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break // io.EOF, or a tokenizer error: what was read so far stands
		}
		raw := z.Raw()
		start, end := off, off+len(raw)
		off = end
		switch tt {
		case html.TextToken:
			if maskDepth > 0 {
				continue
			}
			copy(d.Text[start:end], src[start:end])
			decodeEntities(d.Text, start, end)
			if cur.Start < 0 {
				cur.Start = start
			}
			cur.End = end
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Meta && hasAttr {
				if s, which := metaContent(d, z, start, raw); which == "description" {
					desc = &s
				} else if which == "og:description" {
					ogDesc = &s
				}
				continue
			}
			if a == atom.Html && hasAttr {
				for {
					k, v, more := z.TagAttr()
					if string(k) == "lang" {
						d.DeclaredLang = string(v)
					}
					if !more {
						break
					}
				}
			}
			if maskedElements[a] && tt == html.StartTagToken {
				maskDepth++
				continue
			}
			if kind, ok := blockElements[a]; ok {
				flush()
				if tt == html.StartTagToken && a != atom.Br && a != atom.Hr {
					stack = append(stack, open{a, kind})
				}
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			if maskedElements[a] {
				if maskDepth > 0 {
					maskDepth--
				}
				continue
			}
			if _, ok := blockElements[a]; ok {
				flush()
				// Pop to the matching element; a stray end tag pops nothing.
				for i := len(stack) - 1; i >= 0; i-- {
					if stack[i].a == a {
						stack = stack[:i]
						break
					}
				}
			}
		}
	}
	flush()
	maskURLs(d.Text)
	teaser := desc
	if teaser == nil {
		teaser = ogDesc
	}
	if teaser != nil {
		copy(d.Text[teaser.Start:teaser.End], d.Src[teaser.Start:teaser.End])
		decodeEntities(d.Text, teaser.Start, teaser.End)
		// Keep blocks in document order.
		i := 0
		for i < len(d.Blocks) && d.Blocks[i].Start < teaser.Start {
			i++
		}
		d.Blocks = append(d.Blocks[:i], append([]lint.Block{{Kind: lint.Teaser, Span: *teaser, Meta: true}}, d.Blocks[i:]...)...)
	}
}

// metaContent returns the span of a <meta> tag's content attribute value and
// which teaser it is ("description", "og:description" or "").
func metaContent(d *lint.Document, z *html.Tokenizer, start int, raw []byte) (lint.Span, string) {
	which := ""
	for {
		k, v, more := z.TagAttr()
		key := strings.ToLower(string(k))
		if key == "name" || key == "property" {
			switch strings.ToLower(string(v)) {
			case "description":
				which = "description"
			case "og:description":
				which = "og:description"
			}
		}
		if !more {
			break
		}
	}
	if which == "" {
		return lint.Span{}, ""
	}
	s, ok := attrValueSpan(raw, "content")
	if !ok {
		return lint.Span{}, ""
	}
	s = lint.Span{Start: start + s.Start, End: start + s.End}.Trim(d.Src)
	if s.Len() == 0 {
		return lint.Span{}, ""
	}
	return s, which
}

// attrValueSpan finds the value of attribute name in a raw start tag.
func attrValueSpan(raw []byte, name string) (lint.Span, bool) {
	lower := bytes.ToLower(raw)
	for i := 0; ; {
		j := bytes.Index(lower[i:], []byte(name))
		if j < 0 {
			return lint.Span{}, false
		}
		p := i + j
		i = p + len(name)
		if p == 0 || !isHTMLSpace(lower[p-1]) {
			continue
		}
		k := i
		for k < len(raw) && isHTMLSpace(raw[k]) {
			k++
		}
		if k >= len(raw) || raw[k] != '=' {
			continue
		}
		k++
		for k < len(raw) && isHTMLSpace(raw[k]) {
			k++
		}
		if k >= len(raw) {
			return lint.Span{}, false
		}
		if q := raw[k]; q == '"' || q == '\'' {
			e := bytes.IndexByte(raw[k+1:], q)
			if e < 0 {
				return lint.Span{}, false
			}
			return lint.Span{Start: k + 1, End: k + 1 + e}, true
		}
		e := k
		for e < len(raw) && !isHTMLSpace(raw[e]) && raw[e] != '>' {
			e++
		}
		return lint.Span{Start: k, End: e}, true
	}
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
