package main

import (
	"encoding/json"
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

// TestSourceRelated: a source finding points into the original, with the
// original's path, in every output that has related places.
func TestSourceRelated(t *testing.T) {
	dir := t.TempDir()
	orig := write(t, dir, "park.ru.md", origText)
	tr := write(t, dir, "park.en.md", transText)
	code, out, errs := runCLI(t, "", "check", "--enable=source-number", "--format=json", "--source", orig, tr)
	var rep struct {
		Findings []struct {
			Message string
			Related []struct {
				Path         string
				Line, Column int
				Excerpt      string
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || code != 1 || len(rep.Findings) != 1 {
		t.Fatalf("json: code %d, err %v, out %q, stderr %q", code, err, out, errs)
	}
	f := rep.Findings[0]
	if strings.Contains(f.Message, "park.ru.md") || len(f.Related) != 1 {
		t.Fatalf("the place in the original belongs in related, not the message: %+v", f)
	}
	if r := f.Related[0]; r.Path != orig || r.Line != 6 || r.Column != 1 || !strings.Contains(r.Excerpt, "120") {
		t.Errorf("related %+v, want %s line 6 column 1 with the source sentence", r, orig)
	}
	_, out, _ = runCLI(t, "", "check", "--enable=source-number", "--format=sarif", "--source", orig, tr)
	var log struct {
		Runs []struct {
			Results []struct {
				Locations, RelatedLocations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Results) != 1 {
		t.Fatalf("sarif: %v %q", err, out)
	}
	res := log.Runs[0].Results[0]
	if len(res.RelatedLocations) != 1 {
		t.Fatalf("sarif related locations: %+v", res)
	}
	rl, own := res.RelatedLocations[0].PhysicalLocation, res.Locations[0].PhysicalLocation
	if !strings.HasSuffix(rl.ArtifactLocation.URI, "park.ru.md") || !strings.HasSuffix(own.ArtifactLocation.URI, "park.en.md") || rl.Region.StartLine != 6 {
		t.Errorf("sarif related %+v (result in %+v), want the original's URI, line 6", rl, own)
	}
	_, out, _ = runCLI(t, "", "check", "--enable=source-number", "--color=never", "--source", orig, tr)
	if !strings.Contains(out, "park.ru.md:6:1") {
		t.Errorf("text output does not name the original's place: %q", out)
	}
	_, out, _ = runCLI(t, "", "check", "--enable=source-number", "--format=github", "--source", orig, tr)
	if !strings.Contains(out, "park.ru.md at line 6, column 1") {
		t.Errorf("GitHub annotation does not name the original's place: %q", out)
	}
}

// TestSourceLayoutConfig: the configuration's source layout pairs each
// translation with its original; the originals and a translation without
// one are checked alone, and --source-dir wins over the layout.
func TestSourceLayoutConfig(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, ".translint.yaml", "source:\n  lang: ru\n  path: \"content/{lang}/{path}\"\n")
	write(t, dir, "content/ru/news/park.md", origText)
	write(t, dir, "content/en/news/park.md", transText)
	write(t, dir, "content/en/news/alone.md", "# Alone\n\nThis page has 3 lines and no original.\n")
	code, out, errs := runCLI(t, "", "check", "--enable=source-number", "--format=json", filepath.Join(dir, "content"))
	if code != 1 || strings.Count(out, `"rule": "source-number"`) != 1 || !strings.Contains(out, filepath.Join("content", "en", "news", "park.md")) ||
		!strings.Contains(out, filepath.Join("content", "ru", "news", "park.md")) {
		t.Errorf("layout: code %d, out %q, err %q", code, out, errs)
	}
	// an explicit --source-dir replaces the layout: here it has no originals
	write(t, dir, "none/readme.txt", "")
	if code, out, _ := runCLI(t, "", "check", "--enable=source-number", "--source-dir", filepath.Join(dir, "none"), filepath.Join(dir, "content", "en")); code != 0 {
		t.Errorf("--source-dir over the layout: code %d, out %q", code, out)
	}
}
