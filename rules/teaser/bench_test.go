package teaser

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
)

// benchArticle builds a plain-text article of about size bytes: a title and a
// teaser cut with an ellipsis, then paragraphs, with an interview ellipsis,
// a "[…]" cut-off and a cut word every few paragraphs, so that both rules do
// their full work (index, anchors, fuller copies) across the document.
func benchArticle(size int) []byte {
	var b strings.Builder
	b.WriteString("Mayor says the harbour works will be finished and that the city co…\n\n")
	b.WriteString("Mayor says the harbour works will be finished and that the city co...\n\n")
	paras := []string{
		"The mayor said on Monday that the harbour works would be finished before the summer and that the city was cooperating with the port authority on the new ferry terminal.",
		"Question: When will the terminal open? Answer: We hope in March, but the steel arrived late. It means…",
		"The council has approved a budget of 40 million euros for the project, most of it from European funds, and the opposition has asked for an audit of the contracts […]",
		"Residents of the old quarter complained about noise from the construction site at night, and the city promised to limit the working hours to between seven and ten.",
		"The new terminal will serve the ferries to Helsinki and Stockholm, which carry about nine million passengers a year, and will have space for 800 cars wai…",
	}
	for i := 0; b.Len() < size; i++ {
		fmt.Fprintf(&b, "%s Paragraph %d.\n\n", paras[i%len(paras)], i)
	}
	return []byte(b.String())
}

func benchRule(b *testing.B, r lint.Checker, size int) {
	src := benchArticle(size)
	doc, err := read.Parse("bench.txt", src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Check(doc)
	}
}

func BenchmarkTruncation100KB(b *testing.B) { benchRule(b, Truncation{}, 100<<10) }
func BenchmarkTruncation1MB(b *testing.B)   { benchRule(b, Truncation{}, 1<<20) }
func BenchmarkDuplicated100KB(b *testing.B) { benchRule(b, DuplicatedTeaser{}, 100<<10) }
func BenchmarkDuplicated1MB(b *testing.B)   { benchRule(b, DuplicatedTeaser{}, 1<<20) }

// One paragraph of 1 MB (no blank line): the caps on compared words must
// keep duplicated-teaser from comparing a megabyte with itself.
func BenchmarkDuplicatedOneBlock1MB(b *testing.B) {
	src := []byte("Harbour works to finish in spring\n\n" + strings.Repeat("The works on the harbour will finish in spring, the mayor said. ", (1<<20)/64))
	doc, err := read.Parse("bench.txt", src)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		DuplicatedTeaser{}.Check(doc)
	}
}

// BenchmarkCorpus runs both rules over a folder of articles named by
// TRANSLINT_BENCH_CORPUS (the generated bench corpus); parsing and the
// documents' word caches, which all rules share, are not timed. cpu-ms/op
// is the CPU time of one pass, which a loaded machine inflates less than
// ns/op.
func BenchmarkCorpus(b *testing.B) {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set TRANSLINT_BENCH_CORPUS to a folder of articles")
	}
	srcs, total := linttest.ReadSources(b, dir)
	var docs []*lint.Document
	for _, s := range srcs {
		if doc, err := read.Parse(s.Path, s.Data); err == nil {
			doc.Words()
			docs = append(docs, doc)
		}
	}
	rules := []lint.Checker{DuplicatedTeaser{}, Truncation{}}
	for _, r := range rules {
		b.Run(r.ID(), func(b *testing.B) {
			b.SetBytes(total)
			b.ReportAllocs()
			cpu := linttest.CPUTime()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					r.Check(d)
				}
			}
			linttest.ReportCPU(b, total, cpu)
		})
	}
}

// A Markdown document of headings only: the head blocks compared are capped.
func BenchmarkDuplicatedHeadings1MB(b *testing.B) {
	var sb strings.Builder
	for i := 0; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "## Section %d of the long reference page\n\n", i)
	}
	doc, err := read.Parse("bench.md", []byte(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(sb.Len()))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		DuplicatedTeaser{}.Check(doc)
	}
}

// BenchmarkHeadKeys: the keys of a head block of maxCompareWords words.
func BenchmarkHeadKeys(b *testing.B) {
	src := benchArticle(100 << 10)
	doc, err := read.Parse("bench.txt", src)
	if err != nil {
		b.Fatal(err)
	}
	all := lint.Block{Span: lint.Span{End: len(doc.Text)}}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		newHead(doc, all, 0, "lead").all()
	}
}

func BenchmarkTruncation4MB(b *testing.B) { benchRule(b, Truncation{}, 4<<20) }
