package engine

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// vowelRule flags every word that starts with a vowel: many findings, cheap.
type vowelRule struct{}

func (vowelRule) ID() string                     { return "vowel" }
func (vowelRule) Doc() lint.RuleDoc              { return lint.RuleDoc{Title: "t", Text: "t", Bad: "a", Good: "b"} }
func (vowelRule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (vowelRule) Check(d *lint.Document) []lint.Finding {
	var out []lint.Finding
	for _, w := range lint.Words(d.Text, lint.Span{Start: 0, End: len(d.Text)}) {
		if strings.ContainsRune("aeiouAEIOU", rune(d.Text[w.Start])) {
			out = append(out, lint.Finding{Span: w.Span(), Message: "vowel"})
		}
	}
	return out
}

type panicRule struct{ vowelRule }

func (panicRule) ID() string                          { return "boom" }
func (panicRule) Check(*lint.Document) []lint.Finding { panic("bad index") }

func sources(n int) []Source {
	var srcs []Source
	for i := 0; i < n; i++ {
		srcs = append(srcs, Source{Path: fmt.Sprintf("doc%03d.md", i), Data: []byte(fmt.Sprintf("# Title %d\n\nAn apple is on the table, %d of them.\n", i, i))})
	}
	return srcs
}

func TestRunIsDeterministicAcrossWorkers(t *testing.T) {
	srcs := sources(50)
	one := (&Linter{Rules: []lint.Rule{vowelRule{}}, Jobs: 1}).Run(srcs)
	many := (&Linter{Rules: []lint.Rule{vowelRule{}}, Jobs: 8}).Run(srcs)
	if !reflect.DeepEqual(one, many) {
		t.Fatal("results differ between 1 and 8 workers")
	}
	if len(one[0].Diagnostics) != 5 || one[0].Diagnostics[0].Rule != "vowel" || one[0].Diagnostics[0].Severity != lint.SeverityWarning {
		t.Errorf("unexpected diagnostics: %+v", one[0].Diagnostics)
	}
}

func TestSeverityOverrideAndPanic(t *testing.T) {
	srcs := sources(2)
	res := (&Linter{Rules: []lint.Rule{vowelRule{}}, Severity: map[string]lint.Severity{"vowel": lint.SeverityError}}).Run(srcs)
	if res[0].Diagnostics[0].Severity != lint.SeverityError {
		t.Errorf("override not applied")
	}
	res = (&Linter{Rules: []lint.Rule{vowelRule{}, panicRule{}}}).Run(srcs)
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

// weakRule reports its findings on words of digits below its severity.
type weakRule struct{ vowelRule }

func (weakRule) ID() string { return "weak" }
func (weakRule) Check(d *lint.Document) []lint.Finding {
	fs := vowelRule{}.Check(d)
	for i := range fs {
		fs[i].Severity = lint.SeverityInfo
	}
	return append(fs, lint.Finding{Span: lint.Span{Start: 0, End: 1}, Message: "loud", Severity: lint.SeverityError})
}

func TestRuleMayLowerNotRaiseSeverity(t *testing.T) {
	res := (&Linter{Rules: []lint.Rule{weakRule{}}}).Run(sources(1))
	for _, d := range res[0].Diagnostics {
		want := lint.SeverityInfo
		if d.Message == "loud" {
			want = lint.SeverityWarning // the rule's severity caps it
		}
		if d.Severity != want {
			t.Errorf("%q: severity %v, want %v", d.Message, d.Severity, want)
		}
	}
}

func TestLangByPath(t *testing.T) {
	l := &Linter{Lang: "en"}
	d, _ := l.parse(Source{Path: "i18n/de/docs/intro.md"}, []byte("x\n"))
	if d.Lang != "de" || !d.LangByPath {
		t.Errorf("i18n/de: lang %q, by path %v", d.Lang, d.LangByPath)
	}
	d, _ = l.parse(Source{Path: "index.de.md"}, []byte("---\nlang: fr\n---\nx\n"))
	if d.LangByPath {
		t.Error("a declaration in front matter is not the path's")
	}
}

// originalLangRule reports the language of the document's original.
type originalLangRule struct{ vowelRule }

func (originalLangRule) ID() string { return "original-lang" }
func (originalLangRule) Check(d *lint.Document) []lint.Finding {
	if d.Original == nil {
		return nil
	}
	return []lint.Finding{{Span: lint.Span{Start: 0, End: 1}, Message: "original in " + d.Original.Lang}}
}

// An original's language is what it declares, else what the run knows
// of it (Source.OriginalLang), else nothing: never the translations'
// default language.
func TestOriginalLang(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	plain := write("plain.md", "# Заголовок\n\nТекст.\n")
	declared := write("declared.md", "---\nlang: be\n---\n# Загаловак\n")
	l := &Linter{Rules: []lint.Rule{originalLangRule{}}, Lang: "en"}
	for _, c := range []struct{ orig, lang, want string }{
		{plain, "", "original in "},
		{plain, "uk", "original in uk"},
		{declared, "uk", "original in be"},
	} {
		res := l.Run([]Source{{Path: "t.md", Data: []byte("# Title\n\nText.\n"), Original: c.orig, OriginalLang: c.lang}})[0]
		if res.Err != nil || len(res.Diagnostics) != 1 || res.Diagnostics[0].Message != c.want {
			t.Errorf("original %s, run's language %q: %v %+v, want %q", c.orig, c.lang, res.Err, res.Diagnostics, c.want)
		}
	}
}
