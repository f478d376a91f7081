package rules

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

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
