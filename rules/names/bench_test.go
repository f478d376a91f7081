package names

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
)

// BenchmarkCorpus runs the rule over the articles of the folder named by
// TRANSLINT_BENCH_CORPUS (the generated bench corpus) and reports
// throughput and CPU time (cpu-ms/op, which a loaded machine does not
// inflate). Parsing is outside the timed loop, and the documents' word
// caches are filled before it, as other rules fill them in a full run.
func BenchmarkCorpus(b *testing.B) {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set TRANSLINT_BENCH_CORPUS to a folder of articles")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	var docs []*lint.Document
	size := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := read.Parse(p, src)
		if err != nil {
			continue
		}
		doc.Lang = "en"
		doc.Words()
		docs = append(docs, doc)
		size += len(src)
	}
	if len(docs) == 0 {
		b.Skipf("no .md articles in %s", dir)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := linttest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Rule{}.Check(d)
		}
	}
	linttest.ReportCPU(b, int64(size), cpu)
}
