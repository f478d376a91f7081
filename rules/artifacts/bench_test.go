package artifacts

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
)

// BenchmarkRules runs every rule of the package over the articles of the
// folder named by TRANSLINT_BENCH_CORPUS (the generated bench corpus) and
// reports throughput in MB/s and CPU time (cpu-ms/op, which a loaded
// machine does not inflate). Parsing is outside the timed loop.
func BenchmarkRules(b *testing.B) {
	docs, size := linttest.BenchDocs(b)
	for _, r := range Rules() {
		b.Run(r.ID(), func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			cpu := linttest.CPUTime()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					r.(lint.Checker).Check(d)
				}
			}
			linttest.ReportCPU(b, size, cpu)
		})
	}
	b.Run("all", func(b *testing.B) {
		b.SetBytes(size)
		b.ReportAllocs()
		cpu := linttest.CPUTime()
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				for _, r := range Rules() {
					r.(lint.Checker).Check(d)
				}
			}
		}
		linttest.ReportCPU(b, size, cpu)
	})
}

// inCacheRepeats: BenchmarkRulesInCache runs each rule this many times on
// a document before it takes the next.
const inCacheRepeats = 4

// BenchmarkRulesInCache is BenchmarkRules with each document read
// inCacheRepeats times in a row, so that it is in the processor's cache as
// when the engine runs the rules right after parsing it (BenchmarkRules
// reads the whole corpus from memory at every pass, and the first rule to
// touch a document pays for it). An operation is inCacheRepeats passes.
func BenchmarkRulesInCache(b *testing.B) {
	docs, size := linttest.BenchDocs(b)
	for _, d := range docs {
		d.Words() // the shared caches are built once, outside the loop
	}
	rs := Rules()
	run := func(name string, rs []lint.Rule) {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(inCacheRepeats * size)
			cpu := linttest.CPUTime()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					for range inCacheRepeats {
						for _, r := range rs {
							r.(lint.Checker).Check(d)
						}
					}
				}
			}
			linttest.ReportCPU(b, inCacheRepeats*size, cpu)
		})
	}
	for _, r := range rs {
		run(r.ID(), []lint.Rule{r})
	}
	run("all", rs)
}

// scalingUnit is prose with a little of every defect the package reports,
// so that each rule's slow path runs too.
const scalingUnit = `The council met on the 21th at 16:05 PM and about 46 000 visitors watched; the trust holds 6,5 million. ` +
	`Experts of the WНO and А. Novak came, <1> and the mayor said the plan was ‘‘fair’’. ` +
	`We didnt expect it, and theres more: the alliance It hopes to win, Anna BelotThus the vote. ` +
	`The cityâ€™s port reopened.”, he told us. (Did it? ) Yes; From the pier we saw it, – Lind said. ` +
	`Read the guide at fmt.Sprintf and images.Process for more. kkkk `

// BenchmarkScaling runs each rule over one document made of 1, 4 and 16
// times a block of text, once as separate paragraphs and once as a single
// paragraph (a page without line breaks): MB/s must stay level as the
// document grows, or a rule is worse than linear.
func BenchmarkScaling(b *testing.B) {
	unit := strings.Repeat(scalingUnit, 8) // about 4 KB
	for _, r := range Rules() {
		for _, shape := range []struct {
			name, sep string
		}{{"paragraphs", "\n\n"}, {"one-line", " "}} {
			for _, n := range []int{1, 4, 16} {
				src := []byte("A title\n\n" + strings.TrimSuffix(strings.Repeat(unit+shape.sep, n), shape.sep) + "\n")
				b.Run(fmt.Sprintf("%s/%s/%dx", r.ID(), shape.name, n), func(b *testing.B) {
					doc, err := read.Parse("article.txt", src)
					if err != nil {
						b.Fatal(err)
					}
					doc.Lang = "en"
					doc.Words() // the shared caches are built once, outside the loop
					b.SetBytes(int64(len(src)))
					for i := 0; i < b.N; i++ {
						r.(lint.Checker).Check(doc)
					}
				})
			}
		}
	}
}
