package rules

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
)

// benchSources loads the articles of the folder named by
// TRANSLINT_BENCH_CORPUS (the generated 2,000-article bench corpus) into
// memory, or, when it is not set, the fixture articles of testdata/.
func benchSources(b *testing.B) ([]engine.Source, int64) {
	dir := os.Getenv("TRANSLINT_BENCH_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "testdata")
	}
	srcs, total := linttest.ReadSources(b, dir)
	if len(srcs) == 0 {
		b.Skipf("no articles in %s", dir)
	}
	return srcs, total
}

// BenchmarkPipeline runs the whole engine (parse, rules, placing of the
// findings) over an in-memory corpus with one worker, so that ns/op is CPU
// time (reported as cpu-ms/op, which a loaded machine does not inflate
// the way it inflates ns/op): with no rule, with every rule, and with each rule alone.
func BenchmarkPipeline(b *testing.B) {
	srcs, total := benchSources(b)
	run := func(name string, rs []lint.Rule) {
		b.Run(name, func(b *testing.B) {
			l := &engine.Linter{Rules: rs, Jobs: 1}
			b.SetBytes(total)
			b.ReportAllocs()
			cpu := linttest.CPUTime()
			for i := 0; i < b.N; i++ {
				l.Run(srcs)
			}
			linttest.ReportCPU(b, total, cpu)
		})
	}
	run("none", nil)
	run("all", All())
	for _, r := range All() {
		run(r.ID(), []lint.Rule{r})
	}
}

// BenchmarkCleanArticle is one clean article through every rule in process:
// what a one-file run costs once the program has started (the first
// iteration also builds the rules' tables).
func BenchmarkCleanArticle(b *testing.B) {
	// the article bench/run.sh times as a whole process
	src, err := os.ReadFile(filepath.Join("..", "bench", "clean-article.md"))
	if err != nil {
		b.Fatal(err)
	}
	l := &engine.Linter{Rules: All(), Jobs: 1}
	srcs := []engine.Source{{Path: "a.md", Data: src}}
	for i := 0; i < b.N; i++ {
		if res := l.Run(srcs); len(res[0].Diagnostics) != 0 || res[0].Err != nil {
			b.Fatalf("the clean article has findings: %+v", res[0])
		}
	}
}

// BenchmarkLongDocument runs every rule over one long article: a single
// paragraph of 8,000 sentences (about half a megabyte), a defect in most of
// them. TRANSLINT_BENCH_SENTENCES sets another length: the time should grow
// in proportion; a rule that rescans the document for each finding shows
// here first (such rules once made a 4.6 MB one-line text take minutes).
func BenchmarkLongDocument(b *testing.B) {
	longSentences := 8000
	if n, err := strconv.Atoi(os.Getenv("TRANSLINT_BENCH_SENTENCES")); err == nil && n > 0 {
		longSentences = n // to check how the time grows with the length
	}
	sentences := []string{
		"The council approved the budget on Tuesday after a long debate.",
		"Officials said the ministry was negotiating with the , yet gave no details.",
		"The mayor said the the plan would raise spending on schools and roads.",
		"Residents welcomed the decision, according to a statement published online.",
		"Он сказал, что решение было принято.",
		"Critics argued that the reform came too late for many families.",
	}
	var sb strings.Builder
	sb.WriteString("---\ntitle: \"A long report\"\n---\n")
	for i := range longSentences {
		sb.WriteString(sentences[i%len(sentences)])
		sb.WriteByte(' ')
	}
	src := []byte(sb.String() + "\n")
	l := &engine.Linter{Rules: All(), Jobs: 1}
	srcs := []engine.Source{{Path: "long.md", Data: src}}
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		l.Run(srcs)
	}
}

// BenchmarkLargeFile checks one large Markdown file with every rule: the
// Markdown articles of the bench corpus (TRANSLINT_BENCH_CORPUS, else the
// fixtures of testdata/) concatenated until the file holds
// TRANSLINT_BENCH_LARGE_MB megabytes (8 unless set; 52 is the 2,000-article
// corpus five times over). It runs under the command's collector settings
// and reports the peak of the heap and the bytes allocated, each per byte
// of the file: the memory budget of a large file is four times its size
// plus 64 MiB of process, the heap being most of it. The peak is sampled
// every millisecond, so it is a floor; bench/large.sh measures the whole
// process.
func BenchmarkLargeFile(b *testing.B) {
	srcs, _ := benchSources(b)
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Path < srcs[j].Path })
	size := 8 << 20
	if n, err := strconv.Atoi(os.Getenv("TRANSLINT_BENCH_LARGE_MB")); err == nil && n > 0 {
		size = n * 1e6
	}
	var big []byte
	for len(big) < size {
		grew := false
		for _, s := range srcs {
			if strings.HasSuffix(s.Path, ".md") && len(big) < size {
				big, grew = append(big, s.Data...), true
			}
		}
		if !grew {
			b.Skip("no Markdown articles to join")
		}
	}
	// the command's settings (cmd/translint/main.go)
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(80 << 20))
	defer debug.SetGCPercent(debug.SetGCPercent(400))
	l := &engine.Linter{Rules: All(), Jobs: 1}
	in := []engine.Source{{Path: "large.md", Data: big}}
	heap := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	allocs := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	b.SetBytes(int64(len(big)))
	b.ResetTimer()
	var peak, alloc float64
	for i := 0; i < b.N; i++ {
		runtime.GC()
		metrics.Read(heap)
		base := heap[0].Value.Uint64() // the file itself and the program
		var top atomic.Uint64
		done := make(chan struct{})
		go func() {
			tick := time.NewTicker(time.Millisecond)
			defer tick.Stop()
			s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
			for {
				select {
				case <-done:
					return
				case <-tick.C:
					metrics.Read(s)
					if v := s[0].Value.Uint64(); v > top.Load() {
						top.Store(v)
					}
				}
			}
		}()
		metrics.Read(allocs)
		a0 := allocs[0].Value.Uint64()
		l.Run(in)
		metrics.Read(allocs)
		close(done)
		// the peak over what was live before the check, which held the
		// file's bytes: the check's own memory, the text and the caches
		peak = max(peak, float64(top.Load())-float64(base)+float64(len(big)))
		alloc += float64(allocs[0].Value.Uint64() - a0)
	}
	b.ReportMetric(peak/float64(len(big)), "peak-heap-B/B")
	b.ReportMetric(alloc/float64(b.N)/float64(len(big)), "alloc-B/B")
}

// BenchmarkScaling checks each rule alone on one document made of k
// different articles of the bench corpus (TRANSLINT_BENCH_CORPUS, else the
// fixtures of testdata/) joined as one Markdown file, for k = 8, 32 and 128:
// 1x, 4x and 16x the length. It reports cpu-ns/byte: a rule linear in the
// document keeps about the same figure at every length, less the figure of
// "none" (reading the document, no rule); one that rescans the document per
// finding or per name grows with it.
func BenchmarkScaling(b *testing.B) {
	srcs, _ := benchSources(b)
	sort.Slice(srcs, func(i, j int) bool { return srcs[i].Path < srcs[j].Path })
	var md []engine.Source
	for _, s := range srcs {
		if strings.HasSuffix(s.Path, ".md") || strings.HasSuffix(s.Path, ".txt") {
			md = append(md, s)
		}
	}
	// the joined documents, 1x, 4x and 16x, made once for every rule
	const base = 8
	times := []int{1, 4, 16}
	joined := make([][]byte, len(times))
	for k, t := range times {
		if n := base * t; n <= len(md) {
			for _, s := range md[:n] {
				joined[k] = append(append(joined[k], s.Data...), "\n\n"...)
			}
		}
	}
	for _, r := range append([]lint.Rule{nil}, All()...) {
		// nil: no rule, the cost of reading the document, to subtract
		var rules []lint.Rule
		id := "none"
		if r != nil {
			c, ok := r.(lint.Checker)
			if !ok {
				continue
			}
			rules, id = []lint.Rule{c}, c.ID()
		}
		for k, src := range joined {
			if src == nil {
				continue // fewer articles than base*times[k]
			}
			b.Run(id+"/"+strconv.Itoa(times[k])+"x", func(b *testing.B) {
				l := &engine.Linter{Rules: rules, Jobs: 1}
				one := []engine.Source{{Path: "joined.md", Data: src}}
				b.SetBytes(int64(len(src)))
				start := linttest.CPUTime()
				for i := 0; i < b.N; i++ {
					l.Run(one)
				}
				if cpu := linttest.CPUTime() - start; cpu > 0 {
					b.ReportMetric(float64(cpu.Nanoseconds())/float64(int64(b.N)*int64(len(src))), "cpu-ns/byte")
				}
			})
		}
	}
}
