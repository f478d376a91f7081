package linttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/read"
)

// ReportCPU adds the CPU time a benchmark used since start, per operation
// ("cpu-ms/op"), and the throughput per CPU-second of n bytes an operation
// ("MB/cpu-s"), when the platform measures CPU time.
func ReportCPU(b *testing.B, n int64, start time.Duration) {
	cpu := CPUTime() - start
	if cpu <= 0 || start == 0 {
		return
	}
	b.ReportMetric(cpu.Seconds()*1e3/float64(b.N), "cpu-ms/op")
	if n > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// ReadSources reads every article under dir (the extensions translint
// reads, recursively) into memory, for benchmarks; it returns the sources and
// their total size.
func ReadSources(tb testing.TB, dir string) ([]engine.Source, int64) {
	var srcs []engine.Source
	var total int64
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if _, ok := read.Extensions[strings.ToLower(filepath.Ext(p))]; !ok {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		srcs = append(srcs, engine.Source{Path: p, Data: data})
		total += int64(len(data))
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return srcs, total
}

// BenchDocs parses the Markdown articles of the folder named by
// TRANSLINT_BENCH_CORPUS (the generated bench corpus) as English documents,
// for a rule's benchmark that keeps parsing out of its timed loop; it skips
// b when the variable is unset or the folder holds no article, and returns
// the documents and the size of their sources.
func BenchDocs(b *testing.B) ([]*lint.Document, int64) {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set TRANSLINT_BENCH_CORPUS to a folder of articles")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	var docs []*lint.Document
	var size int64
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
		docs = append(docs, doc)
		size += int64(len(src))
	}
	if len(docs) == 0 {
		b.Skipf("no .md articles in %s", dir)
	}
	return docs, size
}

// BenchCorpus runs check over the documents of BenchDocs and reports
// throughput and CPU time (cpu-ms/op, which a loaded machine does not
// inflate). Parsing is outside the timed loop, and the documents' word
// caches are filled before it, as other rules fill them in a full run.
func BenchCorpus(b *testing.B, check func(*lint.Document) []lint.Finding) {
	docs, size := BenchDocs(b)
	for _, doc := range docs {
		doc.Words()
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			check(d)
		}
	}
	ReportCPU(b, size, cpu)
}
