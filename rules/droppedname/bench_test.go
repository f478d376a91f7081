package droppedname

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/translint/translint/lint"
)

// The benchmarks read the bench corpus from the folder named by
// TRANSLINT_BENCH_CORPUS (the corpus generator's output folder, or its
// corpus/ subfolder) and report MB/s.
func benchCorpus(b *testing.B) []lint.Source {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("TRANSLINT_BENCH_CORPUS is not set")
	}
	if sub := filepath.Join(dir, "corpus"); dirExists(sub) {
		dir = sub
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.md"))
	if err != nil || len(paths) == 0 {
		b.Fatalf("no articles in %s: %v", dir, err)
	}
	var srcs []lint.Source
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, lint.Source{Path: p, Data: data})
	}
	return srcs
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func totalBytes(srcs []lint.Source) int64 {
	var n int64
	for _, s := range srcs {
		n += int64(len(s.Data))
	}
	return n
}

// BenchmarkLinter reads and checks the whole corpus with only this rule
// enabled, on GOMAXPROCS workers.
func BenchmarkLinter(b *testing.B) {
	srcs := benchCorpus(b)
	l := &lint.Linter{Rules: []lint.Rule{New()}}
	b.SetBytes(totalBytes(srcs))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l.Run(srcs)
	}
}

// BenchmarkCheck measures the rule alone on parsed documents, one worker.
func BenchmarkCheck(b *testing.B) {
	srcs := benchCorpus(b)
	var docs []*lint.Document
	for _, s := range srcs {
		d, err := lint.Parse(s.Path, s.Data)
		if err != nil {
			b.Fatal(err)
		}
		d.Lang = "en"
		docs = append(docs, d)
	}
	r := New()
	b.SetBytes(totalBytes(srcs))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r.Check(d)
		}
	}
}
