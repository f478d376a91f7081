package names

import (
	"testing"
	"time"

	"github.com/translint/translint/lint/linttest"
)

// BenchmarkCorpus runs the rule over the articles of the folder named by
// TRANSLINT_BENCH_CORPUS (the generated bench corpus) and reports
// throughput and CPU time (cpu-ms/op, which a loaded machine does not
// inflate). Parsing is outside the timed loop, and the documents' word
// caches are filled before it, as other rules fill them in a full run.
func BenchmarkCorpus(b *testing.B) {
	docs, size := linttest.BenchDocs(b)
	for _, doc := range docs {
		doc.Words()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := linttest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Rule{}.Check(d)
		}
	}
	linttest.ReportCPU(b, size, cpu)
}

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
