// Package boilerplate implements the rule that flags site chrome left in an
// article: theme notices, share and subscribe prompts, cookie banners,
// copyright footers, related-article lists, calendars and tag clouds, author
// boxes and closing author bios, found by phrase packs and by shape (shape.go),
// and, when several files are linted together, chrome-like lines that recur
// across the files of the run.
package boilerplate

import (
	"bytes"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/option"
	"github.com/translint/translint/lint/textkey"
)

// DefaultMinFiles is the number of files a line must appear in to count as
// boilerplate of the run.
const DefaultMinFiles = 3

// Options configure the rule.
type Options struct {
	// Phrases extend the built-in packs: "KIND: PHRASE" (see the kinds in
	// the rule's documentation) or a bare phrase, which must be a whole line.
	Phrases []string
	// MinFiles is the number of files of one run a line must appear in to
	// be boilerplate: DefaultMinFiles when 0, corpus learning off when < 0.
	MinFiles int
}

// Rule is the boilerplate rule. It is read-only after New and safe for
// concurrent use.
type Rule struct {
	opts     Options
	m        func() *matcher
	minFiles int
}

// builtinMatcher is the compiled form of the embedded packs, built on first
// use and shared by every rule: package init and New must stay cheap for
// start-up, and the CLI builds the rule list more than once per run.
var builtinMatcher = sync.OnceValue(func() *matcher {
	return newMatcher(mustBuiltinPhrases())
})

// mustBuiltinPhrases returns the phrases of the embedded packs. The packs
// are checked by the package's tests, so an error here is a build defect.
func mustBuiltinPhrases() []Phrase {
	ps, err := BuiltinPhrases()
	if err != nil {
		panic(err)
	}
	return ps
}

// New builds the rule with the built-in packs and the extra phrases. The
// packs are compiled on first use; extra phrases are checked here, and get
// a matcher of their own, also built on first use.
func New(opts Options) (*Rule, error) {
	var extra []Phrase
	for _, s := range opts.Phrases {
		p, err := ParsePhrase(s)
		if err != nil {
			return nil, err
		}
		extra = append(extra, p)
	}
	r := &Rule{opts: opts, m: builtinMatcher, minFiles: opts.MinFiles}
	if len(extra) > 0 {
		r.m = sync.OnceValue(func() *matcher {
			return newMatcher(append(mustBuiltinPhrases(), extra...))
		})
	}
	if r.minFiles == 0 {
		r.minFiles = DefaultMinFiles
	}
	return r, nil
}

// Default is the rule with its defaults.
func Default() *Rule {
	r, err := New(Options{})
	if err != nil {
		panic(err)
	}
	return r
}

// Configure implements lint.Configurable: "phrases" (a list of strings)
// extends the packs, "min-files" (an integer) sets corpus learning.
func (r *Rule) Configure(opts map[string]any) (lint.Rule, error) {
	o := r.opts
	in := struct {
		Phrases  []string `option:"phrases"`
		MinFiles int      `option:"min-files"`
	}{MinFiles: o.MinFiles}
	if err := option.Decode(opts, &in); err != nil {
		return nil, err
	}
	for _, p := range in.Phrases {
		if _, err := ParsePhrase(p); err != nil {
			return nil, &option.Error{Option: "phrases", Msg: err.Error()}
		}
	}
	if in.MinFiles == 0 || in.MinFiles == 1 {
		return nil, &option.Error{Option: "min-files", Msg: "want 2 or more, or a negative number to turn corpus learning off"}
	}
	o.Phrases = append(append([]string(nil), o.Phrases...), in.Phrases...)
	o.MinFiles = in.MinFiles
	return New(o)
}

// ID implements lint.Rule.
func (*Rule) ID() string { return "boilerplate" }

// DefaultSeverity implements lint.Rule.
func (*Rule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }

// UsesCorpus implements lint.CorpusUser.
func (r *Rule) UsesCorpus() bool { return r.minFiles > 0 }

// Doc implements lint.Rule.
func (*Rule) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Site chrome, widgets or author boxes left in the article",
		Text: `Scraped and machine-translated articles often keep pieces of the page around them:
theme notices ("Exit mobile version"), share and subscribe prompts, calls to follow
a channel, comment forms, cookie banners, copyright footers, "Read also" lists of
other articles, calendars, tag clouds, menus, breadcrumbs, previous/next-post
links, gallery labels, the residue of embedded posts, author boxes ("Anna Cooper /
Specialization: … Description: …") and closing author bios ("Emma Matthew is a
political analyst for …").

The rule reads the article line by line, in two ways. Phrase packs (English,
Russian, Ukrainian, German, French, Spanish, Polish, Romanian) are strong
evidence, always at block level: a phrase counts when it is the whole line or opens
the block, never inside running prose ("refuse to read more than maxSize bytes" is
fine). Shape finds chrome no pack names: a call verb and a social network in a short
line ("Join our Telegram channel"); a short line opened or closed by an arrow; a row
of at least two separators (| • › ·) between items of at most five words, or of
"Key: value" items (post metadata); a site section name on a line of two or three
words ("World news"); a caption closed by "- Photo 2"; a post link or "(@handle)"
and a date; a comma-separated tag line beside chrome at the bottom; a one- or
two-word site name between header chrome and the first paragraph; a call verb
opening the page's last line, which ends with the colon of the buttons it lost
("Follow us:"); a call verb, or
a date with a month name, of another language in a short line of an English
article (the article's language is read from the function words of its prose). Most shape patterns count
only where chrome clusters: above the article's first paragraph of prose and below
its last (a page with no prose has no such edges); a short line between two
pieces of chrome at the bottom is chrome too. Chrome in another language than
the document's is one finding that names the language.

When several files are linted in one run, a line found in at least min-files of
them is also reported, but only when it already looks like chrome: at most 12
words, not a full sentence, above the first or below the last paragraph, with a
mark of a widget (a call verb, a share word, a separator, an arrow, a link or a
handle). A sentence repeated across articles is never boilerplate, and an exact
copy of a file adds nothing to the counts. These findings are all that depends
on the set of files of a run; they say how many files hold the line.

Each finding spans the whole piece of chrome. The fix deletes it with one adjacent
blank line when a phrase of the packs, or a widget shape (calendar, author box,
copyright footer, a call to follow at an edge), found it; findings on shape alone
or on repetition across the run are reported without a fix, and so is chrome that
is not whole lines of whole blocks (link text in a list, a Markdown heading, the last
line of a wrapped paragraph) or shares a line with site-generator markup.

A site section glued to the title ("Harbour plan – Politics") is reported on the
suffix alone, and so is chrome inside a line: a link of the packs after an arrow or
an ellipsis at the end of a paragraph ("… → Continue reading"), a pictograph with a
bar before a headline ("⚓ | …"), and a news feed's source tag after a paragraph's
last sentence ("… the mayor said. Harbour Gazette": one to three words without
punctuation that name an outlet, by a word such as "newspaper" or "agency", or an
acronym in capitals alone, or capitalised words when at least two paragraphs of the
page end with such a tag). A first line that is the headline below it cut short
with a section name glued to it ("SportsThe club wins…") is reported whole, without
a fix. A page glued into one line, its segments numbered by a translation tool
("<1> … <2> …"), keeps its footer in the segments after the last one of prose:
there a label of the packs before a colon ("Source: …") and, last, a call that ends
with the colon of its lost buttons ("Follow us in the app you like:") are reported
on the segment alone.

Some chrome counts anywhere. The label of a rating widget, a paragraph of at most
four words with a rating verb and a word for the article ("Rate this story",
"Artikel bewerten"), even between two articles of one page, and, at the top or the
bottom, a reader poll on the article ("Was this article helpful?"). A short paragraph that
speaks of the text itself and disclaims it ("The transcript below may differ from
what was said on air", "This article was translated automatically and may contain
errors", "The views expressed in this column do not necessarily reflect those of
the newspaper"), when no prose lies before it or none after it. A paragraph of its own that opens with a call verb and names the site's
own outlets ("Watch the debate live on our website and YouTube channel."), and a
menu of at least two one-word section lines over the same one-word link with a
headline under one of them ("Politics / All / Society / All"). A first line over a
date line is the headline, however long: the header lies below it.

A call to action or a navigation link that the author wrote as a link with a target
in a Markdown, MDX or HTML source ("[Discuss on Mastodon](…)", an <a href> or a
<Link to> reading "Learn more →") is the page's own element and is left alone:
scraped chrome is the text a page leaves once its links are lost, as in a plain-text
article. This holds for calls to follow, share or discuss, navigation links, menus,
tag clouds, site names and sections, lines repeated across the run and pack phrases
opened by a call verb; theme notices, cookie banners, footers, author boxes and
calendars are reported whatever their markup.

Left alone: bylines and datelines ("By Jane Doe, Reuters", "March 3, 2024"),
captions and photo credits, quotations, editor's notes, phrases inside running
prose, a closing paragraph shaped like a bio whose person the article is about
(a story about Jane Doe's new book that ends "Jane Doe is a poet and author
of …": her name, or her surname, stands in the body's sentences before it, not
only in a byline or after "by" in a credit; under an "About the author" heading
the paragraph is the writer's bio whoever the body names, and one finding with
the heading), headings over prose, lists that are article content, and timetables (the days of
opening hours over their hours, "Monday / Closed"). A copyright notice
is a page footer only below the last paragraph (or on a page with no prose): above
the first it heads a license, between paragraphs it is a license section or a
credit. The leading heading of a Markdown page is its author's title, never a section
name or a breadcrumb, and the rows of a Markdown table are data the author laid out.
A calendar without a row of weekday names needs day numbers that count up; a site
name printed twice is two lines of their own, not the last word of a wrapped
sentence; a line of a sentence wrapped over several lines is never learned from the
run; a heading over a section is the page's own, network name or not. Titles, headings,
bylines, datelines and author names recur across the files of a site and are never
learned from the corpus.`,
		Bad:  "The talks will resume on Monday.\n\nShare this:\n\nExit mobile version",
		Good: "The talks will resume on Monday.",
		Options: []lint.OptionDoc{
			{Name: "phrases", Type: "list of strings", Default: "[]", Text: `Extra phrases, "KIND: PHRASE" or a whole-line phrase. Kinds: line (the whole line), start (a block starting with it), label (alone or before ":"), edge (a label in the first or last lines), short (inside a line of at most 12 words at the top or bottom), list (a header of related links), footer (like short, and the short lines after it are chrome too), bio-key (a key of an author box), bio-field (a key that counts only beside a bio-key), call (a verb that opens a call to action), network (a social network or messenger), own (a word by which a site names its own outlets, "our"), photo (a word of a gallery label), day (a weekday's full name: a timetable of days closing a page is content, not a tag cloud), media (a word naming a news outlet in a source tag), self (the opening of a note on the text itself, "The text below"), hedge (what such a note says to disclaim the text, "may differ"), rate (a verb of a rating widget), item (a word for the rated article), poll (a word of a reader poll on the article, "helpful").`},
			{Name: "min-files", Type: "integer", Default: strconv.Itoa(DefaultMinFiles), Text: "A short chrome-like line at the top or bottom found in at least this many files of one run is boilerplate (reported without a fix); a negative value turns corpus learning off."},
		},
	}
}

// Check implements lint.Rule.
func (r *Rule) Check(doc *lint.Document) []lint.Finding {
	m := r.m()
	s := scratchPool.Get().(*scratch)
	defer scratchPool.Put(s)
	us := buildUnits(doc, m, s)
	s.why, s.footer, s.phrase = reuse(s.why, len(us)), reuse(s.footer, len(us)), reuse(s.phrase, len(us))
	s.weak, s.table = reuse(s.weak, len(us)), reuse(s.table, len(us))
	d := &detector{
		doc: doc, text: doc.Text, m: m, us: us, minFiles: r.minFiles,
		why: s.why, footer: s.footer, phrase: s.phrase, weak: s.weak, table: s.table, s: s,
	}
	d.regions()
	d.phrases()
	d.notes()
	d.shareWidgets()
	d.calendars()
	d.bioBoxes()
	d.corpus()
	d.edges()
	d.shapes()
	d.menuPairs()
	d.closingBio()
	fs := d.findings()
	if f, ok := d.titleSuffix(); ok && !fixConflicts(f.Fix[0].Span, fs) {
		fs = append(fs, f)
	}
	fs = d.tailLinks(fs)
	fs = d.sourceTags(fs)
	fs = d.segmentFooters(fs)
	fs = d.iconLabels(fs)
	return d.gluedSection(fs)
}

// fixConflicts reports whether an edit of s would conflict with a
// finding's fix (lint.Edit.Conflicts): the findings must remain fixable
// together.
func fixConflicts(s lint.Span, fs []lint.Finding) bool {
	e := lint.Edit{Span: s}
	for _, f := range fs {
		for _, o := range f.Fix {
			if e.Conflicts(o) {
				return true
			}
		}
	}
	return false
}

// findings joins runs of chrome units into findings.
func (d *detector) findings() []lint.Finding {
	var out []lint.Finding
	prevEnd := 0
	for i := 0; i < len(d.us); {
		if d.why[i] == "" {
			i++
			continue
		}
		j := i + 1
		for j < len(d.us) && d.why[j] != "" &&
			(d.why[j] == d.why[i] || (d.weak[j] || d.weak[j-1]) && adjacentLines(d.doc.Src, d.us[j-1].End, d.us[j].Start)) &&
			gapIsBlank(d.doc.Src, d.us[j-1].End, d.us[j].Start) {
			j++
		}
		span := lint.Span{Start: d.us[i].Start, End: d.us[j-1].End}
		del := deletion(d.doc.Src, span)
		// the blank line between two findings goes to the first one
		del.Start = max(del.Start, prevEnd)
		prevEnd = del.End
		f := lint.Finding{Span: span, Message: d.message(i, j), Suggestion: "delete it"}
		if !slices.Contains(d.weak[i:j], true) && !holdsGeneratorMarkup(d.doc.Src[del.Start:del.End]) &&
			wholeLines(d.doc.Src, del) && !isHeadingLine(d.doc.Src, span.Start) && d.wholeBlocks(i, j) {
			f.Fix = []lint.Edit{{Span: del}}
		} else {
			f.Suggestion = "delete it if it is not part of the article"
		}
		out = append(out, f)
		i = j
	}
	return out
}

// wholeBlocks reports whether units [i, j) make whole blocks: the last line of
// a hard-wrapped paragraph is prose however chrome-like it reads alone.
func (d *detector) wholeBlocks(i, j int) bool {
	return (i == 0 || d.us[i-1].block != d.us[i].block) && (j == len(d.us) || d.us[j].block != d.us[j-1].block)
}

func (d *detector) message(i, j int) string {
	var parts []string
	seen := map[string]bool{}
	for k := i; k < j; k++ {
		w := d.why[k]
		if seen[w] {
			continue
		}
		seen[w] = true
		switch {
		case w == whyCorpus:
			w = "text repeated " + d.repeatCount(i, j) + " of this run"
		case d.phrase[k] != "":
			if lang := d.m.lang[textkey.Normalize(d.phrase[k])]; lang != "" && lang != d.doc.Lang && lang != d.bodyLang() {
				w += " in " + langid.Name(lang)
			}
			w = fmt.Sprintf("%s %q", w, d.phrase[k])
		}
		parts = append(parts, w)
	}
	msg := strings.Join(parts, "; ") + " left in the article"
	if j-i > 1 {
		msg += fmt.Sprintf(" (%d lines)", j-i)
	}
	return msg
}

// wholeLines reports whether a deletion takes whole lines. Chrome inside a
// line ("[Tags](…)" in a list) would leave its markup behind: empty brackets.
func wholeLines(src []byte, del lint.Span) bool {
	return (del.Start == 0 || src[del.Start-1] == '\n') && (del.End == len(src) || src[del.End-1] == '\n')
}

// isHeadingLine reports whether the line at off is a Markdown heading: a
// page's own section ("## Comments"), which a fix never deletes.
func isHeadingLine(src []byte, off int) bool {
	for off > 0 && src[off-1] != '\n' {
		off--
	}
	for off < len(src) && (src[off] == ' ' || src[off] == '\t') {
		off++
	}
	return off < len(src) && src[off] == '#'
}

// generatorMarkup are the openers of site-generator markup (Hugo shortcodes,
// Liquid tags and output, kramdown attribute lists, admonition fences): a
// page without them no longer builds, so a fix never deletes a line that
// holds one.
var generatorMarkup = [][]byte{[]byte("{{"), []byte("{%"), []byte("{:"), []byte(":::")}

// holdsGeneratorMarkup reports whether src holds site-generator markup.
func holdsGeneratorMarkup(src []byte) bool {
	for _, m := range generatorMarkup {
		if bytes.Contains(src, m) {
			return true
		}
	}
	return false
}

// repeatCount is "in N files" for the units [i, j) learned from the
// corpus, N the largest count among them.
func (d *detector) repeatCount(i, j int) string {
	n := 0
	for k := i; k < j; k++ {
		n = max(n, d.repeats(k))
	}
	return fmt.Sprintf("in %d files", n)
}

// repeats is the number of files of the run unit k was found in, 0 when
// it was not learned from the corpus.
func (d *detector) repeats(k int) int {
	if k < len(d.s.rec) {
		return d.s.rec[k]
	}
	return 0
}

// adjacentLines reports whether src[a:b] holds one line break and no
// blank line: a widget's lines follow one another, so chrome found by shape
// on the line next to other chrome (a logo line under a share row) joins
// its finding.
func adjacentLines(src []byte, a, b int) bool {
	return bytes.Count(src[a:b], []byte("\n")) == 1
}

// gapIsBlank reports whether src[a:b] holds only white space, markup tags and
// Markdown block markers, so that the blocks on either side can be deleted
// together.
func gapIsBlank(src []byte, a, b int) bool {
	for i := a; i < b; i++ {
		c := src[i]
		switch {
		case c == '<':
			for i < b && src[i] != '>' {
				i++
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		case strings.IndexByte("#>*-+|_=`~.)", c) >= 0, isDigit(c):
		default:
			return false
		}
	}
	return true
}

// deletion widens span to whole lines when nothing else is on them, and adds
// one adjacent blank line: the following one, or else the preceding one.
func deletion(src []byte, span lint.Span) lint.Span {
	ls := span.Start
	for ls > 0 && src[ls-1] != '\n' {
		ls--
	}
	le := span.End
	for le < len(src) && src[le] != '\n' {
		le++
	}
	if !gapIsBlank(src, ls, span.Start) || !gapIsBlank(src, span.End, le) {
		return span
	}
	del := lint.Span{Start: ls, End: le}
	if le < len(src) {
		del.End = le + 1
	}
	// the blank line after
	ne := del.End
	for ne < len(src) && (src[ne] == ' ' || src[ne] == '\t' || src[ne] == '\r') {
		ne++
	}
	if ne < len(src) && src[ne] == '\n' {
		del.End = ne + 1
		return del
	}
	// or the blank line before
	if del.Start > 0 {
		k := del.Start - 1 // the line break that ends the previous line
		for k > 0 && (src[k-1] == ' ' || src[k-1] == '\t' || src[k-1] == '\r') {
			k--
		}
		if k == 0 || src[k-1] == '\n' {
			del.Start = k
		}
	}
	return del
}

// corpus marks lines and blocks that recur in at least minFiles files of the
// run.
func (d *detector) corpus() {
	d.s.rec = d.s.rec[:0]
	c := d.doc.Corpus
	if c == nil {
		return
	}
	if d.minFiles <= 0 || c.Docs() < d.minFiles {
		return
	}
	keys := newCorpusKeys(d.doc)
	d.s.rec = reuse(d.s.rec, len(d.us))
	rec := d.s.rec
	for i := range d.us {
		if d.why[i] != "" || !d.learnable(i) {
			continue
		}
		if n := c.Files(keys.unit(&d.us[i])); n >= d.minFiles {
			rec[i] = n
		}
	}
	// a block of several lines recurring as a whole
	for i := 0; i < len(d.us); {
		j := i + 1
		for j < len(d.us) && d.us[j].block == d.us[i].block {
			j++
		}
		if j-i > 1 && d.allLearnable(i, j) {
			if n := c.Files(keys.block(d.us[i].block)); n >= d.minFiles {
				for k := i; k < j; k++ {
					rec[k] = max(rec[k], n)
				}
			}
		}
		i = j
	}
	for i := 0; i < len(d.us); {
		if d.us[i].kind != lint.ListItem {
			if rec[i] > 0 {
				d.markWeak(i, whyCorpus, "")
			}
			i++
			continue
		}
		// a list is chrome only when every item recurs
		j, all := i, true
		for j < len(d.us) && d.us[j].kind == lint.ListItem {
			all = all && (rec[j] > 0 || d.why[j] != "")
			j++
		}
		for k := i; all && k < j; k++ {
			if rec[k] > 0 {
				d.markWeak(k, whyCorpus, "")
			}
		}
		i = j
	}
}

// allLearnable reports whether units [i, j) are all learnable.
func (d *detector) allLearnable(i, j int) bool {
	for k := i; k < j; k++ {
		if !d.learnable(k) {
			return false
		}
	}
	return true
}

// corpusKeys finds the corpus keys of a document's units and blocks,
// reusing those the corpus pass computed when it kept the document.
type corpusKeys struct {
	doc  *lint.Document
	keys textkey.Doc
	line int // the line of the last unit asked for, 1-based
}

func newCorpusKeys(doc *lint.Document) *corpusKeys {
	k := &corpusKeys{doc: doc, line: 1}
	k.keys, _ = textkey.Kept(doc)
	return k
}

// unit returns the key of unit u, which is its line's when nothing else on
// the line has a letter or a digit. Units must be asked for in order.
func (k *corpusKeys) unit(u *unit) uint64 {
	text := k.doc.Text
	if n := len(k.keys.Lines); n > 0 {
		for k.line < n && k.doc.LineSpan(k.line).End < u.Start {
			k.line++
		}
		ls := k.doc.LineSpan(k.line)
		if key := k.keys.Lines[k.line-1]; key != 0 && ls.Start <= u.Start && u.End <= ls.End &&
			separatorsOnly(text[ls.Start:u.Start]) && separatorsOnly(text[u.End:ls.End]) {
			return key
		}
	}
	return textkey.Of(text[u.Start:u.End])
}

// block returns the key of block i.
func (k *corpusKeys) block(i int) uint64 {
	if i < len(k.keys.Blocks) && k.keys.Blocks[i] != 0 {
		return k.keys.Blocks[i]
	}
	b := k.doc.Blocks[i]
	return textkey.Of(k.doc.Text[b.Start:b.End])
}

// separatorsOnly reports whether b holds no letter or digit, and no
// non-ASCII byte to decode: text a key skips.
func separatorsOnly(b []byte) bool {
	for _, c := range b {
		if c >= utf8.RuneSelf || asciiWord[c] {
			return false
		}
	}
	return true
}

// maxLearnWords is the longest line corpus learning may report: chrome
// repeated across a site's pages is a label, a button or a link title.
const maxLearnWords = 12

// learnable: repetition across the run only strengthens the evidence of
// shape. A line is learned when it already looks like chrome: short, not a
// full sentence, above the article's first paragraph or below its last.
// The parts of an article that legitimately repeat across the files of one
// site (titles, headings, bylines, datelines, names, quotes, captions) are
// never learned.
func (d *detector) learnable(i int) bool {
	u := &d.us[i]
	switch u.kind {
	case lint.Title, lint.Heading, lint.Byline, lint.Quote, lint.Caption:
		return false
	}
	return u.nwords <= maxLearnWords && !u.sentence() && !d.wrappedSentence(i) && d.inEdge(i) && d.chromeSign(i) &&
		!u.quoted && !u.bylineLike() && !u.dateLike(d.text, d.m) && !u.nameLike(d.text)
}

// wrappedSentence: unit i is a line of a sentence wrapped over several
// lines of its block, the one before or after it going on with it: a
// fragment of prose, not a label.
func (d *detector) wrappedSentence(i int) bool {
	return d.continuation(i) || i+1 < len(d.us) && d.continuation(i+1)
}

var titleSeps = []string{" – ", " — ", " | ", " - ", " :: "}

// titleSuffix: a site section glued to the title, "Harbour plan – Politics".
func (d *detector) titleSuffix() (lint.Finding, bool) {
	var t *lint.Block
	for i := range d.doc.Blocks {
		// an HTML <title> names the page, site and all; only the article's
		// own title is checked
		if b := d.doc.Blocks[i]; b.Kind == lint.Title && !(b.Meta && d.doc.Format == lint.FormatHTML) {
			t = &d.doc.Blocks[i]
			break
		}
	}
	if t == nil {
		return lint.Finding{}, false
	}
	s := string(d.text[t.Start:t.End])
	at, sep := -1, ""
	for _, p := range titleSeps {
		if k := strings.LastIndex(s, p); k > at {
			at, sep = k, p
		}
	}
	if at < 0 {
		return lint.Finding{}, false
	}
	head, tail := textkey.Normalize(s[:at]), textkey.Normalize(s[at+len(sep):])
	tw := strings.Fields(tail)
	hw := strings.Fields(head)
	if len(tw) == 0 || len(tw) > 3 || len(hw) < 3 || strings.ContainsAny(strings.TrimSpace(s[at+len(sep):]), ".!?:;,") {
		return lint.Finding{}, false
	}
	inHead := map[string]bool{}
	for _, w := range hw {
		inHead[w] = true
	}
	repeated := true
	for _, w := range tw {
		repeated = repeated && inHead[w] && !d.m.fn[w]
	}
	// a plain hyphen is too common inside titles to trust without a known
	// section name
	if (!repeated || sep == " - ") && !d.m.section[tail] {
		return lint.Finding{}, false
	}
	span := lint.Span{Start: t.Start + at, End: t.End}.Trim(d.doc.Src)
	span.Start = t.Start + at // keep the space before the dash
	return lint.Finding{
		Span:       span,
		Message:    fmt.Sprintf("the title ends with the site section %q", strings.TrimSpace(s[at+len(sep):])),
		Suggestion: "delete the suffix",
		Fix:        []lint.Edit{{Span: span}},
	}, true
}
