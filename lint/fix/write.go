package fix

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Hooks for tests: the steps of an atomic write that can fail.
var (
	rename = os.Rename
	chmod  = os.Chmod
)

// tempMarker is in the name of every temporary file WriteFile makes:
// ".NAME" + tempMarker + digits, next to NAME.
const tempMarker = ".translint-"

// StaleAfter is the age from which a temporary file of ours whose write is
// not under way counts as left over by an interrupted run: a write takes
// well under a second, so a minute leaves any run still going alone.
const StaleAfter = time.Minute

// ErrStopped is returned by WriteFile after RemoveTemps.
var ErrStopped = errors.New("stopped by a signal")

// temps are the temporary files of the writes under way, so that a signal
// handler can remove them before the process exits.
var temps = struct {
	sync.Mutex
	names   map[string]bool
	stopped bool
}{names: map[string]bool{}}

// RemoveTemps removes the temporary files of the writes under way and makes
// every later WriteFile fail, leaving its file alone. A signal handler calls
// it before exiting; each file is then either as it was or fully written.
func RemoveTemps() {
	temps.Lock()
	defer temps.Unlock()
	temps.stopped = true
	for name := range temps.names {
		os.Remove(name)
		delete(temps.names, name)
	}
}

// createTemp makes the temporary file for path in dir and records it;
// recording under the same lock as RemoveTemps means no temporary file is
// created after it ran.
func createTemp(dir, base string) (*os.File, error) {
	temps.Lock()
	defer temps.Unlock()
	if temps.stopped {
		return nil, ErrStopped
	}
	f, err := os.CreateTemp(dir, "."+base+tempMarker+"*")
	if err == nil {
		temps.names[f.Name()] = true
	}
	return f, err
}

func forgetTemp(name string) {
	temps.Lock()
	delete(temps.names, name)
	temps.Unlock()
}

// IsTemp reports whether a file name is one of WriteFile's temporary files:
// ".NAME.translint-DIGITS".
func IsTemp(name string) bool {
	i := strings.LastIndex(name, tempMarker)
	if i < 2 || name[0] != '.' || i+len(tempMarker) == len(name) {
		return false
	}
	for _, c := range name[i+len(tempMarker):] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Leftover reports whether path is a temporary file of an interrupted run:
// named as ours, next to the file it was for, and older than StaleAfter.
func Leftover(path string, now time.Time) bool {
	dir, name := filepath.Split(path)
	if !IsTemp(name) {
		return false
	}
	orig := name[1:strings.LastIndex(name, tempMarker)]
	st, err := os.Lstat(path)
	if err != nil || !st.Mode().IsRegular() || now.Sub(st.ModTime()) < StaleAfter {
		return false
	}
	_, err = os.Lstat(filepath.Join(dir, orig))
	return err == nil
}

// RefusedError is a file WriteFile leaves alone, and why.
type RefusedError struct{ Reason string }

func (e *RefusedError) Error() string { return e.Reason + "; not rewritten" }

// WriteFile replaces path's content with data atomically: it writes a
// temporary file in the same folder, gives it the original file's owner,
// group and mode, syncs it and renames it over the original. On any failure
// the original is left as it was and the temporary file is removed.
//
// It refuses (a *RefusedError) a file the user may not write, or one with
// several hard links, which a rename would split: the other names would
// keep the old text.
func WriteFile(path string, data []byte) (err error) {
	// Write through a symbolic link, not over it.
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	st, err := os.Stat(path)
	if err != nil {
		return unwrap(err)
	}
	if !writable(path, st) {
		return &RefusedError{"read-only"}
	}
	if n := links(st); n > 1 {
		return &RefusedError{fmt.Sprintf("has %d hard links, which a rewrite would split", n)}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := createTemp(dir, base)
	if err != nil {
		return unwrap(err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
		forgetTemp(tmp.Name())
	}()
	if _, err = tmp.Write(data); err != nil {
		return unwrap(err)
	}
	if err = keepOwner(tmp, st); err != nil {
		return &RefusedError{fmt.Sprintf("cannot keep its owner: %v", unwrap(err))}
	}
	if err = tmp.Sync(); err != nil {
		return unwrap(err)
	}
	if err = tmp.Close(); err != nil {
		return unwrap(err)
	}
	// after the owner: changing the owner clears the set-id bits
	if err = chmod(tmp.Name(), st.Mode()&(fs.ModePerm|fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)); err != nil {
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
