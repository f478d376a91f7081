package rules

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/translint/translint/lint/linttest"
)

var kebab = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

func TestRuleMetadata(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range All() {
		id := r.ID()
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
