package format

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"html"
	"io"
	"strings"
)

// The article view shared by the HTML report and the page of `translint
// serve`: one style sheet and one script, embedded in the binary and
// inlined in every page, so a page needs nothing from the network.
var (
	//go:embed html/view.css
	viewCSS string
	//go:embed html/view.js
	viewJS string
)

// HTML writes one self-contained page: every file's article with its
// findings highlighted in place, a list of findings beside it, counts per
// rule, fixes that apply in the page (and the fixed file to download), and
// keyboard navigation (j/k or arrows, f to apply a fix, Esc). The findings
// have the shape of the JSON format. A file that cannot be read back (it
// changed since the run, or came from standard input) is shown as its list
// of findings only.
type HTML struct{}

// htmlData is the report the page's script renders.
type htmlData struct {
	Version string     `json:"version"`
	Files   []htmlFile `json:"files"`
	Rules   []htmlRule `json:"rules"`
}

type htmlFile struct {
	Path     string        `json:"path"`
	Text     *string       `json:"text"` // null when not read back
	Error    string        `json:"error,omitempty"`
	Findings []jsonFinding `json:"findings"`
}

type htmlRule struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
}

// Format implements Formatter.
func (HTML) Format(w io.Writer, r *Report) error {
	data := htmlData{Version: r.Version, Files: []htmlFile{}, Rules: []htmlRule{}}
	for _, rl := range r.Rules {
		sev := rl.DefaultSeverity()
		if s, ok := r.Severity[rl.ID()]; ok {
			sev = s
		}
		data.Rules = append(data.Rules, htmlRule{ID: rl.ID(), Title: rl.Doc().Title, Severity: sev.String()})
	}
	srcs := r.sources()
	for _, res := range r.sorted() {
		f := htmlFile{Path: res.Path, Findings: []jsonFinding{}}
		if res.Err != nil {
			f.Error = res.Err.Error()
		} else if x := srcs.index(res); x != nil {
			t := string(x.src)
			f.Text = &t
		}
		for _, d := range res.Diagnostics {
			f.Findings = append(f.Findings, toJSON(d))
		}
		data.Files = append(data.Files, f)
	}
	title := "translint report"
	if len(data.Files) == 1 {
		title += ": " + data.Files[0].Path
	}
	return writePage(w, title, "report", data)
}

// EditorPage is the page of `translint serve`: the same article view over
// a text box whose article the server checks.
func EditorPage(version string) []byte {
	var b bytes.Buffer
	writePage(&b, "translint", "editor", htmlData{Version: version, Files: []htmlFile{}, Rules: []htmlRule{}})
	return b.Bytes()
}

func writePage(w io.Writer, title, mode string, data htmlData) error {
	js, err := json.Marshal(data) // escapes <, > and & for a script element
	if err != nil {
		return err
	}
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"translint " + html.EscapeString(data.Version) + "\">\n")
	b.WriteString("<link rel=\"icon\" href=\"data:,\">\n<title>" + html.EscapeString(title) + "</title>\n")
	b.WriteString("<style>\n" + viewCSS + "</style>\n</head>\n")
	b.WriteString("<body data-mode=\"" + mode + "\">\n")
	b.WriteString("<script type=\"application/json\" id=\"translint-data\">")
	b.Write(js)
	b.WriteString("</script>\n<script>\n" + viewJS + "</script>\n</body>\n</html>\n")
	_, err = io.WriteString(w, b.String())
	return err
}
