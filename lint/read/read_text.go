package read

import (
	"bytes"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// readText builds the blocks of a plain-text article. Paragraphs are
// separated by blank lines; a group of lines that is not hard-wrapped (one
// paragraph per line, as copied from a web page) is one block per line. The
// leading short lines without a final period are the Title and Teaser, also
// when no blank line separates them.
func readText(d *lint.Document) {
	maskURLs(d.Text)
	var groups [][]lint.Span
	var cur []lint.Span
	for n := 1; n <= d.LineCount(); n++ {
		ls := d.LineSpan(n)
		t := lint.TrimSpan(d.Text, ls)
		if t.Len() == 0 {
			if len(cur) > 0 {
				groups = append(groups, cur)
				cur = nil
			}
			continue
		}
		cur = append(cur, t)
	}
	if len(cur) > 0 {
		groups = append(groups, cur)
	}
	var blocks []lint.Block
	for gi, g := range groups {
		if hardWrapped(d.Text, g) && !(gi == 0 && headlineLines(d.Text, g)) {
			blocks = append(blocks, lint.Block{Kind: lint.Paragraph, Span: lint.Span{Start: g[0].Start, End: g[len(g)-1].End}})
			continue
		}
		for _, l := range g {
			blocks = append(blocks, lint.Block{Kind: lint.Paragraph, Span: l})
		}
	}
	// Leading headline lines: the first is the Title, up to two more are Teasers.
	for i := range blocks {
		if i > 2 || !isHeadlineLike(d.Text[blocks[i].Start:blocks[i].End]) {
			break
		}
		if i == 0 {
			blocks[i].Kind = lint.Title
		} else {
			blocks[i].Kind = lint.Teaser
		}
	}
	for i := range blocks {
		if blocks[i].Kind == lint.Paragraph && isByline(d.Text[blocks[i].Start:blocks[i].End]) {
			blocks[i].Kind = lint.Byline
		}
	}
	d.Blocks = blocks
}

// hardWrapped reports whether a group of lines is one paragraph wrapped at a
// fixed width: every line but the last is between 40 and 100 code points.
func hardWrapped(text []byte, g []lint.Span) bool {
	if len(g) < 2 {
		return len(g) == 1
	}
	for _, l := range g[:len(g)-1] {
		n := utf8.RuneCount(text[l.Start:l.End])
		if n < 40 || n > 100 {
			return false
		}
	}
	return true
}

// headlineLines reports whether a group of up to three lines has no line
// ending like a sentence: a title with its teaser on the next line, not a
// wrapped paragraph (whose last line ends with a period).
func headlineLines(text []byte, g []lint.Span) bool {
	if len(g) < 2 || len(g) > 3 {
		return false
	}
	for _, l := range g {
		if !isHeadlineLike(text[l.Start:l.End]) {
			return false
		}
	}
	return true
}

// isHeadlineLike: one line, at most 200 code points, not ending like a
// sentence (an ellipsis is allowed: cut headlines end with one).
func isHeadlineLike(b []byte) bool {
	if bytes.IndexByte(b, '\n') >= 0 || utf8.RuneCount(b) > 200 {
		return false
	}
	t := bytes.TrimRight(b, " \t\"'”’»)")
	if bytes.HasSuffix(t, []byte("...")) || bytes.HasSuffix(t, []byte("…")) {
		return true
	}
	if len(t) == 0 {
		return false
	}
	switch t[len(t)-1] {
	case '.', '!', '?', ':', ';', ',':
		return false
	}
	return true
}

func isByline(b []byte) bool {
	if !bytes.HasPrefix(b, []byte("By ")) && !bytes.HasPrefix(b, []byte("by ")) {
		return false // tested first: counting runes costs a pass over the block
	}
	return utf8.RuneCount(b) <= 80 && bytes.IndexByte(b, '\n') < 0
}
