package engine

import (
	"slices"
	"sort"

	"github.com/translint/translint/lint"
)

// repeatMessage labels the other places of a repeated defect.
const repeatMessage = "the same again"

// repeats folds the findings of one rule that name the same defect form
// (lint.Finding.Form) into the first of them, in place, and returns the
// kept ones: the other places become its related locations and their
// edits join its fix, so that one fix repairs every place. Findings must
// be sorted by start; the result stays sorted.
//
// It is a stage of the pipeline rather than of the rules because it must
// come after the filter: a place an inline comment suppresses is neither
// reported nor edited, and a comment at one place does not hide the
// others. It comes after the merge, so that a place inside a block that
// goes (page chrome) stays folded into that block.
func repeats(fs []lint.Finding) []lint.Finding {
	type key struct{ rule, form string }
	var firsts map[key]int
	var dropped []bool
	for i := range fs {
		if fs[i].Form == "" {
			continue
		}
		if firsts == nil {
			firsts = map[key]int{}
		}
		k := key{fs[i].Rule, fs[i].Form}
		j, ok := firsts[k]
		if !ok {
			firsts[k] = i
			continue
		}
		foldRepeat(&fs[j], &fs[i])
		if dropped == nil {
			dropped = make([]bool, len(fs))
		}
		dropped[i] = true
	}
	if dropped == nil {
		return fs
	}
	out := fs[:0]
	for i, f := range fs {
		if !dropped[i] {
			out = append(out, f)
		}
	}
	return out
}

// foldRepeat makes place another place of the defect that keeper reports:
// a related location (with place's own related ones), its edits added to
// keeper's fix where they touch no edit already there, and the higher of
// the two severities.
func foldRepeat(keeper, place *lint.Finding) {
	keeper.Related = append(keeper.Related, lint.Related{Span: place.Span, Message: repeatMessage})
	keeper.Related = append(keeper.Related, place.Related...)
	keeper.Severity = max(keeper.Severity, place.Severity)
	added := false
	for _, e := range place.Fix {
		if !slices.ContainsFunc(keeper.Fix, e.Conflicts) {
			keeper.Fix = append(keeper.Fix, e)
			added = true
		}
	}
	if added {
		sort.SliceStable(keeper.Fix, func(a, b int) bool { return keeper.Fix[a].Start < keeper.Fix[b].Start })
	}
}
