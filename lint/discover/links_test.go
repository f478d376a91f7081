package discover

// Symbolic links: followed when named, never during a walk; each real file once.

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func mustWrite(t *testing.T, p string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("text\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustLink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skip("no symbolic links:", err)
	}
}

func TestLinkedFolderNamedIsWalked(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "real", "a.md"))
	mustWrite(t, filepath.Join(dir, "real", "sub", "b.md"))
	mustLink(t, "real", filepath.Join(dir, "site"))
	inDir(t, dir)
	files, probs := Files([]string{"site"}, md)
	want := []string{"site/a.md", "site/sub/b.md"}
	if got := slashes(files); !reflect.DeepEqual(got, want) || len(probs) > 0 {
		t.Errorf("a linked folder named on the command line: files %v, problems %v; want %v", got, probs, want)
	}
	// The folder and the link to it name the same files: each is listed once.
	files, _ = Files([]string{"real", "site"}, md)
	if got := slashes(files); !reflect.DeepEqual(got, []string{"real/a.md", "real/sub/b.md"}) {
		t.Errorf("a folder and a link to it: %v, want each file once", got)
	}
}

func TestWalkDoesNotFollowLinks(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(dir, "outside.md")
	mustWrite(t, outside)
	mustWrite(t, filepath.Join(dir, "tree", "a.md"))
	mustWrite(t, filepath.Join(dir, "elsewhere", "c.md"))
	mustLink(t, outside, filepath.Join(dir, "tree", "out.md"))
	mustLink(t, "a.md", filepath.Join(dir, "tree", "same.md"))
	mustLink(t, filepath.Join(dir, "elsewhere"), filepath.Join(dir, "tree", "dirlink"))
	inDir(t, dir)
	for _, arg := range []string{"tree", "tree/**/*.md"} {
		files, probs := Files([]string{arg}, md)
		if got := slashes(files); !reflect.DeepEqual(got, []string{"tree/a.md"}) || len(probs) > 0 {
			t.Errorf("%s: files %v, problems %v; want tree/a.md only (links not followed)", arg, got, probs)
		}
	}
	// Named on the command line, a link is followed, but a file reached
	// under two names is listed once.
	files, _ := Files([]string{"tree/a.md", "tree/same.md", "tree/out.md"}, md)
	if got := slashes(files); !reflect.DeepEqual(got, []string{"tree/a.md", "tree/out.md"}) {
		t.Errorf("named files: %v, want tree/a.md and tree/out.md", got)
	}
	files, _ = Files([]string{"tree", "tree/same.md"}, md)
	if len(files) != 1 {
		t.Errorf("a walked file and a named link to it: %v, want one", files)
	}
}

func TestLeftoversHandedOver(t *testing.T) {
	dir := t.TempDir()
	mustWrite(t, filepath.Join(dir, "a.md"))
	mustWrite(t, filepath.Join(dir, ".a.md.tmp-1"))
	var got []string
	o := md
	o.IsLeftover = func(name string) bool { return strings.HasSuffix(name, ".tmp-1") }
	o.Leftover = func(p string) { got = append(got, filepath.Base(p)) }
	files, _ := Files([]string{dir}, o)
	if len(files) != 1 || !reflect.DeepEqual(got, []string{".a.md.tmp-1"}) {
		t.Errorf("files %v, leftovers %v", files, got)
	}
}
