package format_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/format"
)

type region struct {
	StartLine, StartColumn, EndLine, EndColumn int
	CharOffset, CharLength                     *int
	Snippet                                    *struct{ Text string }
}

type location struct {
	PhysicalLocation struct {
		ArtifactLocation struct{ URI string }
		Region           region
	}
}

// sarifLines splits a file the way SARIF counts lines.
func sarifLines(text string) []string {
	text = strings.TrimPrefix(text, "\ufeff")
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	if len(lines) > 1 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// checkRegion verifies a region against the file: lines and columns in
// range, and the snippet equal to the text both at the line/column region
// and at the code-point offset.
func checkRegion(t *testing.T, what string, uri string, r region) {
	t.Helper()
	path, err := url.PathUnescape(uri)
	if err != nil {
		t.Fatalf("%s: bad uri %q", what, uri)
	}
	data, err := os.ReadFile(filepath.Join(inputDir, path))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	lines := sarifLines(string(data))
	if r.StartLine < 1 || r.EndLine < r.StartLine || r.EndLine > len(lines) {
		t.Fatalf("%s: lines %d-%d out of 1-%d", what, r.StartLine, r.EndLine, len(lines))
	}
	first, last := []rune(lines[r.StartLine-1]), []rune(lines[r.EndLine-1])
	if r.StartColumn < 1 || r.StartColumn > len(first)+1 || r.EndColumn < 1 || r.EndColumn > len(last)+1 {
		t.Fatalf("%s: columns %d, %d out of range", what, r.StartColumn, r.EndColumn)
	}
	var found string
	if r.StartLine == r.EndLine {
		found = string(first[r.StartColumn-1 : r.EndColumn-1])
	} else {
		parts := []string{string(first[r.StartColumn-1:])}
		parts = append(parts, lines[r.StartLine:r.EndLine-1]...)
		found = strings.Join(append(parts, string(last[:r.EndColumn-1])), "\n")
	}
	snippet := ""
	if r.Snippet != nil {
		snippet = r.Snippet.Text
	}
	if strings.ReplaceAll(snippet, "\r\n", "\n") != found {
		t.Errorf("%s: snippet %q, file has %q", what, snippet, found)
	}
	if r.CharOffset == nil || r.CharLength == nil {
		t.Fatalf("%s: no charOffset/charLength", what)
	}
	all := []rune(strings.TrimPrefix(string(data), "\ufeff"))
	if got := string(all[*r.CharOffset : *r.CharOffset+*r.CharLength]); got != snippet {
		t.Errorf("%s: charOffset %d charLength %d give %q, snippet %q", what, *r.CharOffset, *r.CharLength, got, snippet)
	}
}

// TestSARIFRegionsMatchFiles re-checks every region of the golden report
// against the input files, independently of the formatter's arithmetic.
func TestSARIFRegionsMatchFiles(t *testing.T) {
	var buf bytes.Buffer
	if err := (format.SARIF{}).Format(&buf, goldenReport(t)); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			ColumnKind string
			Results    []struct {
				RuleID              string
				Locations           []location
				RelatedLocations    []location
				PartialFingerprints map[string]string
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if run.ColumnKind != "unicodeCodePoints" {
		t.Errorf("columnKind %q", run.ColumnKind)
	}
	if len(run.Results) < 10 {
		t.Fatalf("only %d results", len(run.Results))
	}
	related := 0
	for i, res := range run.Results {
		loc := res.Locations[0].PhysicalLocation
		checkRegion(t, res.RuleID, loc.ArtifactLocation.URI, loc.Region)
		for _, rl := range res.RelatedLocations {
			related++
			checkRegion(t, res.RuleID+" related", rl.PhysicalLocation.ArtifactLocation.URI, rl.PhysicalLocation.Region)
		}
		if res.PartialFingerprints[format.LineHashKey] == "" || res.PartialFingerprints[format.ContentHashKey] == "" {
			t.Errorf("result %d: fingerprints %v", i, res.PartialFingerprints)
		}
	}
	if related == 0 {
		t.Error("no related locations exercised")
	}
}

func TestEncodeURI(t *testing.T) {
	cases := map[string]string{
		"docs/a.md":           "docs/a.md",
		"новости/статья 1.md": "%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%81%D1%82%D0%B0%D1%82%D1%8C%D1%8F%201.md",
		"a%b#c?d:e.md":        "a%25b%23c%3Fd%3Ae.md",
		"../up/x_y~z-1.txt":   "../up/x_y~z-1.txt",
		"日本/🚀.html":           "%E6%97%A5%E6%9C%AC/%F0%9F%9A%80.html",
	}
	for in, want := range cases {
		if got := format.EncodeURI(in); got != want {
			t.Errorf("EncodeURI(%q) = %q, want %q", in, got, want)
		}
		if back, err := url.PathUnescape(format.EncodeURI(in)); err != nil || back != in {
			t.Errorf("%q does not decode back: %q, %v", in, back, err)
		}
	}
}

func TestGitHubEscaping(t *testing.T) {
	var buf bytes.Buffer
	if err := (format.GitHub{}).Format(&buf, goldenReport(t)); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, `::double space: "%25", a, b%0ASuggestion`) {
		t.Errorf("message not escaped:\n%s", out)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	rank := map[string]int{"::error": 3, "::warning": 2, "::notice": 1}
	prev := 4
	for _, l := range lines[:len(lines)-1] {
		lvl, _, _ := strings.Cut(l, " ")
		if rank[lvl] == 0 || rank[lvl] > prev {
			t.Errorf("out of order or not a command: %q", l)
		}
		prev = rank[lvl]
		props, _, _ := strings.Cut(strings.TrimPrefix(l, lvl+" "), "::")
		for _, p := range strings.Split(props, ",") {
			if k, v, ok := strings.Cut(p, "="); !ok || k == "" || strings.ContainsAny(v, ":,\n") {
				t.Errorf("bad property %q in %q", p, l)
			}
		}
	}
	if last := lines[len(lines)-1]; !strings.HasPrefix(last, "translint: 3 errors, 9 warnings, 8 infos in 4 files") {
		t.Errorf("summary line %q", last)
	}
}

func TestGitHubPropertiesAndLimit(t *testing.T) {
	var ds []engine.Diagnostic
	for i := 0; i < 12; i++ {
		ds = append(ds, engine.Diagnostic{Path: "a:b,c%.md", Rule: "r", Severity: lint.SeverityWarning, Message: "m\r\nx",
			Start: lint.Position{Line: i + 1, Column: 1}, End: lint.Position{Line: i + 1, Column: 2}, Excerpt: "x"})
	}
	ds = append(ds, engine.Diagnostic{Path: "a:b,c%.md", Rule: "r", Severity: lint.SeverityError, Message: "worst",
		Start: lint.Position{Line: 20, Column: 1}, End: lint.Position{Line: 20, Column: 2}})
	rep := &format.Report{Results: []engine.FileResult{{Path: "a:b,c%.md", Diagnostics: ds}, {Path: "gone.md", Err: errors.New("boom")}}}
	var buf bytes.Buffer
	if err := (format.GitHub{}).Format(&buf, rep); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	// Files that could not be linted first, then the most severe findings.
	if !strings.HasPrefix(lines[0], "::error file=gone.md,title=translint::cannot lint this file: boom") {
		t.Errorf("read error line %q", lines[0])
	}
	if want := "::error file=a%3Ab%2Cc%25.md,line=20,col=1,endLine=20,endColumn=2,title=r::worst"; lines[1] != want {
		t.Errorf("second line %q, want %q", lines[1], want)
	}
	if want := "::warning file=a%3Ab%2Cc%25.md,line=1,col=1,endLine=1,endColumn=2,title=r::m%0D%0Ax"; lines[2] != want {
		t.Errorf("third line %q, want %q", lines[2], want)
	}
	if last := lines[len(lines)-1]; !strings.Contains(last, "1 error, 12 warnings") || !strings.Contains(last, "first 10 annotations") {
		t.Errorf("summary %q", last)
	}
}

func TestSARIFLinksOnlyDocumentedRules(t *testing.T) {
	rep := goldenReport(t)
	rep.Documented = map[string]bool{"fake-english": true}
	var buf bytes.Buffer
	if err := (format.SARIF{}).Format(&buf, rep); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID, HelpURI string
						Help        struct{ Text string }
					}
				}
			}
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		linked := r.HelpURI != "" || strings.Contains(r.Help.Text, format.RulesDocURI)
		if linked != (r.ID == "fake-english") {
			t.Errorf("%s: helpUri %q, help %q", r.ID, r.HelpURI, r.Help.Text)
		}
	}
}

func TestSARIFCapsResultsPerRun(t *testing.T) {
	const warnings = format.SARIFMaxResults
	var diags []engine.Diagnostic
	pos := func(line int) lint.Position { return lint.Position{Line: line, Column: 1} }
	for i := 0; i < warnings; i++ {
		diags = append(diags, engine.Diagnostic{Rule: "r", Severity: lint.SeverityWarning, Message: "w", Start: pos(i + 1), End: pos(i + 1)})
	}
	// Ten errors at the end: the cap keeps them and drops ten warnings.
	for i := 0; i < 10; i++ {
		diags = append(diags, engine.Diagnostic{Rule: "r", Severity: lint.SeverityError, Message: "e", Start: pos(warnings + i + 1), End: pos(warnings + i + 1)})
	}
	rep := &format.Report{Results: []engine.FileResult{{Path: "no-such-file.md", Diagnostics: diags}}, Version: "1.0.0"}
	var buf bytes.Buffer
	if err := (format.SARIF{}).Format(&buf, rep); err != nil {
		t.Fatal(err)
	}
	var log struct {
		Runs []struct {
			Invocations []struct {
				ToolExecutionNotifications []struct {
					Level   string
					Message struct{ Text string }
				}
			}
			Results []struct{ Level string }
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	errs := 0
	for _, r := range run.Results {
		if r.Level == "error" {
			errs++
		}
	}
	if len(run.Results) != format.SARIFMaxResults || errs != 10 {
		t.Errorf("%d results with %d errors, want %d with all 10 errors", len(run.Results), errs, format.SARIFMaxResults)
	}
	n := run.Invocations[0].ToolExecutionNotifications
	if len(n) != 1 || n[0].Level != "warning" || !strings.Contains(n[0].Message.Text, "25010 results") {
		t.Errorf("notifications %+v", n)
	}
}
