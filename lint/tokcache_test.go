package lint

import (
	"math/rand"
	"reflect"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
)

// wordsInAgrees checks WordsIn against Words on every span of text whose
// ends fall on the given offsets.
func wordsInAgrees(t *testing.T, text string) {
	t.Helper()
	d := NewDocument("x", FormatText, []byte(text))
	for s := 0; s <= len(text); s++ {
		for e := s; e <= len(text); e++ {
			sp := Span{s, e}
			got, want := d.WordsIn(sp), Words(d.Text, sp)
			if len(got) == 0 && len(want) == 0 {
				continue
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("%q [%d:%d]: WordsIn %v, Words %v", text, s, e, got, want)
			}
		}
	}
}

func TestWordsInMatchesWords(t *testing.T) {
	for _, text := range []string{
		"",
		"don't stop well-known",
		"end- start -x a'b ' c ’d’ x’",
		"Путин сказал: «нет» — 2019–2024, déjà vu",
		"a\u0301b e\u0308 x—y 漢字かな 😀word",
		"  trailing joiner- and 'quote' ",
	} {
		wordsInAgrees(t, text)
	}
	alphabet := []string{"a", "B", "7", " ", "-", "'", "’", "—", "é", "я", "\n", ".", "\u0301", "字"}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 200; n++ {
		var b []byte
		for k := r.Intn(24); k > 0; k-- {
			b = append(b, alphabet[r.Intn(len(alphabet))]...)
		}
		wordsInAgrees(t, string(b))
	}
}

// A block's words come from the table of the blocks' words, and agree with
// Words; blocks changed after the table was built are searched for.
func TestWordsInBlocks(t *testing.T) {
	alphabet := []string{"a", "B", "7", " ", "-", "'", "’", "—", "é", "я", "\n", ".", "字"}
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 300; n++ {
		var b []byte
		for k := r.Intn(40); k > 0; k-- {
			b = append(b, alphabet[r.Intn(len(alphabet))]...)
		}
		d := NewDocument("x", FormatText, b)
		// blocks in order, some empty, some cutting words
		d.Blocks = nil
		for at := 0; at < len(b); {
			s := at + r.Intn(4)
			e := min(len(b), s+r.Intn(12))
			if s > e {
				break
			}
			d.Blocks = append(d.Blocks, Block{Span: Span{s, e}})
			at = e
		}
		check := func(when string) {
			for _, bl := range d.Blocks {
				got, want := d.WordsIn(bl.Span), Words(d.Text, bl.Span)
				if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
					t.Fatalf("%s %q %v: WordsIn %v, Words %v", when, b, bl.Span, got, want)
				}
			}
		}
		check("blocks")
		for _, bl := range d.Blocks {
			if _, _, ok := d.blockWords(d.Words(), bl.Span); !ok {
				t.Fatalf("%q %v: a block not found in the table", b, bl.Span)
			}
		}
		// blocks moved after the table was built
		for k := range d.Blocks {
			d.Blocks[k].Start = max(0, d.Blocks[k].Start-r.Intn(3))
		}
		check("moved blocks")
	}
}

func TestWordsCachedOnce(t *testing.T) {
	d := NewDocument("x", FormatText, []byte("one two three"))
	a, b := d.Words(), d.Words()
	if len(a) != 3 || &a[0] != &b[0] {
		t.Fatalf("Words() = %v, not computed once", a)
	}
	// appending to a sub-slice must not overwrite the cache
	w := d.WordsIn(Span{0, 3})
	_ = append(w, Word{9, 9})
	if d.Words()[1] != (Word{4, 7}) {
		t.Fatalf("cache overwritten: %v", d.Words())
	}
}

// The Markdown reader hands the file's own bytes to goldmark when there is
// no front matter: parsing must leave them as read.
func TestMemo(t *testing.T) {
	type key struct{ n int }
	d := NewDocument("a.txt", FormatText, []byte("text"))
	calls := 0
	build := func() any { calls++; return calls }
	if v := d.Memo(key{1}, build); v != 1 {
		t.Fatalf("first value %v", v)
	}
	if v := d.Memo(key{1}, build); v != 1 || calls != 1 {
		t.Fatalf("second call: value %v after %d builds, want the first value and one build", v, calls)
	}
	if v := d.Memo(key{2}, build); v != 2 {
		t.Fatalf("another key: %v", v)
	}
	other := NewDocument("b.txt", FormatText, []byte("text"))
	if v := other.Memo(key{1}, build); v != 3 {
		t.Fatalf("another document shares the value: %v", v)
	}
	// Concurrent callers all get one value.
	var wg sync.WaitGroup
	got := make([]any, 8)
	fresh := NewDocument("c.txt", FormatText, []byte("text"))
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = fresh.Memo(key{1}, func() any { return new(int) })
		}()
	}
	wg.Wait()
	for _, v := range got[1:] {
		if v != got[0] {
			t.Fatal("concurrent callers got different values")
		}
	}
}

// maxWords never counts fewer words than appendWords finds, whatever the
// text: letters of several scripts, marks, joiners, digits, invalid bytes.
func TestMaxWordsIsABound(t *testing.T) {
	pieces := []string{"ferry", "VELL", "42", "don't", "well-known", "‐", "’s", "Київ", "東京", "e\u0301",
		"中文", "ÅÄÖ", "—", "“", "”", "…", ",", ".", " ", "\n", "\t", "_", "\xff", "\xc3", "\x80", "٣", "١٢", "'", "-", "’", "x"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		text := []byte(b.String())
		if got, words := maxWords(text), len(Words(text, Span{0, len(text)})); got < words {
			t.Fatalf("maxWords(%q) = %d, but it has %d words", text, got, words)
		}
	}
	// Of ASCII words, joiners and marks, it is exact.
	ascii := []string{"ferry", "x", "42", "'", "-", "’s", "‐s", " ", ",", ".", "\n"}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k > 0; k-- {
			b.WriteString(ascii[rng.Intn(len(ascii))])
		}
		text := []byte(b.String())
		if got, words := maxWords(text), len(Words(text, Span{0, len(text)})); got != words {
			t.Fatalf("maxWords(%q) = %d, but it has %d words", text, got, words)
		}
	}
	// English prose: close to the words, well below one in five bytes.
	prose := []byte(strings.Repeat("The harbour council said on Tuesday that the ferry to Vell would resume in May, "+
		"weather permitting, after a winter's repairs. ", 100))
	words := len(Words(prose, Span{0, len(prose)}))
	if got := maxWords(prose); got > words*21/20 || got >= len(prose)/5 {
		t.Errorf("prose of %d bytes, %d words: maxWords %d", len(prose), words, got)
	}
}

// A large text's word cache is sized by maxWords, and its words are the
// same as the estimate's.
func TestWordsOfLargeText(t *testing.T) {
	para := "Quay lights at Vell went dark on Friday, and the ferry's crew, who'd waited since noon, went home.\n\n"
	src := []byte(strings.Repeat(para, wordBoundBytes/len(para)+10))
	d := NewDocument("big.txt", FormatText, src)
	ws := d.Words()
	if want := Words(src, Span{0, len(src)}); !slices.Equal(ws, want) {
		t.Fatalf("%d words, want %d", len(ws), len(want))
	}
	if cap(ws) != maxWords(src) || cap(ws) > len(ws)*21/20 {
		t.Errorf("room for %d words, %d used", cap(ws), len(ws))
	}
}

// TestWordIndex checks the search that starts from a guess by density
// against a plain one, at every offset of texts of uneven density.
func TestWordIndex(t *testing.T) {
	for _, text := range []string{"", "a", "   a", "a b c d e f g h i j k l m n o p q r s t u v w x y z " + strings.Repeat(" ", 300) + "end of it",
		strings.Repeat("word ", 200) + strings.Repeat("-", 500) + strings.Repeat("x y ", 100)} {
		d := NewDocument("x", FormatText, []byte(text))
		ws := d.Words()
		for off := 0; off <= len(text)+1; off++ {
			want := sort.Search(len(ws), func(k int) bool { return int(ws[k].Start) >= off })
			if got := d.WordIndex(off); got != want {
				t.Fatalf("%q: WordIndex(%d) = %d, want %d", text, off, got, want)
			}
		}
	}
}
