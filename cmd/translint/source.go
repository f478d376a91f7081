package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/pflag"

	"github.com/translint/translint/lint/config"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/source"
)

// sourceFlags pair translations with their originals for the source rules.
type sourceFlags struct {
	file string // --source: the original of the one translation checked
	dir  string // --source-dir: originals at the same relative paths
}

func addSourceFlags(fl *pflag.FlagSet, f *sourceFlags) {
	fl.StringVar(&f.file, "source", "", "the `ORIGINAL` article the one checked translation was translated from (enables the source rules)")
	fl.StringVar(&f.dir, "source-dir", "", "a folder `DIR` of originals: the original of X is the same relative path under DIR")
}

// pairSources sets each source's Original from the flags. Paths found by
// walking a folder argument are matched relative to that folder; a
// translation with no original under --source-dir is checked alone.
func pairSources(srcs []engine.Source, args []string, f *sourceFlags) ([]engine.Source, error) {
	switch {
	case f.file != "" && f.dir != "":
		return nil, fmt.Errorf("--source and --source-dir: give one of them")
	case f.file != "":
		if len(srcs) != 1 {
			return nil, fmt.Errorf("--source pairs one translation with its original: %d files to check", len(srcs))
		}
		if st, err := os.Stat(f.file); err != nil || st.IsDir() {
			return nil, fmt.Errorf("--source: %s is not a readable file", f.file)
		}
		srcs[0].Original = f.file
	case f.dir != "":
		if st, err := os.Stat(f.dir); err != nil || !st.IsDir() {
			return nil, fmt.Errorf("--source-dir: %s is not a folder", f.dir)
		}
		for i := range srcs {
			// an original found by the walk is not a translation of itself
			if srcs[i].Data == nil && !within(f.dir, srcs[i].Path) {
				srcs[i].Original = source.InDir(f.dir, rootOf(srcs[i].Path, args), srcs[i].Path)
			}
		}
	}
	return srcs, nil
}

// layoutOriginal is the original of src by its configuration's source
// layout, with the layout's language, when neither --source nor
// --source-dir is given and the original exists; src.Original otherwise.
func layoutOriginal(cfg *config.Config, src engine.Source, f *sourceFlags) (string, string) {
	if src.Original != "" || f.file != "" || f.dir != "" || cfg.Source == nil || src.Data != nil {
		return src.Original, src.OriginalLang
	}
	o := cfg.Source.Original(src.Path)
	if st, err := os.Stat(o); o == "" || err != nil || !st.Mode().IsRegular() {
		return "", "" // no original at hand: the translation is checked alone
	}
	return o, cfg.Source.Lang
}

// rootOf is the folder argument path was found under, or "." when it was
// named itself.
func rootOf(path string, args []string) string {
	for _, a := range args {
		if st, err := os.Stat(a); err == nil && st.IsDir() && within(a, path) {
			return a
		}
	}
	return "."
}

func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}
