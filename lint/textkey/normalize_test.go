package textkey

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"github.com/translint/translint/lint"
)

// normalizeRef is Normalize by its definition, stated another way through
// the Unicode tables: every rune that is not a word rune becomes a space,
// word runes lower-case, and the words are joined by single spaces. It
// holds the ASCII fast path to that definition.
func normalizeRef(s string) string {
	spaced := strings.Map(func(r rune) rune {
		if lint.IsWordRune(r) {
			return unicode.ToLower(r)
		}
		return ' '
	}, s)
	return strings.Join(strings.Fields(spaced), " ")
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Back to the top page":      "back to the top page",
		"  Share -- THIS!  ":        "share this",
		"Подписывайтесь на «Канал»": "подписывайтесь на канал",
		"Straße 42, ÉCOLE":          "straße 42 école",
		"":                          "",
		"...":                       "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
	alphabet := []rune("aZ09 -_.,'!?\t\nÉéßПрИв中€\u0301")
	rng := rand.New(rand.NewSource(1))
	for range 5000 {
		r := make([]rune, rng.Intn(20))
		for i := range r {
			r[i] = alphabet[rng.Intn(len(alphabet))]
		}
		s := string(r)
		if got, want := Normalize(s), normalizeRef(s); got != want {
			t.Fatalf("Normalize(%q) = %q, want %q", s, got, want)
		}
	}
}
