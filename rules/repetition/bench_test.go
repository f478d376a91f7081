package repetition

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint/linttest"
)

// benchText is an article of n paragraphs of ordinary prose, every fourth
// one ending in a loop, and many short repeats that are not loops ("of the
// of the") to keep the candidate runs busy.
func benchText(n int, sep string) []byte {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "Paragraph %d of the report says that the harbour of the town of the coast grew by %d per cent, "+
			"the council of the region met of the of the board, and the ferry line kept its timetable.", i, i%17)
		if i%4 == 0 {
			b.WriteString(" The works went on, the works on the quay, the works on the quay, the works on the quay.")
		}
		b.WriteString(sep)
	}
	return []byte(b.String())
}

// BenchmarkCheck runs the rule over one document of 1x, 4x and 16x the
// length, in paragraphs and as one block: the time per byte should stay
// flat.
func BenchmarkCheck(b *testing.B) {
	for _, c := range []struct {
		name string
		mult int
		sep  string
	}{{"1x", 1, "\n\n"}, {"4x", 4, "\n\n"}, {"16x", 16, "\n\n"}, {"one-block-1x", 1, " "}, {"one-block-16x", 16, " "}} {
		linttest.BenchCheck(b, Rule{}, c.name, "a.txt", benchText(200*c.mult, c.sep))
	}
}

// BenchmarkCorpus is the rule on the bench corpus (linttest.BenchCorpus).
func BenchmarkCorpus(b *testing.B) { linttest.BenchCorpus(b, Rule{}.Check) }
