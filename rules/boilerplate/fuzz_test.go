package boilerplate

import (
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
)

// FuzzCheck: on any text, findings stay inside the document, and the
// fixes of all findings never overlap.
func FuzzCheck(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "boilerplate", "*.*"))
	for _, p := range files {
		if filepath.Ext(p) == ".want" {
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Ext(p), b)
		}
	}
	r := Default()
	f.Fuzz(func(t *testing.T, ext string, src []byte) {
		d, err := read.Parse("a"+ext, src)
		if err != nil {
			return
		}
		var edits []lint.Edit
		for _, fd := range r.Check(d) {
			if fd.Start < 0 || fd.End > len(src) || fd.Start > fd.End {
				t.Fatalf("finding %v outside a document of %d bytes", fd.Span, len(src))
			}
			edits = append(edits, fd.Fix...)
		}
		sort.Slice(edits, func(i, j int) bool { return edits[i].Start < edits[j].Start })
		for i, e := range edits {
			if e.Start < 0 || e.End > len(src) || e.Start > e.End {
				t.Fatalf("edit %v outside a document of %d bytes", e.Span, len(src))
			}
			if i > 0 && e.Start < edits[i-1].End {
				t.Fatalf("edits %v and %v overlap", edits[i-1].Span, e.Span)
			}
		}
	})
}
