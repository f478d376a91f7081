package engine

import (
	"github.com/translint/translint/lint"
)

// Precedence is the merge stage's policy: which finding stands for a defect
// when findings of different rules cover the same text. One defect is one
// finding: a Slovak copyright footer is a piece of chrome to delete, not
// also a sentence to translate.
//
// The table belongs to the rule list (rules.Precedence), not to the rules:
// a rule does not know which other rules run beside it.
type Precedence struct {
	// Blocks are rules whose finding stands for a whole block that the reader
	// should delete (page chrome, a duplicated teaser). A finding of another
	// rule that lies wholly inside such a finding is folded into it: advice
	// on a part of a block that goes is noise.
	Blocks map[string]bool
	// Over maps a rule to the rules it replaces on the same text: mojibake
	// over foreign-fragment (damaged bytes are not a foreign language).
	Over map[string][]string
}

// sameTextShare is how much of the shorter of two findings the other must
// cover for both to be about "the same text" (Precedence.Over): half.
const sameTextShare = 2

// merge folds findings per p, in place, and returns the kept ones. Folded
// findings become related locations of the finding that kept the defect,
// their rule and message named, so nothing they said is lost. Findings must
// be sorted by start (lint.Finding.Compare); the result stays sorted.
//
// Linear in the findings but for overlaps: each finding is compared with the
// findings still open at its start, and a document's findings rarely nest
// deeper than a few.
func (p *Precedence) merge(fs []lint.Finding) []lint.Finding {
	if p == nil || len(fs) < 2 {
		return fs
	}
	dropped := make([]bool, len(fs))
	var open []int // findings whose span may still reach later starts
	for i := range fs {
		kept := open[:0]
		for _, j := range open {
			if fs[j].End > fs[i].Start {
				kept = append(kept, j)
			}
		}
		open = kept
		for _, j := range open {
			if dropped[j] || dropped[i] || fs[j].Rule == fs[i].Rule {
				continue
			}
			switch p.winner(&fs[j], &fs[i]) {
			case 1:
				fold(&fs[j], &fs[i])
				dropped[i] = true
			case 2:
				fold(&fs[i], &fs[j])
				dropped[j] = true
			}
		}
		open = append(open, i)
	}
	out := fs[:0]
	for i, f := range fs {
		if !dropped[i] {
			out = append(out, f)
		}
	}
	return out
}

// winner says which of two overlapping findings of different rules keeps
// the defect: 1 for a, 2 for b, 0 when both stand.
func (p *Precedence) winner(a, b *lint.Finding) int {
	switch {
	case p.Blocks[a.Rule] && !p.Blocks[b.Rule] && a.Contains(b.Span):
		return 1
	case p.Blocks[b.Rule] && !p.Blocks[a.Rule] && b.Contains(a.Span):
		return 2
	}
	if !sameText(a.Span, b.Span) {
		return 0
	}
	switch {
	case p.over(a.Rule, b.Rule):
		return 1
	case p.over(b.Rule, a.Rule):
		return 2
	}
	return 0
}

func (p *Precedence) over(a, b string) bool {
	for _, r := range p.Over[a] {
		if r == b {
			return true
		}
	}
	return false
}

// sameText reports whether two overlapping spans are about the same text:
// the overlap covers at least 1/sameTextShare of the shorter one.
func sameText(a, b lint.Span) bool {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	short := min(a.Len(), b.Len())
	return hi > lo && (hi-lo)*sameTextShare >= short
}

// fold makes the folded finding a related location of the keeper, with its
// rule and message, and its own related locations too.
func fold(keeper, folded *lint.Finding) {
	keeper.Related = append(keeper.Related, lint.Related{
		Span: folded.Span, Message: "also " + folded.Rule + ": " + folded.Message,
	})
	keeper.Related = append(keeper.Related, folded.Related...)
}
