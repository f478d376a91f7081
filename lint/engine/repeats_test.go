package engine

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

func TestRepeats(t *testing.T) {
	f := func(rule, form string, s int, fix bool) lint.Finding {
		x := lint.Finding{Rule: rule, Form: form, Span: lint.Span{Start: s, End: s + 3}, Message: rule + " " + form, Severity: lint.SeverityWarning}
		if fix {
			x.Fix = []lint.Edit{{Span: x.Span, New: "fix"}}
		}
		return x
	}
	tests := []struct {
		name  string
		in    []lint.Finding
		want  []string // rule@start of the kept findings
		rel   []int    // related locations of each kept finding
		edits []int    // edits of each kept finding
	}{
		{"one form thrice is one finding", []lint.Finding{f("a", "x", 0, true), f("a", "x", 10, true), f("a", "x", 20, true)}, []string{"a@0"}, []int{2}, []int{3}},
		{"two forms stand apart", []lint.Finding{f("a", "x", 0, true), f("a", "y", 10, true), f("a", "x", 20, true)}, []string{"a@0", "a@10"}, []int{1, 0}, []int{2, 1}},
		{"the same form of two rules stands twice", []lint.Finding{f("a", "x", 0, true), f("b", "x", 10, true)}, []string{"a@0", "b@10"}, []int{0, 0}, []int{1, 1}},
		{"no form, no folding", []lint.Finding{f("a", "", 0, true), f("a", "", 10, true)}, []string{"a@0", "a@10"}, []int{0, 0}, []int{1, 1}},
		{"a place without a fix adds no edit", []lint.Finding{f("a", "x", 0, true), f("a", "x", 10, false)}, []string{"a@0"}, []int{1}, []int{1}},
		{"the first place without a fix takes the others' edits", []lint.Finding{f("a", "x", 0, false), f("a", "x", 10, true)}, []string{"a@0"}, []int{1}, []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := repeats(tt.in)
			var got []string
			var rel, edits []int
			for _, g := range out {
				got = append(got, g.Rule+"@"+strconv.Itoa(g.Start))
				rel = append(rel, len(g.Related))
				edits = append(edits, len(g.Fix))
			}
			if !reflect.DeepEqual(got, tt.want) || !reflect.DeepEqual(rel, tt.rel) || !reflect.DeepEqual(edits, tt.edits) {
				t.Fatalf("kept %v related %v edits %v, want %v %v %v", got, rel, edits, tt.want, tt.rel, tt.edits)
			}
		})
	}
}

// formRule flags every "XXX" as one form, with a fix.
type formRule struct{}

func (formRule) ID() string                     { return "form" }
func (formRule) Doc() lint.RuleDoc              { return lint.RuleDoc{Title: "t", Text: "t", Bad: "a", Good: "b"} }
func (formRule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (formRule) Check(d *lint.Document) []lint.Finding {
	var out []lint.Finding
	for _, w := range lint.Words(d.Text, lint.Span{Start: 0, End: len(d.Text)}) {
		if string(d.Text[w.Start:w.End]) == "XXX" {
			out = append(out, lint.Finding{Span: w.Span(), Message: "marker", Form: "XXX", Fix: []lint.Edit{{Span: w.Span(), New: "done"}}})
		}
	}
	return out
}

// A place the filter drops (an inline suppression) is neither a related
// location nor edited; the first place left reports the others.
func TestRepeatsAfterFilter(t *testing.T) {
	src := "XXX one, XXX two, XXX three.\n"
	second := strings.Index(src, "XXX two")
	l := &Linter{Rules: []lint.Rule{formRule{}}, Jobs: 1, Filter: func(_ *lint.Document, fs []lint.Finding) []lint.Finding {
		out := fs[:0]
		for _, f := range fs {
			if f.Start != 0 { // the first place is suppressed
				out = append(out, f)
			}
		}
		return out
	}}
	res := l.Run([]Source{{Path: "a.txt", Data: []byte(src)}})
	ds := res[0].Diagnostics
	if len(ds) != 1 {
		t.Fatalf("got %d diagnostics, want 1: %+v", len(ds), ds)
	}
	d := ds[0]
	if d.Start.Column != second+1 || len(d.Related) != 1 || d.Related[0].Message != repeatMessage || len(d.Fix) != 2 {
		t.Fatalf("got %+v", d)
	}
	for _, e := range d.Fix {
		if e.Start == 0 {
			t.Fatalf("the suppressed place is edited: %+v", d.Fix)
		}
	}
}
