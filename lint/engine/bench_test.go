package engine

import (
	"fmt"
	"strings"
	"testing"
)

// benchMarkdown builds a ~5 KB Markdown article.
func benchMarkdown(seed int) []byte {
	var b strings.Builder
	para := "The ministry said on Tuesday that the talks would resume next week in Geneva, " +
		"according to a statement published on its website, and that both delegations had agreed " +
		"on an agenda covering energy, trade and the exchange of prisoners. "
	fmt.Fprintf(&b, "---\ntitle: \"Talks resume in Geneva %d\"\ndescription: \"The ministry said the talks would resume.\"\ntags: [news]\n---\n# Talks resume\n\n", seed)
	for i := 0; i < 12; i++ {
		fmt.Fprintf(&b, "%s See [the statement](https://example.com/%d) and `code`.\n\n", para, i)
	}
	return []byte(b.String())
}

// BenchmarkEngineNoRules measures the engine alone (parse, place, sort) over
// 200 in-memory Markdown articles with all workers.
func BenchmarkEngineNoRules(b *testing.B) {
	var srcs []Source
	total := 0
	for i := 0; i < 200; i++ {
		data := benchMarkdown(i)
		total += len(data)
		srcs = append(srcs, Source{Path: fmt.Sprintf("a%03d.md", i), Data: data})
	}
	l := &Linter{}
	b.SetBytes(int64(total))
	for i := 0; i < b.N; i++ {
		l.Run(srcs)
	}
}
