package engine

import (
	"reflect"
	"slices"
	"strconv"
	"testing"

	"github.com/translint/translint/lint"
)

func TestMerge(t *testing.T) {
	p := &Precedence{
		Blocks: map[string]bool{"block": true, "block2": true},
		Over:   map[string][]string{"cause": {"symptom"}},
	}
	f := func(rule string, s, e int) lint.Finding {
		return lint.Finding{Rule: rule, Span: lint.Span{Start: s, End: e}, Message: rule + " message"}
	}
	tests := []struct {
		name string
		in   []lint.Finding
		want []string // rule@start of the kept findings
		rel  int      // related locations of the first kept finding
	}{
		{"inner finding folds into its block", []lint.Finding{f("block", 0, 50), f("other", 10, 20)}, []string{"block@0"}, 1},
		{"a finding reaching out of the block stands", []lint.Finding{f("block", 0, 50), f("other", 45, 60)}, []string{"block@0", "other@45"}, 0},
		{"two blocks both stand", []lint.Finding{f("block", 0, 50), f("block2", 10, 20)}, []string{"block@0", "block2@10"}, 0},
		{"cause over symptom on the same text", []lint.Finding{f("symptom", 5, 15), f("cause", 6, 14)}, []string{"cause@6"}, 1},
		{"order of the two does not matter", []lint.Finding{f("cause", 5, 15), f("symptom", 6, 14)}, []string{"cause@5"}, 1},
		{"barely touching is not the same text", []lint.Finding{f("cause", 0, 10), f("symptom", 8, 30)}, []string{"cause@0", "symptom@8"}, 0},
		{"unrelated rules both stand", []lint.Finding{f("a", 0, 10), f("b", 0, 10)}, []string{"a@0", "b@0"}, 0},
		{"same rule never merges", []lint.Finding{f("cause", 0, 10), f("cause", 0, 10)}, []string{"cause@0", "cause@0"}, 0},
		{"far apart", []lint.Finding{f("block", 0, 5), f("other", 10, 20)}, []string{"block@0", "other@10"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slices.SortStableFunc(tt.in, lint.Finding.Compare)
			out := p.merge(tt.in)
			var got []string
			for _, g := range out {
				got = append(got, g.Rule+"@"+strconv.Itoa(g.Start))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Fatalf("kept %v, want %v", got, tt.want)
			}
			if len(out[0].Related) != tt.rel {
				t.Fatalf("first kept has %d related, want %d", len(out[0].Related), tt.rel)
			}
		})
	}
	var nilP *Precedence
	if got := nilP.merge([]lint.Finding{f("block", 0, 50), f("other", 10, 20)}); len(got) != 2 {
		t.Fatalf("no policy merged findings: %d", len(got))
	}
}

func TestMergeFoldedMessageNamesRule(t *testing.T) {
	p := &Precedence{Blocks: map[string]bool{"boilerplate": true}}
	out := p.merge([]lint.Finding{
		{Rule: "boilerplate", Span: lint.Span{Start: 0, End: 40}, Message: "site chrome"},
		{Rule: "foreign-fragment", Span: lint.Span{Start: 0, End: 20}, Message: "untranslated Polish text"},
	})
	if len(out) != 1 || out[0].Related[0].Message != "also foreign-fragment: untranslated Polish text" {
		t.Fatalf("got %+v", out)
	}
}
