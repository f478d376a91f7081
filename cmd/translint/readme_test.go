package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// exampleReport is the README's sample report with the command it shows.
var exampleReport = regexp.MustCompile("(?s)<!-- example-report: translint (.*?) -->\n```text\n(.*?)```\n<!-- /example-report -->")

// TestREADMEExampleReportIsReproducible runs the command the README's sample
// report names, on the example article the repository ships, and compares.
func TestREADMEExampleReportIsReproducible(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	m := exampleReport.FindSubmatch(readme)
	if m == nil {
		t.Fatal("README.md has no example-report block")
	}
	t.Chdir(root)
	_, out, errs := runCLI(t, "", strings.Fields(string(m[1]))...)
	if errs != "" {
		t.Errorf("stderr: %s", errs)
	}
	if out != string(m[2]) {
		t.Errorf("README.md's sample report is out of date; `translint %s` now prints:\n%s", m[1], out)
	}
}
