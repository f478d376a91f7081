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
	// IsLeftover, when set, names files a walk hands to Leftover instead
	// of linting or skipping them (the temporary files of an interrupted
	// --fix).
	IsLeftover func(name string) bool
	Leftover   func(path string)
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
// .git, node_modules and what .gitignore files ignore; globs match any
// extension and skip the same as a walk below their fixed part
// ('content/**/*.md' skips content/node_modules, 'node_modules/x/*.md' does
// not). A dangling link or a file that is not regular, found by a walk or a
// glob, is a Problem.
//
// Symbolic links met by a walk or a glob are not followed: the file a link
// inside the tree points to is linted under its own name, and one outside
// the tree is not the tree's to lint (nor --fix's to rewrite). A link named
// on the command line, to a file or a folder, is followed. A file reached
// under two names (a link named next to its target) is listed once.
func Files(args []string, o Options) ([]string, []Problem) {
	var files []string
	var probs []Problem
	seen := map[string]bool{} // real paths
	dirs := realDirs{}
	// add lists p once; real is its path with every link resolved ("" to
	// work it out from p's folder).
	add := func(p, real string) {
		p = filepath.Clean(p)
		if real == "" {
			real = dirs.real(p)
		}
		if !seen[real] {
			seen[real] = true
			files = append(files, p)
		}
	}
	for _, a := range args {
		if hasMeta(a) {
			matches, err := doublestar.FilepathGlob(a, doublestar.WithFilesOnly(), doublestar.WithNoFollow())
			if err != nil {
				probs = append(probs, Problem{a, err})
				continue
			}
			if len(matches) == 0 {
				probs = append(probs, Problem{a, errors.New("no files match this pattern")})
			}
			g := newGlobIgnorer(a)
			for _, m := range matches {
				if excluded(m, o.Exclude) || g.skipped(m) {
					continue
				}
				if isLink(m) {
					if _, err := os.Stat(m); err != nil {
						probs = append(probs, Problem{m, statError(m, err)})
					}
					continue
				}
				if err := irregular(m); err != nil {
					probs = append(probs, Problem{m, err})
					continue
				}
				add(m, "")
			}
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			probs = append(probs, Problem{a, statError(a, err)})
			continue
		}
		if !st.IsDir() {
			real, err := filepath.EvalSymlinks(a)
			if err != nil {
				real = filepath.Clean(a)
			}
			abs, _ := filepath.Abs(real)
			add(a, abs)
			continue
		}
		probs = append(probs, walk(a, o, add)...)
	}
	sort.Strings(files)
	return files, uniqueProblems(probs)
}

// uniqueProblems keeps the first problem of each path: a path reached by
// two arguments is reported once.
func uniqueProblems(probs []Problem) []Problem {
	seen := map[string]bool{}
	out := probs[:0]
	for _, p := range probs {
		k := filepath.Clean(p.Path)
		if !seen[k] {
			seen[k] = true
			out = append(out, p)
		}
	}
	return out
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

func walk(root string, o Options, add func(p, real string)) []Problem {
	var probs []Problem
	// A folder named through a link is walked: WalkDir does not follow a
	// link, even at the root, but it does follow one named with a trailing
	// separator.
	start := root
	if isLink(root) {
		start = root + string(filepath.Separator)
	}
	realRoot, err := filepath.EvalSymlinks(root)
	if err == nil {
		realRoot, err = filepath.Abs(realRoot)
	}
	if err != nil {
		realRoot = ""
	}
	// realOf is p's real path: no link below the root is followed, so it is
	// the root's real path and p's path below it.
	realOf := func(p string) string {
		if realRoot == "" {
			return ""
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return ""
		}
		return filepath.Join(realRoot, rel)
	}
	exts := map[string]bool{}
	for _, e := range o.Extensions {
		exts[strings.ToLower(e)] = true
	}
	ign := &ignorer{}
	ign.loadParents(root)
	err = filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
		if p == start {
			p = root
		}
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
		if o.Leftover != nil && o.IsLeftover != nil && o.IsLeftover(d.Name()) {
			o.Leftover(p)
			return nil
		}
		if !exts[strings.ToLower(filepath.Ext(p))] || ign.ignored(p, false) || excluded(p, o.Exclude) {
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			if _, err := os.Stat(p); err != nil {
				probs = append(probs, Problem{p, statError(p, err)})
			}
			return nil // not followed: see Files
		}
		// The directory entry already says a plain file is one; only links
		// and other kinds need a stat (one per file costs a tenth of a
		// no-rule run).
		if !d.Type().IsRegular() {
			if err := irregular(p); err != nil {
				probs = append(probs, Problem{p, err})
				return nil
			}
		}
		add(p, realOf(p))
		return nil
	})
	if err != nil {
		probs = append(probs, Problem{root, unwrap(err)})
	}
	return probs
}

// isLink reports whether p itself is a symbolic link.
func isLink(p string) bool {
	st, err := os.Lstat(p)
	return err == nil && st.Mode()&fs.ModeSymlink != 0
}

// realDirs resolves the links in folder paths, each folder once.
type realDirs map[string]string

// real is p with every link of its folder resolved, absolute; p itself is
// not resolved. On error it is p, absolute if possible.
func (r realDirs) real(p string) string {
	dir, base := filepath.Split(p)
	if dir == "" {
		dir = "."
	}
	rd, ok := r[dir]
	if !ok {
		rd = dir
		if e, err := filepath.EvalSymlinks(dir); err == nil {
			rd = e
		}
		if a, err := filepath.Abs(rd); err == nil {
			rd = a
		}
		r[dir] = rd
	}
	return filepath.Join(rd, base)
}

// errDangling names a symbolic link whose target does not exist.
var errDangling = errors.New("dangling symbolic link (its target does not exist)")

// statError is os.Stat's error for p, naming a dangling link as such.
func statError(p string, err error) error {
	if _, lerr := os.Lstat(p); lerr == nil && errors.Is(err, fs.ErrNotExist) {
		return errDangling
	}
	return unwrap(err)
}

// irregular reports why a file found by a walk or a glob cannot be linted:
// a dangling symbolic link, or something that is not a regular file (a
// named pipe would block the run). A file named on the command line is not
// checked, so that '<(command)' works.
func irregular(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return statError(p, err)
	}
	if !st.Mode().IsRegular() {
		return errors.New("not a regular file")
	}
	return nil
}

// globIgnorer skips, among a glob's matches, what a folder walk would skip
// below the glob's fixed base: .git, node_modules and what .gitignore
// ignores. Folders named in the base itself are the user's choice.
type globIgnorer struct {
	base   string
	ign    *ignorer
	loaded map[string]bool
}

func newGlobIgnorer(pattern string) *globIgnorer {
	base, _ := doublestar.SplitPattern(filepath.ToSlash(pattern))
	base = filepath.FromSlash(base)
	g := &globIgnorer{base: base, ign: &ignorer{}, loaded: map[string]bool{}}
	g.ign.loadParents(base)
	g.load(base)
	return g
}

func (g *globIgnorer) load(dir string) {
	if !g.loaded[dir] {
		g.loaded[dir] = true
		g.ign.load(dir)
	}
}

func (g *globIgnorer) skipped(m string) bool {
	rel, err := filepath.Rel(g.base, m)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	parts := strings.Split(rel, string(filepath.Separator))
	dir := g.base
	for _, part := range parts[:len(parts)-1] {
		dir = filepath.Join(dir, part)
		if skipDirs[part] || g.ign.ignored(dir, true) {
			return true
		}
		g.load(dir)
	}
	return g.ign.ignored(m, false)
}

// ignorer applies .gitignore files: each file's patterns apply below its folder.
type ignorer struct {
	rules []ignoreRule
	wd    string // the working folder, read once (filepath.Abs reads it per call)
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
	if len(g.rules) == 0 {
		return false
	}
	abs := filepath.Clean(p)
	if !filepath.IsAbs(p) {
		if g.wd == "" {
			wd, err := os.Getwd()
			if err != nil {
				return false
			}
			g.wd = wd
		}
		abs = filepath.Join(g.wd, p)
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
