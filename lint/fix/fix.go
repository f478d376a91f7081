// Package fix applies the edits that findings offer (Finding.Fix), writes
// fixed files atomically and renders unified diffs for --fix --dry-run.
package fix

import (
	"sort"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
)

// MaxPasses bounds the fix-and-relint loop.
const MaxPasses = 10

// Apply applies fixes to src. Each fix (the edits of one finding) is applied
// whole or not at all: fixes are taken in order of their first offset, and
// one that overlaps an edit already taken, or whose own edits overlap or
// fall outside src, is skipped. Every edit is expressed on src, so applying
// them right to left keeps offsets valid. It returns the new bytes, the edits applied (on src,
// sorted) and the number of fixes applied.
func Apply(src []byte, fixes [][]lint.Edit) (out []byte, applied []lint.Edit, n int) {
	order := make([]int, 0, len(fixes))
	for i, f := range fixes {
		if len(f) > 0 {
			order = append(order, i)
		}
	}
	first := func(f []lint.Edit) int {
		m := f[0].Start
		for _, e := range f {
			m = min(m, e.Start)
		}
		return m
	}
	sort.SliceStable(order, func(a, b int) bool { return first(fixes[order[a]]) < first(fixes[order[b]]) })
	for _, i := range order {
		if ok := valid(fixes[i], len(src)) && !conflictsAny(fixes[i], applied); ok {
			applied = append(applied, fixes[i]...)
			n++
		}
	}
	if n == 0 {
		return src, nil, 0
	}
	sort.Slice(applied, func(a, b int) bool {
		if applied[a].Start != applied[b].Start {
			return applied[a].Start < applied[b].Start
		}
		return applied[a].End < applied[b].End
	})
	// The edits are on src and sorted, so the result is built in one pass,
	// which is the same as applying them from right to left.
	size := len(src)
	for _, e := range applied {
		size += len(e.New) - e.Len()
	}
	out = make([]byte, 0, size)
	prev := 0
	for _, e := range applied {
		out = append(append(out, src[prev:e.Start]...), e.New...)
		prev = e.End
	}
	out = append(out, src[prev:]...)
	return out, applied, n
}

func valid(f []lint.Edit, n int) bool {
	for i, e := range f {
		if e.Start < 0 || e.End > n || e.End < e.Start {
			return false
		}
		for _, o := range f[:i] {
			if e.Conflicts(o) {
				return false
			}
		}
	}
	return true
}

// conflictsAny reports whether an edit of f conflicts with one already
// taken (lint.Edit.Conflicts).
func conflictsAny(f, taken []lint.Edit) bool {
	for _, e := range f {
		for _, t := range taken {
			if e.Conflicts(t) {
				return true
			}
		}
	}
	return false
}

// Relint lints fixed bytes again and returns the fixes still offered.
type Relint func(src []byte) ([][]lint.Edit, error)

// Result is the outcome of fixing one file.
type Result struct {
	Output []byte
	// Fixes is the number of fixes applied over all passes.
	Fixes  int
	Passes int
}

// Loop applies the fixes offered on src, lints the result again and repeats
// until nothing more is fixable, nothing changes, or MaxPasses passes ran.
// A fix that would insert text foreign to the document (letters of a script
// it has none of, CJK punctuation outside CJK text) is left out.
// first are the fixes already known for src (the run's own findings).
func Loop(src []byte, first [][]lint.Edit, relint Relint) (Result, error) {
	res := Result{Output: src}
	fixes := first
	for res.Passes < MaxPasses && len(fixes) > 0 {
		out, _, n := Apply(res.Output, Native(res.Output, fixes))
		if n == 0 || string(out) == string(res.Output) {
			break
		}
		res.Output, res.Fixes, res.Passes = out, res.Fixes+n, res.Passes+1
		var err error
		if fixes, err = relint(res.Output); err != nil {
			return res, err
		}
	}
	return res, nil
}

// Fixes collects the fixes of diagnostics.
func Fixes(ds []engine.Diagnostic) [][]lint.Edit {
	var out [][]lint.Edit
	for _, d := range ds {
		if len(d.Fix) > 0 {
			out = append(out, d.Fix)
		}
	}
	return out
}
