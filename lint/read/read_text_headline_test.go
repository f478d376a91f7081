package read

import (
	"strings"
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

func TestTextHardWrappedDocument(t *testing.T) {
	// every line of a hard-wrapped document is short: a line filled to the
	// margin goes on in the next, a short line or a list bullet ends a block
	src := "Harbour tool notes\n\n" +
		"set window\nshow window\n" +
		"  Sets how many hours ahead the board lists departures. The default\n" +
		"  is six hours.\n\n" +
		"- A crossing is no longer listed twice on the departure board.\n" +
		"- Printing a timetable for a single quay now respects the time zone\n" +
		"  of the harbour office.\n" +
		"1. Cancelled crossings are greyed out again on every board.\n"
	d, err := Parse("notes.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	var got []string
	for _, b := range d.Blocks {
		got = append(got, d.SrcOf(b.Span))
	}
	want := []string{
		"Harbour tool notes", "set window", "show window",
		"Sets how many hours ahead the board lists departures. The default\n  is six hours.",
		"- A crossing is no longer listed twice on the departure board.",
		"- Printing a timetable for a single quay now respects the time zone\n  of the harbour office.",
		"1. Cancelled crossings are greyed out again on every board.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks:\n%q\nwant\n%q", got, want)
	}
	// a page copied from the web, a paragraph a line, keeps a block a line
	long := strings.Repeat("The council met on Tuesday and voted on the plan for the harbour. ", 3)
	web := "Short headline of the story\n" + long + "\nFollow us on a network for more news today\n" + long + "\n"
	d, _ = Parse("web.txt", []byte(web))
	if len(d.Blocks) != 4 {
		t.Errorf("web copy: %d blocks, want 4", len(d.Blocks))
	}
}
