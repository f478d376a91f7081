package artifacts

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// DoubledWord flags a word written twice in a row ("and and").
type DoubledWord struct{}

func (DoubledWord) ID() string                     { return "doubled-word" }
func (DoubledWord) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (DoubledWord) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Word repeated twice in a row",
		Text: `Flags a word immediately repeated, separated only by white space ("and and",
"reported that that in"). Left alone: "had had", a grammatical "that that" (followed by a
noun or a verb: "he said that that was wrong"), "is is" after "what" or "it", reduplications
("bye bye", "so so", "very very"), numbers, single capital letters and names written twice
with capitals ("Bora Bora", "Duran Duran"). Words separated by markup (a link, a URL), or
set in columns by a tab or two spaces inside a line (a plain-text table), are not adjacent,
and neither is an option and its argument of the same name ("[-source source]") or a word
that is part of a name joined by "_" or "~" ("huge_file file"). The fix removes the second word.`,
		Bad:  "the ferry was late, and and by noon the pier was crowded",
		Good: "the ferry was late, and by noon the pier was crowded",
	}
}

// reduplications are repeated words that English uses on purpose.
var reduplications = set(
	"had", "bye", "so", "no", "ha", "haha", "ho", "hey", "tut", "knock", "yeah", "yes", "chop",
	"very", "far", "many", "really", "blah", "na", "la", "go", "night", "there", "now", "well",
	"oh", "ah", "aha", "boo", "tsk", "hush", "pooh", "bang", "quack", "woof", "tick", "tock",
	"dum", "cha", "choo", "pom", "hip", "rah", "bla", "mm", "hmm", "uh", "er",
	"up", "yum", "ding", "ring", "murmur", "bonbon", "long",
)

// afterThatThat: words that, after "that that", show the second "that" is
// a slip: a preposition, an article, a subject pronoun or a conjunction.
var afterThatThat = set(
	"in", "on", "at", "from", "to", "for", "with", "by", "of", "about", "during", "after", "before",
	"the", "a", "an", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
	"its", "this", "these", "those", "and", "or", "but", "if", "when", "since", "because", "although",
	"there", "some", "many", "all", "every", "no", "one",
)

// fusedRelatives open a clause that can be the subject of "is": "what it is
// is", "all it was was".
var fusedRelatives = set("what", "all", "how", "where", "why", "who", "thing", "problem", "question", "point", "reason")

func (DoubledWord) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for _, sp := range prose(doc) {
		words := doc.WordsIn(sp)
		for k := 1; k < len(words); k++ {
			a, b := words[k-1], words[k]
			if a.Len() != b.Len() || !bytes.EqualFold(text[a.Start:a.End], text[b.Start:b.End]) || !adjacent(doc, int(a.End), int(b.Start)) {
				continue
			}
			wb := string(text[b.Start:b.End])
			if !doubledSlip(text, words, k, wb) || quotedPair(text, sp, int(a.Start), int(b.End)) || stammer(text[b.End:sp.End]) ||
				optionArgument(text, int(a.Start)) || namePart(text, int(a.Start), int(b.End)) {
				continue
			}
			s := lint.Span{Start: int(a.Start), End: int(b.End)}
			f := lint.Finding{Span: s, Message: fmt.Sprintf("doubled word %q", wb),
				Suggestion: fmt.Sprintf("remove the second %q", wb)}
			del := lint.Span{Start: int(a.End), End: int(b.End)}
			if isProse(doc, del) {
				f.Fix = []lint.Edit{{Span: del}}
			}
			out = append(out, f)
			k++ // "and and and" is one finding
		}
	}
	return out
}

// adjacent: only white space lies between the two words, in the text and
// in the source (a masked link or URL between them is a word of its own),
// and no blank line.
func adjacent(doc *lint.Document, s, e int) bool {
	if e <= s {
		return false
	}
	nl := 0
	for i := s; i < e; i++ {
		c := doc.Src[i]
		switch c {
		case ' ', '\t', '\r':
			// columnGap: a tab, or two spaces, inside a line set the words
			// in columns (a table or an option list in plain text), not in
			// a sentence; indentation after a line break is not one
			if nl == 0 && (c == '\t' || c == ' ' && i > s && doc.Src[i-1] == ' ') {
				return false
			}
		case '\n':
			nl++
		default:
			return false
		}
		if doc.Text[i] != c {
			return false
		}
	}
	return nl < 2
}

// namePart: one of the two words is part of a name of code or a file,
// joined by "_" or "~" ("huge_file file", "a a~").
func namePart(text []byte, s, e int) bool {
	return s > 0 && text[s-1] == '_' || e < len(text) && (text[e] == '_' || text[e] == '~')
}

// optionArgument: the first word is the name of a command-line option, a
// hyphen after a space or a bracket, and the second its argument of the
// same name ("[-source source]").
func optionArgument(text []byte, s int) bool {
	if s < 1 || text[s-1] != '-' {
		return false
	}
	for s--; s > 0 && text[s-1] == '-'; s-- {
	}
	return s == 0 || strings.IndexByte(" \t\n[(", text[s-1]) >= 0
}

// doubledSlip decides whether words[k-1] and words[k] (equal but for case)
// are a slip rather than English.
func doubledSlip(text []byte, words []lint.Word, k int, wb string) bool {
	lw := strings.ToLower(wb)
	if reduplications[lw] {
		return false
	}
	r, n := utf8.DecodeRuneInString(wb)
	for _, c := range wb {
		if unicode.IsDigit(c) {
			return false
		}
	}
	if unicode.IsUpper(r) {
		// "Bora Bora", "The The", roman numerals and initials ("J J").
		return false
	}
	if n == len(wb) && lw != "a" {
		return false
	}
	next := ""
	if k+1 < len(words) {
		w := words[k+1]
		next = strings.ToLower(string(text[w.Start:w.End]))
	}
	prev := ""
	if k >= 2 {
		w := words[k-2]
		prev = strings.ToLower(string(text[w.Start:w.End]))
	}
	switch lw {
	case "that":
		return afterThatThat[next]
	case "is", "was":
		// "what it is is", "all it was was": grammatical after a fused relative.
		if prev == "what" {
			return false
		}
		if k >= 3 && (prev == "it" || prev == "this" || prev == "that") {
			w := words[k-3]
			if fusedRelatives[strings.ToLower(string(text[w.Start:w.End]))] {
				return false
			}
		}
	}
	return true
}

// quotedPair: the two words are quoted on their own ("arch arch"), a
// mention rather than a slip.
func quotedPair(text []byte, sp lint.Span, s, e int) bool {
	p, pn := runeBefore(text, sp.Start, s)
	n, nn := runeAt(text, e, sp.End)
	return pn > 0 && nn > 0 && strings.ContainsRune("\"'“‘«„`", p) && strings.ContainsRune("\"'”’»“`", n)
}

// stammer: a pair followed at once by an ellipsis or a dash reports halting
// speech on purpose ("We we… we just want light").
func stammer(after []byte) bool {
	for _, mark := range []string{"…", "...", "—", "–", "-"} {
		if bytes.HasPrefix(after, []byte(mark)) {
			return true
		}
	}
	return false
}
