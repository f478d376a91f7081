package lint

import "testing"

// OverlapsAny is true exactly when one of the spans shares a byte with s,
// for spans and for anything that carries one.
func TestOverlapsAny(t *testing.T) {
	spans := []Span{{0, 3}, {10, 12}}
	cases := []struct {
		s    Span
		want bool
	}{
		{Span{2, 4}, true},    // shares byte 2
		{Span{3, 10}, false},  // touches both, shares none
		{Span{12, 12}, false}, // empty, at an end
		{Span{11, 20}, true},
		{Span{20, 30}, false},
	}
	for _, c := range cases {
		if got := OverlapsAny(spans, c.s); got != c.want {
			t.Errorf("OverlapsAny(%v, %v) = %v, want %v", spans, c.s, got, c.want)
		}
	}
	fs := []Finding{{Span: Span{5, 8}}}
	if !OverlapsAny(fs, Span{7, 9}) || OverlapsAny(fs, Span{8, 9}) || OverlapsAny([]Finding(nil), Span{0, 9}) {
		t.Error("OverlapsAny over findings disagrees with their spans")
	}
}
