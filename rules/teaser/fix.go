package teaser

import (
	"bytes"
	"regexp"
	"strings"

	"github.com/translint/translint/lint"
)

// deleteBlock returns the edit that deletes a block: the whole lines it
// stands on plus one adjacent blank line. It refuses (ok=false) when the
// lines hold anything else: another block, prose outside the block, or HTML
// tags that do not open and close around the block alone.
func deleteBlock(doc *lint.Document, b lint.Block) (lint.Edit, bool) {
	src := doc.Src
	ls := b.Start
	for ls > 0 && src[ls-1] != '\n' {
		ls--
	}
	le := b.End
	for le < len(src) && src[le] != '\n' {
		le++
	}
	lineEnd := le // end of the last line, without its break
	if le < len(src) {
		le++
	}
	// Nothing but the block's own markup and space beside it on its lines.
	before, after := src[ls:b.Start], src[b.End:lineEnd]
	switch doc.Format {
	case lint.FormatHTML:
		if !balancedTags(string(before), string(after)) {
			return lint.Edit{}, false
		}
	case lint.FormatMarkdown:
		if !blankOrMarkers(before) || !blankOrMarkers(after) {
			return lint.Edit{}, false
		}
	default:
		if !blank(before) || !blank(after) {
			return lint.Edit{}, false
		}
	}
	for _, o := range doc.Blocks {
		if o.Span != b.Span && o.Start < le && ls < o.End {
			return lint.Edit{}, false
		}
	}
	// One adjacent blank line: the one after, else the one before.
	if next := lineAt(src, le); le < len(src) && blank(src[le:next]) {
		le = next
	} else if ls > 0 {
		ps := ls - 1
		for ps > 0 && src[ps-1] != '\n' {
			ps--
		}
		if blank(src[ps:ls]) {
			ls = ps
		}
	}
	return lint.Edit{Span: lint.Span{Start: ls, End: le}}, true
}

// lineAt returns the offset just past the line starting at off (past its
// line break, or the end of src).
func lineAt(src []byte, off int) int {
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(src)
}

func blank(b []byte) bool { return len(bytes.TrimSpace(b)) == 0 }

// blankOrMarkers accepts the Markdown markup that belongs to a block on its
// lines: heading hashes, quote markers, emphasis, list bullets.
func blankOrMarkers(b []byte) bool {
	return len(bytes.Trim(b, " \t\r>#*_-+")) == 0
}

var (
	reOpenTag  = regexp.MustCompile(`^<([A-Za-z][A-Za-z0-9]*)\b[^<>]*>`)
	reCloseTag = regexp.MustCompile(`^</([A-Za-z][A-Za-z0-9]*)\s*>`)
)

// balancedTags reports whether before is a run of opening tags and after the
// matching closing tags, so that deleting both with the block keeps the
// HTML well formed.
func balancedTags(before, after string) bool {
	var open []string
	before = strings.TrimSpace(before)
	for before != "" {
		m := reOpenTag.FindStringSubmatch(before)
		if m == nil {
			return false
		}
		open = append(open, strings.ToLower(m[1]))
		before = strings.TrimSpace(before[len(m[0]):])
	}
	after = strings.TrimSpace(after)
	for after != "" {
		m := reCloseTag.FindStringSubmatch(after)
		if m == nil || len(open) == 0 || open[len(open)-1] != strings.ToLower(m[1]) {
			return false
		}
		open = open[:len(open)-1]
		after = strings.TrimSpace(after[len(m[0]):])
	}
	return len(open) == 0
}
