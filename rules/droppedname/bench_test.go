package droppedname

import (
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
)

// The benchmarks read the bench corpus from the folder named by
// TRANSLINT_BENCH_CORPUS (the corpus generator's output folder, or its
// corpus/ subfolder) and report MB/s.
func benchCorpus(b *testing.B) []engine.Source {
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
	var srcs []engine.Source
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, engine.Source{Path: p, Data: data})
	}
	return srcs
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func totalBytes(srcs []engine.Source) int64 {
	var n int64
	for _, s := range srcs {
		n += int64(len(s.Data))
	}
	return n
}

// BenchmarkLinter parses and checks the whole corpus with only this rule
// enabled, on GOMAXPROCS workers. Besides MB/s (wall clock) it reports
// MB/cpu-s, the throughput per second of CPU time, which does not depend on
// what else the machine is running: on n idle cores the wall-clock figure
// approaches n times it.
func BenchmarkLinter(b *testing.B) {
	benchLinter(b, New())
}

// BenchmarkLinterNoRules is the same run with no rule: what reading and
// masking the corpus costs, to tell the rule's own share.
func BenchmarkLinterNoRules(b *testing.B) {
	benchLinter(b)
}

func benchLinter(b *testing.B, rules ...lint.Rule) {
	srcs := benchCorpus(b)
	l := &engine.Linter{Rules: rules}
	n := totalBytes(srcs)
	b.SetBytes(n)
	b.ResetTimer()
	cpu := linttest.CPUTime()
	for i := 0; i < b.N; i++ {
		l.Run(srcs)
	}
	linttest.ReportCPU(b, n, cpu)
}

// BenchmarkCheck measures the rule alone on parsed documents, one worker.
func BenchmarkCheck(b *testing.B) {
	srcs := benchCorpus(b)
	var docs []*lint.Document
	for _, s := range srcs {
		d, err := read.Parse(s.Path, s.Data)
		if err != nil {
			b.Fatal(err)
		}
		d.Lang = "en"
		docs = append(docs, d)
	}
	r := New()
	n := totalBytes(srcs)
	b.SetBytes(n)
	b.ResetTimer()
	cpu := linttest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r.Check(d)
		}
	}
	linttest.ReportCPU(b, n, cpu)
}

// denseHoles returns n holes as the patterns leave them in a long
// document: a few at the same offset, most apart, out of order by block.
func denseHoles(n int) []hole {
	hs := make([]hole, 0, n)
	for i := 0; i < n; i++ {
		at := (n - i) * 40
		hs = append(hs, hole{span: lint.Span{Start: at - 20, End: at + 5}, at: at})
		if i%4 == 0 {
			// a second pattern at the same hole, with another span
			hs = append(hs, hole{span: lint.Span{Start: at - 10, End: at + 8}, at: at})
		}
	}
	return hs
}

// BenchmarkDedupe shows dedupe linear in the number of holes (after the
// sort): the time per hole stays flat from 2,000 to 32,000 holes.
func BenchmarkDedupe(b *testing.B) {
	for _, n := range []int{2000, 8000, 32000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			src := denseHoles(n)
			hs := make([]hole, len(src))
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				copy(hs, src)
				dedupe(hs)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(src)), "ns/hole")
		})
	}
}
