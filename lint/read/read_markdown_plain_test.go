package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// viaGoldmark parses src with the fast path turned off.
func viaGoldmark(t testing.TB, src string) *lint.Document {
	t.Helper()
	saved := plainBody
	plainBody = func(*lint.Document, int) (bool, bool) { return false, false }
	defer func() { plainBody = saved }()
	return mustParse(t, src)
}

// takesPlainPath reports whether the fast path reads src's body.
func takesPlainPath(src string) bool {
	d := lint.NewDocument("a.md", lint.FormatMarkdown, []byte(src))
	start := frontMatter(d)
	d.Blocks = nil
	_, ok := plainMarkdown(d, start)
	return ok
}

var plainCases = []struct {
	src   string
	plain bool
}{
	{"# Council approves the budget\n\nThe city council approved the budget on Tuesday.\nIt raises spending.\n\nBy Anna Smith\n", true},
	{"---\ntitle: \"Budget\"\n---\nThe council voted.\n\n## Reactions\nResidents welcomed it.\n", true},
	{"Intro line\n### Heading interrupts\nmore text\n", true},
	{"#hashtag is prose\n####### seven marks too\n#\n\n   # indented heading\n", true},
	{"Visit https://example.org/a-b?x=1 for details.\n", true},
	{"Prices rose 5% (1.2 bn) in 2024: \"a record\", she said; 'really'.\n", true},
	{"Кириллица и 中文 текст.\n\n# Заголовок\n", true},
	{"  \n   \nText after blank lines   \n", true},
	{"", true},
	{"Title\n=====\n", false},
	{"Title\n-----\n", false},
	{"- item\n", false},
	{"1. item\n", false},
	{"2) item\n", false},
	{"    code\n", false},
	{"# Heading ##\n", false},
	{"Text with *emphasis*.\n", false},
	{"A [link](https://example.org).\n", false},
	{"Tom &amp; Jerry\n", false},
	{"Tab\there\n", false},
	{"CRLF\r\nline\r\n", false},
	{"> quote\n", false},
	{"| a | b |\n", false},
	{"2024. A year.\n", false},
	{"Flour\n: the kind of flour\n", false},
	{"Flour\n   : indented marker\n", false},
	{"Ratio 3:2 and time 10:30 stay plain.\n", true},
}

func TestPlainPathMatchesGoldmark(t *testing.T) {
	for _, c := range plainCases {
		if got := takesPlainPath(c.src); got != c.plain {
			t.Errorf("takesPlainPath(%q) = %v, want %v", c.src, got, c.plain)
		}
		if got, want := readerView(mustParse(t, c.src)), readerView(viaGoldmark(t, c.src)); got != want {
			t.Errorf("source %q\n got: %s\nwant: %s", c.src, got, want)
		}
	}
}

// The fast path must read a body exactly as goldmark does, or leave it.
func FuzzPlainPath(f *testing.F) {
	for _, c := range plainCases {
		f.Add(c.src)
	}
	f.Add("# Title\nBy Reporter\n\nOne.\n\n## Two\n3 items.\n")
	f.Fuzz(func(t *testing.T, src string) {
		if strings.IndexByte(src, 0) >= 0 {
			return
		}
		d, err := ParseAs("a.md", lint.FormatMarkdown, []byte(src))
		if err != nil {
			return
		}
		if got, want := readerView(d), readerView(viaGoldmark(t, src)); got != want {
			t.Fatalf("fast path differs from goldmark on %q\n got: %s\nwant: %s", src, got, want)
		}
	})
}

// Every Markdown fixture of the repository reads the same with and without
// the fast path.
func TestPlainPathOnFixtures(t *testing.T) {
	files, err := filepath.Glob("../../testdata/*/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	plain := 0
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if takesPlainPath(string(src)) {
			plain++
		}
		if got, want := readerView(mustParse(t, string(src))), readerView(viaGoldmark(t, string(src))); got != want {
			t.Errorf("%s: fast path differs from goldmark\n got: %s\nwant: %s", f, got, want)
		}
	}
	t.Logf("%d of %d fixtures take the fast path", plain, len(files))
}
