package fingerprint

import (
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
)

// BenchmarkLineHashesOneLongLine is a minified page: 3,000 findings on one
// 250 KB line. Each line is normalised and hashed once per rule, so this
// costs about one pass over the line, not 3,000.
func BenchmarkLineHashesOneLongLine(b *testing.B) {
	line := strings.Repeat("<p>Some sentence is here and the the words go on.</p> ", 4600)
	diags := make([]engine.Diagnostic, 3000)
	for i := range diags {
		diags[i] = engine.Diagnostic{Rule: "doubled-word", Start: lint.Position{Line: 1}, SourceLine: line, Excerpt: "the the"}
	}
	b.SetBytes(int64(len(line)))
	b.ReportAllocs()
	for b.Loop() {
		LineHashes(diags)
	}
}
