package read

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// nestedSource builds a Markdown body of depth nested list items, each one
// level deeper than the last, followed by as many nested quote levels.
func nestedSource(depth int) []byte {
	var b strings.Builder
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("  ", i))
		b.WriteString("- item\n")
	}
	b.WriteString("\n")
	for i := 0; i < depth; i++ {
		b.WriteString(strings.Repeat("> ", i+1))
		b.WriteString("quoted\n")
	}
	return []byte(b.String())
}

func BenchmarkParseNested(b *testing.B) {
	for _, scale := range []int{1, 4, 16} {
		depth := 100 * isqrt(scale)
		src := nestedSource(depth)
		b.Run(fmt.Sprintf("x%d", scale), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ParseAs("nested.md", lint.FormatMarkdown, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func isqrt(n int) int {
	r := 0
	for (r+1)*(r+1) <= n {
		r++
	}
	return r
}

// BenchmarkParseSitePage reads a docs page full of site-generator markup.
func BenchmarkParseSitePage(b *testing.B) {
	src, err := os.ReadFile("testdata/sites/hugo-page.md")
	if err != nil {
		b.Fatal(err)
	}
	src = bytes.Repeat(src, 8) // front matter once, then the body again
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAs("page.md", lint.FormatMarkdown, src); err != nil {
			b.Fatal(err)
		}
	}
}
