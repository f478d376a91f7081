package engine

import (
	"strings"
	"testing"
	"unsafe"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
)

// A minified page is one long line with every finding on it: the line must
// be copied once, not once per finding (3,000 findings on a 250 KB line
// made 750 MB of copies).
func TestPlaceCopiesEachLineOnce(t *testing.T) {
	src := "intro\n" + strings.Repeat("<p>the the words</p>", 50) + "\nend end\n"
	d, err := read.Parse("a.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var fs []lint.Finding
	for i := strings.Index(src, "the the"); i >= 0 && len(fs) < 3; {
		fs = append(fs, lint.Finding{Span: lint.Span{Start: i, End: i + 7}})
		j := strings.Index(src[i+1:], "the the")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	last := strings.LastIndex(src, "end end")
	fs = append(fs, lint.Finding{Span: lint.Span{Start: last, End: last + 7}})
	ds := Place(d, fs)
	if len(ds) != 4 {
		t.Fatalf("%d diagnostics", len(ds))
	}
	for _, x := range ds[:3] {
		if x.SourceLine != ds[0].SourceLine || unsafe.StringData(x.SourceLine) != unsafe.StringData(ds[0].SourceLine) {
			t.Errorf("findings on line %d got separate copies of it", x.Start.Line)
		}
		if x.Excerpt != "the the" {
			t.Errorf("excerpt %q", x.Excerpt)
		}
	}
	if ds[3].SourceLine != "end end" || ds[3].Start.Line != 3 {
		t.Errorf("last line: %+v", ds[3])
	}
}
