package artifacts

import (
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// TestCarriedQuote: which paragraphs lie inside a quotation that an
// earlier paragraph opened and left open.
func TestCarriedQuote(t *testing.T) {
	for _, c := range []struct {
		paras []string
		want  string // one letter a paragraph: q inside a carried quotation, - not
	}{
		{[]string{`She posted: "The ferry is back.`, `Its been a long winter.`, `See you on the pier!"`, `Its been quiet since.`}, "-qq-"},
		{[]string{`She said: “We stay.`, `Its been hard.”`}, "-q"},
		{[]string{`He said "yes" and left.`, `Its been a week.`}, "--"},
		{[]string{`A stray " mark.`, `One.`, `Two.`}, "---"},
		{[]string{`«Le port est fermé.`, `Its late.»`}, "-q"},
	} {
		text := strings.Join(c.paras, "\n\n")
		var spans []lint.Span
		at := 0
		for _, p := range c.paras {
			spans = append(spans, lint.Span{Start: at, End: at + len(p)})
			at += len(p) + 2
		}
		var got strings.Builder
		for _, in := range carriedQuote([]byte(text), spans) {
			if in {
				got.WriteByte('q')
			} else {
				got.WriteByte('-')
			}
		}
		if got.String() != c.want {
			t.Errorf("%q: got %s, want %s", c.paras, got.String(), c.want)
		}
	}
}

// TestCarriedQuoteStray: a quotation never closed carries over at most
// maxCarriedBlocks paragraphs.
func TestCarriedQuoteStray(t *testing.T) {
	paras := []string{`Open " here.`}
	for i := 0; i < maxCarriedBlocks+2; i++ {
		paras = append(paras, "Plain.")
	}
	paras = append(paras, `Close " there.`)
	text := strings.Join(paras, "\n\n")
	var spans []lint.Span
	at := 0
	for _, p := range paras {
		spans = append(spans, lint.Span{Start: at, End: at + len(p)})
		at += len(p) + 2
	}
	for i, in := range carriedQuote([]byte(text), spans) {
		if in {
			t.Errorf("paragraph %d counted inside a quotation never closed in time", i)
		}
	}
}
