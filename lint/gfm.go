package lint

// The GitHub Flavoured Markdown pieces the Markdown reader needs on top of
// CommonMark: tables, strikethrough and task-list boxes. goldmark's
// extension package has them, but importing it compiles the regular
// expressions of its linkify extension at program start (about 3 ms, a
// tenth of a one-article run) although translint never uses linkify; these
// three are short enough to keep here. gfm_test.go checks that the reader
// masks exactly what it did with goldmark's extensions.

import (
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// Node kinds of the GFM nodes. Only kindTableCell matters to the reader (a
// cell is a block of prose); the others exist so goldmark can walk them.
var (
	kindTable         = ast.NewNodeKind("TranslintTable")
	kindTableRow      = ast.NewNodeKind("TranslintTableRow")
	kindTableCell     = ast.NewNodeKind("TranslintTableCell")
	kindStrikethrough = ast.NewNodeKind("TranslintStrikethrough")
	kindTaskCheckBox  = ast.NewNodeKind("TranslintTaskCheckBox")
)

// tableCellKind is the kind the Markdown reader reads as a table cell; a
// variable so that gfm_test.go can run the reader on goldmark's own table
// nodes for comparison.
var tableCellKind = kindTableCell

// gfmBlock is a table, a row or a cell; gfmInline a strikethrough or a task
// box.
type gfmBlock struct {
	ast.BaseBlock
	kind ast.NodeKind
}

func (n *gfmBlock) Kind() ast.NodeKind         { return n.kind }
func (n *gfmBlock) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

type gfmInline struct {
	ast.BaseInline
	kind ast.NodeKind
}

func (n *gfmInline) Kind() ast.NodeKind         { return n.kind }
func (n *gfmInline) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// gfmParserOptions are the parser options that add tables, strikethrough
// and task lists to goldmark's CommonMark parser. The priorities are those
// goldmark gives the same extensions.
func gfmParserOptions() []parser.Option {
	return []parser.Option{
		parser.WithParagraphTransformers(util.Prioritized(tableTransformer{}, 200)),
		parser.WithInlineParsers(
			util.Prioritized(strikethroughParser{}, 500),
			util.Prioritized(taskBoxParser{}, 0),
		),
	}
}

// tableTransformer turns a paragraph whose line after the first is a
// delimiter row (| --- | :-: |) into a table: the line before it is the
// header row, the lines after it are body rows, the lines before the header
// stay a paragraph. Each cell is a block whose one line goldmark then parses
// as inline text, so links and code spans in cells are masked as anywhere.
type tableTransformer struct{}

func (tableTransformer) Transform(p *ast.Paragraph, reader text.Reader, _ parser.Context) {
	lines := p.Lines()
	src := reader.Source()
	for i := 1; i < lines.Len(); i++ {
		row := lines.At(i)
		cols := delimiterRow(row.Value(src))
		if cols == 0 {
			continue
		}
		header := tableRow(lines.At(i-1), src, cols, true)
		if header == nil {
			return // a header must have as many cells as the delimiter row
		}
		table := &gfmBlock{kind: kindTable}
		table.AppendChild(table, header)
		for j := i + 1; j < lines.Len(); j++ {
			table.AppendChild(table, tableRow(lines.At(j), src, cols, false))
		}
		parent := p.Parent()
		parent.InsertAfter(parent, p, table)
		if i == 1 {
			parent.RemoveChild(parent, p)
			return
		}
		lines.SetSliced(0, i-1)
		last := lines.At(i - 2)
		lines.Set(i-2, last.TrimRightSpace(src))
		return
	}
}

// delimiterRow returns the number of columns of a table delimiter row, or 0
// when line is not one: cells of hyphens with optional alignment colons,
// separated by pipes, with at least one pipe or colon so that a lone "---"
// (a thematic break or heading underline) is never a table.
func delimiterRow(line []byte) int {
	if w, _ := util.IndentWidth(line, 0); w > 3 {
		return 0 // indented code, not a row
	}
	cols, cell, dashes, marked := 0, false, false, false
	end := func() bool {
		if !dashes {
			return false
		}
		cols++
		cell, dashes = false, false
		return true
	}
	state := 0 // 0 before the cell's hyphens, 1 in them, 2 after them
	for _, c := range line {
		switch {
		case c == '|':
			if !cell && marked {
				return 0 // an empty cell: "||"
			}
			if cell && !end() {
				return 0 // a cell of colons alone
			}
			marked = true
			state = 0
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			if state == 1 {
				state = 2
			}
		case c == ':':
			marked = true
			cell = true
			switch state {
			case 0:
				state = 1
			case 1:
				state = 2
			default:
				return 0
			}
		case c == '-':
			if state == 2 {
				return 0
			}
			cell, dashes, state = true, true, 1
		default:
			return 0
		}
	}
	if cell && !end() {
		return 0
	}
	if !marked {
		return 0
	}
	return cols
}

// tableRow splits one row into cells at pipes that are not escaped. A body
// row has exactly cols cells (extra ones are dropped, missing ones empty); a
// header with another count is not a header, and nil is returned.
func tableRow(seg text.Segment, src []byte, cols int, header bool) ast.Node {
	seg = seg.TrimLeftSpace(src)
	seg = seg.TrimRightSpace(src)
	line := seg.Value(src)
	start, limit := 0, len(line)
	if limit > 0 && line[0] == '|' {
		start++
	}
	if limit > start && line[limit-1] == '|' {
		limit--
	}
	row := &gfmBlock{kind: kindTableRow}
	n := 0
	for pos := start; pos < limit; n++ {
		end := pos
		for end < limit && (line[end] != '|' || end > 0 && line[end-1] == '\\') {
			end++
		}
		if n < cols {
			cell := &gfmBlock{kind: kindTableCell}
			cs := text.NewSegment(seg.Start+pos, seg.Start+end)
			cs = cs.TrimLeftSpace(src)
			cell.Lines().Append(cs.TrimRightSpace(src))
			row.AppendChild(row, cell)
		}
		pos = end + 1
	}
	if header && n != cols {
		return nil
	}
	for ; n < cols; n++ {
		row.AppendChild(row, &gfmBlock{kind: kindTableCell})
	}
	return row
}

// strikethroughParser reads ~text~ and ~~text~~: the tildes are delimiters
// goldmark pairs the way it pairs emphasis marks.
type strikethroughParser struct{}

func (strikethroughParser) Trigger() []byte { return []byte{'~'} }

func (strikethroughParser) Parse(_ ast.Node, block text.Reader, pc parser.Context) ast.Node {
	before := block.PrecendingCharacter()
	line, seg := block.PeekLine()
	d := parser.ScanDelimiter(line, before, 1, tildes{})
	if d == nil || d.OriginalLength > 2 || before == '~' {
		return nil
	}
	d.Segment = seg.WithStop(seg.Start + d.OriginalLength)
	block.Advance(d.OriginalLength)
	pc.PushDelimiter(d)
	return d
}

// tildes is the delimiter processor of strikethrough.
type tildes struct{}

func (tildes) IsDelimiter(b byte) bool { return b == '~' }

func (tildes) CanOpenCloser(opener, closer *parser.Delimiter) bool {
	return opener.Char == closer.Char
}

func (tildes) OnMatch(int) ast.Node { return &gfmInline{kind: kindStrikethrough} }

// taskBoxParser reads the "[ ]" or "[x]" that opens the first paragraph of
// a list item; the box is markup, not prose.
type taskBoxParser struct{}

func (taskBoxParser) Trigger() []byte { return []byte{'['} }

func (taskBoxParser) Parse(parent ast.Node, block text.Reader, _ parser.Context) ast.Node {
	if parent.HasChildren() || parent.PreviousSibling() != nil {
		return nil
	}
	if item := parent.Parent(); item == nil || item.Kind() != ast.KindListItem {
		return nil
	}
	// Like goldmark's task lists (and unlike GitHub's), no space is needed
	// after the box.
	line, _ := block.PeekLine()
	if len(line) < 3 || line[0] != '[' || line[2] != ']' {
		return nil
	}
	if line[1] != ' ' && line[1] != 'x' && line[1] != 'X' {
		return nil
	}
	block.Advance(3)
	return &gfmInline{kind: kindTaskCheckBox}
}
