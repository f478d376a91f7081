package main

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// browserArticle is an invented news article with defects of several
// classes: a teaser that repeats the title (with a related place), a
// doubled word (with a fix), an untranslated Russian fragment, a glued
// sentence and an entity escaped twice (with a fix).
const browserArticle = `# Harbour town votes to close its old ferry piers

Harbour town votes to close its old ferry piers

The council of Valdmere voted on Tuesday to close the two oldest ferry piers by the end of the year.

The decision was welcomed by the residents' association, which had collected signatures for months, and the the mayor said repairs would have cost more than a new terminal.

According to the harbour office, the piers were inspected in spring [путем осмотра опор водолазами]and several pillars were found to be cracked.

A temporary pontoon will serve the island routes from March, while the new terminal is built on the northern quay.Passengers should expect short delays during the first weeks.

Local fishermen&amp;nbsp;asked for a separate mooring, and the council promised to discuss it in January.
`

// browser starts headless Chromium, or skips when it is not installed
// (CI installs it and fails instead).
func browser(t *testing.T) context.Context {
	t.Helper()
	var exe string
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			exe = p
			break
		}
	}
	if exe == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed; .ci/run installs it")
		}
		t.Skip("browser test skipped: chromium is not installed (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.WindowSize(1440, 900),
	}
	// A loaded machine now and then sees Chromium exit while it starts;
	// a second or third start is a new process with a new profile.
	var err error
	for attempt := 1; attempt <= 3; attempt++ {
		actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), append(opts, chromedp.UserDataDir(t.TempDir()))...)
		ctx, cancelCtx := chromedp.NewContext(actx)
		ctx, cancelTime := context.WithTimeout(ctx, 90*time.Second)
		if err = chromedp.Do(ctx); err == nil {
			t.Cleanup(func() { cancelTime(); cancelCtx(); cancelAlloc() })
			return ctx
		}
		cancelTime()
		cancelCtx()
		cancelAlloc()
		t.Logf("starting %s (attempt %d): %v", exe, attempt, err)
	}
	t.Fatalf("starting %s: %v", exe, err)
	return nil
}

// markedText is, per finding index, the text of the highlights that carry
// it, in document order.
const markedText = `(() => {
  const out = {};
  document.querySelectorAll(%q).forEach(m => {
    if (!m.hasAttribute('data-f')) return;
    m.getAttribute('data-f').split(' ').forEach(i => { out[i] = (out[i] || '') + m.textContent; });
  });
  return out;
})()`

// v1Findings are the fields of the JSON findings the browser tests check.
type v1Findings struct {
	Findings []struct {
		Rule, Excerpt string
		Fix           []struct {
			Offset, Length int
			Text           string
		}
		Related []struct{ Excerpt string }
	}
}

// applyFix applies a finding's edits (byte offsets) to text.
func applyFix(text string, fix []struct {
	Offset, Length int
	Text           string
}) string {
	var b strings.Builder
	at := 0
	for _, e := range fix {
		b.WriteString(text[at:e.Offset])
		b.WriteString(e.Text)
		at = e.Offset + e.Length
	}
	return b.String() + text[at:]
}

// firstFix is the index of the first finding with a fix (the one the
// first "Apply fix" button applies) and the article it fixes.
func firstFix(t *testing.T, want v1Findings) (int, string) {
	t.Helper()
	for i, f := range want.Findings {
		if len(f.Fix) > 0 {
			return i, applyFix(browserArticle, f.Fix)
		}
	}
	t.Fatal("the article should have a finding with a fix")
	return -1, ""
}

// checkHighlights compares the highlights with the findings' excerpts.
func checkHighlights(t *testing.T, ctx context.Context, sel string, want v1Findings) {
	t.Helper()
	got, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]string](strings.Replace(markedText, "%q", strconv.Quote(sel), 1)))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want.Findings) {
		t.Errorf("%d findings highlighted, want %d: %v", len(got), len(want.Findings), got)
	}
	for i, f := range want.Findings {
		if g := got[strconv.Itoa(i)]; g != f.Excerpt {
			t.Errorf("finding %d (%s): highlight on %q, want %q", i, f.Rule, g, f.Excerpt)
		}
	}
}

// do1 runs one action and returns its value; an error ends the test.
func do1[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func screenshot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	dir := os.Getenv("TRANSLINT_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", p, len(png))
}

func TestBrowserServePage(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(serveHandler(t, ""))
	defer srv.Close()
	var want v1Findings
	rec := post(srv.Config.Handler, "/v1/check", "application/json", jsonBody(t, map[string]string{"text": browserArticle, "format": "markdown"}))
	if err := json.Unmarshal(rec.Body.Bytes(), &want); err != nil || len(want.Findings) < 3 {
		t.Fatalf("the article should have findings of several rules: %s", rec.Body)
	}
	err := chromedp.Do(ctx,
		chromedp.Navigate(srv.URL),
		chromedp.WaitVisible(chromedp.ID("text")),
		chromedp.SetValue(chromedp.ID("text"), browserArticle),
		chromedp.Click(chromedp.ID("check")),
		chromedp.WaitVisible(chromedp.CSS("#article .hl")),
	)
	if err != nil {
		t.Fatal(err)
	}
	status := do1(t, ctx, chromedp.Text(chromedp.CSS("header .status")))
	articleText := do1(t, ctx, chromedp.Evaluate[string](`document.getElementById('article').textContent`))
	if articleText != browserArticle {
		t.Errorf("the article view changed the text:\n%q", articleText)
	}
	if !strings.HasPrefix(status, strconv.Itoa(len(want.Findings))+" findings · markdown") {
		t.Errorf("status %q", status)
	}
	checkHighlights(t, ctx, "#article [data-f]", want)

	// Counts per rule.
	chips := do1(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('.chip')].map(c => c.dataset.rule + '=' + c.querySelector('.n').textContent)`))
	perRule := map[string]int{}
	for _, f := range want.Findings {
		perRule[f.Rule]++
	}
	var wantChips []string
	for r, n := range perRule {
		wantChips = append(wantChips, r+"="+strconv.Itoa(n))
	}
	sort.Strings(chips)
	sort.Strings(wantChips)
	if strings.Join(chips, " ") != strings.Join(wantChips, " ") {
		t.Errorf("counts %v, want %v", chips, wantChips)
	}

	// Keyboard: j twice goes to the second finding and shows its message.
	// Keyboard: j goes to the first finding, shows its message and outlines
	// its related places.
	rel := -1
	for i, f := range want.Findings {
		if len(f.Related) > 0 {
			rel = i
			break
		}
	}
	if rel < 0 {
		t.Fatal("the article should have a finding with a related place")
	}
	for range rel + 1 {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("j")); err != nil {
			t.Fatal(err)
		}
	}
	related := do1(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll('#article [data-rel].active')].map(m => m.textContent).join('')`))
	if related != want.Findings[rel].Related[0].Excerpt {
		t.Errorf("related place outlined: %q, want %q", related, want.Findings[rel].Related[0].Excerpt)
	}
	// j again, to the first error: its message in the tip.
	errIdx := -1
	for i, f := range want.Findings {
		if f.Rule == "foreign-fragment" {
			errIdx = i
		}
	}
	for range errIdx - rel {
		if err := chromedp.Do(ctx, chromedp.KeyEvent("j")); err != nil {
			t.Fatal(err)
		}
	}
	activeRule := do1(t, ctx, chromedp.Text(chromedp.CSS(".item.active .rule")))
	tip := do1(t, ctx, chromedp.Text(chromedp.CSS(".tip")))
	if errIdx < 0 || activeRule != "foreign-fragment" || !strings.Contains(tip, "untranslated") {
		t.Errorf("active %q, tip %q; want the foreign fragment", activeRule, tip)
	}
	screenshot(t, ctx, "serve.png")

	// One click applies the first fix; the page checks the fixed text again.
	_, fixed := firstFix(t, want)
	err = chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".item .fix")))
	if err != nil {
		t.Fatal(err)
	}
	do1(t, ctx, chromedp.Poll[bool](`document.getElementById('text').value !== `+strconv.Quote(browserArticle)+
		` && document.getElementById('article').textContent === document.getElementById('text').value`, chromedp.WithPollingTimeout(20*time.Second)))
	value := do1(t, ctx, chromedp.Value(chromedp.ID("text")))
	if value != fixed {
		t.Errorf("after the fix the text is\n%q\nwant\n%q", value, fixed)
	}
	var after v1Findings
	rec = post(srv.Config.Handler, "/v1/check", "application/json", jsonBody(t, map[string]string{"text": fixed, "format": "markdown"}))
	if err := json.Unmarshal(rec.Body.Bytes(), &after); err != nil || len(after.Findings) != len(want.Findings)-1 {
		t.Fatalf("fixed text: %s", rec.Body)
	}
	checkHighlights(t, ctx, "#article [data-f]", after)
}

func TestBrowserHTMLReport(t *testing.T) {
	ctx := browser(t)
	dir := t.TempDir()
	art := write(t, dir, "harbour.md", browserArticle)
	report := filepath.Join(dir, "report.html")
	if code, _, errs := runCLI(t, "", "check", "--format", "json="+filepath.Join(dir, "r.json"), "--format", "html="+report, art); code > 1 {
		t.Fatalf("check: %d %s", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "r.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want v1Findings
	if err := json.Unmarshal(data, &want); err != nil || len(want.Findings) < 3 {
		t.Fatalf("%v %s", err, data)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+report), chromedp.WaitVisible(chromedp.CSS("article .hl"))); err != nil {
		t.Fatal(err)
	}
	articleText := do1(t, ctx, chromedp.Evaluate[string](`document.querySelector('article').textContent`))
	if articleText != browserArticle {
		t.Errorf("the report changed the text:\n%q", articleText)
	}
	checkHighlights(t, ctx, "article [data-f]", want)
	screenshot(t, ctx, "report.png")
	first, fixed := firstFix(t, want)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(".item .fix")), chromedp.WaitVisible(chromedp.CSS(".download"))); err != nil {
		t.Fatal(err)
	}
	ok := do1(t, ctx, chromedp.Evaluate[bool](`document.querySelector('article').textContent === `+strconv.Quote(fixed)))
	download := do1(t, ctx, chromedp.AttributeValue(chromedp.CSS(".download"), "download")).Value
	if !ok || download != "harbour.md" {
		t.Errorf("after the fix: text fixed %v, download %q", ok, download)
	}
	// The other findings stay on their words.
	var rest []string
	for i, f := range want.Findings {
		if i != first {
			rest = append(rest, f.Excerpt)
		}
	}
	got := do1(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll('article [id]')].map(m => m.textContent)`))
	if strings.Join(got, "|") != strings.Join(rest, "|") {
		t.Errorf("highlights after the fix %q, want %q", got, rest)
	}
}
