package lint

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// vowelRule flags every word that starts with a vowel: many findings, cheap.
type vowelRule struct{}

func (vowelRule) ID() string                { return "vowel" }
func (vowelRule) Doc() RuleDoc              { return RuleDoc{Title: "t", Text: "t", Bad: "a", Good: "b"} }
func (vowelRule) DefaultSeverity() Severity { return SeverityWarning }
func (vowelRule) Check(d *Document) []Finding {
	var out []Finding
	for _, w := range Words(d.Text, Span{0, len(d.Text)}) {
		if strings.ContainsRune("aeiouAEIOU", rune(d.Text[w.Start])) {
			out = append(out, Finding{Span: w.Span(), Message: "vowel"})
		}
	}
	return out
}

type panicRule struct{ vowelRule }

func (panicRule) ID() string                { return "boom" }
func (panicRule) Check(*Document) []Finding { panic("bad index") }

func sources(n int) []Source {
	var srcs []Source
	for i := 0; i < n; i++ {
		srcs = append(srcs, Source{Path: fmt.Sprintf("doc%03d.md", i), Data: []byte(fmt.Sprintf("# Title %d\n\nAn apple is on the table, %d of them.\n", i, i))})
	}
	return srcs
}

func TestRunIsDeterministicAcrossWorkers(t *testing.T) {
	srcs := sources(50)
	one := (&Linter{Rules: []Rule{vowelRule{}}, Jobs: 1}).Run(srcs)
	many := (&Linter{Rules: []Rule{vowelRule{}}, Jobs: 8}).Run(srcs)
	if !reflect.DeepEqual(one, many) {
		t.Fatal("results differ between 1 and 8 workers")
	}
	if len(one[0].Diagnostics) != 5 || one[0].Diagnostics[0].Rule != "vowel" || one[0].Diagnostics[0].Severity != SeverityWarning {
		t.Errorf("unexpected diagnostics: %+v", one[0].Diagnostics)
	}
}

func TestSeverityOverrideAndPanic(t *testing.T) {
	srcs := sources(2)
	res := (&Linter{Rules: []Rule{vowelRule{}}, Severity: map[string]Severity{"vowel": SeverityError}}).Run(srcs)
	if res[0].Diagnostics[0].Severity != SeverityError {
		t.Errorf("override not applied")
	}
	res = (&Linter{Rules: []Rule{vowelRule{}, panicRule{}}}).Run(srcs)
	for _, r := range res {
		if r.Err == nil || !strings.Contains(r.Err.Error(), "rule boom panicked") {
			t.Errorf("%s: want a panic error, got %v", r.Path, r.Err)
		}
	}
}

func TestLangResolution(t *testing.T) {
	l := &Linter{Lang: "de"}
	d, _ := l.parse(Source{Path: "a.md"}, []byte("---\nlang: fr-FR\n---\nx\n"))
	if d.Lang != "fr" {
		t.Errorf("declared lang should win: %q", d.Lang)
	}
	d, _ = l.parse(Source{Path: "a.md"}, []byte("x\n"))
	if d.Lang != "de" {
		t.Errorf("run default: %q", d.Lang)
	}
	l.Lang = "en"
	for path, want := range map[string]string{"docs/index.de.md": "de", "post.pt-br.html": "pt", "notes.v2.md": "en", "report.final.txt": "en", "a.uk.txt": "uk"} {
		d, _ = l.parse(Source{Path: path}, []byte("x\n"))
		if d.Lang != want {
			t.Errorf("%s: lang %q, want %q", path, d.Lang, want)
		}
	}
	d, _ = l.parse(Source{Path: "index.de.md"}, []byte("---\nlang: fr\n---\nx\n"))
	if d.Lang != "fr" {
		t.Errorf("front matter wins over the file name: %q", d.Lang)
	}
}

func TestSentences(t *testing.T) {
	text := []byte("Dr. Smith met Mr. J. Doe in the U.S. on Jan. 5. He said “yes.” Then he left… It means… Done!")
	var got []string
	for _, s := range Sentences(text, Span{0, len(text)}) {
		got = append(got, string(text[s.Start:s.End]))
	}
	want := []string{"Dr. Smith met Mr. J. Doe in the U.S. on Jan. 5.", "He said “yes.”", "Then he left…", "It means…", "Done!"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
