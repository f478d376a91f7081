package textkey

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"github.com/translint/translint/lint"
)

// normalizeRef is Normalize by its definition, rune by rune through the
// Unicode tables, to hold the ASCII fast path to it.
func normalizeRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if lint.IsWordRune(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
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
