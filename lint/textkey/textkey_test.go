package textkey

import (
	"hash/fnv"
	"testing"

	"github.com/translint/translint/lint"
)

// lineKey is Of by its definition: the hash of the normalised string.
func lineKey(s string) uint64 { return Hash(Normalize(s)) }

func TestOfIsHashOfNormalize(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Exit mobile version", "  Share this:  ", "ÉTÉ à Paris — déjà vu!",
		"Читайте также: «Новости»", "Ünïcödé\u0301 mix 42", "a-b_c d", "İstanbul", "ǅungla",
		"tab\tseparated\r", "x", "??!", "Subscribe to our newsletter",
	} {
		if got, want := Of([]byte(s)), lineKey(s); got != want {
			t.Errorf("Of(%q) = %x, Hash(Normalize) = %x", s, got, want)
		}
		if _, ok := of([]byte(s)); ok != (Normalize(s) != "") {
			t.Errorf("of(%q) non-empty = %v, want %v", s, ok, Normalize(s) != "")
		}
	}
}

func BenchmarkOf(b *testing.B) {
	line := []byte("The decision was expected by most economists, although a few had forecast a small cut after weaker growth figures in the last quarter. Цены на гречку выросли на треть за полгода.")
	b.SetBytes(int64(len(line)))
	for i := 0; i < b.N; i++ {
		Of(line)
	}
}

func FuzzOf(f *testing.F) {
	for _, s := range []string{"Exit mobile version", "ÉTÉ à Paris — déjà vu!", "\xff\xfeabc", "K\u212a", "x\u0301y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Of([]byte(s)), lineKey(s); got != want {
			t.Errorf("Of(%q) = %x, Hash(Normalize) = %x", s, got, want)
		}
	})
}

// Hash is FNV-1a as the standard library computes it: the line hashes of
// SARIF output, made with it, keep their values across versions.
func TestHashIsFNV1a(t *testing.T) {
	for _, s := range []string{"", "a", "boilerplate\x00Share this article", "Ünïcödé ✓"} {
		h := fnv.New64a()
		h.Write([]byte(s))
		if got, want := Hash(s), h.Sum64(); got != want {
			t.Errorf("Hash(%q) = %x, want %x", s, got, want)
		}
		if Hash([]byte(s)) != Hash(s) {
			t.Errorf("Hash(%q) differs between string and bytes", s)
		}
	}
	if Of(nil) != Empty || Of([]byte(" -- ")) != Empty {
		t.Errorf("the key of a text without a word is not Empty")
	}
}

// Kept returns what Keep attached, and nothing on a document without.
func TestKeepKept(t *testing.T) {
	d := lint.NewDocument("a.txt", lint.FormatText, []byte("One line\n"))
	if _, ok := Kept(d); ok {
		t.Fatal("Kept on a fresh document")
	}
	d2 := lint.NewDocument("b.txt", lint.FormatText, []byte("One line\n"))
	Keep(d2, &Doc{Lines: []uint64{Of([]byte("One line"))}})
	got, ok := Kept(d2)
	if !ok || len(got.Lines) != 1 || got.Lines[0] != Of([]byte("one LINE")) {
		t.Errorf("Kept = %v, %v; want the key of the one line", got, ok)
	}
}
