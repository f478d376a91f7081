package format

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fingerprint"
)

// GitHub writes GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request:
//
//	::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE
//
// Paths are relative to Report.Root (the working directory when empty),
// columns count Unicode code points. GitHub shows only the first 10
// annotations of each level in a step, so the most severe come first; a
// closing line sums everything up.
type GitHub struct{}

// GitHubAnnotationLimit is how many annotations of one level GitHub shows per step.
const GitHubAnnotationLimit = 10

// githubLevel maps a severity to a workflow command.
func githubLevel(s lint.Severity) string {
	switch s {
	case lint.SeverityError:
		return "error"
	case lint.SeverityInfo:
		return "notice"
	}
	return "warning"
}

type placedDiag struct {
	engine.Diagnostic
	rel            string
	sl, sc, el, ec int
}

// Format implements Formatter.
func (GitHub) Format(w io.Writer, r *Report) error {
	var b strings.Builder
	var all []placedDiag
	srcs := r.sources()
	withFindings := 0
	relPath := fingerprint.RelTo(r.Root)
	for _, res := range r.sorted() {
		rel := relPath(res.Path)
		if res.Err != nil {
			fmt.Fprintf(&b, "::error file=%s,title=%s::%s\n", escapeProperty(rel), escapeProperty("translint"),
				escapeData("cannot lint this file: "+res.Err.Error()))
		}
		if len(res.Diagnostics) == 0 {
			continue
		}
		withFindings++
		x := srcs.index(res)
		for _, d := range res.Diagnostics {
			p := placedDiag{Diagnostic: d, rel: rel, sl: d.Start.Line, sc: d.Start.Column, el: d.End.Line, ec: d.End.Column}
			if x != nil {
				reg := x.region(lint.Span{Start: d.Start.Offset, End: d.End.Offset})
				p.sl, p.sc, p.el, p.ec = reg.StartLine, reg.StartColumn, reg.EndLine, reg.EndColumn
			}
			all = append(all, p)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Severity > all[j].Severity })
	counts := map[lint.Severity]int{}
	for _, d := range all {
		counts[d.Severity]++
		msg := d.Message
		if d.Suggestion != "" {
			msg += "\nSuggestion: " + d.Suggestion
		}
		for _, rl := range d.Related {
			label := rl.Message
			if label == "" {
				label = "related"
			}
			if rl.Path != "" { // a place in the original of a translation
				label += " in " + relPath(rl.Path)
			}
			msg += fmt.Sprintf("\nSee %s at line %d, column %d: %q", label, rl.Start.Line, rl.Start.Column, clip(rl.Excerpt, 80))
		}
		fmt.Fprintf(&b, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubLevel(d.Severity), escapeProperty(d.rel), d.sl, d.sc, d.el, d.ec, escapeProperty(d.Rule), escapeData(msg))
	}
	nerr, nwarn, ninfo := counts[lint.SeverityError], counts[lint.SeverityWarning], counts[lint.SeverityInfo]
	switch {
	case len(all) == 0 && r.Failed() == 0:
		fmt.Fprintf(&b, "translint: %s, no problems\n", r.checked())
	case len(all) == 0:
		fmt.Fprintf(&b, "translint: no problems in %s\n", r.checked())
	default:
		fmt.Fprintf(&b, "translint: %s, %s, %s in %s (%s)", plural(nerr, "error"), plural(nwarn, "warning"),
			plural(ninfo, "info"), plural(withFindings, "file"), r.checked())
		if nerr > GitHubAnnotationLimit || nwarn > GitHubAnnotationLimit || ninfo > GitHubAnnotationLimit {
			fmt.Fprintf(&b, "; GitHub shows the first %d annotations of each level, the log above has them all", GitHubAnnotationLimit)
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeData escapes a workflow command's message.
func escapeData(s string) string { return dataEscaper.Replace(s) }

// escapeProperty escapes a workflow command's property value.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
