package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/translint/translint/lint/linttest"
)

func testRules(t *testing.T) {
	withRules(t, linttest.DoubledWord{}, linttest.Marker{})
}

func TestConfigFoundPerFolder(t *testing.T) {
	testRules(t)
	dir := t.TempDir()
	write(t, dir, ".git/HEAD", "")
	write(t, dir, "news/.translint.yaml", "rules:\n  test-marker: off\n  test-doubled: warning\n")
	a := write(t, dir, "news/a.md", "# A\n\nThe the XXX.\n")
	b := write(t, dir, "blog/b.md", "# B\n\nThe the XXX.\n")
	code, out, errs := runCLI(t, "", "check", a, b)
	if code != 1 {
		t.Fatalf("code %d, stderr %s", code, errs)
	}
	for _, want := range []string{"b.md:3:5: error test-doubled:", "b.md:3:9: warning test-marker:", "a.md:3:5: warning test-doubled:"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in\n%s", want, out)
		}
	}
	if strings.Contains(out, "a.md:3:9") {
		t.Errorf("test-marker is off under news/:\n%s", out)
	}
	// --config applies one file to everything.
	cfg := write(t, dir, "strict.yml", "rules:\n  test-doubled: off\n")
	if code, out, _ := runCLI(t, "", "check", "--config", cfg, a, b); code != 0 || strings.Contains(out, "test-doubled") || !strings.Contains(out, "a.md:3:9: warning test-marker") {
		t.Errorf("--config: code %d\n%s", code, out)
	}
}

func TestConfigErrors(t *testing.T) {
	testRules(t)
	dir := t.TempDir()
	write(t, dir, ".translint.yaml", "lang: en\nrules:\n  test-doubled:\n    severity: loud\n")
	a := write(t, dir, "a.md", "# A\n\nfine\n")
	code, out, errs := runCLI(t, "", "check", a)
	want := `.translint.yaml:4:15: rules.test-doubled.severity: unknown severity "loud"`
	if code != 2 || out != "" || !strings.Contains(errs, want) {
		t.Errorf("code %d, stdout %q, stderr %q; want %q", code, out, errs, want)
	}
	if code, _, errs := runCLI(t, "", "check", "--config", filepath.Join(dir, "missing.yaml"), a); code != 2 || !strings.Contains(errs, "missing.yaml: no such file") {
		t.Errorf("missing --config: %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "check", "--dry-run", a); code != 2 || !strings.Contains(errs, "--dry-run needs --fix") {
		t.Errorf("--dry-run alone: %d %q", code, errs)
	}
}

func TestUserRulesInCLI(t *testing.T) {
	testRules(t)
	dir := t.TempDir()
	write(t, dir, ".translint.yaml", `rules:
  telegram-promo:
    kind: phrase
    phrases: ["Subscribe to our Telegram channel"]
    message: "channel promotion left in the article"
    severity: error
    examples:
      bad: ["Subscribe to our Telegram channel"]
      good: ["The ministry has a Telegram channel."]
allow: ["XXX"]
`)
	a := write(t, dir, "a.md", "# A\n\nText XXX here.\n\nSubscribe to our Telegram channel!\n")
	code, out, _ := runCLI(t, "", "check", "--format", "json", a)
	if code != 1 || !strings.Contains(out, `"rule": "telegram-promo"`) || strings.Contains(out, "test-marker") {
		t.Errorf("code %d\n%s", code, out)
	}
	t.Chdir(dir)
	if _, out, _ := runCLI(t, "", "rules"); !strings.Contains(out, "telegram-promo") || !strings.Contains(out, "unused-directive") {
		t.Errorf("rules:\n%s", out)
	}
	if code, out, _ := runCLI(t, "", "explain", "telegram-promo"); code != 0 || !strings.Contains(out, "Subscribe to our Telegram channel") {
		t.Errorf("explain: %d\n%s", code, out)
	}
	if code, _, _ := runCLI(t, "", "check", "--enable", "telegram-promo", "a.md"); code != 1 {
		t.Errorf("--enable a user-defined rule: code %d", code)
	}
}

func TestSuppressionInCLI(t *testing.T) {
	testRules(t)
	dir := t.TempDir()
	a := write(t, dir, "a.md", "# A\n\n<!-- translint-disable-next-line test-doubled -- the quote repeats it -->\nHe said: the the.\n\n<!-- translint-disable-next-line test-marker -- nothing here -->\nfine\n")
	code, out, _ := runCLI(t, "", "check", a)
	if code != 0 || strings.Contains(out, "test-doubled") || !strings.Contains(out, "a.md:6:1: warning unused-directive:") {
		t.Errorf("code %d\n%s", code, out)
	}
	if code, out, _ := runCLI(t, "", "explain", "unused-directive"); code != 0 || !strings.Contains(out, "silences nothing") {
		t.Errorf("explain unused-directive: %d %s", code, out)
	}
}

func TestExclude(t *testing.T) {
	testRules(t)
	dir := t.TempDir()
	write(t, dir, ".translint.yaml", "exclude: [drafts/]\n")
	write(t, dir, "drafts/d.md", "# D\n\nXXX\n")
	write(t, dir, "ok.md", "# OK\n\nfine\n")
	_, out, _ := runCLI(t, "", "check", dir)
	if !strings.Contains(out, "1 file checked") {
		t.Errorf("walked folder:\n%s", out)
	}
	if _, out, _ := runCLI(t, "", "check", filepath.Join(dir, "drafts/d.md")); !strings.Contains(out, "test-marker") {
		t.Errorf("a file named on the command line is linted even if excluded:\n%s", out)
	}
}

func TestFix(t *testing.T) {
	testRules(t)
	dir := t.TempDir()
	src := "---\ntitle: Doubled\n---\n# Title\n\nThe the the cat sat on on the mat. XXX\n\nNothing  to fix here.\n"
	a := write(t, dir, "a.md", src)
	if err := os.Chmod(a, 0o600); err != nil {
		t.Fatal(err)
	}
	clean := write(t, dir, "b.md", "# B\n\nAll fine here XXX.\n")
	old := time.Now().Add(-time.Hour).Truncate(time.Second)
	if err := os.Chtimes(clean, old, old); err != nil {
		t.Fatal(err)
	}

	// --dry-run: a diff on stdout, the report on stderr, nothing written.
	code, out, errs := runCLI(t, "", "check", "--fix", "--dry-run", dir)
	wantDiff := "--- " + a + "\n+++ " + a + "\n@@ -3,6 +3,6 @@\n ---\n # Title\n \n-The the the cat sat on on the mat. XXX\n+The cat sat on the mat. XXX\n \n Nothing  to fix here.\n"
	if out != wantDiff || strings.Contains(out, "b.md") {
		t.Errorf("dry run stdout:\n%s\nwant:\n%s", out, wantDiff)
	}
	if b, _ := os.ReadFile(a); string(b) != src {
		t.Errorf("--dry-run changed the file")
	}
	// It fails as gofmt -l does, and reports the file as it is on disk:
	// the marker at column 36 of the line the diff shows, not 25.
	if !strings.Contains(errs, "a.md:6:36: warning test-marker") || !strings.Contains(errs, "would change 1 file") || code != exitFindings {
		t.Errorf("dry run: code %d, report:\n%s", code, errs)
	}
	// Nothing to change: a dry run passes.
	if code, _, errs := runCLI(t, "", "check", "--fix", "--dry-run", clean); code != exitOK || strings.Contains(errs, "would change") {
		t.Errorf("dry run without changes: code %d, stderr %q", code, errs)
	}

	// --fix writes, keeps the mode, leaves files without fixes alone.
	code, out, errs = runCLI(t, "", "check", "--fix", dir)
	want := strings.Replace(src, "The the the cat sat on on the mat.", "The cat sat on the mat.", 1)
	b, _ := os.ReadFile(a)
	if string(b) != want {
		t.Errorf("fixed file:\n%q\nwant\n%q", b, want)
	}
	if st, _ := os.Stat(a); st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v", st.Mode().Perm())
	}
	if st, _ := os.Stat(clean); !st.ModTime().Equal(old) {
		t.Errorf("a file without fixes was rewritten")
	}
	if code != 0 || strings.Contains(out, "test-doubled") || !strings.Contains(out, "a.md:6:25: warning test-marker") || !strings.Contains(errs, "fixed 3 problems in 1 file") {
		t.Errorf("--fix: code %d\nstdout:\n%s\nstderr:\n%s", code, out, errs)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 2 {
		t.Errorf("temporary files left: %v", ents)
	}
	// Nothing fixable is left.
	if _, out, _ := runCLI(t, "", "check", "--enable", "test-doubled", a); !strings.Contains(out, "no problems") {
		t.Errorf("after --fix:\n%s", out)
	}
}

func TestFixStdin(t *testing.T) {
	testRules(t)
	code, out, errs := runCLI(t, "Title\n\nthe the end XXX\n", "check", "--fix", "--stdin-filename", "x.txt", "-")
	if out != "Title\n\nthe end XXX\n" || !strings.Contains(errs, "x.txt:3:9: warning test-marker") || code != 0 {
		t.Errorf("code %d\nstdout %q\nstderr %q", code, out, errs)
	}
	// Nothing to fix: the text comes back as it was.
	if _, out, _ := runCLI(t, "Fine text.\n", "check", "--fix", "-"); out != "Fine text.\n" {
		t.Errorf("stdout %q", out)
	}
}

func TestInit(t *testing.T) {
	testRules(t)
	dir := t.TempDir()
	code, out, errs := runCLI(t, "", "init", dir)
	p := filepath.Join(dir, ".translint.yaml")
	if code != 0 || !strings.Contains(out, p) {
		t.Fatalf("init: %d %q %q", code, out, errs)
	}
	b, _ := os.ReadFile(p)
	write(t, dir, "a.md", "# A\n\nthe the\n")
	if code, _, errs := runCLI(t, "", "check", dir); code != 1 || errs != "" {
		t.Errorf("check with the default configuration: %d %q", code, errs)
	}
	if code, _, errs := runCLI(t, "", "init", dir); code != 2 || !strings.Contains(errs, "already exists") {
		t.Errorf("second init: %d %q", code, errs)
	}
	if b2, _ := os.ReadFile(p); string(b2) != string(b) {
		t.Error("init overwrote the file")
	}
	dir2 := t.TempDir()
	write(t, dir2, ".translint.yml", "lang: de\n")
	if code, _, _ := runCLI(t, "", "init", dir2); code != 2 {
		t.Errorf("init next to a .yml: code %d", code)
	}
}
