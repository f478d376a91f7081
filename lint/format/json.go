package format

import (
	"encoding/json"
	"io"

	"github.com/translint/translint/lint/engine"
)

// JSON writes the stable machine-readable shape (version 1):
//
//	{"version": 1, "files": F, "findings": [{"path", "rule", "severity",
//	 "message", "line", "column", "end_line", "end_column", "offset",
//	 "length", "excerpt", "suggestion"?, "fix"?, "related"?: [{"path"?,
//	 "line", "column", "offset", "length", "excerpt", "message"?}]}],
//	 "errors": [{"path", "message"}]}
//
// offset and length are bytes of the file as read; lines and columns are
// 1-based, columns count Unicode code points; findings are sorted by path,
// then offset. A related place has a "path" when it is in another file (the
// original of a translation checked with a source). "errors" lists files that could not be read or parsed.
type JSON struct{}

type jsonFinding struct {
	Path       string        `json:"path"`
	Rule       string        `json:"rule"`
	Severity   string        `json:"severity"`
	Message    string        `json:"message"`
	Line       int           `json:"line"`
	Column     int           `json:"column"`
	EndLine    int           `json:"end_line"`
	EndColumn  int           `json:"end_column"`
	Offset     int           `json:"offset"`
	Length     int           `json:"length"`
	Excerpt    string        `json:"excerpt"`
	Suggestion string        `json:"suggestion,omitempty"`
	Fix        []jsonEdit    `json:"fix,omitempty"`
	Related    []jsonRelated `json:"related,omitempty"`
}

type jsonEdit struct {
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	Text   string `json:"text"`
}

type jsonRelated struct {
	Path    string `json:"path,omitempty"` // another file's place: the original of a translation
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Offset  int    `json:"offset"`
	Length  int    `json:"length"`
	Excerpt string `json:"excerpt"`
	Message string `json:"message,omitempty"`
}

type jsonError struct {
	Path    string `json:"path"`
	Message string `json:"message"`
}

type jsonReport struct {
	Version  int           `json:"version"`
	Files    int           `json:"files"`
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors,omitempty"`
}

// Format implements Formatter.
func (JSON) Format(w io.Writer, r *Report) error {
	out := jsonReport{Version: 1, Files: r.Files(), Findings: []jsonFinding{}}
	for _, res := range r.sorted() {
		if res.Err != nil {
			out.Errors = append(out.Errors, jsonError{Path: res.Path, Message: res.Err.Error()})
		}
		for _, d := range res.Diagnostics {
			out.Findings = append(out.Findings, toJSON(d))
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func toJSON(d engine.Diagnostic) jsonFinding {
	f := jsonFinding{
		Path: d.Path, Rule: d.Rule, Severity: d.Severity.String(), Message: d.Message,
		Line: d.Start.Line, Column: d.Start.Column, EndLine: d.End.Line, EndColumn: d.End.Column,
		Offset: d.Start.Offset, Length: d.End.Offset - d.Start.Offset, Excerpt: d.Excerpt,
		Suggestion: d.Suggestion,
	}
	for _, e := range d.Fix {
		f.Fix = append(f.Fix, jsonEdit{Offset: e.Start, Length: e.Len(), Text: e.New})
	}
	for _, rl := range d.Related {
		f.Related = append(f.Related, jsonRelated{
			Path: rl.Path, Line: rl.Start.Line, Column: rl.Start.Column, Offset: rl.Start.Offset,
			Length: rl.End.Offset - rl.Start.Offset, Excerpt: rl.Excerpt, Message: rl.Message,
		})
	}
	return f
}
