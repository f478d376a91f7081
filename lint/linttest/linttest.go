// Package linttest checks rules against fixture articles, the way
// golang.org/x/tools/go/analysis/analysistest checks "// want" comments,
// except that the expectations live in a sidecar file so that the articles
// stay byte-identical to real ones.
//
// For every article NAME.md, NAME.txt, NAME.html (or .markdown, .htm) in a
// folder, NAME.EXT.want lists the expected findings, one a line:
//
//	LINE:COL RULE "EXACT EXCERPT" [/MESSAGE REGEXP/]
//
// LINE and COL are 1-based, COL counts Unicode code points, the excerpt is a
// Go-quoted string equal to the file's text at the finding's span, and the
// optional regular expression between slashes must match the message. Blank
// lines and lines starting with # are ignored. An article without a .want
// file must produce no finding at all (a negative case).
//
// An article with an original in the folder's source/ subfolder under the
// same name (dir/source/NAME.EXT) is linted as its translation
// (engine.Source.Original), for the rules that compare the two.
//
// A .want file may list findings of several rules: a run with some rules
// expects only the lines of those rules, and a run with all rules (RunAll)
// expects every line and nothing else.
package linttest

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/read"
)

// Want is one expected finding.
type Want struct {
	Line, Col int
	Rule      string
	Excerpt   string
	// Message, when set, must match the finding's message.
	Message *regexp.Regexp
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
		rest = strings.TrimSpace(rest)
		quoted, err := strconv.QuotedPrefix(rest)
		if err == nil {
			w.Excerpt, err = strconv.Unquote(quoted)
		}
		if err != nil {
			return nil, fmt.Errorf("%s:%d: excerpt must be a Go-quoted string: %v", path, n, err)
		}
		if pat := strings.TrimSpace(rest[len(quoted):]); pat != "" {
			if len(pat) < 2 || pat[0] != '/' || pat[len(pat)-1] != '/' {
				return nil, fmt.Errorf("%s:%d: a message pattern is written /REGEXP/", path, n)
			}
			if w.Message, err = regexp.Compile(pat[1 : len(pat)-1]); err != nil {
				return nil, fmt.Errorf("%s:%d: message pattern: %v", path, n, err)
			}
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
		if _, ok := read.Extensions[strings.ToLower(filepath.Ext(e.Name()))]; ok {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(out)
	return out, nil
}

// Original is the fixture original of the article at path, "" when it has
// none: the same name in the source/ subfolder of its folder.
func Original(path string) string {
	o := filepath.Join(filepath.Dir(path), "source", filepath.Base(path))
	if st, err := os.Stat(o); err == nil && !st.IsDir() {
		return o
	}
	return ""
}

// Diff lints one article with the linter and compares the diagnostics with
// the expectations; it returns one message per missing or unexpected finding.
func Diff(l *engine.Linter, path string, wants []Want) ([]string, error) {
	res := l.Run([]engine.Source{{Path: path, Original: Original(path)}})[0]
	if res.Err != nil {
		return nil, res.Err
	}
	running := map[string]bool{}
	for _, r := range l.Rules {
		running[r.ID()] = true
	}
	key := func(w Want) string { return w.String() }
	found := map[string][]string{} // key -> messages of the findings there
	for _, d := range res.Diagnostics {
		k := key(Want{Line: d.Start.Line, Col: d.Start.Column, Rule: d.Rule, Excerpt: d.Excerpt})
		found[k] = append(found[k], d.Message)
	}
	var msgs []string
	for _, w := range wants {
		if !running[w.Rule] {
			continue
		}
		k := key(w)
		ms := found[k]
		if len(ms) == 0 {
			if !folded(res.Diagnostics, w) {
				msgs = append(msgs, fmt.Sprintf("%s: missing finding %s", path, w))
			}
			continue
		}
		i := 0
		if w.Message != nil {
			for i < len(ms) && !w.Message.MatchString(ms[i]) {
				i++
			}
			if i == len(ms) {
				msgs = append(msgs, fmt.Sprintf("%s: finding %s: message %q does not match /%s/", path, w, ms[0], w.Message))
				i = 0
			}
		}
		found[k] = append(ms[:i:i], ms[i+1:]...)
	}
	for _, d := range res.Diagnostics {
		k := key(Want{Line: d.Start.Line, Col: d.Start.Column, Rule: d.Rule, Excerpt: d.Excerpt})
		if len(found[k]) > 0 {
			found[k] = found[k][1:]
			msgs = append(msgs, fmt.Sprintf("%s: unexpected finding %s: %s", path, k, d.Message))
		}
	}
	return msgs, nil
}

// folded reports whether the merge stage folded the expected finding into
// another one: it is then one of that finding's related locations, its rule
// named ("also RULE: message"), and still reported.
func folded(ds []engine.Diagnostic, w Want) bool {
	for _, d := range ds {
		for _, r := range d.Related {
			if r.Start.Line == w.Line && r.Start.Column == w.Col && r.Excerpt == w.Excerpt &&
				strings.HasPrefix(r.Message, "also "+w.Rule+": ") &&
				(w.Message == nil || w.Message.MatchString(strings.TrimPrefix(r.Message, "also "+w.Rule+": "))) {
				return true
			}
		}
	}
	return false
}

// Run checks every article of dir with the given rules. An article with no
// .want sidecar must produce no findings.
func Run(t *testing.T, dir string, rules ...lint.Rule) {
	t.Helper()
	RunWith(t, dir, &engine.Linter{Rules: rules, Jobs: 1})
}

// RunWith is Run with a linter of the caller's: all the built-in rules and
// their merge policy, say, to prove a fixture says all that all rules
// together report.
func RunWith(t *testing.T, dir string, l *engine.Linter) {
	t.Helper()
	arts, err := Articles(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) == 0 {
		t.Fatalf("%s: no fixture articles", dir)
	}
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
