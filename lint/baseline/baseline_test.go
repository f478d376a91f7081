package baseline_test

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/baseline"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
)

var rule = &linttest.PatternRule{RuleID: "fake-typo", Pattern: regexp.MustCompile(`\b(teh|wrold)\b`)}

func lintText(t *testing.T, files map[string]string) []engine.FileResult {
	t.Helper()
	var srcs []engine.Source
	for _, p := range []string{"content/a.md", "content/b.md"} {
		if text, ok := files[p]; ok {
			srcs = append(srcs, engine.Source{Path: p, Data: []byte(text)})
		}
	}
	return (&engine.Linter{Rules: []lint.Rule{rule}, Jobs: 1}).Run(srcs)
}

func excerpts(results []engine.FileResult) []string {
	var out []string
	for _, r := range results {
		for _, d := range r.Diagnostics {
			out = append(out, r.Path+":"+d.Excerpt+"@"+strings.TrimSpace(d.SourceLine))
		}
	}
	return out
}

const v1 = "# Title\n\nOld teh defect here.\n\nAnother line with teh in it.\n"

func TestInsertedLinesDoNotResurface(t *testing.T) {
	base := baseline.FromResults(lintText(t, map[string]string{"content/a.md": v1}), "")
	if len(base.Findings) != 2 {
		t.Fatalf("baseline has %d findings, want 2", len(base.Findings))
	}
	moved := strings.Replace(v1, "# Title\n", "# Title\n\nA new first paragraph.\n\nAnd a second one,\nwrapped.\n", 1)
	res := lintText(t, map[string]string{"content/a.md": moved})
	if n := len(res[0].Diagnostics); n != 2 {
		t.Fatalf("edited file has %d findings, want 2", n)
	}
	if res[0].Diagnostics[0].Start.Line == 3 {
		t.Fatal("test is broken: the finding did not move")
	}
	got, dropped := base.Filter(res, "")
	if left := excerpts(got); len(left) != 0 || dropped != 2 {
		t.Errorf("after inserting lines: %d dropped, left %q; want all dropped", dropped, left)
	}
}

func TestNewDefectShows(t *testing.T) {
	base := baseline.FromResults(lintText(t, map[string]string{"content/a.md": v1}), "")
	edited := strings.Replace(v1, "# Title\n", "# Title\n\nHello wrold.\n", 1)
	got, _ := base.Filter(lintText(t, map[string]string{"content/a.md": edited}), "")
	want := []string{"content/a.md:wrold@Hello wrold."}
	if g := excerpts(got); strings.Join(g, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", g, want)
	}
}

func TestIdenticalExcerptsCountOccurrences(t *testing.T) {
	base := baseline.FromResults(lintText(t, map[string]string{"content/a.md": v1}), "")
	// A third "teh": the baseline knows two, so exactly one is new.
	got, dropped := base.Filter(lintText(t, map[string]string{"content/a.md": v1 + "\nYet another teh.\n"}), "")
	if g := excerpts(got); len(g) != 1 || dropped != 2 {
		t.Errorf("got %q with %d dropped, want one new finding and 2 dropped", g, dropped)
	}
	// Fixing one old "teh" leaves nothing new.
	got, _ = base.Filter(lintText(t, map[string]string{"content/a.md": strings.Replace(v1, "Old teh", "Old the", 1)}), "")
	if g := excerpts(got); len(g) != 0 {
		t.Errorf("after a fix got %q, want nothing", g)
	}
}

func TestSameTextOtherFileIsNew(t *testing.T) {
	base := baseline.FromResults(lintText(t, map[string]string{"content/a.md": v1}), "")
	got, _ := base.Filter(lintText(t, map[string]string{"content/a.md": v1, "content/b.md": v1}), "")
	if g := excerpts(got); len(g) != 2 || !strings.HasPrefix(g[0], "content/b.md:") {
		t.Errorf("got %q, want b.md's two findings", g)
	}
}

func TestRootMakesPathsRelative(t *testing.T) {
	res := lintText(t, map[string]string{"content/a.md": v1})
	base := baseline.FromResults(res, "content")
	if p := base.Findings[0].Path; p != "a.md" {
		t.Errorf("path %q, want a.md", p)
	}
	if _, dropped := base.Filter(res, "content"); dropped != 2 {
		t.Errorf("dropped %d with the same root, want 2", dropped)
	}
	if _, dropped := base.Filter(res, ""); dropped != 0 {
		t.Errorf("dropped %d with another root, want 0", dropped)
	}
}

func TestFileRoundTrip(t *testing.T) {
	base := baseline.FromResults(lintText(t, map[string]string{"content/a.md": v1}), "")
	path := filepath.Join(t.TempDir(), "baseline.json")
	if err := base.WriteFile(path); err != nil {
		t.Fatal(err)
	}
	back, err := baseline.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Findings) != 2 || back.Findings[0] != base.Findings[0] {
		t.Errorf("round trip changed the baseline: %+v", back.Findings)
	}
	if _, err := baseline.ReadFile(filepath.Join(t.TempDir(), "missing.json")); err == nil {
		t.Error("reading a missing file did not fail")
	}
}
