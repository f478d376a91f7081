// Package format writes lint results in the output formats translint
// supports. It is the only package that knows about colours.
package format

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
)

// Report is everything a formatter may need about one run.
type Report struct {
	// Results are the per-file results; formatters sort them by path.
	Results []engine.FileResult
	// Rules are the enabled rules (SARIF lists them as metadata).
	Rules []lint.Rule
	// Severity is each enabled rule's effective severity.
	Severity map[string]lint.Severity
	// Tool version, e.g. "0.1.0".
	Version string
	// Root is the folder relative to which paths are written (SARIF uses it).
	Root string
	// Documented, when set, lists the rule IDs that have a section in the
	// rules page; SARIF links only those. Nil links every rule.
	Documented map[string]bool

	// the files read back for exact regions, shared by the formats of one
	// run (GitHub and SARIF together would read each file twice)
	srcs sources
}

// sources returns the report's cache of files read back.
func (r *Report) sources() sources {
	if r.srcs == nil {
		r.srcs = sources{}
	}
	return r.srcs
}

// Files is the number of files checked (read and linted, errors included).
func (r *Report) Files() int { return len(r.Results) }

// Failed is the number of files that could not be read or parsed.
func (r *Report) Failed() int {
	n := 0
	for _, res := range r.Results {
		if res.Err != nil {
			n++
		}
	}
	return n
}

// checked says how many files were linted and, when some could not be,
// how many: "3 files checked; 1 file could not be read".
func (r *Report) checked() string {
	s := plural(r.Files()-r.Failed(), "file") + " checked"
	if n := r.Failed(); n > 0 {
		s += "; " + plural(n, "file") + " could not be read"
	}
	return s
}

// Diagnostics returns every diagnostic sorted by path, then offset.
func (r *Report) Diagnostics() []engine.Diagnostic {
	var out []engine.Diagnostic
	for _, res := range r.sorted() {
		out = append(out, res.Diagnostics...)
	}
	return out
}

func (r *Report) sorted() []engine.FileResult {
	rs := append([]engine.FileResult(nil), r.Results...)
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Path < rs[j].Path })
	return rs
}

// Options tune a formatter.
type Options struct {
	// Color turns on ANSI colours (text format).
	Color bool
}

// Formatter writes a report.
type Formatter interface {
	Format(w io.Writer, r *Report) error
}

type constructor func(Options) Formatter

// formatters is the one list of output formats.
var formatters = map[string]constructor{
	"text":   func(o Options) Formatter { return &Text{Color: o.Color} },
	"json":   func(Options) Formatter { return JSON{} },
	"sarif":  func(Options) Formatter { return SARIF{} },
	"github": func(Options) Formatter { return GitHub{} },
	"html":   func(Options) Formatter { return HTML{} },
}

// Names lists the supported format names, sorted.
func Names() []string {
	var out []string
	for n := range formatters {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// New returns the formatter called name.
func New(name string, o Options) (Formatter, error) {
	c, ok := formatters[name]
	if !ok {
		return nil, fmt.Errorf("unknown format %q (want %s)", name, strings.Join(Names(), ", "))
	}
	return c(o), nil
}
