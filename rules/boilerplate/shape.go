package boilerplate

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/textkey"
)

// Chrome found by its shape, without a pack phrase, in the family of the
// block classifiers of jusText and Boilerpipe: a short block, poor in
// function words and sentence punctuation, with the marks of a widget
// (a call verb and a network name, an arrow, a handle or a link, a row of
// separators), counts where chrome clusters.

// Thresholds of the shape patterns.
const (
	// maxCallWords: a call to follow or share is at most this long.
	maxCallWords = 20
	// maxShortCallWords: a call this short, not a sentence, counts
	// anywhere; a longer one only at the top or the bottom.
	maxShortCallWords = 12
	// maxNavWords: a previous/next-post link or a breadcrumb row is at
	// most this long.
	maxNavWords = 15
	// maxSegmentWords: each item of a row of separated links is at most
	// this long; minSeparators of the same kind make a row.
	maxSegmentWords = 5
	minSeparators   = 2
	// maxLabelledSegmentWords: an item of a row of "Key: value" items
	// (post metadata) is at most this long.
	maxLabelledSegmentWords = 8
	// maxEmbedWords: the line left by an embedded post is at most this
	// long (a line of more words is prose).
	maxEmbedWords = maxWords
)

// shapes applies the shape patterns to the units no phrase explained.
func (d *detector) shapes() {
	for i := range d.us {
		if d.why[i] != "" || d.skip(i) {
			continue
		}
		u := &d.us[i]
		if u.kind == lint.Title || u.kind == lint.Heading {
			// a breadcrumb or a section name read as the title of a text
			// file; the leading heading of a Markdown page is the title
			// its author wrote
			if u.kind == lint.Heading || d.doc.Format != lint.FormatText {
				continue
			}
			if d.separatorRow(i) {
				d.markWeak(i, whyNav, "")
			} else if d.sectionName(i) {
				d.markWeak(i, whySection, u.rawText(d.text, 0, len(u.ws)))
			} else if d.titleAfter(i) && d.foreignCall(i) {
				d.markWeak(i, whyCall, u.rawText(d.text, 0, 1))
			}
			continue
		}
		switch {
		case d.followCall(i):
			what := u.rawText(d.text, 0, 1)
			// a fix only for a short label-like call at an edge: a
			// sentence may be the article's own pointer to a video
			if u.nwords <= maxShortCallWords && d.inEdge(i) && !u.sentence() {
				d.mark(i, whyCall, what)
			} else {
				d.markWeak(i, whyCall, what)
			}
		case d.foreignCall(i):
			d.markWeak(i, whyCall, u.rawText(d.text, 0, 1))
		case d.foreignDate(i) >= 0:
			k := d.dateMonth(i, true) // the month foreignDate found
			d.markWeak(i, whyDate, u.rawText(d.text, k, k+1))
		case d.strippedCall(i):
			d.markWeak(i, whyCall, u.rawText(d.text, 0, 1))
		case d.ratingWidget(i) || d.readerPoll(i):
			d.markWeak(i, whyRating, "")
		case d.embedResidue(i):
			d.markWeak(i, whyEmbed, "")
		case d.navLink(i):
			d.markWeak(i, whyNav, "")
		case d.galleryLabel(i):
			d.markWeak(i, whyGallery, "")
		case d.sectionName(i):
			d.markWeak(i, whySection, u.rawText(d.text, 0, len(u.ws)))
		case d.separatorRow(i):
			d.markWeak(i, whyNav, "")
		}
	}
	// a site's name between header chrome and the first paragraph
	if f := d.first; f > 1 && f < len(d.us) && d.why[f-2] != "" && d.why[f-1] == "" && d.logoLine(f-1) {
		d.markWeak(f-1, whyHeader, "")
	}
	// tag lines beside chrome at the bottom, last: they lean on the
	// chrome the patterns above found
	for i := d.last + 1; d.last >= 0 && i < len(d.us); i++ {
		if d.why[i] == "" && !d.skip(i) && d.tagLine(i) {
			d.markWeak(i, whyTags, "")
		}
	}
}

// logoLine: a site's name left between the header chrome and the body: one
// or two words (maxLogoWords), no function word, not a person's name, a
// date, a byline, a title or a heading.
func (d *detector) logoLine(i int) bool {
	u := &d.us[i]
	return u.nwords <= maxLogoWords && u.nfunc == 0 && u.headlineLike() && !u.ellipsis && !d.skip(i) &&
		u.kind != lint.Title && u.kind != lint.Heading && !u.nameLike(d.text) && !u.bylineLike() && !u.dateLike(d.text, d.m)
}

// maxLogoWords: a site's name alone on a line is this short.
const maxLogoWords = 2

// tagLine: "Russia, politics, the budget" right above or below chrome at
// the bottom: two or more comma-separated items of at most
// maxTagItemWords words, no sentence.
func (d *detector) tagLine(i int) bool {
	u := &d.us[i]
	if u.nwords > maxTagLineWords || !u.headlineLike() || u.ellipsis || u.bylineLike() || u.dateLike(d.text, d.m) {
		return false
	}
	beside := i > d.last+1 && d.why[i-1] != "" || i+1 < len(d.us) && d.why[i+1] != ""
	item := func(_ lint.Span, n int) bool { return n > 0 && n <= maxTagItemWords }
	return beside && bytes.IndexByte(d.text[u.Start:u.End], ',') >= 0 && d.segments(u, ",", item)
}

// A tag line has at most maxTagLineWords words, maxTagItemWords an item.
const (
	maxTagLineWords = 10
	maxTagItemWords = 3
)

// callVerb reports whether one of the first two words of unit i opens a
// call to action ("Follow us", "Please subscribe").
func (d *detector) callVerb(i int) bool {
	u := &d.us[i]
	return d.m.call[u.word(0)] || len(u.ws) > 1 && d.m.call[u.word(1)] && d.m.fn[u.word(0)]
}

// names a network: a word of unit i is a social network or messenger.
func (d *detector) namesNetwork(i int) bool { return d.hasWordOf(i, d.m.network) }

// hasWordOf reports whether a word of unit i, folded, is in set: the
// folded words, and those past them in a line short enough for a call.
func (d *detector) hasWordOf(i int, set map[string]bool) bool {
	u := &d.us[i]
	for k := range u.ws {
		if set[u.word(k)] {
			return true
		}
	}
	if !u.folded() && u.nwords <= maxCallWords {
		ws := d.doc.WordsIn(u.Span)
		for _, w := range ws[min(len(u.ws), len(ws)):] {
			if set[textkey.Normalize(string(d.text[w.Start:w.End]))] {
				return true
			}
		}
	}
	return false
}

// followCall: "Follow us on Telegram", "Síguenos en Instagram": a call verb
// and a network, in a short line that is not a sentence, or at the top or
// the bottom when longer or a sentence ("Share prices at the network fell."
// in the body is news).
func (d *detector) followCall(i int) bool {
	u := &d.us[i]
	if u.nwords > maxCallWords || !d.callVerb(i) || !d.namesNetwork(i) {
		return false
	}
	return u.nwords <= maxShortCallWords && !u.sentence() || d.inEdge(i) || d.imperativeParagraph(i)
}

// imperativeParagraph: a paragraph of its own that opens with the call
// verb and a function word, and names the site's own outlets ("Watch the
// debate live on our website and …"): the publisher's promotion between
// two paragraphs of the article. "Share prices of …" is news.
func (d *detector) imperativeParagraph(i int) bool {
	u := &d.us[i]
	alone := u.first && (i+1 == len(d.us) || d.us[i+1].block != u.block)
	return alone && u.kind == lint.Paragraph && d.m.call[u.word(0)] && u.capitalised(d.text, 0) &&
		len(u.ws) > 1 && d.m.fn[u.word(1)] && d.hasWordOf(i, d.m.own)
}

// foreignCall: a short line at the top or bottom of an English article
// that opens with a call verb of another language ("Ascultă …").
func (d *detector) foreignCall(i int) bool {
	u := &d.us[i]
	if u.nwords > maxShortCallWords || u.sentence() || !d.inEdge(i) || d.bodyLang() != "en" {
		return false
	}
	w := u.word(0)
	return d.m.call[w] && d.m.lang[w] != ""
}

// foreignDate returns the index of the word of unit i that is a month
// name of another language than the document's, or -1: a date line at the
// top or the bottom of an English article left in the page's language
// ("Articol de …, 31 Ianuarie 2023") is untranslated page furniture.
func (d *detector) foreignDate(i int) int {
	u := &d.us[i]
	if u.nwords > maxShortCallWords || u.sentence() || !d.inEdge(i) || u.nameLike(d.text) {
		return -1
	}
	month := d.dateMonth(i, true)
	if month < 0 || d.bodyLang() != "en" {
		return -1
	}
	// a run of date lines is a table or a list of dates, content: the same
	// day in several languages
	if i > 0 && d.us[i-1].block != u.block && d.dateMonth(i-1, false) >= 0 ||
		i+1 < len(d.us) && d.us[i+1].block != u.block && d.dateMonth(i+1, false) >= 0 {
		return -1
	}
	return month
}

// dateMonth returns the index of the word of unit i that is a month name
// beside a number (a date: "Maja" alone is a name), of another language
// only when foreign is set; -1 when there is none.
func (d *detector) dateMonth(i int, foreign bool) int {
	u := &d.us[i]
	for k := range u.ws {
		if w := u.word(k); d.m.month[w] && (!foreign || d.m.lang[w] != "") && (k > 0 && allDigits(u.word(k-1)) || k+1 < len(u.ws) && allDigits(u.word(k+1))) {
			return k
		}
	}
	return -1
}

// bodyLang is the language of the article's prose, by the function words
// of its prose lines that the packs of one language hold: the document's
// declared or default language may not be the one it is written in. It is
// "" when no prose or no pack word is found; worked out once, on first use.
func (d *detector) bodyLang() string {
	if d.lang != nil {
		return *d.lang
	}
	count := map[string]int{}
	for i := range d.us {
		u := &d.us[i]
		if !u.prose() {
			continue
		}
		for k := range u.ws {
			if l := d.m.fnLang[u.word(k)]; l != "" {
				count[l]++
			}
		}
	}
	best := ""
	for l, n := range count {
		if n > count[best] || n == count[best] && l < best {
			best = l
		}
	}
	d.lang = &best
	return best
}

// embedResidue: what an embedded post leaves behind, "… pic.twitter.com/x
// — Name (@handle) March 3, 2021": a post link, or a handle in brackets
// followed by a date.
func (d *detector) embedResidue(i int) bool {
	u := &d.us[i]
	if u.nwords > maxEmbedWords {
		return false
	}
	t := d.text[u.Start:u.End]
	if bytes.IndexByte(t, '/') >= 0 && bytes.Contains(t, []byte("pic.twitter.com/")) {
		return true
	}
	k := bytes.LastIndexByte(t, '@')
	if k < 1 || t[k-1] != '(' || bytes.IndexByte(t[k:], ')') < 0 {
		return false
	}
	k--
	// a date after the handle: a month name or a year
	after := t[k+bytes.IndexByte(t[k:], ')'):]
	return hasYear(after) || d.hasMonth(i, after)
}

// galleryLabel: a caption closed by the number of a gallery picture,
// "Crowds at the harbour - Photo 2": a dash, a photo word and a number of
// at most two digits end a line that is not a sentence.
func (d *detector) galleryLabel(i int) bool {
	u := &d.us[i]
	n := len(u.ws)
	if n < 2 || u.nwords != n || u.sentence() || strings.ContainsRune(".!?", u.final) {
		return false
	}
	num := u.word(n - 1)
	if len(num) > 2 || !allDigits(num) || !d.m.photo[u.word(n-2)] {
		return false
	}
	// the label is set off by a dash or a bar: "… - Photo 2"
	before := bytes.TrimRight(d.text[u.Start:u.wordStart(d.text, n-2)], " \t")
	r, _ := utf8.DecodeLastRune(before)
	return r == '-' || r == '–' || r == '—' || r == '|'
}

// sectionName: the name of a site section alone on a line at the top or
// the bottom, "World news", "in Politics", "Club News": two to
// maxSectionWords words, the last a section word. A title with another
// headline below it, before the first paragraph, may be one.
func (d *detector) sectionName(i int) bool {
	u := &d.us[i]
	n := len(u.ws)
	if n < 2 || u.nwords != n || n > maxSectionWords || !u.headlineLike() || u.ellipsis || !d.inEdge(i) {
		return false
	}
	if !d.m.section[u.word(n-1)] {
		return false
	}
	return u.kind != lint.Title || d.titleAfter(i)
}

// maxSectionWords: a section name alone on a line is this short.
const maxSectionWords = 3

// hasYear reports whether b holds a four-digit year 19xx or 20xx standing
// alone.
func hasYear(b []byte) bool {
	for k := 0; k+4 <= len(b); k++ {
		if (b[k] == '1' && b[k+1] == '9' || b[k] == '2' && b[k+1] == '0') && isDigit(b[k+2]) && isDigit(b[k+3]) &&
			(k == 0 || !isDigit(b[k-1])) && (k+4 == len(b) || !isDigit(b[k+4])) {
			return true
		}
	}
	return false
}

// hasMonth reports whether a word of unit i within b is a month name.
func (d *detector) hasMonth(i int, b []byte) bool {
	u := &d.us[i]
	off := len(d.text[u.Start:u.End]) - len(b) + u.Start
	at := u.Start // where word k starts, found word by word
	for k := range u.ws {
		at = nextWord(d.text, at, u.End)
		if at >= off && d.m.month[u.word(k)] {
			return true
		}
		at = wordEnd(d.text, at, u.End)
	}
	return false
}

// navLink: "← Older post title" or "Newer post title →" at the top or the
// bottom: a short headline-like line opened or closed by an arrow.
func (d *detector) navLink(i int) bool {
	u := &d.us[i]
	if u.nwords > maxNavWords || !d.inEdge(i) || u.sentence() {
		return false
	}
	t := d.text[u.Start:u.End]
	first, _ := utf8.DecodeRune(t)
	last, _ := utf8.DecodeLastRune(t)
	return isArrow(first) || isArrow(last)
}

func isArrow(r rune) bool {
	return r == '←' || r == '→' || r == '⟵' || r == '⟶' || r == '⇐' || r == '⇒'
}

// separatorRow: a breadcrumb, menu or post-metadata row at the top or the
// bottom, "Home › World › Europe", "Politics | Economy | Sport", "Code: 12 |
// Category: World": short items, or "Key: value" items, between
// separators of one kind.
func (d *detector) separatorRow(i int) bool {
	u := &d.us[i]
	if u.nwords > maxNavWords || u.nwords < 2 || !d.inEdge(i) || u.sentence() || u.nfunc*2 > u.nwords {
		return false
	}
	t := d.text[u.Start:u.End]
	if bytes.IndexByte(t, '[') >= 0 && bytes.IndexByte(t, ']') > bytes.IndexByte(t, '[') {
		return false // "[Function | RegExp | Boolean]": choices in brackets, a type or a syntax
	}
	if d.dayWords(i) >= minTimetableDays {
		return false // "Mon – Fri | 9:00 – 17:00 | Sat | Closed": a timetable's row
	}
	for _, sep := range rowSeparators {
		if bytes.Count(t, []byte(sep)) < minSeparators {
			continue
		}
		short := func(_ lint.Span, n int) bool { return n <= maxSegmentWords }
		// "Code: 12 | Published: 2024/1/2 - 14:46 | Category: World"
		labelled := func(s lint.Span, n int) bool {
			return n <= maxLabelledSegmentWords && bytes.IndexByte(d.text[s.Start:s.End], ':') >= 0
		}
		if d.segments(u, sep, short) || d.segments(u, sep, labelled) {
			return true
		}
	}
	return false
}

var rowSeparators = []string{" | ", " • ", " › ", " · ", " / ", " > "}

// segments reports whether ok holds for every piece of unit u between the
// separators sep, given its span and its number of words.
func (d *detector) segments(u *unit, sep string, ok func(s lint.Span, words int) bool) bool {
	t := d.text[u.Start:u.End]
	at := 0
	for {
		e := bytes.Index(t[at:], []byte(sep))
		end := len(t)
		if e >= 0 {
			end = at + e
		}
		s := lint.Span{Start: u.Start + at, End: u.Start + end}
		if !ok(s, len(d.doc.WordsIn(s))) {
			return false
		}
		if e < 0 {
			return true
		}
		at = end + len(sep)
	}
}

// chromeSign reports whether unit i bears a mark of a widget, the evidence
// of shape that repetition across the run may strengthen: a call verb, a
// network or share word, a separator row, an arrow, a handle or a link.
func (d *detector) chromeSign(i int) bool {
	u := &d.us[i]
	if d.callVerb(i) {
		return true
	}
	for k := range u.ws {
		if w := u.word(k); d.m.share[w] && utf8.RuneCountInString(w) >= 3 {
			return true
		}
	}
	t := d.text[u.Start:u.End]
	first, _ := utf8.DecodeRune(t)
	last, _ := utf8.DecodeLastRune(t)
	if isArrow(first) || isArrow(last) {
		return true
	}
	for _, sep := range rowSeparators {
		if bytes.Contains(t, []byte(sep)) {
			return true
		}
	}
	return bytes.Contains(t, []byte("://")) || bytes.Contains(t, []byte("www.")) || hasHandle(t)
}

// hasHandle reports whether b holds an @handle.
func hasHandle(b []byte) bool {
	for k := 0; k+1 < len(b); k++ {
		if b[k] != '@' || k > 0 && b[k-1] != ' ' && b[k-1] != '(' || b[k+1] >= utf8.RuneSelf || !asciiWord[b[k+1]] {
			continue
		}
		// a handle ends the word; "@scope/package" is a path
		e := k + 1
		for e < len(b) && b[e] < utf8.RuneSelf && (asciiWord[b[e]] || b[e] == '_') {
			e++
		}
		if e == len(b) || b[e] != '/' {
			return true
		}
	}
	return false
}

// strippedCall: the page's last line opens with a call verb and ends with
// the colon of the buttons or links it introduced, which the copy lost:
// "Follow us:", "Subscribe to our channels:". Nothing but white space and
// closing tags follows in the source (a code block or a list after
// "Install it with:" is the page's content), or only lines found to be
// chrome.
func (d *detector) strippedCall(i int) bool {
	u := &d.us[i]
	if u.final != ':' || u.nwords > maxCallWords || !d.inBottom(i) || !d.callVerb(i) || !u.capitalised(d.text, 0) {
		return false
	}
	for j := i + 1; j < len(d.us); j++ {
		if d.why[j] == "" {
			return false
		}
	}
	end := len(d.doc.Src)
	if i+1 < len(d.us) {
		end = d.us[i+1].Start
	}
	return onlyClosingTags(d.doc.Src[u.End:end])
}

// onlyClosingTags reports whether b holds only white space and closing
// tags ("</p></body>"): an embed ("<iframe …>") is what a call introduced,
// still there.
func onlyClosingTags(b []byte) bool {
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		case c == '<' && i+1 < len(b) && b[i+1] == '/':
			k := bytes.IndexByte(b[i:], '>')
			if k < 0 {
				return false
			}
			i += k
		default:
			return false
		}
	}
	return true
}
