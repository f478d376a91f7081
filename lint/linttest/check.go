package linttest

import (
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
)

// CheckText parses src as an article named path (the name gives the
// format) and returns the rule's findings on it.
func CheckText(tb testing.TB, r lint.Checker, path, src string) []lint.Finding {
	tb.Helper()
	doc, err := read.Parse(path, []byte(src))
	if err != nil {
		tb.Fatal(err)
	}
	return r.Check(doc)
}

// BenchCheck runs the rule over one article as sub-benchmark name: parsing
// and the document's shared word cache are outside the timed loop, so the
// figures (MB/s, and MB/cpu-s and cpu-ms/op that a loaded machine does not
// inflate) are the rule's own. Run it on articles of growing length to show
// that the rule stays linear.
func BenchCheck(b *testing.B, r lint.Checker, name, path string, src []byte) {
	b.Run(name, func(b *testing.B) {
		doc, err := read.Parse(path, src)
		if err != nil {
			b.Fatal(err)
		}
		doc.Words()
		b.SetBytes(int64(len(src)))
		cpu := CPUTime()
		for i := 0; i < b.N; i++ {
			r.Check(doc)
		}
		ReportCPU(b, int64(len(src)), cpu)
	})
}

// FuzzSpans fuzzes the rule from the seeds: on any input, read as text,
// Markdown and HTML, it must neither panic nor report a span outside the
// document.
func FuzzSpans(f *testing.F, r lint.Checker, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, path := range []string{"a.txt", "a.md", "a.html"} {
			doc, err := read.Parse(path, []byte(s))
			if err != nil {
				continue
			}
			for _, fi := range r.Check(doc) {
				if fi.Start < 0 || fi.End > len(s) || fi.Start >= fi.End {
					t.Fatalf("%s: span %v outside the document of %d bytes", path, fi.Span, len(s))
				}
			}
		}
	})
}
