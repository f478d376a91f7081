package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
)

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

func TestRuleMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range All() {
		id := r.ID()
		if _, ok := r.(lint.Checker); !ok {
			t.Errorf("rule %q has no Check: the engine would never run it", id)
		}
		if !kebab.MatchString(id) {
			t.Errorf("rule id %q is not kebab-case", id)
		}
		if seen[id] {
			t.Errorf("rule id %q listed twice", id)
		}
		seen[id] = true
		d := r.Doc()
		if d.Title == "" || d.Text == "" || d.Bad == "" || d.Good == "" {
			t.Errorf("%s: Doc needs Title, Text, Bad and Good", id)
		}
		if r.DefaultSeverity() == 0 {
			t.Errorf("%s: no default severity", id)
		}
	}
}

// TestFixtures runs every rule over testdata/<rule-id>/ with the linttest
// harness. Every rule must have fixtures.
func TestFixtures(t *testing.T) {
	for _, r := range All() {
		r := r
		t.Run(r.ID(), func(t *testing.T) {
			dir := filepath.Join("..", "testdata", r.ID())
			if _, err := os.Stat(dir); err != nil {
				t.Fatalf("no fixtures for rule %s: %v", r.ID(), err)
			}
			linttest.Run(t, dir, r)
		})
	}
}

// TestAllRulesOnEveryFixture runs all the built-in rules together, with
// their merge policy, over every fixture: a fixture's .want must list every
// finding any rule reports on it, so a rule cannot fire unnoticed on another
// rule's fixtures, and an article without .want is clean under all rules.
func TestAllRulesOnEveryFixture(t *testing.T) {
	dirs, err := filepath.Glob(filepath.Join("..", "testdata", "*"))
	if err != nil {
		t.Fatal(err)
	}
	l := &engine.Linter{Rules: All(), Jobs: 1, Precedence: Precedence()}
	for _, dir := range dirs {
		if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
			continue
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			linttest.RunWith(t, dir, l)
		})
	}
}
