package lint

import (
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Overlaps is true exactly when two spans share a byte; Conflicts is that,
// or two edits at one offset (two insertions there would have no order).
func TestOverlapsAndConflicts(t *testing.T) {
	base := Span{10, 12}
	cases := []struct {
		s                 Span
		overlap, conflict bool
	}{
		{Span{11, 13}, true, true},   // shares byte 11
		{Span{3, 10}, false, false},  // touches the start, shares nothing
		{Span{12, 12}, false, false}, // empty, at the end
		{Span{10, 10}, false, true},  // an insertion at the start
		{Span{0, 30}, true, true},    // covers it
		{Span{20, 30}, false, false}, // after it
		{Span{10, 12}, true, true},   // the same span
		{Span{11, 11}, true, true},   // an insertion inside it
	}
	for _, c := range cases {
		if got := base.Overlaps(c.s); got != c.overlap {
			t.Errorf("%v.Overlaps(%v) = %v, want %v", base, c.s, got, c.overlap)
		}
		if got := c.s.Overlaps(base); got != c.overlap {
			t.Errorf("%v.Overlaps(%v) = %v, want %v (not symmetric)", c.s, base, got, c.overlap)
		}
		e, o := Edit{Span: base}, Edit{Span: c.s, New: "x"}
		if got := e.Conflicts(o); got != c.conflict {
			t.Errorf("edit %v conflicts with %v = %v, want %v", base, c.s, got, c.conflict)
		}
		if got := o.Conflicts(e); got != c.conflict {
			t.Errorf("edit %v conflicts with %v = %v, want %v (not symmetric)", c.s, base, got, c.conflict)
		}
	}
}

// Findings sort by start, then end, then rule, and equal ones keep their
// order.
func TestFindingCompare(t *testing.T) {
	fs := []Finding{
		{Rule: "b", Span: Span{5, 9}, Message: "1"},
		{Rule: "a", Span: Span{5, 9}},
		{Rule: "z", Span: Span{0, 20}},
		{Rule: "b", Span: Span{5, 7}},
		{Rule: "b", Span: Span{5, 9}, Message: "2"},
	}
	slices.SortStableFunc(fs, Finding.Compare)
	var got []string
	for _, f := range fs {
		got = append(got, f.Rule+f.Message)
	}
	if want := []string{"z", "b", "a", "b1", "b2"}; !slices.Equal(got, want) {
		t.Errorf("sorted = %v, want %v", got, want)
	}
}

// Trim leaves out the white space, ASCII or not, at both ends of a span
// and only there.
func TestSpanTrim(t *testing.T) {
	text := []byte(" \t a b\u00a0\n\u2003c \n")
	cases := []struct{ in, want Span }{
		{Span{0, len(text)}, Span{3, 13}}, // "a b\u00a0\n\u2003c"
		{Span{4, 9}, Span{5, 6}},          // " b\u00a0\n": "b" alone
		{Span{5, 12}, Span{5, 6}},         // "b\u00a0\n\u2003" ends at "b"
		{Span{0, 3}, Span{3, 3}},          // white space only: empty, at its end
		{Span{7, 7}, Span{7, 7}},          // empty stays empty
		{Span{3, 4}, Span{3, 4}},          // "a": nothing to trim
	}
	for _, c := range cases {
		if got := c.in.Trim(text); got != c.want {
			t.Errorf("%v.Trim(%q) = %v %q, want %v", c.in, text[c.in.Start:c.in.End], got, text[got.Start:got.End], c.want)
		}
	}
}

// asciiSpace agrees with unicode.IsSpace on every ASCII byte.
func TestASCIISpace(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if asciiSpace(byte(c)) != unicode.IsSpace(rune(c)) {
			t.Errorf("asciiSpace(%q) = %v", rune(c), asciiSpace(byte(c)))
		}
	}
}
