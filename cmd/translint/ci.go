package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/baseline"
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
