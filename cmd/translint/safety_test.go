package main

// No silent pass: every way a run could check nothing, or less than asked,
// and still exit 0.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/format"
)

func TestEnableAndDisableSameRuleIsAUsageError(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"a.md": "teh\n"})
	code, _, errs := runCLI(t, "", "check", "--enable", "fake-typo", "--disable", "fake-typo", "a.md")
	if code != exitError || !strings.Contains(errs, `"fake-typo" is both enabled and disabled`) {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestLinkedFolderNamedIsChecked(t *testing.T) {
	useFakeRules(t)
	dir := inDir(t, map[string]string{"real/a.md": "teh\n"})
	if err := os.Symlink(filepath.Join(dir, "real"), "site"); err != nil {
		t.Skip("no symbolic links:", err)
	}
	code, out, _ := runCLI(t, "", "check", "site", "--color", "never")
	if code != exitFindings || !strings.Contains(out, "site/a.md:1:1") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

func TestRootMustExist(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"a.md": "fine\n"})
	for _, root := range []string{"missing", "a.md"} {
		if code, _, errs := runCLI(t, "", "check", "a.md", "--root", root); code != exitError || !strings.Contains(errs, "--root: ") || strings.Count(errs, "\n") != 1 {
			t.Errorf("--root %s: exit %d, stderr %q", root, code, errs)
		}
	}
}

func TestFileOutsideRootIsAWarning(t *testing.T) {
	useFakeRules(t)
	inDir(t, map[string]string{"repo/x.md": "fine\n", "other/a.md": "teh\n"})
	_, _, errs := runCLI(t, "", "check", "other", "--root", "repo", "--format", "sarif=r.sarif")
	if !strings.Contains(errs, "warning: 1 file outside repo") {
		t.Errorf("stderr %q", errs)
	}
	// Inside the root: no warning.
	if _, _, errs := runCLI(t, "", "check", "repo", "--root", "repo", "--format", "sarif=r.sarif"); strings.Contains(errs, "warning") {
		t.Errorf("stderr %q", errs)
	}
}

func TestFixLeavesReadOnlyAndOutsideFilesAlone(t *testing.T) {
	useFakeRules(t)
	dir := inDir(t, map[string]string{"tree/ro.md": "teh\n", "outside/o.md": "teh\n", "tree/ok.md": "teh\n"})
	if err := os.Chmod("tree/ro.md", 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "outside/o.md"), "tree/link.md"); err != nil {
		t.Skip("no symbolic links:", err)
	}
	code, _, errs := runCLI(t, "", "check", "--fix", "tree")
	if code != exitError || !strings.Contains(errs, "tree/ro.md: error: read-only; not rewritten") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	for p, want := range map[string]string{"tree/ro.md": "teh\n", "outside/o.md": "teh\n", "tree/ok.md": "the\n"} {
		if b, _ := os.ReadFile(p); string(b) != want {
			t.Errorf("%s: %q, want %q", p, b, want)
		}
	}
}

func TestSARIFCapIsAWarning(t *testing.T) {
	diags := make([]engine.Diagnostic, format.SARIFMaxResults+1)
	results := []engine.FileResult{{Path: "a.md", Diagnostics: diags}}
	var errs strings.Builder
	warnPaths(&errs, []output{{name: "sarif", path: "r.sarif"}}, &ciFlags{}, results)
	if !strings.Contains(errs.String(), "warning: 25001 findings; the SARIF report keeps the 25000 most severe") {
		t.Errorf("stderr %q", errs.String())
	}
	errs.Reset()
	warnPaths(&errs, []output{{name: "json"}}, &ciFlags{}, results)
	if errs.Len() > 0 {
		t.Errorf("no SARIF report, no warning: %q", errs.String())
	}
}
