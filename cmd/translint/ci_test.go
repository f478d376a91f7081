package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/linttest"
)

// useFakeRules makes check lint with a test rule that flags "teh" and "wrold".
func useFakeRules(t *testing.T) {
	t.Helper()
	fix := "the"
	withRules(t, &linttest.PatternRule{RuleID: "fake-typo", Pattern: regexp.MustCompile(`\b(teh|wrold)\b`),
		Severity: lint.SeverityError, Message: "typo", Replace: &fix})
}

// inDir runs the test in a fresh folder holding files.
func inDir(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		write(t, dir, name, text)
	}
	t.Chdir(dir)
	return dir
}

type sarifOut struct {
	Runs []struct {
		Tool struct {
			Driver struct {
				Rules []struct {
					ID      string `json:"id"`
					HelpURI string `json:"helpUri"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Invocations []struct {
			ExecutionSuccessful        bool              `json:"executionSuccessful"`
			ToolExecutionNotifications []json.RawMessage `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []struct {
			RuleID    string `json:"ruleId"`
			Locations []struct {
				PhysicalLocation struct {
					ArtifactLocation struct {
						URI string `json:"uri"`
					} `json:"artifactLocation"`
					Region struct {
						StartLine int `json:"startLine"`
					} `json:"region"`
				} `json:"physicalLocation"`
			} `json:"locations"`
			Fixes []json.RawMessage `json:"fixes"`
		} `json:"results"`
	} `json:"runs"`
}

func readSARIF(t *testing.T, path string) sarifOut {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var s sarifOut
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if len(s.Runs) != 1 {
		t.Fatalf("%d runs, want 1", len(s.Runs))
	}
	return s
}

func TestSeveralOutputsFromOneRun(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"content/news/über uns.md": "# Title\n\nSee teh news.\n"})
	if err := os.MkdirAll("out", 0o755); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "", "check", "content", "--color", "never",
		"--format", "text", "--format", "sarif=out/results.sarif", "-f", "github=annotations.txt,json=findings.json")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr: %s", code, exitFindings, stderr)
	}
	if !strings.Contains(stdout, "content/news/über uns.md:3:5: error fake-typo: typo") {
		t.Errorf("text report missing from stdout:\n%s", stdout)
	}
	if strings.Contains(stdout, `"$schema"`) || strings.Contains(stdout, "::error") {
		t.Errorf("a file output leaked to stdout:\n%s", stdout)
	}
	s := readSARIF(t, "out/results.sarif")
	res := s.Runs[0].Results
	if len(res) != 1 || res[0].RuleID != "fake-typo" || len(res[0].Fixes) != 1 {
		t.Fatalf("SARIF results: %+v", res)
	}
	if uri := res[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "content/news/%C3%BCber%20uns.md" {
		t.Errorf("uri %q, want it relative and percent-encoded", uri)
	}
	// Built-in rules (the test rule stands in for one) and the engine's own
	// rules link to their section of the rules page.
	links := map[string]string{}
	for _, r := range s.Runs[0].Tool.Driver.Rules {
		links[r.ID] = r.HelpURI
	}
	for _, id := range []string{"fake-typo", "unused-directive"} {
		if l := links[id]; l != format.RuleURI(id) {
			t.Errorf("%s helpUri %q", id, l)
		}
	}
	gh, err := os.ReadFile("annotations.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := "::error file=content/news/über uns.md,line=3,col=5,endLine=3,endColumn=8,title=fake-typo::typo%0ASuggestion: replace it with the\n"; !strings.HasPrefix(string(gh), want) {
		t.Errorf("github output:\n%s\nwant it to start with\n%s", gh, want)
	}
	var js struct{ Findings []json.RawMessage }
	data, err := os.ReadFile("findings.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &js); err != nil || len(js.Findings) != 1 {
		t.Errorf("json output: %v, %d findings", err, len(js.Findings))
	}
}

func TestRootFlag(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"site/content/a.md": "teh\n"})
	if code, _, stderr := runCLI(t, "", "check", "site/content", "--root", "site", "--format", "sarif=r.sarif"); code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	s := readSARIF(t, "r.sarif")
	if uri := s.Runs[0].Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; uri != "content/a.md" {
		t.Errorf("uri %q, want content/a.md", uri)
	}
}

func TestUnreadableFileIsANotification(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"bin.txt": "a\x00b", "ok.md": "fine\n"})
	code, _, _ := runCLI(t, "", "check", ".", "--format", "sarif=r.sarif")
	if code != exitError {
		t.Errorf("exit %d, want %d", code, exitError)
	}
	inv := readSARIF(t, "r.sarif").Runs[0].Invocations
	if len(inv) != 1 || inv[0].ExecutionSuccessful || len(inv[0].ToolExecutionNotifications) != 1 {
		t.Errorf("invocations: %+v", inv)
	}
}

const article = "# Title\n\nOld teh defect.\n\nMore teh here.\n"

func TestBaselineHidesOldFindingsOnly(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"content/a.md": article})
	code, stdout, stderr := runCLI(t, "", "check", "content", "--write-baseline", "baseline.json", "--format", "json")
	if code != exitOK || !strings.Contains(stderr, "recorded 2 findings") {
		t.Fatalf("write-baseline: exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stdout, `"findings": []`) {
		t.Errorf("recorded findings were reported:\n%s", stdout)
	}
	// Lines inserted above the old findings: still nothing new.
	moved := strings.Replace(article, "# Title\n", "# Title\n\nA new intro.\n\nAnd more.\n", 1)
	if err := os.WriteFile("content/a.md", []byte(moved), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, stdout, _ := runCLI(t, "", "check", "content", "--baseline", "baseline.json", "--format", "json"); code != exitOK {
		t.Errorf("after inserting lines: exit %d, want 0:\n%s", code, stdout)
	}
	// Without the baseline they are still there.
	if code, _, _ := runCLI(t, "", "check", "content", "--format", "json"); code != exitFindings {
		t.Errorf("without --baseline: exit %d, want %d", code, exitFindings)
	}
	// A new defect shows, alone.
	if err := os.WriteFile("content/a.md", []byte(moved+"\nHello wrold.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ = runCLI(t, "", "check", "content", "--baseline", "baseline.json", "--format", "json")
	var js struct {
		Findings []struct {
			Line    int
			Excerpt string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &js); err != nil {
		t.Fatal(err)
	}
	if code != exitFindings || len(js.Findings) != 1 || js.Findings[0].Excerpt != "wrold" || js.Findings[0].Line != 11 {
		t.Errorf("new defect: exit %d, findings %+v; want only wrold at line 11", code, js.Findings)
	}
}

func TestBaselineErrors(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"a.md": "ok\n", "bad.json": "{"})
	if code, _, stderr := runCLI(t, "", "check", "a.md", "--baseline", "missing.json"); code != exitError || !strings.HasSuffix(stderr, "translint: error: --baseline: missing.json: no such file or directory\n") {
		t.Errorf("missing baseline: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "check", "a.md", "--baseline", "bad.json"); code != exitError || !strings.Contains(stderr, "not a baseline file") {
		t.Errorf("bad baseline: exit %d, stderr %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "", "check", "a.md", "--write-baseline", "a.md/x.json"); code != exitError || !strings.HasSuffix(stderr, "translint: error: --write-baseline: a.md/x.json: not a directory\n") {
		t.Errorf("unwritable baseline: exit %d, stderr %q", code, stderr)
	}
}

// TestRulesPageUpToDate keeps docs/rules.md generated from the rules' code.
func TestRulesPageUpToDate(t *testing.T) {
	want := format.RulesPage(catalog())
	got, err := os.ReadFile(filepath.Join("..", "..", "docs", "rules.md"))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Error("docs/rules.md is out of date: run `go generate ./cmd/translint`")
	}
}

func TestRulesMarkdownCommand(t *testing.T) {
	code, stdout, _ := runCLI(t, "", "rules", "--format", "markdown")
	if code != exitOK || stdout != format.RulesPage(catalog()) {
		t.Errorf("exit %d, output:\n%s", code, stdout)
	}
	if code, _, _ := runCLI(t, "", "rules", "--format", "yaml"); code != exitError {
		t.Errorf("unknown format: exit %d, want %d", code, exitError)
	}
}

func TestTwoReportsInOnePlaceIsAUsageError(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	p := write(t, dir, "a.md", "A FOO.\n")
	out := filepath.Join(dir, "r.json")
	for _, args := range [][]string{
		{"-f", "text", "-f", "json"},
		{"-f", "json=" + out, "-f", "sarif=" + out},
		{"-f", "text,github"},
		{"-f", "json", "-f", "sarif", "-o", out},
	} {
		code, stdout, errs := runCLI(t, "", append(append([]string{"check"}, args...), p)...)
		if code != 2 || stdout != "" || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "would both write to") {
			t.Errorf("%v: code %d, stdout %q, stderr %q", args, code, stdout, errs)
		}
	}
	if code, _, errs := runCLI(t, "", "check", "-f", "text", "-f", "json="+out, p); code != 1 || errs != "" {
		t.Errorf("text and json=FILE: code %d, stderr %q", code, errs)
	}
}

func TestReportDestinationErrors(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	p := write(t, dir, "a.md", "A FOO.\n")
	// A folder as the report file is refused before linting.
	code, stdout, errs := runCLI(t, "", "check", "-o", dir, p)
	if code != 2 || stdout != "" || errs != "translint: error: --format text: "+dir+" is a folder; name a file\n" {
		t.Errorf("folder as output: code %d, stdout %q, stderr %q", code, stdout, errs)
	}
	// A report that cannot be written says which report, not "PATH: error:"
	// as if an article were broken; the other reports are still written.
	blocked := filepath.Join(p, "r.json") // a.md is a file, not a folder
	code, stdout, errs = runCLI(t, "", "check", "--color", "never", "-f", "text", "-f", "json="+blocked, p)
	if code != 2 || !strings.Contains(stdout, "FOO found") || !strings.HasPrefix(errs, "translint: error: cannot write the json report to "+blocked+": ") {
		t.Errorf("unwritable report: code %d, stdout %q, stderr %q", code, stdout, errs)
	}
}

func TestBaselineSaysWhatItHidAndWhatIsStale(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"content/a.md": article, "content/b.md": "Fine.\n"})
	if code, _, errs := runCLI(t, "", "check", "content", "--write-baseline", "baseline.json"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	_, _, errs := runCLI(t, "", "check", "content", "--baseline", "baseline.json")
	if !strings.Contains(errs, "the baseline baseline.json hid 2 findings\n") {
		t.Errorf("stderr %q", errs)
	}
	// One of the two recorded findings is fixed: its entry is stale.
	if err := os.WriteFile("content/a.md", []byte(strings.Replace(article, "More teh", "More the", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, errs = runCLI(t, "", "check", "content", "--baseline", "baseline.json")
	if !strings.Contains(errs, "hid 1 finding; 1 of its entries matches nothing any more") {
		t.Errorf("stderr %q", errs)
	}
	// Entries of files this run did not lint are not stale.
	if _, _, errs = runCLI(t, "", "check", "content/b.md", "--baseline", "baseline.json"); !strings.Contains(errs, "hid 0 findings\n") {
		t.Errorf("stderr %q", errs)
	}
}

func TestBaselineWorksFromAnyFolder(t *testing.T) {
	useFakeRules(t)
	dir := inDir(t, map[string]string{"content/a.md": article})
	if code, _, errs := runCLI(t, "", "check", "content", "--write-baseline", ".translint-baseline.json"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	t.Chdir(filepath.Join(dir, "content"))
	if code, out, errs := runCLI(t, "", "check", ".", "--baseline", "../.translint-baseline.json"); code != exitOK || !strings.Contains(errs, "hid 2 findings") {
		t.Errorf("from a subfolder: exit %d\n%s\n%s", code, out, errs)
	}
	// Written from a subfolder into the root: the same entries.
	if _, _, errs := runCLI(t, "", "check", ".", "--write-baseline", "../second.json"); !strings.Contains(errs, "recorded 2") {
		t.Fatal(errs)
	}
	a, _ := os.ReadFile("../.translint-baseline.json")
	b, _ := os.ReadFile("../second.json")
	if string(a) != string(b) {
		t.Errorf("a baseline written from a subfolder differs:\n%s\n%s", a, b)
	}
}

func TestFixWithBaselineFixesOnlyWhatItReports(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"a.md": "Old teh here.\n"})
	if code, _, errs := runCLI(t, "", "check", ".", "--write-baseline", "b.json"); code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if err := os.WriteFile("a.md", []byte("Old teh here.\n\nNew wrold.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	runCLI(t, "", "check", ".", "--fix", "--baseline", "b.json")
	if b, _ := os.ReadFile("a.md"); string(b) != "Old teh here.\n\nNew the.\n" {
		t.Errorf("--fix --baseline: %q, want only the new finding fixed", b)
	}
	runCLI(t, "", "check", ".", "--fix", "--baseline", "b.json", "--fix-baselined")
	if b, _ := os.ReadFile("a.md"); string(b) != "Old the here.\n\nNew the.\n" {
		t.Errorf("--fix-baselined: %q, want everything fixed", b)
	}
	if code, _, _ := runCLI(t, "", "check", ".", "--fix-baselined"); code != exitError {
		t.Errorf("--fix-baselined alone: exit %d, want a usage error", code)
	}
}
