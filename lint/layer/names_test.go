package layer

import (
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
)

// BenchmarkNamesIn finds the name candidates of every block of the articles
// of the bench corpus (linttest.BenchCorpus), as the names rule asks for
// them.
func BenchmarkNamesIn(b *testing.B) {
	var ns []Name
	linttest.BenchCorpus(b, func(d *lint.Document) []lint.Finding {
		l := Of(d)
		blocks := d.Blocks
		if len(blocks) == 0 {
			blocks = []lint.Block{{Span: lint.Span{Start: 0, End: len(d.Text)}}}
		}
		for _, bl := range blocks {
			ns, _ = l.AppendNamesIn(ns[:0], bl.Span)
		}
		return nil
	})
}

// TestKeySet checks the hashed set against the words it is built from:
// each is in it, a word one letter off or longer is not, nor the empty
// word's key.
func TestKeySet(t *testing.T) {
	for _, words := range []map[string]bool{nameParticles, sentenceStarters, abbreviations} {
		ks := keysOf(words)
		for w := range words {
			if !ks.has(Key(w)) {
				t.Errorf("%q not in its set", w)
			}
			for _, near := range []string{w + "x", w[:len(w)-1] + "q", "z" + w} {
				if !words[near] && len(near) <= 8 && ks.has(Key(near)) {
					t.Errorf("%q in the set of %q", near, w)
				}
			}
		}
		if ks.has(0) {
			t.Error("the empty word's key is in the set")
		}
	}
}
