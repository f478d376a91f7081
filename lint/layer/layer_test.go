package layer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
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
	for _, k := range l.Tokens {
		got = append(got, tok{doc.TextOf(k.Span), k.Class, k.Case, k.Script, k.Gap})
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
	for _, k := range l.Tokens {
		if k.Lower != strings.ToLower(doc.TextOf(k.Span)) {
			t.Errorf("%q: lower %q", doc.TextOf(k.Span), k.Lower)
		}
	}
}

func TestScripts(t *testing.T) {
	_, l := parse(t, "Київ 北京 Αθήνα Zürich 서울 東京タワー\n")
	var got []Script
	for _, k := range l.Tokens {
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
		for _, s := range l.Sentences {
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
	for _, s := range l.Sentences {
		var ws []string
		for _, k := range l.Tokens[s.Tokens.From:s.Tokens.To] {
			ws = append(ws, doc.TextOf(k.Span))
		}
		got = append(got, strings.Join(ws, "|"))
	}
	want := []string{"One|two|.", "Three|four|five|.", "Six|."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if b := l.Tokens[len(l.Tokens)-1].Block; b != 1 {
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
		for _, n := range l.Names {
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
}

func BenchmarkLayer(b *testing.B) {
	para := "The minister, Anna Kowalska, said on Monday that 3.5 million people in St. Petersburg had voted. " +
		"Dr. Lee disagreed: «It is not so», she told the Baltic News Agency. "
	src := []byte(strings.Repeat(para+"\n\n", 2000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		doc, err := read.Parse("a.txt", src)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		Of(doc)
	}
}
