package format_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/linttest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fakeRules exercise every part of the outputs: several severities, a fix,
// related locations, a span across lines and an empty span at the end of
// the file.
func fakeRules() []lint.Rule {
	space := " "
	return []lint.Rule{
		&linttest.PatternRule{RuleID: "fake-english", Pattern: regexp.MustCompile(`\b[A-Z][a-z]+( [a-z]+)+\.`),
			Severity: lint.SeverityError, Message: "English sentence in the translation", Title: "English sentence",
			Text: "Flags a sentence left in English. Markdown *stays* `literal` | here."},
		&linttest.PatternRule{RuleID: "fake-repeat", Pattern: regexp.MustCompile(`рынок вырос|市场上涨|🚀🚀`),
			Message: "repeated phrase", RelateFirst: true},
		&linttest.PatternRule{RuleID: "fake-double-space", Pattern: regexp.MustCompile(`[.。](  +)\S`), Group: 1,
			Severity: lint.SeverityInfo, Message: "double space: \"%\", a, b", Replace: &space},
		&linttest.PatternRule{RuleID: "fake-span", Pattern: regexp.MustCompile(`(?s)BEGIN.*?END`), Message: "span across lines"},
		&linttest.PatternRule{RuleID: "fake-eof", Pattern: regexp.MustCompile(`\z`), Severity: lint.SeverityInfo, Message: "end of file"},
	}
}

const inputDir = "testdata/input"

func goldenReport(t *testing.T) *format.Report {
	t.Helper()
	names := []string{"binary.txt", "bom-crlf.txt", "emoji.html", "ru.md", "zh.txt"}
	var srcs []engine.Source
	for _, n := range names {
		srcs = append(srcs, engine.Source{Path: filepath.Join(inputDir, n)})
	}
	rules := fakeRules()
	l := &engine.Linter{Rules: rules, Jobs: 2}
	sev := map[string]lint.Severity{}
	for _, r := range rules {
		sev[r.ID()] = r.DefaultSeverity()
	}
	return &format.Report{Results: l.Run(srcs), Rules: rules, Severity: sev, Version: "1.2.3", Root: inputDir}
}

// TestGolden compares each format's output with testdata/golden/report.FORMAT.
// Run `go test ./lint/format -update` to rewrite them after a deliberate change.
func TestGolden(t *testing.T) {
	rep := goldenReport(t)
	for _, name := range []string{"text", "json", "sarif", "github"} {
		t.Run(name, func(t *testing.T) {
			fm, err := format.New(name, format.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := fm.Format(&buf, rep); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", "report."+name)
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				got, exp := strings.Split(buf.String(), "\n"), strings.Split(string(want), "\n")
				i := 0
				for i < len(got) && i < len(exp) && got[i] == exp[i] {
					i++
				}
				g, e := "(end)", "(end)"
				if i < len(got) {
					g = got[i]
				}
				if i < len(exp) {
					e = exp[i]
				}
				t.Errorf("%s output differs from %s at line %d (run go test -update after a deliberate change)\ngot:  %s\nwant: %s", name, golden, i+1, g, e)
			}
			if name == "sarif" || name == "json" {
				if !json.Valid(buf.Bytes()) {
					t.Errorf("%s output is not valid JSON", name)
				}
			}
		})
	}
}
