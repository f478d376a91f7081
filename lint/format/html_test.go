package format_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/format"
	"github.com/translint/translint/lint/linttest"
)

// htmlData pulls the report's data out of the page.
func htmlData(t *testing.T, page string) map[string]any {
	t.Helper()
	m := regexp.MustCompile(`(?s)<script type="application/json" id="translint-data">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no data in the page")
	}
	var v map[string]any
	if err := json.Unmarshal([]byte(m[1]), &v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestHTMLReport(t *testing.T) {
	dir := t.TempDir()
	// Text that would end the script element if it were not escaped.
	text := "Zorbly day.</script><script>alert(1)</script> <b>zorbly</b>\n"
	p := filepath.Join(dir, "a <b>.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	fix := "wobbly"
	rules := []lint.Rule{&linttest.PatternRule{RuleID: "test-zorbly", Pattern: regexp.MustCompile(`(?i)zorbly`), Replace: &fix, Title: "Invented word"}}
	l := &engine.Linter{Rules: rules}
	rep := &format.Report{Results: l.Run([]engine.Source{{Path: p}, {Path: "<stdin>", Data: []byte("zorbly")}}), Rules: rules, Version: "1.2.3"}
	var b bytes.Buffer
	if err := (format.HTML{}).Format(&b, rep); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	if strings.Count(page, "<script") != 2 || strings.Contains(page, "alert(1)</script>") {
		t.Errorf("the article's text escaped its script element")
	}
	if regexp.MustCompile(`(src|href)\s*=\s*["']?(https?:)?//`).MatchString(page) {
		t.Errorf("the report loads something from elsewhere")
	}
	data := htmlData(t, page)
	files := data["files"].([]any)
	if len(files) != 2 {
		t.Fatalf("files %v", files)
	}
	// Sorted by path: the temporary folder's file before "<stdin>".
	f := files[0].(map[string]any)
	if f["text"] != text || len(f["findings"].([]any)) != 2 {
		t.Errorf("first file %v", f)
	}
	fd := f["findings"].([]any)[0].(map[string]any)
	if fd["rule"] != "test-zorbly" || fd["offset"].(float64) != 0 || fd["excerpt"] != "Zorbly" || fd["fix"] == nil {
		t.Errorf("finding %v (the JSON format's shape)", fd)
	}
	if s := files[1].(map[string]any); s["text"] != nil || len(s["findings"].([]any)) != 1 {
		t.Errorf("standard input: %v (no text to show, the findings listed)", s)
	}
	if r := data["rules"].([]any)[0].(map[string]any); r["id"] != "test-zorbly" || r["title"] != "Invented word" || r["severity"] != "warning" {
		t.Errorf("rules %v", r)
	}
	if !strings.Contains(page, `data-mode="report"`) {
		t.Errorf("not a report page")
	}
}

func TestEditorPage(t *testing.T) {
	page := string(format.EditorPage("1.2.3"))
	if !strings.Contains(page, `data-mode="editor"`) || !strings.Contains(page, `content="translint 1.2.3"`) {
		t.Errorf("editor page: %.300s", page)
	}
	if data := htmlData(t, page); len(data["files"].([]any)) != 0 {
		t.Errorf("the editor page has no files")
	}
}
