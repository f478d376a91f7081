package config

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
)

// BenchmarkUserRules runs a block phrase rule, an inline phrase rule and a
// pattern rule over a ~6 KB Markdown article.
func BenchmarkUserRules(b *testing.B) {
	c, err := Parse("bench.yaml", []byte(`rules:
  promo:
    kind: phrase
    phrases: ["Subscribe to our Telegram channel", "Follow us on", "Read also"]
  promo-inline:
    kind: phrase
    inline: true
    phrases: ["our Telegram channel", "sign up for our newsletter"]
  dateline:
    kind: pattern
    pattern: '^[A-Z][a-z]+, \d{1,2} [A-Z][a-z]+ \(\w+\) [-–—] '
`), nil)
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	sb.WriteString("---\ntitle: Talks resume\n---\n# Talks resume\n\n")
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&sb, "The ministry said on Tuesday that the talks would resume next week in Geneva, according to a statement %d, and that both delegations agreed on an agenda.\n\n", i)
	}
	sb.WriteString("Subscribe to our Telegram channel!\n")
	doc, err := read.Parse("a.md", []byte(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	for _, r := range c.Custom {
		b.Run(r.ID(), func(b *testing.B) {
			b.SetBytes(int64(len(doc.Src)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				r.(lint.Checker).Check(doc)
			}
		})
	}
	b.Run("words", func(b *testing.B) {
		b.SetBytes(int64(len(doc.Src)))
		for i := 0; i < b.N; i++ {
			lint.Words(doc.Text, lint.Span{Start: 0, End: len(doc.Text)})
		}
	})
}
