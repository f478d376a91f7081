package engine

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// wordRule reports every word "defect" with the line it is on.
type wordRule struct{}

func (wordRule) ID() string                     { return "word" }
func (wordRule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (wordRule) Doc() lint.RuleDoc              { return lint.RuleDoc{} }
func (wordRule) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	for _, w := range doc.Words() {
		if string(doc.Text[w.Start:w.End]) == "defect" {
			out = append(out, lint.Finding{Span: w.Span(), Message: "word " + string(doc.Src[w.Start:w.End]), Suggestion: string(doc.Text[w.Start : int(w.End)+1])})
		}
	}
	return out
}

// Diagnostics keep copies: recycling the buffers of the documents they
// came from, by linting other files, leaves them as they were.
func TestRecycledBuffersLeaveDiagnostics(t *testing.T) {
	dir := t.TempDir()
	var srcs []Source
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("a%02d.md", i))
		body := fmt.Sprintf("# Title %d\n\nA paragraph with a defect, number %d.\n", i, i) + strings.Repeat("Filler text here.\n", i*40)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, Source{Path: p})
	}
	l := &Linter{Rules: []lint.Rule{wordRule{}}}
	first := l.Run(srcs)
	want := fmt.Sprint(first)
	// Overwrite every recycled buffer with other bytes.
	var others []Source
	for i := range 40 {
		p := filepath.Join(dir, fmt.Sprintf("b%02d.txt", i))
		if err := os.WriteFile(p, []byte(strings.Repeat("xyzzy ", 200+i*50)), 0o644); err != nil {
			t.Fatal(err)
		}
		others = append(others, Source{Path: p})
	}
	for range 3 {
		l.Run(others)
	}
	if got := fmt.Sprint(first); got != want {
		t.Fatalf("diagnostics changed after their buffers were reused:\n got %s\nwant %s", got, want)
	}
	for i, r := range first {
		if len(r.Diagnostics) != 1 || r.Diagnostics[0].Excerpt != "defect" || !strings.Contains(r.Diagnostics[0].SourceLine, fmt.Sprintf("number %d.", i)) {
			t.Fatalf("%s: %+v", r.Path, r.Diagnostics)
		}
	}
}
