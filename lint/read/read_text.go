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
		t := ls.Trim(d.Text)
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
	wrappedDoc := wrappedLines(d.Text, groups)
	for gi, g := range groups {
		switch {
		case gi == 0 && headlineLines(d.Text, g):
		case hardWrapped(d.Text, g):
			blocks = append(blocks, lint.Block{Kind: lint.Paragraph, Span: lint.Span{Start: g[0].Start, End: g[len(g)-1].End}})
			continue
		case wrappedDoc:
			blocks = appendWrappedRuns(blocks, d.Text, g)
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

// Wrap widths: a hard-wrapped line is filled to between minWrapWidth and
// maxWrapWidth code points; a document is hard-wrapped when at most one line
// in wrapTolerance is longer (a URL or a command that would not break).
const (
	minWrapWidth  = 40
	maxWrapWidth  = 100
	wrapTolerance = 20
)

// wrappedLines reports whether a document is written hard-wrapped, as
// release notes, READMEs and mails are: (almost) no line is longer than
// maxWrapWidth. Text copied from a web page has a paragraph a line, most of
// them longer.
func wrappedLines(text []byte, groups [][]lint.Span) bool {
	n, long := 0, 0
	for _, g := range groups {
		for _, l := range g {
			n++
			if utf8.RuneCount(text[l.Start:l.End]) > maxWrapWidth {
				long++
			}
		}
	}
	return n > 0 && long*wrapTolerance <= n
}

// appendWrappedRuns splits a group of lines of a hard-wrapped document into
// its paragraphs: a line filled to the margin goes on in the next line,
// unless that one opens a list item; a short line (a heading, a command
// name, the last line of a paragraph) ends its run.
func appendWrappedRuns(blocks []lint.Block, text []byte, g []lint.Span) []lint.Block {
	start := 0
	for k := 1; k <= len(g); k++ {
		if k < len(g) && utf8.RuneCount(text[g[k-1].Start:g[k-1].End]) >= minWrapWidth && !listBullet(text[g[k].Start:g[k].End]) {
			continue
		}
		blocks = append(blocks, lint.Block{Kind: lint.Paragraph, Span: lint.Span{Start: g[start].Start, End: g[k-1].End}})
		start = k
	}
	return blocks
}

// listBullet reports whether a line opens a list item: "- ", "* ", "+ ",
// "• ", "o " or a number with "." or ")".
func listBullet(b []byte) bool {
	if len(b) >= 2 && b[1] == ' ' && bytes.IndexByte([]byte("-*+o"), b[0]) >= 0 || bytes.HasPrefix(b, []byte("• ")) {
		return true
	}
	k := 0
	for k < len(b) && k < 3 && b[k] >= '0' && b[k] <= '9' {
		k++
	}
	return k > 0 && k+1 < len(b) && (b[k] == '.' || b[k] == ')') && b[k+1] == ' '
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
