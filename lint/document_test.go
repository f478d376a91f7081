package lint

import (
	"slices"
	"testing"
)

// BodyBlocks is every block that is not metadata, in order, whether the
// metadata blocks lead (a sub-slice) or not (a copy).
func TestBodyBlocks(t *testing.T) {
	for _, metas := range [][]bool{{}, {true}, {false}, {true, true, false, false}, {true, false, true, false}, {false, true}, {true, true}} {
		doc := &Document{}
		var want []Block
		for i, m := range metas {
			b := Block{Span: Span{Start: i, End: i + 1}, Meta: m}
			doc.Blocks = append(doc.Blocks, b)
			if !m {
				want = append(want, b)
			}
		}
		got := doc.BodyBlocks()
		if !slices.Equal(got, want) {
			t.Errorf("%v: got %v, want %v", metas, got, want)
		}
		if len(got) > 0 && cap(got) != len(got) {
			t.Errorf("%v: appending to the result would write into Blocks", metas)
		}
	}
}
