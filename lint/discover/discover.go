// Package discover turns the paths, folders and globs given on the command
// line into the list of files to lint.
package discover

import (
	"bufio"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Options tune discovery.
type Options struct {
	// Extensions read when walking folders, with the dot: ".md".
	Extensions []string
	// Exclude are extra doublestar globs (slash-separated, relative to the
	// working directory) to skip.
	Exclude []string
}

// Problem is a path that could not be used, with the reason.
type Problem struct {
	Path string
	Err  error
}

func (p Problem) Error() string { return p.Path + ": " + p.Err.Error() }

// skipDirs are never descended into.
var skipDirs = map[string]bool{".git": true, "node_modules": true, ".hg": true, ".svn": true}

// Files expands args into files, sorted and without duplicates. Explicit
// files are kept whatever their extension and whatever .gitignore says (the
// user asked for them); folders are walked for the known extensions, skipping
// .git, node_modules and what .gitignore files ignore.
func Files(args []string, o Options) ([]string, []Problem) {
	var files []string
	var probs []Problem
	seen := map[string]bool{}
	add := func(p string) {
		p = filepath.Clean(p)
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, a := range args {
		if hasMeta(a) {
			matches, err := doublestar.FilepathGlob(a, doublestar.WithFilesOnly())
			if err != nil {
				probs = append(probs, Problem{a, err})
				continue
			}
			if len(matches) == 0 {
				probs = append(probs, Problem{a, errors.New("no files match this pattern")})
			}
			for _, m := range matches {
				if !excluded(m, o.Exclude) {
					add(m)
				}
			}
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			probs = append(probs, Problem{a, unwrap(err)})
			continue
		}
		if !st.IsDir() {
			add(a)
			continue
		}
		probs = append(probs, walk(a, o, add)...)
	}
	sort.Strings(files)
	return files, probs
}

func hasMeta(s string) bool { return strings.ContainsAny(s, "*?[{") }

func unwrap(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func excluded(p string, globs []string) bool {
	s := filepath.ToSlash(filepath.Clean(p))
	for _, g := range globs {
		if ok, _ := doublestar.Match(g, s); ok {
			return true
		}
		if ok, _ := doublestar.Match(g+"/**", s); ok {
			return true
		}
	}
	return false
}

func walk(root string, o Options, add func(string)) []Problem {
	var probs []Problem
	exts := map[string]bool{}
	for _, e := range o.Extensions {
		exts[strings.ToLower(e)] = true
	}
	ign := &ignorer{}
	ign.loadParents(root)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			probs = append(probs, Problem{p, unwrap(err)})
			if d != nil && d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if p != root && (skipDirs[d.Name()] || ign.ignored(p, true) || excluded(p, o.Exclude)) {
				return filepath.SkipDir
			}
			ign.load(p)
			return nil
		}
		if !exts[strings.ToLower(filepath.Ext(p))] || ign.ignored(p, false) || excluded(p, o.Exclude) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if st, err := os.Stat(p); err != nil || st.IsDir() {
				return nil
			}
		}
		add(p)
		return nil
	})
	if err != nil {
		probs = append(probs, Problem{root, unwrap(err)})
	}
	return probs
}

// ignorer applies .gitignore files: each file's patterns apply below its folder.
type ignorer struct {
	rules []ignoreRule
}

type ignoreRule struct {
	base    string // absolute, slash-separated folder of the .gitignore
	pattern string
	negate  bool
	dirOnly bool
	anchor  bool // pattern contains a slash: matched against the path from base
}

// loadParents reads the .gitignore files of the folders above root, up to
// the repository root (the first folder with .git).
func (g *ignorer) loadParents(root string) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return
	}
	var chain []string // folders above root, nearest first
	for dir := abs; dir != filepath.Dir(dir); {
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			for i := len(chain) - 1; i >= 0; i-- {
				g.load(chain[i])
			}
			return
		}
		dir = filepath.Dir(dir)
		chain = append(chain, dir)
	}
}

func (g *ignorer) load(dir string) {
	f, err := os.Open(filepath.Join(dir, ".gitignore"))
	if err != nil {
		return
	}
	defer f.Close()
	abs, err := filepath.Abs(dir)
	if err != nil {
		return
	}
	base := filepath.ToSlash(abs)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), " \t\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		r := ignoreRule{base: base}
		if strings.HasPrefix(line, "!") {
			r.negate = true
			line = line[1:]
		}
		line = strings.TrimPrefix(line, "\\")
		if strings.HasSuffix(line, "/") {
			r.dirOnly = true
			line = strings.TrimSuffix(line, "/")
		}
		if strings.Contains(line, "/") {
			r.anchor = true
			line = strings.TrimPrefix(line, "/")
		}
		r.pattern = line
		g.rules = append(g.rules, r)
	}
}

func (g *ignorer) ignored(p string, isDir bool) bool {
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	s := filepath.ToSlash(abs)
	ignored := false
	for _, r := range g.rules {
		if r.dirOnly && !isDir || !strings.HasPrefix(s, r.base+"/") {
			continue
		}
		rel := strings.TrimPrefix(s, r.base+"/")
		var ok bool
		if r.anchor {
			ok, _ = doublestar.Match(r.pattern, rel)
		} else {
			ok, _ = doublestar.Match(r.pattern, path.Base(rel))
		}
		if ok {
			ignored = !r.negate
		}
	}
	return ignored
}
