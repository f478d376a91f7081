package lint

import (
	"fmt"
	"strings"
	"testing"
)

// benchArticle builds a ~5 KB article of the given format.
func benchArticle(format Format, seed int) []byte {
	var b strings.Builder
	para := "The ministry said on Tuesday that the talks would resume next week in Geneva, " +
		"according to a statement published on its website, and that both delegations had agreed " +
		"on an agenda covering energy, trade and the exchange of prisoners. "
	switch format {
	case FormatMarkdown:
		fmt.Fprintf(&b, "---\ntitle: \"Talks resume in Geneva %d\"\ndescription: \"The ministry said the talks would resume.\"\ntags: [news]\n---\n# Talks resume\n\n", seed)
		for i := 0; i < 12; i++ {
			fmt.Fprintf(&b, "%s See [the statement](https://example.com/%d) and `code`.\n\n", para, i)
		}
	case FormatHTML:
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

func BenchmarkPosition(b *testing.B) {
	src := benchArticle(FormatText, 1)
	d := NewDocument("x", FormatText, src)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		_ = d.Position((i * 7919) % len(src))
	}
}

func BenchmarkWords(b *testing.B) {
	src := benchArticle(FormatText, 1)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = Words(src, Span{0, len(src)})
	}
}

// BenchmarkWordsIn asks a document for the words of spans that are no
// block (a window of up to a few sentences from some word, as rules ask
// for the words around a place), so that each call searches the words for
// the first word and for the end of the span.
func BenchmarkWordsIn(b *testing.B) {
	for _, paras := range []int{12, 1200} {
		var src []byte
		for len(src) < paras*400 {
			src = append(src, benchArticle(FormatText, len(src))...)
		}
		d := NewDocument("x", FormatText, src)
		ws := d.Words()
		var spans []Span
		for k := 0; k < len(ws); k += 7 {
			// from a word to the end of a word 1 to 150 words on
			spans = append(spans, Span{int(ws[k].Start), int(ws[min(len(ws)-1, k+1+k%150)].End)})
		}
		b.Run(fmt.Sprintf("%dKB", len(src)/1000), func(b *testing.B) {
			n := 0
			for i := 0; i < b.N; i++ {
				n += len(d.WordsIn(spans[i%len(spans)]))
			}
			if n == 0 {
				b.Fatal("no words")
			}
		})
	}
}
