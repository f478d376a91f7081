package boilerplate

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint/engine"
)

func TestInMarkdownLink(t *testing.T) {
	for _, c := range []struct {
		src  string // the word looked at is marked by ^ before it
		want bool
	}{
		{"[^Talk about it](https://example.org/a)", true},
		{"Follow on [^Mastodon](https://example.org/m)", true},
		{"[Website][site] | [^Guide][] | [Blog][]", true},
		{"[One *^bold* word](https://example.org)", true},
		{"Follow on ^Mastodon [here](https://example.org)", false},
		{"[^Tags] stand alone", false},
		{"[^Empty]() target", false},
		{`\[^Escaped](https://example.org)`, false},
		{"[Open bracket\n\n^Next paragraph](https://example.org)", false},
	} {
		off := strings.IndexByte(c.src, '^')
		src := []byte(c.src[:off] + c.src[off+1:])
		if got := inMarkdownLink(src, off); got != c.want {
			t.Errorf("%q: got %v, want %v", c.src, got, c.want)
		}
	}
}

func TestInTagLink(t *testing.T) {
	for _, c := range []struct {
		src  string
		want bool
	}{
		{`<a href="/volunteer/">^See how to help →</a>`, true},
		{`<a href="/x"><strong>Learn</strong> ^more</a>`, true},
		{"<a class=\"btn\"\n   href=\"/x\">\n  ^Start here\n</a>", true},
		{`<Link className="button" to="/docs/setup">^Set up</Link>`, true},
		{`<a href="/x">Link</a> and ^after it`, false},
		{`<a name="top">^Anchor only</a>`, false},
		{`<a href="/x"><div>^Block inside</div></a>`, false},
		{`<p data-href="/x">^Not a target</p>`, false},
		{`^No tag at all`, false},
	} {
		off := strings.IndexByte(c.src, '^')
		src := []byte(c.src[:off] + c.src[off+1:])
		if got := inTagLink(src, off); got != c.want {
			t.Errorf("%q: got %v, want %v", c.src, got, c.want)
		}
	}
}

// A line repeated under every post of a run is the author's own link in
// Markdown sources, and scraped chrome as the bare text of plain-text
// articles.
func TestCorpusLeavesAuthoredLinks(t *testing.T) {
	var md, txt []engine.Source
	for i := range 3 {
		body := fmt.Sprintf("The ferry board met on day %d and agreed on a new timetable for the winter months ahead.\n\n"+
			"Crossings will start half an hour later, and the last boat will leave the island at nine in the evening.\n\n", i)
		md = append(md, engine.Source{Path: fmt.Sprintf("post%d.md", i),
			Data: []byte(body + fmt.Sprintf("[Talk about this report on Mastodon](https://example.org/search?q=report-%d)\n", i))})
		txt = append(txt, engine.Source{Path: fmt.Sprintf("post%d.txt", i), Data: []byte(body + "Talk about this report on Mastodon\n")})
	}
	for _, fr := range lintRun(t, Default(), md) {
		if len(fr.Diagnostics) > 0 {
			t.Errorf("%s: the author's link reported: %q", fr.Path, fr.Diagnostics[0].Excerpt)
		}
	}
	for _, fr := range lintRun(t, Default(), txt) {
		if len(fr.Diagnostics) != 1 || fr.Diagnostics[0].Excerpt != "Talk about this report on Mastodon" {
			t.Errorf("%s: got %q, want the repeated bare line", fr.Path, excerpts(fr.Diagnostics))
		}
	}
}
