package droppedname

import (
	"os"
	"path/filepath"
	"testing"
	"time"

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
	l := &lint.Linter{Rules: rules}
	n := totalBytes(srcs)
	b.SetBytes(n)
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		l.Run(srcs)
	}
	reportCPU(b, n, cpuTime()-cpu)
}

func reportCPU(b *testing.B, n int64, cpu time.Duration) {
	if cpu > 0 {
		b.ReportMetric(float64(n)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
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
	n := totalBytes(srcs)
	b.SetBytes(n)
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			r.Check(d)
		}
	}
	reportCPU(b, n, cpuTime()-cpu)
}
