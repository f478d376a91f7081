package lint

import (
	"math/rand"
	"reflect"
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
func TestParseMarkdownKeepsSrc(t *testing.T) {
	src := "# Title &amp; more\n\nText with *emphasis*, `code`, [a link](http://x.test \"t\") and <b>html</b>.\n\n" +
		"| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\\\n> more\n\n- [x] task\n- ~~gone~~\n\n    indented code\n\n[ref]: http://y.test\n"
	data := []byte(src)
	d, err := ParseAs("a.md", FormatMarkdown, data)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != src || string(d.Src) != src {
		t.Fatalf("parsing changed the source:\n%s", data)
	}
	if len(d.Blocks) == 0 {
		t.Fatal("no blocks")
	}
}

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
