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
	"github.com/translint/translint/lint/layer"
)

// Punctuation flags mechanical punctuation damage: doubled periods and
// commas, a space before a comma, a missing space after a sentence's
// period, unpaired guillemets, an opening quotation mark in a closing
// position and a space inside a hyphenated word.
type Punctuation struct{}

func (Punctuation) ID() string                     { return "punctuation" }
func (Punctuation) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (Punctuation) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Broken punctuation left by translation or copying",
		Text: `Flags punctuation that machine translation or copying damaged:
- a doubled period or comma ("by the river. .", "storm. . After", "and,, then");
  three or more periods are an ellipsis and are left alone;
- a space before a comma ("we were , as usual");
- no space between a sentence's period and the next sentence when the next word is one that
  opens sentences ("magazine.The", "talks.However"); initials, abbreviations (U.S., St.),
  decimals, versions, domains and brands (Gazeta.Ru) and code names (java.util.List,
  fmt.Sprintf, images.Process) are fine;
- a guillemet without its pair (an unpaired "»", or a "«" never closed in its paragraph unless
  the next paragraph opens with "«", as a quotation spanning paragraphs does); a "»" ending a
  line after a space is an arrow after link text ("Read more »");
- an opening curly quote in a closing position (` + "`Ostrova “, she replied`" + `, ` + "`home, “- asked`" + `), and
  in English a closing quote that opens a word (` + "`”Evening`" + `); quotes nested in any
  common style («…», “…”, „…“) are fine;
- a space inside a hyphenated word ("long -awaited", "self- taught");
- a curly quotation mark typed twice ("‘‘Title’’", "““"), a period left after a closing quote
  ("Lotta.” ."), a question or exclamation mark typed twice with a space ("why? ?,"), and in
  English an opening quote with a space after it ("“ When") or a straight closing quote after a
  space (` + "`stay inside, \"added`" + `, ` + "`the end. \"`" + ` ending a paragraph);
- a space before a bracket that closes after a sentence ("colours? )"), a comma and a dash
  together ("valley, – Brenn"), an ellipsis glued to the next sentence ("waited...Then") and
  a period before a closing quote and a comma ("pointless.”, she said");
- a "|" left after a paragraph's last sentence, a bracket glued to the next word ("]and"; an
  optional part of a word in a manual's notation, "--[no-]guess", "get[ug]id", is fine),
  a function word capitalised after a semicolon ("rain; From the"), an opening quote
  closing a quotation ("a triumph!“ The"), a space before a closing quote ("radio ” the"),
  when the author typed it (an emphasis mark the reader masked is no space);
- a sentence boundary lost: a capitalised pronoun between two lower-case words ("the
  orchard It stands beside"); titles ("the novel It was filmed") and an "o" bullet opening a line
  are fine.
The fix removes the extra period or comma and the stray space where that is certain.`,
		Bad:  "the long -awaited concert began late. . After that, we were , as usual, hungry.",
		Good: "the long-awaited concert began late. After that, we were, as usual, hungry.",
	}
}

func (Punctuation) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	// each block is read once the next is known (a quotation in
	// guillemets may go on in it)
	var prev lint.Span
	have := false
	for sp := range proseSpans(doc) {
		if have {
			out = punctuationIn(doc, prev, sp, out)
		}
		prev, have = sp, true
	}
	if have {
		out = punctuationIn(doc, prev, lint.Span{}, out)
	}
	slices.SortStableFunc(out, lint.Finding.Compare)
	return out
}

// punctuationIn appends the findings of the block sp to out; next is the
// block after it, or the empty span after the last.
func punctuationIn(doc *lint.Document, sp, next lint.Span, out []lint.Finding) []lint.Finding {
	out = append(out, doubledMarks(doc, sp)...)
	out = append(out, spaceBeforeComma(doc, sp)...)
	out = append(out, missingSpace(doc, sp)...)
	if hasGuillemet(doc.Text[sp.Start:sp.End]) {
		nextOpens := bytes.HasPrefix(bytes.TrimLeft(doc.Text[next.Start:next.End], " \t\n"), []byte("«"))
		out = append(out, guillemets(doc, sp, nextOpens)...)
	}
	double, twice := curlyQuotes(doc.Text[sp.Start:sp.End])
	if double {
		out = append(out, misplacedQuotes(doc, sp)...)
	}
	out = append(out, spacedHyphens(doc, sp)...)
	if twice {
		out = append(out, doubledQuotes(doc, sp)...)
	}
	out = append(out, strayMarks(doc, sp)...)
	out = append(out, lostBoundary(doc, sp)...)
	return out
}

// doubledMarks: ". ." and ".." (exactly two periods) and ",," / ", ,".
func doubledMarks(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	marks := newSeek2(text, sp.End, '.', ',')
	for i := sp.Start; i < sp.End; i++ {
		if i = marks.from(i); i >= sp.End {
			break
		}
		c := text[i]
		if !(i+1 < sp.End && (text[i+1] == c || text[i+1] == ' ' && i+2 < sp.End && text[i+2] == c)) {
			continue // a lone mark (nearly all): the run below has one
		}
		if p, n := runeBefore(text, sp.Start, i); n == 0 || !(unicode.IsLetter(p) || unicode.IsDigit(p) || strings.ContainsRune("”’»)", p)) {
			continue
		}
		// the run of marks of the same kind separated by single spaces
		j, marks, spaced := i+1, 1, false
		for j < sp.End {
			if text[j] == c {
				marks++
				j++
				continue
			}
			if text[j] == ' ' && j+1 < sp.End && text[j+1] == c {
				spaced = true
				j++
				continue
			}
			break
		}
		if marks != 2 || spaced && !isProse(doc, lint.Span{Start: i, End: j}) {
			// a masked character between the marks ("v2.*.*") is markup
			i = j - 1
			continue
		}
		nx, nn := runeAt(text, j, sp.End)
		if c == '.' && nn > 0 && (nx == '/' || unicode.IsDigit(nx) || nx == '\\') {
			// "../", "1..10": paths and ranges.
			i = j - 1
			continue
		}
		if c == '.' && !spaced {
			// "Wait.." can be a two-dot ellipsis; report it without a fix.
			if nn > 0 && !unicode.IsSpace(nx) && !strings.ContainsRune("\"'”’»)", nx) {
				i = j - 1
				continue
			}
		}
		s := lint.Span{Start: i, End: j}
		name := "period"
		if c == ',' {
			name = "comma"
		}
		f := lint.Finding{Span: s, Message: fmt.Sprintf("doubled %s %q", name, text[i:j]),
			Suggestion: fmt.Sprintf("keep one %s", name)}
		if spaced || c == ',' {
			if del := (lint.Span{Start: i + 1, End: j}); isProse(doc, del) {
				f.Fix = []lint.Edit{{Span: del}}
			}
		}
		out = append(out, f)
		i = j - 1
	}
	return out
}

// spaceBeforeComma: "we were , as": a word, spaces and a comma.
func spaceBeforeComma(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for i := sp.Start + 1; i < sp.End; i++ {
		if i = seek(text, i, sp.End, ','); i >= sp.End {
			break
		}
		if text[i-1] != ' ' && text[i-1] != '\t' {
			continue
		}
		s := i - 1
		for s > sp.Start && (text[s-1] == ' ' || text[s-1] == '\t') {
			s--
		}
		p, n := runeBefore(text, sp.Start, s)
		if n == 0 || !(unicode.IsLetter(p) || unicode.IsDigit(p) || strings.ContainsRune(")]”’\"'»", p)) {
			continue
		}
		if nx, nn := runeAt(text, i+1, sp.End); nn > 0 && !unicode.IsSpace(nx) {
			continue // "1 ,000", " ,err": figures and code, not prose
		}
		gap := lint.Span{Start: s, End: i}
		if !isProse(doc, gap) {
			continue // masked markup, not a space, before the comma
		}
		if holeWords[strings.ToLower(string(text[wordStart(text, sp.Start, s):s]))] {
			// "spoke to the , yet": a name was dropped here
			// (dropped-name reports it); removing the space would hide it.
			continue
		}
		out = append(out, lint.Finding{Span: lint.Span{Start: s, End: i + 1},
			Message: "space before a comma", Suggestion: "remove the space",
			Fix: []lint.Edit{{Span: gap}}})
	}
	return out
}

// boundaryOpeners open a sentence and never name a member in code: after
// "word." with no space they show a lost space, where "images.Process",
// "fmt.Sprintf" or "collections.After" are code names.
var boundaryOpeners = set("The", "He", "She", "They", "We", "This", "That", "These", "Those",
	"There", "But", "However", "According", "His", "Her", "Their", "Our", "Meanwhile",
	"Although", "Moreover")

// missingSpace: "magazine.The": a lower-case word, a period and a word that
// opens sentences with no space, not part of a dotted name.
func missingSpace(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for i := sp.Start + 2; i+2 < sp.End; i++ {
		if i = seek(text, i, sp.End-2, '.'); i+2 >= sp.End {
			break
		}
		if c := text[i+1]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			continue // no upper-case letter after the period (nearly always)
		}
		p1, n1 := runeBefore(text, sp.Start, i)
		p2, n2 := runeBefore(text, sp.Start, i-n1)
		if n1 == 0 || n2 == 0 || !unicode.IsLower(p1) || !unicode.IsLower(p2) {
			continue
		}
		nx, nn := runeAt(text, i+1, sp.End)
		if nn == 0 || !unicode.IsUpper(nx) {
			continue
		}
		// the word before: letters only, not preceded by a period ("java.util.List")
		ws := i
		for ws > sp.Start {
			r, n := runeBefore(text, sp.Start, ws)
			if !unicode.IsLetter(r) {
				if r == '.' || r == '/' || r == '@' || r == '_' || r == '-' || unicode.IsDigit(r) {
					ws = -1
				}
				break
			}
			ws -= n
		}
		if ws < 0 {
			continue
		}
		// the word after: one capitalised word, not followed by a period and a
		// letter or by "(" (code)
		we := i + 1 + nn
		for we < sp.End {
			r, n := runeAt(text, we, sp.End)
			if !unicode.IsLetter(r) {
				break
			}
			we += n
		}
		if !isTitleWord(string(text[i+1:we])) || !boundaryOpeners[string(text[i+1:we])] {
			continue
		}
		if r, n := runeAt(text, ws, sp.End); n == 0 || !unicode.IsLower(r) {
			continue // "Gazeta.Ru", "Mail.Ru": a dotted name, not two sentences
		}
		if r, n := runeAt(text, we, sp.End); n > 0 && (r == '(' || r == '_' || r == '/' || unicode.IsDigit(r)) {
			continue
		}
		if r, n := runeAt(text, we, sp.End); n > 0 && r == '.' {
			if r2, n2 := runeAt(text, we+1, sp.End); n2 > 0 && unicode.IsLetter(r2) {
				continue
			}
		}
		s := lint.Span{Start: ws, End: we}
		out = append(out, lint.Finding{Span: s,
			Message:    fmt.Sprintf("no space after the period in %q", text[ws:we]),
			Suggestion: "add a space after the period, or restore what was lost there"})
		i = we - 1
	}
	return out
}

// guillemets pairs « and » in one block: an unmatched » and a « left open
// (unless the next block opens with «, as a quotation spanning paragraphs
// does) are reported. A » that opens a word and is closed by a later « is
// the »Danish and German« style and is skipped with its pair.
func guillemets(doc *lint.Document, sp lint.Span, nextOpens bool) []lint.Finding {
	text := doc.Text
	if !hasGuillemet(text[sp.Start:sp.End]) {
		return nil
	}
	seg := string(text[sp.Start:sp.End])
	var out []lint.Finding
	var open []int
	for i := 0; i < len(seg); {
		r, n := utf8.DecodeRuneInString(seg[i:])
		switch r {
		case '«':
			open = append(open, i)
		case '»':
			if len(open) > 0 {
				open = open[:len(open)-1]
				break
			}
			nx, _ := utf8.DecodeRuneInString(seg[i+n:])
			if k := strings.IndexRune(seg[i+n:], '«'); k >= 0 && (unicode.IsLetter(nx) || unicode.IsDigit(nx)) {
				i += n + k + len("«")
				continue
			}
			if arrowAt(seg, i, n) {
				break
			}
			s := sp.Start + i
			out = append(out, lint.Finding{Span: lint.Span{Start: s, End: s + n},
				Message: "closing guillemet » without an opening «", Suggestion: "add the opening « or remove this one"})
		}
		i += n
	}
	if len(open) > 0 && !nextOpens {
		s := sp.Start + open[0]
		out = append(out, lint.Finding{Span: lint.Span{Start: s, End: s + len("«")},
			Message: "opening guillemet « never closed in its paragraph", Suggestion: "add the closing » or remove this one"})
	}
	return out
}

// arrowAt: the » at seg[i:i+n] is an arrow after link text ("Read more »",
// "Next »"): a space before it and the end of the line after it.
func arrowAt(seg string, i, n int) bool {
	rest := strings.TrimLeft(seg[i+n:], " \t")
	return i > 0 && seg[i-1] == ' ' && (rest == "" || rest[0] == '\n' || rest[0] == '\r')
}

// hasGuillemet reports whether b holds « or » (UTF-8 C2 AB and C2 BB),
// scanning for their first byte rather than decoding every rune.
func hasGuillemet(b []byte) bool {
	for {
		i := bytes.IndexByte(b, 0xc2)
		if i < 0 || i+1 >= len(b) {
			return false
		}
		if b[i+1] == 0xab || b[i+1] == 0xbb {
			return true
		}
		b = b[i+2:]
	}
}

// curlyQuotes reports whether seg holds “ or ” (double), and whether it
// holds one of ‘ ’ “ ” twice in a row (twice): misplacedQuotes and
// doubledQuotes find nothing in a block without, and one pass over its
// 0xE2 bytes (which open the four marks, and are never inside a
// character) answers both.
func curlyQuotes(seg []byte) (double, twice bool) {
	for i := 0; ; {
		k := bytes.IndexByte(seg[i:], 0xe2)
		if k < 0 || i+k+3 > len(seg) {
			return double, twice
		}
		i += k
		// E2 80 98-99 and 9C-9D: ‘ ’ and “ ”
		if c := seg[i+2]; seg[i+1] != 0x80 || c != 0x98 && c != 0x99 && c != 0x9c && c != 0x9d {
			i++
			continue
		}
		double = double || seg[i+2] >= 0x9c
		twice = twice || i+6 <= len(seg) && string(seg[i+3:i+6]) == string(seg[i:i+3])
		if double && twice {
			return double, twice
		}
		i += 3
	}
}

// misplacedQuotes: “ after a space and before punctuation or the end of the
// block (an opening mark closing a quotation), and, in English, ” after a
// space and directly before a letter (a closing mark opening one). A block
// without “ and ” has none (curlyQuotes tells).
func misplacedQuotes(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	seg := text[sp.Start:sp.End]
	lowQuote := bytes.IndexRune(seg, '„')
	// “ and ” open with the byte 0xE2, which opens a character and is
	// never inside one: the loop hops from one such byte to the next.
	for i, n := 0, 0; i < len(seg); i += n {
		k := bytes.IndexByte(seg[i:], 0xe2)
		if k < 0 {
			break
		}
		i += k
		var r rune
		r, n = utf8.DecodeRune(seg[i:])
		if r != '“' && r != '”' {
			continue
		}
		at := sp.Start + i
		p, pn := runeBefore(text, sp.Start, at)
		// a space the author typed: markup the reader masked ("*term*”")
		// leaves one that is not
		spaceBefore := pn > 0 && (p == ' ' || p == '\t') && doc.Src[at-pn] == byte(p)
		if r == '“' && pn > 0 && strings.ContainsRune(".!?,", p) && (lowQuote < 0 || lowQuote > i) {
			// "a triumph!“ The crowd": an opening mark after the words it closes
			if nx, nn := runeAt(text, at+len("“"), sp.End); nn == 0 || nx == ' ' || nx == '\n' {
				out = append(out, lint.Finding{Span: lint.Span{Start: at, End: at + len("“")},
					Message:    "opening quotation mark “ used to close a quotation",
					Suggestion: "use the closing mark ”"})
				continue
			}
		}
		if r == '”' && spaceBefore && doc.Lang == "en" {
			// "local radio ” the": a closing mark after a space
			if q, qn := runeBefore(text, sp.Start, at-pn); qn > 0 && unicode.IsLetter(q) {
				if nx, nn := runeAt(text, at+len("”"), sp.End); nn == 0 || unicode.IsSpace(nx) || strings.ContainsRune(".,;:!?", nx) {
					out = append(out, lint.Finding{Span: lint.Span{Start: at - pn, End: at + len("”")},
						Message:    "space before the closing quotation mark ”",
						Suggestion: "remove the space"})
					continue
				}
			}
		}
		if !spaceBefore {
			continue
		}
		end := at + len("“")
		// next non-blank rune
		j := end
		for j < sp.End && (text[j] == ' ' || text[j] == '\t') {
			j++
		}
		nx, nn := runeAt(text, j, sp.End)
		if r == '“' {
			if lowQuote >= 0 && lowQuote < i {
				continue // „German“ style: “ closes
			}
			if nn == 0 || strings.ContainsRune(",.;:!?-–—)", nx) {
				out = append(out, lint.Finding{Span: lint.Span{Start: at, End: end},
					Message:    "opening quotation mark “ used to close a quotation",
					Suggestion: "use the closing mark ” after the quoted words, without a space before it"})
			}
			continue
		}
		if doc.Lang == "en" && j == end && nn > 0 && unicode.IsLetter(nx) {
			out = append(out, lint.Finding{Span: lint.Span{Start: at, End: end},
				Message:    "closing quotation mark ” used to open a quotation",
				Suggestion: "use the opening mark “"})
		}
	}
	return out
}

// compoundHeads are words that open hyphenated compounds ("well-trained",
// "self-made").
var compoundHeads = set(
	"well", "self", "non", "anti", "pro", "co", "ex", "pre", "post", "multi", "semi", "long",
	"short", "high", "low", "full", "half", "ill", "all", "best", "far", "ever", "over", "under",
	"open", "so", "much", "little", "top", "old", "new", "large", "small", "world", "state",
	"counter", "cross", "quasi", "mid", "one", "two", "three", "four", "five", "six", "ten",
	"first", "second", "third", "last", "near", "wide", "never", "hard", "fast", "slow", "deep",
	"war", "cost", "time", "record", "life", "hand", "home", "man", "government", "kremlin",
	"russian", "ukrainian", "left", "right", "ultra", "vice", "sub", "inter", "intra", "neo",
	"pan", "bi", "tri", "mini", "mega", "micro", "macro", "cyber",
)

// suspendedTails follow a suspended hyphen ("pre- and post-war").
var suspendedTails = set("and", "or", "to", "nor", "und", "bis", "as", "than")

// spacedHyphen reports whether seg holds " -" or "- ": it looks for the
// hyphens, which are rare, not for the spaces, which are everywhere.
func spacedHyphen(seg []byte) bool {
	for i := 0; ; i++ {
		k := bytes.IndexByte(seg[i:], '-')
		if k < 0 {
			return false
		}
		i += k
		if i > 0 && seg[i-1] == ' ' || i+1 < len(seg) && seg[i+1] == ' ' {
			return true
		}
	}
}

// spacedHyphens: "long -awaited" and "self- taught".
func spacedHyphens(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	seg := text[sp.Start:sp.End]
	if !spacedHyphen(seg) {
		return nil
	}
	// the document's cached words: lostBoundary has them made for every
	// block of the rule anyway
	words := doc.WordsIn(sp)
	for k := 0; k+1 < len(words); k++ {
		a, b := words[k], words[k+1]
		if int(b.Start)-int(a.End) != 2 || !(text[a.End] == ' ' && text[int(a.End)+1] == '-' || text[a.End] == '-' && text[int(a.End)+1] == ' ') {
			continue
		}
		gap := string(text[a.End:b.Start])
		head := string(text[a.Start:a.End])
		tail := string(text[b.Start:b.End])
		if !isLowerWord(head) && !isTitleWord(head) || !isLowerWord(tail) && !isLowerWord(strings.SplitN(tail, "-", 2)[0]) {
			continue
		}
		if suspendedTails[tail] {
			continue
		}
		if !compoundHeads[strings.ToLower(head)] {
			continue
		}
		// "-v", "--force": command-line options are not compounds.
		if gap == " -" && (int(b.End)-int(b.Start) < 3 || int(b.Start) >= 2 && text[int(b.Start)-2] == '-') {
			continue
		}
		s := lint.Span{Start: int(a.Start), End: int(b.End)}
		f := lint.Finding{Span: s,
			Message:    fmt.Sprintf("space inside the hyphenated word %q", text[s.Start:s.End]),
			Suggestion: fmt.Sprintf("write %q", head+"-"+tail)}
		sp := lint.Span{Start: int(a.End), End: int(a.End) + 1}
		if gap == "- " {
			sp = lint.Span{Start: int(a.End) + 1, End: int(b.Start)}
		}
		if isProse(doc, lint.Span{Start: int(a.End), End: int(b.Start)}) {
			f.Fix = []lint.Edit{{Span: sp}}
		}
		out = append(out, f)
	}
	return out
}

// holeWords cannot end a phrase: a comma after one marks a lost word.
var holeWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "with": true, "to": true, "by": true, "for": true,
	"from": true, "at": true, "in": true, "on": true, "about": true, "between": true, "and": true,
	"over": true, "against": true, "under": true, "into": true, "than": true, "during": true,
	"without": true, "within": true, "via": true, "toward": true, "towards": true, "per": true,
}

// wordStart is the start of the word that ends at end.
func wordStart(text []byte, lo, end int) int {
	for end > lo {
		r, n := utf8.DecodeLastRune(text[lo:end])
		if !unicode.IsLetter(r) {
			break
		}
		end -= n
	}
	return end
}

// doubledQuotes: a curly quotation mark typed twice ("‘‘Title’’", "““"), as
// left where a converter turned each half of a double quote into a single
// one. The pair around a title is reported once; the fix writes the
// double mark. A block without a mark twice in a row has none (curlyQuotes
// tells).
func doubledQuotes(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	const close = "’’"
	for i := sp.Start; i < sp.End; {
		r, n := runeAt(text, i, sp.End)
		r2, n2 := runeAt(text, i+n, sp.End)
		if r != r2 || !strings.ContainsRune("‘’“”", r) {
			i += n
			continue
		}
		end := i + n + n2
		// the title between ‘‘ and ’’ is reported as one finding
		if r == '‘' {
			if k := bytes.Index(text[end:sp.End], []byte(close)); k >= 0 && k <= maxQuotedTitle && bytes.IndexByte(text[end:end+k], '\n') < 0 {
				s := lint.Span{Start: i, End: end + k + len(close)}
				f := lint.Finding{Span: s,
					Message:    fmt.Sprintf("doubled single quotation marks around %q", text[end:end+k]),
					Suggestion: fmt.Sprintf("write “%s”", text[end:end+k])}
				if isProse(doc, s) {
					f.Fix = []lint.Edit{{Span: lint.Span{Start: i, End: end}, New: "“"},
						{Span: lint.Span{Start: end + k, End: s.End}, New: "”"}}
				}
				out = append(out, f)
				i = s.End
				continue
			}
		}
		s := lint.Span{Start: i, End: end}
		out = append(out, lint.Finding{Span: s,
			Message:    fmt.Sprintf("doubled quotation mark %q", text[i:end]),
			Suggestion: "keep one quotation mark (a double one for ‘‘ or ’’)"})
		i = end
	}
	return out
}

// maxQuotedTitle: the longest title (in bytes) between ‘‘ and ’’ reported
// as one finding.
const maxQuotedTitle = 120

// semicolonOpeners: prepositions that, capitalised after a semicolon, show
// a sentence mistaken for a clause ("; From the centre").
var semicolonOpeners = set("From", "In", "On", "At", "With", "For", "And", "It")

// isTitleWordAt: s opens with a capitalised word of two letters or more.
func isTitleWordAt(s []byte) bool {
	e := 0
	for e < len(s) && isASCIILetter(s[e]) {
		e++
	}
	return e >= 2 && isTitleWord(string(s[:e]))
}

// spacedParen: the ")" at seg[i] closes a "(" opened earlier on the same
// line with a letter or digit just inside it, and a letter stands before
// the space ("(the true skill )").
func spacedParen(seg []byte, i int) bool {
	p, _ := utf8.DecodeLastRune(seg[:i-1])
	if !unicode.IsLetter(p) && !unicode.IsDigit(p) {
		return false
	}
	ls := bytes.LastIndexByte(seg[:i], '\n') + 1
	o := bytes.LastIndexByte(seg[ls:i], '(')
	if o < 0 || bytes.IndexByte(seg[ls+o+1:i], ')') >= 0 {
		return false
	}
	in, _ := utf8.DecodeRune(seg[ls+o+1:])
	return unicode.IsLetter(in) || unicode.IsDigit(in)
}

// strayFirst holds the first bytes of the marks strayMarks looks at (0xE2
// starts the dashes and curly quotes).
var strayFirst = func() (t [256]bool) {
	for _, c := range []byte(".?!)]|;\"\xe2") {
		t[c] = true
	}
	return t
}()

// nextStray returns the first index of seg from i on that holds a byte of
// strayFirst, or len(seg). It passes over eight bytes at a time that hold
// none of the ASCII marks (nor '#' to '(', '<' to '>', which share their
// ranges) and no byte outside ASCII (0xE2 opens the dashes and curly
// quotes): in prose most of them; the test of a byte at a time was most
// of strayMarks' time.
func nextStray(seg []byte, i int) int {
	for ; i+8 <= len(seg); i += 8 {
		x := binary.LittleEndian.Uint64(seg[i:])
		if x&highs == 0 {
			// with every byte below 0x80 no carry crosses bytes: x+0x80-a
			// sets the high bit of the bytes >= a, and x^c+0x7F leaves
			// clear the high bit of the bytes equal to c
			marks := (x + (0x80-'!')*ones) &^ (x + (0x80-')'-1)*ones) // ! " # $ % & ' ( )
			marks |= (x + (0x80-';')*ones) &^ (x + (0x80-'?'-1)*ones) // ; < = > ?
			marks |= ^((x ^ '.'*ones) + 0x7f*ones)
			marks |= ^((x ^ ']'*ones) + 0x7f*ones)
			marks |= ^((x ^ '|'*ones) + 0x7f*ones)
			if marks&highs == 0 {
				continue
			}
		}
		for k := i; k < i+8; k++ {
			if strayFirst[seg[k]] {
				return k
			}
		}
	}
	for ; i < len(seg); i++ {
		if strayFirst[seg[i]] {
			return i
		}
	}
	return len(seg)
}

// saysAfterQuote are the words that follow a quotation's closing mark.
var saysAfterQuote = set("said", "says", "asked", "added", "told", "wrote", "noted", "stressed")

// strayMarks: a period left after a closing quote ("Lotta.” ."), a question
// or exclamation mark typed twice with a space ("why? ?,"), an opening
// quote with a space after it ("“ When"), and in English a straight quote
// on the wrong side of its space (", "added", "the end. "" at the end of a
// paragraph).
func strayMarks(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	add := func(s lint.Span, msg, sugg string) {
		if isProse(doc, s) {
			out = append(out, lint.Finding{Span: s, Message: msg, Suggestion: sugg})
		}
	}
	seg := doc.Text[sp.Start:sp.End]
	lowQuote := bytes.ContainsRune(seg, '„')
	for i := nextStray(seg, 0); i < len(seg); i = nextStray(seg, i+1) {
		r, _ := utf8.DecodeRune(seg[i:])
		at := sp.Start + i
		switch r {
		case '|':
			// "waved at the camera. |": a separator left after the last
			// sentence of a paragraph, on a line with no other "|"
			ls := bytes.LastIndexByte(seg[:i], '\n') + 1
			le := bytes.IndexByte(seg[i:], '\n')
			if le < 0 {
				le = len(seg) - i
			}
			if i >= 2 && seg[i-1] == ' ' && strings.ContainsRune(".!?", rune(seg[i-2])) && len(bytes.TrimSpace(seg[i+1:i+le])) == 0 &&
				bytes.Count(seg[ls:i+le], []byte("|")) == 1 && len(bytes.TrimSpace(seg[i+le:])) == 0 {
				add(lint.Span{Start: at - 1, End: at + 1}, "stray \"|\" after the paragraph's last sentence", "remove it")
			}
		case ';':
			// "rain; From the": a capitalised function word after a
			// semicolon, in a sentence (the word after it is lower-case)
			if w1 := bytes.TrimPrefix(seg[i+1:], []byte(" ")); len(w1) < len(seg[i+1:]) && isTitleWordAt(w1) {
				e := 0
				for e < len(w1) && isASCIILetter(w1[e]) {
					e++
				}
				if boundaryOpeners[string(w1[:e])] || semicolonOpeners[string(w1[:e])] {
					if rest := bytes.TrimPrefix(w1[e:], []byte(" ")); len(rest) < len(w1[e:]) && len(rest) > 0 && rest[0] >= 'a' && rest[0] <= 'z' {
						add(lint.Span{Start: at, End: at + 2 + e}, fmt.Sprintf("%q is capitalised after a semicolon", w1[:e]),
							"write it in lower case, or end the sentence with a period")
					}
				}
			}
		case ')', ']':
			// "]but then": a bracket glued to the next word
			if r == ']' && i > 0 && seg[i-1] != '[' && i+1 < len(seg) && seg[i+1] >= 'a' && seg[i+1] <= 'z' && !optionalInfix(seg, i) {
				if p, _ := utf8.DecodeLastRune(seg[:i]); unicode.IsLetter(p) || unicode.IsPunct(p) && p != '[' {
					add(lint.Span{Start: at, End: at + 2}, "no space after the closing bracket", "add a space after \"]\"")
				}
			}
			// "colours? )", "call it a day. ]": a space between the sentence's
			// end and the bracket that closes around it
			if i >= 2 && seg[i-1] == ' ' && strings.ContainsRune(".?!", rune(seg[i-2])) && (i < 3 || seg[i-3] != '.') {
				add(lint.Span{Start: at - 2, End: at + 1}, fmt.Sprintf("space before the closing %q", r), "remove the space")
			} else if r == ')' && i >= 2 && seg[i-1] == ' ' && spacedParen(seg, i) {
				if w := seg[wordStart(seg, 0, i-1) : i-1]; holeWords[strings.ToLower(string(w))] || string(w) == "or" {
					add(lint.Span{Start: at - 1, End: at + 1}, fmt.Sprintf("nothing between %q and the closing \")\": words were lost", w),
						"restore the lost words")
				} else {
					add(lint.Span{Start: at - 1, End: at + 1}, "space before the closing \")\"", "remove the space")
				}
			}
		case '–', '—':
			// "valley, – Brenn": a comma and a dash
			if i >= 2 && string(seg[i-2:i]) == ", " && bytes.HasPrefix(seg[i+utf8.RuneLen(r):], []byte(" ")) {
				add(lint.Span{Start: at - 2, End: at + utf8.RuneLen(r)}, "a comma and a dash together", "keep the comma or the dash")
			}
		case '.':
			// "waited...Then": an ellipsis glued to the next sentence
			if bytes.HasPrefix(seg[i:], []byte("...")) && i > 0 && seg[i-1] != '.' {
				p, _ := utf8.DecodeLastRune(seg[:i])
				nx, _ := utf8.DecodeRune(seg[i+3:])
				if unicode.IsLower(p) && unicode.IsUpper(nx) && isTitleWordAt(seg[i+3:]) {
					add(lint.Span{Start: at, End: at + 3}, "no space after the ellipsis before the next sentence", "add a space after the ellipsis")
				}
			}
			// "pointless.”, she": a period and a comma around the closing quote
			if q, qn := utf8.DecodeRune(seg[i+1:]); (q == '”' || q == '"') && bytes.HasPrefix(seg[i+1+qn:], []byte(", ")) {
				if ws := wordStart(seg, 0, i); ws < i && !layer.IsAbbreviation(string(seg[ws:i])) && (ws == 0 || seg[ws-1] != '.') {
					add(lint.Span{Start: at, End: at + 1 + qn + 1}, "a period and a comma around the closing quotation mark", "keep the comma: “…pointless”, she said")
				}
			}
			// ".” ." / ".\" .": terminal, closing quote, space, period
			if i >= 2 && seg[i-1] == ' ' {
				q, qn := utf8.DecodeLastRune(seg[:i-1])
				t, _ := utf8.DecodeLastRune(seg[:i-1-qn])
				nx, _ := utf8.DecodeRune(seg[i+1:])
				if strings.ContainsRune("”\"’", q) && strings.ContainsRune(".!?", t) && (i+1 == len(seg) || unicode.IsSpace(nx)) {
					add(lint.Span{Start: at - 1, End: at + 1}, "stray period after the closing quotation mark", "remove the period")
				}
			}
		case '?', '!':
			// r is ASCII: " ?" or " !" after it
			if i+2 < len(seg) && seg[i+1] == ' ' && seg[i+2] == byte(r) {
				if p, _ := utf8.DecodeLastRune(seg[:i]); unicode.IsLetter(p) {
					add(lint.Span{Start: at, End: at + 3}, fmt.Sprintf("doubled %q", seg[i:i+3]), fmt.Sprintf("keep one %q", r))
				}
			}
		case '“':
			if doc.Lang != "en" || lowQuote {
				continue // „German“ style: “ closes, and a space may follow
			}
			nx, _ := utf8.DecodeRune(seg[i+len("“"):])
			if nx == ' ' {
				w, _ := utf8.DecodeRune(seg[min(len(seg), i+len("“")+1):])
				if p, pn := utf8.DecodeLastRune(seg[:i]); unicode.IsUpper(w) && (pn == 0 || unicode.IsSpace(p)) {
					add(lint.Span{Start: at, End: at + len("“") + 1}, "space after the opening quotation mark", "remove the space")
				}
			}
		case '"':
			if doc.Lang != "en" || i < 2 || seg[i-1] != ' ' || !strings.ContainsRune(",.!?", rune(seg[i-2])) {
				continue
			}
			if seg[i-2] == '.' && (i < 3 || seg[i-3] != '.') && bytes.HasPrefix(seg[i+1:], []byte(" ")) && isTitleWordAt(seg[i+2:]) {
				// "season. " Meanwhile": a quote mark between two spaces
				add(lint.Span{Start: at - 1, End: at + 2}, "quotation mark between two spaces", "attach it to the words it quotes")
				continue
			}
			rest := seg[i+1:]
			w := rest[:len(rest)-len(bytes.TrimLeft(rest, "abcdefghijklmnopqrstuvwxyz"))]
			if saysAfterQuote[string(w)] || len(bytes.TrimSpace(rest)) == 0 {
				add(lint.Span{Start: at - 2, End: at + 1}, "closing quotation mark after a space", "put the quotation mark right after the punctuation")
			}
		}
	}
	return out
}

// boundaryPronouns open a sentence; capitalised after a lower-case (or
// all-capital) word and before a lower-case one, they show that the period
// between two sentences was lost.
var boundaryPronouns = set("It", "They", "He", "She", "We", "The", "This", "But", "However", "There")

// pronounLens[c] has bit n set when a word of boundaryPronouns has n bytes
// and the first byte c: one table test turns away nearly every word.
var pronounLens = func() (t [256]uint16) {
	for w := range boundaryPronouns {
		t[w[0]] |= 1 << len(w)
	}
	return t
}()

// maxPronounLen is the length of the longest word of boundaryPronouns (it
// must stay below 16, the bits of pronounLens).
const maxPronounLen = len("However")

// titleNouns name a work or a word: after them a capitalised pronoun is a
// title ("the novel It was filmed") or the word itself.
var titleNouns = set("film", "movie", "novel", "book", "album", "song", "series", "show", "play",
	"word", "words", "pronoun", "called", "titled", "entitled", "named", "dubbed", "musical",
	"band", "group", "single", "track", "title", "episode", "game", "app", "magazine", "phrase",
	"slogan", "motto", "headline", "poem", "painting", "campaign", "hashtag", "term", "sign")

// lostBoundary: "the orchard It stands beside": a lower-case word, a
// capitalised pronoun and a lower-case word, each one space apart.
func lostBoundary(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	words := doc.WordsIn(sp)
	for k := 1; k+1 < len(words); k++ {
		w := words[k]
		// a word longer than maxPronounLen tests bit maxPronounLen+1, clear
		if pronounLens[text[w.Start]]&(1<<min(w.Len(), maxPronounLen+1)) == 0 {
			continue
		}
		// one space on each side before the lookup: a pronoun that opens a
		// sentence (most) follows its mark
		p, n := words[k-1], words[k+1]
		if int(p.End)+1 != int(w.Start) || int(w.End)+1 != int(n.Start) || text[p.End] != ' ' || text[w.End] != ' ' ||
			!boundaryPronouns[string(text[w.Start:w.End])] || !isProse(doc, lint.Span{Start: int(p.Start), End: int(n.End)}) {
			continue
		}
		prev, next := string(text[p.Start:p.End]), string(text[n.Start:n.End])
		caps := len(prev) >= 2 && strings.ToUpper(prev) == prev && isASCIIWord(prev)
		if !isLowerWord(next) || titleNouns[prev] || !isLowerWord(prev) && !caps || lineBullet(text, p) {
			continue
		}
		pro := string(text[w.Start:w.End])
		out = append(out, lint.Finding{Span: lint.Span{Start: int(p.Start), End: int(n.End)},
			Message:    fmt.Sprintf("%q starts a sentence in the middle of another: a period was lost", pro),
			Suggestion: fmt.Sprintf("end the sentence after %q or write %q", prev, strings.ToLower(pro))})
	}
	return out
}

// lineBullet: the word p is a letter "o" that opens its line, the bullet
// of a plain-text list ("  o There is a new function").
func lineBullet(text []byte, p lint.Word) bool {
	if p.Len() != 1 || text[p.Start] != 'o' {
		return false
	}
	for i := p.Start - 1; i >= 0 && text[i] != '\n'; i-- {
		if text[i] != ' ' && text[i] != '\t' {
			return false
		}
	}
	return true
}

// isASCIIWord: s is ASCII letters only.
func isASCIIWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
	}
	return s != ""
}

// maxInfixBytes bounds the bracketed part of a word that optionalInfix reads.
const maxInfixBytes = 24

// optionalInfix: the "]" at seg[i] closes an optional part of a word in
// the notation of manuals, "--[no-]guess", "/usr/[local/]lib",
// "get[ug]id": its "[" is glued to what precedes it, or what it holds
// ends with "-" or "/" ("[-]drain"). Text left in brackets before a word
// ("court [мост закрыт]and") has a space before its "[".
func optionalInfix(seg []byte, i int) bool {
	open := bytes.LastIndexByte(seg[max(0, i-maxInfixBytes):i], '[')
	if open < 0 {
		return false
	}
	open += max(0, i-maxInfixBytes)
	inner := seg[open+1 : i]
	if bytes.ContainsAny(inner, " \n\t") {
		return false
	}
	if bytes.HasSuffix(inner, []byte("-")) || bytes.HasSuffix(inner, []byte("/")) {
		return true
	}
	return open > 0 && seg[open-1] != ' ' && seg[open-1] != '\n' && seg[open-1] != '\t' && seg[open-1] != '('
}
