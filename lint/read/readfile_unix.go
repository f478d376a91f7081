//go:build unix

package read

import (
	"os"
	"syscall"

	"github.com/translint/translint/lint/internal/bufpool"
)

// File reads a whole file like os.ReadFile in fewer system calls: it
// does not register the descriptor with the poller (regular files cannot
// be polled, so os.Open's attempt always fails) and it stops when a read
// fills the file to the size fstat gave without asking again for the end
// of the file. Anything but a regular file takes os.ReadFile.
func File(path string) ([]byte, error) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: path, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return os.ReadFile(path)
	}
	size := int(st.Size)
	if size > maxDocumentSize {
		return nil, ErrTooLarge // ParseAs would refuse it: do not read it
	}
	buf := bufpool.Get(size + 1) // one spare byte: a file that grew is read on
	n := 0
	for {
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, &os.PathError{Op: "read", Path: path, Err: err}
		}
		if m == 0 {
			return buf[:n], nil
		}
		n += m
		if n == size && m < len(buf)-(n-m) {
			// a short read ending where fstat said the file ends
			return buf[:n], nil
		}
		if n == len(buf) {
			buf = append(buf, make([]byte, len(buf))...)
		}
	}
}
