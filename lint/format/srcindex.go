package format

import (
	"bytes"
	"os"
	"sort"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
)

// srcIndex places byte offsets the way SARIF consumers count them: lines
// break at "\n" (a "\r" before it belongs to the break), a leading
// byte-order mark is not part of the first line, and there is no extra empty
// line after a final line break. Columns and character offsets count
// Unicode code points.
type srcIndex struct {
	src   []byte
	bom   int   // 3 when src starts with a UTF-8 byte-order mark
	lines []int // byte offset of each line start
	chars []int // code points before each line start, BOM excluded
}

func newSrcIndex(src []byte) *srcIndex {
	x := &srcIndex{src: src}
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		x.bom = 3
	}
	x.lines = append(x.lines, x.bom)
	x.chars = append(x.chars, 0)
	n := 0
	for i := x.bom; i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		i += size
		n++
		if r == '\n' && i < len(src) {
			x.lines = append(x.lines, i)
			x.chars = append(x.chars, n)
		}
	}
	return x
}

// clamp moves an offset into the text proper: past the BOM, onto a rune
// start, out of the middle of a "\r\n" pair, and before a final line break
// (which starts no line of its own).
func (x *srcIndex) clamp(off int) int {
	if off < x.bom {
		off = x.bom
	}
	if off > len(x.src) {
		off = len(x.src)
	}
	for off > x.bom && off < len(x.src) && !utf8.RuneStart(x.src[off]) {
		off--
	}
	if off > x.bom && off < len(x.src) && x.src[off-1] == '\r' && x.src[off] == '\n' {
		off--
	}
	if off == len(x.src) && off > x.bom && x.src[off-1] == '\n' {
		off--
		if off > x.bom && x.src[off-1] == '\r' {
			off--
		}
	}
	return off
}

// span clamps both ends of a byte span.
func (x *srcIndex) span(s lint.Span) lint.Span {
	start, end := x.clamp(s.Start), x.clamp(s.End)
	if end < start {
		end = start
	}
	return lint.Span{Start: start, End: end}
}

// pos returns the 1-based line and column and the 0-based code point offset
// of a clamped byte offset.
func (x *srcIndex) pos(off int) (line, col, char int) {
	li := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
	if li < 0 {
		li = 0
	}
	c := utf8.RuneCount(x.src[x.lines[li]:off])
	return li + 1, c + 1, x.chars[li] + c
}

// sources caches the files of a report, read again for exact placement.
type sources map[string]*srcIndex

// index returns the file's index, or nil when the file cannot be read or no
// longer holds the diagnostics' text.
func (s sources) index(res engine.FileResult) *srcIndex {
	if x, ok := s[res.Path]; ok {
		return x
	}
	var x *srcIndex
	if data, err := os.ReadFile(res.Path); err == nil {
		x = newSrcIndex(data)
		for _, d := range res.Diagnostics {
			if d.End.Offset > len(data) || string(data[d.Start.Offset:d.End.Offset]) != d.Excerpt {
				x = nil
				break
			}
		}
	}
	s[res.Path] = x
	return x
}
