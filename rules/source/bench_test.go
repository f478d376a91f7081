package source_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/rules"
)

// benchPair builds a Russian original and its English translation of about
// size bytes each, paragraph for paragraph, with numbers and names.
func benchPair(size int) (src, tgt []byte) {
	ru := []string{
		"Городской совет Заречья утвердил бюджет на %d год. Расходы составят %d млн рублей.",
		"Директор школы Анна Верёвкина рассказала, что ремонт закончится к %d сентября.",
		"По данным статистики, население выросло на %d,5%% за последний год.",
	}
	en := []string{
		"The city council of Zarechye approved the budget for %d. Spending will be %d million roubles.",
		"The head teacher, Anna Veryovkina, said the repairs would end by September %d.",
		"According to the statistics, the population grew by %d.5%% over the last year.",
	}
	var s, t strings.Builder
	s.WriteString("# Новости города\n\n")
	t.WriteString("# City news\n\n")
	for i := 0; t.Len() < size; i++ {
		k := i % len(ru)
		args := []any{2000 + i%30, 10 + i%90}
		if k != 0 {
			args = args[1:]
		}
		fmt.Fprintf(&s, ru[k]+"\n\n", args...)
		fmt.Fprintf(&t, en[k]+"\n\n", args...)
	}
	return []byte(s.String()), []byte(t.String())
}

func benchCheck(b *testing.B, withSource bool) {
	src, tgt := benchPair(100 << 10)
	l := &engine.Linter{Rules: rules.All(), Jobs: 1, Precedence: rules.Precedence()}
	b.SetBytes(int64(len(tgt)))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := linttest.CPUTime()
	defer func() { linttest.ReportCPU(b, int64(len(tgt)), cpu) }()
	for i := 0; i < b.N; i++ {
		d, err := read.Parse("t.md", tgt)
		if err != nil {
			b.Fatal(err)
		}
		d.Lang = "en"
		if withSource {
			if d.Original, err = read.Parse("s.md", src); err != nil {
				b.Fatal(err)
			}
			d.Original.Lang = "ru"
		}
		if _, err := l.Check(d); err != nil {
			b.Fatal(err)
		}
	}
}

// A pair must cost at most three times its translation alone.
func BenchmarkArticle100KB(b *testing.B) { benchCheck(b, false) }
func BenchmarkPair100KB(b *testing.B)    { benchCheck(b, true) }

// corpusPairs is the number of generated pairs of the corpus benchmarks.
const corpusPairs = 1000

// benchCorpus lints corpusPairs generated articles of 2 to 10 KB (the size
// of a news article), with their originals or alone, the way a site's
// content folder is checked; it reports the cost per article.
func benchCorpus(b *testing.B, withSource bool) {
	type pair struct{ src, tgt []byte }
	ps := make([]pair, corpusPairs)
	total := 0
	for i := range ps {
		ps[i].src, ps[i].tgt = benchPair(2<<10 + i*7%(8<<10))
		total += len(ps[i].tgt)
	}
	l := &engine.Linter{Rules: rules.All(), Jobs: 1, Precedence: rules.Precedence()}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := linttest.CPUTime()
	for i := 0; i < b.N; i++ {
		for _, p := range ps {
			d, err := read.Parse("t.md", p.tgt)
			if err != nil {
				b.Fatal(err)
			}
			d.Lang = "en"
			if withSource {
				if d.Original, err = read.Parse("s.md", p.src); err != nil {
					b.Fatal(err)
				}
				d.Original.Lang = "ru"
			}
			if _, err := l.Check(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*corpusPairs), "ns/article")
	if c := linttest.CPUTime() - cpu; cpu > 0 && c > 0 {
		b.ReportMetric(float64(c.Nanoseconds())/float64(b.N*corpusPairs), "cpu-ns/article")
	}
}

// 1,000 generated pairs against the same 1,000 translations alone.
func BenchmarkCorpus1000Articles(b *testing.B) { benchCorpus(b, false) }
func BenchmarkCorpus1000Pairs(b *testing.B)    { benchCorpus(b, true) }
