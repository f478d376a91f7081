package fix_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fix"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/rules"
)

// TestBuiltinFixesConverge fixes every fixture article with every built-in
// rule: afterwards no fixable finding may be left (but those whose fix Loop
// refuses as foreign to the document), and fixing again must change nothing.
func TestBuiltinFixesConverge(t *testing.T) {
	dirs, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*"))
	l := &engine.Linter{Rules: rules.All(), Jobs: 1}
	fixed := 0
	for _, dir := range dirs {
		arts, err := linttest.Articles(dir)
		if err != nil {
			continue
		}
		for _, a := range arts {
			src, err := os.ReadFile(a)
			if err != nil {
				t.Fatal(err)
			}
			relint := func(b []byte) ([][]lint.Edit, error) {
				res := l.Run([]engine.Source{{Path: a, Data: b}})[0]
				return fix.Fixes(res.Diagnostics), res.Err
			}
			first, err := relint(src)
			if err != nil {
				continue // unreadable fixtures are the readers' business
			}
			res, err := fix.Loop(src, first, relint)
			if err != nil {
				t.Errorf("%s: %v", a, err)
				continue
			}
			if res.Fixes > 0 {
				fixed++
			}
			left, _ := relint(res.Output)
			left = fix.Native(res.Output, left) // what Loop may apply
			if len(left) > 0 && res.Passes < fix.MaxPasses {
				t.Errorf("%s: %d fixable findings left after %d passes", a, len(left), res.Passes)
			}
			if res.Passes == fix.MaxPasses {
				t.Errorf("%s: fixes did not converge in %d passes", a, fix.MaxPasses)
			}
			again, _ := fix.Loop(res.Output, left, relint)
			if string(again.Output) != string(res.Output) {
				t.Errorf("%s: fixing twice changes the text again", a)
			}
		}
	}
	t.Logf("%d fixture articles fixed", fixed)
}
