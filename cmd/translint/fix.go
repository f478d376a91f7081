package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fix"
)

// fixRun applies the fixes of run's findings, file by file, re-linting each
// fixed text until nothing more is fixable. With --dry-run it prints unified
// diffs instead of writing, counts the files it would change and keeps the
// results of the files as they are; standard input is printed fixed.
// Otherwise the results are replaced by those of the fixed texts. Only the
// findings f.keep keeps are fixed (not those a baseline hides). Whenever
// --fix prints to standard output, reports meant for standard output go to
// standard error.
func fixRun(c *cobra.Command, f *checkFlags, jobs []engine.Job, corpus lint.Corpus, run *checkRun) {
	stdout, stderr := c.OutOrStdout(), c.ErrOrStderr()
	printsText := f.cfg.dryRun
	if !f.cfg.dryRun {
		defer removeTempsOnSignal()()
	}
	files, fixes := 0, 0
	keep := f.keep
	if keep == nil {
		keep = func(r engine.FileResult) engine.FileResult { return r }
	}
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
		var last engine.FileResult
		relint := func(src []byte) ([][]lint.Edit, error) {
			s := j.Source
			s.Data = src
			last = engine.RunJobs([]engine.Job{{Source: s, Linter: j.Linter}}, 1, corpus)[0]
			return fix.Fixes(keep(last).Diagnostics), last.Err
		}
		out, err := fix.Loop(orig, fix.Fixes(keep(res).Diagnostics), relint)
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
				var refused *fix.RefusedError
				if errors.As(err, &refused) {
					fmt.Fprintf(stderr, "%s: error: %v\n", res.Path, err)
				} else {
					fmt.Fprintf(stderr, "%s: error: cannot write the fixed file: %v\n", res.Path, err)
				}
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

// removeTempsOnSignal makes SIGINT and SIGTERM remove the temporary files
// of the writes under way before the process exits with 128 + the signal's
// number, as a shell reports it; every file is then either as it was or
// fully fixed. It returns the function that restores the default handling.
func removeTempsOnSignal() (stop func()) {
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	go func() {
		select {
		case sig := <-ch:
			fix.RemoveTemps()
			code := 130
			if sig == syscall.SIGTERM {
				code = 143
			}
			os.Exit(code)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// handleLeftovers deals with the temporary files of interrupted --fix runs
// that a walk met: --fix removes them, other runs name them. Files of ours
// too young to be left over are ignored (another run may be writing).
func handleLeftovers(stderr io.Writer, paths []string, remove bool) {
	now := time.Now()
	for _, p := range paths {
		if !fix.Leftover(p, now) {
			continue
		}
		if !remove {
			fmt.Fprintf(stderr, "%s: warning: temporary file left by an interrupted --fix; delete it (--fix deletes it)\n", p)
			continue
		}
		if err := os.Remove(p); err != nil {
			fmt.Fprintf(stderr, "%s: warning: temporary file left by an interrupted --fix: cannot delete it: %v\n", p, reason(err))
			continue
		}
		fmt.Fprintf(stderr, "translint: deleted %s, left by an interrupted --fix\n", p)
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
