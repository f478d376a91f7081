package format

import (
	"fmt"
	"io"
	"strings"

	"github.com/fatih/color"
	"github.com/mattn/go-runewidth"

	"github.com/translint/translint/lint"
)

// Text is the human report: one header line per finding in the
// `path:line:col: severity rule: message` form editors and terminals
// understand, the source line with the span underlined, the suggestion, and
// a closing summary.
type Text struct {
	Color bool
}

// maxWidth is the widest source excerpt shown, in terminal cells.
const maxWidth = 100

type palette struct {
	path, rule, dim, ok *color.Color
	sev                 map[lint.Severity]*color.Color
}

func newPalette(on bool) palette {
	mk := func(a ...color.Attribute) *color.Color {
		c := color.New(a...)
		if on {
			c.EnableColor()
		} else {
			c.DisableColor()
		}
		return c
	}
	return palette{
		path: mk(color.Bold), rule: mk(color.Faint), dim: mk(color.FgCyan), ok: mk(color.FgGreen, color.Bold),
		sev: map[lint.Severity]*color.Color{
			lint.SeverityError:   mk(color.FgRed, color.Bold),
			lint.SeverityWarning: mk(color.FgYellow, color.Bold),
			lint.SeverityInfo:    mk(color.FgBlue, color.Bold),
		},
	}
}

// Format implements Formatter.
func (t *Text) Format(w io.Writer, r *Report) error {
	p := newPalette(t.Color)
	counts := map[lint.Severity]int{}
	withFindings := 0
	var b strings.Builder
	for _, res := range r.sorted() {
		if len(res.Diagnostics) > 0 {
			withFindings++
		}
		for _, d := range res.Diagnostics {
			counts[d.Severity]++
			sev := p.sev[d.Severity]
			if sev == nil {
				sev = p.rule
			}
			fmt.Fprintf(&b, "%s %s %s %s\n",
				p.path.Sprintf("%s:%d:%d:", d.Path, d.Start.Line, d.Start.Column),
				sev.Sprint(d.Severity.String()), p.rule.Sprint(d.Rule+":"), d.Message)
			writeExcerpt(&b, p, sev, d)
			if d.Suggestion != "" {
				fmt.Fprintf(&b, "%s %s\n", p.dim.Sprint("      = suggestion:"), d.Suggestion)
			}
			for _, rl := range d.Related {
				msg := rl.Message
				if msg == "" {
					msg = "related"
				}
				fmt.Fprintf(&b, "%s %s (%d:%d) %q\n", p.dim.Sprint("      = see:"), msg, rl.Start.Line, rl.Start.Column, clip(rl.Excerpt, 80))
			}
		}
	}
	nerr, nwarn, ninfo := counts[lint.SeverityError], counts[lint.SeverityWarning], counts[lint.SeverityInfo]
	failed := 0
	for _, res := range r.Results {
		if res.Err != nil {
			failed++
		}
	}
	notChecked := ""
	if failed > 0 {
		notChecked = fmt.Sprintf("; %s could not be read", plural(failed, "file"))
	}
	switch {
	case nerr+nwarn+ninfo == 0 && failed == 0:
		fmt.Fprintf(&b, "%s\n", p.ok.Sprintf("✔ %s checked, no problems", plural(r.Files(), "file")))
	case nerr+nwarn+ninfo == 0:
		fmt.Fprintf(&b, "%s\n", p.sev[lint.SeverityError].Sprintf("✖ no problems in %s checked%s", plural(r.Files()-failed, "file"), notChecked))
	default:
		parts := []string{plural(nerr, "error"), plural(nwarn, "warning")}
		if ninfo > 0 {
			parts = append(parts, plural(ninfo, "info"))
		}
		line := fmt.Sprintf("✖ %s in %s (%s checked%s)", strings.Join(parts, ", "), plural(withFindings, "file"), plural(r.Files()-failed, "file"), notChecked)
		c := p.sev[lint.SeverityError]
		if nerr == 0 && failed == 0 {
			c = p.sev[lint.SeverityWarning]
		}
		fmt.Fprintln(&b, c.Sprint(line))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	if word == "info" {
		return fmt.Sprintf("%d infos", n)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func clip(s string, n int) string {
	s = strings.ReplaceAll(s, "\n", " ")
	if runewidth.StringWidth(s) <= n {
		return s
	}
	return runewidth.Truncate(s, n, "…")
}

// writeExcerpt prints the start line with the span underlined. Widths are
// terminal cells, so carets line up under CJK, Cyrillic and emoji alike. A
// span running past the line is underlined to the line's end.
func writeExcerpt(b *strings.Builder, p palette, sev *color.Color, d lint.Diagnostic) {
	line := []rune(strings.ReplaceAll(d.SourceLine, "\t", " "))
	startCol := d.Start.Column - 1
	endCol := len(line)
	if d.End.Line == d.Start.Line {
		endCol = d.End.Column - 1
	}
	if startCol > len(line) {
		startCol = len(line)
	}
	if endCol > len(line) {
		endCol = len(line)
	}
	if endCol < startCol {
		endCol = startCol
	}
	// Window long lines around the span.
	lo, hi := 0, len(line)
	width := func(rs []rune) int { return runewidth.StringWidth(string(rs)) }
	if width(line) > maxWidth {
		lo = startCol
		for lo > 0 && width(line[lo-1:startCol]) < 30 {
			lo--
		}
		hi = endCol
		for hi < len(line) && width(line[lo:hi+1]) < maxWidth {
			hi++
		}
	}
	prefix, suffix := "", ""
	if lo > 0 {
		prefix = "…"
	}
	if hi < len(line) {
		suffix = "…"
	}
	shown := prefix + string(line[lo:hi]) + suffix
	pad := runewidth.StringWidth(prefix) + width(line[lo:startCol])
	n := width(line[startCol:min(endCol, hi)])
	if n < 1 {
		n = 1
	}
	gutter := fmt.Sprintf("%5d |", d.Start.Line)
	fmt.Fprintf(b, "%s %s\n", p.dim.Sprint(gutter), shown)
	fmt.Fprintf(b, "%s %s%s\n", p.dim.Sprint("      |"), strings.Repeat(" ", pad), sev.Sprint(strings.Repeat("^", n)))
}
