package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/baseline"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fingerprint"
	"github.com/translint/translint/lint/format"
)

// ciFlags are check's flags for CI: the path root and the baseline.
type ciFlags struct {
	root          string
	baseline      string
	writeBaseline string
	fixBaselined  bool
}

func addCIFlags(fl *pflag.FlagSet, f *ciFlags) {
	fl.StringVar(&f.root, "root", "", "write paths in SARIF, GitHub and baseline output relative to `DIR` (default: the working directory)")
	fl.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE` (its paths are relative to its folder, or to --root)")
	fl.BoolVar(&f.fixBaselined, "fix-baselined", false, "with --fix and --baseline: also fix the findings the baseline hides (by default --fix changes only what it reports)")
	fl.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in the baseline `FILE`; they are not reported")
}

// documented is the set of rules the rules page documents: the catalog
// (passed in, as building it is not free and a run has built it already).
func documented(catalog []lint.Rule) map[string]bool {
	m := map[string]bool{}
	for _, r := range catalog {
		m[r.ID()] = true
	}
	return m
}

// baselineRoot is the folder a baseline file's paths are relative to:
// --root, or else the baseline file's own folder, so that a baseline works
// from any working folder.
func baselineRoot(f *ciFlags, file string) string {
	if f.root != "" {
		return f.root
	}
	return filepath.Dir(file)
}

// readBaseline reads --baseline; nil without it.
func readBaseline(f *ciFlags) (*baseline.Baseline, error) {
	if f.baseline == "" {
		return nil, nil
	}
	b, err := baseline.ReadFile(f.baseline)
	if err != nil {
		return nil, fmt.Errorf("--baseline: %v", err)
	}
	return b, nil
}

// unbaselined returns a filter that drops the findings b records from one
// result (for --fix, which fixes only what it reports); nil when b is nil.
func unbaselined(f *ciFlags, b *baseline.Baseline) func(engine.FileResult) engine.FileResult {
	if b == nil {
		return nil
	}
	root := baselineRoot(f, f.baseline)
	return func(r engine.FileResult) engine.FileResult {
		out, _ := b.Filter([]engine.FileResult{r}, root)
		return out[0]
	}
}

// applyBaseline writes and applies the baselines the flags ask for. With
// --write-baseline the findings just recorded are dropped from the report,
// so the run passes; with --baseline the recorded ones are dropped, and
// standard error says how many, and which entries match nothing any more.
func applyBaseline(f *ciFlags, b *baseline.Baseline, results []engine.FileResult, stderr io.Writer) ([]engine.FileResult, error) {
	if f.writeBaseline != "" {
		root := baselineRoot(f, f.writeBaseline)
		wb := baseline.FromResults(results, root)
		if err := wb.WriteFile(f.writeBaseline); err != nil {
			return results, fmt.Errorf("--write-baseline: %v", err)
		}
		fmt.Fprintf(stderr, "translint: recorded %d findings in %s\n", len(wb.Findings), f.writeBaseline)
		results, _ = wb.Filter(results, root)
	}
	if b != nil {
		var o baseline.Outcome
		results, o = b.Apply(results, baselineRoot(f, f.baseline))
		msg := fmt.Sprintf("translint: the baseline %s hid %s", f.baseline, plural(o.Hidden, "finding"))
		if len(o.Stale) > 0 {
			verb := "match"
			if len(o.Stale) == 1 {
				verb = "matches"
			}
			msg += fmt.Sprintf("; %d of its entries %s nothing any more (fixed, or changed): --write-baseline drops stale entries", len(o.Stale), verb)
		}
		fmt.Fprintln(stderr, msg)
	}
	return results, nil
}

// checkRoot checks --root: a folder that exists (paths relative to a folder
// that is not there would point nowhere).
func checkRoot(root string) error {
	if root == "" {
		return nil
	}
	st, err := os.Stat(root)
	if err != nil {
		return fmt.Errorf("--root: %s: %v", root, reason(err))
	}
	if !st.IsDir() {
		return fmt.Errorf("--root: %s is not a folder", root)
	}
	return nil
}

// warnPaths warns about what SARIF, GitHub and baseline output would lose
// silently: results past code scanning's cap, and files outside the root,
// whose paths start with "../" and match nothing in the repository.
func warnPaths(stderr io.Writer, outs []output, f *ciFlags, results []engine.FileResult) {
	sarif, relative := false, f.baseline != "" || f.writeBaseline != ""
	for _, o := range outs {
		sarif = sarif || o.name == "sarif"
		relative = relative || o.name == "sarif" || o.name == "github"
	}
	n := 0
	for _, r := range results {
		n += len(r.Diagnostics)
	}
	if sarif && n > format.SARIFMaxResults {
		fmt.Fprintf(stderr, "translint: warning: %d findings; the SARIF report keeps the %d most severe, the most code scanning accepts in one run\n", n, format.SARIFMaxResults)
	}
	if !relative {
		return
	}
	rel := fingerprint.RelTo(f.root)
	outside, first := 0, ""
	for _, r := range results {
		if p := rel(r.Path); p == ".." || strings.HasPrefix(p, "../") {
			if outside == 0 {
				first = r.Path
			}
			outside++
		}
	}
	if outside > 0 {
		root := f.root
		if root == "" {
			root = "the working folder"
		}
		fmt.Fprintf(stderr, "translint: warning: %s outside %s (first %s): report paths start with ../ (run from the repository root or pass --root)\n", plural(outside, "file"), root, first)
	}
}
