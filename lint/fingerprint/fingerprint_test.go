package fingerprint

import (
	"path/filepath"
	"testing"

	"github.com/translint/translint/lint"
)

func TestRel(t *testing.T) {
	abs, _ := filepath.Abs("content/a.md")
	cases := []struct{ root, path, want string }{
		{"", "content/a.md", "content/a.md"},
		{"", "./content/../content/a.md", "content/a.md"},
		{"content", "content/a.md", "a.md"},
		{"", abs, "content/a.md"},
		{"other", "content/a.md", "../content/a.md"},
	}
	for _, c := range cases {
		if got := Rel(c.root, c.path); got != c.want {
			t.Errorf("Rel(%q, %q) = %q, want %q", c.root, c.path, got, c.want)
		}
	}
}

func TestContentIgnoresLayoutNotText(t *testing.T) {
	a := Content("r", "a.md", "the  quick\r\n brown", 0)
	if b := Content("r", "a.md", "the quick brown", 0); a != b {
		t.Error("white space changed the fingerprint")
	}
	for _, other := range []string{
		Content("r2", "a.md", "the quick brown", 0),
		Content("r", "b.md", "the quick brown", 0),
		Content("r", "a.md", "the quick brown.", 0),
		Content("r", "a.md", "the quick brown", 1),
	} {
		if other == a {
			t.Error("a different rule, path, excerpt or occurrence gave the same fingerprint")
		}
	}
}

func diag(rule, excerpt, line string, lineNo int) lint.Diagnostic {
	return lint.Diagnostic{Rule: rule, Excerpt: excerpt, SourceLine: line, Start: lint.Position{Line: lineNo}}
}

func TestFileCountsOccurrences(t *testing.T) {
	ds := []lint.Diagnostic{diag("r", "teh", "teh one", 1), diag("r", "teh", "teh two", 5), diag("q", "teh", "teh two", 5)}
	fps := File("a.md", ds)
	if fps[0] == fps[1] || fps[1] == fps[2] {
		t.Fatalf("identical fingerprints: %q", fps)
	}
	if fps[1] != Content("r", "a.md", "teh", 1) || fps[2] != Content("q", "a.md", "teh", 0) {
		t.Error("occurrences are not counted per rule and excerpt")
	}
	// Moving the findings to other lines changes nothing.
	moved := File("a.md", []lint.Diagnostic{diag("r", "teh", "teh one", 10), diag("r", "teh", "teh two", 50), diag("q", "teh", "teh two", 50)})
	for i := range fps {
		if fps[i] != moved[i] {
			t.Errorf("finding %d: the line number changed the fingerprint", i)
		}
	}
	// Empty excerpts are told apart by their line's text.
	empty := File("a.md", []lint.Diagnostic{diag("r", "", "line one", 1), diag("r", "", "line two", 2)})
	if empty[0] == empty[1] || empty[1] != Content("r", "a.md", "\x00line:line two", 0) {
		t.Errorf("empty excerpts: %q", empty)
	}
}

func TestLineHashes(t *testing.T) {
	hs := LineHashes([]lint.Diagnostic{diag("r", "a", "same line", 1), diag("r", "b", "same  line", 7), diag("r", "c", "other", 9)})
	if hs[0][:16] != hs[1][:16] || hs[0][16:] != ":1" || hs[1][16:] != ":2" {
		t.Errorf("equal lines: %q", hs)
	}
	if hs[2][:16] == hs[0][:16] || hs[2][16:] != ":1" {
		t.Errorf("other line: %q", hs)
	}
}
