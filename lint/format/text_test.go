package format

import (
	"strings"
	"testing"

	"github.com/mattn/go-runewidth"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
)

// excerpt renders the two excerpt lines of a finding on line, spanning the
// code-point columns [start, end) (0-based), without colours.
func excerpt(line string, start, end int) (src, carets string) {
	var b strings.Builder
	p := newPalette(false)
	d := engine.Diagnostic{
		Start:      lint.Position{Line: 1, Column: start + 1},
		End:        lint.Position{Line: 1, Column: end + 1},
		SourceLine: line,
	}
	writeExcerpt(&b, p, p.rule, d)
	out := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	return strings.TrimPrefix(out[0], "    1 | "), strings.TrimPrefix(out[1], "      | ")
}

// underlined returns the text above the carets, measured in cells.
func underlined(t *testing.T, src, carets string) string {
	t.Helper()
	i := strings.Index(carets, "^")
	if i < 0 {
		t.Fatalf("no carets in %q", carets)
	}
	n := strings.Count(carets, "^")
	var b strings.Builder
	col := 0
	for _, r := range src {
		w := runewidth.RuneWidth(r)
		if col >= i && col < i+n {
			b.WriteRune(r)
		}
		col += w
	}
	return b.String()
}

func TestExcerptWindowsLongLines(t *testing.T) {
	words := strings.Repeat("lorem ipsum dolor ", 20) // 360 cells
	cases := []struct {
		name string
		line string
		span string
	}{
		{"span in the middle", words + "the the" + words, "the the"},
		{"span near the end", words + "the the end.", "the the"},
		{"span at the start", "the the " + words, "the the"},
		{"cyrillic and CJK before", strings.Repeat("Привет 中文 ", 30) + "FOO bar" + words, "FOO"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			i := strings.Index(c.line, c.span)
			start := len([]rune(c.line[:i]))
			end := start + len([]rune(c.span))
			src, carets := excerpt(c.line, start, end)
			if w := runewidth.StringWidth(src); w > maxWidth+2 {
				t.Errorf("shown %d cells, want at most %d: %q", w, maxWidth+2, src)
			}
			if w := runewidth.StringWidth(src); w < maxWidth-2*wordSlack {
				t.Errorf("shown only %d cells of a long line: %q", w, src)
			}
			if got := underlined(t, src, carets); got != c.span {
				t.Errorf("carets underline %q, want %q\n%s\n%s", got, c.span, src, carets)
			}
			body := strings.TrimSuffix(strings.TrimPrefix(src, "…"), "…")
			if strings.HasPrefix(body, " ") || strings.HasSuffix(body, " ") {
				t.Errorf("window keeps a space at a cut: %q", src)
			}
			if strings.HasPrefix(src, "…") && !strings.Contains(c.line, " "+strings.Fields(body)[0]+" ") {
				t.Errorf("window starts inside a word: %q", src)
			}
		})
	}
}

func TestExcerptCapsWideSpans(t *testing.T) {
	line := "description: " + strings.Repeat("a long teaser that repeats the lead ", 10)
	src, carets := excerpt(line, 13, len([]rune(line)))
	if w := runewidth.StringWidth(src); w > maxWidth+2 {
		t.Errorf("shown %d cells: %q", w, src)
	}
	if n := strings.Count(carets, "^"); n > maxWidth || n < maxWidth/2 {
		t.Errorf("%d carets under a window of %d cells", n, maxWidth)
	}
	if !strings.HasSuffix(src, "…") {
		t.Errorf("a cut span must say so: %q", src)
	}
}

func TestExcerptHidesControlCharacters(t *testing.T) {
	line := "Text \x1b[31mred\x1b[0m and\tthe the \u202eword."
	i := strings.Index(line, "the the")
	start := len([]rune(line[:i]))
	src, carets := excerpt(line, start, start+7)
	if strings.ContainsAny(src, "\x1b\t\u202e") {
		t.Errorf("control characters reach the terminal: %q", src)
	}
	if got := underlined(t, src, carets); got != "the the" {
		t.Errorf("carets underline %q\n%s\n%s", got, src, carets)
	}
}

func TestExcerptSaysASpanContinues(t *testing.T) {
	var b strings.Builder
	p := newPalette(false)
	d := engine.Diagnostic{
		Start:      lint.Position{Line: 4, Column: 3},
		End:        lint.Position{Line: 5, Column: 22},
		SourceLine: "  The Rada approved the budget,",
	}
	writeExcerpt(&b, p, p.rule, d)
	if !strings.Contains(b.String(), "^ continues to line 5\n") {
		t.Errorf("a span over two lines must say where it ends:\n%s", b.String())
	}
	b.Reset()
	d.End = lint.Position{Line: 5, Column: 1} // ends at the line break
	writeExcerpt(&b, p, p.rule, d)
	if strings.Contains(b.String(), "continues") {
		t.Errorf("a span ending at the line break does not continue:\n%s", b.String())
	}
}

func TestSummaryCountsFixableFindings(t *testing.T) {
	diag := func(fix bool) engine.Diagnostic {
		d := engine.Diagnostic{Path: "a.md", Rule: "r", Severity: lint.SeverityWarning, Message: "m",
			Start: lint.Position{Line: 1, Column: 1}, End: lint.Position{Line: 1, Column: 2}, SourceLine: "ab"}
		if fix {
			d.Fix = []lint.Edit{{Span: lint.Span{Start: 0, End: 1}}}
		}
		return d
	}
	render := func(ds ...engine.Diagnostic) string {
		var b strings.Builder
		rep := &Report{Results: []engine.FileResult{{Path: "a.md", Diagnostics: ds}}}
		if err := (&Text{}).Format(&b, rep); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	if out := render(diag(true), diag(false), diag(true)); !strings.HasSuffix(out, "\n  2 findings can be repaired with --fix (--fix --dry-run shows the changes)\n") {
		t.Errorf("two fixable findings:\n%s", out)
	}
	if out := render(diag(false)); strings.Contains(out, "--fix") {
		t.Errorf("nothing fixable, yet --fix is offered:\n%s", out)
	}
}

// A minified page is one line with every finding on it: only the part of
// the line a window can show is decoded, and the excerpt is the same as for
// a short line.
func TestExcerptDecodesOnlyAroundTheSpan(t *testing.T) {
	filler := strings.Repeat("word ", 100_000)
	line := filler + "Привет the the 中文 " + filler
	i := strings.Index(line, "the the")
	start := len([]rune(line[:i]))
	rs, s, e, cutLeft, cutRight := around(line, start, start+7)
	if len(rs) > 4*maxWidth+7 || !cutLeft || !cutRight || string(rs[s:e]) != "the the" {
		t.Errorf("around decoded %d code points (cut %v %v), span %q", len(rs), cutLeft, cutRight, string(rs[s:e]))
	}
	src, carets := excerpt(line, start, start+7)
	if got := underlined(t, src, carets); got != "the the" || !strings.HasPrefix(src, "…") || !strings.HasSuffix(src, "…") {
		t.Errorf("excerpt %q, underlined %q", src, got)
	}
	// A span to the end of a long line decodes no more.
	rs, _, _, _, cutRight = around(line, 10, len([]rune(line)))
	if len(rs) > 4*maxWidth+10 || !cutRight {
		t.Errorf("a span to the line's end decoded %d code points", len(rs))
	}
}
