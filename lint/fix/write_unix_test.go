//go:build unix

package fix

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func writeOld(t *testing.T, p string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(p, []byte("old"), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, mode); err != nil {
		t.Fatal(err)
	}
}

func wantRefused(t *testing.T, err error, what string) {
	t.Helper()
	var r *RefusedError
	if !errors.As(err, &r) {
		t.Errorf("%s: err = %v, want a refusal", what, err)
	}
}

func TestWriteFileKeepsOwnerAndGroup(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("giving a file to another user needs root")
	}
	p := filepath.Join(t.TempDir(), "a.md")
	writeOld(t, p, 0o664)
	const uid, gid = 65534, 65533
	if err := os.Chown(p, uid, gid); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	s := st.Sys().(*syscall.Stat_t)
	if s.Uid != uid || s.Gid != gid || st.Mode().Perm() != 0o664 {
		t.Errorf("owner %d:%d mode %v, want %d:%d 0664", s.Uid, s.Gid, st.Mode().Perm(), uid, gid)
	}
}

func TestWriteFileKeepsSetgidMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.md")
	writeOld(t, p, 0o640|os.ModeSetgid)
	if err := WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(p); st.Mode()&(os.ModePerm|os.ModeSetgid) != 0o640|os.ModeSetgid {
		t.Errorf("mode %v", st.Mode())
	}
}

func TestWriteFileRefusesHardLinks(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	writeOld(t, a, 0o644)
	if err := os.Link(a, b); err != nil {
		t.Skip("no hard links:", err)
	}
	wantRefused(t, WriteFile(a, []byte("new")), "hard link")
	for _, p := range []string{a, b} {
		if data, _ := os.ReadFile(p); string(data) != "old" {
			t.Errorf("%s: %q, want it untouched", p, data)
		}
	}
	if st1, _ := os.Stat(a); true {
		st2, _ := os.Stat(b)
		if !os.SameFile(st1, st2) {
			t.Error("the hard links were split")
		}
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 2 {
		t.Errorf("temporary files left: %v", ents)
	}
}

func TestWriteFileRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	writeOld(t, p, 0o444)
	wantRefused(t, WriteFile(p, []byte("new")), "read-only")
	if data, _ := os.ReadFile(p); string(data) != "old" {
		t.Errorf("%q, want it untouched", data)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("temporary files left: %v", ents)
	}
}
