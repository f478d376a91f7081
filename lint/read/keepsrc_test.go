package read

import (
	"testing"

	"github.com/translint/translint/lint"
)

func TestParseMarkdownKeepsSrc(t *testing.T) {
	src := "# Title &amp; more\n\nText with *emphasis*, `code`, [a link](http://x.test \"t\") and <b>html</b>.\n\n" +
		"| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\\\n> more\n\n- [x] task\n- ~~gone~~\n\n    indented code\n\n[ref]: http://y.test\n"
	data := []byte(src)
	d, err := ParseAs("a.md", lint.FormatMarkdown, data)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != src || string(d.Src) != src {
		t.Fatalf("parsing changed the source:\n%s", data)
	}
	if len(d.Blocks) == 0 {
		t.Fatal("no blocks")
	}
}
