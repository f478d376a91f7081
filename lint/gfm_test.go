package lint

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// withExtensionParser parses src as the Markdown reader did with goldmark's
// own GFM extensions, the reference gfm.go replaces (the extension package
// is imported by this test only, so the program does not pay its start-up).
func withExtensionParser(t testing.TB, src string) *Document {
	t.Helper()
	saved, savedCell := markdown, tableCellKind
	markdown = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))
	tableCellKind = east.KindTableCell
	defer func() { markdown, tableCellKind = saved, savedCell }()
	d, err := ParseAs("a.md", FormatMarkdown, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// readerView is what rules see of a document: the masked text and blocks.
func readerView(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q\n", d.Text)
	for _, bl := range d.Blocks {
		fmt.Fprintf(&b, "%v %d-%d %q\n", bl.Kind, bl.Start, bl.End, d.Text[bl.Start:bl.End])
	}
	return b.String()
}

var gfmCases = []string{
	"| Year | Budget |\n|------|-------:|\n| 2024 | 1.2 bn |\n| 2025 | 1.4 bn |\n",
	"Figures for the city:\n\n| Year | Budget |\n| :--- | :---: |\n| 2024 | [link](https://a.example/x) |\n",
	"The council published a table\n| Year | Budget |\n|---|---|\n| 2024 | `code` |\nafter the vote.\n",
	"Year | Budget\n--- | ---\n2024 | 1.2\n2025\n",
	"| a | b |\n|---|---|\n| 1 | 2 | 3 |\n",
	"| a \\| b | c |\n|---|---|\n| x \\| y | z |\n",
	"| only |\n|---|\n| one |\n",
	"Not a table\n---\n",
	"Not a table either\n- - -\nText.\n",
	"| a | b |\n|---|---|\n\n| c | d |\n",
	"> | a | b |\n> |---|---|\n> | quoted | cell |\n",
	"- | a | b |\n  |---|---|\n  | in | list |\n",
	"The ~~old~~ new plan and ~one~ tilde, ~~~three~~~ and ~~open.\n",
	"Prices fell ~5% while ~~rents~ stayed.\n",
	"- [ ] draft the budget\n- [x] publish it\n- [X] done too\n- [] not a box\n- [ ]no space\n",
	"1. [x] numbered\n2. text [ ] later\n",
	"* [ ]\n* [ ] \n",
	"Paragraph [ ] with brackets and [x] marks.\n",
}

func TestGFMReaderMatchesGoldmarkExtensions(t *testing.T) {
	for _, src := range gfmCases {
		got := readerView(mustParse(t, src))
		want := readerView(withExtensionParser(t, src))
		if got != want {
			t.Errorf("source %q\n got: %s\nwant: %s", src, got, want)
		}
	}
}

// A header row whose cell count differs from the delimiter row makes no
// table (GitHub's rule); goldmark's extension pads a shorter header, so
// here the two readers differ on purpose.
func TestGFMHeaderMustMatchDelimiterRow(t *testing.T) {
	d := mustParse(t, "| a |\n|---|---|\n| 1 | 2 |\n")
	if len(d.Blocks) != 1 || d.Blocks[0].Kind != Paragraph {
		t.Fatalf("blocks %v, want the lines as one paragraph", d.Blocks)
	}
}

func TestDelimiterRow(t *testing.T) {
	for line, want := range map[string]int{
		"|---|---|":         2,
		"| :-- | --: |\n":   2,
		":-:":               1,
		"---|":              1,
		"|---":              1,
		"---":               0,
		"- - -":             0,
		"| - - |":           0,
		"| :: |":            0,
		"| -- | x |":        0,
		"    |---|---|":     0,
		"|---|---|---|---|": 4,
	} {
		if got := delimiterRow([]byte(line)); got != want {
			t.Errorf("delimiterRow(%q) = %d, want %d", line, got, want)
		}
	}
}

func FuzzGFMReader(f *testing.F) {
	for _, s := range gfmCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := ParseAs("a.md", FormatMarkdown, []byte(src))
		if err != nil {
			return
		}
		if want := readerView(withExtensionParser(t, src)); readerView(d) != want && !knownDifference(src) {
			t.Fatalf("reader differs from goldmark's extensions on %q\n got: %s\nwant: %s", src, readerView(d), want)
		}
		if len(d.Text) != len(d.Src) {
			t.Fatalf("text %d bytes, source %d", len(d.Text), len(d.Src))
		}
		for _, b := range d.Blocks {
			if b.Start < 0 || b.End > len(d.Src) || b.Start > b.End {
				t.Fatalf("block %v out of range", b)
			}
		}
	})
}

func mustParse(t testing.TB, src string) *Document {
	t.Helper()
	d, err := ParseAs("a.md", FormatMarkdown, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// knownDifference reports the two cases where gfm.go follows GitHub rather
// than goldmark: a header row with fewer cells than the delimiter row after
// it, and a delimiter row without a pipe ("--" under a line is no table).
func knownDifference(src string) bool {
	lines := strings.Split(src, "\n")
	for i := 1; i < len(lines); i++ {
		// the header as the table sees it, without list or quote markers
		prev := []byte(strings.TrimLeft(lines[i-1], " \t>*+-0123456789.)"))
		if n := delimiterRow([]byte(strings.TrimLeft(lines[i], " \t>"))); n > 0 && tableRow(text.NewSegment(0, len(prev)), prev, n, true) == nil {
			return true
		}
		if strings.Contains(lines[i], "-") && strings.Trim(lines[i], "-: \t\r>*+0123456789.") == "" {
			return true
		}
	}
	return false
}
