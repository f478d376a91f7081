package format

import (
	"testing"

	"github.com/translint/translint/lint"
)

func TestSrcIndexRegions(t *testing.T) {
	src := []byte("\ufeffab\r\nпр🚀\n\nend\n")
	x := newSrcIndex(src)
	type want struct{ sl, sc, el, ec, off, n int }
	cases := []struct {
		name string
		sp   lint.Span
		w    want
	}{
		{"inside the BOM", lint.Span{Start: 0, End: 2}, want{1, 1, 1, 1, 0, 0}},
		{"first word", lint.Span{Start: 3, End: 5}, want{1, 1, 1, 3, 0, 2}},
		{"between CR and LF", lint.Span{Start: 4, End: 6}, want{1, 2, 1, 3, 1, 1}},
		{"across the line break", lint.Span{Start: 4, End: 9}, want{1, 2, 2, 2, 1, 4}},
		{"emoji", lint.Span{Start: 11, End: 15}, want{2, 3, 2, 4, 6, 1}},
		{"middle of a rune", lint.Span{Start: 12, End: 14}, want{2, 3, 2, 3, 6, 0}},
		{"empty line", lint.Span{Start: 16, End: 16}, want{3, 1, 3, 1, 8, 0}},
		{"end of file after the final newline", lint.Span{Start: 17, End: 21}, want{4, 1, 4, 4, 9, 3}},
	}
	for _, c := range cases {
		r := x.region(c.sp)
		got := want{r.StartLine, r.StartColumn, r.EndLine, r.EndColumn, *r.CharOffset, *r.CharLength}
		if got != c.w {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.w)
		}
	}
}
