package source

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
)

func parse(t testing.TB, name, text string) *lint.Document {
	t.Helper()
	d, err := read.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func values(t *testing.T, text string, words bool) []Number {
	d := parse(t, "a.txt", text)
	return Numbers(d, lint.Span{Start: 0, End: len(d.Text)}, words)
}

func TestNumbersAcrossLocales(t *testing.T) {
	same := [][2]string{
		{"1 000,5", "1,000.5"},
		{"1.000,5", "1,000.5"},
		{"1\u00a0250", "1250"},
		{"5 млн", "5 million"},
		{"3,5 Mrd.", "3.5 billion"},
		{"2万", "20,000"},
		{"2,5 млрд", "2.5bn"},
		{"3万亿", "3 trillion"},
		{"12%", "12 percent"},
		{"1,500", "1.5"},  // a decimal comma
		{"1,500", "1500"}, // a thousands comma
		{"14:30", "2:30 p.m."},
		{"14:30", "14.30"},
		{"90", "1990"},
	}
	for _, c := range same {
		a, b := values(t, c[0], false), values(t, c[1], false)
		if len(a) != 1 || len(b) != 1 || !a[0].Same(b[0]) {
			t.Errorf("%q and %q: want one equal number each, got %+v and %+v", c[0], c[1], a, b)
		}
	}
	differ := [][2]string{{"12%", "21%"}, {"5 млн", "5 thousand"}, {"1 000,5", "1,000"}, {"1998", "1989"}}
	for _, c := range differ {
		a, b := values(t, c[0], false), values(t, c[1], false)
		if len(a) == 1 && len(b) == 1 && a[0].Same(b[0]) {
			t.Errorf("%q and %q read as the same number", c[0], c[1])
		}
	}
	if v := values(t, "version 1.2.3", false); len(v) != 0 {
		t.Errorf("a version number is not a quantity: %+v", v)
	}
}

func TestDatesAndWords(t *testing.T) {
	kinds := func(ns []Number) string {
		var b strings.Builder
		for _, n := range ns {
			fmt.Fprintf(&b, "%d:%g ", n.Kind, n.Value)
		}
		return b.String()
	}
	src := values(t, "Решение приняли 24.02.2022.", false)
	tgt := values(t, "The decision was taken on February 24, 2022.", false)
	ms, _ := Match(src, tgt)
	for i, m := range ms {
		if m < 0 {
			t.Errorf("%+v of %s found no partner in %s", src[i], kinds(src), kinds(tgt))
		}
	}
	// "may" is a month only beside a figure
	if v := values(t, "It may rain on 5 May.", false); len(v) != 2 || v[1].Kind != Month {
		t.Errorf("want 5 and May, got %s", kinds(v))
	}
	if v := values(t, "Three bands and a hundred guests.", true); len(v) != 2 || !v[0].Word || v[0].Value != 3 {
		t.Errorf("want the number words, got %+v", v)
	}
	if v := values(t, "Three bands.", false); len(v) != 0 {
		t.Errorf("number words read without being asked: %+v", v)
	}
}

func TestSkeleton(t *testing.T) {
	same := [][]string{
		{"Павел", "Pavel"},
		{"Дуров", "Durov"},
		{"Верёвкина", "Veryovkina", "Verevkina"},
		{"Ходорковский", "Khodorkovsky", "Hodorkovskij"},
		{"Müller", "Muller", "Mueller"},
		{"Σπύρος", "Spyros"},
		{"Харків", "Kharkiv"},
	}
	for _, group := range same {
		want := Skeleton(group[0])
		for _, w := range group[1:] {
			if got := Skeleton(w); got != want {
				t.Errorf("Skeleton(%q) = %q, Skeleton(%q) = %q", group[0], want, w, got)
			}
		}
	}
	if Skeleton("Дуров") == Skeleton("Petrov") {
		t.Error("different names share a frame")
	}
}

func pair(t testing.TB, src, tgt string) *lint.Document {
	d := parse(t, "t.md", tgt)
	d.Original = parse(t, "s.md", src)
	return d
}

func TestAlignFindsTheDroppedParagraph(t *testing.T) {
	src := "# Заголовок статьи\n\nВ среду Мария Лапина открыла выставку в городе Тверь. Пришли многие соседи.\n\n" +
		"Выставка продлится до конца месяца, и вход на неё будет свободным для всех жителей района.\n\n" +
		"Художник Олег Сомов показал двенадцать новых картин о северных озёрах.\n\n" +
		"Следующая выставка пройдёт в галерее на площади Мира осенью.\n"
	tgt := "# The title of the article\n\nOn Wednesday Maria Lapina opened an exhibition in the town of Tver. Many neighbours came.\n\n" +
		"The painter Oleg Somov showed twelve new paintings about the northern lakes.\n\n" +
		"The next exhibition will be held in the gallery on Mira Square in the autumn.\n"
	a := Align(pair(t, src, tgt))
	if a == nil {
		t.Fatal("no alignment")
	}
	var got []string
	for _, l := range a.Links {
		got = append(got, fmt.Sprint(l.S, ">", l.T))
	}
	want := "[0]>[0] [1]>[1] [2]>[] [3]>[2] [4]>[3]"
	if strings.Join(got, " ") != want {
		t.Errorf("links %q, want %q", strings.Join(got, " "), want)
	}
	if Align(parse(t, "x.md", tgt)) != nil {
		t.Error("an alignment without an original")
	}
}

func TestUnrelatedPairIsNotTrusted(t *testing.T) {
	src := "# Отчёт\n\nВ 2019 году завод выпустил 450 машин, а в 2020 году — 610.\n\nНа заводе работают 1 200 человек, из них 35% женщины.\n"
	tgt := "# A recipe\n\nMix 3 eggs with 200 grams of flour and bake for 40 minutes.\n\nServe with 2 spoons of honey at 18 degrees.\n"
	if a := Align(pair(t, src, tgt)); a == nil || a.Trusted() {
		t.Errorf("two unrelated articles are trusted as a pair: %+v", a)
	}
	tr := "# The report\n\nIn 2019 the plant built 450 cars, and in 2020, 610.\n\nThe plant employs 1,200 people, 35% of them women.\n"
	if a := Align(pair(t, src, tr)); a == nil || !a.Trusted() {
		t.Errorf("a translation is not trusted as one: %+v", a)
	}
}

// A lost name belongs in the translation sentence of its source
// sentence's rank, or at the same share of the passage when the two sides
// have not as many sentences.
func TestPlaceLostName(t *testing.T) {
	sp := func(a, b int) lint.Span { return lint.Span{Start: a, End: b} }
	src := []lint.Span{sp(0, 10), sp(11, 20), sp(21, 30), sp(31, 40)}
	whole := sp(100, 200)
	cases := []struct {
		name lint.Span
		tgt  []lint.Span
		want lint.Span
	}{
		{sp(12, 15), []lint.Span{sp(100, 120), sp(121, 150), sp(151, 170), sp(171, 200)}, sp(121, 150)}, // same rank
		{sp(33, 38), []lint.Span{sp(100, 150), sp(151, 200)}, sp(151, 200)},                             // last of four: second of two
		{sp(2, 5), []lint.Span{sp(100, 150), sp(151, 200)}, sp(100, 150)},
		{sp(2, 5), nil, whole},
	}
	for _, c := range cases {
		got, sent := place(c.name, src, c.tgt, whole)
		if got != c.want {
			t.Errorf("name %v: placed at %v, want %v", c.name, got, c.want)
		}
		if !sent.Contains(c.name) {
			t.Errorf("name %v: source sentence %v does not hold it", c.name, sent)
		}
	}
}
