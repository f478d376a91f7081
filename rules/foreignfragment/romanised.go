package foreignfragment

import (
	"strings"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// A third shape of untranslated text found without function words: one
// romanised Russian or Ukrainian word left in English prose
// ("tired and razdrazhennymi faces"). Such a word wears two marks no
// English word has: a Slavic case ending and, before it, a letter cluster
// of a romanisation.

// minRomanisedLetters is the fewest letters a romanised word needs: short
// words are abbreviations, codes or interjections.
const minRomanisedLetters = 7

// slavicEndings are the case endings of romanised Slavic adjectives,
// participles and pronouns (instrumental -ymi/-imi, genitive plural
// -ykh/-ikh, genitive and dative -ogo/-oho/-omu/-emu, nominative
// -iy/-yy/-yi/-oye/-iye/-yye, instrumental feminine -oyu/-eyu) and the
// plural endings of nouns (instrumental -ami, prepositional -akh). Almost
// no English word ends in one and also has a romanised cluster before it.
var slavicEndings = []string{"ymi", "imi", "ykh", "ikh", "ogo", "oho", "omu", "emu", "iy", "yy", "yi", "oye", "iye", "yye", "oyu", "eyu", "ami", "akh"}

// romanisedClusters are letter clusters of romanised Cyrillic that English
// spelling does not have inside a word: щ (shch), ж (zh), х (kh), ы before
// в (yv), the past participle's -вш- (vsh), ый (yy, iy).
var romanisedClusters = []string{"shch", "zh", "kh", "yv", "vsh", "yy", "iy"}

// glossCues are the words before a term that say it is cited on purpose:
// "the so-called ...", "known as ...", "the word ...".
var glossCues = map[string]bool{"called": true, "so-called": true, "as": true, "term": true, "word": true, "words": true, "dubbed": true}

// endingsByLast are the Slavic case endings by their last byte.
var endingsByLast = func() (t [256][]string) {
	for _, e := range slavicEndings {
		t[e[len(e)-1]] = append(t[e[len(e)-1]], e)
	}
	return t
}()

// endingPairs marks the last two letters of the Slavic case endings: bit
// b-'a' of endingPairs[c] is set when an ending ends in b then c. Most
// long words of a text fail this test, one lookup on their last two bytes.
var endingPairs = func() (t [256]uint32) {
	for _, e := range slavicEndings {
		t[e[len(e)-1]] |= 1 << (e[len(e)-2] - 'a')
	}
	return t
}()

// endsLikeSlavic reports whether the word text[a:b], of two bytes or more,
// ends in the last two letters of a Slavic case ending.
func endsLikeSlavic(text []byte, a, b int) bool {
	c := text[b-2] - 'a' // wraps around for bytes before 'a'
	return c < 32 && endingPairs[text[b-1]]&(1<<c) != 0
}

// slavicCandidate reports whether the word text[a:b] passes the cheap
// tests of a romanised Slavic word: seven letters or more, the last two
// letters of a Slavic ending and a lower-case first letter.
func slavicCandidate(text []byte, a, b int) bool {
	return b-a >= minRomanisedLetters && endsLikeSlavic(text, a, b) && text[a]-'a' < 26
}

// romanisedEnding returns the length of the Slavic case ending of w, a
// word of two letters or more, or 0.
func romanisedEnding(w []byte) int {
	for _, e := range endingsByLast[w[len(w)-1]] { // most words have none
		if len(w) > len(e) && w[len(w)-2] == e[len(e)-2] && string(w[len(w)-len(e):]) == e {
			return len(e)
		}
	}
	return 0
}

// romanisedWord reports whether w, lower-case ASCII letters only, is a
// romanised inflected Slavic word: a Slavic case ending and a romanised
// cluster in the stem before it, two pieces of evidence.
func romanisedWord(w []byte) bool {
	if len(w) < minRomanisedLetters {
		return false
	}
	n := romanisedEnding(w)
	if n == 0 {
		return false
	}
	for _, ch := range w {
		if ch < 'a' || ch > 'z' {
			return false // capitalised (a name), hyphenated, or not ASCII
		}
	}
	stem := string(w[:len(w)-n])
	for _, cl := range romanisedClusters {
		if strings.Contains(stem, cl) {
			return !placeholder(w) && !allPinyin(string(w))
		}
	}
	return false
}

// placeholder: a letter three times in a row, a format's placeholder
// ("ddmmyyyy"), not a word.
func placeholder(w []byte) bool {
	for i := 2; i < len(w); i++ {
		if w[i] == w[i-1] && w[i] == w[i-2] {
			return true
		}
	}
	return false
}

// allPinyin: w is a run of Hanyu Pinyin syllables written together
// ("zhaochengyi"), a Chinese name or term, not a Slavic word.
func allPinyin(w string) bool {
	ok := make([]bool, len(w)+1) // ok[i]: w[:i] splits into syllables
	ok[0] = true
	for i := 1; i <= len(w); i++ {
		for j := max(0, i-6); j < i && !ok[i]; j++ {
			ok[i] = ok[j] && isPinyinSyllable(w[j:i])
		}
	}
	return ok[len(w)]
}

// romanisedWords finds romanised Slavic words in a block of an English
// article (ws are its words). A word cited on purpose is left alone: in
// quotes or italics, glossed in brackets, or after "called", "known as",
// "the word".
func (c *checker) romanisedWords(block lint.Span, ws []lint.Word) []lint.Finding {
	var out []lint.Finding
	var toks []tok
	text := c.doc.Text
	for k, w := range ws {
		a, b := int(w.Start), int(w.End)
		if !slavicCandidate(text, a, b) || !romanisedWord(text[a:b]) {
			continue
		}
		frag := w.Span()
		if k > 0 && glossCues[strings.ToLower(c.doc.TextOf(ws[k-1].Span()))] || c.quoted(frag) ||
			c.r.allowed(c.doc, block, frag) {
			continue
		}
		if toks == nil {
			toks = c.tokens(block)
		}
		i := 0
		for i < len(toks) && toks[i].Start < frag.Start {
			i++
		}
		if c.r.Glosses && i < len(toks) && c.isGloss(block, frag, toks[i:i+1], toks) {
			continue
		}
		f := c.finding(frag, "")
		f.Message = "romanised Slavic word left untranslated: \"" + c.doc.TextOf(frag) + "\""
		f.Severity = lint.SeverityWarning // one word, told by its spelling alone
		out = append(out, f)
	}
	return out
}

// quoted: the span stands right inside quotes or brackets, or in italics
// (Markdown * or _, HTML <i> or <em>; Src keeps the markup Text masks): a
// term cited.
func (c *checker) quoted(s lint.Span) bool {
	b, _ := utf8.DecodeLastRune(c.doc.Text[:s.Start])
	a, _ := utf8.DecodeRune(c.doc.Text[s.End:])
	if strings.ContainsRune(openQuotes+"(", b) && strings.ContainsRune(closeQuotes+")", a) {
		return true
	}
	src := c.doc.Src
	before := strings.ToLower(string(src[max(0, s.Start-4):s.Start]))
	after := strings.ToLower(string(src[s.End:min(len(src), s.End+5)]))
	for _, m := range [][2]string{{"*", "*"}, {"_", "_"}, {"<i>", "</i>"}, {"<em>", "</em>"}} {
		if strings.HasSuffix(before, m[0]) && strings.HasPrefix(after, m[1]) {
			return true
		}
	}
	return false
}
