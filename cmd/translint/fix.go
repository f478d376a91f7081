package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/fix"
)

// fixRun applies the fixes of run's findings, file by file, re-linting each
// fixed text until nothing more is fixable. With --dry-run it prints unified
// diffs instead of writing; standard input is printed fixed. The results are
// replaced by those of the fixed texts. Whenever --fix prints to standard
// output, reports meant for standard output go to standard error.
func fixRun(c *cobra.Command, f *checkFlags, jobs []lint.Job, corpus lint.Corpus, run *checkRun) {
	stdout, stderr := c.OutOrStdout(), c.ErrOrStderr()
	printsText := f.cfg.dryRun
	files, fixes := 0, 0
	for i, j := range jobs {
		res := run.results[i]
		if j.Source.Data != nil {
			printsText = true
		}
		if res.Err != nil {
			continue
		}
		orig := j.Source.Data
		if orig == nil {
			var err error
			if orig, err = os.ReadFile(j.Source.Path); err != nil {
				fmt.Fprintf(stderr, "%s: error: %v\n", res.Path, err)
				run.hadError = true
				continue
			}
		}
		var last lint.FileResult
		relint := func(src []byte) ([][]lint.Edit, error) {
			s := j.Source
			s.Data = src
			last = lint.RunJobs([]lint.Job{{Source: s, Linter: j.Linter}}, 1, corpus)[0]
			return fix.Fixes(last.Diagnostics), last.Err
		}
		out, err := fix.Loop(orig, fix.Fixes(res.Diagnostics), relint)
		if err != nil {
			fmt.Fprintf(stderr, "%s: error: after fixing: %v\n", res.Path, err)
			run.hadError = true
			continue
		}
		changed := out.Fixes > 0 && string(out.Output) != string(orig)
		switch {
		case f.cfg.dryRun:
			if changed {
				fmt.Fprint(stdout, fix.Unified(res.Path, res.Path, orig, out.Output))
			}
		case j.Source.Data != nil:
			_, _ = stdout.Write(out.Output)
		case changed:
			if err := fix.WriteFile(j.Source.Path, out.Output); err != nil {
				fmt.Fprintf(stderr, "%s: error: cannot write the fixed file: %v\n", res.Path, err)
				run.hadError = true
				continue
			}
		}
		if changed && f.cfg.dryRun {
			// The report stays that of the file on disk, whose lines the
			// diff and the user's editor show.
			run.wouldFix++
			continue
		}
		if changed {
			run.results[i] = last
			files++
			fixes += out.Fixes
		}
	}
	if !f.cfg.dryRun && fixes > 0 {
		fmt.Fprintf(stderr, "translint: fixed %s in %s\n", plural(fixes, "problem"), plural(files, "file"))
	}
	if printsText {
		c.SetOut(stderr)
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
