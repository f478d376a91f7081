package boilerplate

import (
	"fmt"
	"testing"

	"github.com/translint/translint/lint/engine"
)

// A paragraph wrapped over several lines that recurs across the pages of a
// documentation site is prose, even where a line of it holds a word of a
// widget ("like"); the same words alone on a line are learned.
func TestCorpusSkipsWrappedLines(t *testing.T) {
	var wrapped, alone []engine.Source
	for i := range 3 {
		body := fmt.Sprintf("# Option %d\n\nThe option number %d sets how the harbour client reads the timetable of one quay.\n\n", i, i)
		wrapped = append(wrapped, engine.Source{Path: fmt.Sprintf("w%d.md", i),
			Data: []byte(body + "Turning this off will make commands like the printer\nskip the quays altogether. When it is not set:\n")})
		alone = append(alone, engine.Source{Path: fmt.Sprintf("a%d.md", i),
			Data: []byte(body + "Like the harbour office on its page\n")})
	}
	for _, fr := range lintRun(t, Default(), wrapped) {
		if len(fr.Diagnostics) > 0 {
			t.Errorf("%s: a wrapped line learned: %q", fr.Path, fr.Diagnostics[0].Excerpt)
		}
	}
	for _, fr := range lintRun(t, Default(), alone) {
		if len(fr.Diagnostics) != 1 {
			t.Errorf("%s: got %q, want the repeated line", fr.Path, excerpts(fr.Diagnostics))
		}
	}
}
