package artifacts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/translint/translint/lint"
)

// BenchmarkRules runs every rule of the package over the articles of the
// folder named by TRANSLINT_BENCH_CORPUS (the generated bench corpus) and
// reports throughput in MB/s. Parsing is outside the timed loop.
func BenchmarkRules(b *testing.B) {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		b.Skip("set TRANSLINT_BENCH_CORPUS to a folder of articles")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*.md"))
	if len(paths) == 0 {
		b.Skipf("no .md articles in %s", dir)
	}
	var docs []*lint.Document
	size := 0
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		doc, err := lint.Parse(p, src)
		if err != nil {
			continue
		}
		doc.Lang = "en"
		docs = append(docs, doc)
		size += len(src)
	}
	for _, r := range Rules() {
		b.Run(r.ID(), func(b *testing.B) {
			b.SetBytes(int64(size))
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					r.Check(d)
				}
			}
		})
	}
	b.Run("all", func(b *testing.B) {
		b.SetBytes(int64(size))
		for i := 0; i < b.N; i++ {
			for _, d := range docs {
				for _, r := range Rules() {
					r.Check(d)
				}
			}
		}
	})
}
