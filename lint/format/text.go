package format

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/fatih/color"
	"github.com/mattn/go-runewidth"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
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
	withFindings, fixable := 0, 0
	var b strings.Builder
	for _, res := range r.sorted() {
		if len(res.Diagnostics) > 0 {
			withFindings++
		}
		for _, d := range res.Diagnostics {
			counts[d.Severity]++
			if len(d.Fix) > 0 {
				fixable++
			}
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
				at := fmt.Sprintf("%d:%d", rl.Start.Line, rl.Start.Column)
				if rl.Path != "" {
					at = rl.Path + ":" + at
				}
				fmt.Fprintf(&b, "%s %s (%s) %q\n", p.dim.Sprint("      = see:"), msg, at, clip(rl.Excerpt, 80))
			}
		}
	}
	nerr, nwarn, ninfo := counts[lint.SeverityError], counts[lint.SeverityWarning], counts[lint.SeverityInfo]
	failed := r.Failed()
	switch {
	case nerr+nwarn+ninfo == 0 && failed == 0:
		fmt.Fprintf(&b, "%s\n", p.ok.Sprintf("✔ %s, no problems", r.checked()))
	case nerr+nwarn+ninfo == 0:
		fmt.Fprintf(&b, "%s\n", p.sev[lint.SeverityError].Sprintf("✖ no problems in %s", r.checked()))
	default:
		parts := []string{plural(nerr, "error"), plural(nwarn, "warning")}
		if ninfo > 0 {
			parts = append(parts, plural(ninfo, "info"))
		}
		line := fmt.Sprintf("✖ %s in %s (%s)", strings.Join(parts, ", "), plural(withFindings, "file"), r.checked())
		c := p.sev[lint.SeverityError]
		if nerr == 0 && failed == 0 {
			c = p.sev[lint.SeverityWarning]
		}
		fmt.Fprintln(&b, c.Sprint(line))
		if fixable > 0 {
			fmt.Fprintln(&b, p.dim.Sprintf("  %s can be repaired with --fix (--fix --dry-run shows the changes)", plural(fixable, "finding")))
		}
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
// span running past the line is underlined to the line's end. Control
// characters of the file are shown as visible symbols, never sent to the
// terminal.
func writeExcerpt(b *strings.Builder, p palette, sev *color.Color, d engine.Diagnostic) {
	startCol := max(0, d.Start.Column-1)
	endCol := math.MaxInt // a span running past its line ends at the line's end
	if d.End.Line == d.Start.Line {
		endCol = max(startCol, d.End.Column-1)
	}
	line, startCol, endCol, cutLeft, cutRight := around(d.SourceLine, startCol, endCol)
	lo, hi := window(line, startCol, endCol)
	prefix, suffix := "", ""
	if lo > 0 || cutLeft {
		prefix = "…"
	}
	if hi < len(line) || cutRight {
		suffix = "…"
	}
	shown := prefix + string(line[lo:hi]) + suffix
	pad := runewidth.StringWidth(prefix) + cells(line[lo:startCol])
	n := max(1, cells(line[startCol:min(endCol, hi)]))
	gutter := fmt.Sprintf("%5d |", d.Start.Line)
	fmt.Fprintf(b, "%s %s\n", p.dim.Sprint(gutter), shown)
	more := ""
	if last := lastLine(d); last > d.Start.Line {
		more = p.dim.Sprintf(" continues to line %d", last)
	}
	fmt.Fprintf(b, "%s %s%s%s\n", p.dim.Sprint("      |"), strings.Repeat(" ", pad), sev.Sprint(strings.Repeat("^", n)), more)
}

// lastLine is the line of a span's last character: a span that ends at a
// line break ends on the line before.
func lastLine(d engine.Diagnostic) int {
	if d.End.Line > d.Start.Line && d.End.Column == 1 {
		return d.End.Line - 1
	}
	return d.End.Line
}

// around returns, made printable, the code points of line that a window
// on the span [start, end) (code-point columns) can show, with the span's
// columns in them and whether text was left out on either side. Only this
// part of a long line is decoded: a minified page is one line with every
// finding on it.
func around(line string, start, end int) (rs []rune, s, e int, cutLeft, cutRight bool) {
	const reach = 2 * maxWidth // code points; a window shows at most maxWidth cells
	from := max(0, start-reach)
	to := min(end, start+reach) + reach
	bFrom, bTo, col := len(line), len(line), 0
	for i := range line {
		if col == from {
			bFrom = i
		}
		if col == to {
			bTo = i
			break
		}
		col++
	}
	rs = printable(line[bFrom:bTo])
	s = min(start-from, len(rs))
	e = max(s, min(end-from, len(rs)))
	return rs, s, e, from > 0 && bFrom > 0, bTo < len(line)
}

// Windowing of long lines, in terminal cells.
const (
	leftContext = 30 // shown before the span when the line is cut
	wordSlack   = 12 // how far a cut moves to fall between words
)

func cells(rs []rune) int { return runewidth.StringWidth(string(rs)) }

// window picks the part of line shown for the span [start, end): the whole
// line when it fits in maxWidth cells, else about leftContext cells before
// the span and as much after it as fits. A window that reaches the end of
// the line takes more text on the left instead; a span wider than the
// window is cut at the window's end. Cuts fall between words when a space
// is near.
func window(line []rune, start, end int) (lo, hi int) {
	if len(line) <= maxWidth/2 || cells(line) <= maxWidth {
		return 0, len(line)
	}
	lo = start
	for lo > 0 && cells(line[lo-1:start]) <= leftContext {
		lo--
	}
	hi = lo
	for hi < len(line) && cells(line[lo:hi+1]) <= maxWidth {
		hi++
	}
	if hi == len(line) {
		for lo > 0 && cells(line[lo-1:hi]) <= maxWidth {
			lo--
		}
	}
	if lo > 0 {
		// Start at a word: after the first space near the cut, if any.
		for i := lo; i < min(start, lo+wordSlack); i++ {
			if line[i] == ' ' {
				lo = i + 1
				break
			}
		}
	}
	if hi < len(line) && hi > end {
		// End at a word: before the last space near the cut, if any.
		for i := hi - 1; i >= max(end, hi-wordSlack); i-- {
			if line[i] == ' ' {
				hi = i
				break
			}
		}
	}
	return lo, hi
}

// printable turns a source line into runes safe to print: tabs become one
// space (a tab is one column), other control characters and the bidi
// controls that reorder a terminal line become visible symbols, one rune
// each, so columns still count one per code point.
func printable(s string) []rune {
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == '\t':
			rs[i] = ' '
		case r < 0x20:
			rs[i] = 0x2400 + r // ␀ … ␟
		case r == 0x7f:
			rs[i] = '␡'
		case r >= 0x80 && r < 0xa0, r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
			rs[i] = '�'
		}
	}
	return rs
}
