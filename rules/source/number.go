package source

import (
	"fmt"
	"strings"

	"github.com/translint/translint/lint"
	src "github.com/translint/translint/lint/source"
)

// maxMergedCost is the most a link that joins two blocks to one may cost
// beyond the prior of the merge for its numbers to be compared: a merge
// whose lengths or sentences disagree may be a misalignment around a
// dropped or run-together paragraph, and its numbers then belong to other
// passages.
const maxMergedCost = 2.0

// Number is source-number: a figure of the translation that differs from
// the figure of the source passage it translates.
type Number struct{}

func (Number) ID() string                     { return "source-number" }
func (Number) DefaultSeverity() lint.Severity { return lint.SeverityError }
func (Number) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Number differs from the source",
		Text: `With the original at hand (--source, --source-dir), each passage of the translation is
aligned with the passage it translates, and their numbers are compared as quantities: locale
formats are read (1 000,5 and 1.000,5 are 1,000.5), scale words multiply (5 млн is 5 million,
2万 is 20,000), numeric dates give their day, month and year (24.02.2022 is February 24, 2022),
times compare on the twelve-hour clock (14:30 is 2:30 p.m.), and English number words count
("three" for 3). A figure of the translation that matches none of the source passage's is
reported when the source passage has a figure the translation lacks: a number changed on the
way. A figure the translation adds on its own (a converted unit) is left alone, and so is a
number the source has that the translation writes another way (in words, or not at all). Two
passages joined to one are compared only when their lengths and sentences bear the merge out: a
poor merge may join the wrong passages around a dropped paragraph.`,
		Bad:  "Source: «Выручка выросла на 12%». Translation: \"Revenue rose by 21%.\"",
		Good: "Revenue rose by 12%.",
	}
}

func (Number) Check(doc *lint.Document) []lint.Finding {
	a := src.Align(doc)
	if !trusted(a) {
		return nil
	}
	var out []lint.Finding
	for _, l := range a.Links {
		if len(l.S) == 0 || len(l.T) == 0 {
			continue
		}
		if len(l.S)+len(l.T) > 2 && l.Cost-src.MergeCost > maxMergedCost {
			continue // a merge the lengths do not bear out may join the wrong passages
		}
		var s, t []src.Number
		for _, i := range l.S {
			s = append(s, a.Src[i].Numbers...)
		}
		for _, j := range l.T {
			t = append(t, a.Tgt[j].Numbers...)
		}
		ms, mt := src.Match(s, t)
		var lost []src.Number
		for i, n := range s {
			if ms[i] < 0 && !n.Word {
				lost = append(lost, n)
			}
		}
		if len(lost) == 0 {
			continue
		}
		for j, n := range t {
			if mt[j] >= 0 || n.Word || !changedFrom(n, lost) {
				continue
			}
			var names []string
			seen := map[string]bool{}
			for _, x := range lost {
				if x.Kind != n.Kind {
					continue
				}
				q := strings.TrimSpace(doc.Original.SrcOf(x.Span))
				if !seen[q] {
					seen[q] = true
					names = append(names, fmt.Sprintf("%q", q))
				}
			}
			out = append(out, lint.Finding{
				Span: n.Span,
				Message: fmt.Sprintf("%q is not in the source passage, which has %s",
					doc.SrcOf(n.Span), strings.Join(names, ", ")),
				Suggestion: "check the number against the source",
				Related:    inOriginal(doc, a.Src[l.S[0]].Span, "source passage"),
			})
		}
	}
	return out
}

// changedFrom: a figure of the translation can stand for a lost one of the
// same kind (a month for a month, a time for a time).
func changedFrom(n src.Number, lost []src.Number) bool {
	for _, x := range lost {
		if x.Kind == n.Kind {
			return true
		}
	}
	return false
}
