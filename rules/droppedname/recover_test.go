package droppedname

import (
	"reflect"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

func TestMayHold(t *testing.T) {
	text := "the mayor of brindle harbour said on tuesday"
	cases := []struct {
		phrase []string
		want   bool
	}{
		{[]string{"mayor", "of"}, true},
		{[]string{"mayor", "from"}, false},
		{[]string{"governor", "of"}, false},
		// a word with letters beyond ASCII may be written otherwise in the
		// lower-cased text (only ASCII is folded there): never ruled out
		{[]string{"élan", "of"}, true},
		{[]string{"élan", "from"}, false},
	}
	for _, c := range cases {
		if got := mayHold(text, c.phrase); got != c.want {
			t.Errorf("mayHold(%q) = %v, want %v", c.phrase, got, c.want)
		}
	}
}

// TestSentencesOf: the copies are split by the layer's sentences, which end
// after a closing quote ("…ferry." Then) and not after a title ("Dr.").
func TestSentencesOf(t *testing.T) {
	text := "The mayor said \"the ferry runs.\" Then Dr. Varga left the harbour."
	doc := lint.NewDocument("x.txt", lint.FormatText, []byte(text))
	b := lint.Block{Span: lint.Span{End: len(text)}}
	doc.Blocks = []lint.Block{b}
	toks := tokenize(nil, doc, &lowered{text: doc.Text}, b.Span, classTable())
	var buf []token
	var spans []lint.Span
	var got []string
	for _, s := range sentencesOf(b, toks, blockSpans(doc, b.Span, &spans), &buf, nil) {
		var ws []string
		for _, w := range s.words {
			ws = append(ws, w.lower)
		}
		got = append(got, strings.Join(ws, " "))
	}
	want := []string{"the mayor said the ferry runs", "then dr varga left the harbour"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
