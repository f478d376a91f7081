package artifacts

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"slices"
	"sync"

	"github.com/translint/translint/lint"
)

// BrokenEntity flags HTML character references that reached the reader as
// text: split ("& nbsp;"), escaped twice ("&amp;nbsp;"), without their
// semicolon ("&nbsp "), or, in plain text, whole ("&quot;").
type BrokenEntity struct{}

func (BrokenEntity) ID() string                     { return "broken-entity" }
func (BrokenEntity) DefaultSeverity() lint.Severity { return lint.SeverityError }
func (BrokenEntity) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "HTML entity shown as text",
		Text: `Flags HTML character references that a reader sees as text: a reference split by a
space ("& nbsp;"), escaped twice ("&amp;nbsp;", which renders as "&nbsp;"), missing its
semicolon ("&nbsp" before a space), and, in plain-text articles, any well-formed reference
("&quot;", "&#8217;"), since nothing will decode it there. Markdown and HTML decode
well-formed references, so they are not flagged in those formats. The fix puts the
character in place; a non-breaking space becomes a plain space.`,
		Bad:  "the bakery opened at dawn & mdash; long before the market",
		Good: "the bakery opened at dawn — long before the market",
	}
}

const entityName = `nbsp|amp|quot|apos|lt|gt|mdash|ndash|hellip|laquo|raquo|lsquo|rsquo|sbquo|ldquo|rdquo|bdquo|copy|reg|trade|euro|pound|deg|times|middot|bull|shy|zwnj|zwj|thinsp|ensp|emsp|#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}`

// entityPatterns are the reference patterns, compiled on first use: most
// articles have no "&", and package init must stay cheap for start-up.
var entityPatterns = sync.OnceValue(func() *entityREs {
	return &entityREs{
		split:  regexp.MustCompile(`&(?:[ \t]+(` + entityName + `)[ \t]*|(` + entityName + `)[ \t]+);`),
		double: regexp.MustCompile(`&amp;(` + entityName + `);`),
		open:   regexp.MustCompile(`&(nbsp|quot|mdash|ndash|hellip|laquo|raquo|lsquo|rsquo|ldquo|rdquo)(?:[^A-Za-z0-9;]|$)`),
		whole:  regexp.MustCompile(`&(` + entityName + `);`),
	}
})

type entityREs struct {
	split  *regexp.Regexp // "& nbsp;", "&nbsp ;", and "&    nbsp;" (an HTML "&amp;nbsp;" once decoded in place)
	double *regexp.Regexp // "&amp;nbsp;" in text that is not decoded
	open   *regexp.Regexp // "&nbsp" without its semicolon before a non-word character
	whole  *regexp.Regexp // a whole reference, flagged in plain text only
}

// entityText is what the reference stands for, with a non-breaking space as
// a plain space.
func entityText(name string) (string, bool) {
	if name == "nbsp" || name == "thinsp" || name == "ensp" || name == "emsp" {
		return " ", true
	}
	s := html.UnescapeString("&" + name + ";")
	if s == "&"+name+";" {
		return "", false
	}
	return s, true
}

func (BrokenEntity) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	// covered marks the bytes of the findings so far: a span overlapping one
	// is not reported again (checking every earlier finding was quadratic).
	var covered []bool
	add := func(s, e int, name, what string) {
		if covered == nil {
			covered = make([]bool, len(doc.Src))
		}
		if slices.Contains(covered[s:e], true) {
			return
		}
		for i := s; i < e; i++ {
			covered[i] = true
		}
		if bytes.HasPrefix(doc.Src[s:e], []byte("&amp;")) {
			what = "HTML entity escaped twice"
		}
		repl, ok := entityText(name)
		// The span in Src may be longer than the text ("&amp;nbsp;" in HTML);
		// the fix replaces the whole reference.
		f := lint.Finding{Span: lint.Span{Start: s, End: e},
			Message: fmt.Sprintf("%s: %q shown as text", what, doc.Src[s:e])}
		if ok {
			f.Suggestion = fmt.Sprintf("replace it with %q", repl)
			edit := lint.Edit{Span: f.Span, New: repl}
			// Between two spaces a space needs no replacement: drop the
			// reference and the space after it.
			if repl == " " && s > 0 && e < len(doc.Src) && isBlank(doc.Src[s-1]) && isBlank(doc.Src[e]) {
				edit = lint.Edit{Span: lint.Span{Start: s, End: e + 1}}
			}
			f.Fix = []lint.Edit{edit}
		}
		out = append(out, f)
	}
	for sp := range proseSpans(doc) {
		seg := text[sp.Start:sp.End]
		if bytes.IndexByte(seg, '&') < 0 {
			continue // every pattern starts with "&"; a regexp call costs more than this test
		}
		re := entityPatterns()
		for _, m := range re.split.FindAllSubmatchIndex(seg, -1) {
			name := m[2]
			nameEnd := m[3]
			if name < 0 {
				name, nameEnd = m[4], m[5]
			}
			add(sp.Start+m[0], sp.Start+m[1], string(seg[name:nameEnd]), "broken HTML entity")
		}
		for _, m := range re.double.FindAllSubmatchIndex(seg, -1) {
			add(sp.Start+m[0], sp.Start+m[1], string(seg[m[2]:m[3]]), "HTML entity escaped twice")
		}
		for _, m := range re.open.FindAllSubmatchIndex(seg, -1) {
			add(sp.Start+m[0], sp.Start+m[3], string(seg[m[2]:m[3]]), "HTML entity without its semicolon")
		}
		if doc.Format == lint.FormatText {
			for _, m := range re.whole.FindAllSubmatchIndex(seg, -1) {
				add(sp.Start+m[0], sp.Start+m[1], string(seg[m[2]:m[3]]), "HTML entity in plain text")
			}
			continue
		}
		// Markdown and HTML are decoded once: a reference still in the
		// text is shown as written. Where its "&" came from an "&amp;"
		// just before, the source escaped it twice ("Tom &amp;amp; Jerry").
		for _, m := range re.whole.FindAllSubmatchIndex(seg, -1) {
			s := sp.Start + m[0]
			if s >= 4 && string(doc.Src[s-4:s+1]) == "&amp;" {
				add(s-4, sp.Start+m[1], string(seg[m[2]:m[3]]), "HTML entity escaped twice")
			}
		}
	}
	slices.SortStableFunc(out, lint.Finding.Compare)
	return out
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }
