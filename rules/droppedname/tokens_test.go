package droppedname

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

func TestTokenizeWordsAndMarks(t *testing.T) {
	for _, text := range []string{
		"Mayor Ilse Varga's well-known plan, said the council… It isn’t ready!",
		"  «Нова школа» — opened in 2031; ÉCOLE x\u00a0y \xff end.",
		"a",
		"",
	} {
		doc := lint.NewDocument("x.txt", lint.FormatText, []byte(text))
		span := lint.Span{End: len(doc.Text)}
		toks := tokenize(nil, doc, &lowered{text: doc.Text}, span, classTable())
		// the reference: words, and each other rune not white space
		var want []lint.Span
		ws := lint.Words(doc.Text, span)
		for i, wi := 0, 0; i < len(doc.Text); {
			if wi < len(ws) && int(ws[wi].Start) == i {
				want = append(want, ws[wi].Span())
				i = int(ws[wi].End)
				wi++
				continue
			}
			r, n := utf8.DecodeRune(doc.Text[i:])
			if !unicode.IsSpace(r) {
				want = append(want, lint.Span{Start: i, End: i + n})
			}
			i += n
		}
		if len(toks) != len(want) {
			t.Fatalf("%q: %d tokens, want %d", text, len(toks), len(want))
		}
		prev := 0
		for i, tk := range toks {
			if tk.Span != want[i] {
				t.Errorf("%q: token %d is %v, want %v", text, i, tk.Span, want[i])
			}
			if int(tk.gap) != tk.Start-prev {
				t.Errorf("%q: token %q has gap %d, want %d", text, tk.lower, tk.gap, tk.Start-prev)
			}
			prev = tk.End
			first, _ := utf8.DecodeRune(doc.Text[tk.Start:])
			if tk.word && tk.up != unicode.IsUpper(first) {
				t.Errorf("%q: word %q up = %v", text, tk.lower, tk.up)
			}
			if tk.stop != (!tk.word && (tk.lower == "." || tk.lower == "…" || tk.lower == "!" || tk.lower == "?")) {
				t.Errorf("%q: token %q stop = %v", text, tk.lower, tk.stop)
			}
		}
	}
}

// caseKey agrees with the layer's attribute and key for every word: short
// and long, ASCII or not, near the end of the text or not.
func TestCaseKeyIsTheLayers(t *testing.T) {
	text := []byte("a I ab AB aB Ab mayor MAYOR McKinsey 2031 x9 Z@ `x` [y] " +
		"Ferryboats FERRYBOATS ferryBoats éclair Éclair ÉCOLE Нова НОВА naïve İstanbul \u212Aelvin " +
		"well-known Well-Known club’s Sixteen-Letters sixteen-letterS SIXTEEN-LETTERS seventeen-letterss " +
		"Nineletter nineletteR ninelettér Ninelettér ferryboat'S Z")
	for _, w := range lint.Words(text, lint.Span{End: len(text)}) {
		up, caps, k, ascii := caseKey(text, w.Span())
		a, wk, wascii := layer.AttrKeyOf(text, w.Span())
		if up != a.UpperFirst() || caps != a.Caps() || ascii != wascii || ascii && k != wk {
			t.Errorf("%q: caseKey = %v %v %x %v, layer has %v %v %x %v", text[w.Start:w.End], up, caps, k, ascii, a.UpperFirst(), a.Caps(), wk, wascii)
		}
	}
}
