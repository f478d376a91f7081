package foreignfragment

import (
	"testing"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// tokens must split exactly like lint.Words.
func TestTokensMatchWords(t *testing.T) {
	for _, s := range []string{
		"Hello, world! Don't stop well-known 2024 things.",
		"после долгих [переговоров] с соседями—and п'ять Зеленський’s",
		"海关总署表示，出口增速 共同富裕 (common prosperity) 기사 공유하기",
		"e\u0301cole naïve café -dash- 'quoted' end-",
		"Nové správy z obce Kvetná-Dolina.sk - 2019",
	} {
		text := []byte(s)
		span := lint.Span{Start: 0, End: len(text)}
		words := lint.Words(text, span)
		toks := appendTokens(nil, text, lint.Words(text, span))
		if len(words) != len(toks) {
			t.Fatalf("%q: %d words, %d tokens", s, len(words), len(toks))
		}
		for i := range words {
			if words[i].Span() != toks[i].Span {
				t.Errorf("%q: word %d %q vs token %q", s, i, s[words[i].Start:words[i].End], s[toks[i].Start:toks[i].End])
			}
			if got := wordScript(text[toks[i].Start:toks[i].End]); got != toks[i].sc {
				t.Errorf("%q: token %q script %d, want %d", s, s[toks[i].Start:toks[i].End], toks[i].sc, got)
			}
		}
	}
}

// classify reads case, digits, the packed key and the ASCII shape of a word.
func TestClassify(t *testing.T) {
	key := func(s string) uint64 {
		k, _ := packWord([]byte(s))
		return k
	}
	cases := []struct {
		word         string
		upper, digit bool
		key          uint64
		plain        bool
		sc           script
	}{
		{"Harbour", true, false, key("harbour"), true, scriptLatin},
		{"ferry", false, false, key("ferry"), true, scriptLatin},
		{"2031", false, true, key("2031"), true, scriptNone},
		{"well-known", false, false, 0, true, scriptLatin},  // a joiner: no key, still plain
		{"qu'elle", false, false, 0, false, scriptLatin},    // an elision is not plain
		{"lighthouses", false, false, 0, true, scriptLatin}, // too long to pack
		{"Ёлка", true, false, 0, false, scriptCyrillic},
		{"Émile", true, false, 0, false, scriptLatin},
		{"rock’n’roll", false, false, 0, false, scriptLatin},
	}
	for _, c := range cases {
		text := []byte(c.word)
		toks := appendTokens(nil, text, lint.Words(text, lint.Span{End: len(text)}))
		if len(toks) != 1 {
			t.Fatalf("%q: %d tokens, want 1", c.word, len(toks))
		}
		got := toks[0]
		if got.upper != c.upper || got.digit != c.digit || got.key != c.key || got.plain != c.plain || got.sc != c.sc {
			t.Errorf("%q: upper %v digit %v key %x plain %v script %d; want %v %v %x %v %d", c.word,
				got.upper, got.digit, got.key, got.plain, got.sc, c.upper, c.digit, c.key, c.plain, c.sc)
		}
	}
}

// wordScript is the script of most of a word's letters, counted for the
// test on its own.
func wordScript(w []byte) script {
	var counts [scriptOther + 1]int
	best := scriptNone
	for len(w) > 0 {
		r, n := utf8.DecodeRune(w)
		w = w[n:]
		s := layer.RuneScript(r)
		if s == scriptNone {
			continue
		}
		counts[s]++
		if best == scriptNone || counts[s] > counts[best] {
			best = s
		}
	}
	return best
}
