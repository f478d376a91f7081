package main

import (
	"path/filepath"
	"strings"
	"testing"
)

const (
	origText = "---\nlang: ru\n---\n# Новый парк\n\nВ парке посадили 120 деревьев и поставили 15 скамеек.\n\nПарк открыт с 8 утра.\n"
	// the translation changes 120 into 210
	transText = "# A new park\n\nThe park got 210 trees and 15 benches.\n\nThe park opens at 8 in the morning.\n"
)

func TestSourceFlag(t *testing.T) {
	dir := t.TempDir()
	orig := write(t, dir, "park.ru.md", origText)
	tr := write(t, dir, "park.en.md", transText)
	rules := "--enable=source-number,missing-passage,untranslated-passage,source-link"
	code, out, errs := runCLI(t, "", "check", rules, "--source", orig, tr)
	if code != 1 || !strings.Contains(out, "source-number") || !strings.Contains(out, `"120"`) {
		t.Errorf("--source: code %d, out %q, err %q", code, out, errs)
	}
	// without the original the source rules have nothing to say
	if code, out, _ := runCLI(t, "", "check", rules, tr); code != 0 {
		t.Errorf("no --source: code %d, out %q", code, out)
	}
}

func TestSourceDir(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "ru/news/park.md", origText)
	write(t, dir, "en/news/park.md", transText)
	write(t, dir, "en/news/alone.md", "# Alone\n\nThis page has 3 lines and no original.\n")
	code, out, errs := runCLI(t, "", "check", "--enable=source-number", "--source-dir", filepath.Join(dir, "ru"), filepath.Join(dir, "en"))
	if code != 1 || strings.Count(out, "source-number") != 1 || !strings.Contains(out, "park.md") {
		t.Errorf("--source-dir: code %d, out %q, err %q", code, out, errs)
	}
}

func TestSourceFlagErrors(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.md", transText)
	b := write(t, dir, "b.md", transText)
	for _, args := range [][]string{
		{"check", "--source", a, a, b},
		{"check", "--source", filepath.Join(dir, "missing.md"), a},
		{"check", "--source", a, "--source-dir", dir, b},
		{"check", "--source-dir", a, b},
	} {
		if code, _, errs := runCLI(t, "", args...); code != 2 || errs == "" {
			t.Errorf("%v: code %d, stderr %q; want a usage error", args, code, errs)
		}
	}
}
