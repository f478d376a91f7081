package artifacts

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// GluedWords flags two words written without the space between them, as
// left by link text or markup dropped in copying: "statedHe stated",
// "registeredThat".
type GluedWords struct{}

func (GluedWords) ID() string                     { return "glued-words" }
func (GluedWords) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (GluedWords) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Words glued together without a space",
		Text: `Flags a lower-case word glued to a capitalised one ("statedHe stated",
"registeredThat", "aforementionedHe"), as left where a link or a tag was dropped; a name
glued to the word that opens the next sentence ("MarlowThus", with a word such as Thus, The,
However) or to a verb of saying ("Orvikwrote", "Lindsaid"); the name must have four letters
or more, and English words such as "aforesaid" or "understated" are fine. CamelCase
brands, names and identifiers are left alone: a glued pair is reported only when the token
starts with a lower-case word of three letters or more that ends like an inflected English
word (-ed, -ing, -ly, -tion, -ment...) or is a verb of saying (said, told), and the
capitalised part is one plain word that typically opens a sentence (He, The, That,
According...). So iPhone, eBay, YouTube, McDonald, PayPal, LinkedIn, easyJet, setTimeout,
addIf and chunkedWriter are not flagged. Hashtags, handles and tokens touching _, /, @ or
digits are skipped.

In English articles it also flags a lower-case word glued to a function word that opens a
clause ("approvalbut", "rulingwhich", "harbourthat"): the first word must end like an
inflected or derived word (-ed, -ing, -tion...) or, with five letters or more and a vowel,
stand alone elsewhere in the article while the glued token never does (not before "and",
which ends understand, operand, shorthand); closed compounds (elsewhere, meanwhile,
thereafter, somewhat) are fine, and a verb of saying needs no evidence ("saidthat"); a
pronoun glued to a verb of saying ("theysaid", "shewrote"); a word that stands alone elsewhere
(five letters or more) glued to a determiner or pronoun opening the next sentence
("harbourThe", not identifiers such as retryAfter or checkIn); a name
glued to a frequent past-tense verb in the middle of a sentence ("a sailor named
Brannockdecided to stay"), unless the first part is an English prefix (Over-, Counter-, Un-)
or written in lower case elsewhere, or the whole token stands alone elsewhere; a word glued
to a capitalised word that opens a two-word name the article writes elsewhere in its prose
("via FacebookLena Ostrova wrote" where "the skier Lena Ostrova" stands elsewhere, also
when the name is glued to its verb: "FacebookLena Ostrovawrote"); and a
lower-case word glued to a capitalised one by a colon in running prose ("the report for
the weather:Sunny"), when the first word stands alone elsewhere in the article (namespace
prefixes such as foaf:, map literals, schemes and "Note:" labels at a line's start are not
flagged); and an English word glued to a word of another script ("agreementпро",
"fromΚρήτη"), when the English part is a function word or stands alone elsewhere and the
paragraph is mostly Latin letters (Chinese and Japanese write Latin names without spaces;
look-alike letters such as the Cyrillic Е of "UNЕP" are the mixed-script rule's).`,
		Bad:  "He statedHe stated that the talks had failed.",
		Good: "He stated that the talks had failed.",
	}
}

// sentenceOpeners are capitalised words that start the sentence a dropped
// link or tag glued to the previous word.
var sentenceOpeners = set(
	"He", "She", "It", "They", "We", "You", "The", "This", "That", "These", "Those", "There",
	"Their", "His", "Her", "Its", "Our", "My", "Your", "In", "On", "As", "But", "And", "Or",
	"So", "If", "When", "While", "After", "Before", "According", "Also", "However", "Although",
	"Because", "Since", "Though", "Yet", "Mr", "Mrs", "Ms", "Dr", "President", "Minister",
	"Earlier", "Later", "Meanwhile", "Now", "Then", "Thus", "Therefore", "Moreover", "An",
	"Who", "What", "Which", "Where", "Why", "How",
)

// nameBoundaries open a sentence and never end a CamelCase brand: glued to a
// capitalised word ("MarlowThus") they show a lost space after a name.
var nameBoundaries = set("Thus", "The", "He", "She", "They", "However", "But", "This",
	"According", "Meanwhile", "Therefore", "Moreover")

// minGluedName: the capitalised word before a glued opener or verb has at
// least this many letters ("Mc", "De", "Un" are prefixes, not names).
const minGluedName = 4

// glueVerbs are verbs of saying that follow a name; glued to it
// ("Orvikwrote") they show a lost space.
var glueVerbs = []string{"said", "wrote", "told", "stated", "added", "says"}

// verbPrefixes are English prefixes that make a word with a verb of saying
// ("aforesaid", "ghostwrote", "understated", "foretold").
var verbPrefixes = set("afore", "ghost", "under", "over", "fore", "copy")

// nameGluedToVerb: "Orvikwrote": a capitalised word of minGluedName
// letters or more and a verb of saying, without a space.
func nameGluedToVerb(doc *lint.Document, sp lint.Span, words []lint.Word) []lint.Finding {
	var out []lint.Finding
	for _, w := range words {
		if f, ok := nameGluedToVerbAt(doc.Text, sp, w); ok {
			out = append(out, f)
		}
	}
	return out
}

// nameGluedToVerbAt is nameGluedToVerb's test of one word.
func nameGluedToVerbAt(text []byte, sp lint.Span, w lint.Word) (lint.Finding, bool) {
	// a cheap shape test first: "Xxxx" + a verb, ending in d, e or s
	if w.Len() < minGluedName+4 || text[w.Start] < 'A' || text[w.Start] > 'Z' {
		return lint.Finding{}, false
	}
	if last := text[int(w.End)-1]; last != 'd' && last != 'e' && last != 's' {
		return lint.Finding{}, false
	}
	wb := text[w.Start:w.End]
	for _, v := range glueVerbs {
		if !bytes.HasSuffix(wb, []byte(v)) {
			continue
		}
		word := string(wb) // a word that ends in a verb: a few in an article
		name := word[:len(word)-len(v)]
		if len(name) < minGluedName || !isTitleWord(name) || verbPrefixes[strings.ToLower(name)] || !plainToken(text, sp, int(w.Start), int(w.End)) {
			break
		}
		return lint.Finding{Span: w.Span(),
			Message:    fmt.Sprintf("%q looks like a name glued to %q", word, v),
			Suggestion: fmt.Sprintf("separate %q and %q", name, v)}, true
	}
	return lint.Finding{}, false
}

// glueEndings: endings of an English word that is not a brand prefix.
var glueEndings = []string{"ed", "ing", "ly", "tion", "sion", "ment", "ness", "ity"}

// sayingVerbs are glued to the quote or name after them.
var sayingVerbs = set("said", "says", "told", "wrote", "added", "noted", "stated", "explained")

func (GluedWords) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	var cands []glueCandidate
	text := doc.Text
	en := doc.Lang == "en"
	for sp := range proseSpans(doc) {
		words := doc.WordsIn(sp)
		if en {
			// one pass for the names glued to a verb of saying and the
			// English patterns
			cands, out = gluedInWords(text, sp, words, cands, out)
			cands = scriptGlue(text, sp, words, cands)
			cands = colonGlue(doc, sp, cands)
		} else {
			out = append(out, nameGluedToVerb(doc, sp, words)...)
		}
		// Only a token that holds a case hump or a letter outside ASCII
		// can be glued: nextGlue skips the others eight bytes at a time,
		// and the token is read from its start.
		for i := sp.Start; ; {
			p := nextGlue(text[:sp.End], i, sp.End)
			if p == sp.End {
				break
			}
			for p > i && isASCIILetter(text[p-1]) {
				p--
			}
			i = p
			s := i
			hump, prevLower := false, false
			for i < sp.End {
				var up, low bool
				if c := text[i]; c < utf8.RuneSelf {
					if !isASCIILetter(c) {
						break
					}
					up, low = c <= 'Z', c >= 'a'
					i++
				} else {
					r, n := utf8.DecodeRune(text[i:sp.End])
					if !unicode.IsLetter(r) {
						break
					}
					up, low = unicode.IsUpper(r), unicode.IsLower(r)
					i += n
				}
				hump = hump || prevLower && up
				prevLower = low
			}
			if !hump || !plainToken(text, sp, s, i) {
				continue
			}
			// the test converts the token without keeping it: only a
			// finding allocates its copy
			if b := gluedBoundary(string(text[s:i])); b > 0 {
				tok := string(text[s:i])
				out = append(out, lint.Finding{
					Span:       lint.Span{Start: s, End: i},
					Message:    fmt.Sprintf("%q looks like two words glued together", tok),
					Suggestion: fmt.Sprintf("separate %q and %q", tok[:b], tok[b:]),
				})
				continue
			}
			if at := oneHump(text[s:i]); en && at > 0 {
				if c, ok := openerGlue(text, sp, s, i, at); ok {
					cands = append(cands, c)
				} else if c, ok := nameGluedToName(doc, sp, s, i, at, words); ok {
					cands = append(cands, c)
				}
			}
		}
	}
	out = append(out, resolveGlue(doc, cands)...)
	slices.SortStableFunc(out, lint.Finding.Compare)
	return out
}

// oneHump returns the byte index of the only place where a lower-case
// letter is followed by an upper-case one in tok, or 0 when there are none
// or several ("getElementById").
func oneHump(tok []byte) int {
	at, prevLower := 0, false
	for i := 0; i < len(tok); {
		r, n := utf8.DecodeRune(tok[i:])
		if prevLower && unicode.IsUpper(r) {
			if at > 0 {
				return 0
			}
			at = i
		}
		prevLower = unicode.IsLower(r)
		i += n
	}
	return at
}

// plainToken: the letters text[s:e] are a word of prose, not part of a
// hashtag, handle, identifier, path or dotted name.
func plainToken(text []byte, sp lint.Span, s, e int) bool {
	if p, n := runeBefore(text, sp.Start, s); n > 0 && (strings.ContainsRune("#@/\\_.$-", p) || unicode.IsDigit(p) || unicode.Is(unicode.Mn, p)) {
		return false
	}
	if nx, n := runeAt(text, e, sp.End); n > 0 && (strings.ContainsRune("_(/\\@$", nx) || unicode.IsDigit(nx) || unicode.Is(unicode.Mn, nx)) {
		return false
	}
	if nx, n := runeAt(text, e, sp.End); n > 0 && nx == '.' {
		// "util.List": a dotted name goes on after the period.
		if c, cn := runeAt(text, e+n, sp.End); cn > 0 && unicode.IsLetter(c) {
			return false
		}
	}
	return true
}

// nextGlue returns the first index of b[from:to] where a token may be
// glued: a lower-case ASCII letter (at from or after) directly followed by
// an upper-case one, whose index it returns, or a letter outside ASCII; to
// when there is none. It tests eight bytes at a time for upper-case letters
// after lower-case ones and for high bits, so prose without either costs a
// fraction of the rune-by-rune scan.
func nextGlue(b []byte, from, to int) int {
	i := from
	for i+8 <= to {
		x := binary.LittleEndian.Uint64(b[i:])
		if x&highs == 0 {
			// bytes >= 'A' and bytes >= 'Z'+1 get their high bit set; no
			// carry crosses bytes below 0x80.
			upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highs
			if upper == 0 {
				i += 8
				continue
			}
			// the lower-case letters, each flag moved onto the byte
			// after it (the chunk's first byte takes b[i-1]'s): an
			// upper-case letter under a flag is a hump
			lower := (x + (0x80-'a')*ones) &^ (x + (0x80-'z'-1)*ones) & highs
			after := lower << 8
			if i > from && b[i-1]-'a' < 26 {
				after |= 0x80
			}
			if hump := upper & after; hump != 0 {
				return i + bits.TrailingZeros64(hump)/8
			}
			i += 8
			continue
		}
		if at := glueAt(b, from, i, i+8); at >= 0 {
			return at
		}
		i += 8
	}
	if at := glueAt(b, from, i, to); at >= 0 {
		return at
	}
	return to
}

// glueAt is nextGlue's byte-by-byte test of b[i:to] (b[from-1] is outside
// the text it reads): the index it finds, or -1.
func glueAt(b []byte, from, i, to int) int {
	for ; i < to; i++ {
		c := b[i]
		if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRune(b[i:]); unicode.IsLetter(r) {
				return i
			}
			continue
		}
		if c-'A' < 26 && i > from && b[i-1]-'a' < 26 {
			return i
		}
	}
	return -1
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// gluedBoundary returns the byte index where a lower-case word ends and a
// capitalised one starts in tok, or 0.
func gluedBoundary(tok string) int {
	b := -1
	prevLower := false
	for i, r := range tok {
		if prevLower && unicode.IsUpper(r) {
			b = i
			break
		}
		prevLower = unicode.IsLower(r)
	}
	if b <= 0 {
		return 0
	}
	lower, upper := tok[:b], tok[b:]
	if isTitleWord(lower) && utf8.RuneCountInString(lower) >= minGluedName && nameBoundaries[upper] {
		return b // "Edda MarlowThus": a name glued to the next sentence
	}
	if !isLowerWord(lower) || utf8.RuneCountInString(lower) < 3 || !isTitleWord(upper) {
		return 0
	}
	if !sentenceOpeners[upper] {
		return 0
	}
	if sayingVerbs[lower] {
		return b
	}
	// An identifier ("addIf", "spanOf") has a short stem; a glued sentence
	// follows an inflected word ("statedHe", "registeredThat").
	for _, e := range glueEndings {
		if strings.HasSuffix(lower, e) && len(lower) > len(e)+2 {
			return b
		}
	}
	return 0
}
