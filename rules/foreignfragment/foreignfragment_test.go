package foreignfragment

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/read"
)

func parse(t testing.TB, text string) *lint.Document {
	t.Helper()
	doc, err := read.Parse("article.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	doc.Lang = "en"
	return doc
}

func excerpts(doc *lint.Document, fs []lint.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, doc.SrcOf(f.Span))
	}
	return out
}

const cleanArticle = `City council approves new cycling lanes

The city council on Tuesday approved a plan to build 40 kilometres of protected cycling lanes over the next three years.

The transport committee said the lanes would connect the main railway station with the university campus. Work on the first section is expected to begin in April, and the mayor said the network would be finished by 2027.
`

// An article without candidates must not touch the detector (no model is
// loaded), and neither must fragments in a script with one language.
func TestNoCandidatesNoDetector(t *testing.T) {
	for _, text := range []string{
		cleanArticle,
		cleanArticle + "\nThe ferry crews said: Η απεργία θα συνεχιστεί μέχρι την Παρασκευή.\n",
		cleanArticle + "\n기사 공유하기\n",
		cleanArticle + "\nPresident Zelensky (Зеленський) spoke to reporters.\n",
	} {
		fake := &langid.Fake{}
		r := New()
		r.Detector = fake
		r.Check(parse(t, text))
		w := NewWrongLanguage()
		w.FF.Detector = fake
		w.Check(parse(t, text))
		if fake.Calls() != 0 {
			t.Errorf("detector called %d times for %q", fake.Calls(), text[len(cleanArticle):])
		}
	}
}

// The detector confirms same-script candidates: when it says the target
// language, nothing is reported; what it names is in the message.
func TestDetectorConfirmsAndNames(t *testing.T) {
	text := "The senator said the measure was needed because die Zahl der Wohnungen stark gestiegen ist, which pushed up rents.\n"
	var seen []string
	var mu sync.Mutex
	for _, lang := range []string{"en", "de", "nl"} {
		fake := &langid.Fake{Func: func(s string, cands []string) langid.Result {
			mu.Lock()
			seen = cands
			mu.Unlock()
			return langid.Result{Lang: lang, Confidence: 0.9, Margin: 0.8}
		}}
		r := New()
		r.Detector = fake
		doc := parse(t, text)
		fs := r.Check(doc)
		if fake.Calls() != 1 {
			t.Fatalf("%s: detector called %d times, want 1", lang, fake.Calls())
		}
		if !slices.Contains(seen, "en") || !slices.Contains(seen, "de") {
			t.Errorf("candidates %v should hold the target and German", seen)
		}
		if lang == "en" {
			if len(fs) != 0 {
				t.Errorf("detector said English, still got %v", excerpts(doc, fs))
			}
			continue
		}
		if len(fs) != 1 || doc.SrcOf(fs[0].Span) != "die Zahl der Wohnungen stark gestiegen ist" {
			t.Fatalf("%s: got %v", lang, excerpts(doc, fs))
		}
		want := "untranslated " + langid.Name(lang) + " text"
		if !strings.HasPrefix(fs[0].Message, want) {
			t.Errorf("message %q, want prefix %q", fs[0].Message, want)
		}
		if !strings.Contains(fs[0].Suggestion, "translate") || len(fs[0].Fix) != 0 {
			t.Errorf("suggestion %q, fix %v: must suggest, never fix", fs[0].Suggestion, fs[0].Fix)
		}
	}
}

func TestOneFindingPerFragmentTrimmed(t *testing.T) {
	doc := parse(t, "This decision was taken quietly [после долгих переговоров с соседями]but farmers welcomed it.\n")
	fs := New().Check(doc)
	got := excerpts(doc, fs)
	if len(got) != 1 || got[0] != "после долгих переговоров с соседями" {
		t.Fatalf("got %q", got)
	}
	if fs[0].Message != `untranslated Russian text: "после долгих переговоров с соседями"` {
		t.Errorf("message %q", fs[0].Message)
	}
}

func TestGlossesOption(t *testing.T) {
	text := "President Volodymyr Zelensky (Володимир Зеленський) met the delegation; the slogan 共同富裕 (common prosperity) was repeated.\n"
	if fs := New().Check(parse(t, text)); len(fs) != 0 {
		t.Errorf("glosses flagged: %v", excerpts(parse(t, text), fs))
	}
	r := New()
	r.Glosses = false
	doc := parse(t, text)
	got := excerpts(doc, r.Check(doc))
	if !slices.Equal(got, []string{"Володимир Зеленський", "共同富裕"}) {
		t.Errorf("glosses off: got %q", got)
	}
}

func TestAllowOption(t *testing.T) {
	text := "The council acted [после долгих переговоров с соседями] and the banner read Слава Україні across the square.\n"
	r := New()
	r.Allow = []string{"/после \\S+ переговоров с соседями/", "слава україні"}
	doc := parse(t, text)
	if fs := r.Check(doc); len(fs) != 0 {
		t.Errorf("allowed terms flagged: %q", excerpts(doc, fs))
	}
	r = New()
	r.Allow = []string{"/[invalid/"}
	if fs := r.Check(doc); len(fs) != 2 {
		t.Errorf("an invalid pattern must allow nothing; got %q", excerpts(doc, fs))
	}
}

func TestMinWords(t *testing.T) {
	text := "The minister said the plan was fine, mais nous sommes prudents, and left.\n"
	fake := &langid.Fake{Func: func(string, []string) langid.Result { return langid.Result{Lang: "fr", Confidence: 1, Margin: 1} }}
	r := New()
	r.Detector = fake
	doc := parse(t, text)
	if got := excerpts(doc, r.Check(doc)); !slices.Equal(got, []string{"mais nous sommes prudents"}) {
		t.Errorf("got %q", got)
	}
	r = New()
	r.Detector = fake
	r.MinWords = 5
	if got := excerpts(doc, r.Check(doc)); len(got) != 0 {
		t.Errorf("min-words 5: got %q", got)
	}
}

func TestLanguagesOption(t *testing.T) {
	var cands []string
	fake := &langid.Fake{Func: func(_ string, c []string) langid.Result {
		cands = c
		return langid.Result{Lang: c[len(c)-1], Confidence: 1, Margin: 1}
	}}
	r := New()
	r.Detector = fake
	r.Languages = []string{"bg", "sr"}
	doc := parse(t, "The footer still read: Разработка на сайта от студио Пиксел.\n")
	fs := r.Check(doc)
	if len(fs) != 1 {
		t.Fatalf("got %q", excerpts(doc, fs))
	}
	for _, c := range cands {
		if c != "bg" && c != "sr" {
			t.Errorf("candidate %q outside the languages option %v", c, cands)
		}
	}
}

func TestLoanwordsAndNames(t *testing.T) {
	for _, text := range []string{
		"Many in Berlin felt a sense of déjà vu when the Bundestag debated the Zeitenwende and the old Ostpolitik.\n",
		"The siloviki never trusted the perestroika reformers, and the status quo held.\n",
		"Former prime minister José Luis Rodríguez Zapatero met Jean-Pierre de la Fontaine in Łódź.\n",
		"Stefanchuk arrived in Warsaw, where a banner read Стефанчук in large letters.\n",
		"Write to пресса@кремль.рф or follow #СлаваУкраїні for updates.\n",
	} {
		fake := &langid.Fake{Func: func(string, []string) langid.Result { return langid.Result{Lang: "fr", Confidence: 1, Margin: 1} }}
		r := New()
		r.Detector = fake
		doc := parse(t, text)
		if fs := r.Check(doc); len(fs) != 0 {
			t.Errorf("%q: flagged %q", text, excerpts(doc, fs))
		}
	}
}

func TestWrongLanguage(t *testing.T) {
	text := strings.Repeat("Правительство утвердило программу обновления пригородного транспорта до 2030 года. По словам министра, на линии выйдут новые электропоезда.\n\n", 4)
	doc := parse(t, text)
	w := NewWrongLanguage()
	fs := w.Check(doc)
	if len(fs) != 1 || fs[0].Span != doc.Blocks[0].Span {
		t.Fatalf("wrong-language: got %v", fs)
	}
	if fs[0].Message != "the article is in Russian, not English" {
		t.Errorf("message %q", fs[0].Message)
	}
	// foreign-fragment does not rely on wrong-language being on: it reports
	// the article once itself, on the same block, naming the language
	if ff := New().Check(doc); len(ff) != 1 || ff[0].Span != fs[0].Span || !strings.Contains(ff[0].Message, "Russian") {
		t.Errorf("foreign-fragment on a wrong-language article: got %v, want one finding on the first block", ff)
	}
	if fs := w.Check(parse(t, cleanArticle)); len(fs) != 0 {
		t.Errorf("clean article: %v", fs)
	}
}

// A page whose language only its path declares is reported below the
// rule's severity: an untranslated copy in a language folder.
func TestWrongLanguageDeclaredByPath(t *testing.T) {
	doc := parse(t, cleanArticle)
	doc.Lang, doc.DeclaredLang = "de", "de"
	if fs := NewWrongLanguage().Check(doc); len(fs) != 1 || fs[0].Severity != lint.SeverityUnset {
		t.Fatalf("declared in the document: got %v, want one finding at the rule's severity", fs)
	}
	doc.LangByPath = true
	fs := NewWrongLanguage().Check(doc)
	if len(fs) != 1 || fs[0].Severity != lint.SeverityWarning || !strings.Contains(fs[0].Message, "path declares German") {
		t.Fatalf("declared by the path: got %v, want one warning", fs)
	}
}

// foreign-fragment's findings on such a page are warnings too: a short
// copy that wrong-language leaves alone must not fail the build either.
func TestForeignFragmentDeclaredByPath(t *testing.T) {
	doc := parse(t, "The harbour app shows the ferry timetable for every quay, with the delays of the day.\n\n"+
		"Install it from the store, then choose your home quay in the settings of the app.\n")
	doc.Lang, doc.DeclaredLang = "de", "de"
	fs := New().Check(doc)
	if len(fs) == 0 {
		t.Fatal("no finding on English text of a German page")
	}
	for _, f := range fs {
		if f.Severity != lint.SeverityUnset {
			t.Fatalf("declared in the document: %v, want the rule's severity", f)
		}
	}
	doc.LangByPath = true
	for _, f := range New().Check(doc) {
		if f.Severity != lint.SeverityWarning {
			t.Fatalf("declared by the path: %v, want a warning", f)
		}
	}
}

func TestTransliterationHelpers(t *testing.T) {
	if !similar(transliterate("Зеленський"), foldLatin("Zelensky")) {
		t.Error("Зеленський ~ Zelensky")
	}
	if similar(transliterate("Министерство"), foldLatin("Minister")) {
		t.Error("Министерство is not Minister")
	}
	if transliterate("共同") != "" {
		t.Error("Han has no transliteration")
	}
}

// BenchmarkCleanArticleStartup is the first check of one clean article by a
// fresh rule: it must load no language model.
func BenchmarkCleanArticleStartup(b *testing.B) {
	src := []byte(cleanArticle)
	for i := 0; i < b.N; i++ {
		doc, _ := read.Parse("a.txt", src)
		doc.Lang = "en"
		New().Check(doc)
		NewWrongLanguage().Check(doc)
	}
}

func TestConfigure(t *testing.T) {
	base := New()
	got, err := base.Configure(map[string]any{
		"languages": []any{"ru", "uk"}, "min-words": 4, "allow": []any{"Слава Україні"}, "glosses": false,
	})
	if err != nil {
		t.Fatal(err)
	}
	r := got.(*Rule)
	if !slices.Equal(r.Languages, []string{"ru", "uk"}) || r.MinWords != 4 || r.Glosses || len(r.Allow) != 1 {
		t.Errorf("configured %+v", r)
	}
	if base.MinWords != 3 || !base.Glosses || base.Languages != nil {
		t.Errorf("Configure changed the receiver: %+v", base)
	}
	for _, bad := range []map[string]any{
		{"min-words": "three"}, {"min-words": 0}, {"glosses": "yes"}, {"languages": []any{1}}, {"colour": true},
		{"allow": []any{"fine", "/unclosed(group/"}}, {"allow": "/[z-a]/"},
	} {
		if _, err := New().Configure(bad); err == nil {
			t.Errorf("Configure(%v) accepted", bad)
		}
	}
	w, err := NewWrongLanguage().Configure(map[string]any{"languages": []any{"de"}})
	if err != nil || !slices.Equal(w.(*WrongLanguage).FF.Languages, []string{"de"}) {
		t.Errorf("wrong-language: %v %v", w, err)
	}
	if _, err := NewWrongLanguage().Configure(map[string]any{"min-words": 2}); err == nil {
		t.Error("wrong-language accepted min-words")
	}
}

// Workers share the rule, its compiled options, the scratch pool and the
// detector: the output must not depend on their number (run with -race).
func TestConcurrentWorkers(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*.*"))
	if err != nil || len(paths) == 0 {
		t.Fatal("no fixtures", err)
	}
	var srcs []engine.Source
	for _, p := range paths {
		if !strings.HasSuffix(p, ".want") {
			srcs = append(srcs, engine.Source{Path: p})
		}
	}
	rules := []lint.Rule{New(), NewWrongLanguage()}
	run := func(jobs int) string {
		var b strings.Builder
		for _, r := range (&engine.Linter{Rules: rules, Jobs: jobs}).Run(srcs) {
			for _, d := range r.Diagnostics {
				fmt.Fprintf(&b, "%s:%d:%d %s %s\n", r.Path, d.Start.Line, d.Start.Column, d.Rule, d.Message)
			}
		}
		return b.String()
	}
	one := run(1)
	if one == "" {
		t.Fatal("no findings at all")
	}
	for i := 0; i < 3; i++ {
		if got := run(4); got != one {
			t.Fatalf("4 workers differ from 1:\n%s\nvs\n%s", got, one)
		}
	}
}

// The language remembered for an article is keyed by its target and the
// languages option as well as by the article.
func TestDocLanguageMemoKey(t *testing.T) {
	text := strings.Repeat("Правительство утвердило программу обновления пригородного транспорта до 2030 года. По словам министра, на линии выйдут новые электропоезда.\n\n", 4)
	doc := parse(t, text)
	if fs := NewWrongLanguage().Check(doc); len(fs) != 1 {
		t.Fatalf("as English: got %v", fs)
	}
	only, err := NewWrongLanguage().Configure(map[string]any{"languages": []string{"uk"}})
	if err != nil {
		t.Fatal(err)
	}
	if fs := only.(lint.Checker).Check(doc); len(fs) != 1 || fs[0].Message != "the article is in Ukrainian, not English" {
		t.Errorf("languages [uk]: got %v", fs)
	}
	doc.Lang = "ru"
	if fs := NewWrongLanguage().Check(doc); len(fs) != 0 {
		t.Errorf("as Russian: got %v", fs)
	}
}

// TestRomanisedWord: a Slavic case ending and a romanised cluster before
// it; English words with one of the two, and names, are not romanised.
func TestRomanisedWord(t *testing.T) {
	for _, w := range []string{"razdrazhennymi", "pokhovanykh", "nadezhnyy", "ostorozhnogo", "prokhladnoyu", "vyshchiy", "zhenshchinami", "dorozhkakh"} {
		if !romanisedWord([]byte(w)) {
			t.Errorf("%s: not found", w)
		}
	}
	for _, w := range []string{
		"sashimi", "fortissimi", "sheikh", "shaykh", "triptych", "chanoyu", "employe", // English endings, no cluster
		"khaki", "kolkhoz", "siloviki", "zhuzhed", "marshmallow", "hryvnias", "oprichnina", // a cluster, no ending
		"gorodakh", "salami", "origami", "pastrami", // an ending, no cluster
		"ddmmyyyy", "xxyyyyyy", "zhaochengyi", "shehuizhuyi", // a placeholder, pinyin
		"Razdrazhennymi", "razdrazhen-nymi", "nadezhny", // a name, a hyphen, no ending
	} {
		if romanisedWord([]byte(w)) {
			t.Errorf("%s: found", w)
		}
	}
}

// endsLikeSlavic, the first test of romanisedWords, passes every word that
// ends in a Slavic case ending, and few others.
func TestEndsLikeSlavic(t *testing.T) {
	for _, e := range slavicEndings {
		w := []byte("prefix" + e)
		if !endsLikeSlavic(w, 0, len(w)) || romanisedEnding(w) == 0 {
			t.Errorf("%s: the ending -%s is not seen", w, e)
		}
	}
	for _, w := range []string{"prefixes", "question", "already", "the-end", "ending!", "ending{", "endingZ", "LONGWORD"} {
		if endsLikeSlavic([]byte(w), 0, len(w)) {
			t.Errorf("%s: taken for a Slavic ending", w)
		}
	}
}

// foreignDates skips a short ASCII word the packed table does not mark:
// the table must mark every month name of eight ASCII letters or fewer.
func TestPackedTableMarksShortMonthNames(t *testing.T) {
	n := 0
	for w := range months() {
		if k, ok := packWord([]byte(w)); ok {
			n++
			if tables().packed.get(k)&specialBit == 0 {
				t.Errorf("%s: not marked in the packed table", w)
			}
		}
	}
	if n == 0 {
		t.Error("no short ASCII month names")
	}
}
