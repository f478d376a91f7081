package teaser

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/textkey"
)

func parse(t *testing.T, name, src string) *lint.Document {
	t.Helper()
	doc, err := read.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// A head's words are the document's words, and its keys textkey.Of's, on
// text mixing ASCII, other scripts, joiners and case.
func TestHeadKeysMatchLintWords(t *testing.T) {
	for _, text := range []string{
		"Don't stop the well-known rock’n’roll band in São Paulo — 2024's best!",
		"  leading space, trailing hyphen- and 'quoted' words ‐ ok",
		"Мер Одеси заявив, що місто відновить… 東京 ٢٠٢٤",
		"Путин сказал «нет»; it’s O‘Brien — x-ray 漢字 e\u0301te",
		"end- -start ' a'b’c 'quoted' A1b2",
		"a",
	} {
		doc := parse(t, "a.txt", text)
		all := lint.Span{End: len(doc.Text)}
		h := newHead(doc, lint.Block{Span: all}, 0, "lead")
		want := lint.Words(doc.Text, all)
		if h.n() != len(want) {
			t.Fatalf("%q: %d words, lint.Words has %d", text, h.n(), len(want))
		}
		// a prefix first, then all: the keys computed later continue the
		// earlier ones
		h.prefix(1)
		for i, k := range h.all() {
			if h.ws[i] != want[i] {
				t.Errorf("%q: word %d is %v, lint.Words says %v", text, i, h.ws[i].Span(), want[i].Span())
			}
			w := want[i]
			if k != textkey.Of(doc.Text[w.Start:w.End]) || h.key(i) != k {
				t.Errorf("%q: key of %q differs from textkey.Of", text, doc.TextOf(w.Span()))
			}
		}
		if b := h.bag(); len(b) != h.n() || !slices.IsSorted(b) {
			t.Errorf("%q: bag %v is not the keys sorted", text, b)
		}
	}
}

// Word keys fold case and the apostrophe, and keep words apart.
func TestWordKeys(t *testing.T) {
	key := func(s string) uint64 {
		doc := lint.NewDocument("x.txt", lint.FormatText, []byte(s))
		h := newHead(doc, lint.Block{Span: lint.Span{End: len(s)}}, 0, "lead")
		if h.n() != 1 {
			t.Fatalf("%q: %d words, want 1", s, h.n())
		}
		return h.key(0)
	}
	if key("Don’t") != key("don't") {
		t.Error("case and apostrophe should fold")
	}
	if key("ÉTÉ") != key("été") {
		t.Error("non-ASCII case should fold")
	}
	if key("ne") == key("negotiating") || key("don't") == key("dont") {
		t.Error("different words share a key")
	}
}

// Inline code is compared folded, and different code differs.
func TestCodeKey(t *testing.T) {
	key := func(s string) string {
		doc, err := read.Parse("a.md", []byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return codeKey(doc, lint.Span{End: len(doc.Text)})
	}
	if key("use `Map` here") != key("use `map` here") {
		t.Error("code should fold case")
	}
	if key("use `map` here") == key("use `slice` here") || key("no code") != "" {
		t.Error("different code shares a key")
	}
}

// A head compares at most maxCompareWords words.
func TestHeadWordsCap(t *testing.T) {
	s := strings.Repeat("word ", 10000)
	doc := lint.NewDocument("x.txt", lint.FormatText, []byte(s))
	if n := newHead(doc, lint.Block{Span: lint.Span{End: len(s)}}, 0, "lead").n(); n != maxCompareWords {
		t.Errorf("a head of 10000 words compares %d", n)
	}
}

func TestLCS(t *testing.T) {
	mk := func(s string) []uint64 {
		doc := lint.NewDocument("x.txt", lint.FormatText, []byte(s))
		return newHead(doc, lint.Block{Span: lint.Span{End: len(s)}}, 0, "lead").all()
	}
	cases := []struct {
		a, b string
		n    int
	}{
		{"a b c d", "a b c d", 4},
		{"a b c d", "a x c y d", 3},
		{"Harbour mayor called the delay unacceptable", "Harbour mayor called the delay of Route Nine unacceptable", 6},
		{"", "a b", 0},
		{"d c b a", "a b c d", 1},
	}
	for _, c := range cases {
		if got := lcs(mk(c.a), mk(c.b)); got != c.n {
			t.Errorf("lcs(%q, %q) = %d, want %d", c.a, c.b, got, c.n)
		}
		if got := lcs(mk(c.b), mk(c.a)); got != c.n {
			t.Errorf("lcs(%q, %q) = %d, want %d (symmetry)", c.b, c.a, got, c.n)
		}
	}
}

// The near-copy threshold: 8 of 10 words in order is a copy, 7 is not
// (words dropped inside the copy, as when a name goes missing).
func TestNearCopyThreshold(t *testing.T) {
	title := "Alpha bravo charlie delta echo foxtrot golf hotel india juliett"
	body := "\n\nThe lead paragraph talks about something else entirely, at some length, with its own words.\n"
	eight := "Alpha bravo charlie echo foxtrot golf hotel juliett"
	seven := "Alpha bravo charlie echo golf hotel juliett"
	r := DuplicatedTeaser{}
	if fs := r.Check(parse(t, "a.txt", title+"\n\n"+eight+body)); len(fs) != 1 {
		t.Errorf("8/10 words: %d findings, want 1", len(fs))
	}
	if fs := r.Check(parse(t, "a.txt", title+"\n\n"+seven+body)); len(fs) != 0 {
		t.Errorf("7/10 words: %d findings, want 0", len(fs))
	}
}

// Two headlines that differ by a word on each side are parallel lines or
// two edits of a title, not copies; nor is a headline that is the other's
// opening without a cut mark. Paragraphs allow one such word per ten.
func TestParallelAndVariants(t *testing.T) {
	body := "\n\nThe lead paragraph talks about something else entirely, at some length, with its own words.\n"
	r := DuplicatedTeaser{}
	for _, c := range []struct {
		text string
		want int
	}{
		{"Alpha bravo charlie delta echo foxtrot golf hotel india juliett\n\nAlpha bravo charlie delta echo foxtrot golf hotel kilo lima" + body, 0},
		{"Alpha bravo charlie delta echo foxtrot golf hotel\n\nAlpha bravo charlie delta echo foxtrot golf hotel india juliett" + body, 0},
		{"Alpha bravo charlie delta echo foxtrot golf hotel\n\nAlpha bravo charlie delta echo foxtrot golf hotel india..." + body, 1},
		{"A quiet title\n\nOne two three four five six seven eight nine ten eleven twelve.\n\nOne two three four five six seven eight nine ten eleven dozen.\n", 1},
		{"A quiet title\n\nOne two three four five six seven eight nine ten eleven twelve.\n\nOne two three four five six seven eight nine ten zero dozen.\n", 0},
	} {
		if fs := r.Check(parse(t, "a.txt", c.text)); len(fs) != c.want {
			t.Errorf("%q: %d findings, want %d", c.text, len(fs), c.want)
		}
	}
}

func TestDuplicatedMessageAndRelated(t *testing.T) {
	src := "Storm cuts power to forty thousand homes\n\nStorm cuts power to forty thousand homes\n\nThe storm brought strong winds to the coast overnight.\n"
	doc := parse(t, "a.txt", src)
	fs := DuplicatedTeaser{}.Check(doc)
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
	f := fs[0]
	if f.Message != "teaser repeats the title (line 1)" {
		t.Errorf("message %q", f.Message)
	}
	if doc.SrcOf(f.Span) != "Storm cuts power to forty thousand homes" || f.Start == 0 {
		t.Errorf("span %v %q is not the second copy", f.Span, doc.SrcOf(f.Span))
	}
	if len(f.Related) != 1 || f.Related[0].Start != 0 {
		t.Errorf("related %v should be the title", f.Related)
	}
	got := apply(src, f.Fix)
	want := "Storm cuts power to forty thousand homes\n\nThe storm brought strong winds to the coast overnight.\n"
	if got != want {
		t.Errorf("fix gives %q, want %q", got, want)
	}
}

// apply applies non-overlapping edits.
func apply(src string, edits []lint.Edit) string {
	es := append([]lint.Edit(nil), edits...)
	sort.Slice(es, func(i, j int) bool { return es[i].Start > es[j].Start })
	for _, e := range es {
		src = src[:e.Start] + e.New + src[e.End:]
	}
	return src
}

func TestDeleteBlock(t *testing.T) {
	cases := []struct {
		name, src, block string
		want             string // "" when no fix is expected
	}{
		{"text middle", "A title here\n\nCopy line\n\nBody.\n", "Copy line", "A title here\n\nBody.\n"},
		{"text last line no newline", "Body.\n\nCopy line", "Copy line", "Body.\n"},
		{"text crlf", "Title\r\n\r\nCopy line\r\n\r\nBody.\r\n", "Copy line", "Title\r\n\r\nBody.\r\n"},
		{"markdown emphasis", "---\ntitle: T\n---\n\n*Copy line*\n\nBody.\n", "Copy line", "---\ntitle: T\n---\n\nBody.\n"},
		{"html p", "<body>\n<p class=\"lead\">Copy line</p>\n<p>Body.</p>\n</body>\n", "Copy line", "<body>\n<p>Body.</p>\n</body>\n"},
		{"html nested", "<body>\n<p><strong>Copy line</strong></p>\n<p>Body.</p>\n</body>\n", "Copy line", "<body>\n<p>Body.</p>\n</body>\n"},
		{"html unbalanced", "<body>\n<div><p>Copy line</p>\n<p>Body.</p></div>\n</body>\n", "Copy line", ""},
		{"html other block on line", "<body>\n<p>Copy line</p><p>Body.</p>\n</body>\n", "Copy line", ""},
		{"text prose beside", "Title\n\nCopy line and more\n", "Copy line", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ext := ".txt"
			switch {
			case strings.HasPrefix(c.name, "markdown"):
				ext = ".md"
			case strings.HasPrefix(c.name, "html"):
				ext = ".html"
			}
			doc := parse(t, "a"+ext, c.src)
			var b lint.Block
			found := false
			for _, x := range doc.Blocks {
				if doc.SrcOf(x.Span) == c.block {
					b, found = x, true
				}
			}
			if !found {
				// a block that is part of a line (prose beside): fake it
				i := strings.Index(c.src, c.block)
				b = lint.Block{Span: lint.Span{Start: i, End: i + len(c.block)}}
			}
			e, ok := deleteBlock(doc, b)
			if c.want == "" {
				if ok {
					t.Errorf("fix %q should be refused", apply(c.src, []lint.Edit{e}))
				}
				return
			}
			if !ok {
				t.Fatal("fix refused")
			}
			if got := apply(c.src, []lint.Edit{e}); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

func TestBalancedTags(t *testing.T) {
	cases := []struct {
		before, after string
		ok            bool
	}{
		{"", "", true},
		{"<p>", "</p>", true},
		{"  <P class=x>", "</p>  ", true},
		{"<p><em>", "</em></p>", true},
		{"<p><em>", "</p></em>", false},
		{"<div><p>", "</p>", false},
		{"<p>", "", false},
		{"text <p>", "</p>", false},
	}
	for _, c := range cases {
		if got := balancedTags(c.before, c.after); got != c.ok {
			t.Errorf("balancedTags(%q, %q) = %v", c.before, c.after, got)
		}
	}
}

// Every fix of the duplicated-teaser fixtures removes the finding it fixes,
// leaves the file readable, and keeps the front matter and meta tags.
func TestFixesResolveFixtures(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "duplicated-teaser")
	arts, err := filepath.Glob(filepath.Join(dir, "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	fixed := 0
	for _, a := range arts {
		if strings.HasSuffix(a, ".want") {
			continue
		}
		src, err := os.ReadFile(a)
		if err != nil {
			t.Fatal(err)
		}
		doc := parse(t, a, string(src))
		fs := DuplicatedTeaser{}.Check(doc)
		var edits []lint.Edit
		for _, f := range fs {
			edits = append(edits, f.Fix...)
			for _, e := range f.Fix {
				for _, b := range doc.Blocks {
					if b.Meta && b.Overlaps(e.Span) {
						t.Errorf("%s: fix deletes metadata %q", a, doc.SrcOf(b.Span))
					}
				}
			}
		}
		if len(edits) == 0 {
			continue
		}
		fixed++
		out := apply(string(src), edits)
		doc2 := parse(t, a, out)
		var metaBefore, metaAfter []string
		for _, b := range doc.Blocks {
			if b.Meta {
				metaBefore = append(metaBefore, doc.SrcOf(b.Span))
			}
		}
		for _, b := range doc2.Blocks {
			if b.Meta {
				metaAfter = append(metaAfter, doc2.SrcOf(b.Span))
			}
		}
		if !reflect.DeepEqual(metaBefore, metaAfter) {
			t.Errorf("%s: metadata changed by the fix: %q -> %q", a, metaBefore, metaAfter)
		}
		for _, f := range (DuplicatedTeaser{}).Check(doc2) {
			if f.Fix != nil {
				t.Errorf("%s: after the fix, still %s at %q", a, f.Message, doc2.SrcOf(f.Span))
			}
		}
		if strings.Contains(out, "\n\n\n") && !strings.Contains(string(src), "\n\n\n") {
			t.Errorf("%s: the fix leaves a double blank line", a)
		}
	}
	if fixed < 5 {
		t.Errorf("only %d fixtures had a fix", fixed)
	}
}

func TestTruncationSuggestsFullWord(t *testing.T) {
	src := "Councillor says the tender is flawed and that she ne…\n\nThe councillor said the tender was flawed and that she was negotiating with the suppliers.\n"
	doc := parse(t, "a.txt", src)
	fs := Truncation{}.Check(doc)
	if len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
	f := fs[0]
	if doc.SrcOf(f.Span) != "ne…" {
		t.Errorf("span %q", doc.SrcOf(f.Span))
	}
	if !strings.Contains(f.Suggestion, `"negotiating"`) || !strings.Contains(f.Suggestion, "with the suppliers") {
		t.Errorf("suggestion %q lacks the full word and sentence", f.Suggestion)
	}
	if len(f.Related) != 1 || doc.SrcOf(f.Related[0].Span) != "negotiating" {
		t.Errorf("related %v", f.Related)
	}
	if f.Fix != nil {
		t.Error("truncation must not carry a fix")
	}
}

func TestTruncationLeftAlone(t *testing.T) {
	cases := map[string]string{
		"interview":        "Interview with the port director\n\nQuestion: What went wrong?\n\nAnswer: The steel arrived late, and then the foundations needed work. It means…\n\nQuestion: A delay?\n\nAnswer: Until March.\n",
		"quote":            "Flood victims wait\n\nShe said: \"I don't know whether we can…\" and fell silent. We can rebuild, the mayor said.\n",
		"etc":              "What to bring\n\nBring water, sun cream, etc... Umbrellas are not allowed, etc.\n",
		"bracket in quote": "Court ruling\n\n\"The authority did not examine the offers […] and must repeat it,\" the judges wrote. The judges said \"the documents […]\"\n",
		"mid sentence":     "Skier wins\n\nThe results were… surprising, said the coach.\n",
		"short title word": "The last ferry of the season…\n\nThe ferry to the island made its final crossing on Sunday, and the islanders now wait for the ice road.\n",
		"plain prose":      "A normal article\n\nNothing is cut here. The end.\n",
		"known word":       "Interview\n\nAnswer: We were about to go…\n\nQuestion: Go where?\n\nThe party was about to govern alone after the vote.\n",
		"inflection":       "The minister wants to talk…\n\nTalking to reporters on Monday, the minister said that the talks would go on.\n",
	}
	for name, src := range cases {
		if fs := (Truncation{}).Check(parse(t, "a.txt", src)); len(fs) != 0 {
			t.Errorf("%s: unexpected %q", name, fs[0].Message)
		}
	}
}

func TestInBlockquote(t *testing.T) {
	src := "<p>a</p><BLOCKQUOTE cite=x><p>b […]</p></blockquote><p>c […]</p><blockquotes>d"
	doc := lint.NewDocument("a.html", lint.FormatHTML, []byte(src))
	if !inBlockquote(doc, strings.Index(src, "b […]")) {
		t.Error("b is inside the block quote")
	}
	if inBlockquote(doc, strings.Index(src, "c […]")) {
		t.Error("c is after the block quote")
	}
	if inBlockquote(doc, strings.Index(src, "d")) {
		t.Error("<blockquotes> is not a block quote")
	}
}

// Rules are pure: concurrent checks of one document agree.
func TestConcurrentChecks(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "testdata", "truncation", "title-and-teaser-cut.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc := parse(t, "a.txt", string(src))
	for _, r := range []lint.Checker{DuplicatedTeaser{}, Truncation{}} {
		want := r.Check(doc)
		var wg sync.WaitGroup
		for i := 0; i < 8; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if got := r.Check(doc); !reflect.DeepEqual(got, want) {
					t.Errorf("%s: concurrent check differs", r.ID())
				}
			}()
		}
		wg.Wait()
	}
}

// Each rule flags its documented Bad example and not its Good one.
func TestDocExamples(t *testing.T) {
	for _, r := range []lint.Checker{DuplicatedTeaser{}, Truncation{}} {
		d := r.Doc()
		if n := len(r.Check(parse(t, "bad.txt", d.Bad+"\n"))); n == 0 {
			t.Errorf("%s: no finding on its Bad example", r.ID())
		}
		if fs := r.Check(parse(t, "good.txt", d.Good+"\n")); len(fs) != 0 {
			t.Errorf("%s: %q on its Good example", r.ID(), fs[0].Message)
		}
	}
}

func TestParallelHeadingsNotCopies(t *testing.T) {
	src := "# Summit diary\n\n## Day one of the summit in Vilnius\n\nLeaders arrived.\n\n## Day two of the summit in Vilnius\n\nLeaders left.\n"
	if fs := (DuplicatedTeaser{}).Check(parse(t, "a.md", src)); len(fs) != 0 {
		t.Errorf("unexpected %q", fs[0].Message)
	}
}

// Two copies whose deletions would take the same blank line: the fixes never
// overlap.
func TestFixesDoNotOverlap(t *testing.T) {
	src := "Bridge to be built over the Neris\n\nBridge to be built over the Neris\n\nBridge to be built over the Neris."
	fs := (DuplicatedTeaser{}).Check(parse(t, "a.txt", src))
	if len(fs) != 2 {
		t.Fatalf("%d findings, want 2", len(fs))
	}
	var edits []lint.Edit
	for _, f := range fs {
		edits = append(edits, f.Fix...)
	}
	for i := range edits {
		for j := i + 1; j < len(edits); j++ {
			if edits[i].Overlaps(edits[j].Span) {
				t.Errorf("edits %v and %v overlap", edits[i], edits[j])
			}
		}
	}
}

// hasStubShape's eight-at-a-time scan agrees with a byte-by-byte one at
// every offset and length.
func TestHasStubShape(t *testing.T) {
	base := "with the t The police and a b C or the x  Y then q Zed end"
	for lo := 0; lo < len(base); lo++ {
		for hi := lo; hi <= len(base); hi++ {
			s := []byte(base[lo:hi])
			want := false
			for i := 0; i+3 < len(s); i++ {
				want = want || stubAt(s, i)
			}
			if got := hasStubShape(s); got != want {
				t.Fatalf("hasStubShape(%q) = %v, want %v", s, got, want)
			}
		}
	}
}

// The word index shares the document's word cache when the blocks' words
// are runs of it, lists them block by block when a block cuts a word or
// overlaps another, and judges a cut the same either way.
func TestWordIndexSharedOrCopied(t *testing.T) {
	const text = "Harbour mayor says that she ne…\n\nThe harbour mayor says that she negotiates with the ferry firm.\n\nQuiet closing words stay here."
	parse := func() *lint.Document {
		doc, err := read.Parse("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	// checkRuns: every word of every block is in the run of its block.
	checkRuns := func(name string, doc *lint.Document, ix *wordIndex) {
		n := 0
		for bi, b := range doc.Blocks {
			for _, w := range doc.WordsIn(b.Span) {
				i := ix.find(int(w.Start))
				if i < 0 || ix.ws[i].Span() != w.Span() {
					t.Fatalf("%s: word %v of block %d not found", name, w.Span(), bi)
				}
				n++
			}
		}
		got := 0
		for _, r := range ix.runs {
			got += int(r.end - r.first)
			for i := r.first; i < r.end; i++ {
				if ix.runOf(int(i)) != r {
					t.Errorf("%s: runOf(%d) = %v, want %v", name, i, ix.runOf(int(i)), r)
				}
			}
		}
		if got != n {
			t.Errorf("%s: runs hold %d words, blocks %d", name, got, n)
		}
	}

	doc := parse()
	ix := newWordIndex(doc, nil)
	if len(ix.ws) == 0 || &ix.ws[0] != &doc.Words()[0] {
		t.Fatal("the index copied the word cache although every block is a run of it")
	}
	checkRuns("shared", doc, ix)
	want := Truncation{}.Check(doc)
	if len(want) != 1 || !strings.Contains(want[0].Message, "negotiates") {
		t.Fatalf("findings %v, want one naming the full word", want)
	}

	// A block that starts inside a word (and overlaps the last block).
	odd := parse()
	start := strings.Index(text, "uiet")
	odd.Blocks = append(odd.Blocks, lint.Block{Kind: lint.Paragraph, Span: lint.Span{Start: start, End: len(text)}})
	ix = newWordIndex(odd, nil)
	if &ix.ws[0] == &odd.Words()[0] {
		t.Fatal("the index shared the word cache although a block cuts a word")
	}
	for bi, b := range odd.Blocks {
		r := ix.runs[bi]
		if int(r.block) != bi || int(ix.ws[r.first].Start) < b.Start || int(ix.ws[r.end-1].End) > b.End {
			t.Errorf("copied: run %v does not hold block %d %v", r, bi, b.Span)
		}
	}
	got := Truncation{}.Check(odd)
	if len(got) != 1 || got[0].Span != want[0].Span || got[0].Message != want[0].Message {
		t.Errorf("copied index: findings %v, want %v", got, want)
	}
}

// occ keeps a key's full count and at least its latest maxHeadAnchors
// places, in order, however often it occurs.
func TestOccBounded(t *testing.T) {
	var o occ
	n := 5*maxHeadAnchors + 7
	for i := 0; i < n; i++ {
		o.add(i)
		if len(o.at) > 2*maxHeadAnchors {
			t.Fatalf("after %d places the list holds %d", i+1, len(o.at))
		}
	}
	if o.count != n {
		t.Errorf("count %d, want %d", o.count, n)
	}
	if len(o.at) < maxHeadAnchors {
		t.Fatalf("list holds %d places, fewer than %d", len(o.at), maxHeadAnchors)
	}
	for j := range o.at {
		if want := n - len(o.at) + j; int(o.at[j]) != want {
			t.Fatalf("place %d is %d, want %d", j, o.at[j], want)
		}
	}
}

// A headline translated twice is reported on the second copy; a teaser that
// differs by one content word, by a number, or brings words of its own is not.
func TestRetranslatedHeadline(t *testing.T) {
	const lead = "\n\nThe council met on Tuesday evening and voted on the plan after a long debate about its cost.\n"
	cases := []struct {
		title, teaser string
		want          bool
	}{
		{"Mayor Lind promised islanders 40 new ferry crossings in spring", "Lind, the mayor, promises islanders for spring 40 new crossings of the ferry", true},
		// one content word of its own in a headline of fewer than eight:
		// parallel text
		{"Mayor Lind promised islanders 40 ferry crossings", "Lind, the mayor, promises islanders 40 crossings of the bridge", false},
		{"Mayor Lind promised islanders 40 ferry crossings", "Lind, the mayor, promises islanders 40 crossings of the ferry", true},
		// another number: another story
		{"Mayor Lind promised islanders 40 new ferry crossings in spring", "Lind, the mayor, promises islanders for spring 50 new crossings of the ferry", false},
		// the teaser says more
		{"Mayor Lind promised islanders 40 new ferry crossings in spring", "Lind promises islanders 40 crossings in spring, but the shipping company wants a subsidy first", false},
		// too few content words to tell
		{"Lind calls ferry delay unacceptable", "Ferry delay unacceptable, says Lind", false},
	}
	for _, c := range cases {
		doc := parse(t, "a.txt", c.title+"\n\n"+c.teaser+lead)
		fs := DuplicatedTeaser{}.Check(doc)
		got := len(fs) == 1 && strings.Contains(fs[0].Message, "second translation") && doc.TextOf(fs[0].Span) == c.teaser
		if got != c.want || !c.want && len(fs) > 0 {
			t.Errorf("%q / %q: findings %v, want a second translation: %v", c.title, c.teaser, fs, c.want)
		}
	}
}

// bucketBound never falls below the longest common subsequence, whatever
// the keys: it may only spare lcs the pairs lcs would reject.
func TestBucketBound(t *testing.T) {
	mk := func(seed uint64, n, alphabet int) []uint64 {
		out := make([]uint64, n)
		for i := range out {
			seed = seed*6364136223846793005 + 1442695040888963407
			out[i] = uint64(int(seed>>33)%alphabet) * 0x9E3779B97F4A7C15
		}
		return out
	}
	for seed := uint64(1); seed < 300; seed++ {
		a, b := mk(seed, int(seed%40), 3+int(seed%50)), mk(seed*7, int(seed%31), 3+int(seed%50))
		n := lcs(a, b)
		if got := bucketBound(a, b); got < n {
			t.Fatalf("bucketBound = %d below the lcs %d", got, n)
		}
		if got := bucketBound(b, a); got < n {
			t.Fatalf("bucketBound (swapped) = %d below the lcs %d", got, n)
		}
	}
	if bucketBound([]uint64{1 << 60}, []uint64{2 << 60}) != 0 {
		t.Error("keys in different buckets should not count")
	}
}

// Function words are left out of a headline's content words whatever their
// length; names and numbers are counted.
func TestContentOf(t *testing.T) {
	doc := parse(t, "a.txt", "Talks between Tarnby and Linden about 40 ferries during the winter\n\nMore text follows here.\n")
	h := newHead(doc, doc.Blocks[0], 0, "title")
	c := contentOf(doc, h)
	want := []string{"40", "ferri", "linde", "talks", "tarnb", "winte"}
	if !slices.Equal(c.stems, want) || !slices.Equal(c.numbers, []string{"40"}) || c.names != 3 {
		t.Errorf("content %+v, want stems %v, numbers [40] and 3 names", c, want)
	}
}

// hasFoldPrefix takes a typographic apostrophe or hyphen on either side
// for the ASCII one, and capitals for small letters, and nothing else.
func TestHasFoldPrefix(t *testing.T) {
	tests := []struct {
		word, p string
		n       int // bytes of word the prefix takes; -1: no prefix
	}{
		{"Don't", "don", 3},
		{"don't", "don’", 4}, // the cut word wrote ’, the full one '
		{"Don’t", "don'", 6}, // and the other way
		{"well‐known", "well-k", 8},
		{"Straße", "stra", 4},
		{"Ñandú", "ñan", 4},
		{"don", "don'", -1},  // shorter than the prefix
		{"dont", "don'", -1}, // no mark where the prefix has one
		{"done", "don’", -1},
	}
	for _, tt := range tests {
		n, ok := hasFoldPrefix([]byte(tt.word), tt.p)
		if !ok {
			n = -1
		}
		if n != tt.n {
			t.Errorf("hasFoldPrefix(%q, %q) = %d, want %d", tt.word, tt.p, n, tt.n)
		}
	}
}

// wordBefore gives the document's word before a marker: the same word
// every other part of the rule keys and looks up, joiners and all.
func TestWordBefore(t *testing.T) {
	tests := []struct {
		text, marker, want string
		bracket, glued     bool
	}{
		{"The mayor said that she ne… more", "…", "ne", false, true},
		{"The mayor said that she ne … more", "…", "ne", false, false},
		{"The mayor said that she  … more", "…", "", false, false},          // two spaces: no word
		{"the ferry's timetable [ … ] more", "[", "timetable", true, false}, // off is the bracket
		{"a well‐kno… more", "…", "well‐kno", false, true},                  // U+2010 joins a word as the tokenizer joins it
		{"the harbour’s... more", "...", "harbour’s", false, true},
		{"… more", "…", "", false, false},
	}
	for _, tt := range tests {
		doc := parse(t, "a.txt", tt.text+"\n")
		off := strings.Index(tt.text, tt.marker)
		w, glued := wordBefore(doc, 0, off, tt.bracket)
		if got := doc.TextOf(w); got != tt.want || tt.want != "" && glued != tt.glued {
			t.Errorf("%q: %q glued %v, want %q glued %v", tt.text, got, glued, tt.want, tt.glued)
		}
	}
}
