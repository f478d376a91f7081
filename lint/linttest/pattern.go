package linttest

import (
	"regexp"

	"github.com/translint/translint/lint"
)

// PatternRule is a rule for tests of the engine, the formatters and the CLI:
// it flags every match of Pattern in the document's masked text. It is not a
// built-in rule and is never listed by rules.All.
type PatternRule struct {
	RuleID  string
	Pattern *regexp.Regexp
	// Group, when > 0, is the submatch that makes the finding's span.
	Group int
	// Severity is the default severity (warning when unset).
	Severity lint.Severity
	Message  string
	// Replace, when non-nil, becomes a certain fix: the match is replaced
	// by *Replace.
	Replace *string
	// RelateFirst adds a related location pointing at the first match of
	// the document to every later match.
	RelateFirst bool
	// Title and Text feed the rule's Doc.
	Title, Text string
}

// ID implements lint.Rule.
func (r *PatternRule) ID() string { return r.RuleID }

// Doc implements lint.Rule.
func (r *PatternRule) Doc() lint.RuleDoc {
	title, text := r.Title, r.Text
	if title == "" {
		title = "Text matching " + r.Pattern.String()
	}
	if text == "" {
		text = "Flags every match of the pattern `" + r.Pattern.String() + "`."
	}
	return lint.RuleDoc{Title: title, Text: text, Bad: "a bad example", Good: "a good example",
		Options: []lint.OptionDoc{{Name: "pattern", Type: "string", Default: r.Pattern.String(), Text: "what to flag"}}}
}

// DefaultSeverity implements lint.Rule.
func (r *PatternRule) DefaultSeverity() lint.Severity {
	if r.Severity == lint.SeverityUnset {
		return lint.SeverityWarning
	}
	return r.Severity
}

// Check implements lint.Checker.
func (r *PatternRule) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	var first *lint.Span
	for _, m := range r.Pattern.FindAllSubmatchIndex(doc.Text, -1) {
		sp := lint.Span{Start: m[2*r.Group], End: m[2*r.Group+1]}
		msg := r.Message
		if msg == "" {
			msg = "matched " + r.Pattern.String()
		}
		f := lint.Finding{Span: sp, Message: msg}
		if r.Replace != nil {
			f.Fix = []lint.Edit{{Span: sp, New: *r.Replace}}
			f.Suggestion = "replace it with " + *r.Replace
		}
		if r.RelateFirst {
			if first == nil {
				first = &lint.Span{Start: sp.Start, End: sp.End}
			} else {
				f.Related = []lint.Related{{Span: *first, Message: "first occurrence"}}
			}
		}
		out = append(out, f)
	}
	return out
}
