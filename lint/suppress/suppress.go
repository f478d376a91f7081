// Package suppress applies the inline translint-disable comments of a
// document to its findings (Comments, used as or inside the engine's
// Linter.Filter) and documents the findings it reports itself, the
// directive rules unused-directive and invalid-directive (Rules).
//
// It is a package of its own because it is a stage of the findings
// pipeline, not something a rule reads: it runs after every rule, on all
// their findings. Its directive rules are lint.Rules without Check; the
// engine lists them with the others only so that configuration can enable
// and grade their findings.
package suppress

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
)

// Inline suppression. A document may silence findings with comments:
//
//	<!-- translint-disable RULE[,RULE] -- reason -->   from here ...
//	<!-- translint-enable [RULE[,RULE]] -->            ... to here (or the end)
//	<!-- translint-disable-next-line RULE -- reason --> the next non-blank line
//	<!-- translint-disable-file RULE -- reason -->      the whole document
//
// Omitting the rule list means every rule. A reason after " -- " is required
// for the three disable forms; a directive without one has no effect and is
// reported as invalid-directive. A disable directive that silences nothing
// is reported as unused-directive. Directives are read from Document.Src
// (the Markdown reader masks comments in Text): anywhere in HTML, anywhere
// outside fenced code in Markdown, and in plain text only as a line of their
// own. Findings inside a directive comment are dropped.

// Rule IDs of the findings the suppression engine reports itself.
const (
	UnusedDirectiveID  = "unused-directive"
	InvalidDirectiveID = "invalid-directive"
)

// directiveRule is a rule whose findings the suppression filter produces:
// a lint.Rule with no Check (not a lint.Checker), which the engine's check
// stage passes over. Listing it enables, disables or re-grades those
// findings like any other rule.
type directiveRule struct {
	id  string
	sev lint.Severity
	doc lint.RuleDoc
}

func (r directiveRule) ID() string                     { return r.id }
func (r directiveRule) Doc() lint.RuleDoc              { return r.doc }
func (r directiveRule) DefaultSeverity() lint.Severity { return r.sev }

// Rules returns the engine's own rules: unused-directive and
// invalid-directive.
func Rules() []lint.Rule {
	return []lint.Rule{
		directiveRule{UnusedDirectiveID, lint.SeverityWarning, lint.RuleDoc{
			Title: "Suppression comment that silences nothing",
			Text: `A translint-disable, translint-disable-next-line or translint-disable-file comment
whose range holds no finding of the rules it names. The defect it was written for has been
fixed, or the comment names the wrong rule: remove it so that it cannot hide a future defect.
Directives for rules that are not enabled in the run are not reported.`,
			Bad:  "<!-- translint-disable-next-line doubled-word -- quoted as said -->\nThe minister spoke briefly.",
			Good: "The minister spoke briefly.",
		}},
		directiveRule{InvalidDirectiveID, lint.SeverityError, lint.RuleDoc{
			Title: "Malformed suppression comment",
			Text: `A translint- comment that translint cannot apply: an unknown directive, an unknown rule,
or a disable directive without a reason after " -- ". Such a directive silences nothing until
it is repaired.`,
			Bad:  "<!-- translint-disable-next-line doubled-word -->",
			Good: "<!-- translint-disable-next-line doubled-word -- the quote repeats the word on purpose -->",
		}},
	}
}

type directiveKind int

const (
	dirDisable directiveKind = iota
	dirEnable
	dirNextLine
	dirFile
)

var directiveNames = map[string]directiveKind{
	"translint-disable": dirDisable, "translint-enable": dirEnable,
	"translint-disable-next-line": dirNextLine, "translint-disable-file": dirFile,
}

type directive struct {
	kind  directiveKind
	span  lint.Span // the whole comment
	rules []string  // nil: every rule
	// target is the 1-based line a next-line directive applies to.
	target int
	used   map[string]bool // rule ID (or "*") → silenced something
	err    string
}

func (d *directive) names(rule string) bool {
	if d.rules == nil {
		return true
	}
	for _, r := range d.rules {
		if r == rule {
			return true
		}
	}
	return false
}

func (d *directive) markUsed(rule string) {
	if d.rules == nil {
		rule = "*"
	}
	d.used[rule] = true
}

// Comments applies inline directives to a document's findings. Use it as
// (or inside) Linter.Filter. It is safe for concurrent use.
type Comments struct {
	// Known rule IDs; a directive naming another ID is invalid. When nil,
	// every ID is accepted.
	Known map[string]bool
	// Enabled rule IDs: only directives naming enabled rules can be unused.
	Enabled map[string]bool
	// Severity of the directive findings; a missing entry disables them.
	Severity map[string]lint.Severity
}

// New builds the suppression filter for a linter: its rules are
// the enabled ones, known adds the IDs that exist but are not enabled.
func New(l *engine.Linter, known []string) *Comments {
	s := &Comments{Known: map[string]bool{}, Enabled: map[string]bool{}, Severity: map[string]lint.Severity{}}
	for _, id := range known {
		s.Known[id] = true
	}
	for _, r := range Rules() {
		s.Known[r.ID()] = true
	}
	for _, r := range l.Rules {
		s.Known[r.ID()] = true
		s.Enabled[r.ID()] = true
		if r.ID() == UnusedDirectiveID || r.ID() == InvalidDirectiveID {
			s.Severity[r.ID()] = l.SeverityOf(r)
		}
	}
	return s
}

// Filter drops the findings silenced by the document's directives and adds
// the directive findings.
func (s *Comments) Filter(doc *lint.Document, fs []lint.Finding) []lint.Finding {
	dirs := parseDirectives(doc)
	if len(dirs) == 0 {
		return fs
	}
	for _, d := range dirs {
		if d.err != "" {
			continue
		}
		for _, r := range d.rules {
			switch {
			case r == UnusedDirectiveID || r == InvalidDirectiveID:
				d.err = fmt.Sprintf("%s findings cannot be silenced by comments; set the rule in the configuration file", r)
			case s.Known != nil && !s.Known[r]:
				d.err = fmt.Sprintf("unknown rule %q", r)
			}
		}
	}
	out := fs[:0:0]
	for _, f := range fs {
		if !s.silenced(doc, dirs, f) {
			out = append(out, f)
		}
	}
	for _, d := range dirs {
		if d.err != "" {
			out = s.add(out, InvalidDirectiveID, d.span, "invalid translint directive: "+d.err)
			continue
		}
		if d.kind == dirEnable {
			continue
		}
		if d.rules == nil {
			if !d.used["*"] {
				out = s.add(out, UnusedDirectiveID, d.span, "this directive silences nothing")
			}
			continue
		}
		var unused []string
		for _, r := range d.rules {
			if !d.used[r] && s.Enabled[r] {
				unused = append(unused, r)
			}
		}
		if len(unused) > 0 {
			out = s.add(out, UnusedDirectiveID, d.span, fmt.Sprintf("this directive silences nothing: no %s finding in its range", strings.Join(unused, ", ")))
		}
	}
	return out
}

func (s *Comments) add(fs []lint.Finding, id string, sp lint.Span, msg string) []lint.Finding {
	sev, ok := s.Severity[id]
	if !ok || sev == lint.SeverityNone {
		return fs
	}
	return append(fs, lint.Finding{Rule: id, Severity: sev, Span: sp, Message: msg})
}

// silenced reports whether a directive silences f, and marks the directive used.
func (s *Comments) silenced(doc *lint.Document, dirs []*directive, f lint.Finding) bool {
	for _, d := range dirs {
		if d.span.Contains(f.Span) && f.Start < d.span.End {
			return true // a finding inside the comment itself
		}
	}
	line := 0
	// Replay the range directives that end before the finding.
	disabled := map[string]*directive{}
	var all *directive
	except := map[string]bool{}
	for _, d := range dirs {
		if d.err != "" {
			continue
		}
		switch d.kind {
		case dirFile:
			if d.names(f.Rule) {
				d.markUsed(f.Rule)
				return true
			}
		case dirNextLine:
			if line == 0 {
				line = doc.Position(f.Start).Line
			}
			if d.target == line && d.names(f.Rule) {
				d.markUsed(f.Rule)
				return true
			}
		}
	}
	for _, d := range dirs {
		if d.err != "" || d.span.End > f.Start {
			continue
		}
		switch d.kind {
		case dirDisable:
			if d.rules == nil {
				all, disabled, except = d, map[string]*directive{}, map[string]bool{}
			}
			for _, r := range d.rules {
				disabled[r] = d
				delete(except, r)
			}
		case dirEnable:
			if d.rules == nil {
				all, disabled, except = nil, map[string]*directive{}, map[string]bool{}
			}
			for _, r := range d.rules {
				delete(disabled, r)
				if all != nil {
					except[r] = true
				}
			}
		}
	}
	if d := disabled[f.Rule]; d != nil {
		d.markUsed(f.Rule)
		return true
	}
	if all != nil && !except[f.Rule] {
		all.markUsed(f.Rule)
		return true
	}
	return false
}

var (
	commentOpen  = []byte("<!--")
	commentClose = []byte("-->")
)

// parseDirectives finds the translint comments of a document, in order.
func parseDirectives(doc *lint.Document) []*directive {
	src := doc.Src
	if !bytes.Contains(src, []byte("translint-")) {
		return nil
	}
	var fences []lint.Span
	if doc.Format == lint.FormatMarkdown {
		fences = fencedCode(doc)
	}
	var out []*directive
	for i := 0; ; {
		j := bytes.Index(src[i:], commentOpen)
		if j < 0 {
			break
		}
		start := i + j
		k := bytes.Index(src[start+len(commentOpen):], commentClose)
		if k < 0 {
			break
		}
		end := start + len(commentOpen) + k + len(commentClose)
		i = end
		body := strings.TrimSpace(string(src[start+len(commentOpen) : end-len(commentClose)]))
		if !strings.HasPrefix(body, "translint-") || inSpans(fences, start) {
			continue
		}
		sp := lint.Span{Start: start, End: end}
		if doc.Format == lint.FormatText && !ownLine(src, sp) {
			continue
		}
		d := parseDirective(body)
		d.span = sp
		if d.kind == dirNextLine {
			d.target = nextNonBlankLine(doc, doc.Position(end-1).Line)
		}
		out = append(out, d)
	}
	return out
}

func parseDirective(body string) *directive {
	d := &directive{used: map[string]bool{}}
	name, rest, _ := strings.Cut(body, " ")
	if i := strings.IndexAny(name, "\t\n\r"); i >= 0 {
		name, rest = name[:i], name[i:]+" "+rest
	}
	kind, ok := directiveNames[name]
	if !ok {
		d.err = fmt.Sprintf("unknown directive %q (want translint-disable, translint-enable, translint-disable-next-line or translint-disable-file)", name)
		return d
	}
	d.kind = kind
	list, reason, hasReason := strings.Cut(" "+rest+" ", " -- ")
	list = strings.TrimSpace(list)
	if list != "" {
		for _, r := range strings.Split(list, ",") {
			r = strings.TrimSpace(r)
			if r == "" || strings.ContainsAny(r, " \t\n") {
				d.err = fmt.Sprintf("bad rule list %q (want RULE[,RULE] -- reason)", list)
				return d
			}
			d.rules = append(d.rules, r)
		}
	}
	if kind != dirEnable && (!hasReason || strings.TrimSpace(reason) == "") {
		d.err = fmt.Sprintf("%s needs a reason: <!-- %s RULE -- why the finding is wrong -->", name, name)
	}
	return d
}

// ownLine reports whether a span is alone on its line(s), but for white space.
func ownLine(src []byte, sp lint.Span) bool {
	ls := bytes.LastIndexByte(src[:sp.Start], '\n') + 1
	le := bytes.IndexByte(src[sp.End:], '\n')
	if le < 0 {
		le = len(src)
	} else {
		le += sp.End
	}
	return len(bytes.TrimSpace(src[ls:sp.Start])) == 0 && len(bytes.TrimSpace(src[sp.End:le])) == 0
}

func nextNonBlankLine(doc *lint.Document, after int) int {
	for n := after + 1; n <= doc.LineCount(); n++ {
		if doc.LineSpan(n).Trim(doc.Src).Len() > 0 {
			return n
		}
	}
	return after + 1
}

func inSpans(spans []lint.Span, off int) bool {
	for _, s := range spans {
		if off >= s.Start && off < s.End {
			return true
		}
	}
	return false
}

// fencedCode returns the spans of the fenced code blocks (``` or ~~~) of a
// Markdown document, so that directives shown as examples do not apply.
func fencedCode(doc *lint.Document) []lint.Span {
	var out []lint.Span
	var fence byte
	var flen, start int
	for n := 1; n <= doc.LineCount(); n++ {
		ls := doc.LineSpan(n)
		line := doc.Src[ls.Start:ls.End]
		ind := len(line) - len(bytes.TrimLeft(line, " "))
		if ind > 3 {
			continue
		}
		t := line[ind:]
		c := byte(0)
		if len(t) >= 3 && (t[0] == '`' || t[0] == '~') {
			c = t[0]
		}
		run := 0
		for run < len(t) && c != 0 && t[run] == c {
			run++
		}
		switch {
		case fence == 0 && run >= 3:
			fence, flen, start = c, run, ls.Start
		case fence != 0 && c == fence && run >= flen && len(bytes.TrimSpace(t[run:])) == 0:
			out = append(out, lint.Span{Start: start, End: ls.End})
			fence = 0
		}
	}
	if fence != 0 {
		out = append(out, lint.Span{Start: start, End: len(doc.Src)})
	}
	return out
}
