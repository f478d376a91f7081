package read

import (
	"github.com/yuin/goldmark/ast"

	"github.com/translint/translint/lint"
)

// htmlBlockProse reads the prose of a raw HTML block of a Markdown body the
// way the HTML reader reads a page: tags, comments and the content of
// script, code, pre and the like stay masked; text is copied back into
// d.Text with entities decoded. It returns the block's prose blocks,
// positioned in d. A block whose lines are not contiguous in the file (HTML
// on several lines of a quote or an indented list item, where markers sit
// between the lines) stays masked. src is the copy of d.Src goldmark parsed,
// in which site-generator markup is blank.
func htmlBlockProse(d *lint.Document, src []byte, n *ast.HTMLBlock) []lint.Block {
	lines := n.Lines()
	if lines.Len() == 0 {
		return nil
	}
	start, end := lines.At(0).Start, lines.At(0).Stop
	for i := 1; i < lines.Len(); i++ {
		seg := lines.At(i)
		if seg.Start != end {
			return nil
		}
		end = seg.Stop
	}
	if n.HasClosure() {
		if n.ClosureLine.Start != end {
			return nil
		}
		end = n.ClosureLine.Stop
	}
	if start < 0 || end > len(d.Src) || start >= end {
		return nil
	}
	sub := &lint.Document{Src: src[start:end], Text: append([]byte(nil), src[start:end]...)}
	Mask(sub.Text, 0, len(sub.Text))
	readHTMLFrom(sub, sub.Src, 0)
	copy(d.Text[start:end], sub.Text)
	var out []lint.Block
	for _, b := range sub.Blocks {
		if b.Meta { // <title> or <meta> in an article body is not its title
			Mask(d.Text, start+b.Start, start+b.End)
			continue
		}
		if b.Kind == lint.Paragraph {
			b.Kind = markdownKind(n) // a quote's or list item's HTML takes that role
		}
		b.Start += start
		b.End += start
		out = append(out, b)
	}
	return out
}
