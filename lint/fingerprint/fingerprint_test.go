package fingerprint

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
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

func diag(rule, excerpt, line string, lineNo int) engine.Diagnostic {
	return engine.Diagnostic{Rule: rule, Excerpt: excerpt, SourceLine: line, Start: lint.Position{Line: lineNo}}
}

func TestFileCountsOccurrences(t *testing.T) {
	ds := []engine.Diagnostic{diag("r", "teh", "teh one", 1), diag("r", "teh", "teh two", 5), diag("q", "teh", "teh two", 5)}
	fps := File("a.md", ds)
	if fps[0] == fps[1] || fps[1] == fps[2] {
		t.Fatalf("identical fingerprints: %q", fps)
	}
	if fps[1] != Content("r", "a.md", "teh", 1) || fps[2] != Content("q", "a.md", "teh", 0) {
		t.Error("occurrences are not counted per rule and excerpt")
	}
	// Moving the findings to other lines changes nothing.
	moved := File("a.md", []engine.Diagnostic{diag("r", "teh", "teh one", 10), diag("r", "teh", "teh two", 50), diag("q", "teh", "teh two", 50)})
	for i := range fps {
		if fps[i] != moved[i] {
			t.Errorf("finding %d: the line number changed the fingerprint", i)
		}
	}
	// Empty excerpts are told apart by their line's text.
	empty := File("a.md", []engine.Diagnostic{diag("r", "", "line one", 1), diag("r", "", "line two", 2)})
	if empty[0] == empty[1] || empty[1] != Content("r", "a.md", "\x00line:line two", 0) {
		t.Errorf("empty excerpts: %q", empty)
	}
}

func TestLineHashes(t *testing.T) {
	hs := LineHashes([]engine.Diagnostic{diag("r", "a", "same line", 1), diag("r", "b", "same  line", 7), diag("r", "c", "other", 9)})
	if hs[0][:16] != hs[1][:16] || hs[0][16:] != ":1" || hs[1][16:] != ":2" {
		t.Errorf("equal lines: %q", hs)
	}
	if hs[2][:16] == hs[0][:16] || hs[2][16:] != ":1" {
		t.Errorf("other line: %q", hs)
	}
}

func TestLineHashesSameLineSameRule(t *testing.T) {
	line := "A long line with two findings on it, and a third of another rule."
	ds := []engine.Diagnostic{
		{Rule: "a", Start: lint.Position{Line: 3}, SourceLine: line},
		{Rule: "b", Start: lint.Position{Line: 3}, SourceLine: line},
		{Rule: "a", Start: lint.Position{Line: 3}, SourceLine: line},
		{Rule: "a", Start: lint.Position{Line: 9}, SourceLine: "  A long line with two findings on it,\tand a third of another rule. "},
	}
	h := LineHashes(ds)
	hash := func(s string) string { return s[:strings.Index(s, ":")] }
	if hash(h[0]) != hash(h[2]) || hash(h[0]) == hash(h[1]) || hash(h[3]) != hash(h[0]) {
		t.Errorf("hashes %v: one rule and one line text (white space aside) must share a hash, another rule not", h)
	}
	if !strings.HasSuffix(h[0], ":1") || !strings.HasSuffix(h[2], ":2") || !strings.HasSuffix(h[3], ":3") {
		t.Errorf("occurrence counts %v", h)
	}
}
