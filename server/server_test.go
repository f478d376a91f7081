package server_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/server"
)

// The tests lint with invented rules: "zorbly" is an error with a fix,
// "quux" a warning that points back at its first occurrence.
func testRules() []lint.Rule {
	fix := "wobbly"
	return []lint.Rule{
		&linttest.PatternRule{RuleID: "test-zorbly", Pattern: regexp.MustCompile(`zorbly`), Severity: lint.SeverityError,
			Message: "invented word", Title: "Invented word", Replace: &fix},
		&linttest.PatternRule{RuleID: "test-quux", Pattern: regexp.MustCompile(`quux`), Message: "quux again", RelateFirst: true},
	}
}

// checker lints a request with rules, as a caller of the package would.
func checker(rules []lint.Rule) server.Checker {
	return func(req server.Request) (*format.Report, error) {
		rs := rules
		if len(req.Enable) > 0 {
			rs = nil
			for _, r := range rules {
				for _, id := range req.Enable {
					if r.ID() == id {
						rs = append(rs, r)
					}
				}
			}
			if rs == nil {
				return nil, server.BadRequest(fmt.Errorf("unknown rule %q", req.Enable[0]))
			}
		}
		l := &engine.Linter{Rules: rs, Jobs: 1, Lang: req.Lang}
		src := engine.Source{Path: req.Path, Data: req.Text}
		if req.Path == "" {
			src.Path = "<text>"
		}
		sev := map[string]lint.Severity{}
		for _, r := range rs {
			sev[r.ID()] = r.DefaultSeverity()
		}
		return &format.Report{Results: l.Run([]engine.Source{src}), Rules: rs, Severity: sev, Version: "9.9.9"}, nil
	}
}

func newServer(t *testing.T, o server.Options) (*server.Server, *bytes.Buffer) {
	t.Helper()
	if o.Check == nil {
		o.Check = checker(testRules())
	}
	var logBuf bytes.Buffer
	o.Log = log.New(&syncWriter{w: &logBuf}, "", 0)
	o.Version = "9.9.9"
	return server.New(o), &logBuf
}

type syncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

func do(h http.Handler, method, target, ctype, body string) *httptest.ResponseRecorder {
	req := httptest.NewRequest(method, target, strings.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func postJSON(h http.Handler, body string) *httptest.ResponseRecorder {
	return do(h, "POST", "/v1/check", "application/json", body)
}

func postForm(h http.Handler, v url.Values) *httptest.ResponseRecorder {
	return do(h, "POST", "/v2/check", "application/x-www-form-urlencoded", v.Encode())
}

type v1Finding struct {
	Path, Rule, Severity, Message, Excerpt, Suggestion string
	Line, Column, Offset, Length                       int
	Fix                                                []struct {
		Offset, Length int
		Text           string
	}
	Related []struct{ Offset, Length int }
}

type v1Report struct {
	Version  int
	Files    int
	Findings []v1Finding
	Errors   []struct{ Path, Message string }
}

func decode[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("answer is not JSON (%v): %s", err, rec.Body)
	}
	return v
}

func TestV1Check(t *testing.T) {
	s, logBuf := newServer(t, server.Options{})
	rec := postJSON(s, `{"text":"A zorbly day.\nquux and quux.","path":"notes/day.md"}`)
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("status %d %q: %s", rec.Code, rec.Header().Get("Content-Type"), rec.Body)
	}
	rep := decode[v1Report](t, rec)
	if rep.Version != 1 || rep.Files != 1 || len(rep.Findings) != 3 {
		t.Fatalf("report %+v", rep)
	}
	z := rep.Findings[0]
	if z.Rule != "test-zorbly" || z.Path != "notes/day.md" || z.Offset != 2 || z.Length != 6 || z.Severity != "error" ||
		len(z.Fix) != 1 || z.Fix[0].Text != "wobbly" || z.Line != 1 || z.Column != 3 {
		t.Errorf("zorbly finding %+v", z)
	}
	if q := rep.Findings[2]; q.Rule != "test-quux" || q.Line != 2 || len(q.Related) != 1 || q.Related[0].Offset != 14 {
		t.Errorf("second quux %+v", q)
	}
	if !regexp.MustCompile(`(?m)^\S+ POST /v1/check 200 \d+ \S+$`).MatchString(logBuf.String()) {
		t.Errorf("access log %q", logBuf.String())
	}
}

// The v1 answer is the JSON format's output for the same report.
func TestV1IsTheJSONFormat(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	rec := postJSON(s, `{"text":"zorbly quux quux","path":"a.txt"}`)
	rep, _ := checker(testRules())(server.Request{Text: []byte("zorbly quux quux"), Path: "a.txt"})
	var want bytes.Buffer
	if err := (format.JSON{}).Format(&want, rep); err != nil {
		t.Fatal(err)
	}
	if rec.Body.String() != want.String() {
		t.Errorf("v1 answer differs from --format json:\n%s\nwant\n%s", rec.Body, want.String())
	}
}

func TestV1Errors(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	for _, tc := range []struct {
		name, body string
		code       int
		says       string
	}{
		{"bad JSON", `{"text": "zorbly"`, 400, "bad JSON"},
		{"not an object", `"zorbly"`, 400, "bad JSON"},
		{"unknown field", `{"text":"x","colour":"red"}`, 400, "colour"},
		{"two values", `{"text":"x"} {"text":"y"}`, 400, "more than one"},
		{"no text", `{"lang":"en"}`, 400, `missing "text"`},
		{"bad UTF-8 in body", "{\"text\":\"a \xff b\"}", 400, "UTF-8"},
		{"unknown rule", `{"text":"x","enable":["no-such-rule"]}`, 400, "no-such-rule"},
		{"NUL byte", `{"text":"a\u0000b"}`, 422, "binary"},
	} {
		rec := postJSON(s, tc.body)
		if rec.Code != tc.code || !strings.Contains(rec.Body.String(), tc.says) {
			t.Errorf("%s: %d %s, want %d with %q", tc.name, rec.Code, rec.Body, tc.code, tc.says)
		}
	}
	rec := postJSON(s, `{"text":""}`)
	if rep := decode[v1Report](t, rec); rec.Code != 200 || rep.Files != 1 || len(rep.Findings) != 0 || rep.Findings == nil {
		t.Errorf("empty text: %d %s", rec.Code, rec.Body)
	}
	if rec := do(s, "GET", "/v1/check", "", ""); rec.Code != 405 {
		t.Errorf("GET /v1/check: %d", rec.Code)
	}
}

func TestBodyLimit(t *testing.T) {
	s, _ := newServer(t, server.Options{MaxBody: 1000})
	big := strings.Repeat("zorbly ", 200)
	if rec := postJSON(s, `{"text":"`+big+`"}`); rec.Code != 413 {
		t.Errorf("v1: %d %s", rec.Code, rec.Body)
	}
	if rec := postForm(s, url.Values{"text": {big}, "language": {"en"}}); rec.Code != 413 {
		t.Errorf("v2: %d %s", rec.Code, rec.Body)
	}
	if rec := postJSON(s, `{"text":"zorbly"}`); rec.Code != 200 {
		t.Errorf("small body: %d", rec.Code)
	}
}

// panicRule fails on every document.
type panicRule struct{ linttest.Marker }

func (panicRule) ID() string                          { return "test-panic" }
func (panicRule) Check(*lint.Document) []lint.Finding { panic("rule bug") }

func TestPanicAnswers500AndServerLives(t *testing.T) {
	s, logBuf := newServer(t, server.Options{Check: checker([]lint.Rule{panicRule{}})})
	rec := postJSON(s, `{"text":"zorbly"}`)
	if rec.Code != 500 || strings.Contains(rec.Body.String(), "goroutine") {
		t.Errorf("rule panic: %d %s (no stack to the client)", rec.Code, rec.Body)
	}
	if !strings.Contains(logBuf.String(), "rule bug") {
		t.Errorf("the log lacks the panic: %s", logBuf)
	}
	if rec := postForm(s, url.Values{"text": {"zorbly"}, "language": {"en"}}); rec.Code != 500 {
		t.Errorf("v2 rule panic: %d", rec.Code)
	}
	calls := 0
	s2, _ := newServer(t, server.Options{Check: func(req server.Request) (*format.Report, error) {
		calls++
		if calls == 1 {
			panic("checker bug")
		}
		return checker(testRules())(req)
	}})
	if rec := postJSON(s2, `{"text":"zorbly"}`); rec.Code != 500 {
		t.Errorf("checker panic: %d", rec.Code)
	}
	if rec := postJSON(s2, `{"text":"zorbly"}`); rec.Code != 200 {
		t.Errorf("after a panic: %d", rec.Code)
	}
	if rec := do(s2, "GET", "/healthz", "", ""); rec.Code != 200 || rec.Body.String() != "ok\n" {
		t.Errorf("healthz: %d %q", rec.Code, rec.Body)
	}
}

// blockingChecker lints once release is closed, telling started first.
func blockingChecker(started chan<- struct{}, release <-chan struct{}) server.Checker {
	return func(req server.Request) (*format.Report, error) {
		started <- struct{}{}
		<-release
		return checker(testRules())(req)
	}
}

func TestBusyAnswers503(t *testing.T) {
	started, release := make(chan struct{}, 2), make(chan struct{})
	s, _ := newServer(t, server.Options{Check: blockingChecker(started, release), Workers: 1, Queue: -1})
	got := make(chan int, 1)
	go func() { got <- postJSON(s, `{"text":"zorbly"}`).Code }()
	<-started
	rec := postJSON(s, `{"text":"zorbly"}`)
	if rec.Code != 503 || rec.Header().Get("Retry-After") != "1" {
		t.Errorf("second request: %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if rec := postForm(s, url.Values{"text": {"x"}, "language": {"en"}}); rec.Code != 503 {
		t.Errorf("v2 while busy: %d", rec.Code)
	}
	close(release)
	if c := <-got; c != 200 {
		t.Errorf("admitted request: %d", c)
	}
	if rec := postJSON(s, `{"text":"zorbly"}`); rec.Code != 200 {
		t.Errorf("after the busy spell: %d", rec.Code)
	}
}

// A request past the workers but within the queue waits for its turn.
func TestQueueWaits(t *testing.T) {
	started, release := make(chan struct{}, 2), make(chan struct{})
	s, _ := newServer(t, server.Options{Check: blockingChecker(started, release), Workers: 1, Queue: 1})
	got := make(chan int, 2)
	for i := 0; i < 2; i++ {
		go func() { got <- postJSON(s, `{"text":"zorbly"}`).Code }()
	}
	<-started
	select {
	case <-started:
		t.Fatal("two checks ran at once with one worker")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	for i := 0; i < 2; i++ {
		if c := <-got; c != 200 {
			t.Errorf("queued request: %d", c)
		}
	}
}

type ltMatch struct {
	Message, ShortMessage string
	Offset, Length        int
	Replacements          []struct{ Value string }
	Context               struct {
		Text           string
		Offset, Length int
	}
	Rule struct {
		ID, Description, IssueType string
		Category                   struct{ ID, Name string }
	}
}

type ltAnswer struct {
	Software struct {
		Name       string
		APIVersion int
	}
	Language struct{ Code string }
	Matches  []ltMatch
}

// utf16Slice is what a Java or JavaScript client sees at offset/length.
func utf16Slice(s string, off, n int) string {
	u := utf16.Encode([]rune(s))
	if off < 0 || off+n > len(u) {
		return fmt.Sprintf("<out of range %d+%d of %d>", off, n, len(u))
	}
	return string(utf16.Decode(u[off : off+n]))
}

func TestV2CheckCountsUTF16(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	// An emoji outside the BMP (2 units), accents (1 unit, 2 bytes) and
	// CJK (1 unit, 3 bytes) before the findings.
	text := "Ünïcode 🙂 café 東京: zorbly, quux and quux."
	rec := postForm(s, url.Values{"text": {text}, "language": {"en-US"}})
	if rec.Code != 200 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	ans := decode[ltAnswer](t, rec)
	if ans.Software.APIVersion != 1 || ans.Language.Code != "en" || len(ans.Matches) != 3 {
		t.Fatalf("answer %s", rec.Body)
	}
	for i, want := range []string{"zorbly", "quux", "quux"} {
		m := ans.Matches[i]
		if got := utf16Slice(text, m.Offset, m.Length); got != want {
			t.Errorf("match %d covers %q, want %q", i, got, want)
		}
		if got := utf16Slice(m.Context.Text, m.Context.Offset, m.Context.Length); got != want {
			t.Errorf("match %d context %q covers %q", i, m.Context.Text, got)
		}
	}
	z := ans.Matches[0]
	if len(z.Replacements) != 1 || z.Replacements[0].Value != "wobbly" || z.Rule.ID != "test-zorbly" ||
		z.Rule.Description != "Invented word" || z.ShortMessage != "Invented word" || z.Rule.Category.ID == "" ||
		z.Message != "invented word; replace it with wobbly" {
		t.Errorf("zorbly match %+v", z)
	}
	if q := ans.Matches[1]; q.Replacements == nil || len(q.Replacements) != 0 {
		t.Errorf("a match without a fix has an empty list of replacements: %+v", q)
	}
}

// A request copied from LanguageTool's documentation, answered with
// well-formed matches: every field a client reads is there.
func TestV2DocumentedRequest(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	rec := do(s, "POST", "/v2/check", "application/x-www-form-urlencoded",
		"text=This+is+a+zorbly+test.&language=en-US&enabledOnly=false")
	if rec.Code != 200 {
		t.Fatalf("%d %s", rec.Code, rec.Body)
	}
	var raw map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"software", "warnings", "language", "matches"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("answer lacks %q: %s", k, rec.Body)
		}
	}
	m := raw["matches"].([]any)[0].(map[string]any)
	for _, k := range []string{"message", "shortMessage", "replacements", "offset", "length", "context", "sentence", "type", "rule"} {
		if _, ok := m[k]; !ok {
			t.Errorf("match lacks %q", k)
		}
	}
	for _, k := range []string{"id", "description", "issueType", "category"} {
		if _, ok := m["rule"].(map[string]any)[k]; !ok {
			t.Errorf("rule lacks %q", k)
		}
	}
	// GET with query parameters is answered too.
	if rec := do(s, "GET", "/v2/check?language=auto&text=zorbly", "", ""); rec.Code != 200 || len(decode[ltAnswer](t, rec).Matches) != 1 {
		t.Errorf("GET: %d %s", rec.Code, rec.Body)
	}
}

func TestV2Data(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	data := `{"annotation":[{"markup":"<p class=\"zorbly\">","interpretAs":"\n\n"},{"text":"Ärger: zorbly"},{"markup":"</p>"}]}`
	rec := postForm(s, url.Values{"data": {data}, "language": {"de"}})
	ans := decode[ltAnswer](t, rec)
	if rec.Code != 200 || len(ans.Matches) != 1 {
		t.Fatalf("%d %s (markup is not linted)", rec.Code, rec.Body)
	}
	full := `<p class="zorbly">Ärger: zorbly</p>`
	if m := ans.Matches[0]; utf16Slice(full, m.Offset, m.Length) != "zorbly" || m.Offset != 25 {
		t.Errorf("offset %d length %d: offsets count text and markup", m.Offset, m.Length)
	}
	if ans.Language.Code != "de" {
		t.Errorf("language %q", ans.Language.Code)
	}
}

func TestV2Errors(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	for _, tc := range []struct {
		name string
		form url.Values
		says string
	}{
		{"no text", url.Values{"language": {"en"}}, `missing "text" or "data"`},
		{"no language", url.Values{"text": {"x"}}, `missing "language"`},
		{"unknown language", url.Values{"text": {"x"}, "language": {"xx-YY"}}, "unknown language"},
		{"bad data", url.Values{"data": {"{"}, "language": {"en"}}, "bad JSON"},
		{"bad UTF-8", url.Values{"text": {"a\xffb"}, "language": {"en"}}, "UTF-8"},
		{"enabledOnly alone", url.Values{"text": {"x"}, "language": {"en"}, "enabledOnly": {"true"}}, "enabledRules"},
	} {
		rec := postForm(s, tc.form)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), tc.says) {
			t.Errorf("%s: %d %s", tc.name, rec.Code, rec.Body)
		}
	}
	rec := postForm(s, url.Values{"text": {""}, "language": {"en"}})
	if ans := decode[ltAnswer](t, rec); rec.Code != 200 || ans.Matches == nil || len(ans.Matches) != 0 {
		t.Errorf("empty text: %d %s", rec.Code, rec.Body)
	}
	rec = postForm(s, url.Values{"text": {"zorbly quux"}, "language": {"en"}, "enabledOnly": {"true"}, "enabledRules": {"test-quux"}})
	if ans := decode[ltAnswer](t, rec); len(ans.Matches) != 1 || ans.Matches[0].Rule.ID != "test-quux" {
		t.Errorf("enabledOnly: %s", rec.Body)
	}
}

func TestLanguages(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	rec := do(s, "GET", "/v2/languages", "", "")
	var langs []struct{ Name, Code, LongCode string }
	if err := json.Unmarshal(rec.Body.Bytes(), &langs); err != nil || len(langs) < 5 {
		t.Fatalf("%v %s", err, rec.Body)
	}
	if l := langs[0]; l.Code != "en" || l.Name != "English" || l.LongCode == "" {
		t.Errorf("first language %+v", l)
	}
}

func TestCORS(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	req := httptest.NewRequest("POST", "/v1/check", strings.NewReader(`{"text":"x"}`))
	req.Header.Set("Origin", "https://evil.example")
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS header without --allow-origin")
	}
	pre := httptest.NewRequest("OPTIONS", "/v1/check", nil)
	pre.Header.Set("Origin", "https://evil.example")
	pre.Header.Set("Access-Control-Request-Method", "POST")
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, pre)
	if rec.Code != 403 {
		t.Errorf("preflight of a foreign origin: %d", rec.Code)
	}

	s, _ = newServer(t, server.Options{AllowOrigins: []string{"https://cms.example"}})
	pre.Header.Set("Origin", "https://cms.example")
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, pre)
	if rec.Code != 204 || rec.Header().Get("Access-Control-Allow-Origin") != "https://cms.example" ||
		!strings.Contains(rec.Header().Get("Access-Control-Allow-Methods"), "POST") {
		t.Errorf("allowed preflight: %d %v", rec.Code, rec.Header())
	}
	req.Header.Set("Origin", "https://other.example")
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, req)
	if rec.Header().Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("CORS header for an origin not named")
	}
}

func TestPage(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	rec := do(s, "GET", "/", "", "")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") ||
		!strings.Contains(rec.Header().Get("Content-Security-Policy"), "default-src 'none'") {
		t.Fatalf("%d %v", rec.Code, rec.Header())
	}
	// Offline: the page loads nothing from elsewhere.
	if m := regexp.MustCompile(`(src|href)\s*=\s*["']?(https?:)?//`).FindString(body); m != "" {
		t.Errorf("the page loads %q", m)
	}
	if !strings.Contains(body, `data-mode="editor"`) || !strings.Contains(body, "v1/check") {
		t.Errorf("page without the editor")
	}
	if rec := do(s, "GET", "/nothing-here", "", ""); rec.Code != 404 {
		t.Errorf("unknown path: %d", rec.Code)
	}
}

// A client that sends its headers too slowly is cut off; the server keeps
// answering others.
func TestReadTimeout(t *testing.T) {
	s, _ := newServer(t, server.Options{})
	srv := server.HTTPServer(s, log.New(io.Discard, "", 0))
	if srv.ReadHeaderTimeout == 0 || srv.ReadTimeout == 0 || srv.WriteTimeout == 0 || srv.IdleTimeout == 0 {
		t.Fatalf("timeouts not set: %+v", srv)
	}
	srv.ReadHeaderTimeout = 200 * time.Millisecond
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, srv, ln) }()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST /v1/check HTTP/1.1\r\nHost: x\r\n") // and nothing more
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	start := time.Now()
	_, err = bufio.NewReader(conn).ReadString('\n')
	if err == nil || time.Since(start) > 4*time.Second {
		t.Errorf("slow client not cut off: %v after %v", err, time.Since(start))
	}
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("healthz after a slow client: %v", err)
	}
	resp.Body.Close()
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
}

// Shutdown lets the request in flight finish and stops listening.
func TestGracefulShutdown(t *testing.T) {
	inside := make(chan struct{})
	release := make(chan struct{})
	slow := func(req server.Request) (*format.Report, error) {
		close(inside)
		<-release
		return checker(testRules())(req)
	}
	s, _ := newServer(t, server.Options{Check: slow})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, server.HTTPServer(s, nil), ln) }()
	url := "http://" + ln.Addr().String()
	got := make(chan int, 1)
	go func() {
		resp, err := http.Post(url+"/v1/check", "application/json", strings.NewReader(`{"text":"zorbly"}`))
		if err != nil {
			got <- -1
			return
		}
		resp.Body.Close()
		got <- resp.StatusCode
	}()
	<-inside
	cancel()
	time.Sleep(50 * time.Millisecond)
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Errorf("still listening during shutdown")
	}
	close(release)
	if code := <-got; code != 200 {
		t.Errorf("request in flight: %d", code)
	}
	if err := <-done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		t.Errorf("Serve: %v", err)
	}
}

// The access log names the path, never the query that may carry the text.
func TestAccessLogLeavesTextOut(t *testing.T) {
	s, logBuf := newServer(t, server.Options{})
	do(s, "GET", "/v2/check?language=en&text=confidential+zorbly", "", "")
	if l := logBuf.String(); !strings.Contains(l, "GET /v2/check 200") || strings.Contains(l, "confidential") {
		t.Errorf("access log %q", l)
	}
}
