package artifacts

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// MixedScript flags letters and digits of another script that look like
// Latin ones, inside a Latin word, a code or a number: a Cyrillic "Е" in
// "UNЕP", a Cyrillic initial before a Latin surname, Persian digits in "۲۶th".
type MixedScript struct{}

func (MixedScript) ID() string                     { return "mixed-script" }
func (MixedScript) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (MixedScript) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Look-alike letters or digits from another script",
		Text: `Flags characters of another script that a translation or a keyboard slipped into
Latin text, where they look right but break search, sorting and spell checking:
- a Cyrillic or Greek letter that looks like a Latin one inside a Latin word ("UNЕP" with a
  Cyrillic Е), or mixed with digits in an English text ("К47Т3");
- a Cyrillic or Greek capital used as an initial before a Latin name ("О. Pelling");
- Arabic-Indic or Persian digits in an English text beside Latin words ("۲۶th", "۲۶ yearly").
A word spelt the same way with the same look-alike letters, or the same initial before the
same name, is one misspelt form however often it recurs: it is reported once, at its first
place, with the other places as related locations, and the fix edits them all. Digits are
reported at each number.
Words wholly in another script (a Russian or Greek word, an Arabic date in an Arabic
quotation) are left alone. The fix writes the Latin letter or the ASCII digit.`,
		Bad:  "Delegates of the UNЕP met on the ۲۶th.",
		Good: "Delegates of the UNEP met on the 26th.",
	}
}

// lookAlikes maps Cyrillic and Greek letters to the Latin letter they look
// like.
var lookAlikes = map[rune]rune{
	'А': 'A', 'В': 'B', 'С': 'C', 'Е': 'E', 'Н': 'H', 'І': 'I', 'Ј': 'J', 'К': 'K', 'М': 'M',
	'О': 'O', 'Р': 'P', 'Ѕ': 'S', 'Т': 'T', 'Х': 'X', 'а': 'a', 'с': 'c', 'е': 'e', 'і': 'i',
	'ј': 'j', 'о': 'o', 'р': 'p', 'ѕ': 's', 'х': 'x', 'у': 'y', 'ԁ': 'd', 'һ': 'h',
	'Α': 'A', 'Β': 'B', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Ι': 'I', 'Κ': 'K', 'Μ': 'M', 'Ν': 'N',
	'Ο': 'O', 'Ρ': 'P', 'Τ': 'T', 'Υ': 'Y', 'Χ': 'X', 'ο': 'o',
}

// eastDigit returns the ASCII digit an Arabic-Indic or Persian digit stands
// for.
func eastDigit(r rune) (rune, bool) {
	switch {
	case r >= '٠' && r <= '٩':
		return '0' + r - '٠', true
	case r >= '۰' && r <= '۹':
		return '0' + r - '۰', true
	}
	return 0, false
}

// wordMix counts the kinds of characters of one word.
type wordMix struct {
	latin, look, other, digits, east int
}

func mixOf(s string) wordMix {
	var m wordMix
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && r >= '0' && r <= '9':
			m.digits++
		case r < utf8.RuneSelf && isASCIILetter(byte(r)) || unicode.Is(unicode.Latin, r):
			m.latin++
		case lookAlikes[r] != 0:
			m.look++
		case isEast(r):
			m.east++
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			m.other++
		}
	}
	return m
}

func isEast(r rune) bool { _, ok := eastDigit(r); return ok }

// latinWord: w is made of Latin letters only.
func latinWord(doc *lint.Document, w lint.Word) bool {
	m := mixOf(string(doc.Text[w.Start:w.End]))
	return m.latin > 0 && m.look == 0 && m.other == 0 && m.east == 0
}

func (MixedScript) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	en := doc.Lang == "en"
	for sp := range proseSpans(doc) {
		if skipASCII(text[sp.Start:sp.End]) == sp.Len() {
			continue
		}
		words := doc.WordsIn(sp)
		for k, w := range words {
			if skipASCII(text[w.Start:w.End]) == w.Len() {
				continue
			}
			word := string(text[w.Start:w.End])
			m := mixOf(word)
			near := func(d int) bool {
				return k+d >= 0 && k+d < len(words) && latinWord(doc, words[k+d])
			}
			foreign := func(d int) bool {
				return k+d >= 0 && k+d < len(words) && mixOf(string(text[words[k+d].Start:words[k+d].End])).other > 0
			}
			switch {
			case m.look > 0 && m.other == 0 && m.east == 0 && (m.latin > 0 || en && m.digits > 0):
				// "UNЕP", "К47Т3": the same form again is the same
				// misspelt word, one defect
				f := fixScript(doc, w, fmt.Sprintf("%q mixes look-alike letters of another script with Latin letters or digits", word))
				f.Form = word
				out = append(out, f)
			case en && m.look == 1 && m.latin+m.other+m.digits+m.east == 0 && int(w.End) < sp.End && text[w.End] == '.' && near(1) &&
				unicode.IsUpper([]rune(word)[0]):
				// "А. Smith": a Cyrillic initial; before the same name
				// again, the same misspelt name
				f := fixScript(doc, w, fmt.Sprintf("the initial %q is a letter of another script", word))
				f.Form = word + ". " + string(text[words[k+1].Start:words[k+1].End])
				out = append(out, f)
			case en && m.east > 0 && m.other == 0 && m.look == 0 && !foreign(-1) && !foreign(1) && (m.latin > 0 || near(-1) || near(1)):
				// "۲۶th", "on ۲۶ June"
				out = append(out, fixScript(doc, w, fmt.Sprintf("%q has Arabic-Indic or Persian digits in English text", word)))
			}
		}
	}
	return out
}

// fixScript reports w with a fix that writes the Latin letters and ASCII
// digits.
func fixScript(doc *lint.Document, w lint.Word, msg string) lint.Finding {
	word := string(doc.Text[w.Start:w.End])
	good := strings.Map(func(r rune) rune {
		if l := lookAlikes[r]; l != 0 {
			return l
		}
		if d, ok := eastDigit(r); ok {
			return d
		}
		return r
	}, word)
	return finding(doc, w.Span(), msg, fmt.Sprintf("write %q", good), true, good)
}
