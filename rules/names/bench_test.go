package names

import (
	"testing"
	"time"

	"github.com/translint/translint/lint/linttest"
)

// BenchmarkCorpus is the rule on the bench corpus (linttest.BenchCorpus).
func BenchmarkCorpus(b *testing.B) { linttest.BenchCorpus(b, Rule{}.Check) }

// BenchmarkCorpusCold is BenchmarkCorpus on documents parsed afresh for
// each run, so that nothing the rule asks of the language layer (sentences,
// name candidates) is kept from the run before; parsing is not counted.
func BenchmarkCorpusCold(b *testing.B) {
	_, size := linttest.BenchDocs(b)
	b.SetBytes(size)
	b.ReportAllocs()
	var cpu time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		docs, _ := linttest.BenchDocs(b)
		for _, doc := range docs {
			doc.Words()
		}
		b.StartTimer()
		start := linttest.CPUTime()
		for _, d := range docs {
			Rule{}.Check(d)
		}
		cpu += linttest.CPUTime() - start
	}
	b.ReportMetric(cpu.Seconds()*1e3/float64(b.N), "cpu-ms/op")
}
