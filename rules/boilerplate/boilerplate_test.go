package boilerplate

import (
	"fmt"
	"sort"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/textkey"
)

func check(t *testing.T, r *Rule, name, src string) []string {
	t.Helper()
	d, err := read.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range r.Check(d) {
		out = append(out, d.SrcOf(f.Span))
	}
	return out
}

const body = "The council approved the new budget on Tuesday after a debate that lasted more than six hours.\n\n" +
	"Opposition members said the plan cut too deeply into spending on libraries and public swimming pools.\n\n"

func TestPacks(t *testing.T) {
	ps, err := BuiltinPhrases()
	if err != nil {
		t.Fatal(err)
	}
	perFile := map[string]int{}
	for _, n := range []string{"en", "ru", "uk", "de", "fr", "es"} {
		b, err := packFiles.ReadFile("packs/" + n + ".txt")
		if err != nil {
			t.Fatalf("no %s pack: %v", n, err)
		}
		p, err := parsePack(n, string(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range p {
			if x.Kind == KindLine || x.Kind == KindStart || x.Kind == KindLabel || x.Kind == KindList {
				perFile[n]++
			}
		}
	}
	for n, c := range perFile {
		if c < 25 {
			t.Errorf("pack %s has only %d chrome phrases", n, c)
		}
	}
	for _, p := range ps {
		// one word is too little to call a whole paragraph chrome
		if p.Kind == KindStart && !strings.Contains(textkey.Normalize(p.Text), " ") {
			t.Errorf("start phrase %q has a single word", p.Text)
		}
	}
	if len(ps) < 500 {
		t.Errorf("only %d phrases in all packs", len(ps))
	}
}

func TestParsePhrase(t *testing.T) {
	for in, want := range map[string]Phrase{
		"Visit our shop":        {Kind: KindLine, Text: "Visit our shop"},
		"start: We use cookies": {Kind: KindStart, Text: "We use cookies"},
		"label: Share this:":    {Kind: KindLabel, Text: "Share this:"},
		"Note: read this":       {Kind: KindLine, Text: "Note: read this"},
	} {
		got, err := ParsePhrase(in)
		if err != nil || got != want {
			t.Errorf("ParsePhrase(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, bad := range []string{"", "line: ...", "---"} {
		if _, err := ParsePhrase(bad); err == nil {
			t.Errorf("ParsePhrase(%q): want an error", bad)
		}
	}
	if _, err := New(Options{Phrases: []string{"start: ?!"}}); err == nil {
		t.Error("New accepted a phrase without words")
	}
}

func TestBlockLevelOnly(t *testing.T) {
	r := Default()
	for _, src := range []string{
		"The parser now refuses to read more than maxSize bytes from one request.\n\n" + body,
		body + "Readers can read more about the plan on the council's website, where the full budget is published.\n",
		body + "Share prices of the two companies rose after the announcement on Friday.\n",
		body + "\"Subscribe to our newsletter,\" the message said, and it arrived every day.\n",
		body + "> Share this: the words the campaign printed on every leaflet it sent out.\n",
		// text without spaces between words is not a run of one-word widgets
		body + "市议会周二批准了新的预算。\n\n反对派表示该计划削减了图书馆的开支。\n\n预算将于明年一月生效。\n",
		// a short last paragraph and a signature are article text
		body + "The vote is final.\n\nJane Doe\n",
	} {
		if got := check(t, r, "a.md", src); len(got) > 0 {
			t.Errorf("flagged prose %q in\n%s", got, src)
		}
	}
}

func TestPhrases(t *testing.T) {
	r := Default()
	for _, tc := range []struct{ src, want string }{
		{body + "Exit mobile version\n", "Exit mobile version"},
		{body + "Read also: The mayor resigns after a year in office\n\n" + body, "Read also: The mayor resigns after a year in office"},
		{body + "Читайте также\n", "Читайте также"},
		{body + "Підписуйтесь на наш канал у Telegram\n\n" + body, "Підписуйтесь на наш канал у Telegram"},
		{body + "Folgen Sie uns auf Instagram\n\n" + body, "Folgen Sie uns auf Instagram"},
		{body + "Tous droits réservés.\n", "Tous droits réservés."},
		{body + "Síguenos en Twitter\n\n" + body, "Síguenos en Twitter"},
	} {
		got := check(t, r, "a.txt", tc.src)
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("got %q, want [%q]", got, tc.want)
		}
	}
}

func TestExtraPhrases(t *testing.T) {
	src := body + "Visit our partner store\n\n" + body
	if got := check(t, Default(), "a.txt", src); len(got) != 0 {
		t.Fatalf("default rule flagged %q", got)
	}
	r, err := New(Options{Phrases: []string{"Visit our partner store"}})
	if err != nil {
		t.Fatal(err)
	}
	if got := check(t, r, "a.txt", src); len(got) != 1 || got[0] != "Visit our partner store" {
		t.Errorf("extra phrase: got %q", got)
	}
}

// applyFix applies the fixes of all findings to src.
func applyFix(t *testing.T, r *Rule, name, src string) string {
	t.Helper()
	d, err := read.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var edits []lint.Edit
	for _, f := range r.Check(d) {
		edits = append(edits, f.Fix...)
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].Start > edits[j].Start })
	out := src
	prev := len(src) + 1
	for _, e := range edits {
		if e.End > prev {
			t.Fatalf("overlapping edits in %q", src)
		}
		out = out[:e.Start] + e.New + out[e.End:]
		prev = e.Start
	}
	return out
}

func TestTitleSuffixInsideChrome(t *testing.T) {
	// the title line is the site's name, deleted whole: no second fix inside it
	src := "Daily Courier Online – News\n\nDaily Courier Online – News\n\nFerry service to the islands resumes\n\n" + body
	if got := applyFix(t, Default(), "a.txt", src); got != "Ferry service to the islands resumes\n\n"+body {
		t.Errorf("got %q", got)
	}
}

func TestFix(t *testing.T) {
	r := Default()
	for _, tc := range []struct{ name, src, want string }{
		{"a.md", body + "Share this:\n\nExit mobile version\n", strings.TrimSuffix(body, "\n")},
		{"a.md", "First paragraph of the story, long enough to count as article prose for the rule.\n\nShare this:\n\nSecond paragraph of the story.\n",
			"First paragraph of the story, long enough to count as article prose for the rule.\n\nSecond paragraph of the story.\n"},
		{"a.txt", body + "Exit mobile version", strings.TrimSuffix(body, "\n")},
		{"a.md", "# Council approves the budget – Politics\n\n" + body, "# Council approves the budget\n\n" + body},
		{"a.html", "<h1>Budget</h1>\n<p>" + strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p>\n<p>") + "</p>\n<p>Share this:</p>\n",
			"<h1>Budget</h1>\n<p>" + strings.ReplaceAll(strings.TrimSpace(body), "\n\n", "</p>\n<p>") + "</p>\n"},
	} {
		if got := applyFix(t, r, tc.name, tc.src); got != tc.want {
			t.Errorf("fix of\n%q\ngot\n%q\nwant\n%q", tc.src, got, tc.want)
		}
	}
}

func run(t *testing.T, r *Rule, docs []string) [][]string {
	t.Helper()
	var srcs []engine.Source
	for i, d := range docs {
		srcs = append(srcs, engine.Source{Path: fmt.Sprintf("a%d.md", i), Data: []byte(d)})
	}
	l := &engine.Linter{Rules: []lint.Rule{r}, Jobs: 2}
	var out [][]string
	for _, res := range l.Run(srcs) {
		if res.Err != nil {
			t.Fatal(res.Err)
		}
		var ex []string
		for _, d := range res.Diagnostics {
			ex = append(ex, d.Excerpt)
		}
		out = append(out, ex)
	}
	return out
}

func article(i int, extra string) string {
	return fmt.Sprintf("---\ntitle: \"Council story number %d\"\n---\n\nBy Jane Doe, Reuters\n\nMarch 3, 2024\n\n"+
		"Paragraph %d of a story about the council and the budget, which is long enough to be prose.\n\n"+
		"Another paragraph %d that closes the story with a sentence of its own.\n\n%s", i, i, i, extra)
}

func TestCorpusLearning(t *testing.T) {
	shared := "Visit our partner store for more great deals\n\n"
	docs := []string{article(0, shared), article(1, shared), article(2, shared), article(3, "")}
	got := run(t, Default(), docs)
	for i := 0; i < 3; i++ {
		if len(got[i]) != 1 || got[i][0] != strings.TrimSpace(shared) {
			t.Errorf("file %d: got %q, want the shared line", i, got[i])
		}
	}
	if len(got[3]) != 0 {
		t.Errorf("file 3: got %q", got[3])
	}
	// two files are not enough by default, enough with min-files 2
	if got := run(t, Default(), docs[:2]); len(got[0])+len(got[1]) != 0 {
		t.Errorf("two files: got %q", got)
	}
	r, _ := New(Options{MinFiles: 2})
	if got := run(t, r, docs[:2]); len(got[0]) != 1 || len(got[1]) != 1 {
		t.Errorf("min-files 2: got %q", got)
	}
	off, _ := New(Options{MinFiles: -1})
	if off.UsesCorpus() {
		t.Error("min-files -1 still uses the corpus")
	}
	if got := run(t, off, docs); len(got[0]) != 0 {
		t.Errorf("corpus off: got %q", got[0])
	}
}

func TestCorpusKeepsArticleParts(t *testing.T) {
	// bylines, datelines, titles, headings, author names and lists whose
	// items are not all shared recur without being chrome
	var docs []string
	for i := 0; i < 4; i++ {
		docs = append(docs, fmt.Sprintf("# Weekly market report\n\nBy Jane Doe, Reuters\n\nMarch 3, 2024\n\nJane Doe\n\n"+
			"Prices of wheat and maize moved in opposite directions this week, report %d says.\n\n## Outlook\n\n"+
			"- Wheat\n- Maize %d\n\nThe next report is due in a week, after the harvest figures for item %d.\n", i, i, i))
	}
	for i, fs := range run(t, Default(), docs) {
		if len(fs) != 0 {
			t.Errorf("file %d: got %q", i, fs)
		}
	}
}

func TestConfigure(t *testing.T) {
	base := Default()
	got, err := base.Configure(map[string]any{"phrases": []any{"start: Visit our partner"}, "min-files": 4})
	if err != nil {
		t.Fatal(err)
	}
	r := got.(*Rule)
	if r.minFiles != 4 || base.minFiles != DefaultMinFiles {
		t.Errorf("min-files: configured %d, base %d", r.minFiles, base.minFiles)
	}
	src := body + "Visit our partner store for more great deals\n\n" + body
	if n := len(check(t, r, "a.txt", src)); n != 1 {
		t.Errorf("configured phrase: %d findings, want 1", n)
	}
	if n := len(check(t, base, "a.txt", src)); n != 0 {
		t.Errorf("base rule changed by Configure: %d findings", n)
	}
	// the extra phrases extend the packs, they do not replace them
	packed := body + "Exit mobile version\n"
	if n, want := len(check(t, r, "a.txt", packed)), len(check(t, base, "a.txt", packed)); n != want || n == 0 {
		t.Errorf("built-in phrase with extra phrases: %d findings, want %d (> 0)", n, want)
	}
	for _, bad := range []map[string]any{
		{"phrases": "Visit"}, {"phrases": []any{1}}, {"phrases": []any{"..."}},
		{"min-files": 1}, {"min-files": "3"}, {"min-files": 2.5}, {"colour": 1},
	} {
		if _, err := base.Configure(bad); err == nil {
			t.Errorf("Configure(%v): want an error", bad)
		}
	}
}

// keyProbe checks, as a rule of a corpus run, that the keys the corpus pass
// hands over give each unit and block the key of its own text.
type keyProbe struct {
	t        *testing.T
	withKeys atomic.Int32 // documents are checked on several goroutines
}

func (*keyProbe) ID() string                     { return "key-probe" }
func (*keyProbe) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (*keyProbe) Doc() lint.RuleDoc              { return lint.RuleDoc{} }
func (*keyProbe) UsesCorpus() bool               { return true }
func (p *keyProbe) Check(doc *lint.Document) []lint.Finding {
	k := newCorpusKeys(doc)
	if len(k.keys.Lines) > 0 {
		p.withKeys.Add(1)
	}
	us := buildUnits(doc, builtinMatcher(), new(scratch))
	for i := range us {
		u := &us[i]
		if got, want := k.unit(u), textkey.Of(doc.Text[u.Start:u.End]); got != want {
			p.t.Errorf("%s: unit %q: key %x, want %x", doc.Path, doc.Text[u.Start:u.End], got, want)
		}
	}
	for i, b := range doc.Blocks {
		if got, want := k.block(i), textkey.Of(doc.Text[b.Start:b.End]); got != want {
			p.t.Errorf("%s: block %q: key %x, want %x", doc.Path, doc.Text[b.Start:b.End], got, want)
		}
	}
	return nil
}

func TestCorpusKeysOfUnits(t *testing.T) {
	docs := map[string]string{
		"a.md":   "# Title here\n\nA paragraph\nsoft-wrapped over two lines.\n\n- Item one\n- Item two\n\n> Quoted line\n",
		"b.html": "<html><body><p>Share this</p><p>Follow us</p>\n<ul><li>Read also</li><li>Другое</li></ul>\n<p>Ünïcödé — «text» here</p></body></html>\n",
		"c.txt":  "Title\r\n\r\nA line with CRLF.\r\n  indented line  \r\n",
	}
	var srcs []engine.Source
	for name, src := range docs {
		srcs = append(srcs, engine.Source{Path: name, Data: []byte(src)})
	}
	p := &keyProbe{t: t}
	(&engine.Linter{Rules: []lint.Rule{p}}).Run(srcs)
	if n := int(p.withKeys.Load()); n != len(docs) {
		t.Errorf("keys kept for %d documents, want %d", n, len(docs))
	}
}

func messages(t *testing.T, r *Rule, name, src string) []lint.Finding {
	t.Helper()
	d, err := read.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	// as the engine does: the declared language, or the run's
	if d.Lang = langid.Normalize(d.DeclaredLang); d.Lang == "" {
		d.Lang = "en"
	}
	return r.Check(d)
}

func TestForeignChromeNamesLanguage(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"a.txt", body + "Compartir\n", "in Spanish"},
		{"a.txt", body + "Udostępnij\n", "in Polish"},
		{"a.txt", body + "Ascultă Radio Valea Live\n", "in Romanian"},
		{"a.txt", body + "Share this:\n", ""},
		// chrome in the document's own language names none
		{"a.md", "---\nlang: es\n---\n\n" + body + "Compartir\n", ""},
	} {
		fs := messages(t, Default(), tc.name, tc.src)
		if len(fs) != 1 {
			t.Errorf("%q: got %d findings, want 1", tc.src, len(fs))
			continue
		}
		m := fs[0].Message
		if tc.want == "" && (strings.Contains(m, "in Spanish") || strings.Contains(m, "in English")) {
			t.Errorf("%q: message %q names a language", tc.src, m)
		}
		if tc.want != "" && !strings.Contains(m, tc.want) {
			t.Errorf("%q: message %q, want it to say %q", tc.src, m, tc.want)
		}
	}
}

func TestShapeFindingsOfferNoFix(t *testing.T) {
	// chrome found by shape alone is reported without a fix; a pack
	// phrase at the bottom is fixed
	for _, tc := range []struct {
		src string
		fix bool
	}{
		{body + "Nice view pic.twitter.com/abc123 — Jo Reed (@joreed) May 2, 2024\n", false},
		{"Home › World › Europe\n\n" + body, false},
		{body + "← Older story about the harbour\n", false},
		{body + "Join our Telegram channel\n", true},
		{body + "Watch the whole interview on YouTube.\n", false},
		{body + "Share this:\n", true},
	} {
		fs := messages(t, Default(), "a.txt", tc.src)
		if len(fs) != 1 {
			t.Errorf("%q: got %d findings, want 1", tc.src, len(fs))
			continue
		}
		if got := len(fs[0].Fix) > 0; got != tc.fix {
			t.Errorf("%q: fix %v, want %v", tc.src, got, tc.fix)
		}
	}
}

func TestFixKeepsGeneratorMarkup(t *testing.T) {
	// chrome next to site-generator markup is reported, and the fix that
	// would take the markup's line with it is withheld
	for _, src := range []string{
		body + "Share this: {{< icons >}}\n",
		body + "{% include share.html %} Share this:\n",
	} {
		d, err := read.Parse("a.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range Default().Check(d) {
			for _, e := range f.Fix {
				if holdsGeneratorMarkup([]byte(src[e.Start:e.End])) {
					t.Errorf("%q: the fix deletes generator markup: %q", src, src[e.Start:e.End])
				}
			}
		}
	}
	if got := applyFix(t, Default(), "a.md", body+"Share this:\n\n{{< related >}}\n"); !strings.Contains(got, "{{< related >}}") {
		t.Errorf("fix lost the shortcode: %q", got)
	}
}

func TestFixTakesWholeLinesOfWholeBlocks(t *testing.T) {
	// a fix never leaves markup behind nor cuts a paragraph: chrome-like
	// text in a heading, in a link of a list, or ending a wrapped paragraph
	// may be reported, but the text stays
	for _, src := range []string{
		body + "## Share this\n\nThe next part of the page explains the sharing settings of the site in full.\n",
		body + "* [Share this](/share/)\n* [Print](/print/)\n",
		body + "Readers who want the weekly summary can ask for it by mail, and the\nShare this:\n",
	} {
		if got := applyFix(t, Default(), "a.md", src); got != src {
			t.Errorf("fix of\n%q\nchanged it to\n%q", src, got)
		}
	}
}

func TestFixOfInlineChrome(t *testing.T) {
	r := Default()
	teaser := "The harbour board of Lindmere met on Tuesday to weigh three plans for the winter timetable and could not agree ..."
	for _, tc := range []struct{ name, src, want string }{
		// the arrow and the link go, with the space before them
		{"a.txt", teaser + " → Continue reading\n\n" + body, teaser + "\n\n" + body},
		// a Markdown link keeps its text: its brackets would be left behind
		{"a.md", teaser + " [Continue reading](https://example.org/a)\n\n" + body, teaser + " [Continue reading](https://example.org/a)\n\n" + body},
		// the icon, the bar and one space
		{"a.txt", "⚓ | Ferry crew wins the rowing race\n\n" + body, "Ferry crew wins the rowing race\n\n" + body},
	} {
		if got := applyFix(t, r, tc.name, tc.src); got != tc.want {
			t.Errorf("fix of\n%q\ngot\n%q\nwant\n%q", tc.src, got, tc.want)
		}
	}
}

func TestNamedIn(t *testing.T) {
	for _, c := range []struct {
		text, surname string
		given         []string
		want          bool
	}{
		{"The mayor met Anna Berg on Monday.", "Berg", []string{"anna"}, true},
		{"Berg's book sold out in a week.", "Berg", []string{"anna"}, true},
		{"The film is by Ingmar Bergman and Berger.", "Berg", []string{"anna"}, false},
		{"Reporting by Anna Berg; editing by Tom Hale.", "Berg", []string{"anna"}, false},
		{"Reporting by Anna Berg, who met Berg's sister.", "Berg", []string{"anna"}, true},
		{"Ein Bericht von Anna Berg aus Kiel.", "Berg", []string{"anna"}, false},
		{"the berg of ice", "Berg", nil, false},
	} {
		got := namedIn([]byte(c.text), lint.Span{End: len(c.text)}, []byte(c.surname), c.given)
		if got != c.want {
			t.Errorf("namedIn(%q, %q) = %v, want %v", c.text, c.surname, got, c.want)
		}
	}
}
