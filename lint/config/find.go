package config

import (
	"os"
	"path/filepath"
	"sync"

	"github.com/translint/translint/lint"
)

// Finder finds the configuration of each linted file: the nearest
// .translint.yaml (or .yml) in the file's folder or above, up to the
// repository root (the first folder holding .git). Results are cached per
// folder. It is safe for concurrent use.
type Finder struct {
	// Builtin are the rules settings are checked against.
	Builtin []lint.Rule
	// Explicit, when set (--config FILE), is used for every file.
	Explicit string

	mu    sync.Mutex
	dirs  map[string]*Config // folder → its configuration
	given map[string]*Config // folder as written in a path → its configuration
	files map[string]*Config // configuration file → decoded
	def   *Config
}

// For returns the configuration that applies to path. A path that is not a
// file on disk ("<stdin>") is looked up from the current folder.
func (f *Finder) For(path string) (*Config, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.files == nil {
		f.dirs, f.given, f.files = map[string]*Config{}, map[string]*Config{}, map[string]*Config{}
	}
	if f.Explicit != "" {
		return f.load(f.Explicit)
	}
	// The files of one folder come one after another: the folder as written
	// is looked up before filepath.Abs, which reads the working folder.
	givenDir := filepath.Dir(path)
	if c, ok := f.given[givenDir]; ok {
		return c, nil
	}
	dir, err := filepath.Abs(givenDir)
	if err != nil {
		return nil, err
	}
	var visited []string
	var found *Config
	for {
		if c, ok := f.dirs[dir]; ok {
			found = c
			break
		}
		visited = append(visited, dir)
		if name := configIn(dir); name != "" {
			if found, err = f.load(name); err != nil {
				return nil, err
			}
			break
		}
		parent := filepath.Dir(dir)
		if isRepoRoot(dir) || parent == dir {
			break
		}
		dir = parent
	}
	if found == nil {
		if f.def == nil {
			f.def = Default(f.Builtin)
		}
		found = f.def
	}
	for _, d := range visited {
		f.dirs[d] = found
	}
	f.given[givenDir] = found
	return found, nil
}

// Configs returns every configuration loaded so far (not the defaults).
func (f *Finder) Configs() []*Config {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []*Config
	for _, c := range f.files {
		out = append(out, c)
	}
	return out
}

func (f *Finder) load(name string) (*Config, error) {
	if c, ok := f.files[name]; ok {
		return c, nil
	}
	c, err := Load(name, f.Builtin)
	if err != nil {
		return nil, err
	}
	f.files[name] = c
	return c, nil
}

// configIn returns the configuration file of dir, or "". A folder with a
// configuration file's name is returned too, so that loading it fails with
// an error naming it instead of the settings being silently ignored.
func configIn(dir string) string {
	for _, n := range FileNames {
		p := filepath.Join(dir, n)
		if _, err := os.Stat(p); err == nil {
			return relIfShorter(p)
		}
	}
	return ""
}

// relIfShorter shows a configuration path relative to the working folder
// when that is shorter, as paths in error messages should be.
func relIfShorter(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, p); err == nil && len(r) < len(p) {
		return r
	}
	return p
}

func isRepoRoot(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, ".git"))
	return err == nil
}
