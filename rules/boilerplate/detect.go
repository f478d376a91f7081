package boilerplate

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/textkey"
)

// Reasons, shown in messages.
const (
	whyPhrase   = "site chrome"
	whyList     = "related-articles list"
	whyShare    = "share or counter widget"
	whyCalendar = "calendar widget"
	whyBio      = "author box"
	whyClosing  = "author bio"
	whyHeader   = "site header"
	whyFooter   = "page footer"
	whyTags     = "tag or menu widget"
	whyCorpus   = "line repeated across files"
	whyCall     = "call to follow or share"
	whyEmbed    = "embedded post residue"
	whyNav      = "navigation link or breadcrumb"
	whyGallery  = "photo-gallery label"
	whySection  = "site section name"
	whyDate     = "date line"
	whyNote     = "disclaimer"
	whyRating   = "rating or poll widget"
)

// detector holds the state of one Check.
type detector struct {
	doc      *lint.Document
	text     []byte
	m        *matcher
	us       []unit
	why      []string // reason per unit, "" when the unit is article text
	footer   []bool
	phrase   []string // the phrase or key that matched, for the message
	weak     []bool   // the unit is chrome on evidence too weak for a fix
	table    []int8   // tableRow per unit, once asked: 0 not yet, 1 no, 2 yes
	lang     *string  // bodyLang, once worked out
	first    int      // first prose unit (len(us) when none)
	last     int      // last prose unit (-1 when none)
	minFiles int
	s        *scratch // buffers for the detector's own use
}

func (d *detector) mark(i int, why, what string) {
	if d.why[i] == "" && !d.authoredCall(i, why, what) {
		d.why[i] = why
		d.phrase[i] = what
	}
}

// markWeak marks unit i as chrome on evidence that --fix must not act on:
// shape alone, or repetition across the run.
func (d *detector) markWeak(i int, why, what string) {
	if d.why[i] == "" {
		d.mark(i, why, what)
		d.weak[i] = d.why[i] != ""
	}
}

// inTop and inBottom: above the article's first paragraph of prose, below
// its last. A page with no prose at all has no edges: chrome clusters
// around an article body, and a page of headings, code and lists (a
// reference page) has none.
func (d *detector) inTop(i int) bool    { return d.last >= 0 && i < d.first }
func (d *detector) inBottom(i int) bool { return d.last >= 0 && i > d.last }
func (d *detector) inEdge(i int) bool   { return d.inTop(i) || d.inBottom(i) }

// skip: units the rule never calls chrome: quotations and captions (photo
// credits), quoted lines, and the entries of a page's table of contents.
func (d *detector) skip(i int) bool {
	u := &d.us[i]
	return u.kind == lint.Quote || u.kind == lint.Caption || u.quoted || u.kind == lint.ListItem && d.tocEntry(i) || d.tableRow(i)
}

// tableRow: a row of a Markdown table, whose pipes the reader masked: data
// the author laid out, not a row of links. Most passes ask it of every
// unit (skip), so the answer is kept: a paragraph's line is long to search.
func (d *detector) tableRow(i int) bool {
	if d.table[i] == 0 {
		d.table[i] = 1
		if d.searchTableRow(i) {
			d.table[i] = 2
		}
	}
	return d.table[i] == 2
}

// searchTableRow is tableRow, searched for.
func (d *detector) searchTableRow(i int) bool {
	u := &d.us[i]
	if d.doc.Format != lint.FormatMarkdown {
		return false
	}
	// the unit's lines, searched for their pipes with IndexByte: a
	// paragraph's units each read the whole line
	src := d.doc.Src
	s := bytes.LastIndexByte(src[:u.Start], '\n') + 1
	e := len(src)
	if n := bytes.IndexByte(src[u.End:], '\n'); n >= 0 {
		e = u.End + n
	}
	for k := s; k < e; k++ {
		n := bytes.IndexByte(src[k:e], '|')
		if n < 0 {
			return false
		}
		if k += n; d.text[k] == ' ' {
			return true
		}
	}
	return false
}

func (d *detector) regions() {
	d.first, d.last = len(d.us), -1
	for i := range d.us {
		// a long title is not the body: the header lies below it too
		if d.us[i].prose() && d.us[i].kind != lint.Title && !d.headlineOverDate(i) {
			if d.first == len(d.us) {
				d.first = i
			}
			d.last = i
		}
	}
}

// headlineOverDate: the page's first line, alone in its block, over a
// date line: a headline however long, the header lies below it.
func (d *detector) headlineOverDate(i int) bool {
	return i == 0 && len(d.us) > 1 && d.us[1].block != d.us[0].block && d.us[1].dateLike(d.text, d.m)
}

// markBlock marks every unit of the block of unit i.
func (d *detector) markBlock(i int, why, what string) {
	b := d.us[i].block
	for j := i; j >= 0 && d.us[j].block == b; j-- {
		d.mark(j, why, what)
	}
	for j := i + 1; j < len(d.us) && d.us[j].block == b; j++ {
		d.mark(j, why, what)
	}
}

func isSeparator(r rune) bool {
	return r == 0 || strings.ContainsRune(":-–—|>»→•", r)
}

// phrases applies the phrase packs.
// continuation: a line that goes on with the sentence of the line above
// in its block (no full stop, question mark or colon ends that one, and
// this one starts in lower case), as "…in the build command,\nlike this:".
// It is prose, whatever phrase it holds.
func (d *detector) continuation(i int) bool {
	u := &d.us[i]
	if u.first || i == 0 || d.us[i-1].block != u.block || len(u.ws) == 0 || strings.ContainsRune(".!?:", d.us[i-1].final) {
		return false
	}
	r, _ := utf8.DecodeRune(d.text[u.wordStart(d.text, 0):u.End]) // the first word's first rune
	return unicode.IsLower(r)
}

// identifier: the line opens with a name of code joined by underscores
// ("related_posts"), not with words.
func (d *detector) identifier(i int) bool {
	u := &d.us[i]
	if len(u.ws) == 0 {
		return false
	}
	e := u.rawEnd(d.text, 0)
	return e < len(d.doc.Src) && d.doc.Src[e] == '_'
}

func (d *detector) phrases() {
	m := d.m
	for i := range d.us {
		if d.skip(i) {
			continue
		}
		u := &d.us[i]
		if d.continuation(i) || d.identifier(i) {
			continue
		}
		anchored := m.firstAnchored[u.word(0)]
		if u.folded() && anchored >= u.nwords && m.line[u.norm] {
			d.mark(i, whyPhrase, u.rawText(d.text, 0, len(u.ws)))
			continue
		}
		if d.copyright(i) && d.footerPlace(i) {
			d.mark(i, whyFooter, "©")
			d.footer[i] = true
			continue
		}
		for k := min(anchored, len(u.ws)); k >= 1; k-- {
			p := u.words(0, k)
			if m.list[p] && k == u.nwords {
				d.mark(i, whyList, u.rawText(d.text, 0, k))
				if d.why[i] == whyList && d.listFollowers(i) == 0 {
					d.why[i] = whyPhrase
				}
				break
			}
			if u.first && m.start[p] {
				d.markBlock(i, whyPhrase, u.rawText(d.text, 0, k))
				break
			}
			if k < u.nwords && !isSeparator(u.afterWords(d.text, k)) {
				continue
			}
			if m.label[p] && !d.labelUse(u, k) {
				continue
			}
			if (m.label[p] || m.list[p] || m.edge[p] && d.inEdge(i)) && !d.sectionLabel(i) {
				d.mark(i, whyPhrase, u.rawText(d.text, 0, k))
				break
			}
		}
		if d.why[i] != "" || u.nwords > 12 || !d.inEdge(i) {
			continue
		}
		for a := 0; a < len(u.ws) && d.why[i] == ""; a++ {
			for k := 1; k <= m.firstShort[u.word(a)] && a+k <= len(u.ws); k++ {
				p := u.words(a, a+k)
				if m.footer[p] && !d.footerPlace(i) {
					break // the notice of a license above the text, or in a section of its own
				}
				if m.footer[p] {
					d.mark(i, whyFooter, u.rawText(d.text, a, a+k))
					d.footer[i] = true
					break
				}
				if m.short[p] {
					d.mark(i, whyPhrase, u.rawText(d.text, a, a+k))
					break
				}
			}
		}
	}
}

// sectionLabel: a label that is the article's own structure: a heading
// over a paragraph of prose, or of at least minSectionBodyWords words
// ("Comments" heading a section about comments), or an item of a list in
// the article body (a table of contents).
func (d *detector) sectionLabel(i int) bool {
	switch d.us[i].kind {
	case lint.Heading:
		if i+1 == len(d.us) {
			return false
		}
		n := &d.us[i+1]
		return n.prose() || n.kind == lint.Paragraph && n.nwords >= minSectionBodyWords || !d.inEdge(i)

	case lint.ListItem:
		return !d.inEdge(i) || d.tocEntry(i)
	}
	return false
}

// loneItem: a heading, or a list item between items that are no share
// buttons: one word such as "Mail" there names a section or an entry of a
// list, where a share row has its buttons side by side.
func (d *detector) loneItem(i int) bool {
	switch d.us[i].kind {
	case lint.Heading:
		return true
	case lint.ListItem:
		return !d.shareWord(i-1) && !d.shareWord(i+1)
	}
	return false
}

// shareWord: unit i exists and opens with a word of a share button.
func (d *detector) shareWord(i int) bool {
	return i >= 0 && i < len(d.us) && len(d.us[i].ws) > 0 && d.m.share[d.us[i].word(0)]
}

// labelUse: the first k words of u stand as a label ("Tags: politics",
// "Tags" alone on a line), not as the text of a link ("[Tags](…)") nor as a
// prefix glued to a name ("Tags:Highlight").
func (d *detector) labelUse(u *unit, k int) bool {
	src := d.doc.Src
	s, e := u.wordStart(d.text, 0), u.rawEnd(d.text, k-1)
	if s > 0 && src[s-1] == '[' && e < len(src) && src[e] == ']' {
		return false
	}
	if e+1 < len(src) && src[e] == ':' {
		r, _ := utf8.DecodeRune(src[e+1:])
		return !unicode.IsLetter(r)
	}
	return true
}

// tocEntry: a list item linking to a place of the same page ("- [Mail](#mail)")
// is a table of contents, the page's own structure.
func (d *detector) tocEntry(i int) bool {
	u := &d.us[i]
	if d.doc.Format != lint.FormatMarkdown {
		return false
	}
	line := d.doc.LineSpan(d.doc.Position(u.Start).Line)
	return bytes.Contains(d.doc.Src[line.Start:line.End], []byte("](#"))
}

// minSectionBodyWords: a heading over a paragraph this long heads a section
// of the article.
const minSectionBodyWords = 8

// footerPlace: a page footer lies below the article's last paragraph (or
// on a page with no prose). A copyright notice above the first paragraph
// heads a license or a source file, and one between paragraphs is a
// license section or a photo credit: the document's own.
func (d *detector) footerPlace(i int) bool {
	return d.inBottom(i) || d.last < 0
}

// copyright: a short line that opens with "©", "(c)" or "Copyright 2024".
func (d *detector) copyright(i int) bool {
	u := &d.us[i]
	if u.nwords > 12 {
		return false
	}
	t := d.text[u.Start:u.End]
	r, _ := utf8.DecodeRune(t)
	return r == '©' || hasPrefixFold(t, "(c)") ||
		u.word(0) == "copyright" && len(u.ws) > 1 && allDigits(u.word(1))
}

func hasPrefixFold(b []byte, p string) bool {
	return len(b) >= len(p) && strings.EqualFold(string(b[:len(p)]), p)
}

// listFollowers marks the link titles after a list header: the list items
// right after it, the short lines right under it (no blank line between),
// or, in the last lines of the document, the short lines up to the next
// paragraph of prose. It returns how many it marked.
func (d *detector) listFollowers(i int) int {
	n := 0
	for j := i + 1; j < len(d.us) && n < 15; j++ {
		u := &d.us[j]
		short := u.nwords <= 25 && !u.prose() && u.kind != lint.Heading && !d.skip(j)
		switch {
		case u.kind == lint.ListItem && d.us[i].kind != lint.ListItem:
		case short && d.inBottom(j):
		case short && u.headlineLike() && !blankLineBetween(d.doc.Src, d.us[j-1].End, u.Start):
		default:
			return n
		}
		d.mark(j, whyList, d.phrase[i])
		n++
	}
	return n
}

// blankLineBetween reports whether src[a:b] holds an empty line.
func blankLineBetween(src []byte, a, b int) bool {
	nl := 0
	for _, c := range src[a:b] {
		switch c {
		case '\n':
			if nl++; nl == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			nl = 0
		}
	}
	return false
}

// shareWidgets: lines made only of network names, share words and counts.
func (d *detector) shareWidgets() {
	for i := range d.us {
		u := &d.us[i]
		if d.why[i] != "" || d.skip(i) || u.nwords > 12 || u.final == '.' {
			continue
		}
		named := false
		ok := true
		for k := range u.ws {
			w := u.word(k)
			switch {
			case d.m.share[w]:
				named = named || utf8.RuneCountInString(w) >= 3
			case allDigits(w) || isCount(w):
			default:
				ok = false
			}
		}
		// a heading over a section is the page's own ("Mastodon" over how
		// the project uses it)
		if ok && named && (u.nwords >= 2 || d.inEdge(i) && !d.loneItem(i)) && !(u.kind == lint.Heading && d.sectionLabel(i)) {
			d.mark(i, whyShare, "")
		}
	}
}

// isCount: "12k", "1m", "3к".
func isCount(w string) bool {
	r, n := utf8.DecodeLastRuneInString(w)
	return len(w) > n && allDigits(w[:len(w)-n]) && strings.ContainsRune("kmкм", r)
}

// calendars: a grid of day numbers under a row of weekday names, with its
// month line and its title.
func (d *detector) calendars() {
	n := len(d.us)
	for i := 0; i < n; {
		if !d.weekdayRow(i) && !d.dayRow(i) {
			i++
			continue
		}
		j, week, days := i, 0, 0
		for ; j < n; j++ {
			if d.weekdayRow(j) {
				week++
			} else if d.dayRow(j) {
				days++
			} else {
				break
			}
		}
		if week == 0 && (days < 3 || !d.daysCountUp(i, j)) {
			i = j
			continue
		}
		s, e := i, j
		for k := 0; k < 2 && s > 0 && d.calendarHead(s-1); k++ {
			s--
		}
		if e < n && d.monthNav(e) {
			e++
		}
		for k := s; k < e; k++ {
			d.mark(k, whyCalendar, "")
		}
		i = j
	}
}

// daysCountUp: the day numbers of units [i, j), read in order, count up by
// one (a month may end and the next begin: "29 30 31 1 2"). Without a
// weekday row, that is what tells a calendar from a column of figures.
func (d *detector) daysCountUp(i, j int) bool {
	prev := 0
	for k := i; k < j; k++ {
		u := &d.us[k]
		for w := range u.ws {
			n, _ := strconv.Atoi(u.word(w))
			if prev > 0 && n != prev+1 && !(n == 1 && prev >= 28) {
				return false
			}
			prev = n
		}
	}
	return true
}

func (d *detector) weekdayRow(i int) bool {
	u := &d.us[i]
	if u.nwords < 5 || u.nwords > 8 {
		return false
	}
	seen := map[string]bool{}
	for k := range u.ws {
		w := u.word(k)
		if !d.m.weekday[w] {
			return false
		}
		seen[w] = true
	}
	return len(seen) >= 5
}

func (d *detector) dayRow(i int) bool {
	u := &d.us[i]
	if u.nwords < 1 || u.nwords > 7 {
		return false
	}
	for _, c := range d.text[u.Start:u.End] {
		if !isDigit(c) && c != ' ' && c != '\t' {
			return false
		}
	}
	for k := range u.ws {
		w := u.word(k)
		if len(w) > 2 || w == "0" || w == "00" || w > "31" && len(w) == 2 {
			return false
		}
	}
	return true
}

// calendarHead: "March 2019", "News Calendar", "Архив новостей".
func (d *detector) calendarHead(i int) bool {
	u := &d.us[i]
	if u.nwords > 4 || !u.headlineLike() {
		return false
	}
	for k := range u.ws {
		if d.m.calendar[u.word(k)] || k+1 < len(u.ws) && d.m.calendar[u.words(k, k+2)] {
			return true
		}
	}
	month := false
	for k := range u.ws {
		w := u.word(k)
		month = month || d.m.month[w]
		if !d.m.month[w] && !allDigits(w) && !d.m.fn[w] {
			return false
		}
	}
	return month
}

// monthNav: "« Feb   Apr »" under a calendar.
func (d *detector) monthNav(i int) bool {
	u := &d.us[i]
	if u.nwords > 4 {
		return false
	}
	for k := range u.ws {
		if !d.m.month[u.word(k)] {
			return false
		}
	}
	return true
}

// bioKeyAt returns the length in words of the author-box key that starts at
// word a of unit i and is followed by a colon, or 0.
func (d *detector) bioKeyAt(i, a int) int {
	u := &d.us[i]
	for k := min(d.m.firstBio[u.word(a)], len(u.ws)-a); k >= 1; k-- {
		w := u.words(a, a+k)
		if (d.m.bioKey[w] || d.m.bioField[w]) && a+k < u.nwords && u.afterWords(d.text, a+k) == ':' {
			return k
		}
	}
	return 0
}

// bioKeys returns the author-box keys of unit i, and whether one of them
// is a strong one (Specialization, Description) rather than a field any
// fact box may have (Position, Education).
func (d *detector) bioKeys(i int) (keys map[string]bool, strong bool) {
	u := &d.us[i]
	keys = map[string]bool{}
	for a := 0; a < len(u.ws); a++ {
		if k := d.bioKeyAt(i, a); k > 0 {
			w := u.words(a, a+k)
			keys[w] = true
			strong = strong || d.m.bioKey[w]
		}
	}
	return keys, strong
}

// bioBoxes: a name line and "Key: value" lines (Specialization: …
// Description: …).
func (d *detector) bioBoxes() {
	n := len(d.us)
	for i := 0; i < n; i++ {
		if d.skip(i) || d.bioKeyAt(i, 0) == 0 {
			continue
		}
		keys, strong := d.bioKeys(i)
		name := i > 0 && d.us[i-1].nameLike(d.text) && d.why[i-1] == ""
		next := i+1 < n && d.bioKeyAt(i+1, 0) > 0
		if len(keys) < 2 && !name && !next {
			continue
		}
		s, e := i, i+1
		for e < n && d.bioKeyAt(e, 0) > 0 {
			_, st := d.bioKeys(e)
			strong = strong || st
			e++
		}
		for s > 0 && d.bioKeyAt(s-1, 0) > 0 {
			_, st := d.bioKeys(s - 1)
			strong = strong || st
			s--
		}
		if !strong {
			i = e - 1
			continue
		}
		key := d.us[s].rawText(d.text, 0, d.bioKeyAt(s, 0))
		if s > 0 && d.us[s-1].nameLike(d.text) {
			s--
		}
		for k := s; k < e; k++ {
			d.mark(k, whyBio, key)
		}
		i = e - 1
	}
}

// closingBio: the last paragraph is "Emma Matthew is a political analyst
// for …": a full name, a linking verb or a dash, and a role.
func (d *detector) closingBio() {
	i := len(d.us) - 1
	for i >= 0 && (d.why[i] != "" || d.us[i].nwords < 5) {
		i--
	}
	if i <= 0 || d.first >= i || d.skip(i) {
		return
	}
	u := &d.us[i]
	if u.kind != lint.Paragraph && u.kind != lint.Byline || u.final != '.' {
		return
	}
	nm := 0
	for nm < len(u.ws) && nm < 4 && u.capitalised(d.text, nm) && !d.m.fn[u.word(nm)] {
		nm++
	}
	if nm < 2 || nm == 4 {
		return
	}
	link := u.afterWords(d.text, nm)
	if link != '—' && link != '–' && !(unicode.IsLetter(link) && d.m.bioLink[u.word(nm)]) {
		return
	}
	// counted last: splitting the paragraph into words is the dearest test
	if len(d.doc.WordsIn(u.Span)) > 60 {
		return
	}
	for k := nm; k < len(u.ws) && k < nm+7; k++ {
		for _, stem := range d.m.bioRole {
			if strings.HasPrefix(u.words(k, min(k+strings.Count(stem, " ")+1, len(u.ws))), stem) {
				switch h := d.bioHeading(i); {
				case h >= 0:
					// the box's text: one piece of chrome with its heading
					d.markBlock(i, d.why[h], d.phrase[h])
				case !d.bioSubject(i, nm):
					d.markBlock(i, whyClosing, "")
				}
				return
			}
		}
	}
}

// bioSubject: the person of the bio-shaped closing paragraph i, whose name
// is its first nm words, is the article's subject: the name's last word
// (the surname, which the full name holds too) stands in a sentence of the
// body before it. A story that closes on who its subject is ("Anna Berg is
// a writer and author of …" after paragraphs about Anna Berg's new book)
// is content; an author bio speaks of a writer whom the body never names,
// who is at most in the byline or a credit line, which do not count.
func (d *detector) bioSubject(i, nm int) bool {
	u := &d.us[i]
	sn := u.rawSpan(d.text, nm-1)
	surname := d.text[sn.Start:sn.End]
	given := make([]string, 0, nm-1)
	for k := 0; k < nm-1; k++ {
		given = append(given, u.word(k))
	}
	for k := d.first; k < i; k++ {
		v := &d.us[k]
		if d.why[k] != "" || !v.prose() || v.bylineLike() || v.kind == lint.Caption || v.kind == lint.Title || v.kind == lint.Heading {
			continue
		}
		if namedIn(d.text, v.Span, surname, given) {
			return true
		}
	}
	return false
}

// bioHeading returns the unit of the heading of an author box ("About the
// author") right above the block of unit i, or -1. Under it the paragraph is
// the writer's bio whoever the body names.
func (d *detector) bioHeading(i int) int {
	j := i - 1
	for j >= 0 && d.us[j].block == d.us[i].block {
		j--
	}
	if j >= 0 && d.why[j] != "" && d.m.bioKey[d.us[j].norm] {
		return j
	}
	return -1
}

// namedIn reports whether the word surname stands in text[s] (case and
// all), not as the name of a credit: a name after "by" ("Reporting by Anna
// Berg", "von Anna Berg") credits the text's writer and says nothing of its
// subject. given are the folded given names that may stand before the
// surname.
func namedIn(text []byte, s lint.Span, surname []byte, given []string) bool {
	t := text[s.Start:s.End]
	for off := 0; ; {
		j := bytes.Index(t[off:], surname)
		if j < 0 {
			return false
		}
		a, b := off+j, off+j+len(surname)
		off = b
		if r, _ := utf8.DecodeLastRune(t[:a]); a > 0 && lint.IsWordRune(r) {
			continue
		}
		if r, _ := utf8.DecodeRune(t[b:]); b < len(t) && lint.IsWordRune(r) {
			continue
		}
		// back over the given names before the surname, to the word
		// before the whole name
		w, ws := prevWord(t, a)
		for g := len(given) - 1; g >= 0 && ws >= 0 && textkey.Normalize(w) == given[g]; g-- {
			w, ws = prevWord(t, ws)
		}
		if !creditWords[textkey.Normalize(w)] {
			return true
		}
	}
}

// prevWord returns the word before t[:end] (the unit's words: runs of word
// runes), and its start; "" and -1 when there is none.
func prevWord(t []byte, end int) (string, int) {
	e := end
	for e > 0 {
		r, n := utf8.DecodeLastRune(t[:e])
		if lint.IsWordRune(r) {
			break
		}
		e -= n
	}
	s := e
	for s > 0 {
		r, n := utf8.DecodeLastRune(t[:s])
		if !lint.IsWordRune(r) {
			break
		}
		s -= n
	}
	if s == e {
		return "", -1
	}
	return string(t[s:e]), s
}

// edges: chrome that is recognised by where it sits, in the lines above the
// article's first paragraph and below its last.
func (d *detector) edges() {
	n := len(d.us)
	top := d.top()
	small := func(i int) bool {
		u := &d.us[i]
		return u.nwords <= 3 && u.Len() <= 80 && u.nfunc == 0 && u.headlineLike() && !u.ellipsis && !d.skip(i) &&
			!u.dateLike(d.text, d.m) && u.kind != lint.ListItem && u.kind != lint.Heading
	}
	// A site name printed twice above the title (logo text and link), in
	// the first lines, a few lines apart.
	head := min(top, maxHeaderUnits)
	for i := 0; i < min(head, maxLogoGap); i++ {
		ui := &d.us[i]
		if ui.nwords > 4 || ui.Len() > 80 || ui.nfunc > 0 || !ui.headlineLike() || d.skip(i) || ui.kind == lint.Heading || ui.kind == lint.ListItem {
			continue
		}
		for j := i + 1; j < min(head, i+1+maxLogoGap); j++ {
			// each copy a line of its own: the last word of a wrapped
			// sentence ("… of\nerrors:") is no logo
			if d.us[j].norm == ui.norm && d.us[j].kind != lint.Heading && d.us[j].kind != lint.ListItem && d.ownBlock(i) && d.ownBlock(j) && d.titleAfter(j) {
				d.mark(i, whyHeader, "")
				d.mark(j, whyHeader, "")
			}
		}
	}
	// A menu: four or more one-to-three-word lines above the title.
	for i := 0; i < head; {
		j := i
		for j < head && small(j) {
			j++
		}
		if j-i >= 4 && d.titleAfter(j-1) {
			for k := i; k < j; k++ {
				d.markWeak(k, whyTags, "")
			}
		}
		i = j + 1
	}
	// Above chrome at the top, a tagline that is not the title.
	f, l := -1, -1
	for i := 0; i < head; i++ {
		if d.why[i] != "" && d.why[i] != whyCorpus {
			if f < 0 {
				f = i
			}
			l = i
		}
	}
	if f >= 0 && d.titleAfter(l) {
		for i := 0; i < l; i++ {
			u := &d.us[i]
			if d.why[i] != "" || u.nwords > 12 || d.skip(i) || u.bylineLike() || u.dateLike(d.text, d.m) || u.kind == lint.Heading {
				continue
			}
			if i > f || !u.headlineLike() {
				d.markWeak(i, whyHeader, "")
			}
		}
	}
	// Below a copyright line, the rest of the footer.
	for i := d.last + 1; i < n; i++ {
		if !d.footer[i] {
			continue
		}
		for j := i + 1; j < n && d.us[j].nwords <= 15 && !d.us[j].prose(); j++ {
			d.mark(j, whyFooter, "")
		}
		break
	}
	// Between two pieces of chrome at the bottom, short lines are chrome too.
	prev := -1
	for i := d.last + 1; i < n; i++ {
		if d.why[i] == "" {
			continue
		}
		if prev >= 0 && i-prev <= 4 {
			all := true
			for k := prev + 1; k < i; k++ {
				all = all && d.us[k].nwords <= 15 && !d.skip(k)
			}
			for k := prev + 1; all && k < i; k++ {
				if d.weak[prev] || d.weak[i] {
					d.markWeak(k, d.why[prev], d.phrase[prev])
				}
				d.mark(k, d.why[prev], d.phrase[prev])
			}
		}
		prev = i
	}
	// A tag cloud: three or more one-to-three-word lines closing the page,
	// each a block of its own (the lines of one paragraph are one piece of
	// text); in Markdown, where consecutive lines are one paragraph, blocks
	// on consecutive lines are the rows of a table, and a tag of a cloud
	// is a paragraph of its own.
	tag := func(i int) bool {
		return small(i) && d.ownBlock(i) &&
			(d.doc.Format != lint.FormatMarkdown || i == 0 || blankLineBetween(d.doc.Src, d.us[i-1].End, d.us[i].Start))
	}
	j := n
	for j > d.last+1 && (tag(j-1) || d.why[j-1] != "") {
		j--
	}
	// lines a paragraph ending with a colon introduces are its content
	if j > 0 && d.us[j-1].final == ':' {
		j = n
	}
	cnt, days := 0, 0
	for k := j; k < n; k++ {
		if d.why[k] == "" && !d.us[k].nameLike(d.text) {
			cnt++
		}
		if d.dayLine(k) {
			days++
		}
	}
	// a timetable's days over their hours ("Monday / Closed") are content
	if cnt >= 3 && days < minTimetableDays {
		for k := j; k < n; k++ {
			d.markWeak(k, whyTags, "")
		}
	}
}

// minTimetableDays: this many lines naming days make the short lines
// closing a page a timetable (opening hours), not a tag cloud.
const minTimetableDays = 2

// dayLine: a line of at most maxDayLineWords words naming days, "Monday",
// "Mon – Fri", "Saturday 10": a row of a timetable.
func (d *detector) dayLine(i int) bool {
	u := &d.us[i]
	if u.nwords > maxDayLineWords || !u.folded() {
		return false
	}
	day := false
	for k := range u.ws {
		w := u.word(k)
		switch {
		case d.m.day[w] || d.m.weekday[w]:
			day = true
		case allDigits(w):
		default:
			return false
		}
	}
	return day
}

// dayWords counts the folded words of unit i that name days.
func (d *detector) dayWords(i int) int {
	u := &d.us[i]
	n := 0
	for k := range u.ws {
		if w := u.word(k); d.m.day[w] || d.m.weekday[w] {
			n++
		}
	}
	return n
}

// maxDayLineWords: a timetable's day line is this short.
const maxDayLineWords = 4

// ownBlock reports whether unit i is the only line of its block.
func (d *detector) ownBlock(i int) bool {
	b := d.us[i].block
	return (i == 0 || d.us[i-1].block != b) && (i+1 == len(d.us) || d.us[i+1].block != b)
}

// maxTopUnits bounds the units above the first prose that the header
// checks look at: a site's header is a few dozen lines at most, and a page
// of thousands of list items before any prose (nothing to find there) made
// the pairwise checks quadratic.
const maxTopUnits = 200

// top is where the header checks stop: the first prose unit, or
// maxTopUnits.
func (d *detector) top() int {
	if d.last < 0 {
		return 0 // no prose, no header (see inTop)
	}
	return min(d.first, maxTopUnits)
}

// maxHeaderUnits: a site's header, its menu and tagline, lie in the first
// lines of the page.
const maxHeaderUnits = 20

// maxLogoGap: the two copies of a site's name in its header open the page
// and are at most this many lines apart.
const maxLogoGap = 3

// titleAfter reports whether an unmarked headline-like line (the article's
// title) follows unit i before the first paragraph of prose.
func (d *detector) titleAfter(i int) bool {
	for j, top := i+1, d.top(); j < top; j++ {
		u := &d.us[j]
		if d.why[j] == "" && u.headlineLike() && u.nwords >= 3 && u.norm != d.us[i].norm {
			return true
		}
	}
	return false
}

// Thresholds of a note on the text itself.
const (
	// maxNoteWords: a note that disclaims the text is a short paragraph.
	maxNoteWords = 50
	// maxNotePhraseWords: the longest opening or disclaiming phrase of
	// the packs, in words.
	maxNotePhraseWords = 7
)

// notes: a paragraph that speaks of the text itself and disclaims it,
// "The transcript below may differ from what was said on air", "This article was
// translated automatically and may contain errors": the page's note, not
// the article. It opens with a phrase of the packs' self kind and holds one
// of their hedge kind, and no prose lies before it or none after it: a
// note, prose-shaped itself, heads or closes the article ("The views
// expressed at the meeting do not necessarily reflect…" in the body is
// news).
func (d *detector) notes() {
	for i := range d.us {
		u := &d.us[i]
		if !u.first || d.why[i] != "" || d.skip(i) || u.kind == lint.Title || u.kind == lint.Heading || d.first < i && i < d.last || !d.selfOpening(u) {
			continue
		}
		hedge := ""
		for a := 1; a < len(u.ws) && hedge == ""; a++ {
			for k := 1; k <= maxNotePhraseWords && a+k <= len(u.ws); k++ {
				if p := u.words(a, a+k); d.m.hedge[p] {
					hedge = u.rawText(d.text, a, a+k)
					break
				}
			}
		}
		if hedge == "" || len(d.doc.WordsIn(d.doc.Blocks[u.block].Span)) > maxNoteWords {
			continue
		}
		d.markBlock(i, whyNote, hedge)
	}
}

// selfOpening: unit u opens with a phrase of the self kind ("The text
// below", "This article").
func (d *detector) selfOpening(u *unit) bool {
	for k := min(d.m.firstSelf[u.word(0)], len(u.ws)); k >= 1; k-- {
		if d.m.self[u.words(0, k)] {
			return true
		}
	}
	return false
}

// Thresholds of a rating widget's label.
const (
	// maxRatingWords: "Rate this article", "Bewerten Sie diesen Artikel".
	maxRatingWords = 4
	// maxRatingOther words of the label are neither its verb nor its
	// item, each at most maxRatingOtherRunes long: a determiner or a
	// pronoun ("this", "diesen", "Sie").
	maxRatingOther      = 2
	maxRatingOtherRunes = 6
)

// ratingWidget: the label of a rating widget, a paragraph of its own of
// at most maxRatingWords words, without final punctuation, that opens or
// closes with a rating verb and names the article by one of the packs'
// item words ("Rate this article", "Artikel bewerten"). Anywhere: the
// widget may sit between two articles of one page. List items (the
// steps of a how-to) and headings are left alone.
func (d *detector) ratingWidget(i int) bool {
	u := &d.us[i]
	n := len(u.ws)
	if n < 2 || u.nwords != n || n > maxRatingWords || u.kind != lint.Paragraph || !d.ownBlock(i) ||
		!unicode.IsLetter(u.final) || !d.m.rate[u.word(0)] && !d.m.rate[u.word(n-1)] {
		return false
	}
	item, other := false, 0
	for k := range u.ws {
		w := u.word(k)
		switch {
		case d.m.item[w]:
			item = true
		case d.m.rate[w]:
		case utf8.RuneCountInString(w) <= maxRatingOtherRunes:
			other++
		default:
			return false
		}
	}
	return item && other <= maxRatingOther
}

// maxPollWords: a reader poll on the article is a question this short.
const maxPollWords = 7

// readerPoll: a reader poll on the article at the top or the bottom, a
// paragraph of its own of at most maxPollWords words closed by a question
// mark, with a poll word and an item word ("Was this article helpful?",
// "Понравилась статья?"). In the body such a question is the article's
// (an interview).
func (d *detector) readerPoll(i int) bool {
	u := &d.us[i]
	n := len(u.ws)
	if n < 2 || u.nwords != n || n > maxPollWords || u.final != '?' || u.kind != lint.Paragraph || !d.ownBlock(i) || !d.inEdge(i) {
		return false
	}
	item, poll := false, false
	for k := range u.ws {
		w := u.word(k)
		item = item || d.m.item[w]
		poll = poll || d.m.poll[w]
	}
	return item && poll
}
