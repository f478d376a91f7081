package layer

import (
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
)

func parse(t *testing.T, text string) (*lint.Document, *Layer) {
	t.Helper()
	doc, err := read.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return doc, Of(doc)
}

func TestTokens(t *testing.T) {
	doc, l := parse(t, "Title line\n\nThe NATO summit in Vilnius cost 3.5 bn, iPhone-style: WНO said «no» © 2024.\n")
	type tok struct {
		text   string
		class  Class
		cs     Case
		script Script
		gap    int32
	}
	var got []tok
	for _, k := range l.Tokens() {
		got = append(got, tok{doc.TextOf(k.Span()), k.Class, k.Case, k.Script, k.Gap})
	}
	want := []tok{
		{"Title", Word, Title, Latin, 0}, {"line", Word, Lower, Latin, 1},
		{"The", Word, Title, Latin, 0}, {"NATO", Word, Upper, Latin, 1}, {"summit", Word, Lower, Latin, 1},
		{"in", Word, Lower, Latin, 1}, {"Vilnius", Word, Title, Latin, 1}, {"cost", Word, Lower, Latin, 1},
		{"3", Number, NoCase, Common, 1}, {".", Punct, NoCase, Common, 0}, {"5", Number, NoCase, Common, 0},
		{"bn", Word, Lower, Latin, 1}, {",", Punct, NoCase, Common, 0},
		{"iPhone-style", Word, Mixed, Latin, 1}, {":", Punct, NoCase, Common, 0},
		{"WНO", Word, Upper, MixedScript, 1}, {"said", Word, Lower, Latin, 1},
		{"«", Punct, NoCase, Common, 1}, {"no", Word, Lower, Latin, 0}, {"»", Punct, NoCase, Common, 0},
		{"©", Symbol, NoCase, Common, 1}, {"2024", Number, NoCase, Common, 1}, {".", Punct, NoCase, Common, 0},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens:\n got %v\nwant %v", got, want)
	}
	for _, k := range l.Tokens() {
		if l.Lower(&k) != strings.ToLower(doc.TextOf(k.Span())) {
			t.Errorf("%q: lower %q", doc.TextOf(k.Span()), l.Lower(&k))
		}
	}
}

func TestScripts(t *testing.T) {
	_, l := parse(t, "Київ 北京 Αθήνα Zürich 서울 東京タワー\n")
	var got []Script
	for _, k := range l.Tokens() {
		got = append(got, k.Script)
	}
	want := []Script{Cyrillic, Han, Greek, Latin, Hangul, MixedScript}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith met Dr. Lee in St. Petersburg. They talked.", []string{"Mr. Smith met Dr. Lee in St. Petersburg.", "They talked."}},
		{"J. R. R. Tolkien wrote it. Prices rose 2.5 percent.", []string{"J. R. R. Tolkien wrote it.", "Prices rose 2.5 percent."}},
		{"Really? Yes! It worked… Then it stopped.", []string{"Really?", "Yes!", "It worked…", "Then it stopped."}},
	}
	for _, tt := range tests {
		doc, l := parse(t, tt.text+"\n")
		var got []string
		for _, s := range l.Sentences() {
			got = append(got, doc.TextOf(s.Span))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestSentenceTokens(t *testing.T) {
	doc, l := parse(t, "One two. Three four five.\n\nSix.\n")
	var got []string
	for _, s := range l.Sentences() {
		var ws []string
		for _, k := range l.Tokens()[s.Tokens.From:s.Tokens.To] {
			ws = append(ws, doc.TextOf(k.Span()))
		}
		got = append(got, strings.Join(ws, "|"))
	}
	want := []string{"One|two|.", "Three|four|five|.", "Six|."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if b := l.BlockOf(len(l.Tokens()) - 1); b != 1 {
		t.Errorf("last token in block %d, want 1", b)
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Kremlin said that Kim Jong Un met Kim Yo Jong.", []string{"kremlin", "kim jong un", "kim yo jong"}},
		{"Yesterday the minister left.", nil},
		{"Officials said they met Ursula von der Leyen in Brussels.", []string{"ursula von der leyen", "brussels"}},
		{"Anna Kowalska spoke.", []string{"anna kowalska"}},
		{"The team thanked Dr. Lee and Prof. Novak for their work.", []string{"lee", "novak"}},
		{"She thanked Płażyński, not Plażyński.", []string{"płażyński", "plażyński"}},
		{"President Meets Prime Minister In Capital Today", nil},
	}
	for _, tt := range tests {
		_, l := parse(t, tt.text+"\n")
		var got []string
		for _, n := range l.Names() {
			got = append(got, n.Key)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestOfIsComputedOnce(t *testing.T) {
	doc, l := parse(t, "One sentence here.\n")
	if Of(doc) != l {
		t.Fatal("a second call built the layer again")
	}
	if &l.Tokens()[0] != &Of(doc).Tokens()[0] {
		t.Fatal("a second call tokenised again")
	}
}

func TestPartsAreLazy(t *testing.T) {
	_, l := parse(t, "Anna Kowalska spoke. She left.\n")
	l.Tokens()
	if l.sentences != nil || l.names != nil {
		t.Fatal("tokens built the sentences or names too")
	}
	l.Names()
	if l.sentences == nil {
		t.Fatal("names did not build the sentences")
	}
}

func TestCase(t *testing.T) {
	_, l := parse(t, "Word O'Neil Jean-Luc I McCain iPhone NATO word 42\n")
	var got []Case
	for _, k := range l.Tokens() {
		got = append(got, k.Case)
	}
	want := []Case{Title, Title, Title, Title, Mixed, Mixed, Upper, Lower, NoCase}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestTokensAgreeWithWords checks on every fixture that the word tokens
// are the document's words, block by block, and that the sentences are
// lint.Sentences of each block with the tokens inside them.
func TestTokensAgreeWithWords(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "*", "*"))
	n := 0
	for _, p := range paths {
		if ext := filepath.Ext(p); ext != ".md" && ext != ".txt" && ext != ".html" {
			continue
		}
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := read.Parse(p, src)
		if err != nil {
			continue
		}
		n++
		l := Of(doc)
		for bi := 0; bi < l.Blocks(); bi++ {
			toks, first := l.BlockTokens(bi)
			var got []lint.Span
			for i := range toks {
				if toks[i].IsWord() {
					got = append(got, toks[i].Span())
				}
				if l.BlockOf(first+i) != bi || &l.Tokens()[first+i] != &toks[i] {
					t.Fatalf("%s: token %d of block %d misplaced", p, i, bi)
				}
			}
			var want []lint.Span
			for _, w := range doc.WordsIn(l.Block(bi)) {
				want = append(want, w.Span())
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%s block %d: word tokens differ from the document's words", p, bi)
			}
		}
		si := 0
		for bi := 0; bi < l.Blocks(); bi++ {
			for _, s := range lint.Sentences(doc.Text, l.Block(bi)) {
				got := l.Sentences()[si]
				if got.Span != s {
					t.Fatalf("%s: sentence %d is %v, lint.Sentences has %v", p, si, got.Span, s)
				}
				for ti := got.Tokens.From; ti < got.Tokens.To; ti++ {
					if k := l.Tokens()[ti]; int(k.Start) < s.Start || int(k.End) > s.End {
						t.Fatalf("%s: token %v outside its sentence %v", p, k.Span(), s)
					}
					if l.SentenceOf(int(ti)) != si {
						t.Fatalf("%s: SentenceOf(%d) = %d, want %d", p, ti, l.SentenceOf(int(ti)), si)
					}
				}
				si++
			}
		}
		if si != len(l.Sentences()) {
			t.Fatalf("%s: %d sentences, lint.Sentences has %d", p, len(l.Sentences()), si)
		}
	}
	if n < 20 {
		t.Fatalf("only %d fixtures read", n)
	}
}

// TestReleasedWithTheDocument: Document.Release gives the layer's token
// array back.
func TestReleasedWithTheDocument(t *testing.T) {
	doc := lint.NewDocument("a.txt", lint.FormatText, []byte("Two words."))
	l := Of(doc)
	if len(l.Tokens()) != 3 {
		t.Fatalf("tokens %d", len(l.Tokens()))
	}
	doc.Release()
	if l.tokens != nil {
		t.Fatal("the document's release left the tokens with the layer")
	}
}

func TestNoBlocksIsOneBlock(t *testing.T) {
	doc := lint.NewDocument("a.txt", lint.FormatText, []byte("Two words."))
	l := Of(doc)
	if l.Blocks() != 1 || l.Block(0) != (lint.Span{Start: 0, End: 10}) || len(l.Tokens()) != 3 {
		t.Fatalf("blocks %d, span %v, tokens %d", l.Blocks(), l.Block(0), len(l.Tokens()))
	}
}

// benchDoc is an article of n paragraphs of news prose.
func benchDoc(b *testing.B, n int) *lint.Document {
	para := "The minister, Anna Kowalska, said on Monday that 3.5 million people in St. Petersburg had voted. " +
		"Dr. Lee disagreed: «It is not so», she told the Baltic News Agency. "
	doc, err := read.Parse("a.txt", []byte(strings.Repeat(para+"\n\n", n)))
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// BenchmarkLayer builds each part of the layer of a document afresh (the
// document is parsed once and its word cache, which rules share anyway,
// filled before the timing): tokens alone, as most rules ask, then with
// the sentences and the names.
func BenchmarkLayer(b *testing.B) {
	doc := benchDoc(b, 2000)
	doc.Words()
	for _, part := range []string{"tokens", "sentences", "names"} {
		b.Run(part, func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			b.ReportAllocs()
			cpu := linttest.CPUTime()
			for i := 0; i < b.N; i++ {
				l := &Layer{doc: doc}
				switch part {
				case "tokens":
					l.Tokens()
				case "sentences":
					l.Sentences()
				case "names":
					l.Names()
				}
			}
			linttest.ReportCPU(b, int64(len(doc.Text)), cpu)
		})
	}
}

// TestWordFastPathAgrees checks the eight-bytes-at-a-time reading of ASCII
// words against the rune-at-a-time one on random words of letters, digits
// and inner joiners, up to three loads long.
func TestWordFastPathAgrees(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	const alphabet = "aZbYz0A9-'mM"
	for it := 0; it < 20000; it++ {
		n := 1 + r.Intn(20)
		w := make([]byte, n)
		for i := range w {
			w[i] = alphabet[r.Intn(len(alphabet))]
			if (i == 0 || i == n-1 || w[i-1] == '-' || w[i-1] == '\'') && (w[i] == '-' || w[i] == '\'') {
				w[i] = 'Q' // joiners are inner and single
			}
		}
		text := append(append([]byte("x "), w...), " tail of the text, long enough to load past"...)
		fast := Token{Start: 2, End: int32(2 + n), low: 2, lowEnd: int32(2 + n)}
		slow := fast
		var bf, bs strings.Builder
		bf.Write(text)
		bs.Write(text)
		word(&fast, text, &bf)
		longWord(&slow, text[2:2+n], &bs)
		lowFast, lowSlow := bf.String(), bs.String()
		if fast != slow || lowFast[fast.low:fast.lowEnd] != lowSlow[slow.low:slow.lowEnd] {
			t.Fatalf("%q: fast %+v %q, slow %+v %q", w, fast, lowFast[fast.low:fast.lowEnd], slow, lowSlow[slow.low:slow.lowEnd])
		}
		if got := lowFast[fast.low:fast.lowEnd]; got != strings.ToLower(string(w)) {
			t.Fatalf("%q: lower %q", w, got)
		}
	}
}

// FuzzTokens: on any input, read as text, Markdown and HTML, the word
// tokens are the document's words, every token's lower-case form is its
// text in lower case, and the sentences and names lie inside the text.
func FuzzTokens(f *testing.F) {
	linttest.FuzzDocuments(f, func(t *testing.T, path string, doc *lint.Document) {
		l := Of(doc)
		var words []lint.Span
		for bi := 0; bi < l.Blocks(); bi++ {
			for _, w := range doc.WordsIn(l.Block(bi)) {
				words = append(words, w.Span())
			}
		}
		k := 0
		for i := range l.Tokens() {
			tk := &l.Tokens()[i]
			text := doc.TextOf(tk.Span())
			if got := l.Lower(tk); got != strings.ToLower(text) {
				t.Fatalf("%s: %q lower %q", path, text, got)
			}
			if !tk.IsWord() {
				continue
			}
			if k >= len(words) || words[k] != tk.Span() {
				t.Fatalf("%s: word token %q is not the document's word %d", path, text, k)
			}
			k++
		}
		if k != len(words) {
			t.Fatalf("%s: %d word tokens, %d words", path, k, len(words))
		}
		for _, n := range l.Names() {
			if n.Start < 0 || n.End > len(doc.Text) || n.Start >= n.End {
				t.Fatalf("%s: name %v outside the text", path, n.Span)
			}
		}
	}, "Anna O'Neil-Smith met DR. Lee in Zürich at 3.5 p.m. «Yes», she said.\n",
		"WНO ÄRZTE İstanbul straße ǅemal 北京 — ok?\n\nNew-York's WIDE-ranging…", "a\x80b C\xff")
}
