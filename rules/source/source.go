// Package source holds the rules that compare a translation with its
// original article (check --source, --source-dir). Without an original they
// report nothing.
package source

import (
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
	src "github.com/translint/translint/lint/source"
)

// Rules returns the source-aware rules.
func Rules() []lint.Rule {
	return []lint.Rule{Number{}, MissingPassage{}, UntranslatedPassage{}, Link{}, Name{}}
}

// trusted reports whether the alignment is good enough to report from.
func trusted(a *src.Alignment) bool { return a.Trusted() }

// inOriginal points a finding at a passage of the original: its first
// sentence, as a related place in the source file.
func inOriginal(doc *lint.Document, s lint.Span, msg string) []lint.Related {
	if ss := layer.Split(doc.Original.Text, s); len(ss) > 0 {
		s = ss[0]
	}
	return []lint.Related{{Span: s, Message: msg, Path: doc.Original.Path}}
}

// quote shortens a passage for a message.
func quote(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}

// groupSpan is the span of the translation units of a link.
func groupSpan(a *src.Alignment, t []int) lint.Span {
	return lint.Span{Start: a.Tgt[t[0]].Start, End: a.Tgt[t[len(t)-1]].End}
}
