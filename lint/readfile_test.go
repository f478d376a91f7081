package lint

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// readFile returns what os.ReadFile returns, data and cleaned error.
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
		got, gerr := readFile(p)
		want, werr := os.ReadFile(p)
		if !bytes.Equal(got, want) {
			t.Errorf("%s: %d bytes, os.ReadFile %d", name, len(got), len(want))
		}
		if (gerr == nil) != (werr == nil) || gerr != nil && cleanIOError(gerr).Error() != cleanIOError(werr).Error() {
			t.Errorf("%s: error %v, os.ReadFile %v", name, gerr, werr)
		}
	}
}
