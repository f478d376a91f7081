package foreignfragment

import (
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/read"
)

func withOriginal(t *testing.T, text, orig, lang string) *lint.Document {
	t.Helper()
	doc := parse(t, text)
	o, err := read.Parse("original.txt", []byte(orig))
	if err != nil {
		t.Fatal(err)
	}
	o.Lang = lang
	doc.Original = o
	return doc
}

// A window of the source language's function words that the original has
// word for word is untranslated, even when the detector reads the target
// language in its few words; without that text in the original, the
// detector's answer stands.
func TestCopiedFromSourceOverrulesDetector(t *testing.T) {
	text := "The senator said the measure was needed because die Zahl der Wohnungen stark gestiegen ist, which pushed up rents.\n"
	cases := []struct {
		orig, lang string
		want       int
	}{
		{"Der Senator sagte, die Maßnahme sei nötig, weil die Zahl der Wohnungen stark gestiegen ist.\n", "de", 1},
		{"Der Senator sagte, die Maßnahme sei nötig, weil die Mieten gestiegen sind.\n", "de", 0},
		// the original is in another language than the window's words
		{"Сенатор сказал, что die Zahl der Wohnungen stark gestiegen ist.\n", "ru", 0},
	}
	for _, c := range cases {
		r := New()
		r.Detector = &langid.Fake{Func: func(string, []string) langid.Result {
			return langid.Result{Lang: "en", Confidence: 0.9, Margin: 0.8}
		}}
		doc := withOriginal(t, text, c.orig, c.lang)
		fs := r.Check(doc)
		if len(fs) != c.want {
			t.Errorf("original %q: got %v, want %d finding", c.orig, excerpts(doc, fs), c.want)
			continue
		}
		if c.want == 1 && fs[0].Message != `untranslated German text: "die Zahl der Wohnungen stark gestiegen ist"` {
			t.Errorf("message %q", fs[0].Message)
		}
	}
}
