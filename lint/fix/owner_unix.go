//go:build unix

package fix

import (
	"io/fs"
	"os"
	"syscall"
)

// keepOwner gives f the owner and group of the file st describes, when they
// differ from those a new file gets.
func keepOwner(f *os.File, st fs.FileInfo) error {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	nst, err := f.Stat()
	if err != nil {
		return err
	}
	if n, ok := nst.Sys().(*syscall.Stat_t); ok && n.Uid == s.Uid && n.Gid == s.Gid {
		return nil
	}
	return f.Chown(int(s.Uid), int(s.Gid))
}

// links is the number of hard links to the file st describes.
func links(st fs.FileInfo) uint64 {
	if s, ok := st.Sys().(*syscall.Stat_t); ok {
		return uint64(s.Nlink)
	}
	return 1
}

// writable reports whether the user may write path. The superuser may
// write anything, so for them a file without any write bit is read-only.
func writable(path string, st fs.FileInfo) bool {
	if os.Geteuid() == 0 {
		return st.Mode().Perm()&0o222 != 0
	}
	return syscall.Access(path, 2 /* W_OK */) == nil
}
