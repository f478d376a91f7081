package teaser

import (
	"bytes"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// A headline translated twice: a scraper that keeps both the page's headline
// and the headline of its teaser box, each machine-translated on its own,
// leaves two lines at the top that say the same thing in other words ("Mayor
// Brantberg promised the islanders 40 crossings in spring" and "Brantberg
// promises islanders 40 spring crossings"). They are no copy word for word,
// so the copy tests miss them; what gives them away is that they carry the
// same content words, names and numbers and nothing else, while a teaser
// written by an editor restates the headline with words of its own, and a
// lead restates it as a sentence of prose.

// Thresholds of the second-translation test of duplicated-teaser.
const (
	// minRetranslatedShared: two headlines are taken for two translations
	// of one sentence only when they share at least this many content words.
	minRetranslatedShared = 5
	// retranslatedShare: the shared content words make at least this share
	// of the content words of each headline (one word of its own in eight:
	// none in a headline of fewer); an editor's teaser brings words of its
	// own.
	retranslatedShare = 0.875
	// maxRetranslatedWords: a longer block is prose, not a headline.
	maxRetranslatedWords = 30
	// maxRetranslatedGap: at most this many short blocks (a photo caption, a
	// byline) stand between the two headlines.
	maxRetranslatedGap = 1
	// maxRetranslatedStart: the first headline is among the first this many
	// blocks of the body (after a breadcrumb or a kicker at most).
	maxRetranslatedStart = 2
	// stemRunes: content words are compared by their first this many
	// letters, so that two inflections of one word match ("requested",
	// "requests").
	stemRunes = 5
	// minContentRunes: shorter words without a digit are function words
	// ("the", "on", "der", "au") and are not compared.
	minContentRunes = 4
)

// longFunctionWords are English function words of minContentRunes letters
// or more, which say nothing about what a headline is about.
var longFunctionWords = map[string]bool{
	"that": true, "this": true, "these": true, "those": true, "with": true, "from": true, "into": true,
	"over": true, "after": true, "before": true, "about": true, "their": true, "they": true,
	"which": true, "would": true, "will": true, "have": true, "were": true, "been": true, "when": true,
	"what": true, "than": true, "then": true, "also": true, "more": true, "some": true, "there": true,
	"while": true, "under": true, "during": true, "against": true, "between": true, "says": true,
	"said": true,
}

// content is the content words of a headline: their stems, sorted, and
// the numbers among them (their digits only, sorted).
type content struct {
	stems   []string
	numbers []string
	names   int // capitalised words after the first, and numbers
}

func contentOf(doc *lint.Document, h *head) content {
	var c content
	var low []byte // the word in lower case
	for i, w := range h.ws {
		t := doc.Text[w.Start:w.End]
		digits := digitsOf(t)
		if digits != "" {
			c.numbers = append(c.numbers, digits)
			c.names++
		}
		n := utf8.RuneCount(t)
		if digits == "" && n < minContentRunes {
			continue
		}
		low = layer.AppendLower(low[:0], doc.Text, w.Span())
		if longFunctionWords[string(low)] {
			continue
		}
		st := stem(t)
		if r, _ := utf8.DecodeRune(t); i > 0 && unicode.IsUpper(r) {
			c.names++
		}
		c.stems = append(c.stems, st)
	}
	slices.Sort(c.stems)
	slices.Sort(c.numbers)
	return c
}

// stem is a word folded, cut to stemRunes letters.
func stem(t []byte) string {
	var b []byte
	n := 0
	for _, r := range string(t) {
		if n == stemRunes {
			break
		}
		b = utf8.AppendRune(b, foldRune(r))
		n++
	}
	return string(b)
}

func digitsOf(t []byte) string {
	if bytes.IndexFunc(t, unicode.IsDigit) < 0 {
		return ""
	}
	var b []byte
	for _, c := range t {
		if c >= '0' && c <= '9' {
			b = append(b, c)
		}
	}
	return string(b)
}

// retranslated reports whether e and l, two headlines near the top that are
// no copy of each other word for word, are two translations of one sentence:
// l is then the redundant one.
func retranslated(doc *lint.Document, e, l *head) bool {
	if e.Meta || l.Meta || e.code != l.code {
		return false
	}
	if !retranslationHead(doc, e, true) || !retranslationHead(doc, l, false) {
		return false
	}
	if e.Kind == lint.Heading && l.Kind == lint.Heading && bodyIndex(doc, e.index) > 0 {
		return false // two section headings: structure, not a repeated headline
	}
	if bodyIndex(doc, e.index) >= maxRetranslatedStart || !shortBetween(doc, e.index, l.index) {
		return false
	}
	// A copy word for word, or a near one, is the copy tests' to judge
	// (and to leave alone as a parallel sentence or an edit).
	if n := lcs(e.all(), l.all()); float64(n) >= nearCopy*float64(max(e.n(), l.n())) {
		return false
	}
	ce, cl := contentOf(doc, e), contentOf(doc, l)
	shared := common(ce.stems, cl.stems)
	long := max(len(ce.stems), len(cl.stems))
	if shared < minRetranslatedShared || float64(shared) < retranslatedShare*float64(long) {
		return false
	}
	// Numbers survive any translation: each headline has the other's, and
	// at least one name or number anchors them to one story.
	return slices.Equal(ce.numbers, cl.numbers) && ce.names > 0 && cl.names > 0
}

// retranslationHead: h has the shape of a headline: a title, teaser or
// heading, or (for the second) a short line of text that does not end like
// a sentence.
func retranslationHead(doc *lint.Document, h *head, first bool) bool {
	if h.n() > maxRetranslatedWords {
		return false
	}
	switch h.Kind {
	case lint.Title, lint.Teaser, lint.Heading:
		return true
	case lint.Paragraph:
		if first {
			return false
		}
		t := bytes.TrimRight(doc.Text[h.Start:h.End], " \t\r\n")
		if len(t) == 0 || bytes.IndexByte(t, '\n') >= 0 {
			return false
		}
		switch t[len(t)-1] {
		case '.', '!', '?', ':', ';', ',':
			return false
		}
		return true
	}
	return false
}

// bodyIndex is the place of block i among the blocks of the body.
func bodyIndex(doc *lint.Document, i int) int {
	n := 0
	for k := 0; k < i; k++ {
		if !doc.Blocks[k].Meta {
			n++
		}
	}
	return n
}

// shortBetween: at most maxRetranslatedGap blocks lie between blocks i and
// j, none of them longer than a headline.
func shortBetween(doc *lint.Document, i, j int) bool {
	if j-i-1 > maxRetranslatedGap {
		return false
	}
	for k := i + 1; k < j; k++ {
		if len(doc.WordsIn(doc.Blocks[k].Span)) > maxRetranslatedWords {
			return false
		}
	}
	return true
}
