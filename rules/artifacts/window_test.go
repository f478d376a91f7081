package artifacts

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// textWindow returns the text of any span, whatever the order of the spans
// and however long they are, and converts a long text a window at a time.
func TestTextWindow(t *testing.T) {
	text := []byte(strings.Repeat("Quay lights “on” again. ", 3*windowBytes/24+7))
	w := textWindow{text: text}
	rng := rand.New(rand.NewSource(1))
	at := 0
	for k := 0; k < 2000; k++ {
		var sp lint.Span
		switch k % 4 {
		case 0: // on from the last span, as blocks come
			sp = lint.Span{Start: at, End: min(len(text), at+rng.Intn(300))}
		case 1: // anywhere
			s := rng.Intn(len(text))
			sp = lint.Span{Start: s, End: s + rng.Intn(len(text)-s+1)}
		case 2: // longer than a window
			s := rng.Intn(len(text) - windowBytes - 1)
			sp = lint.Span{Start: s, End: s + windowBytes + 1}
		case 3: // empty, at the end
			sp = lint.Span{Start: len(text), End: len(text)}
		}
		if got := w.of(sp); got != string(text[sp.Start:sp.End]) {
			t.Fatalf("span %v: got %d bytes, not the text", sp, len(got))
		}
		at = sp.End % len(text)
	}
	// Spans in order over a long text hold one window at a time.
	w = textWindow{text: text}
	for s := 0; s < len(text); s += 100 {
		w.of(lint.Span{Start: s, End: min(len(text), s+100)})
		if len(w.s) > windowBytes {
			t.Fatalf("window of %d bytes for spans of 100", len(w.s))
		}
	}
}
