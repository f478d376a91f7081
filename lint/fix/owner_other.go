//go:build !unix

package fix

import (
	"io/fs"
	"os"
)

func keepOwner(*os.File, fs.FileInfo) error { return nil }

func links(fs.FileInfo) uint64 { return 1 }

func writable(_ string, st fs.FileInfo) bool { return st.Mode().Perm()&0o200 != 0 }
