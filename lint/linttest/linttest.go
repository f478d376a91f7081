// Package linttest checks rules against fixture articles, the way
// golang.org/x/tools/go/analysis/analysistest checks "// want" comments,
// except that the expectations live in a sidecar file so that the articles
// stay byte-identical to real ones.
//
// For every article NAME.md, NAME.txt, NAME.html (or .markdown, .htm) in a
// folder, NAME.EXT.want lists the expected findings, one a line:
//
//	LINE:COL RULE "EXACT EXCERPT"
//
// LINE and COL are 1-based, COL counts Unicode code points, the excerpt is a
// Go-quoted string equal to the file's text at the finding's span. Blank lines
// and lines starting with # are ignored. An article without a .want file must
// produce no finding at all (a negative case).
package linttest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// Want is one expected finding.
type Want struct {
	Line, Col int
	Rule      string
	Excerpt   string
}

func (w Want) String() string {
	return fmt.Sprintf("%d:%d %s %s", w.Line, w.Col, w.Rule, strconv.Quote(w.Excerpt))
}

// ParseWant reads a .want file.
func ParseWant(path string) ([]Want, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Want
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var w Want
		pos, rest, ok := strings.Cut(line, " ")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want LINE:COL RULE \"EXCERPT\"", path, n)
		}
		if _, err := fmt.Sscanf(pos, "%d:%d", &w.Line, &w.Col); err != nil {
			return nil, fmt.Errorf("%s:%d: bad position %q", path, n, pos)
		}
		w.Rule, rest, ok = strings.Cut(strings.TrimSpace(rest), " ")
		if !ok {
			return nil, fmt.Errorf("%s:%d: missing excerpt", path, n)
		}
		w.Excerpt, err = strconv.Unquote(strings.TrimSpace(rest))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: excerpt must be a Go-quoted string: %v", path, n, err)
		}
		out = append(out, w)
	}
	return out, sc.Err()
}

// Articles lists the fixture articles of dir, sorted.
func Articles(dir string) ([]string, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range ents {
		if e.IsDir() {
			continue
		}
		if _, ok := lint.Extensions[strings.ToLower(filepath.Ext(e.Name()))]; ok {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// Diff lints one article with the linter and compares the diagnostics with
// the expectations; it returns one message per missing or unexpected finding.
func Diff(l *lint.Linter, path string, wants []Want) ([]string, error) {
	res := l.Run([]lint.Source{{Path: path}})[0]
	if res.Err != nil {
		return nil, res.Err
	}
	var got []Want
	for _, d := range res.Diagnostics {
		got = append(got, Want{Line: d.Start.Line, Col: d.Start.Column, Rule: d.Rule, Excerpt: d.Excerpt})
	}
	key := func(w Want) string { return w.String() }
	count := map[string]int{}
	for _, g := range got {
		count[key(g)]++
	}
	var msgs []string
	for _, w := range wants {
		if count[key(w)] > 0 {
			count[key(w)]--
			continue
		}
		msgs = append(msgs, fmt.Sprintf("%s: missing finding %s", path, w))
	}
	for _, g := range got {
		if count[key(g)] > 0 {
			count[key(g)]--
			msgs = append(msgs, fmt.Sprintf("%s: unexpected finding %s", path, g))
		}
	}
	return msgs, nil
}

// Run checks every article of dir with the given rules. An article with no
// .want sidecar must produce no findings.
func Run(t *testing.T, dir string, rules ...lint.Rule) {
	t.Helper()
	arts, err := Articles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatalf("%s: no fixture articles", dir)
	}
	l := &lint.Linter{Rules: rules, Jobs: 1}
	for _, a := range arts {
		var wants []Want
		if _, err := os.Stat(a + ".want"); err == nil {
			if wants, err = ParseWant(a + ".want"); err != nil {
				t.Fatal(err)
			}
		}
		msgs, err := Diff(l, a, wants)
		if err != nil {
			t.Errorf("%s: %v", a, err)
			continue
		}
		for _, m := range msgs {
			t.Error(m)
		}
	}
}
