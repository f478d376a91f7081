package boilerplate

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Chrome inside a line of article text: a link glued to the end of a
// paragraph, a site section glued to the front of a repeated headline.
// Each is found on the line's own text and reported on the chrome alone,
// never on the article around it.

// maxTailBytes is the longest link text read after a paragraph's last
// arrow or ellipsis ("… → Continue reading").
const maxTailBytes = 40

// tailMarks are what a teaser's link follows: an arrow, or the ellipsis
// that cuts the teaser.
var tailMarks = []string{"→", "»", "›", "▶", "...", "…"}

// lastTailMark returns the offset in b of the last of the tailMarks and
// the mark, or -1. One backward pass: it runs on every paragraph.
func lastTailMark(b []byte) (int, string) {
	for k := len(b) - 1; k >= 0; k-- {
		c := b[k]
		if c != '.' && c < utf8.RuneSelf || !utf8.RuneStart(c) {
			continue
		}
		for _, m := range tailMarks {
			if bytes.HasPrefix(b[k:], []byte(m)) {
				return k, m
			}
		}
	}
	return -1, ""
}

// tailLink: a paragraph that ends with a link of the packs ("Read more",
// "Continue reading") after an arrow or an ellipsis: the teaser's link,
// rendered into the text. The link text must start with a capital letter
// and make up the whole tail.
func (d *detector) tailLinks(fs []lint.Finding) []lint.Finding {
	for i := range d.us {
		u := &d.us[i]
		// a link's text ends with a letter, a sentence with punctuation
		if !unicode.IsLetter(u.final) || d.why[i] != "" || u.nwords < 3 || i+1 < len(d.us) && d.us[i+1].block == u.block {
			continue
		}
		from := max(u.Start, u.End-maxTailBytes)
		at, sep := lastTailMark(d.text[from:u.End])
		if at < 0 || d.skip(i) {
			continue
		}
		link := lint.TrimSpan(d.text, lint.Span{Start: from + at + len(sep), End: u.End})
		if link.Len() == 0 || from+at == u.Start {
			continue
		}
		r, _ := utf8.DecodeRune(d.text[link.Start:link.End])
		if !unicode.IsUpper(r) {
			continue
		}
		n := lint.Normalize(string(d.text[link.Start:link.End]))
		if !d.m.line[n] && !d.m.label[n] {
			continue
		}
		span := link
		if strings.ContainsAny(sep, "→»›▶") {
			span.Start = from + at // the arrow goes with its link
		}
		if overlapsAny(span, fs) {
			continue
		}
		f := lint.Finding{
			Span:       span,
			Message:    fmt.Sprintf("site chrome %q at the end of a paragraph", d.text[link.Start:link.End]),
			Suggestion: "delete it if it is not part of the article",
		}
		if del, ok := d.tailDeletion(span); ok {
			f.Suggestion, f.Fix = "delete it", []lint.Edit{{Span: del}}
		}
		fs = append(fs, f)
	}
	return fs
}

// tailDeletion widens span over the spaces before it, when the span ends
// its source line and holds no markup: deleting a Markdown link's text
// would leave its brackets behind.
func (d *detector) tailDeletion(span lint.Span) (lint.Span, bool) {
	src := d.doc.Src
	end := span.End
	for end < len(src) && (src[end] == ' ' || src[end] == '\t' || src[end] == '\r') {
		end++
	}
	if end < len(src) && src[end] != '\n' || !bytes.Equal(src[span.Start:span.End], d.text[span.Start:span.End]) {
		return span, false
	}
	start := span.Start
	for start > 0 && src[start-1] == ' ' {
		start--
	}
	return lint.Span{Start: start, End: span.End}, true
}

// minGluedWords is the fewest words a cut headline must share with the
// headline below it to be taken for its repeat.
const minGluedWords = 4

// gluedSection: the page's first line is the headline below it cut short
// ("…"), with a section name glued to its first word ("SportsThe mayor…"
// over "The mayor…"): a breadcrumb rendered without its separator. The
// glued word must end with the headline's first word at a capital letter.
func (d *detector) gluedSection(fs []lint.Finding) []lint.Finding {
	if len(d.us) < 2 || d.why[0] != "" || d.why[1] != "" {
		return fs
	}
	u, h := &d.us[0], &d.us[1]
	if !u.ellipsis || u.nwords < minGluedWords+1 || h.nwords < u.nwords-1 || len(u.ws) == 0 || len(h.ws) == 0 {
		return fs
	}
	// the last word may be cut; the others must be the headline's
	n := min(len(u.ws), len(h.ws), u.nwords) - 1
	if n < minGluedWords || u.words(1, n) != h.words(1, n) {
		return fs
	}
	gs, hs := u.rawSpan(d.text, 0), h.rawSpan(d.text, 0)
	glued, head := d.text[gs.Start:gs.End], d.text[hs.Start:hs.End]
	if len(glued) <= len(head) || !bytes.HasSuffix(glued, head) {
		return fs
	}
	r, _ := utf8.DecodeRune(head)
	p, _ := utf8.DecodeLastRune(glued[:len(glued)-len(head)])
	if !unicode.IsUpper(r) || !unicode.IsLower(p) {
		return fs
	}
	span := u.Span
	if overlapsAny(span, fs) {
		return fs
	}
	return append(fs, lint.Finding{
		Span: span,
		Message: fmt.Sprintf("site section %q glued to a cut copy of the headline",
			glued[:len(glued)-len(head)]),
		Suggestion: "delete it if it is not part of the article",
	})
}

// A menu of sections, each followed by its "all" link, is at least
// minMenuPairs pairs of one-word lines whose second words are the same,
// at most maxMenuGap lines apart.
const (
	minMenuPairs = 2
	maxMenuGap   = 8
)

// menuPairs: "Politics\nAll\nSociety\nAll": one-word section names, each
// on the line above the same one-word link, and a headline under one of
// them: a widget's menu rendered as text, even glued to the last
// paragraph. The section names differ and no line ends with punctuation:
// a dialogue's one-word answers do ("Yes.").
func (d *detector) menuPairs() {
	pair := func(i int) bool {
		return i+1 < len(d.us) && d.us[i].nwords == 1 && d.us[i+1].nwords == 1 &&
			d.bareLines(i) && d.us[i].headlineLike() && d.us[i+1].headlineLike() &&
			!d.skip(i) && !d.skip(i+1) &&
			d.us[i].capitalised(d.text, 0) && d.us[i].word(0) != d.us[i+1].word(0)
	}
	for i := 0; i < len(d.us); {
		if d.us[i].nwords != 1 || !pair(i) {
			i++
			continue
		}
		// the run of pairs with the same link word, each near the last
		link := d.us[i+1].word(0)
		run, last := []int{i}, i
		for j := i + 2; j < len(d.us) && j <= last+maxMenuGap; j++ {
			if pair(j) && d.us[j+1].word(0) == link && d.us[j].word(0) != d.us[last].word(0) {
				run, last = append(run, j), j
				j++
			}
		}
		if len(run) >= minMenuPairs && d.menuHeadline(run) {
			for _, k := range run {
				d.markWeak(k, whyNav, "")
				d.markWeak(k+1, whyNav, "")
			}
		}
		i = last + 2
	}
}

// minMenuHeadlineWords: a menu section lists its articles, a line of at
// least this many words without sentence punctuation under its link.
const minMenuHeadlineWords = 4

// menuHeadline reports whether a headline follows one of the pairs of run:
// a menu lists articles, where a timetable of days over "Closed" does not.
func (d *detector) menuHeadline(run []int) bool {
	for _, k := range run {
		if h := k + 2; h < len(d.us) && d.us[h].nwords >= minMenuHeadlineWords && d.us[h].headlineLike() {
			return true
		}
	}
	return false
}

// bareLines reports whether units i and i+1 are two whole lines, one under
// the other, with no markup on them: the cells of a table are not a menu.
func (d *detector) bareLines(i int) bool {
	src := d.doc.Src
	a, b := d.us[i], d.us[i+1]
	from := bytes.LastIndexByte(src[:a.Start], '\n') + 1
	to := len(src)
	if k := bytes.IndexByte(src[b.End:], '\n'); k >= 0 {
		to = b.End + k
	}
	gap := src[a.End:b.Start]
	return bytes.Count(gap, []byte{'\n'}) == 1 && len(bytes.TrimSpace(gap)) == 0 &&
		len(bytes.TrimSpace(src[from:a.Start])) == 0 && len(bytes.TrimSpace(src[b.End:to])) == 0
}

// maxIconRunes is the longest icon (an emoji with its joiners and
// variation selectors) a section label may be drawn with.
const maxIconRunes = 4

// iconLabels: a line that opens with a pictograph and a bar ("🏛 | The
// council…"): a site section drawn as an icon, rendered before its
// headline. Only the icon and the bar are reported.
func (d *detector) iconLabels(fs []lint.Finding) []lint.Finding {
	for i := range d.us {
		u := &d.us[i]
		t := d.text[u.Start:u.End]
		if t[0] < utf8.RuneSelf || !u.first || d.why[i] != "" || d.skip(i) {
			continue // no pictograph is ASCII
		}
		k, icons := 0, 0
		for k < len(t) && icons <= maxIconRunes {
			r, n := utf8.DecodeRune(t[k:])
			if r == ' ' || r == '|' {
				break
			}
			if !unicode.Is(unicode.So, r) && r != 0x200d && !unicode.Is(unicode.Mn, r) && !unicode.Is(unicode.Sk, r) {
				icons = 0
				break
			}
			if unicode.Is(unicode.So, r) {
				icons++
			}
			k += n
		}
		if icons == 0 || icons > maxIconRunes {
			continue
		}
		rest := bytes.TrimLeft(t[k:], " ")
		if len(rest) < 2 || rest[0] != '|' || rest[1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRune(t[:k]); r == '©' || r == '®' {
			continue // a copyright line
		}
		span := lint.Span{Start: u.Start, End: u.Start + len(t) - len(rest) + 1}
		if overlapsAny(span, fs) {
			continue
		}
		fs = append(fs, lint.Finding{
			Span:       span,
			Message:    "site section drawn as an icon before the headline",
			Suggestion: "delete it",
			Fix:        []lint.Edit{{Span: lint.Span{Start: span.Start, End: span.End + 1}}},
		})
	}
	return fs
}
