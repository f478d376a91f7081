package artifacts

import (
	"bytes"
	"fmt"
	"unicode"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// TrailingFragment flags a few words left dangling after the last sentence
// of a paragraph: a source tag kept from a news feed ("…the mayor
// added. Harbour Courier") or the start of a sentence that was cut.
type TrailingFragment struct{}

func (TrailingFragment) ID() string                     { return "trailing-fragment" }
func (TrailingFragment) DefaultSeverity() lint.Severity { return lint.SeverityInfo }
func (TrailingFragment) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Words dangling after a paragraph's last sentence",
		Text: `Flags one to three words that follow the last sentence of a body paragraph without
punctuation of their own: typically the name of a source (a newspaper, an agency) that the
original placed after the quote and the translation kept as prose ("…the mayor
added. Harbour Courier"), or a sentence cut after its first words. The sentence
before must end with a period, "!" or "?" that is not an abbreviation or an initial
("the U.S. Navy" is fine), and must be a real sentence (four words or more). Headings,
list items, captions and fragments with brackets, quotes, colons or markup are left alone, as
is a paragraph continued by a list, a code block or a table ("For example" before code), a
name with "!" ("… - Yahoo! News") the next cell of a table row after markup the reader
masked, and words that markup the reader masked completes ("Fixes <URL>").`,
		Bad:  "“The bridge will reopen in spring,” the mayor added. Harbour Courier",
		Good: "“The bridge will reopen in spring,” the mayor added.",
	}
}

func (TrailingFragment) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for bi, b := range doc.Blocks {
		if b.Meta || b.Kind != lint.Paragraph {
			continue
		}
		sp := b.Span.Trim(text)
		if sp.Len() == 0 {
			continue
		}
		last, ln := runeBefore(text, sp.Start, sp.End)
		if ln == 0 || !unicode.IsLetter(last) {
			continue
		}
		// the last sentence end: a terminal followed by white space
		end := -1
		for i := sp.End - 1; i > sp.Start; i-- {
			c := text[i]
			if c == '"' || c == '\'' || c == '(' || c == ')' || c == ':' || c == '[' || c == ']' {
				break
			}
			if (c == '.' || c == '!' || c == '?') && i+1 < sp.End && (text[i+1] == ' ' || text[i+1] == '\t') {
				end = i
				break
			}
		}
		if end < 0 {
			continue
		}
		tail := lint.Span{Start: end + 1, End: sp.End}.Trim(text)
		// markup the reader masked before the tail (a table's cell
		// border) starts something else
		if tail.Len() == 0 || !isProse(doc, tail) || hasQuoteOrBracket(text[tail.Start:tail.End]) || inMarkup(doc, tail) ||
			!bytes.Equal(doc.Src[end+1:tail.Start], text[end+1:tail.Start]) ||
			!bytes.Equal(doc.Src[tail.Start:b.End], text[tail.Start:b.End]) || doc.URLFollows(tail.End) {
			continue
		}
		tw := doc.WordsIn(tail)
		if len(tw) == 0 || len(tw) > 3 || leadsIn(doc, bi) {
			continue
		}
		ls := lastSentenceStart(text, sp.Start, end)
		before := doc.WordsIn(lint.Span{Start: ls, End: end})
		if len(before) < minSentenceWords || siteSuffix(doc, lint.Span{Start: ls, End: end}) {
			continue // "… - Yahoo! News": a name with "!", not a sentence
		}
		if text[end] == '.' {
			w := before[len(before)-1]
			word := text[w.Start:w.End]
			if int(w.End) == end && (layer.IsAbbreviation(string(word)) || int(w.Start) > 0 && text[int(w.Start)-1] == '.') {
				continue // "Dr.", "e.g."
			}
			if int(w.End) != end {
				continue // "2.0", "U.S." handled as words ending before the period
			}
		}
		out = append(out, lint.Finding{Span: tail,
			Message:    fmt.Sprintf("%q dangles after the paragraph's last sentence", text[tail.Start:tail.End]),
			Suggestion: "remove it (a source tag kept as prose?) or complete the sentence"})
	}
	return out
}

// minSentenceWords: the sentence before the fragment must have this many
// words to be a sentence rather than a name or a label.
const minSentenceWords = 4

// lastSentenceStart returns the start of the sentence that ends at end: just
// after the previous ".", "!" or "?" followed by a space, a quote or a
// bracket, or lo.
func lastSentenceStart(text []byte, lo, end int) int {
	for i := end - 1; i > lo; i-- {
		if c := text[i-1]; (c == '.' || c == '!' || c == '?') && bytes.IndexByte([]byte(" \t\n\")')"), text[i]) >= 0 {
			return i
		}
	}
	return lo
}

// titleSeparators part a headline from the site's name ("… - Site! News").
var titleSeparators = []string{" - ", " | ", " – ", " — "}

// siteSuffix: the sentence s ends with a title separator and a name of at
// most three words ("(Weekly) - Zoopla!"): the fragment after it is the rest
// of the site's name.
func siteSuffix(doc *lint.Document, s lint.Span) bool {
	seg := doc.Text[s.Start:s.End]
	for _, sep := range titleSeparators {
		if k := bytes.LastIndex(seg, []byte(sep)); k >= 0 && len(doc.WordsIn(lint.Span{Start: s.Start + k, End: s.End})) <= 3 {
			return true
		}
	}
	return false
}

// leadIns are the Markdown and HTML openings of a code block, list or table.
var leadIns = []string{"```", "~~~", "<pre", "<code", "<ul", "<ol", "<table", "{{<", "{%", "\n    ", "\n\t", "\n|"}

// leadsIn: block bi is continued by a list, code block or table (a
// sentence that goes on after "For example" or "such as"), not cut.
func leadsIn(doc *lint.Document, bi int) bool {
	b := doc.Blocks[bi]
	next := len(doc.Src)
	if bi+1 < len(doc.Blocks) {
		nb := doc.Blocks[bi+1]
		if nb.Kind == lint.ListItem {
			return true
		}
		next = max(nb.Start, b.End)
	}
	gap := doc.Src[b.End:next]
	for _, p := range leadIns {
		if bytes.Contains(gap, []byte(p)) {
			return true
		}
	}
	return false
}

func hasQuoteOrBracket(b []byte) bool {
	for _, r := range string(b) {
		switch r {
		case '"', '“', '”', '«', '»', '„', '(', ')', '[', ']', ':', '—', '–', '|', '/', '©', '#', '*':
			return true
		}
	}
	return false
}

// inMarkup: the fragment is link text or is followed by inline markup on
// its line ("[Read more](…)", "<a href=…>Read more</a>"); a block's closing
// tag ("</p>") does not count.
func inMarkup(doc *lint.Document, s lint.Span) bool {
	src := doc.Src
	if s.Start > 0 && src[s.Start-1] == '[' {
		return true
	}
	if s.Start > 0 && src[s.Start-1] == '>' {
		if lt := bytes.LastIndexByte(src[:s.Start], '<'); lt >= 0 && bytes.HasPrefix(bytes.ToLower(src[lt:s.Start]), []byte("<a")) {
			return true
		}
	}
	// Only the start of the rest of the line is looked at: lower-casing all
	// of it was quadratic on a one-line page.
	rest := bytes.TrimLeft(src[s.End:], " \t")
	rest = rest[:min(len(rest), 16)]
	if nl := bytes.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	rest = bytes.ToLower(rest)
	for _, p := range []string{"](", "[", "</a", "<a", "<img"} {
		if bytes.HasPrefix(rest, []byte(p)) {
			return true
		}
	}
	return false
}
