package fix

import (
	"errors"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
)

func ed(s, e int, n string) lint.Edit { return lint.Edit{Span: lint.Span{Start: s, End: e}, New: n} }

func TestApply(t *testing.T) {
	src := []byte("0123456789")
	cases := []struct {
		fixes [][]lint.Edit
		want  string
		n     int
	}{
		{[][]lint.Edit{{ed(1, 3, "ab")}, {ed(5, 6, "")}}, "0ab3467890"[:9], 2},
		{[][]lint.Edit{{ed(1, 3, "x")}, {ed(2, 4, "y")}}, "0x3456789", 1},                 // overlap: the later one is skipped
		{[][]lint.Edit{{ed(8, 9, "Z"), ed(0, 1, "A")}, {ed(0, 2, "B")}}, "A1234567Z9", 1}, // whole fix or nothing, ordered by first offset
		{[][]lint.Edit{{ed(3, 3, "+")}, {ed(3, 3, "-")}}, "012+3456789", 1},               // two insertions at one place
		{[][]lint.Edit{{ed(3, 5, "")}, {ed(5, 5, "!")}}, "012!56789", 2},                  // insertion right after a deletion
		{[][]lint.Edit{{ed(1, 2, "a"), ed(1, 3, "b")}, {ed(9, 12, "")}}, "0123456789", 0}, // invalid fixes are skipped
		{nil, "0123456789", 0},
	}
	for i, c := range cases {
		out, _, n := Apply(src, c.fixes)
		if string(out) != c.want || n != c.n {
			t.Errorf("case %d: got %q (%d fixes), want %q (%d)", i, out, n, c.want, c.n)
		}
	}
	if string(src) != "0123456789" {
		t.Errorf("Apply changed its input: %q", src)
	}
}

// TestApplyKeepsOtherBytes checks, on random edits, that every byte outside
// the applied spans is copied unchanged and in order.
func TestApplyKeepsOtherBytes(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	for iter := 0; iter < 500; iter++ {
		src := make([]byte, 50+rng.Intn(200))
		for i := range src {
			src[i] = byte('a' + rng.Intn(26))
		}
		var fixes [][]lint.Edit
		for k := rng.Intn(8); k > 0; k-- {
			s := rng.Intn(len(src))
			e := min(s+rng.Intn(6), len(src))
			fixes = append(fixes, []lint.Edit{ed(s, e, strings.Repeat("#", rng.Intn(3)))})
		}
		out, applied, _ := Apply(src, fixes)
		// Walk the output: outside bytes must match src; edits must show New.
		o, prev := 0, 0
		for _, e := range applied {
			if e.Start < prev {
				t.Fatalf("applied edits overlap: %v", applied)
			}
			if string(out[o:o+e.Start-prev]) != string(src[prev:e.Start]) {
				t.Fatalf("bytes before %d changed", e.Start)
			}
			o += e.Start - prev
			if string(out[o:o+len(e.New)]) != e.New {
				t.Fatalf("edit %v not applied", e)
			}
			o += len(e.New)
			prev = e.End
		}
		if string(out[o:]) != string(src[prev:]) {
			t.Fatalf("tail changed")
		}
	}
}

// relinter lints bytes with the doubled-word test rule.
func relinter(l *engine.Linter) Relint {
	return func(src []byte) ([][]lint.Edit, error) {
		res := l.Run([]engine.Source{{Path: "a.txt", Data: src}})[0]
		return Fixes(res.Diagnostics), res.Err
	}
}

func TestLoop(t *testing.T) {
	l := &engine.Linter{Rules: []lint.Rule{linttest.DoubledWord{}, linttest.Marker{}}, Jobs: 1}
	src := []byte("Title\n\nThe the the the cat sat on on the mat. XXX stays.\nNothing here.\n")
	fixes, err := relinter(l)(src)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Loop(src, fixes, relinter(l))
	if err != nil {
		t.Fatal(err)
	}
	want := "Title\n\nThe cat sat on the mat. XXX stays.\nNothing here.\n"
	if string(res.Output) != want {
		t.Errorf("got %q\nwant %q", res.Output, want)
	}
	if res.Passes < 2 {
		t.Errorf("a tripled word needs a second pass; passes = %d", res.Passes)
	}
	left, _ := relinter(l)(res.Output)
	if len(left) != 0 {
		t.Errorf("fixable findings left: %v", left)
	}
}

// endless offers a fix that never ends: Loop must stop after MaxPasses.
func TestLoopBounded(t *testing.T) {
	calls := 0
	relint := func(src []byte) ([][]lint.Edit, error) {
		calls++
		return [][]lint.Edit{{ed(0, 0, "x")}}, nil
	}
	res, err := Loop([]byte("a"), [][]lint.Edit{{ed(0, 0, "x")}}, relint)
	if err != nil {
		t.Fatal(err)
	}
	if res.Passes != MaxPasses || len(res.Output) != 1+MaxPasses {
		t.Errorf("passes %d, output %q", res.Passes, res.Output)
	}
}

func TestUnified(t *testing.T) {
	a := "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n"
	b := "one\ntwo 2\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\n"
	want := `--- a.md
+++ a.md
@@ -1,5 +1,5 @@
 one
-two
+two 2
 three
 four
 five
@@ -9,4 +9,3 @@
 nine
 ten
 eleven
-twelve
`
	if got := Unified("a.md", "a.md", []byte(a), []byte(b)); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := Unified("a", "b", []byte(a), []byte(a)); got != "" {
		t.Errorf("equal texts: %q", got)
	}
}

// TestUnifiedRoundTrip applies random diffs back with a small patcher.
func TestUnifiedRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for iter := 0; iter < 300; iter++ {
		var a, b []string
		for i := rng.Intn(40); i > 0; i-- {
			l := strconv.Itoa(rng.Intn(5)) + "\n"
			a = append(a, l)
			switch rng.Intn(6) {
			case 0:
			case 1:
				b = append(b, "new\n", l)
			case 2:
				b = append(b, "changed\n")
			default:
				b = append(b, l)
			}
		}
		if rng.Intn(3) == 0 {
			b = append(b, "no newline")
		}
		if rng.Intn(4) == 0 && len(a) > 0 {
			a[len(a)-1] = strings.TrimSuffix(a[len(a)-1], "\n")
			if rng.Intn(2) == 0 && len(b) > 0 {
				b[len(b)-1] = strings.TrimSuffix(b[len(b)-1], "\n")
			}
		}
		as, bs := strings.Join(a, ""), strings.Join(b, "")
		d := Unified("x", "x", []byte(as), []byte(bs))
		if got := patch(t, as, d); got != bs {
			t.Fatalf("round trip failed\nold %q\nnew %q\ngot %q\ndiff:\n%s", as, bs, got, d)
		}
	}
}

func patch(t *testing.T, old, diff string) string {
	if diff == "" {
		return old
	}
	a := splitLines(old)
	var out []string
	pos := 0
	lines := strings.Split(strings.TrimSuffix(diff, "\n"), "\n")[2:]
	for i, l := range lines {
		switch {
		case strings.HasPrefix(l, "@@"):
			var sa, na, sb, nb int
			f := strings.Fields(l)
			parse := func(s string, start, n *int) {
				p, q, ok := strings.Cut(s[1:], ",")
				*start, _ = strconv.Atoi(p)
				*n = 1
				if ok {
					*n, _ = strconv.Atoi(q)
				}
			}
			parse(f[1], &sa, &na)
			parse(f[2], &sb, &nb)
			from := sa - 1
			if na == 0 {
				from = sa
			}
			out = append(out, a[pos:from]...)
			pos = from
		case strings.HasPrefix(l, `\`):
			// The line before had no line break: drop the one added to it,
			// unless it was a removed line (not part of out).
			if prev := lines[i-1]; prev[0] != '-' {
				out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], "\n")
			}
		case l[0] == ' ':
			out = append(out, a[pos])
			pos++
		case l[0] == '-':
			pos++
		case l[0] == '+':
			out = append(out, l[1:]+"\n")
		}
	}
	out = append(out, a[pos:]...)
	return strings.Join(out, "")
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := os.WriteFile(p, []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("new")); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(p)
	b, _ := os.ReadFile(p)
	if string(b) != "new" || st.Mode().Perm() != 0o640 {
		t.Errorf("got %q mode %v", b, st.Mode().Perm())
	}
	// A failing rename leaves the original intact and no temporary file.
	rename = func(string, string) error { return errors.New("disk full") }
	defer func() { rename = os.Rename }()
	if err := WriteFile(p, []byte("newer")); err == nil || err.Error() != "disk full" {
		t.Errorf("err = %v", err)
	}
	b, _ = os.ReadFile(p)
	ents, _ := os.ReadDir(dir)
	if string(b) != "new" || len(ents) != 1 {
		t.Errorf("after a failed write: %q, %d files in the folder", b, len(ents))
	}
	rename = os.Rename
	// Through a symbolic link: the target changes, the link stays a link.
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(p, link); err != nil {
		t.Skip(err)
	}
	if err := WriteFile(link, []byte("via link")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "via link" {
		t.Errorf("target: %q", b)
	}
	if st, _ := os.Lstat(link); st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced by a file")
	}
	if err := WriteFile(filepath.Join(dir, "missing.md"), nil); err == nil {
		t.Error("writing a missing file must fail")
	}
}

func TestIsTempAndLeftover(t *testing.T) {
	for name, want := range map[string]bool{
		".a.md.translint-123": true, ".a.md.translint-": false, "a.md.translint-1": false,
		".a.md.translint-12x": false, ".translint-1": false, ".notes.translint-0042": true,
	} {
		if IsTemp(name) != want {
			t.Errorf("IsTemp(%q) = %v", name, !want)
		}
	}
	dir := t.TempDir()
	orig := filepath.Join(dir, "a.md")
	tmp := filepath.Join(dir, ".a.md.translint-77")
	orphan := filepath.Join(dir, ".b.md.translint-77")
	for _, p := range []string{orig, tmp, orphan} {
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	if Leftover(tmp, now) {
		t.Error("a temporary file just written may belong to a run under way")
	}
	later := now.Add(StaleAfter + time.Second)
	if !Leftover(tmp, later) {
		t.Error("an old temporary file next to its file is left over")
	}
	if Leftover(orphan, later) {
		t.Error("a file named like ours without the file it was for is not ours to delete")
	}
}
