package artifacts

import (
	"bytes"
	"encoding/binary"
	"fmt"
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
digits are skipped.`,
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
func nameGluedToVerb(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for _, w := range doc.WordsIn(sp) {
		// a cheap shape test first: "Xxxx" + a verb, ending in d, e or s
		if w.Len() < minGluedName+4 || text[w.Start] < 'A' || text[w.Start] > 'Z' {
			continue
		}
		if last := text[int(w.End)-1]; last != 'd' && last != 'e' && last != 's' {
			continue
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
			out = append(out, lint.Finding{Span: w.Span(),
				Message:    fmt.Sprintf("%q looks like a name glued to %q", word, v),
				Suggestion: fmt.Sprintf("separate %q and %q", name, v)})
			break
		}
	}
	return out
}

// glueEndings: endings of an English word that is not a brand prefix.
var glueEndings = []string{"ed", "ing", "ly", "tion", "sion", "ment", "ness", "ity"}

// sayingVerbs are glued to the quote or name after them.
var sayingVerbs = set("said", "says", "told", "wrote", "added", "noted", "stated", "explained")

func (GluedWords) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for _, sp := range prose(doc) {
		out = append(out, nameGluedToVerb(doc, sp)...)
		if !mayGlue(text[sp.Start:sp.End]) {
			continue
		}
		i := sp.Start
		for i < sp.End {
			// ASCII letters are classified by byte, others decoded.
			if c := text[i]; c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					i++
					continue
				}
			} else if r, n := utf8.DecodeRune(text[i:sp.End]); !unicode.IsLetter(r) {
				i += n
				continue
			}
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
		}
	}
	slices.SortStableFunc(out, lint.Finding.Compare)
	return out
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

// mayGlue reports whether b can hold a glued word: a lower-case ASCII
// letter directly followed by an upper-case one, or a non-ASCII letter (the
// hump may involve it). It tests eight bytes at a time for upper-case
// letters and high bits, so prose without either costs a fraction of the
// rune-by-rune scan.
func mayGlue(b []byte) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for i+8 <= len(b) {
		x := binary.LittleEndian.Uint64(b[i:])
		if x&highs == 0 {
			// bytes >= 'A' and bytes >= 'Z'+1 get their high bit set; no
			// carry crosses bytes below 0x80.
			upper := (x + (0x80-'A')*ones) &^ (x + (0x80-'Z'-1)*ones) & highs
			if upper == 0 {
				i += 8
				continue
			}
		}
		if glueAt(b, i, i+8) {
			return true
		}
		i += 8
	}
	return glueAt(b, i, len(b))
}

// glueAt is mayGlue's byte-by-byte test of b[from:to] (b[from-1] is the
// byte before).
func glueAt(b []byte, from, to int) bool {
	for i := from; i < to; i++ {
		c := b[i]
		if c >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRune(b[i:]); unicode.IsLetter(r) {
				return true
			}
			continue
		}
		if c-'A' < 26 && i > 0 && b[i-1]-'a' < 26 {
			return true
		}
	}
	return false
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
