package boilerplate

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/textkey"
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
		link := lint.Span{Start: from + at + len(sep), End: u.End}.Trim(d.text)
		if link.Len() == 0 || from+at == u.Start {
			continue
		}
		r, _ := utf8.DecodeRune(d.text[link.Start:link.End])
		if !unicode.IsUpper(r) {
			continue
		}
		n := textkey.Normalize(string(d.text[link.Start:link.End]))
		if !d.m.line[n] && !d.m.label[n] {
			continue
		}
		span := link
		if strings.ContainsAny(sep, "→»›▶") {
			span.Start = from + at // the arrow goes with its link
		}
		if fixConflicts(span, fs) {
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
	if fixConflicts(span, fs) {
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
		if fixConflicts(span, fs) {
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

// Thresholds of a source tag after a paragraph's last sentence.
const (
	// maxSourceTagWords: a source tag names an outlet in at most this
	// many words ("AFP", "Harbour Gazette").
	maxSourceTagWords = 3
	// maxSourceTagBytes bounds how far back from a paragraph's end the
	// sentence end before the tag is looked for.
	maxSourceTagBytes = 64
	// minTaggedSentenceWords: the sentence before the tag has at least
	// this many words: a sentence, not a name or a label.
	minTaggedSentenceWords = 4
	// An agency's acronym alone is minAcronymRunes to maxAcronymRunes
	// capital letters ("EFE", "ПНА").
	minAcronymRunes = 2
	maxAcronymRunes = 6
)

// sourceTags: a news feed's source tag left after the last sentence of a
// paragraph, "… the mayor said. Harbour Gazette": after a full stop (and
// the quotation mark it may close), one to maxSourceTagWords words without
// punctuation end the paragraph, and they name an outlet: a word of the
// media packs ("newspaper", "Zeitung", "agencia") or an acronym in
// capitals alone ("AFP"). Tags of capitalised words without such a word
// ("Harbour Courier") count when at least minSourceTags paragraphs of the
// page end with a tag: a feed tags every paragraph it takes. Shape
// evidence: reported without a fix.
func (d *detector) sourceTags(fs []lint.Finding) []lint.Finding {
	var tags, named []lint.Span
	for i := range d.us {
		u := &d.us[i]
		// a paragraph that opens with a quotation is still the article's
		// (d.skip passes over it): the tag follows the quote
		if u.kind != lint.Paragraph && u.kind != lint.Teaser || !unicode.IsLetter(u.final) || d.why[i] != "" ||
			i+1 < len(d.us) && d.us[i+1].block == u.block {
			continue
		}
		// nothing but space after the unit in its block, and no link after
		// the block: "… Fixes <URL>." goes on in the link
		if !d.closesProse(i) || len(bytes.TrimSpace(d.text[u.End:d.doc.Blocks[u.block].End])) > 0 ||
			d.doc.URLFollows(d.doc.Blocks[u.block].End) {
			continue
		}
		tag, sign, ok := d.sourceTag(u)
		if !ok || fixConflicts(tag, fs) {
			continue
		}
		if sign {
			tags = append(tags, tag)
		} else {
			named = append(named, tag)
		}
	}
	if len(tags)+len(named) >= minSourceTags {
		tags = append(tags, named...)
		slices.SortFunc(tags, func(a, b lint.Span) int { return a.Start - b.Start })
	}
	for _, tag := range tags {
		fs = append(fs, lint.Finding{
			Span:       tag,
			Message:    fmt.Sprintf("source tag %q after the paragraph's last sentence", d.text[tag.Start:tag.End]),
			Suggestion: "delete it if it is not part of the article",
		})
	}
	return fs
}

// closesProse reports whether unit i, the last line of its block, is not
// followed by a list item nor by code, a table or other text that is no
// block of prose ("… Then press" over a code block goes on in the code).
func (d *detector) closesProse(i int) bool {
	end := len(d.doc.Src)
	if i+1 < len(d.us) {
		if d.us[i+1].kind == lint.ListItem {
			return false
		}
		end = d.us[i+1].Start
	}
	return gapIsBlank(d.doc.Src, d.doc.Blocks[d.us[i].block].End, end)
}

// minSourceTags: this many paragraphs of a page closed by a tag of
// capitalised words make those tags a feed's.
const minSourceTags = 2

// sourceTag returns the span of the source tag closing unit u, if any,
// and whether it names an outlet by a media word or an acronym; a tag of
// capitalised words without one is returned too, sign false.
func (d *detector) sourceTag(u *unit) (lint.Span, bool, bool) {
	t := d.text[u.Start:u.End]
	from := max(0, len(t)-maxSourceTagBytes)
	// the last full stop followed by a space, closing quotes between
	stop := -1
	for k := len(t) - 1; k > from; k-- {
		c := t[k]
		if c < utf8.RuneSelf && !asciiWord[c] && c != ' ' && c != '-' && c != '\'' && c != '&' && c != '.' && c != '"' {
			return lint.Span{}, false, false // a colon, a bracket, a comma: not a bare tag
		}
		if c != '.' || k+1 >= len(t) {
			continue
		}
		e := k + 1
		for e < len(t) {
			r, n := utf8.DecodeRune(t[e:])
			if r != '"' && r != '”' && r != '’' && r != '»' {
				break
			}
			e += n
		}
		if e < len(t) && t[e] == ' ' {
			stop = k
			break
		}
	}
	if stop < 0 {
		return lint.Span{}, false, false
	}
	tag := lint.Span{Start: u.Start + stop + 1, End: u.End}.Trim(d.text)
	tag = trimQuotesLeft(d.text, tag)
	tw := d.doc.WordsIn(tag)
	if len(tw) == 0 || len(tw) > maxSourceTagWords || d.m.fn[textkey.Normalize(string(d.text[tw[0].Start:tw[0].End]))] {
		return lint.Span{}, false, false
	}
	// the word before the stop: not an abbreviation, an initial or a number
	before := d.doc.WordsIn(lint.Span{Start: max(u.Start, u.Start+stop-maxSourceTagBytes*4), End: u.Start + stop})
	if len(before) < minTaggedSentenceWords {
		return lint.Span{}, false, false
	}
	last := before[len(before)-1]
	if int(last.End) != u.Start+stop || layer.IsAbbreviation(string(d.text[last.Start:last.End])) ||
		last.Start > 0 && d.text[last.Start-1] == '.' {
		return lint.Span{}, false, false
	}
	if !d.sentenceBefore(before, u.Start) {
		return lint.Span{}, false, false
	}
	media := false
	for _, w := range tw {
		media = media || d.m.media[textkey.Normalize(string(d.text[w.Start:w.End]))]
	}
	if media || len(tw) == 1 && acronym(d.text[tw[0].Start:tw[0].End]) {
		return tag, true, true
	}
	for _, w := range tw {
		if r, _ := utf8.DecodeRune(d.text[w.Start:w.End]); !unicode.IsUpper(r) {
			return lint.Span{}, false, false
		}
	}
	return tag, false, true
}

// trimQuotesLeft moves the start of s past closing quotation marks.
func trimQuotesLeft(text []byte, s lint.Span) lint.Span {
	for s.Start < s.End {
		r, n := utf8.DecodeRune(text[s.Start:s.End])
		if r != '"' && r != '”' && r != '’' && r != '»' && r != ' ' {
			break
		}
		s.Start += n
	}
	return s
}

// sentenceBefore reports whether the last minTaggedSentenceWords words of
// before follow one another in one sentence: no full stop among them.
func (d *detector) sentenceBefore(ws []lint.Word, lo int) bool {
	ws = ws[len(ws)-minTaggedSentenceWords:]
	for k := 1; k < len(ws); k++ {
		if bytes.ContainsAny(d.text[ws[k-1].End:ws[k].Start], ".!?") {
			return false
		}
	}
	return int(ws[0].Start) >= lo
}

// acronym: a word of minAcronymRunes to maxAcronymRunes capital letters,
// not a Roman numeral ("VIII").
func acronym(w []byte) bool {
	n, roman := 0, true
	for _, r := range string(w) {
		if !unicode.IsUpper(r) {
			return false
		}
		roman = roman && strings.ContainsRune("IVXLCDM", r)
		n++
	}
	return n >= minAcronymRunes && n <= maxAcronymRunes && !roman
}

// Segments of a page glued into one line. A translation tool numbers the
// segments of the page it translates ("<1> … <2> …"); when the page's
// paragraphs come back on one line, its footer is the last segments of
// that line, after the last one of prose.
const (
	// minSegmentTags: a line with this many segment tags is a page glued
	// into one line.
	minSegmentTags = 3
	// maxSegmentTagDigits: a segment tag numbers at most this many digits.
	maxSegmentTagDigits = 3
	// maxSegmentLabelWords: a label of the packs opening a footer segment
	// ("Source: …") is at most this long.
	maxSegmentLabelWords = 3
)

// segmentTagEnd returns the end of the segment tag at text[i] ("<12>",
// "</3>", "<4/>"), or i when there is none.
func segmentTagEnd(text []byte, i, end int) int {
	k := i + 1
	if k < end && text[k] == '/' {
		k++
	}
	d := k
	for k < end && k-d < maxSegmentTagDigits && isDigit(text[k]) {
		k++
	}
	if k == d {
		return i
	}
	if k < end && text[k] == '/' {
		k++
	}
	if k < end && text[k] == '>' {
		return k + 1
	}
	return i
}

// segmentFooters: in a line of at least minSegmentTags segment tags, the
// segments after the last one of prose are the page's footer; a segment
// there that opens with a label of the packs followed by a colon
// ("Source: …") or with a call verb and ends with the colon before its
// lost buttons ("Follow us on …:") is chrome. Reported without a fix.
func (d *detector) segmentFooters(fs []lint.Finding) []lint.Finding {
	for i := range d.us {
		u := &d.us[i]
		if d.why[i] != "" || !u.prose() || bytes.Count(d.text[u.Start:u.End], []byte{'<'}) < minSegmentTags {
			continue
		}
		segs := d.s.segs[:0]
		at := u.Start
		for k := u.Start; k < u.End; k++ {
			if d.text[k] != '<' {
				continue
			}
			if e := segmentTagEnd(d.text, k, u.End); e > k {
				segs = append(segs, lint.Span{Start: at, End: k}.Trim(d.text))
				at, k = e, e-1
			}
		}
		segs = append(segs, lint.Span{Start: at, End: u.End}.Trim(d.text))
		d.s.segs = segs
		if len(segs) <= minSegmentTags {
			continue
		}
		last := -1
		for k, s := range segs {
			if s.Len() > 0 && d.proseSegment(s) {
				last = k
			}
		}
		if last < 0 {
			continue
		}
		// the last segment of words, for a call that lost its buttons
		end := len(segs) - 1
		for end > last && len(d.doc.WordsIn(segs[end])) == 0 {
			end--
		}
		for k := last + 1; k <= end; k++ {
			s := segs[k]
			if s.Len() == 0 || fixConflicts(s, fs) {
				continue
			}
			why, ok := d.footerSegment(s, k == end)
			if !ok {
				continue
			}
			fs = append(fs, lint.Finding{
				Span:       s,
				Message:    why + " at the end of a page glued into one line",
				Suggestion: "delete it if it is not part of the article",
			})
		}
	}
	return fs
}

// proseSegment: segment s reads as prose (proseShape).
func (d *detector) proseSegment(s lint.Span) bool {
	t := d.text[s.Start:s.End]
	final, _ := utf8.DecodeLastRune(t)
	return proseShape(len(d.doc.WordsIn(s)), final, bytes.HasSuffix(t, []byte("...")) || final == '…')
}

// footerSegment reports whether segment s of a page's footer is chrome,
// and why: a label of the packs before a colon, or, as the last segment,
// a call that ends with the colon of its lost buttons.
func (d *detector) footerSegment(s lint.Span, last bool) (string, bool) {
	ws := d.doc.WordsIn(s)
	if len(ws) == 0 || len(ws) > maxCallWords {
		return "", false
	}
	folded := make([]string, 0, maxSegmentLabelWords)
	for k := 0; k < len(ws) && k < maxSegmentLabelWords; k++ {
		folded = append(folded, textkey.Normalize(string(d.text[ws[k].Start:ws[k].End])))
		p := strings.Join(folded, " ")
		if (d.m.edge[p] || d.m.label[p]) && colonAfter(d.text, int(ws[k].End), s.End) && len(ws) <= maxSegmentLabelWords+k+1 {
			return fmt.Sprintf("site chrome %q", d.text[ws[0].Start:ws[k].End]), true
		}
	}
	r, _ := utf8.DecodeRune(d.text[s.Start:s.End])
	if last && unicode.IsUpper(r) && d.m.call[folded[0]] && d.text[s.End-1] == ':' {
		return fmt.Sprintf("call to follow or share %q", d.text[ws[0].Start:ws[0].End]), true
	}
	return "", false
}

// colonAfter reports whether text[i:end] opens with a colon, after at most
// one space ("Source :" in French typography).
func colonAfter(text []byte, i, end int) bool {
	if i < end && text[i] == ' ' {
		i++
	}
	return i < end && text[i] == ':'
}
