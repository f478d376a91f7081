package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint/internal/bufpool"
)

// A document's word cache comes from the pool when one of its class was
// released, and holds the document's own words, not those of the last one.
func TestRecycledWords(t *testing.T) {
	a := NewDocument("a.txt", FormatText, []byte(strings.Repeat("alpha beta gamma ", 300)))
	wa := a.Words()
	if len(wa) != 900 {
		t.Fatalf("%d words, want 900", len(wa))
	}
	size, _ := bufpool.Class(len(a.Text)/5 + 8)
	if cap(wa) != size {
		t.Fatalf("word cache of capacity %d, want its class's %d", cap(wa), size)
	}
	a.Release()
	b := NewDocument("b.txt", FormatText, []byte(strings.Repeat("delta epsilon ", 360)))
	wb := b.Words()
	if want := Words(b.Text, Span{End: len(b.Text)}); fmt.Sprint(wb) != fmt.Sprint(want) {
		t.Fatalf("recycled cache holds %d words unlike Words' %d", len(wb), len(want))
	}
	putWords(make([]Word, 0, 1000)) // not a class size: ignored
	if w := getWords(1000); cap(w) != 1024 {
		t.Errorf("getWords(1000) has capacity %d, want 1024", cap(w))
	}
}
