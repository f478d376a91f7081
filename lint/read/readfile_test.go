package read

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// File returns what os.ReadFile returns, data and cleaned error.
func TestReadFileMatchesOS(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.md": nil,
		"small.md": []byte("# Title\n\nText.\n"),
		"large.md": bytes.Repeat([]byte("Lorem ipsum dolor sit amet. "), 40000),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	paths := []string{"empty.md", "small.md", "large.md", "missing.md", "."}
	for _, name := range paths {
		p := filepath.Join(dir, name)
		got, gerr := File(p)
		want, werr := os.ReadFile(p)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: %d bytes, os.ReadFile %d", name, len(got), len(want))
		}
		if (gerr == nil) != (werr == nil) || gerr != nil && bareError(gerr) != bareError(werr) {
			t.Errorf("%s: error %v, os.ReadFile %v", name, gerr, werr)
		}
	}
}

// bareError is an error without the path and operation of an
// *os.PathError, as the engine reports it.
func bareError(err error) string {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err.Error()
	}
	return err.Error()
}

func TestUTF16IsRefusedByName(t *testing.T) {
	// "Hi\n" in each encoding, with its byte-order mark.
	for name, src := range map[string][]byte{
		"UTF-16LE": {0xFF, 0xFE, 'H', 0, 'i', 0, '\n', 0},
		"UTF-16BE": {0xFE, 0xFF, 0, 'H', 0, 'i', 0, '\n'},
		"UTF-32LE": {0xFF, 0xFE, 0, 0, 'H', 0, 0, 0},
	} {
		_, err := Parse("a.txt", src)
		if err == nil || !strings.Contains(err.Error(), "is not supported: convert to UTF-8") || !strings.HasPrefix(err.Error(), name[:6]) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	// A UTF-8 byte-order mark is read.
	if _, err := Parse("a.txt", []byte("\xef\xbb\xbfHi\n")); err != nil {
		t.Errorf("UTF-8 with a byte-order mark: %v", err)
	}
}

// A document larger than a document may be is refused by the parser too.
func TestParseTooLarge(t *testing.T) {
	defer func(n int) { maxDocumentSize = n }(maxDocumentSize)
	maxDocumentSize = 8
	if d, err := Parse("nine.txt", []byte("nine byte")); err != ErrTooLarge || d != nil {
		t.Errorf("got %v, %v; want ErrTooLarge", d, err)
	}
}
