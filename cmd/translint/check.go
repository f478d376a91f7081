package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/discover"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fix"
	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/rules"
)

// builtinRules is the rule list; tests replace it.
var builtinRules = rules.All

type checkFlags struct {
	formats       []string
	output        string
	color         string
	failOn        string
	enable        []string
	disable       []string
	lang          string
	jobs          int
	stdinFilename string
	cpuProfile    string
	cfg           configFlags
	ci            ciFlags
	// keep, when set, drops the findings --fix must leave alone (those the
	// baseline hides).
	keep func(engine.FileResult) engine.FileResult
	src  sourceFlags
}

func newCheckCmd(code *int) *cobra.Command {
	var f checkFlags
	c := &cobra.Command{
		Use:   "check [PATH|DIR|GLOB|-]...",
		Short: "Lint articles (folders recursively; '-' reads standard input)",
		Long: `Lint articles. Folders are walked recursively for .md, .markdown, .txt, .html and .htm
files, skipping .git, node_modules and what .gitignore ignores. '-' reads standard input.

Exit codes: 0 no finding at or above --fail-on, 1 findings (or, with --fix --dry-run, a file
--fix would change), 2 usage, I/O or config error (or a file --fix had to leave alone).`,
		Example: `  translint check article.md
  translint check content/ --format json --output findings.json
  cat article.txt | translint check - --stdin-filename article.txt
  translint check docs --format text --format json=findings.json`,
		RunE: func(c *cobra.Command, args []string) error {
			n, err := runCheck(c, args, &f)
			*code = n
			return err
		},
	}
	fl := c.Flags()
	fl.StringArrayVarP(&f.formats, "format", "f", []string{"text"}, "output format: "+strings.Join(format.Names(), ", ")+"; repeat as NAME=FILE to write several outputs")
	fl.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	fl.StringVar(&f.color, "color", "auto", "colour the text report: auto, always or never (NO_COLOR is honoured)")
	fl.StringVar(&f.failOn, "fail-on", "error", "lowest severity that makes the exit code 1: error, warning, info or none")
	fl.StringSliceVar(&f.enable, "enable", nil, "enable only these `RULES` (comma-separated)")
	fl.StringSliceVar(&f.disable, "disable", nil, "disable these `RULES` (comma-separated)")
	fl.StringVar(&f.lang, "lang", "en", "target language of the articles (a document's own lang wins)")
	fl.IntVarP(&f.jobs, "jobs", "j", 0, "number of files linted in parallel (0: one per CPU)")
	fl.StringVar(&f.stdinFilename, "stdin-filename", "", "path shown for standard input; its extension picks the format")
	fl.StringVar(&f.cpuProfile, "cpu-profile", "", "write a CPU profile to `FILE` (for developers)")
	_ = fl.MarkHidden("cpu-profile")
	addConfigFlags(fl, &f.cfg)
	addCIFlags(fl, &f.ci)
	addSourceFlags(fl, &f.src)
	return c
}

// output is one requested report.
type output struct {
	name, path string
}

func parseOutputs(f *checkFlags) ([]output, error) {
	var outs []output
	for _, v := range f.formats {
		for _, item := range strings.Split(v, ",") {
			name, path, _ := strings.Cut(strings.TrimSpace(item), "=")
			if path == "" {
				path = f.output
			}
			if _, err := format.New(name, format.Options{}); err != nil {
				return nil, err
			}
			outs = append(outs, output{name, path})
		}
	}
	// Two reports in one place would be interleaved or overwritten.
	dest := map[string]string{}
	for _, o := range outs {
		where, key := "standard output", "-"
		if o.path != "" && o.path != "-" {
			where, key = o.path, filepath.Clean(o.path)
		}
		if st, err := os.Stat(o.path); err == nil && st.IsDir() {
			return nil, fmt.Errorf("--format %s: %s is a folder; name a file", o.name, o.path)
		}
		if prev, ok := dest[key]; ok {
			return nil, fmt.Errorf("--format: %s and %s would both write to %s; give one of them a file (--format %s=FILE)", prev, o.name, where, o.name)
		}
		dest[key] = o.name
	}
	return outs, nil
}

func selectRules(all []lint.Rule, enable, disable []string) ([]lint.Rule, error) {
	known := map[string]bool{}
	for _, r := range all {
		known[r.ID()] = true
	}
	check := func(ids []string) (map[string]bool, error) {
		m := map[string]bool{}
		for _, id := range ids {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if !known[id] {
				return nil, fmt.Errorf("unknown rule %q (see 'translint rules')", id)
			}
			m[id] = true
		}
		return m, nil
	}
	en, err := check(enable)
	if err != nil {
		return nil, err
	}
	dis, err := check(disable)
	if err != nil {
		return nil, err
	}
	for id := range en {
		if dis[id] {
			return nil, fmt.Errorf("rule %q is both enabled and disabled; drop it from --enable or --disable", id)
		}
	}
	var out []lint.Rule
	for _, r := range all {
		if len(en) > 0 && !en[r.ID()] || dis[r.ID()] {
			continue
		}
		out = append(out, r)
	}
	return out, nil
}

func useColor(mode string, w io.Writer) (bool, error) {
	switch mode {
	case "always":
		return true, nil
	case "never":
		return false, nil
	case "auto":
		f, ok := w.(*os.File)
		return autoColor(os.Getenv, ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))), nil
	}
	return false, fmt.Errorf("invalid --color %q (want auto, always or never)", mode)
}

// autoColor is --color auto: colours on a terminal, unless NO_COLOR is set
// to a value that is not empty (no-color.org) or TERM is dumb.
func autoColor(getenv func(string) string, terminal bool) bool {
	return terminal && getenv("NO_COLOR") == "" && getenv("TERM") != "dumb"
}

func usageError(err error) error { return &codeError{exitError, err} }

// reason is err without the operation and path an *fs.PathError adds, for
// messages that name the path themselves; other errors are kept whole.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func runCheck(c *cobra.Command, args []string, f *checkFlags) (int, error) {
	var failOn lint.Severity
	if err := failOn.UnmarshalText([]byte(f.failOn)); err != nil {
		return exitError, usageError(fmt.Errorf("--fail-on: %v", err))
	}
	if _, err := useColor(f.color, nil); err != nil {
		return exitError, usageError(err)
	}
	outs, err := parseOutputs(f)
	if err != nil {
		return exitError, usageError(err)
	}
	if f.lang != "" && langid.Normalize(f.lang) == "" {
		return exitError, usageError(fmt.Errorf("--lang: unknown language %q (use an ISO 639-1 code such as en)", f.lang))
	}
	if f.jobs < 0 {
		return exitError, usageError(fmt.Errorf("--jobs: %d is not a number of workers (0 or more; 0 means one per CPU)", f.jobs))
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	if f.stdinFilename != "" && !slices.Contains(args, "-") {
		return exitError, usageError(fmt.Errorf("--stdin-filename names standard input: add '-' to the paths to read it"))
	}
	if err := checkRoot(f.ci.root); err != nil {
		return exitError, usageError(err)
	}
	stderr := c.ErrOrStderr()
	hadError := false
	// unusable holds the inputs that could not be read at all; they are
	// reported like files that failed to parse, in every format.
	var unusable []engine.FileResult
	var srcs []engine.Source
	var paths []string
	stdinRead := false
	for _, a := range args {
		if a == "-" {
			if stdinRead {
				continue // standard input can be read once
			}
			stdinRead = true
			data, err := io.ReadAll(c.InOrStdin())
			name := f.stdinFilename
			if name == "" {
				name = "<stdin>"
			}
			if err != nil {
				unusable = append(unusable, engine.FileResult{Path: name, Err: err})
				continue
			}
			if data == nil {
				data = []byte{}
			}
			srcs = append(srcs, engine.Source{Path: name, Data: data})
			continue
		}
		if st, err := os.Stat(a); err == nil && !st.IsDir() && !st.Mode().IsRegular() {
			// A named pipe or a device can be read once: read it now, as
			// standard input is, so no later pass opens it again.
			data, err := os.ReadFile(a)
			if err != nil {
				unusable = append(unusable, engine.FileResult{Path: a, Err: reason(err)})
				continue
			}
			srcs = append(srcs, engine.Source{Path: a, Data: append([]byte{}, data...)})
			continue
		}
		paths = append(paths, a)
	}
	if len(paths) > 0 {
		exts := make([]string, 0, len(read.Extensions))
		for e := range read.Extensions {
			exts = append(exts, e)
		}
		sort.Strings(exts)
		var leftovers []string
		files, probs := discover.Files(paths, discover.Options{Extensions: exts, IsLeftover: fix.IsTemp,
			Leftover: func(p string) { leftovers = append(leftovers, p) }})
		handleLeftovers(stderr, leftovers, f.cfg.fix && !f.cfg.dryRun)
		for _, p := range probs {
			unusable = append(unusable, engine.FileResult{Path: p.Path, Err: p.Err})
		}
		for _, file := range files {
			srcs = append(srcs, engine.Source{Path: file})
		}
	}
	if f.cpuProfile != "" {
		stop, err := startCPUProfile(f.cpuProfile)
		if err != nil {
			return exitError, usageError(err)
		}
		defer stop()
	}
	if f.ci.fixBaselined && (!f.cfg.fix || f.ci.baseline == "") {
		return exitError, usageError(fmt.Errorf("--fix-baselined needs --fix and --baseline"))
	}
	base, err := readBaseline(&f.ci)
	if err != nil {
		return exitError, err
	}
	if !f.ci.fixBaselined {
		f.keep = unbaselined(&f.ci, base)
	}
	if srcs, err = pairSources(srcs, args, &f.src); err != nil {
		return exitError, usageError(err)
	}
	cr, err := runConfigured(c, f, args, srcs)
	if err != nil {
		return exitError, err
	}
	results, enabled, sev := cr.results, cr.rules, cr.severity
	hadError = hadError || cr.hadError
	if results, err = applyBaseline(&f.ci, base, results, stderr); err != nil {
		return exitError, err
	}
	results = append(results, unusable...)
	failing := false
	for _, r := range results {
		if r.Err != nil {
			fmt.Fprintf(stderr, "%s: error: %v\n", r.Path, r.Err)
			hadError = true
		}
		for _, d := range r.Diagnostics {
			if d.Severity >= failOn {
				failing = true
			}
		}
	}
	warnPaths(stderr, outs, &f.ci, results)
	rep := &format.Report{Results: results, Rules: enabled, Severity: sev, Version: toolVersion(), Root: f.ci.root, Documented: documented(cr.catalog)}
	for _, o := range outs {
		if err := writeReport(c, o, f.color, rep); err != nil {
			fmt.Fprintf(stderr, "translint: error: cannot write the %s report to %s: %v\n", o.name, o.path, err)
			hadError = true
		}
	}
	if cr.wouldFix > 0 {
		fmt.Fprintf(stderr, "translint: --fix would change %s\n", plural(cr.wouldFix, "file"))
	}
	switch {
	case hadError:
		return exitError, nil
	case failing, cr.wouldFix > 0:
		return exitFindings, nil
	}
	return exitOK, nil
}

func writeReport(c *cobra.Command, o output, colorMode string, rep *format.Report) error {
	var w io.Writer = c.OutOrStdout()
	var file *os.File
	if o.path != "" && o.path != "-" {
		if err := os.MkdirAll(filepath.Dir(o.path), 0o755); err != nil {
			return reason(err)
		}
		var err error
		if file, err = os.Create(o.path); err != nil {
			return reason(err)
		}
		w = file
	}
	col, err := useColor(colorMode, w)
	if err != nil {
		return err
	}
	fm, err := format.New(o.name, format.Options{Color: col})
	if err != nil {
		return err
	}
	err = fm.Format(w, rep)
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	return err
}
