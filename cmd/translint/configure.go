package main

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/config"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/suppress"
	"github.com/translint/translint/rules"
)

// configFlags are the check flags about configuration and fixing.
type configFlags struct {
	config string
	fix    bool
	dryRun bool
}

func addConfigFlags(fl *pflag.FlagSet, f *configFlags) {
	fl.StringVarP(&f.config, "config", "c", "", "use this configuration `FILE` for every article instead of the nearest .translint.yaml")
	fl.BoolVar(&f.fix, "fix", false, "apply the fixes that rules offer, then report what is left (standard input: print the fixed text)")
	fl.BoolVar(&f.dryRun, "dry-run", false, "with --fix: print the changes as a unified diff and change nothing")
}

// catalog is every rule that exists without configuration: the built-in
// rules and the engine's directive rules.
func catalog() []lint.Rule {
	return append(builtinRules(), suppress.Rules()...)
}

// checkRun is the outcome of a configured run.
type checkRun struct {
	results  []engine.FileResult
	rules    []lint.Rule // every rule enabled for at least one file
	severity map[string]lint.Severity
	hadError bool
	// wouldFix is the number of files --fix --dry-run would change.
	wouldFix int
	catalog  []lint.Rule // the built-in rules the run started from
}

// runConfigured lints the sources, each with the settings of its nearest
// configuration file and the command-line flags on top, and applies --fix.
// args are the command-line arguments, to tell files named explicitly (never
// excluded) from files found by walking folders.
func runConfigured(c *cobra.Command, f *checkFlags, args []string, srcs []engine.Source) (*checkRun, error) {
	if f.cfg.dryRun && !f.cfg.fix {
		return nil, usageError(fmt.Errorf("--dry-run needs --fix"))
	}
	builtin := catalog()
	finder := &config.Finder{Builtin: builtin, Explicit: f.cfg.config}
	explicit := map[string]bool{}
	for _, a := range args {
		explicit[filepath.Clean(a)] = true
	}
	langSet := c.Flags().Changed("lang")
	linters := map[string]*engine.Linter{}
	var jobs []engine.Job
	for _, src := range srcs {
		cfg, err := finder.For(src.Path)
		if err != nil {
			return nil, &codeError{exitError, err}
		}
		if src.Data == nil && !explicit[filepath.Clean(src.Path)] && cfg.Excluded(src.Path) {
			continue
		}
		src.Original, src.OriginalLang = layoutOriginal(cfg, src, &f.src)
		key := cfg.ProfileKey(src.Path)
		l := linters[key]
		if l == nil {
			if l, err = configuredLinter(cfg, src.Path, f, langSet); err != nil {
				return nil, err
			}
			linters[key] = l
		}
		jobs = append(jobs, engine.Job{Source: src, Linter: l})
	}
	if len(jobs) == 0 {
		// Still check the flags against the rules that exist.
		all, err := configuredRules(f.cfg.config)
		if err != nil {
			return nil, err
		}
		if _, err := selectRules(all, f.enable, f.disable); err != nil {
			return nil, usageError(err)
		}
	}
	corpus := engine.BuildCorpus(jobs, f.jobs)
	run := &checkRun{results: engine.RunJobs(jobs, f.jobs, corpus), severity: map[string]lint.Severity{}, catalog: builtin}
	seen := map[string]bool{}
	for _, j := range jobs {
		for _, r := range j.Linter.Rules {
			if seen[r.ID()] {
				continue
			}
			seen[r.ID()] = true
			run.rules = append(run.rules, r)
			run.severity[r.ID()] = j.Linter.SeverityOf(r)
		}
	}
	if f.cfg.fix {
		fixRun(c, f, jobs, corpus, run)
	}
	return run, nil
}

// configuredLinter is the linter of one file: its configuration's profile
// for path with the command-line flags on top. langSet says --lang was given.
func configuredLinter(cfg *config.Config, path string, f *checkFlags, langSet bool) (*engine.Linter, error) {
	p, err := cfg.Profile(path)
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	rs, err := cliRules(cfg, p, f)
	if err != nil {
		return nil, usageError(err)
	}
	l := &engine.Linter{Rules: rs, Severity: p.Severity, Lang: p.Lang, LangPaths: cfg.LangPaths, Jobs: 1,
		Precedence: rules.Precedence()}
	if langSet || l.Lang == "" {
		l.Lang = f.lang
	}
	l.Filter = engine.ChainFilters(p.Allow, suppress.New(l, p.Known).Filter)
	return l, nil
}

// cliRules applies --enable and --disable to a profile. --enable names the
// only rules to run, whether the configuration enables them or not.
func cliRules(cfg *config.Config, p *config.Profile, f *checkFlags) ([]lint.Rule, error) {
	all := cfg.AllRules()
	if _, err := selectRules(all, f.enable, f.disable); err != nil {
		return nil, err
	}
	if len(f.enable) == 0 {
		dis := map[string]bool{}
		for _, id := range f.disable {
			dis[strings.TrimSpace(id)] = true
		}
		var rs []lint.Rule
		for _, r := range p.Rules {
			if !dis[r.ID()] {
				rs = append(rs, r)
			}
		}
		return rs, nil
	}
	// Enabled rules keep their configured options; others come as they are.
	byID := map[string]lint.Rule{}
	for _, r := range all {
		byID[r.ID()] = r
	}
	for _, r := range p.Rules {
		byID[r.ID()] = r
	}
	rs := make([]lint.Rule, 0, len(all))
	for _, r := range all {
		rs = append(rs, byID[r.ID()])
	}
	return selectRules(rs, f.enable, f.disable)
}

// configuredRules is every rule of the configuration that applies in the
// current folder (or of the file given): the catalog and the user-defined rules.
func configuredRules(path string) ([]lint.Rule, error) {
	cfg, err := (&config.Finder{Builtin: catalog(), Explicit: path}).For(filepath.Join(".", "-"))
	if err != nil {
		return nil, &codeError{exitError, err}
	}
	return cfg.AllRules(), nil
}
