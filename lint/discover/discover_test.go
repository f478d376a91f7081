package discover

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func rel(t *testing.T, dir string, files []string) []string {
	var out []string
	for _, f := range files {
		r, err := filepath.Rel(dir, f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

func TestGitignoreSemantics(t *testing.T) {
	dir := tree(t, map[string]string{
		".git/HEAD":             "",
		".gitignore":            "# comment\n*.draft.md\n/build/\nlogs\n!keep.draft.md\ndocs/**/tmp-*.md\n",
		"a.md":                  "",
		"x.draft.md":            "",
		"keep.draft.md":         "",
		"build/b.md":            "",
		"sub/build/c.md":        "", // /build/ is anchored: sub/build stays
		"logs/d.md":             "",
		"sub/logs":              "", // a file called logs is ignored too (not dir-only)
		"docs/en/tmp-e.md":      "",
		"docs/en/f.md":          "",
		"docs/.gitignore":       "g.md\n",
		"docs/g.md":             "",
		"other/g.md":            "", // docs/.gitignore does not reach other/
		"node_modules/pkg/h.md": "",
		"notes.rst":             "",
		"page.HTML":             "",
	})
	files, probs := Files([]string{dir}, Options{Extensions: []string{".md", ".html"}})
	if len(probs) > 0 {
		t.Fatalf("problems: %v", probs)
	}
	got := rel(t, dir, files)
	want := []string{"a.md", "docs/en/f.md", "keep.draft.md", "other/g.md", "page.HTML", "sub/build/c.md"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}

func TestParentGitignoreAndExplicitFiles(t *testing.T) {
	dir := tree(t, map[string]string{
		".git/HEAD":            "",
		".gitignore":           "content/private/\n",
		"content/a.md":         "",
		"content/private/b.md": "",
	})
	// Walking a subfolder still applies the repository root's .gitignore.
	files, _ := Files([]string{filepath.Join(dir, "content")}, Options{Extensions: []string{".md"}})
	if got := rel(t, dir, files); !reflect.DeepEqual(got, []string{"content/a.md"}) {
		t.Errorf("got %v", got)
	}
	// A file named explicitly is linted even when ignored; duplicates fold.
	b := filepath.Join(dir, "content", "private", "b.md")
	files, _ = Files([]string{b, b}, Options{Extensions: []string{".md"}})
	if len(files) != 1 {
		t.Errorf("explicit file: got %v", files)
	}
	// Exclude globs apply while walking.
	files, _ = Files([]string{dir}, Options{Extensions: []string{".md"}, Exclude: []string{"**/a.md"}})
	if len(files) != 0 {
		t.Errorf("exclude: got %v", files)
	}
}

func TestProblems(t *testing.T) {
	dir := tree(t, map[string]string{"a.md": ""})
	_, probs := Files([]string{filepath.Join(dir, "missing.md"), filepath.Join(dir, "*.txt")}, Options{})
	if len(probs) != 2 {
		t.Fatalf("want a problem for the missing file and the empty glob, got %v", probs)
	}
	if probs[0].Err.Error() != "no such file or directory" || probs[1].Err.Error() != "no files match this pattern" {
		t.Errorf("got %v", probs)
	}
}
