package layer

import (
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
)

func parse(t testing.TB, text string) (*lint.Document, *Layer) {
	t.Helper()
	doc, err := read.Parse("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return doc, Of(doc)
}

func TestAttrs(t *testing.T) {
	doc, l := parse(t, "Title line\n\nThe NATO summit in Vilnius cost 3.5 bn, iPhone-style: McCain said «no» © 2024 I.\n")
	type word struct {
		text   string
		cs     Case
		script Script
		upper  bool
	}
	var got []word
	for i, w := range l.Words() {
		a := l.Attrs()[i]
		got = append(got, word{doc.TextOf(w.Span()), a.Case(), a.Script(), a.UpperFirst()})
	}
	want := []word{
		{"Title", Title, Latin, true}, {"line", Lower, Latin, false},
		{"The", Title, Latin, true}, {"NATO", Upper, Latin, true}, {"summit", Lower, Latin, false},
		{"in", Lower, Latin, false}, {"Vilnius", Title, Latin, true}, {"cost", Lower, Latin, false},
		{"3", NoCase, None, false}, {"5", NoCase, None, false}, {"bn", Lower, Latin, false},
		{"iPhone-style", Mixed, Latin, false}, {"McCain", Mixed, Latin, true}, {"said", Lower, Latin, false},
		{"no", Lower, Latin, false}, {"2024", NoCase, None, false}, {"I", Title, Latin, true},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("words:\n got %v\nwant %v", got, want)
	}
}

func TestScripts(t *testing.T) {
	_, l := parse(t, "Київ 北京 Αθήνα Zürich 서울 東京タワー Երևան თბილისი ঢাকা சென்னை WНO ВНО x1\n")
	var got []Script
	for _, a := range l.Attrs() {
		got = append(got, a.Script())
	}
	// "東京タワー": two Han letters and three Kana; the first other script
	// met counts, so Han. "WНO" has a Cyrillic Н among two Latin letters.
	want := []Script{Cyrillic, Han, Greek, Latin, Hangul, Han, Armenian, Georgian, Bengali, Tamil, Latin, Cyrillic, Latin}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestAttrOfAgrees checks the eight-byte path of AttrOf against the rune
// by rune one: words at the end of the text (fewer than eight bytes left)
// take the latter.
func TestAttrOfAgrees(t *testing.T) {
	for _, w := range []string{"a", "Z", "ab", "aB", "Ab", "AB", "x9", "9x", "123", "abcdefgh", "ABCDEFGH", "Abcdefgh", "abcdefgH", "q-Z", "it's", "A1",
		"harbourmaster", "Harbourmaster", "HARBOURMASTER", "harbourMaster", "harbourmasteR", "Harbour-Master", "123456789", "A23456789", "a2345678Z",
		"well-known-and-long", "Ab3456789", "abcdefghI", "ABCDEFGHi", "0123456789abcdefgh", "0123456789ABCDEFGH"} {
		short := []byte(w)
		long := []byte(w + "        ")
		s := lint.Span{Start: 0, End: len(w)}
		if a, b := AttrOf(short, s), AttrOf(long, s); a != b {
			t.Errorf("%q: %08b at the end, %08b with room", w, a, b)
		}
		if a, b := AttrOf(long, s), runeAttr(w); a != b {
			t.Errorf("%q: %08b, rune by rune %08b", w, a, b)
		}
	}
}

func TestCaseOfNonASCII(t *testing.T) {
	for w, want := range map[string]Case{"Émile": Title, "élan": Lower, "ÉCOLE": Upper, "éCole": Mixed, "北京": NoCase, "Ǆemal": Title} {
		if got := AttrOf([]byte(w), lint.Span{Start: 0, End: len(w)}).Case(); got != want {
			t.Errorf("%q: %v, want %v", w, got, want)
		}
	}
}

func TestAppendLowerAndKey(t *testing.T) {
	for _, w := range []string{"Kyiv", "ÉCOLE", "Straße", "NATO's", "ǅemal"} {
		got := string(AppendLower([]byte("x"), []byte(w), lint.Span{Start: 0, End: len(w)}))
		if want := "x" + strings.Map(unicode.ToLower, w); got != want {
			t.Errorf("AppendLower(%q) = %q, want %q", w, got, want)
		}
	}
	if Key("abc") != uint64('a')|uint64('b')<<8|uint64('c')<<16 {
		t.Errorf("Key(abc) = %x", Key("abc"))
	}
	if Key("abcdefgh") != Key("abcdefghij") || Key("abcdefg") == Key("abcdefgh") {
		t.Error("Key: the first eight bytes make the key")
	}
}

func TestMarks(t *testing.T) {
	doc, l := parse(t, "He said: «no» — $5, ok\n")
	ws := l.Words()
	var marks []string
	for k := 1; k < len(ws); k++ {
		for i := int(ws[k-1].End); ; {
			s, e := NextMark(doc.Text, i, int(ws[k].Start))
			if s == e {
				break
			}
			marks = append(marks, doc.TextOf(lint.Span{Start: s, End: e}))
			i = e
		}
	}
	want := []string{":", "«", "»", "—", "$", ","}
	if !reflect.DeepEqual(marks, want) {
		t.Errorf("marks %q, want %q", marks, want)
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
		{"He left, e.g. at noon. \"Go,\" she said.", []string{"He left, e.g. at noon.", "\"Go,\" she said."}},
	}
	for _, tt := range tests {
		doc, l := parse(t, tt.text+"\n")
		var got []string
		for _, s := range l.SentencesIn(doc.Blocks[0].Span) {
			got = append(got, doc.TextOf(s.Span()))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestSentenceWords(t *testing.T) {
	doc, l := parse(t, "One two. Three four five.\n\nSix.\n")
	var got []string
	var sents []Sentence
	for _, b := range doc.Blocks {
		sents = append(sents, l.SentencesIn(b.Span)...)
	}
	for _, s := range sents {
		var ws []string
		for _, w := range l.Words()[s.First:s.Last] {
			ws = append(ws, doc.TextOf(w.Span()))
		}
		got = append(got, strings.Join(ws, "|"))
	}
	want := []string{"One|two", "Three|four|five", "Six"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if n := len(l.SentencesIn(doc.Blocks[1].Span)); n != 1 {
		t.Errorf("SentencesIn(second block): %d sentences, want 1", n)
	}
	if s := l.SentencesIn(doc.Blocks[0].Span)[1]; len(l.AttrsAt(int(s.First), int(s.Last))) != 3 {
		t.Errorf("AttrsAt(second sentence): want 3 attributes")
	}
}

// names returns the name candidates of every block of doc, each as its key
// with "^" before it when it is Initial.
func names(doc *lint.Document, l *Layer) []string {
	var got []string
	var ns []Name
	for _, b := range doc.Blocks {
		ns, _ = l.AppendNamesIn(ns[:0], b.Span)
		for _, n := range ns {
			k := string(l.AppendKey(nil, n))
			if l.Initial(n, b.Span) {
				k = "^" + k
			}
			got = append(got, k)
		}
	}
	return got
}

func TestNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"The Kremlin said that Kim Jong Un met Kim Yo Jong.", []string{"kremlin", "kim jong un", "kim yo jong"}},
		{"Yesterday the minister left.", []string{"^yesterday"}},
		{"During the visit the minister left.", nil}, // a word that only opens sentences
		{"Officials said they met Ursula von der Leyen in Brussels.", []string{"^officials", "ursula von der leyen", "brussels"}},
		{"Anna Kowalska spoke.", []string{"^anna kowalska"}},
		{"The team thanked Dr. Lee and Prof. Novak for their work.", []string{"lee", "novak"}},
		{"She thanked Płażyński, not Plażyński.", []string{"płażyński", "plażyński"}},
		{"They visited Paris, Rome and Vienna.", []string{"paris", "rome", "vienna"}},
		{"President Meets Prime Minister In Capital Today", []string{"^president meets prime minister in capital today"}},
		{"Kyiv's mayor met Poland's President Duda and Oksana’s aide.", []string{"^kyiv", "poland", "president duda", "oksana"}},
		{"It rained. Novak left early. Then Kowalska came!", []string{"^novak", "^then kowalska"}},
		{"Il a rencontré Jean de La Fontaine à Paris.", []string{"^il", "jean de la fontaine", "paris"}},
		{"Sie traf Frau Weber in Berlin.", []string{"^sie", "frau weber", "berlin"}},
		{"Novak arrived\n\nKowalska left.", []string{"^novak", "^kowalska"}}, // a blank line ends a sentence
	}
	for _, tt := range tests {
		doc, l := parse(t, tt.text+"\n")
		if got := names(doc, l); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestNamesTally(t *testing.T) {
	doc, l := parse(t, "Anna met Jan Novak in Łódź on 3 May.\n\nÉmile left\n")
	var got []WordTally
	for _, b := range doc.Blocks {
		_, n := l.AppendNamesIn(nil, b.Span)
		got = append(got, n)
	}
	if want := []WordTally{{9, 5}, {2, 1}}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestNamesAgreeWithSentences: a name is Initial exactly when its first
// word is the first word of one of the splitter's sentences, and no name
// crosses a sentence.
func TestNamesAgreeWithSentences(t *testing.T) {
	for _, text := range []string{
		"Mr. Novak met Dr. Kowalska at 3.5 p.m. on Monday. He left… Then Anna said: \"Go.\" Kim Jong Un (the leader) smiled!",
		"U.S. officials met E.U. envoys. «Maybe,» said Novak. [Note] Paris is big. 東京。Kyoto is old. Ages 5.5. Done",
		"Novak arrived\n\nKowalska left.\n \nThe end. — . Then Oslo. Abcdefgh. Xy. Ph.D. Holders came.",
	} {
		checkNamesAgainstSentences(t, text)
	}
}

// FuzzNames checks the name scan's sentence starts against the splitter.
func FuzzNames(f *testing.F) {
	for _, s := range []string{"Mr. Novak met Dr. Kowalska. Then Anna left!", "A.B. Novak\n\nThe Kremlin. «Yes,» Ivo said.", "Kyiv's mayor. 東京。Kyoto"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkNamesAgainstSentences(t, s)
	})
}

func checkNamesAgainstSentences(t *testing.T, text string) {
	t.Helper()
	doc, err := read.Parse("a.txt", []byte(text))
	if err != nil {
		return
	}
	l := Of(doc)
	for _, b := range doc.Blocks {
		sents := l.SentencesIn(b.Span)
		for _, s := range sents {
			for k := s.First; k < s.Last; k++ {
				if l.StartsSentence(int(k), b.Span) != (k == s.First) {
					t.Errorf("%q: StartsSentence(%q) = %v", text, doc.TextOf(doc.Words()[k].Span()), k != s.First)
				}
			}
		}
		ns, tally := l.AppendNamesIn(nil, b.Span)
		if wi, wj := l.wordRange(b.Span); tally.Words != wj-wi {
			t.Errorf("%q: %d words counted, %d in the block", text, tally.Words, wj-wi)
		}
		for _, n := range ns {
			k := sort.Search(len(sents), func(k int) bool { return sents[k].Last > n.First })
			if k == len(sents) || sents[k].First > n.First || sents[k].Last < n.Last {
				t.Errorf("%q: name %q is not inside one sentence", text, doc.TextOf(n.Span()))
				continue
			}
			if l.Initial(n, b.Span) != (sents[k].First == n.First) {
				t.Errorf("%q: name %q Initial %v", text, doc.TextOf(n.Span()), l.Initial(n, b.Span))
			}
		}
	}
}

func TestOfIsComputedOnce(t *testing.T) {
	doc, l := parse(t, "One sentence here.\n")
	if Of(doc) != l {
		t.Fatal("a second call built the layer again")
	}
	if &l.Attrs()[0] != &Of(doc).Attrs()[0] {
		t.Fatal("a second call built the attributes again")
	}
	first := l.SentencesIn(doc.Blocks[0].Span)
	if &first[0] != &l.SentencesIn(doc.Blocks[0].Span)[0] {
		t.Fatal("a second call split the block again")
	}
}

// FuzzAttrs checks the layer's words against the document's and each
// attribute against the word's runes.
func FuzzAttrs(f *testing.F) {
	for _, s := range []string{"Kyiv's NATO x1", "東京タワー Ǆemal", "WНO said. Mr. X left…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := read.Parse("a.txt", []byte(s))
		if err != nil {
			return
		}
		l := Of(doc)
		if len(l.Attrs()) != len(doc.Words()) {
			t.Fatalf("%d attributes for %d words", len(l.Attrs()), len(doc.Words()))
		}
		for i, w := range l.Words() {
			a := l.Attrs()[i]
			word := doc.Text[w.Start:w.End]
			first, _ := utf8.DecodeRune(word)
			if a.UpperFirst() != unicode.IsUpper(first) {
				t.Errorf("%q: UpperFirst %v", word, a.UpperFirst())
			}
			if got, want := a&^scriptBits, runeAttr(string(word))&^scriptBits; got != want {
				t.Errorf("%q: case bits %08b, rune by rune %08b", word, got, want)
			}
			letter := strings.IndexFunc(string(word), unicode.IsLetter) >= 0
			if a.Number() == letter {
				t.Errorf("%q: Number %v", word, a.Number())
			}
		}
		prev := int32(0)
		var sents []Sentence
		for _, b := range doc.Blocks {
			sents = append(sents, l.SentencesIn(b.Span)...)
		}
		for _, sn := range sents {
			if sn.Start < prev || sn.End < sn.Start || sn.First > sn.Last {
				t.Fatalf("sentence %+v after %d", sn, prev)
			}
			prev = sn.End
		}
	})
}

func BenchmarkAttrs(b *testing.B) {
	para := "The minister, Anna Kowalska, said on Monday that 3.5 million people in St. Petersburg had voted. " +
		"Dr. Lee disagreed: «It is not so», she told the Baltic News Agency. Київ відповів. "
	src := []byte(strings.Repeat(para+"\n\n", 2000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		doc, err := read.Parse("a.txt", src)
		if err != nil {
			b.Fatal(err)
		}
		doc.Words()
		b.StartTimer()
		Of(doc).Attrs()
		for _, bl := range doc.Blocks {
			Of(doc).SentencesIn(bl.Span)
		}
	}
}

// TestAttrsAtChunks: attributes asked for a chunk at a time agree with
// those of the whole document.
func TestAttrsAtChunks(t *testing.T) {
	text := strings.Repeat("Kyiv NATO iPhone 2024 ферма élan ", 200)
	doc, l := parse(t, text)
	n := len(doc.Words())
	mid := l.AttrsAt(n/2, n/2+3)
	if len(mid) != 3 {
		t.Fatalf("AttrsAt: %d attributes", len(mid))
	}
	for i, a := range l.Attrs() {
		if want := AttrOf(doc.Text, doc.Words()[i].Span()); a != want {
			t.Fatalf("word %d: %08b, want %08b", i, a, want)
		}
	}
}

// TestKeyOf: the key of a word read from the text is the Key of its
// lower-case form, at the end of the text too; a word beyond ASCII has none.
func TestKeyOf(t *testing.T) {
	for _, w := range []string{"a", "Mayor", "NATO's", "Harbourmaster", "x9-Z", "ABCDEFGH"} {
		for _, text := range []string{w, w + " and more text"} {
			k, ok := KeyOf([]byte(text), lint.Span{Start: 0, End: len(w)})
			if want := Key(strings.ToLower(w)); !ok || k != want {
				t.Errorf("KeyOf(%q in %q) = %x, %v; want %x", w, text, k, ok, want)
			}
			a, k2, ok2 := AttrKeyOf([]byte(text), lint.Span{Start: 0, End: len(w)})
			if a != AttrOf([]byte(text), lint.Span{Start: 0, End: len(w)}) || k2 != k || ok2 != ok {
				t.Errorf("AttrKeyOf(%q in %q) = %08b, %x, %v", w, text, a, k2, ok2)
			}
		}
	}
	for _, w := range []string{"élan", "Harbourmästare", "Київ"} {
		if _, ok := KeyOf([]byte(w+"        "), lint.Span{Start: 0, End: len(w)}); ok {
			t.Errorf("KeyOf(%q): ASCII", w)
		}
		if _, _, ok := AttrKeyOf([]byte(w), lint.Span{Start: 0, End: len(w)}); ok {
			t.Errorf("AttrKeyOf(%q): ASCII", w)
		}
	}
	src := []byte("Mixed CASE Ünïcode, 2024 ABCdefGHIjkl")
	if got, want := string(LowerASCII([]byte("<"), src)), "<mixed case Ünïcode, 2024 abcdefghijkl"; got != want {
		t.Errorf("LowerASCII = %q, want %q", got, want)
	}
}

// TestAttrsAcrossGroups: a range across two groups of kept attributes is
// a copy that agrees with AttrOf.
func TestAttrsAcrossGroups(t *testing.T) {
	doc, l := parse(t, strings.Repeat("Kyiv NATO iPhone 2024 ферма élan ", attrGroup/3))
	n := len(doc.Words())
	if n <= attrGroup+10 {
		t.Fatalf("%d words: the text must span two groups", n)
	}
	as := l.AttrsAt(attrGroup-5, attrGroup+5)
	for k, a := range as {
		if want := AttrOf(doc.Text, doc.Words()[attrGroup-5+k].Span()); a != want {
			t.Errorf("word %d: %08b, want %08b", attrGroup-5+k, a, want)
		}
	}
	if len(as) != 10 {
		t.Errorf("%d attributes, want 10", len(as))
	}
}

// runeAttr is AttrOf rune by rune, as the fuzz test and the short and long
// ASCII paths are checked against.
func runeAttr(w string) Attr {
	var a Attr
	letters := false
	for i, r := range w {
		if unicode.IsLower(r) {
			a |= hasLower
		}
		if unicode.IsLetter(r) {
			letters = true
		}
		if unicode.ToLower(r) != r {
			if i == 0 {
				a |= capsFirst
			} else {
				a |= capsRest
			}
		}
		if i == 0 && unicode.IsUpper(r) {
			a |= upperFirst
		}
	}
	if letters {
		a |= Attr(Latin) // the words checked are ASCII
	}
	return a
}

// TestStartersAndParticles checks the hashed key sets against the word
// tables they are built from.
func TestStartersAndParticles(t *testing.T) {
	words := []string{"accordingly", "accordin", "Theirs", "thee", "vanity", "Von", "dEr", "ibn", "é", "ABOUT"}
	for w := range sentenceStarters {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	for w := range nameParticles {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:])
	}
	for _, w := range words {
		text := []byte(" " + w + " ")
		span := lint.Span{Start: 1, End: 1 + len(w)}
		if got, want := isStarter(text, span), sentenceStarters[strings.ToLower(w)]; got != want {
			t.Errorf("isStarter(%q) = %v", w, got)
		}
		if got, want := isParticle(text, lint.Word{Start: 1, End: int32(1 + len(w))}), nameParticles[w]; got != want {
			t.Errorf("isParticle(%q) = %v", w, got)
		}
	}
}
