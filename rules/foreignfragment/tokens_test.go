package foreignfragment

import (
	"testing"

	"github.com/translint/translint/lint"
)

// tokens must split exactly like lint.Words.
func TestTokensMatchWords(t *testing.T) {
	for _, s := range []string{
		"Hello, world! Don't stop well-known 2024 things.",
		"путем закрытия [этих] площадок—and п'ять Зеленський’s",
		"海关总署表示，出口增速 共同富裕 (common prosperity) 기사 공유하기",
		"e\u0301cole naïve café -dash- 'quoted' end-",
		"Všetky práva vyhradené IN-Ukraine.info - 2022",
	} {
		text := []byte(s)
		span := lint.Span{Start: 0, End: len(text)}
		words := lint.Words(text, span)
		toks := appendTokens(nil, text, span)
		if len(words) != len(toks) {
			t.Fatalf("%q: %d words, %d tokens", s, len(words), len(toks))
		}
		for i := range words {
			if words[i].Span != toks[i].Span {
				t.Errorf("%q: word %d %q vs token %q", s, i, s[words[i].Start:words[i].End], s[toks[i].Start:toks[i].End])
			}
			if got := wordScript(text[toks[i].Start:toks[i].End]); got != toks[i].sc {
				t.Errorf("%q: token %q script %d, want %d", s, s[toks[i].Start:toks[i].End], toks[i].sc, got)
			}
		}
	}
}
