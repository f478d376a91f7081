package config

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestDocsExamples loads every YAML example of docs/configuration.md.
func TestDocsExamples(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "docs", "configuration.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllSubmatch(b, -1)
	if len(blocks) < 2 {
		t.Fatalf("found %d YAML examples in the docs", len(blocks))
	}
	for i, m := range blocks {
		if _, err := Parse("docs-example.yaml", m[1], builtin()); err != nil {
			t.Errorf("docs example %d: %v", i+1, err)
		}
	}
}
