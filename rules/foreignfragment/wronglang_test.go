package foreignfragment

import (
	"slices"
	"testing"

	"github.com/translint/translint/lint"
)

func TestBodyBlocks(t *testing.T) {
	for _, metas := range [][]bool{{}, {true}, {false}, {true, true, false, false}, {true, false, true, false}, {false, true}, {true, true}} {
		doc := &lint.Document{}
		for i, m := range metas {
			doc.Blocks = append(doc.Blocks, lint.Block{Span: lint.Span{Start: i, End: i + 1}, Meta: m})
		}
		if got, want := bodyBlocks(doc), doc.BodyBlocks(); !slices.Equal(got, want) && len(got)+len(want) > 0 {
			t.Errorf("%v: got %v, want %v", metas, got, want)
		}
	}
}
