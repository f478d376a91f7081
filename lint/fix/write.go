package fix

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
)

// Hooks for tests: the steps of an atomic write that can fail.
var (
	rename = os.Rename
	chmod  = os.Chmod
)

// WriteFile replaces path's content with data atomically: it writes a
// temporary file in the same folder, gives it the original file's mode, syncs
// it and renames it over the original. On any failure the original is left
// as it was and the temporary file is removed.
func WriteFile(path string, data []byte) (err error) {
	// Write through a symbolic link, not over it.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	st, err := os.Stat(path)
	if err != nil {
		return unwrap(err)
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".translint-*")
	if err != nil {
		return unwrap(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return unwrap(err)
	}
	if err = tmp.Sync(); err != nil {
		return unwrap(err)
	}
	if err = tmp.Close(); err != nil {
		return unwrap(err)
	}
	if err = chmod(tmp.Name(), st.Mode().Perm()); err != nil {
		return unwrap(err)
	}
	if err = rename(tmp.Name(), path); err != nil {
		return unwrap(err)
	}
	return nil
}

func unwrap(err error) error {
	var pe *fs.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		return pe.Err
	case errors.As(err, &le):
		return le.Err
	}
	return err
}
