package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

// benchArticle builds a ~5 KB article of the given format.
func benchArticle(format lint.Format, seed int) []byte {
	var b strings.Builder
	para := "The ministry said on Tuesday that the talks would resume next week in Geneva, " +
		"according to a statement published on its website, and that both delegations had agreed " +
		"on an agenda covering energy, trade and the exchange of prisoners. "
	switch format {
	case lint.FormatMarkdown:
		fmt.Fprintf(&b, "---\ntitle: \"Talks resume in Geneva %d\"\ndescription: \"The ministry said the talks would resume.\"\ntags: [news]\n---\n# Talks resume\n\n", seed)
		for i := 0; i < 12; i++ {
			fmt.Fprintf(&b, "%s See [the statement](https://example.com/%d) and `code`.\n\n", para, i)
		}
	case lint.FormatHTML:
		fmt.Fprintf(&b, "<html lang=\"en\"><head><title>Talks resume %d</title><meta name=\"description\" content=\"The talks resume.\"></head><body>\n", seed)
		for i := 0; i < 12; i++ {
			fmt.Fprintf(&b, "<p>%s See <a href=\"https://example.com/%d\">the statement</a> &amp; notes.</p>\n", para, i)
		}
		b.WriteString("</body></html>\n")
	default:
		fmt.Fprintf(&b, "Talks resume in Geneva %d\n\n", seed)
		for i := 0; i < 12; i++ {
			b.WriteString(para + "\n\n")
		}
	}
	return []byte(b.String())
}

func benchmarkParse(b *testing.B, format lint.Format) {
	src := benchArticle(format, 1)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseAs("bench", format, src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseText(b *testing.B)     { benchmarkParse(b, lint.FormatText) }
func BenchmarkParseMarkdown(b *testing.B) { benchmarkParse(b, lint.FormatMarkdown) }
func BenchmarkParseHTML(b *testing.B)     { benchmarkParse(b, lint.FormatHTML) }

// BenchmarkWordsIn: the words of every block of a parsed article from the
// document's cached words.
func BenchmarkWordsIn(b *testing.B) {
	d, err := ParseAs("bench.md", lint.FormatMarkdown, benchArticle(lint.FormatMarkdown, 1))
	if err != nil {
		b.Fatal(err)
	}
	d.Words()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, bl := range d.Blocks {
			_ = d.WordsIn(bl.Span)
		}
	}
}
