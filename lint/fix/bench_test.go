package fix

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

func benchText() ([]byte, [][]lint.Edit) {
	line := "The ministry said on Tuesday that the talks would resume next week in Geneva (%d).\n"
	var sb strings.Builder
	var fixes [][]lint.Edit
	for i := 0; i < 800; i++ {
		if i%8 == 0 {
			s := sb.Len() + 3
			fixes = append(fixes, []lint.Edit{ed(s, s+4, "")})
		}
		fmt.Fprintf(&sb, line, i)
	}
	return []byte(sb.String()), fixes
}

// BenchmarkApply applies 100 fixes to a ~70 KB text.
func BenchmarkApply(b *testing.B) {
	src, fixes := benchText()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, _, n := Apply(src, fixes); n != 100 {
			b.Fatal("no fix")
		}
	}
}

// BenchmarkApplyAndDiff applies 100 fixes spread over a ~70 KB text and
// renders the unified diff (--fix --dry-run).
func BenchmarkApplyAndDiff(b *testing.B) {
	src, fixes := benchText()
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		out, _, n := Apply(src, fixes)
		if n != 100 || Unified("a", "a", src, out) == "" {
			b.Fatal("no fix")
		}
	}
}
