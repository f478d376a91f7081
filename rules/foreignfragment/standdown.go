package foreignfragment

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Patterns that look like foreign text and are not untranslated prose. Each
// is a small predicate over a candidate fragment; a fragment any of them
// matches is left alone.

// mojibakeMarks are the symbols a wrong code page makes of UTF-8
// punctuation ("โ€œ", "â€™", "Р’"): text glued to one is mojibake, which the
// mojibake rule reports, never foreign text.
const mojibakeMarks = "€‚ƒ†‡ˆ‰‹›ŒœŽžŸ™˜¤¦¨¯´¸¹³²¬\ufffd"

// gluedToMojibake: a fragment in another script touches a mojibake mark
// with no space between them.
func (c *checker) gluedToMojibake(frag lint.Span) bool {
	text := c.doc.Text
	if frag.Start > 0 {
		if r, _ := utf8.DecodeLastRune(text[:frag.Start]); strings.ContainsRune(mojibakeMarks, r) {
			return true
		}
	}
	if frag.End < len(text) {
		if r, _ := utf8.DecodeRune(text[frag.End:]); strings.ContainsRune(mojibakeMarks, r) {
			return true
		}
	}
	return bytes.ContainsAny(text[frag.Start:frag.End], mojibakeMarks) || cp1251Mojibake(text[frag.Start:frag.End])
}

// cp1251Tails are the characters Windows-1251 makes of the second byte of
// a UTF-8 Cyrillic letter.
const cp1251Tails = "ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏ°±Ііґµ¶·ё№є»јЅѕї\u00a0"

// minMojibakePairs is the fewest "Р"/"С" pairs that make cp1251 mojibake.
const minMojibakePairs = 2

// cp1251Mojibake: UTF-8 Cyrillic read as Windows-1251 turns every letter
// into "Р" or "С" and a symbol or rare letter ("Р РѕСЃСЃРёСЏ"); real text
// never has such pairs for most of its letters.
func cp1251Mojibake(b []byte) bool {
	pairs, letters := 0, 0
	prev := rune(0)
	for _, r := range string(b) {
		if r != ' ' {
			letters++
		}
		if (prev == 'Р' || prev == 'С') && strings.ContainsRune(cp1251Tails, r) {
			pairs++
			r = 0 // a pair does not start another
		}
		prev = r
	}
	return pairs >= minMojibakePairs && pairs*2*10 >= letters*6
}

// lookalikes are letters of Cyrillic and Greek that look like Latin ones.
const lookalikes = "АВЕКМНОРСТХаеорсухІіЈјЅѕΑΒΕΗΙΚΜΝΟΡΤΥΧΖοκνρτυχ"

// lookalikeToken: a one-word fragment that is a Latin word or code with
// look-alike letters from another script ("Н4К20", the initial in
// "А. Petrov"): the artifacts rules report the letters; the text is not in
// another language.
func (c *checker) lookalikeToken(run []tok) bool {
	if len(run) != 1 {
		return false
	}
	w := c.doc.Text[run[0].Start:run[0].End]
	digits, letters := 0, 0
	for _, r := range string(w) {
		switch {
		case r < 0x80 && unicode.IsDigit(r):
			digits++
		case r < 0x80 && unicode.IsLetter(r):
			return true // Latin letters inside: a mixed word
		case unicode.IsLetter(r):
			if !strings.ContainsRune(lookalikes, r) {
				return false
			}
			letters++
		}
	}
	// a code with digits, or an initial of one or two letters
	return digits > 0 || letters <= 2 && c.latinInitialOf(run[0])
}

// latinInitialOf: an initial ("А.") followed by a Latin capitalised word.
func (c *checker) latinInitialOf(t tok) bool {
	text := c.doc.Text
	i := t.End
	if i >= len(text) || text[i] != '.' {
		return false
	}
	for i++; i < len(text) && text[i] == ' '; i++ {
	}
	return i < len(text) && text[i] >= 'A' && text[i] <= 'Z'
}

// termIntroducers are words that announce a term the text then uses or
// explains: "known as", "so-called", "dubbed".
var termIntroducers = []string{
	"known as", "so-called", "so called", "called", "dubbed", "nicknamed", "termed", "term", "word",
	"phrase", "expression", "slogan", "motto", "aka", "a.k.a.", "referred to as", "styled",
}

// maxExplainedTermWords is the longest term an introducer explains.
const maxExplainedTermWords = 3

// introducedTerm: a short fragment in the target's script after a term
// introducer ("known as la pausa") is a term the text names, not an
// untranslated clause; in another script it stays unreadable and is
// flagged. The fragment may start with the introducer's own words.
func (c *checker) introducedTerm(block lint.Span, toks []tok) (lint.Span, bool) {
	if len(toks) == 0 {
		return lint.Span{}, false
	}
	// the introducer may sit inside the fragment (it was widened over it)
	for k := 0; k < len(toks) && k <= 2; k++ {
		head := lint.Span{Start: block.Start, End: toks[k].Start}
		if c.endsWithIntroducer(head) && len(toks)-k <= maxExplainedTermWords {
			return lint.Span{Start: toks[k].Start, End: toks[len(toks)-1].End}, true
		}
	}
	return lint.Span{}, false
}

// endsWithIntroducer: the text of s ends with a term introducer, then
// spaces and maybe an opening quote.
func (c *checker) endsWithIntroducer(s lint.Span) bool {
	lo := max(s.Start, s.End-24)
	tail := strings.TrimRight(string(c.doc.Text[lo:s.End]), " \u00a0\"'«“„‘*_")
	tail = strings.ToLower(tail)
	for _, in := range termIntroducers {
		if strings.HasSuffix(tail, in) {
			k := len(tail) - len(in)
			if k == 0 && lo == s.Start || k > 0 && !isWordByte[tail[k-1]] {
				return true
			}
		}
	}
	return false
}

// maxListedName is the most word units a name in a list may have;
// maxItemWords the most words of the item before it.
const (
	maxListedName = 4
	maxItemWords  = 4
)

// listedName: a short fragment in another script that is a name beside its
// romanisation ("王小明 Xiaoming Wang"), or an item of a list of names
// ("Ana Ruiz, 王小明, Tom Berg"): a person's name in its own script.
func (c *checker) listedName(block lint.Span, frag lint.Span, run []tok) bool {
	if c.wordUnits(run) > maxListedName || len(run) > 2 {
		return false
	}
	if c.romanisedAfter(block, frag.End) {
		return true
	}
	p, before := c.skipBack(block, frag.Start, "[*_")
	switch {
	case before == 0:
		return false
	case strings.ContainsRune(",、;", before):
		p -= utf8.RuneLen(before)
		if c.referenceCredit(block, p, frag) {
			return true
		}
	case before == ':':
		// the first of a list of names ("Contributions from: 김인수, Ana Ruiz, …")
		_, after := c.skipFwd(block, frag.End, "]*_")
		return after == ',' && bytes.Count(c.doc.Text[frag.End:block.End], []byte(",")) >= minListCommas
	case c.beforeWord(block, frag.Start, "and"):
		p, _ = c.skipBack(block, p-len("and"), "")
	default:
		return false
	}
	return c.nameItemBefore(block, p) && c.listAround(block, frag)
}

// minListCommas: a name after a colon heads a list of names when this many
// commas follow it in its block.
const minListCommas = 2

// referenceCredit: the name closes a bracketed credit after a reference
// to an issue ("(bug #7723, 王小明)"): who reported or fixed it.
func (c *checker) referenceCredit(block lint.Span, off int, frag lint.Span) bool {
	if _, after := c.skipFwd(block, frag.End, ""); after != ')' {
		return false
	}
	lo := bytes.LastIndexByte(c.doc.Text[block.Start:off], '(')
	if lo < 0 {
		return false
	}
	item := c.doc.Text[block.Start+lo : off]
	k := bytes.IndexByte(item, '#')
	return k >= 0 && k+1 < len(item) && item[k+1] >= '0' && item[k+1] <= '9'
}

// romanisedAfter: two or three capitalised Latin words follow off and end
// an item (a separator, "and", or the end of the block).
func (c *checker) romanisedAfter(block lint.Span, off int) bool {
	words := 0
	for {
		at, r := c.skipFwd(block, off, "]*_")
		if r == 0 || strings.ContainsRune(",、;.)!", r) || c.startsWord(block, at, "and") {
			return words >= 2
		}
		if words == 3 || r > unicode.MaxASCII || !unicode.IsUpper(r) {
			return false
		}
		j := at
		for j < block.End && (isWordByte[c.doc.Text[j]] || c.doc.Text[j] == '-') {
			j++
		}
		off, words = j, words+1
	}
}

// nameItemBefore: the list item ending at off is name-like: one word of
// any kind (a user name), or it ends with up to maxItemWords capitalised
// words.
func (c *checker) nameItemBefore(block lint.Span, off int) bool {
	lo := block.Start
	if i := bytes.LastIndexAny(c.doc.Text[block.Start:off], ",、;\n"); i >= 0 {
		lo = block.Start + i + 1
	}
	if i := bytes.LastIndex(c.doc.Text[lo:off], []byte(" and ")); i >= 0 {
		lo += i + len(" and ")
	}
	ws := c.doc.WordsIn(lint.Span{Start: lo, End: off})
	if len(ws) == 1 {
		return true
	}
	// the item's capitalised words at its end ("Thanks to Ana Ruiz")
	caps := 0
	for i := len(ws) - 1; i >= 0; i-- {
		if r, _ := utf8.DecodeRune(c.doc.Text[ws[i].Start:ws[i].End]); !unicode.IsUpper(r) {
			break
		}
		caps++
	}
	return caps > 0 && caps <= maxItemWords
}

// listAround: the block is a list of names, with list separators on both
// sides of the fragment or several in the block.
func (c *checker) listAround(block, frag lint.Span) bool {
	seps := func(b []byte) int {
		return bytes.Count(b, []byte(",")) + bytes.Count(b, []byte("、")) + bytes.Count(b, []byte(" and "))
	}
	return seps(c.doc.Text[block.Start:frag.Start])+seps(c.doc.Text[frag.End:block.End]) >= 2
}

// beforeWord: the word right before off (spaces skipped) is w.
func (c *checker) beforeWord(block lint.Span, off int, w string) bool {
	off, _ = c.skipBack(block, off, "[*_")
	return off-len(w) >= block.Start && strings.EqualFold(string(c.doc.Text[off-len(w):off]), w) &&
		(off-len(w) == block.Start || !isWordByte[c.doc.Text[off-len(w)-1]])
}

// startsWord: the text at off starts with the word w.
func (c *checker) startsWord(block lint.Span, off int, w string) bool {
	end := off + len(w)
	return end <= block.End && strings.EqualFold(string(c.doc.Text[off:end]), w) &&
		(end == block.End || !isWordByte[c.doc.Text[end]])
}

// configLine: the fragment sits on a line shaped like a setting of a
// configuration file (`title = 'Titel'`, `[section]`): data, not prose.
func (c *checker) configLine(block, frag lint.Span) bool {
	text := c.doc.Text
	lo := bytes.LastIndexByte(text[block.Start:frag.Start], '\n') + 1 + block.Start
	hi := bytes.IndexByte(text[frag.Start:block.End], '\n')
	if hi < 0 {
		hi = block.End
	} else {
		hi += frag.Start
	}
	for lo < frag.End {
		e := bytes.IndexByte(text[lo:block.End], '\n')
		if e < 0 {
			e = block.End - lo
		}
		if isSettingLine(text[lo : lo+e]) {
			return true
		}
		lo += e + 1
		if lo >= hi && lo >= frag.End {
			break
		}
	}
	return false
}

// isSettingLine: "key = 'value'", "key: 'value'" (a lower-case key) with a
// quoted value, or a "[section]" header.
func isSettingLine(line []byte) bool {
	s := strings.TrimSpace(string(line))
	if strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") && !strings.Contains(s, " ") {
		return true
	}
	i := 0
	for i < len(s) && (isWordByte[s[i]] || s[i] == '.' || s[i] == '-' || s[i] == '_') {
		i++
	}
	if i == 0 {
		return false
	}
	rest := strings.TrimLeft(s[i:], " ")
	// "key: 'value'" is YAML only with a lower-case key: "Source: 'X'" is
	// a line of an article
	yaml := strings.HasPrefix(rest, ":") && (s[0] < 'A' || s[0] > 'Z')
	if !strings.HasPrefix(rest, "=") && !yaml {
		return false
	}
	rest = strings.TrimLeft(rest[1:], " ")
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "\"")
}

// acronymAt: toks[i] is written in capitals (two letters or more) between
// words that are not: "UN", "EU", "ONU" in running text are acronyms, not
// the function words they spell ("un", "eu").
func (c *checker) acronymAt(toks []tok, i int) bool {
	caps := func(j int) bool {
		if j < 0 || j >= len(toks) || !toks[j].upper {
			return false
		}
		w := c.doc.Text[toks[j].Start:toks[j].End]
		if len(w) < 2 {
			return false
		}
		for _, r := range string(w) {
			if unicode.IsLower(r) {
				return false
			}
		}
		return true
	}
	return caps(i) && !caps(i-1) && !caps(i+1)
}
