package droppedname

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
)

func check(t *testing.T, src string) (*lint.Document, []lint.Finding) {
	t.Helper()
	doc, err := read.Parse("article.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	doc.Lang = "en"
	return doc, New().Check(doc)
}

// para wraps a sentence into a short article: a title and a paragraph.
func para(s string) string {
	return "Some headline about the news\n\n" + s + "\n"
}

func TestFlags(t *testing.T) {
	cases := []struct {
		text, excerpt, message string
	}{
		{"The coroner called the conduct of deceptive and that she was leaving.", "the conduct of deceptive", `after "the conduct of"`},
		{"She had been working for the , but declined to say more.", "working for the ,", `after "working for the"`},
		{"She had been trading with , but declined to say more.", "been trading with ,", `after "been trading with"`},
		{"The -TRAKSO prints a short extract of the letter.", "The -TRAKSO", `before "-TRAKSO"`},
		{"In a trade that is rarely seen as modern, grows, this is one of its secrets.", "modern, grows,", `subject of "grows"`},
		{"Many died of the coronavirus. wrote about this on Monday.", "coronavirus. wrote", `subject of "wrote"`},
		{"At the start of  he owned a small bakery by the harbour.", "the start of  he", `after "the start of"`},
		{"For questions, advise us at: or call the office.", "advise us at:", `after "advise us at"`},
		{"The regulator of Korean Internet (, the agency) fined three companies.", "Internet (,", "empty brackets"},
		{"The ministry () said the rules would apply from July.", "ministry ()", "empty brackets"},
		{"The newspaper « » was sold on Friday to a group of investors.", "newspaper « »", "empty quotes"},
		{`The newspaper "" was sold on Friday to a group of investors.`, `newspaper ""`, "empty quotes"},
		{"Officials said the army had killed 40 fighters in with government troops overnight.", "40 fighters in with", `between "in" and "with"`},
		{"It was stated that in the newsletter of the provincial museum the third part of the catalogue.", "stated that in the newsletter of the provincial museum the third part of the catalogue", `after "stated that" has no verb`},
		{"The head of said that the talks would resume next week.", "The head of said", `after "The head of"`},
		{"The governor of the region, , said that the evacuation was complete.", "region, ,", "between the commas"},
		{"According to , the company lost a third of its value.", "According to ,", `after "According to"`},
		{"The spokesman for the ministry  said that nobody was hurt.", "for the ministry  said", `before "said"`},
		{"The agreement was signed by and the French president on Tuesday.", "was signed by and", `after "was signed by"`},
		{"He noted that the situation with is extremely difficult.", "the situation with is", `after "the situation with"`},
		{"wrote about this on Monday, adding that clinics would open on Saturdays.", "wrote", "start of the paragraph"},
		{"How he learned to sail and why he gave up the sea for good, he explained in a conversation with", "a conversation with", "end of the paragraph"},
	}
	for _, c := range cases {
		doc, fs := check(t, para(c.text))
		if len(fs) != 1 {
			t.Errorf("%q: want 1 finding, got %d: %+v", c.text, len(fs), fs)
			continue
		}
		if got := doc.SrcOf(fs[0].Span); got != c.excerpt {
			t.Errorf("%q: excerpt %q, want %q", c.text, got, c.excerpt)
		}
		if !strings.Contains(fs[0].Message, c.message) {
			t.Errorf("%q: message %q does not say %q", c.text, fs[0].Message, c.message)
		}
	}
}

func TestLeavesAlone(t *testing.T) {
	for _, text := range []string{
		"OSLO (Reuters) -Mirek Halvan said on Friday that his firm had complied.",
		"Temperatures will fall to -5 °C overnight, and the figures for 2019-2024 confirm the trend.",
		"The case is indicative of a wider problem. The problem is complex, she said.",
		"Of course, the resort has had fewer visitors of late, at least in January.",
		`"We saw the... the water coming in," said one resident. "It was the …" she stopped.`,
		"Observers called for free and fair elections and for the release of political and civil rights activists.",
		"Nobody knew what he was afraid of. The people he worked with, however, remember him.",
		"His family lived in with his grandparents. The matter was dealt with by the council.",
		"Teams are split into groups a, b and c.  Each group then plays a round.",
		"The well-known coach Jean-Claude Moreau said the format was fair.",
		"The mayor said that the construction of the new bridge across the river would start in May.",
		"Visitors can borrow up to ten books, and at least two rooms are reserved for students.",
		"He came, saw, and conquered. She reads, writes, and speaks three languages.",
		"Do not add the usual .exe suffix to the .dll file.",
		"Send your tips to the editors at: tips@example.com",
		"There are arguments for and against the reform, and by and large the public is divided.",
		"The man he worked with said he was honest. What she was afraid of was the silence.",
		"The only thing we want the new rules for is to protect savers. It is a matter of will.",
		"The plan was drawn up by and for local residents. Prices with and without tax are shown.",
		"More than 2,000 residents voted in  the city's first online poll.",
		"The opposition called the plan unrealistic,, and said it would vote against it.",
	} {
		doc, fs := check(t, para(text))
		for _, f := range fs {
			t.Errorf("%q: unexpected finding %q: %s", text, doc.SrcOf(f.Span), f.Message)
		}
	}
}

func TestListBullets(t *testing.T) {
	doc, fs := check(t, "Changes on Monday\n\n- Buses run every ten minutes.\n-Trains leave from platform 4.\n* Night trams run on Fridays.\n")
	for _, f := range fs {
		t.Errorf("unexpected finding %q: %s", doc.SrcOf(f.Span), f.Message)
	}
}

// checkRecovery lints src and wants one finding per suggestion, in order,
// each pointing at the first occurrence of name as its related location.
func checkRecovery(t *testing.T, src, name string, suggestions ...string) []lint.Finding {
	t.Helper()
	doc, fs := check(t, src)
	if len(fs) != len(suggestions) {
		t.Fatalf("want %d findings, got %d: %+v", len(suggestions), len(fs), fs)
	}
	at := strings.Index(src, name)
	for i, f := range fs {
		if f.Suggestion != suggestions[i] {
			t.Errorf("%q: suggestion %q, want %q", doc.SrcOf(f.Span), f.Suggestion, suggestions[i])
		}
		if len(f.Related) != 1 || f.Related[0].Start != at || doc.SrcOf(f.Related[0].Span) != name {
			t.Errorf("%q: related %+v, want %q at %d", doc.SrcOf(f.Span), f.Related, name, at)
		}
	}
	return fs
}

func TestRecoveryFromTeaser(t *testing.T) {
	src := "Vienna auditor called the conduct of dubious and said that she res…\n\n" +
		"Vienna auditor called the conduct of Teodor Brask dubious and said that she res...\n\n" +
		"Vienna auditor called the conduct of deceptive and said that she was resigning from the board.\n"
	// the title and the body both lost the name; the teaser has it. Each
	// suggestion edits its own sentence: the body keeps "deceptive".
	checkRecovery(t, src, "Teodor Brask", "the conduct of Teodor Brask dubious", "the conduct of Teodor Brask deceptive")
}

func TestAlignmentAlone(t *testing.T) {
	src := "Flood waters recede in the south\n\n" +
		"Prime Minister Ivan Sokol visited the flooded villages near the river on Sunday morning\n\n" +
		"Prime Minister visited the flooded villages near the river on Sunday morning and promised help.\n"
	fs := checkRecovery(t, src, "Ivan Sokol", "Prime Minister Ivan Sokol visited")
	if want := strings.Index(src, "Prime Minister visited"); fs[0].Start != want || fs[0].End != want+len("Prime Minister visited") {
		t.Errorf("span %+v, want \"Prime Minister visited\" at %d", fs[0].Span, want)
	}
}

// A name one copy has and the other lacks is no hole by itself when no
// title or rank stands before it: writers shorten their own sentences.
func TestAlignmentAloneNeedsTitle(t *testing.T) {
	for _, src := range []string{
		"Shops expect demand for a second Christmas tree this winter\n\nThis winter shops expect demand for a second tree in the living room, said one of the growers.\n",
		"Readers rated the Zephyr tablet highly\n\nIn a survey last month readers rated the tablet highly for its battery life and its screen.\n",
		"Intro\n\n- Enable the Stage 3 Foldable Maps proposal for the new parser and its plugin\n- Enable the Stage 3 proposal for the new parser and its plugin\n",
	} {
		doc, fs := check(t, src)
		for _, f := range fs {
			t.Errorf("unexpected finding %q: %s", doc.SrcOf(f.Span), f.Message)
		}
	}
}

// A headline that names a person by role only abridges the body; it has not
// lost the name.
func TestAbridgedHeadline(t *testing.T) {
	doc, fs := check(t, "Finance minister presents the budget to parliament on Tuesday\n\n"+
		"Finance Minister Olga Petrova presents the budget to parliament on Tuesday, promising more money for roads.\n")
	for _, f := range fs {
		t.Errorf("unexpected finding %q: %s", doc.SrcOf(f.Span), f.Message)
	}
}

func TestOtherLanguages(t *testing.T) {
	doc, err := read.Parse("a.txt", []byte(para("The ministry () said so.")))
	if err != nil {
		t.Fatal(err)
	}
	doc.Lang = "fr"
	if fs := New().Check(doc); len(fs) != 0 {
		t.Errorf("rule ran on a French document: %+v", fs)
	}
}

func TestTagger(t *testing.T) {
	for w, want := range map[string]bool{"indicative": true, "exemplary": true, "dangerous": true, "initiative": false, "library": false, "student": false, "course": false} {
		if got := isAdjective(w); got != want {
			t.Errorf("isAdjective(%q) = %v", w, got)
		}
	}
	for w, want := range map[string]bool{"develops": true, "wrote": true, "announced": true, "expands": true, "apples": false, "elections": false, "says": true} {
		if got := isFiniteVerb(w); got != want {
			t.Errorf("isFiniteVerb(%q) = %v", w, got)
		}
	}
}

// TestConcurrentChecks runs the rule on one document from several
// goroutines (the engine does so on different documents); with -race it
// shows that Check shares no mutable state.
func TestConcurrentChecks(t *testing.T) {
	src := para("The head of said that the conduct of deceptive and the ministry () were working for the , but not more.")
	_, want := check(t, src)
	if len(want) == 0 {
		t.Fatal("the sample has no finding")
	}
	done := make(chan []lint.Finding)
	for g := 0; g < 8; g++ {
		go func() {
			doc, err := read.Parse("article.txt", []byte(src))
			if err != nil {
				done <- nil
				return
			}
			doc.Lang = "en"
			done <- New().Check(doc)
		}()
	}
	for g := 0; g < 8; g++ {
		if fs := <-done; len(fs) != len(want) {
			t.Errorf("concurrent run: %d findings, want %d", len(fs), len(want))
		}
	}
}

// lowText lower-cases exactly the ASCII capitals, whatever the alignment
// and whatever the neighbouring bytes (UTF-8 sequences included).
func TestLowText(t *testing.T) {
	alphabet := []string{"A", "Z", "a", "z", "@", "[", "`", "{", " ", "É", "é", "Я", "\x80", "\xff", "\xc1", "\xda", "M"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 5000; n++ {
		var b []byte
		for k := r.Intn(40); k > 0; k-- {
			b = append(b, alphabet[r.Intn(len(alphabet))]...)
		}
		want := make([]byte, len(b))
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			want[i] = c
		}
		if got := lowText(b); got != string(want) {
			t.Fatalf("lowText(%q) = %q, want %q", b, got, want)
		}
	}
}

// lowered gives the lower-cased text of any span, in any order, however
// long, and holds one window at a time for spans in order.
func TestLoweredWindows(t *testing.T) {
	text := []byte(strings.Repeat("Harbour Ferry to VELL resumes. ", 3*lowWindowBytes/31+5))
	whole := lowText(text)
	l := &lowered{text: text}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		s := r.Intn(len(text) + 1)
		e := s + r.Intn(len(text)-s+1)
		if n%3 == 0 {
			e = min(len(text), s+r.Intn(200)) // short, as blocks are
		}
		if got := l.of(lint.Span{Start: s, End: e}); got != whole[s:e] {
			t.Fatalf("span [%d, %d): got %d bytes, not the lower-cased text", s, e, len(got))
		}
	}
	l = &lowered{text: text}
	for s := 0; s < len(text); s += 100 {
		l.of(lint.Span{Start: s, End: min(len(text), s+100)})
		if len(l.s) > lowWindowBytes {
			t.Fatalf("window of %d bytes for spans of 100", len(l.s))
		}
	}
}

// Past maxContextHoles holes, a document's holes are still all reported,
// but the name is looked for elsewhere only for the first ones (a document
// with that many holes is no article, and each search scans it whole).
func TestContextSearchBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("Agency reports on the case\n\nThe agency was working for the Northern Grain Board on the case.\n")
	n := maxContextHoles + 6
	for i := range n {
		fmt.Fprintf(&b, "\nIn report %d the agency said it was working for the , but officials declined to comment.\n", i)
	}
	_, fs := check(t, b.String())
	if len(fs) != n {
		t.Fatalf("%d findings, want %d", len(fs), n)
	}
	with := 0
	for _, f := range fs {
		if f.Suggestion != "" {
			with++
		}
	}
	if with != maxContextHoles || fs[0].Suggestion != "working for the Northern Grain Board," {
		t.Errorf("%d findings with a suggestion (want %d); first: %q", with, maxContextHoles, fs[0].Suggestion)
	}
}

// dedupe keeps one hole per offset among overlapping spans, keeps holes at
// other offsets, and keeps a later hole at the same offset that does not
// overlap the kept one.
func TestDedupe(t *testing.T) {
	sp := func(a, b int) lint.Span { return lint.Span{Start: a, End: b} }
	got := dedupe([]hole{
		{span: sp(30, 40), at: 35},
		{span: sp(0, 10), at: 5, message: "first"},
		{span: sp(2, 12), at: 5, message: "same hole"},
		{span: sp(4, 9), at: 8},
		{span: sp(50, 60), at: 5, message: "apart"},
	})
	var msgs []string
	for _, h := range got {
		msgs = append(msgs, fmt.Sprintf("%d-%d@%d%s", h.span.Start, h.span.End, h.at, h.message))
	}
	if want := "0-10@5first 4-9@8 30-40@35 50-60@5apart"; strings.Join(msgs, " ") != want {
		t.Errorf("dedupe: %s, want %s", strings.Join(msgs, " "), want)
	}
	// the result equals the pairwise definition on many holes
	hs := denseHoles(3000)
	var want []hole
	sorted := append([]hole(nil), hs...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].span.Start < sorted[j].span.Start })
	for _, h := range sorted {
		dup := false
		for _, o := range want {
			if o.span.Overlaps(h.span) && o.at == h.at {
				dup = true
			}
		}
		if !dup {
			want = append(want, h)
		}
	}
	if got := dedupe(hs); len(got) != len(want) {
		t.Errorf("dedupe of %d holes kept %d, the pairwise rule keeps %d", len(hs), len(got), len(want))
	}
}

// The name a hole lost, recovered from the original, is inserted in the
// nominative; a name whose case its words leave open is quoted from the
// original and not inserted. The related location is the inflected name
// in the original either way.
func TestSourceNameInNominative(t *testing.T) {
	cases := []struct{ src, name, tgt, insert, quote string }{
		{"Совет назвал план Марины Лаптевой разумным и хочет получить новые данные от службы порта.", "Марины Лаптевой",
			"The council called the plan of reasonable and wants new data from the port office.",
			"the plan of Marina Lapteva reasonable", `"Marina Lapteva" (Марины Лаптевой)`},
		{"Рада заявила, що працює з Тарасом Мельником, але дати ще немає.", "Тарасом Мельником",
			"The council said that it was working with the , but there is no date yet.",
			"working with the Taras Melnyk,", `"Taras Melnyk" (Тарасом Мельником)`},
		{"Совет назвал план Евгения Лаптева разумным и хочет получить новые данные от службы порта.", "Евгения Лаптева",
			"The council called the plan of reasonable and wants new data from the port office.",
			"", "the source has Евгения Лаптева here"},
	}
	for _, c := range cases {
		lang, vote := "ru", "В мае 2027 года будет голосование по этому плану."
		if strings.ContainsAny(c.src, "іїєґ") {
			lang, vote = "uk", "У травні 2027 року буде голосування щодо цього плану."
		}
		src := "---\nlang: " + lang + "\n---\n# Заголовок\n\n" + c.src + "\n\n" + vote + "\n"
		doc, err := read.Parse("t.md", []byte("# A headline\n\n"+c.tgt+"\n\nIn May 2027 there will be a vote on this plan.\n"))
		if err != nil {
			t.Fatal(err)
		}
		doc.Lang = "en"
		if doc.Original, err = read.Parse("s.md", []byte(src)); err != nil {
			t.Fatal(err)
		}
		fs := New().Check(doc)
		if len(fs) != 1 {
			t.Fatalf("%s: want one finding, got %+v", c.name, fs)
		}
		f := fs[0]
		if f.Suggestion != c.insert || !strings.Contains(f.Message, c.quote) {
			t.Errorf("%s: suggestion %q, message %q; want %q and %q", c.name, f.Suggestion, f.Message, c.insert, c.quote)
		}
		if len(f.Related) == 0 || doc.Original.SrcOf(f.Related[len(f.Related)-1].Span) != c.name {
			t.Errorf("%s: related %+v, want the inflected name in the original", c.name, f.Related)
		}
	}
}
