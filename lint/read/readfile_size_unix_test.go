//go:build unix

package read

import (
	"os"
	"path/filepath"
	"testing"
)

// readFile refuses a file larger than a document may be before reading it.
func TestReadFileRefusesTooLarge(t *testing.T) {
	defer func(n int) { maxDocumentSize = n }(maxDocumentSize)
	maxDocumentSize = 8
	p := filepath.Join(t.TempDir(), "nine.txt")
	if err := os.WriteFile(p, []byte("nine byte"), 0o644); err != nil {
		t.Fatal(err)
	}
	if data, err := File(p); err != ErrTooLarge || data != nil {
		t.Errorf("got %d bytes, %v; want ErrTooLarge", len(data), err)
	}
}
