package read

import (
	"bytes"
	"slices"

	"github.com/translint/translint/lint"
)

// A fast path for Markdown bodies that are only paragraphs and ATX
// headings with no inline markup at all. goldmark reads such a body the way
// it reads any other, byte by byte through its inline parsers, and that loop
// was a third of the time translint spends on a plain article. Here a body
// qualifies when it has none of the bytes that start inline markup, HTML,
// code or tables (` * _ [ ] < > \ & ! ~ |), no tab, carriage return or other
// control byte, and no line that could open another kind of block: indented
// four spaces or more (code), or starting with -, +, = (lists, thematic
// breaks, setext underlines), : (a definition of a definition list) or a
// number followed by . or ) (ordered lists).
// Any other body goes to goldmark. For a body that qualifies, goldmark's
// reading is fixed by CommonMark: blank lines separate paragraphs, a line of
// one to six # followed by a space or the line end is a heading (which
// interrupts a paragraph), and every other byte is prose; the differential
// test in read_markdown_plain_test.go holds the two to the same result.

// plainBody is the fast path the Markdown reader tries first; a variable so
// that the differential test can turn it off.
var plainBody = plainMarkdown

// plainMarkdown appends the blocks of the body src[start:] to d.Blocks and
// unmasks their text, or reports false, changing nothing, when the body does
// not qualify. firstH1 reports a level-1 heading as the first block.
func plainMarkdown(d *lint.Document, start int) (firstH1, ok bool) {
	src := d.Src
	if start > 0 && src[start-1] != '\n' {
		// the front matter ends with its closing line's break
		end := lineEnd(src, start)
		if plainIndent(src[start:end]) != end-start {
			return false, false
		}
		start = min(end+1, len(src))
	}
	// First pass: check every byte and line, so nothing is changed for a
	// body that goes to goldmark after all; count the blocks it can hold
	// (headings and paragraphs) to allocate them once.
	blocks, inPara := 0, false
	for pos := start; pos < len(src); {
		end := lineEnd(src, pos)
		for _, c := range src[pos:end] {
			if plainReject[c] {
				return false, false
			}
		}
		kind, _, _, bad := plainLine(src[pos:end])
		if bad {
			return false, false
		}
		switch kind {
		case plainBlank:
			inPara = false
		case plainHeading:
			blocks, inPara = blocks+1, false
		default:
			if !inPara {
				blocks, inPara = blocks+1, true
			}
		}
		pos = end + 1
	}
	d.Blocks = slices.Grow(d.Blocks, blocks)
	para := lint.Span{Start: -1, End: -1}
	flush := func() {
		if para.Start < 0 {
			return
		}
		d.Blocks = appendPlainBlock(d, lint.Paragraph, para)
		para = lint.Span{Start: -1, End: -1}
	}
	for pos := start; pos < len(src); {
		end := lineEnd(src, pos)
		kind, textStart, level, _ := plainLine(src[pos:end])
		switch kind {
		case plainBlank:
			flush()
		case plainHeading:
			flush()
			n := len(d.Blocks)
			d.Blocks = appendPlainBlock(d, lint.Heading, lint.Span{Start: pos + textStart, End: end})
			if n == 0 && len(d.Blocks) == 1 {
				firstH1 = level == 1
			}
		default:
			if para.Start < 0 {
				para.Start = pos
			}
			para.End = end
		}
		pos = end + 1
	}
	flush()
	return firstH1, true
}

// appendPlainBlock unmasks span (line breaks stay as they are) and appends
// it as a block when it holds any prose, as the goldmark path does.
func appendPlainBlock(d *lint.Document, kind lint.BlockKind, span lint.Span) []lint.Block {
	// Text keeps the line breaks where Src has them, so a copy unmasks
	// everything else.
	copy(d.Text[span.Start:span.End], d.Src[span.Start:span.End])
	span = span.Trim(d.Text)
	if span.Len() == 0 {
		return d.Blocks
	}
	if kind == lint.Paragraph && isByline(d.Text[span.Start:span.End]) {
		kind = lint.Byline
	}
	return append(d.Blocks, lint.Block{Kind: kind, Span: span})
}

// plainReject marks the bytes that send a body to goldmark (all ASCII; the
// table covers every byte so the scan needs no range check).
var plainReject = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = c != '\n'
	}
	for _, c := range "`*_[]<>\\&!~|" {
		t[c] = true
	}
	t[0x7f] = true
	return t
}()

type plainKind int

const (
	plainText plainKind = iota
	plainBlank
	plainHeading
)

// plainLine classifies one line (without its line break). For a heading,
// textStart is the offset of its text after the # marks and level their
// number; bad reports a line that could open a block the fast path does not
// read.
func plainLine(line []byte) (kind plainKind, textStart, level int, bad bool) {
	ind := plainIndent(line)
	if ind == len(line) {
		return plainBlank, 0, 0, false
	}
	if ind >= 4 {
		return 0, 0, 0, true
	}
	rest := line[ind:]
	switch c := rest[0]; {
	case c == '-' || c == '+' || c == '=' || c == ':': // ':' opens a definition
		return 0, 0, 0, true
	case c >= '0' && c <= '9':
		i := 0
		for i < len(rest) && i < 10 && rest[i] >= '0' && rest[i] <= '9' {
			i++
		}
		if i < len(rest) && (rest[i] == '.' || rest[i] == ')') {
			return 0, 0, 0, true
		}
	case c == '#':
		n := 0
		for n < len(rest) && rest[n] == '#' {
			n++
		}
		if n > 6 || n < len(rest) && rest[n] != ' ' {
			return plainText, 0, 0, false // "#hashtag" or seven marks: prose
		}
		for _, b := range rest[n:] {
			if b == '#' {
				return 0, 0, 0, true // a closing sequence: left to goldmark
			}
		}
		return plainHeading, ind + n, n, false
	}
	return plainText, 0, 0, false
}

func plainIndent(line []byte) int {
	i := 0
	for i < len(line) && line[i] == ' ' {
		i++
	}
	return i
}

// lineEnd returns the offset of the line break ending the line at pos, or
// len(src) for the last line.
func lineEnd(src []byte, pos int) int {
	if i := bytes.IndexByte(src[pos:], '\n'); i >= 0 {
		return pos + i
	}
	return len(src)
}
