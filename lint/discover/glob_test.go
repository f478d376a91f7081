package discover

// Globs, dangling links and files that are not regular.

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// inDir runs the test from dir, as a user runs translint from a repository.
func inDir(t *testing.T, dir string) {
	t.Helper()
	old, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = os.Chdir(old) })
}

var md = Options{Extensions: []string{".md"}}

func slashes(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = filepath.ToSlash(p)
	}
	return out
}

func TestGlobsSkipWhatAWalkSkips(t *testing.T) {
	dir := tree(t, map[string]string{
		".git/HEAD.md": "", ".gitignore": "drafts/\n", "a.md": "", "news/b.md": "", "drafts/c.md": "",
		"node_modules/pkg/d.md": "", "news/tmp.md": "", "news/.gitignore": "tmp.md\n",
	})
	inDir(t, dir)
	walked, probs := Files([]string{"."}, md)
	globbed, gprobs := Files([]string{"**/*.md"}, md)
	want := []string{"a.md", "news/b.md"}
	if !reflect.DeepEqual(slashes(walked), want) || len(probs) > 0 {
		t.Errorf("walk: %v %v, want %v", walked, probs, want)
	}
	if !reflect.DeepEqual(slashes(globbed), want) || len(gprobs) > 0 {
		t.Errorf("glob: %v %v, want %v", globbed, gprobs, want)
	}
	// A glob whose fixed part names the folder is the user's choice.
	got, _ := Files([]string{"node_modules/pkg/*.md", "drafts/*.md"}, md)
	if want := []string{"drafts/c.md", "node_modules/pkg/d.md"}; !reflect.DeepEqual(slashes(got), want) {
		t.Errorf("explicit base: %v, want %v", got, want)
	}
}

func TestWalkReportsDanglingLinksAndIrregularFiles(t *testing.T) {
	dir := tree(t, map[string]string{"ok.md": ""})
	if err := os.Symlink(filepath.Join(dir, "missing.md"), filepath.Join(dir, "dangling.md")); err != nil {
		t.Skip("no symbolic links:", err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "folder-link.md")); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "pipe.md")
	hasFIFO := mkfifo(fifo) == nil
	for _, arg := range []string{dir, filepath.Join(dir, "*.md")} {
		files, probs := Files([]string{arg}, md)
		if len(files) != 1 || filepath.Base(files[0]) != "ok.md" {
			t.Errorf("%s: files %v, want ok.md only", arg, files)
		}
		msgs := map[string]string{}
		for _, p := range probs {
			msgs[filepath.Base(p.Path)] = p.Err.Error()
		}
		if !strings.Contains(msgs["dangling.md"], "dangling symbolic link") {
			t.Errorf("%s: problems %v, want the dangling link named", arg, msgs)
		}
		if hasFIFO && msgs["pipe.md"] != "not a regular file" {
			t.Errorf("%s: problems %v, want the named pipe refused", arg, msgs)
		}
		if _, ok := msgs["folder-link.md"]; ok {
			t.Errorf("%s: a link to a folder is not a problem: %v", arg, msgs)
		}
	}
}

func TestProblemReportedOnce(t *testing.T) {
	dir := t.TempDir()
	link := filepath.Join(dir, "dangling.md")
	if err := os.Symlink(filepath.Join(dir, "missing.md"), link); err != nil {
		t.Skip("no symbolic links:", err)
	}
	_, probs := Files([]string{dir, filepath.Join(dir, "*.md"), link, link}, md)
	if len(probs) != 1 {
		t.Errorf("one dangling link reached four ways: %v, want one problem", probs)
	}
	if _, probs := Files([]string{link}, md); len(probs) != 1 || probs[0].Err != errDangling {
		t.Errorf("a dangling link named on the command line: %v, want it called dangling", probs)
	}
}
