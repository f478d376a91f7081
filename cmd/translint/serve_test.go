package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/server"
)

func serveHandler(t *testing.T, configPath string) http.Handler {
	t.Helper()
	eng, err := newServeEngine(configPath, "en", false)
	if err != nil {
		t.Fatal(err)
	}
	return server.New(server.Options{Check: eng.check, Version: toolVersion()})
}

func post(h http.Handler, target, ctype, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("POST", target, strings.NewReader(body))
	req.Header.Set("Content-Type", ctype)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func jsonBody(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// /v1/check answers byte for byte what `translint check --format json`
// prints for the same text, with the same configuration.
func TestServeAnswersAsCheck(t *testing.T) {
	withRules(t, linttest.DoubledWord{}, linttest.Marker{}, shoutRule{lint.SeverityError})
	dir := t.TempDir()
	cfg := write(t, dir, "cfg.yaml", "rules:\n  test-marker: off\n  test-doubled: info\n")
	text := "# Title\n\nThe the FOO XXX here.\n\nNo no <!-- translint-disable-line test-doubled -->\n"
	h := serveHandler(t, cfg)
	for _, tc := range []struct {
		name string
		args []string
		req  map[string]any
	}{
		{"config", nil, map[string]any{}},
		{"enable", []string{"--enable", "test-marker"}, map[string]any{"enable": []string{"test-marker"}}},
		{"disable", []string{"--disable", "shout"}, map[string]any{"disable": []string{"shout"}}},
		{"lang", []string{"--lang", "de"}, map[string]any{"lang": "de"}},
	} {
		args := append([]string{"check", "--config", cfg, "--format", "json", "--stdin-filename", "notes/a.md", "-"}, tc.args...)
		_, want, errs := runCLI(t, text, args...)
		if errs != "" {
			t.Fatalf("%s: check: %s", tc.name, errs)
		}
		tc.req["text"], tc.req["path"] = text, "notes/a.md"
		rec := post(h, "/v1/check", "application/json", jsonBody(t, tc.req))
		if rec.Code != 200 || rec.Body.String() != want {
			t.Errorf("%s: %d\n%s\nwant (translint check)\n%s", tc.name, rec.Code, rec.Body, want)
		}
	}
	if !strings.Contains(post(h, "/v1/check", "application/json", `{"text":"x","enable":["nope"]}`).Body.String(), `unknown rule "nope"`) {
		t.Errorf("an unknown rule is not named")
	}
	if rec := post(h, "/v1/check", "application/json", `{"text":"x","format":"docx"}`); rec.Code != 400 {
		t.Errorf("unknown format: %d", rec.Code)
	}
	if rec := post(h, "/v1/check", "application/json", `{"text":"x","lang":"zz"}`); rec.Code != 400 {
		t.Errorf("unknown language: %d", rec.Code)
	}
}

// The format field and the path's extension decide how the text is read.
func TestServeFormat(t *testing.T) {
	withRules(t, shoutRule{lint.SeverityError})
	h := serveHandler(t, "")
	html := `{"text":"<p title=\"FOO\">FOO</p>","format":"html"}`
	var rep struct{ Findings []struct{ Offset int } }
	rec := post(h, "/v1/check", "application/json", html)
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil || len(rep.Findings) != 1 || rep.Findings[0].Offset != 15 {
		t.Errorf("HTML: markup is not prose: %s", rec.Body)
	}
	rec = post(h, "/v1/check", "application/json", `{"text":"<p title=\"FOO\">FOO</p>","path":"page.html"}`)
	if err := json.Unmarshal(rec.Body.Bytes(), &rep); err != nil || len(rep.Findings) != 1 {
		t.Errorf("HTML by extension: %s", rec.Body)
	}
}

// Real rules through the LanguageTool API: offsets count UTF-16 units.
func TestServeLanguageToolWithBuiltinRules(t *testing.T) {
	h := serveHandler(t, "")
	text := "The 🚢 council met on Tuesday, and the the mayor spoke about the piers.\n"
	rec := post(h, "/v2/check", "application/x-www-form-urlencoded", url.Values{"text": {text}, "language": {"en-GB"}}.Encode())
	var ans struct {
		Matches []struct {
			Offset, Length int
			Rule           struct{ ID string }
			Replacements   []struct{ Value string }
		}
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &ans); err != nil || len(ans.Matches) != 1 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	m := ans.Matches[0]
	// "the the" starts at character 34 (the ship counts 2 units).
	if m.Rule.ID != "doubled-word" || m.Offset != strings.Index(text, "the the")-2 || m.Length != 7 ||
		len(m.Replacements) != 1 || m.Replacements[0].Value != "the" {
		t.Errorf("match %+v", m)
	}
}

func TestServeFlags(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "--lang", "zz"},
		{"serve", "--addr", "256.0.0.1:http-alt-nope"},
		{"serve", "--max-body", "0"},
		{"serve", "extra"},
	} {
		if code, _, errs := runCLI(t, "", args...); code != exitError || errs == "" {
			t.Errorf("%v: code %d, stderr %q", args, code, errs)
		}
	}
}

// BenchmarkServeCheck is one /v1/check of an article of about 1,500 words
// through the handler, all built-in rules, no network. cpu-ms/op is the
// figure to read on a busy machine.
func BenchmarkServeCheck(b *testing.B) {
	eng, err := newServeEngine("", "en", false)
	if err != nil {
		b.Fatal(err)
	}
	h := server.New(server.Options{Check: eng.check})
	var article strings.Builder
	for i := 0; article.Len() < 9000; i++ {
		// Numbered so that the paragraphs do not repeat word for word.
		article.WriteString(strings.ReplaceAll(browserArticle, "Valdmere", "Valdmere "+strconv.Itoa(i)))
	}
	body, _ := json.Marshal(map[string]string{"text": article.String(), "format": "markdown"})
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	start := linttest.CPUTime()
	for b.Loop() {
		req := httptest.NewRequest("POST", "/v1/check", bytes.NewReader(body))
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatal(rec.Code, rec.Body)
		}
	}
	linttest.ReportCPU(b, int64(len(body)), start)
}
