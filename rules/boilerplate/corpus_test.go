package boilerplate

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
)

// A folder of clean articles from one newsroom: each shares background
// sentences with the others, at the top, in the middle or as the closing
// paragraph, and one article is copied into three folders.
func cleanFolder() []engine.Source {
	background := []string{
		"The river authority took over the old harbour in the spring of 2019.",
		"Ferries have run between the two towns since the bridge closed for repairs.",
		"The council has twelve members, elected every four years.",
	}
	var srcs []engine.Source
	for i := 0; i < 6; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "# Harbour report number %d\n\nBy Lena Marsh\n\nMay %d, 2024\n\n", i, i+1)
		if i%2 == 0 {
			b.WriteString(background[0] + "\n\n")
		}
		fmt.Fprintf(&b, "Paragraph %d tells what happened at the harbour this week, with the figures the authority gave.\n\n", i)
		b.WriteString(background[1] + "\n\n")
		fmt.Fprintf(&b, "Dock workers said the new schedule in week %d left them with longer shifts.\n\n", i)
		b.WriteString(background[2] + "\n")
		srcs = append(srcs, engine.Source{Path: fmt.Sprintf("news/a%d.md", i), Data: []byte(b.String())})
	}
	copied := srcs[0].Data
	for _, dir := range []string{"en", "archive", "drafts"} {
		srcs = append(srcs, engine.Source{Path: dir + "/copy.md", Data: copied})
	}
	return srcs
}

// lintRun lints srcs in one run with r alone.
func lintRun(t *testing.T, r *Rule, srcs []engine.Source) []engine.FileResult {
	t.Helper()
	l := &engine.Linter{Rules: []lint.Rule{r}, Jobs: 2}
	res := l.Run(srcs)
	for _, fr := range res {
		if fr.Err != nil {
			t.Fatal(fr.Err)
		}
	}
	return res
}

// fixed applies the fixes of a file's diagnostics to its source.
func fixed(t *testing.T, src []byte, ds []engine.Diagnostic) string {
	t.Helper()
	var edits []lint.Edit
	for _, d := range ds {
		edits = append(edits, d.Fix...)
	}
	slices.SortFunc(edits, func(a, b lint.Edit) int { return b.Start - a.Start })
	out := string(src)
	prev := len(src) + 1
	for _, e := range edits {
		if e.End > prev {
			t.Fatalf("overlapping edits")
		}
		out = out[:e.Start] + e.New + out[e.End:]
		prev = e.Start
	}
	return out
}

func TestCorpusNeverDeletesProse(t *testing.T) {
	srcs := cleanFolder()
	r, _ := New(Options{MinFiles: 2})
	for _, rule := range []*Rule{Default(), r} {
		for i, fr := range lintRun(t, rule, srcs) {
			if len(fr.Diagnostics) > 0 {
				t.Errorf("min-files %d, %s: findings on a clean article: %q", rule.minFiles, fr.Path, fr.Diagnostics[0].Excerpt)
			}
			if got := fixed(t, srcs[i].Data, fr.Diagnostics); got != string(srcs[i].Data) {
				t.Errorf("min-files %d, %s: --fix changed a clean article:\n%s", rule.minFiles, fr.Path, got)
			}
		}
	}
}

func TestCorpusFixKeepsProse(t *testing.T) {
	// chrome shared by the run is reported, with no fix when the
	// repetition alone speaks for it; the prose of every file survives
	srcs := cleanFolder()[:6]
	for i := range srcs {
		srcs[i].Data = append(append([]byte(nil), srcs[i].Data...), "\nHarbour Gazette newsroom on Telegram\n\nShare this:\n"...)
	}
	for i, fr := range lintRun(t, Default(), srcs) {
		var msgs []string
		for _, d := range fr.Diagnostics {
			msgs = append(msgs, d.Message)
			if strings.Contains(d.Message, "repeated") && len(d.Fix) > 0 {
				t.Errorf("%s: a finding on repetition alone offers a fix: %q", fr.Path, d.Excerpt)
			}
		}
		if !slices.ContainsFunc(msgs, func(m string) bool { return strings.Contains(m, "text repeated in 6 files of this run") }) {
			t.Errorf("%s: no finding for the repeated line with its count: %q", fr.Path, msgs)
		}
		got := fixed(t, srcs[i].Data, fr.Diagnostics)
		for _, para := range strings.Split(string(srcs[i].Data), "\n\n") {
			if p := strings.TrimSpace(para); strings.HasSuffix(p, ".") && !strings.Contains(got, p) {
				t.Errorf("%s: --fix deleted prose %q", fr.Path, p)
			}
		}
		if strings.Contains(got, "Share this:") {
			t.Errorf("%s: --fix kept the share prompt", fr.Path)
		}
	}
}

func TestCorpusSameFindingsAlone(t *testing.T) {
	// a clean article gets the same findings alone and in a run
	srcs := cleanFolder()
	srcs = append(srcs, engine.Source{Path: "b.md", Data: []byte(article(9, "Share this:\n"))})
	all := lintRun(t, Default(), srcs)
	for i, src := range srcs {
		alone := lintRun(t, Default(), []engine.Source{src})[0]
		if !slices.Equal(excerpts(alone.Diagnostics), excerpts(all[i].Diagnostics)) {
			t.Errorf("%s: alone %q, in the run %q", src.Path, excerpts(alone.Diagnostics), excerpts(all[i].Diagnostics))
		}
	}
}

func excerpts(ds []engine.Diagnostic) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Excerpt)
	}
	return out
}
