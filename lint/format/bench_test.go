package format_test

import (
	"io"
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

// BenchmarkFormats measures each format on a report with many findings
// (every "the" of a 1 MB article with Cyrillic and emoji), files re-read
// included. b.SetBytes is the article's size.
func BenchmarkFormats(b *testing.B) {
	line := "The rocket 🚀 flew over the town, and the crowd cheered: «ура, полетели» said the mayor.\n"
	text := strings.Repeat(line, 1<<20/len(line))
	path := filepath.Join(b.TempDir(), "big.md")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		b.Fatal(err)
	}
	fix := "a"
	rules := []lint.Rule{&linttest.PatternRule{RuleID: "fake-the", Pattern: regexp.MustCompile(`\bthe\b`), Replace: &fix}}
	rep := &format.Report{Results: (&engine.Linter{Rules: rules}).Run([]engine.Source{{Path: path}}), Rules: rules, Root: filepath.Dir(path)}
	b.Logf("%d findings", len(rep.Results[0].Diagnostics))
	for _, name := range []string{"text", "json", "sarif", "github"} {
		b.Run(name, func(b *testing.B) {
			fm, _ := format.New(name, format.Options{})
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				if err := fm.Format(io.Discard, rep); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
