package read

import (
	"strings"
	"testing"
)

func TestMarkdownHTMLBlockProse(t *testing.T) {
	src := "# Title\n\n" +
		"<div class=\"lead\">\n<p>Prose in a block &amp; more.</p>\n<script>var x = \"code\";</script>\n</div>\n\n" +
		"<!--\nA comment.\n-->\n\n" +
		"> <p>Quoted HTML.</p>\n\n" +
		"> <p>Quoted HTML\n> on two lines stays masked.</p>\n\n" +
		"After the block.\n"
	d, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Kind.String()+":"+strings.TrimSpace(d.TextOf(b.Span)))
	}
	want := []string{"title:Title", "paragraph:Prose in a block &     more.", "quote:Quoted HTML.", "paragraph:After the block."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("blocks %q, want %q", got, want)
	}
	text := string(d.Text)
	for _, masked := range []string{"<p>", "div", "var x", "A comment", "two lines"} {
		if strings.Contains(text, masked) {
			t.Errorf("%q is not masked:\n%s", masked, text)
		}
	}
	// Offsets are the file's: the prose sits where it is in Src.
	i := strings.Index(src, "Prose in")
	if string(d.Text[i:i+8]) != "Prose in" {
		t.Errorf("prose moved: %q", d.Text[i:i+8])
	}
}
