package lint

import "testing"

func TestKeyOfIsLineKey(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Exit mobile version", "  Share this:  ", "ÉTÉ à Paris — déjà vu!",
		"Читайте также: «Новости»", "Ünïcödé\u0301 mix 42", "a-b_c d", "İstanbul", "ǅungla",
		"tab\tseparated\r", "x", "??!", "Subscribe to our newsletter",
	} {
		if got, want := KeyOf([]byte(s)), LineKey(s); got != want {
			t.Errorf("KeyOf(%q) = %x, LineKey = %x", s, got, want)
		}
		if _, ok := keyOf([]byte(s)); ok != (Normalize(s) != "") {
			t.Errorf("keyOf(%q) non-empty = %v, want %v", s, ok, Normalize(s) != "")
		}
	}
}

func BenchmarkKeyOf(b *testing.B) {
	line := []byte("The decision was expected by most economists, although a few had forecast a small cut after weaker growth figures in the last quarter. Цены на гречку выросли на треть за полгода.")
	b.SetBytes(int64(len(line)))
	for i := 0; i < b.N; i++ {
		KeyOf(line)
	}
}

func FuzzKeyOf(f *testing.F) {
	for _, s := range []string{"Exit mobile version", "ÉTÉ à Paris — déjà vu!", "\xff\xfeabc", "K\u212a", "x\u0301y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := KeyOf([]byte(s)), LineKey(s); got != want {
			t.Errorf("KeyOf(%q) = %x, LineKey = %x", s, got, want)
		}
	})
}
