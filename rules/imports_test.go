package rules

import (
	"go/build"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// ruleImports are the packages of this module a rule may import: the
// contract and the helpers built on it, which read a Document or a value
// and make nothing around it: lint/langid (language identification and
// codes), lint/layer (tokens, sentences, names), lint/source (the original
// of a translation), lint/textkey (the one fold and hash of text, by which
// rules look lines up in the corpus and match words), lint/option (the
// decoding of a rule's options) and lint/translit (the one romanisation of
// Cyrillic and Greek). The readers, the engine, the corpus
// builder and the suppression filter are not among them: a rule reads a
// Document it is given. A rule may also read another rule package's
// exported data (truncation reads boilerplate's phrase packs for the labels
// of related-article boxes), never the rule list of this package.
var ruleImports = map[string]bool{
	"github.com/translint/translint/lint":        true,
	"github.com/translint/translint/lint/langid": true,
	"github.com/translint/translint/lint/layer":  true,
	"github.com/translint/translint/lint/source": true,
	// split from lint so that lint holds only the contract
	"github.com/translint/translint/lint/textkey":  true,
	"github.com/translint/translint/lint/option":   true,
	"github.com/translint/translint/lint/translit": true,
}

// TestRulesImportOnlyTheContract reads the imports of every rule package
// (its non-test files) and fails on a package of this module outside
// ruleImports.
func TestRulesImportOnlyTheContract(t *testing.T) {
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range entries {
		if !e.IsDir() || e.Name() == "testdata" {
			continue
		}
		pkg, err := build.ImportDir(filepath.Join(".", e.Name()), 0)
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		n++
		for _, imp := range pkg.Imports {
			sibling := strings.HasPrefix(imp, "github.com/translint/translint/rules/")
			if strings.HasPrefix(imp, "github.com/translint/translint/") && !ruleImports[imp] && !sibling {
				t.Errorf("rules/%s imports %s", e.Name(), imp)
			}
		}
	}
	if n == 0 {
		t.Fatal("no rule packages found")
	}
}
