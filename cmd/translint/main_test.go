package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// shoutRule flags the word FOO: a stand-in so the CLI is tested on its own.
type shoutRule struct{ sev lint.Severity }

func (shoutRule) ID() string { return "shout" }
func (shoutRule) Doc() lint.RuleDoc {
	return lint.RuleDoc{Title: "The word FOO", Text: "Flags FOO.", Bad: "a FOO b", Good: "a b"}
}
func (r shoutRule) DefaultSeverity() lint.Severity { return r.sev }
func (shoutRule) Check(d *lint.Document) []lint.Finding {
	var out []lint.Finding
	for _, w := range lint.Words(d.Text, lint.Span{Start: 0, End: len(d.Text)}) {
		if d.TextOf(w.Span()) == "FOO" {
			out = append(out, lint.Finding{Span: w.Span(), Message: "FOO found", Suggestion: "remove it"})
		}
	}
	return out
}

func withRules(t *testing.T, rs ...lint.Rule) {
	old := builtinRules
	builtinRules = func() []lint.Rule { return rs }
	t.Cleanup(func() { builtinRules = old })
}

func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExitCodes(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityWarning})
	dir := t.TempDir()
	clean := write(t, dir, "clean.md", "# Title\n\nNothing wrong here.\n")
	bad := write(t, dir, "bad.md", "# Title\n\nSome FOO here.\n")

	if code, out, _ := runCLI(t, "", "check", clean); code != 0 || !strings.Contains(out, "✔ 1 file checked, no problems") {
		t.Errorf("clean: code %d, out %q", code, out)
	}
	// A warning does not fail with the default --fail-on error.
	if code, _, _ := runCLI(t, "", "check", bad); code != 0 {
		t.Errorf("warning with --fail-on error: code %d, want 0", code)
	}
	if code, _, _ := runCLI(t, "", "check", "--fail-on", "warning", bad); code != 1 {
		t.Errorf("warning with --fail-on warning: code %d, want 1", code)
	}
	if code, _, _ := runCLI(t, "", "check", "--fail-on", "none", bad); code != 0 {
		t.Errorf("--fail-on none: code %d, want 0", code)
	}
	if code, _, errs := runCLI(t, "", "check", "--bogus", bad); code != 2 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "unknown flag: --bogus") {
		t.Errorf("unknown flag: code %d, stderr %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "check", "--fail-on", "loud", bad); code != 2 || !strings.Contains(errs, "loud") {
		t.Errorf("bad --fail-on: code %d, stderr %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "check", "--enable", "nope", bad); code != 2 || !strings.Contains(errs, `unknown rule "nope"`) {
		t.Errorf("unknown rule: code %d, stderr %q", code, errs)
	}
	if code, _, _ := runCLI(t, "", "check", "--disable", "shout", "--fail-on", "info", bad); code != 0 {
		t.Errorf("--disable: code %d, want 0", code)
	}
}

func TestBadInputStillLintsOthers(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	write(t, dir, "a-bad.md", "Some FOO here.\n")
	write(t, dir, "binary.txt", "abc\x00def")
	write(t, dir, "latin1.txt", "caf\xe9 FOO\n")
	missing := filepath.Join(dir, "missing.md")
	code, out, errs := runCLI(t, "", "check", "--format", "json", dir, missing)
	if code != 2 {
		t.Errorf("code %d, want 2", code)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	if len(lines) != 3 {
		t.Fatalf("want one error line per bad input, got %q", errs)
	}
	for _, want := range []string{"binary.txt: error: binary file", "latin1.txt: error: invalid UTF-8 at line 1, column 4", "missing.md: error: no such file or directory"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q: %q", want, errs)
		}
	}
	var rep struct {
		Files    int
		Findings []struct {
			Path, Rule, Excerpt string
			Line, Column        int
		}
		Errors []struct{ Path, Message string }
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Errors) != 3 {
		t.Errorf("every unusable input belongs in the report's errors, got %+v", rep.Errors)
	}
	_, text, _ := runCLI(t, "", "check", "--color", "never", dir, missing)
	if !strings.Contains(text, "(1 file checked; 3 files could not be read)") {
		t.Errorf("text summary must not hide unreadable files: %q", text)
	}
	if len(rep.Findings) != 1 || !strings.HasSuffix(rep.Findings[0].Path, "a-bad.md") || rep.Findings[0].Excerpt != "FOO" {
		t.Errorf("the good file must still be linted: %+v", rep)
	}
}

func TestStdin(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	if code, _, errs := runCLI(t, "", "check", "--stdin-filename", "post.md", "."); code != 2 || !strings.Contains(errs, "add '-'") {
		t.Errorf("--stdin-filename without '-': code %d, stderr %q", code, errs)
	}
	code, out, _ := runCLI(t, "---\ntitle: x\n---\nA FOO.\n", "check", "-", "--stdin-filename", "post.md", "--format", "json")
	if code != 1 || !strings.Contains(out, `"path": "post.md"`) || !strings.Contains(out, `"line": 4`) {
		t.Errorf("stdin: code %d out %s", code, out)
	}
}

func TestTextReportCarets(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	p := write(t, dir, "wide.txt", "中文 😀 привет FOO end\n")
	_, out, _ := runCLI(t, "", "check", "--color", "never", p)
	lines := strings.Split(out, "\n")
	if !strings.Contains(lines[0], "wide.txt:1:13: error shout: FOO found") {
		t.Fatalf("header: %q", lines[0])
	}
	// The caret line must put ^^^ under FOO in terminal cells: 中文 are
	// two cells each, the emoji two.
	src, carets := lines[1], lines[2]
	iSrc := strings.Index(src, "FOO")
	prefixCells := len([]rune(src[:strings.Index(src, "中")])) + 4 + 1 + 2 + 1 + len([]rune("привет ")) // gutter + 中文 + space + emoji + space + привет
	if got := strings.Index(carets, "^^^"); got != prefixCells || iSrc < 0 {
		t.Errorf("carets at %d, want %d:\n%s\n%s", got, prefixCells, src, carets)
	}
	if !strings.Contains(out, "= suggestion: remove it") || !strings.Contains(out, "✖ 1 error, 0 warnings in 1 file (1 file checked)") {
		t.Errorf("report: %s", out)
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("--color never printed escapes")
	}
	_, out, _ = runCLI(t, "", "check", "--color", "always", p)
	if !strings.Contains(out, "\x1b[") {
		t.Errorf("--color always printed no escapes")
	}
}

func TestRulesExplainVersion(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	if code, out, _ := runCLI(t, "", "rules"); code != 0 || !strings.Contains(out, "shout") || !strings.Contains(out, "The word FOO") {
		t.Errorf("rules: %d %q", code, out)
	}
	if code, out, _ := runCLI(t, "", "explain", "shout"); code != 0 || !strings.Contains(out, "Bad:\n    a FOO b") {
		t.Errorf("explain: %d %q", code, out)
	}
	if code, _, errs := runCLI(t, "", "explain", "nope"); code != 2 || !strings.Contains(errs, "unknown rule") {
		t.Errorf("explain unknown: %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "explain"); code != 2 || !strings.Contains(errs, "explain takes one rule id, got 0 (see 'translint rules')") {
		t.Errorf("explain without a rule: %d %q", code, errs)
	}
	code, out, _ := runCLI(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "translint ") {
		t.Errorf("version: %d %q", code, out)
	}
	if code, flag, _ := runCLI(t, "", "--version"); code != 0 || flag != out {
		t.Errorf("--version: %d %q, want %q as 'translint version' prints it", code, flag, out)
	}
}

func TestDiscoveryRespectsGitignore(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	write(t, dir, ".git/HEAD", "ref: x\n")
	write(t, dir, ".gitignore", "drafts/\n*.tmp.md\n")
	write(t, dir, "a.md", "FOO\n")
	write(t, dir, "drafts/b.md", "FOO\n")
	write(t, dir, "c.tmp.md", "FOO\n")
	write(t, dir, "node_modules/d.md", "FOO\n")
	write(t, dir, "e.rst", "FOO\n")
	write(t, dir, "sub/f.html", "<p>FOO</p>\n")
	_, out, _ := runCLI(t, "", "check", "--format", "json", dir)
	var rep struct{ Files int }
	_ = json.Unmarshal([]byte(out), &rep)
	if rep.Files != 2 {
		t.Errorf("want a.md and sub/f.html only, got %d files: %s", rep.Files, out)
	}
	// A glob with ** reaches into folders.
	_, out, _ = runCLI(t, "", "check", "--format", "json", filepath.Join(dir, "**", "*.html"))
	_ = json.Unmarshal([]byte(out), &rep)
	if rep.Files != 1 {
		t.Errorf("glob: got %d files", rep.Files)
	}
}

func TestFrontMatterPositionsAndMaskedCode(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	p := write(t, dir, "post.md", "---\ntitle: \"Статья про FOO 😀\"\ndescription: Кратко FOO\n---\n\n```\nFOO in code\n```\n\nText `FOO` and [FOO](https://x.org/FOO) FOO.\n")
	_, out, _ := runCLI(t, "", "check", "--format", "json", p)
	var rep struct {
		Findings []struct {
			Line, Column, EndColumn, Offset, Length int
			Excerpt                                 string
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	type pos struct{ line, col int }
	var got []pos
	for _, f := range rep.Findings {
		got = append(got, pos{f.Line, f.Column})
		if f.Excerpt != "FOO" || f.Length != 3 {
			t.Errorf("excerpt %q length %d", f.Excerpt, f.Length)
		}
	}
	// Title (line 2, after "title: \"Статья про "), description (line 3),
	// the link text and the last word of line 10; code and URLs are masked.
	want := []pos{{2, 20}, {3, 21}, {10, 17}, {10, 41}}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("finding %d at %v, want %v", i, got[i], want[i])
		}
	}
}

func TestJobsAndStdinArguments(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	p := write(t, dir, "a.md", "A FOO.\n")
	if code, _, errs := runCLI(t, "", "check", "--jobs", "-3", p); code != 2 || !strings.Contains(errs, "--jobs") || strings.Count(errs, "\n") != 1 {
		t.Errorf("negative --jobs: code %d, stderr %q", code, errs)
	}
	if code, out, _ := runCLI(t, "", "check", "--jobs", "0", "--color", "never", p); code != 1 || !strings.Contains(out, "1 file checked") {
		t.Errorf("--jobs 0: code %d, out %q", code, out)
	}
	// '-' twice is standard input once: not a second, empty file.
	code, out, _ := runCLI(t, "A FOO.\n", "check", "--color", "never", "-", "-")
	if code != 1 || !strings.Contains(out, "(1 file checked)") || strings.Count(out, "FOO found") != 1 {
		t.Errorf("'-' twice: code %d, out %q", code, out)
	}
}
