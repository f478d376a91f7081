package read

import (
	"testing"

	"github.com/translint/translint/lint"
)

func TestTextTitleAndTeaserOnConsecutiveLines(t *testing.T) {
	cases := []struct {
		name, src string
		kinds     []lint.BlockKind
	}{
		{"title and teaser without a blank line",
			"Ukraine's parliament approves new budget\nThe Verkhovna Rada approved the budget for next year on Thursday\n\nBody text here. More of it.\n",
			[]lint.BlockKind{lint.Title, lint.Teaser, lint.Paragraph}},
		{"a wrapped first paragraph stays one block",
			"The Verkhovna Rada approved the budget for next year on Thursday\nafter a long debate that lasted well into the night. Lawmakers voted.\n",
			[]lint.BlockKind{lint.Paragraph}},
		{"a wrapped paragraph later in the text stays one block",
			"Title line\n\nThe Verkhovna Rada approved the budget for next year on Thursday\nafter a long debate that lasted well into the night\n",
			[]lint.BlockKind{lint.Title, lint.Paragraph}},
	}
	for _, c := range cases {
		d, err := Parse("a.txt", []byte(c.src))
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, d)
		var got []lint.BlockKind
		for _, b := range d.Blocks {
			got = append(got, b.Kind)
		}
		if len(got) != len(c.kinds) {
			t.Errorf("%s: kinds %v, want %v", c.name, got, c.kinds)
			continue
		}
		for i := range got {
			if got[i] != c.kinds[i] {
				t.Errorf("%s: kinds %v, want %v", c.name, got, c.kinds)
				break
			}
		}
	}
}
