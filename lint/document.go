package lint

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"github.com/translint/translint/lint/internal/bufpool"
)

// Format is the markup a document was written in.
type Format int

const (
	FormatText Format = iota
	FormatMarkdown
	FormatHTML
)

func (f Format) String() string {
	switch f {
	case FormatMarkdown:
		return "markdown"
	case FormatHTML:
		return "html"
	}
	return "text"
}

// BlockKind is the role of a block in an article.
type BlockKind int

const (
	Paragraph BlockKind = iota
	Title
	Teaser
	Heading
	ListItem
	Quote
	Caption
	Byline
)

var blockKindNames = [...]string{"paragraph", "title", "teaser", "heading", "list-item", "quote", "caption", "byline"}

func (k BlockKind) String() string {
	if int(k) < len(blockKindNames) {
		return blockKindNames[k]
	}
	return "block"
}

// Block is a unit of prose: its Span covers the block's text in Src (and the
// same bytes of Text, where markup inside it is masked).
type Block struct {
	Kind BlockKind
	Span
	// Meta is true for blocks read from metadata (front matter, <title>,
	// <meta>) rather than from the article body.
	Meta bool
}

// Document is one article.
type Document struct {
	// Path is the path as given by the user (or --stdin-filename).
	Path   string
	Format Format
	// Src is the file's bytes exactly as read.
	Src []byte
	// Text has the same length as Src. Prose is copied as is; markup
	// (front matter keys, code, tags, URLs, e-mail addresses) is replaced by
	// spaces; line breaks are kept. HTML entities are decoded in place and
	// padded with spaces to their original length.
	Text []byte
	// Lang is the document's target language as a lower-case ISO 639-1 code:
	// the document's own declaration (front matter `lang`, <html lang>) or
	// the run's default.
	Lang string
	// DeclaredLang is the language the document declares itself, if any.
	DeclaredLang string
	// LangByPath is set when DeclaredLang comes from the file's path
	// ("content/de/…", "i18n/de/…", "post.de.md"), not from the document.
	LangByPath bool
	// Blocks are in document order and do not overlap.
	Blocks []Block
	// Corpus is set when several files are linted together and a rule asked
	// for it; nil otherwise.
	Corpus Corpus
	// Original is the article this document translates, when the run was
	// given it (Source.Original); nil otherwise. It is a field rather than
	// a Memo entry because the engine, not a rule, pairs the files, and the
	// source rules read it as a whole document (blocks, words, caches).
	Original *Document

	lines []int // byte offset of each line start; built once
	tok   tokenCache
	// the pooled buffers behind Text and, when the engine read the file,
	// Src (see lint/internal/bufpool), with their full capacity
	textBuf, srcBuf []byte
}

// NewDocument builds a document and its line index. Text defaults to a copy of src.
func NewDocument(path string, format Format, src []byte) *Document {
	buf := bufpool.Get(len(src))
	copy(buf, src)
	// Text is capped at its length: nothing may append into the pooled
	// buffer's spare room.
	d := &Document{Path: path, Format: format, Src: src, Text: buf[:len(src):len(src)], textBuf: buf}
	// Count the lines first (a vectorised byte count) so the index is one
	// allocation of the right size.
	d.lines = make([]int, 1, bytes.Count(src, []byte{'\n'})+1)
	for i := 0; ; {
		k := bytes.IndexByte(src[i:], '\n')
		if k < 0 {
			break
		}
		i += k + 1
		d.lines = append(d.lines, i)
	}
	return d
}

// Position is a human position: Line and Column are 1-based, Column counts
// Unicode code points from the start of the line. Offset is the byte offset.
type Position struct {
	Offset, Line, Column int
}

// Position converts a byte offset into a line and column.
func (d *Document) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(d.Src) {
		off = len(d.Src)
	}
	li := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) - 1
	ls := d.lines[li]
	if li == 0 && off >= 3 && hasBOM(d.Src) {
		ls = 3 // a byte-order mark is not a column (SARIF consumers agree)
	}
	return Position{Offset: off, Line: li + 1, Column: utf8.RuneCount(d.Src[ls:off]) + 1}
}

// LineCount is the number of lines (a final newline does not start a new line).
func (d *Document) LineCount() int {
	n := len(d.lines)
	if n > 1 && d.lines[n-1] == len(d.Src) {
		n--
	}
	return n
}

// LineSpan is the span of 1-based line n without its line break.
func (d *Document) LineSpan(n int) Span {
	if n < 1 || n > len(d.lines) {
		return Span{len(d.Src), len(d.Src)}
	}
	s := d.lines[n-1]
	e := len(d.Src)
	if n < len(d.lines) {
		e = d.lines[n] - 1
	}
	if e > s && d.Src[e-1] == '\r' {
		e--
	}
	return Span{s, e}
}

// TextOf returns the (masked) text of a span.
func (d *Document) TextOf(s Span) string { return string(d.Text[s.Start:s.End]) }

// SrcOf returns the original bytes of a span as a string.
func (d *Document) SrcOf(s Span) string { return string(d.Src[s.Start:s.End]) }

// URLFollows reports whether a URL the reader masked comes next after off,
// on its line or at the start of the next, maybe in "<" or a bracket: the
// words before "Fixes <https://…>" name the link and end no sentence.
func (d *Document) URLFollows(off int) bool {
	nl := 0
	for ; off < len(d.Src); off++ {
		switch c := d.Src[off]; {
		case c == '\n':
			if nl++; nl > 1 {
				return false
			}
		case c == ' ' || c == '\t' || c == '\r' || c == '<' || c == '(' || c == '[':
		default:
			rest := d.Src[off:]
			return d.Text[off] != c && (bytes.HasPrefix(rest, []byte("http")) || bytes.HasPrefix(rest, []byte("www.")) || bytes.HasPrefix(rest, []byte("ftp")))
		}
	}
	return false
}

// BodyBlocks returns the blocks that are not metadata (title, teaser from
// front matter or <meta>) in order. When the metadata blocks come first, as
// every reader puts them, it is a sub-slice of Blocks, not a copy: callers
// must not modify it.
func (d *Document) BodyBlocks() []Block {
	meta := 0
	for meta < len(d.Blocks) && d.Blocks[meta].Meta {
		meta++
	}
	rest := d.Blocks[meta:]
	for i, b := range rest {
		if b.Meta { // a metadata block further on: copy the others
			out := append([]Block(nil), rest[:i]...)
			for _, b := range rest[i+1:] {
				if !b.Meta {
					out = append(out, b)
				}
			}
			return out
		}
	}
	return rest[:len(rest):len(rest)]
}

func hasBOM(b []byte) bool { return len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf }

// Release hands the document's pooled buffers back for the next document.
// The engine calls it once it is done with a document it made: after that
// neither Src nor Text nor its words may be read. Rules never call it.
func (d *Document) Release() {
	bufpool.Put(d.textBuf)
	bufpool.Put(d.srcBuf)
	putWords(d.tok.words)
	d.Src, d.Text, d.textBuf, d.srcBuf, d.tok.words, d.tok.blockWords = nil, nil, nil, nil, nil, nil
}

// OwnSrc gives the document the pooled buffer its Src was read into (the
// engine reads files into pooled buffers): Release returns it to the pool.
func (d *Document) OwnSrc(buf []byte) { d.srcBuf = buf }

// Positioner returns a function that converts offsets to positions like
// Position, faster when the offsets increase: placing the findings of a
// document asks for them in order.
func (d *Document) Positioner() func(off int) Position {
	p := &positioner{d: d}
	return p.at
}

// positioner converts increasing offsets to positions without counting each
// line from its start again: Place asks for the start of every finding in
// order, and on a minified page or a one-line text with thousands of
// findings, counting from the line start each time was quadratic.
type positioner struct {
	d   *Document
	pos Position // the last answer
	end int      // where its line ends (the next line's start, or len(Src))
	ok  bool
}

func (p *positioner) at(off int) Position {
	// Counting on is exact from a character boundary outside a byte-order
	// mark (findings start and end on boundaries; anything else asks
	// Position).
	if p.ok && off >= p.pos.Offset && off < p.end && utf8.RuneStart(p.d.Src[p.pos.Offset]) &&
		(p.pos.Offset >= 3 || p.pos.Line > 1 || !hasBOM(p.d.Src)) {
		p.pos.Column += utf8.RuneCount(p.d.Src[p.pos.Offset:off])
		p.pos.Offset = off
		return p.pos
	}
	p.pos = p.d.Position(off)
	p.end = len(p.d.Src)
	if p.pos.Line < len(p.d.lines) {
		p.end = p.d.lines[p.pos.Line]
	}
	p.ok = true
	return p.pos
}
