package artifacts

import (
	"strings"
	"testing"

	"github.com/translint/translint/lint/read"
)

// TestDoubledWordByLanguage checks the grammatical doubles of each language:
// left alone on a page in that language or in a clause in it, flagged
// elsewhere.
func TestDoubledWordByLanguage(t *testing.T) {
	for _, c := range []struct {
		lang, in string
		want     []string
	}{
		// the page's own language
		{"de", "Die Gäste, die die Ausstellung sahen, blieben lange.", nil},
		{"de", "Die Gäste blieben lange, und und niemand ging.", []string{"und und"}},
		{"nl", "Ze zei dat dat niet waar was.", nil},
		{"fr", "Nous nous sommes assis près du feu.", nil},
		{"es", "Cuando tengo hambre, como como un lobo.", nil},
		{"cs", "Včera se se sestrou setkal v parku.", nil},
		{"pl", "To to samo miasto, tylko starsze.", nil},
		{"en", "He had had enough of the rain.", nil},
		{"it", "Il paese si svuota piano piano, e la piazza resta vuota.", nil},
		{"it", "Il sindaco ha parlato con con i pescatori.", []string{"con con"}},
		// another language's double in a clause of the page's language
		{"en", "Many of the old elms die die every winter in this valley.", []string{"die die"}},
		{"en", "It was a question of nous nous and of the meeting after that.", []string{"nous nous"}},
		{"de", "Er hatte had had gesagt, und das war falsch.", []string{"had had"}},
		// a clause in the language of the double: quoted, or a page whose
		// language nothing declares (the run's default)
		{"en", `The sign says "Wir danken allen, die die Brücke gebaut haben und sie pflegen" in gold.`, nil},
		{"en", "Die Leute, die die neue Brücke sahen, waren mit dem Ergebnis sehr zufrieden.", nil},
		{"de", `Sie schrieb auf Englisch: "by then she had had enough of the winter".`, nil},
		// a table word of no language of the clause
		{"fr", "Le maire et et le conseil ont voté.", []string{"et et"}},
	} {
		text := "A first paragraph of plain words.\n\n" + c.in + "\n"
		doc, err := read.Parse("article.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		doc.Lang = c.lang
		got := excerpts(text, DoubledWord{}.Check(doc))
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: %q: got %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

// TestGrammaticalDoublesHaveTells: every language of grammaticalDoubles has
// the function words foreignClause counts, and every entry a reason.
func TestGrammaticalDoublesHaveTells(t *testing.T) {
	for lang, ws := range grammaticalDoubles {
		if len(clauseTells[lang]) < 10 {
			t.Errorf("%s: %d function words in clauseTells", lang, len(clauseTells[lang]))
		}
		for w, why := range ws {
			if w != strings.ToLower(w) || strings.TrimSpace(why) == "" {
				t.Errorf("%s: %q: %q", lang, w, why)
			}
		}
	}
}
