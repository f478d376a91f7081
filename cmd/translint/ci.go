package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/pflag"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/baseline"
	"github.com/translint/translint/lint/fingerprint"
	"github.com/translint/translint/lint/format"
)

// ciFlags are check's flags for CI: the path root and the baseline.
type ciFlags struct {
	root          string
	baseline      string
	writeBaseline string
}

func addCIFlags(fl *pflag.FlagSet, f *ciFlags) {
	fl.StringVar(&f.root, "root", "", "write paths in SARIF, GitHub and baseline output relative to `DIR` (default: the working directory)")
	fl.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE`")
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

// applyBaseline writes and applies the baselines the flags ask for. With
// --write-baseline the findings just recorded are dropped from the report,
// so the run passes; with --baseline the recorded ones are dropped.
func applyBaseline(f *ciFlags, results []lint.FileResult, stderr io.Writer) ([]lint.FileResult, error) {
	if f.writeBaseline != "" {
		b := baseline.FromResults(results, f.root)
		if err := b.WriteFile(f.writeBaseline); err != nil {
			return results, fmt.Errorf("--write-baseline: %v", err)
		}
		fmt.Fprintf(stderr, "translint: recorded %d findings in %s\n", len(b.Findings), f.writeBaseline)
		results, _ = b.Filter(results, f.root)
	}
	if f.baseline != "" {
		b, err := baseline.ReadFile(f.baseline)
		if err != nil {
			return results, fmt.Errorf("--baseline: %v", err)
		}
		results, _ = b.Filter(results, f.root)
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
func warnPaths(stderr io.Writer, outs []output, f *ciFlags, results []lint.FileResult) {
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
