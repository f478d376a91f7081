package read

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

type wantBlock struct {
	kind lint.BlockKind
	text string // the block's Src
}

func checkBlocks(t *testing.T, d *lint.Document, want []wantBlock) {
	t.Helper()
	if len(d.Blocks) != len(want) {
		for _, b := range d.Blocks {
			t.Logf("got %s %q", b.Kind, d.SrcOf(b.Span))
		}
		t.Fatalf("got %d blocks, want %d", len(d.Blocks), len(want))
	}
	for i, w := range want {
		b := d.Blocks[i]
		if b.Kind != w.kind || d.SrcOf(b.Span) != w.text {
			t.Errorf("block %d: got %s %q, want %s %q", i, b.Kind, d.SrcOf(b.Span), w.kind, w.text)
		}
	}
}

// checkInvariants holds for every reader and every input.
func checkInvariants(t *testing.T, d *lint.Document) {
	t.Helper()
	if len(d.Text) != len(d.Src) {
		t.Fatalf("len(Text)=%d, len(Src)=%d", len(d.Text), len(d.Src))
	}
	for i := range d.Src {
		if (d.Src[i] == '\n') != (d.Text[i] == '\n') {
			t.Fatalf("line break moved at byte %d", i)
		}
	}
	prev := 0
	for _, b := range d.Blocks {
		if b.Start < prev || b.End < b.Start || b.End > len(d.Src) {
			t.Fatalf("block %v out of order or bounds (prev end %d, len %d)", b.Span, prev, len(d.Src))
		}
		if !utf8.Valid(d.Src[b.Start:b.End]) {
			t.Fatalf("block %v splits a character", b.Span)
		}
		prev = b.End
	}
}

func TestMarkdownReader(t *testing.T) {
	src := "---\n" +
		"title: \"The lighthouse of Vell Bay\"\n" +
		"description: >\n  A teaser\n  on two lines.\n" +
		"lang: en-GB\n" +
		"tags: [a, b]\n" +
		"---\n" +
		"# Heading with `code` and [a link](https://example.com/x)\n\n" +
		"Some *emphasis*, a URL https://example.org/p and mail me@x.org.\n\n" +
		"```\nfmt.Println(\"привет\")\n```\n\n" +
		"- item один\n- item two\n\n" +
		"> quoted text\n\n" +
		"![image](img.png)\n*Photo: Reuters*\n\n" +
		"By Jane Doe\n\n" +
		"<!-- a comment -->\n[ref]: https://example.com\n"
	d, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	checkBlocks(t, d, []wantBlock{
		{lint.Title, "The lighthouse of Vell Bay"},
		{lint.Teaser, "A teaser\n  on two lines."},
		{lint.Heading, "Heading with `code` and [a link"},
		{lint.Paragraph, "Some *emphasis*, a URL https://example.org/p and mail me@x.org."},
		{lint.ListItem, "item один"},
		{lint.ListItem, "item two"},
		{lint.Quote, "quoted text"},
		{lint.Caption, "Photo: Reuters"},
		{lint.Byline, "By Jane Doe"},
	})
	if d.DeclaredLang != "en-GB" {
		t.Errorf("lang = %q", d.DeclaredLang)
	}
	for _, masked := range []string{"`code`", "https://example.com/x", "https://example.org/p", "me@x.org", "привет", "a comment", "tags: [a, b]", "title:"} {
		i := bytes.Index(d.Src, []byte(masked))
		if got := strings.TrimSpace(string(d.Text[i : i+len(masked)])); got != "" {
			t.Errorf("%q not masked: %q", masked, got)
		}
	}
	if !bytes.Contains(d.Text, []byte("Some  emphasis ,")) {
		t.Errorf("emphasis delimiters should be masked, prose kept: %q", d.Text)
	}
}

func TestMarkdownTOMLAndHeadingTitle(t *testing.T) {
	d, err := Parse("b.md", []byte("+++\ntitle = 'Kurz'\nsummary = \"Zusammenfassung\"\nlang = \"de\"\n+++\nText.\n"))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	checkBlocks(t, d, []wantBlock{{lint.Title, "Kurz"}, {lint.Teaser, "Zusammenfassung"}, {lint.Paragraph, "Text."}})
	if d.DeclaredLang != "de" {
		t.Errorf("lang = %q", d.DeclaredLang)
	}
	d, _ = Parse("c.md", []byte("# Headline\n\nBody text.\n\n## Section\n"))
	checkBlocks(t, d, []wantBlock{{lint.Title, "Headline"}, {lint.Paragraph, "Body text."}, {lint.Heading, "Section"}})
}

func TestMarkdownBareURLParagraph(t *testing.T) {
	// a paragraph that is only a URL holds no prose once the URL is masked
	d, _ := Parse("u.md", []byte("The manual is online at:\n\nhttps://example.org/manual\n\nRead it first.\n"))
	checkInvariants(t, d)
	checkBlocks(t, d, []wantBlock{{lint.Paragraph, "The manual is online at:"}, {lint.Paragraph, "Read it first."}})
}

func TestHTMLReader(t *testing.T) {
	src := `<!DOCTYPE html>
<html lang="de"><head><title>Der Titel &amp; mehr</title>
<meta property="og:description" content="OG text">
<meta name="description" content="Eine Beschreibung">
<script>var x = "<p>nein</p>";</script></head>
<body><header>Site nav</header><h1>Überschrift</h1><p>Ein Absatz mit <code>code</code> und &quot;Zitat&quot;.<p>Zweiter <b>Absatz</b>.</p>
<ul><li>eins</li><li>zwei</li></ul><blockquote><p>Zitat</p></blockquote><figure><img src=x><figcaption>Foto</figcaption></figure><footer>(c) 2024</footer></body></html>
`
	d, err := Parse("p.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	checkBlocks(t, d, []wantBlock{
		{lint.Title, "Der Titel &amp; mehr"},
		{lint.Teaser, "Eine Beschreibung"},
		{lint.Heading, "Überschrift"},
		{lint.Paragraph, "Ein Absatz mit <code>code</code> und &quot;Zitat&quot;."},
		{lint.Paragraph, "Zweiter <b>Absatz</b>."},
		{lint.ListItem, "eins"},
		{lint.ListItem, "zwei"},
		{lint.Quote, "Zitat"},
		{lint.Caption, "Foto"},
	})
	if d.DeclaredLang != "de" {
		t.Errorf("lang = %q", d.DeclaredLang)
	}
	if got := d.TextOf(d.Blocks[0].Span); got != "Der Titel &     mehr" {
		t.Errorf("entity not decoded in place: %q", got)
	}
	if got := d.TextOf(d.Blocks[3].Span); !strings.Contains(got, ` "Zitat"`) || strings.Contains(got, "code") {
		t.Errorf("paragraph text %q", got)
	}
	for _, masked := range []string{"nein", "Site nav", "(c) 2024", "<b>"} {
		i := bytes.Index(d.Src, []byte(masked))
		if strings.TrimSpace(string(d.Text[i:i+len(masked)])) != "" {
			t.Errorf("%q not masked", masked)
		}
	}
}

func TestTextReader(t *testing.T) {
	src := "Headline cut mid-word as the ferry wa…\n\nTeaser line without period\n\n" +
		"First paragraph. It has sentences.\nSecond line is its own paragraph, as pages are copied.\n\n" +
		"A hard-wrapped paragraph that goes on for quite a while and then\n" +
		"wraps at a fixed width like an e-mail would, ending here.\n\nBy Jane Doe, Reuters\n"
	d, err := Parse("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	checkBlocks(t, d, []wantBlock{
		{lint.Title, "Headline cut mid-word as the ferry wa…"},
		{lint.Teaser, "Teaser line without period"},
		{lint.Paragraph, "First paragraph. It has sentences."},
		{lint.Paragraph, "Second line is its own paragraph, as pages are copied."},
		{lint.Paragraph, "A hard-wrapped paragraph that goes on for quite a while and then\nwraps at a fixed width like an e-mail would, ending here."},
		{lint.Byline, "By Jane Doe, Reuters"},
	})
}

func TestBadInput(t *testing.T) {
	if _, err := Parse("x.txt", []byte("ab\x00cd")); err != ErrBinary {
		t.Errorf("NUL: got %v", err)
	}
	_, err := Parse("x.md", []byte("line one\nline \xff two\n"))
	ue, ok := err.(*InvalidUTF8Error)
	if !ok || ue.Pos.Line != 2 || ue.Pos.Column != 6 || ue.Pos.Offset != 14 {
		t.Errorf("invalid UTF-8: got %v", err)
	}
}

func TestTooLarge(t *testing.T) {
	defer func(n int) { maxDocumentSize = n }(maxDocumentSize)
	maxDocumentSize = 8
	if _, err := Parse("x.txt", []byte("nine byte")); err != ErrTooLarge {
		t.Errorf("9 bytes over a limit of 8: got %v", err)
	}
	if _, err := Parse("x.txt", []byte("8 bytes.")); err != nil {
		t.Errorf("8 bytes at a limit of 8: got %v", err)
	}
}

func TestPosition(t *testing.T) {
	d := lint.NewDocument("x", lint.FormatText, []byte("ab\nпривет 😀 中文 x\r\nlast"))
	i := bytes.Index(d.Src, []byte("x\r"))
	p := d.Position(i)
	if p.Line != 2 || p.Column != 13 {
		t.Errorf("got %d:%d, want 2:13", p.Line, p.Column)
	}
	if got := d.SrcOf(d.LineSpan(2)); got != "привет 😀 中文 x" {
		t.Errorf("LineSpan strips CR: %q", got)
	}
	if d.LineCount() != 3 {
		t.Errorf("LineCount = %d", d.LineCount())
	}
}
