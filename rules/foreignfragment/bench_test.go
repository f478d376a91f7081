package foreignfragment

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
)

// BenchmarkCorpus lints the benchmark corpus named by TRANSLINT_BENCH_CORPUS
// (a folder of articles) with this package's rules and with none; it reports
// MB/s (b.SetBytes). Skipped when the variable is unset.
func BenchmarkCorpus(b *testing.B) {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("TRANSLINT_BENCH_CORPUS not set")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	var srcs []engine.Source
	var size int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
		srcs = append(srcs, engine.Source{Path: p, Data: data})
	}
	for _, c := range []struct {
		name  string
		rules []lint.Rule
	}{
		{"off", nil},
		{"on", []lint.Rule{New(), NewWrongLanguage()}},
	} {
		b.Run(c.name, func(b *testing.B) {
			l := &engine.Linter{Rules: c.rules}
			b.SetBytes(size)
			for i := 0; i < b.N; i++ {
				l.Run(srcs)
			}
		})
	}
}

// BenchmarkCheck runs only the two rules' Check over the parsed benchmark
// corpus (TRANSLINT_BENCH_CORPUS), one goroutine, so that their own cost is
// measured apart from reading and parsing; cpu-ms/op is the process's CPU
// time, the detector's goroutines included.
func BenchmarkCheck(b *testing.B) {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("TRANSLINT_BENCH_CORPUS not set")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	var docs []*lint.Document
	var size int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := read.Parse(p, data)
		if err != nil {
			b.Fatal(err)
		}
		if d.Lang == "" {
			d.Lang = "en"
		}
		size += int64(len(data))
		docs = append(docs, d)
	}
	ff, wl := New(), NewWrongLanguage()
	for _, d := range docs { // load the models outside the timing
		ff.Check(d)
		wl.Check(d)
	}
	b.SetBytes(size)
	b.ResetTimer()
	cpu := linttest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			ff.Check(d)
			wl.Check(d)
		}
	}
	linttest.ReportCPU(b, size, cpu)
}
