package boilerplate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
)

// benchSources reads the Markdown articles of $TRANSLINT_BENCH_DIR (a corpus
// made by the bench generator); the benchmarks skip without it.
func benchSources(b *testing.B) ([]engine.Source, int64) {
	dir := os.Getenv("TRANSLINT_BENCH_DIR")
	if dir == "" {
		b.Skip("TRANSLINT_BENCH_DIR not set")
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(paths) == 0 {
		b.Skipf("no articles in %s", dir)
	}
	var srcs []engine.Source
	var n int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, engine.Source{Path: p, Data: data})
		n += int64(len(data))
	}
	return srcs, n
}

// BenchmarkRun is the whole run with corpus learning: two parses of every
// file and the rule.
func BenchmarkRun(b *testing.B) {
	srcs, n := benchSources(b)
	l := &engine.Linter{Rules: []lint.Rule{Default()}}
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Run(srcs)
	}
}

// BenchmarkCheck is the rule alone on parsed documents (without a corpus),
// in CPU time too (cpu-ms/op, which a loaded machine does not inflate).
// The documents' word caches are filled before, as other rules fill them
// in a full run.
func BenchmarkCheck(b *testing.B) {
	srcs, n := benchSources(b)
	r := Default()
	var docs []*lint.Document
	for _, s := range srcs {
		d, err := read.Parse(s.Path, s.Data)
		if err != nil {
			b.Fatal(err)
		}
		d.Words()
		docs = append(docs, d)
	}
	b.SetBytes(n)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := linttest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r.Check(d)
		}
	}
	linttest.ReportCPU(b, n, cpu)
}

// BenchmarkParse is the reader alone, for comparison.
func BenchmarkParse(b *testing.B) {
	srcs, n := benchSources(b)
	b.SetBytes(n)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			if _, err := read.Parse(s.Path, s.Data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkNew is the constructor, which the CLI calls more than once per
// run: it must not compile the packs.
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBuildMatcher is the one-time compilation of the packs.
func BenchmarkBuildMatcher(b *testing.B) {
	for i := 0; i < b.N; i++ {
		newMatcher(mustBuiltinPhrases())
	}
}
