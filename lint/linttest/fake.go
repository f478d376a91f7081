package linttest

import (
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/option"
)

// DoubledWord is a small rule for tests of the engine, the configuration and
// --fix: it flags a word repeated right after itself ("the the") and offers
// a fix that deletes the repetition. It accepts one option, "min-length"
// (words shorter than it are ignored).
type DoubledWord struct {
	MinLength int
}

func (DoubledWord) ID() string                     { return "test-doubled" }
func (DoubledWord) DefaultSeverity() lint.Severity { return lint.SeverityError }
func (DoubledWord) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Doubled word (test rule)", Text: "Flags a word written twice in a row.",
		Bad: "the the cat", Good: "the cat",
		Options: []lint.OptionDoc{{Name: "min-length", Type: "int", Default: "1", Text: "shortest word checked"}},
	}
}

// Check implements lint.Checker.
func (r DoubledWord) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	ws := doc.Words()
	for i := 1; i < len(ws); i++ {
		a, b := ws[i-1], ws[i]
		gap := doc.Text[a.End:b.Start]
		if strings.TrimSpace(string(gap)) != "" || strings.ContainsRune(string(gap), '\n') {
			continue
		}
		w := doc.TextOf(b.Span())
		if len([]rune(w)) < r.MinLength || !strings.EqualFold(doc.TextOf(a.Span()), w) {
			continue
		}
		del := lint.Span{Start: int(a.End), End: int(b.End)}
		out = append(out, lint.Finding{
			Span: b.Span(), Message: "doubled word " + w, Suggestion: "remove it",
			Fix: []lint.Edit{{Span: del}},
		})
		i++ // "the the the": the third word pairs with the second only once fixed
	}
	return out
}

// Configure implements lint.Configurable.
func (r DoubledWord) Configure(opts map[string]any) (lint.Rule, error) {
	for k, v := range opts {
		switch k {
		case "min-length":
			n, ok := v.(int)
			if !ok || n < 1 {
				return nil, &option.Error{Option: k, Msg: "want a positive integer"}
			}
			r.MinLength = n
		default:
			return nil, &option.Error{Option: k, Msg: "unknown option"}
		}
	}
	return r, nil
}

// Marker is a test rule without fix: it flags the word "XXX".
type Marker struct{}

func (Marker) ID() string                     { return "test-marker" }
func (Marker) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (Marker) Doc() lint.RuleDoc {
	return lint.RuleDoc{Title: "Marker (test rule)", Text: "Flags XXX.", Bad: "XXX", Good: "done"}
}

// Check implements lint.Checker.
func (Marker) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	for _, w := range doc.Words() {
		if doc.TextOf(w.Span()) == "XXX" {
			out = append(out, lint.Finding{Span: w.Span(), Message: "marker left in text"})
		}
	}
	return out
}
