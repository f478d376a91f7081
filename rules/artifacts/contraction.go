package artifacts

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// BrokenContraction flags contractions that lost their apostrophe or their
// "t": "we didn then see", "don t", "I m".
type BrokenContraction struct{}

func (BrokenContraction) ID() string                     { return "broken-contraction" }
func (BrokenContraction) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (BrokenContraction) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Contraction missing its apostrophe or its t",
		Text: `Flags contractions written without their apostrophe ("didnt", "theres", "youre"; "Im"
only before words such as "still", "not" or "going", since Im is also a surname; words such
as "cant", "wont", "ill", "its" and "were" are English words and are left alone), negative
contractions cut before their "t" ("we didn then see", "it wasn’ late"),
contractions whose apostrophe became a space ("don t", "I m", "they re", "it s") and
contractions of "not" that are not English words otherwise (didn, doesn, isn, wasn, weren,
hasn, hadn, couldn, wouldn, shouldn, mustn, needn). "don", "won", "can", "haven" and names
(Aren, Shan) are words of their own and are left alone unless a lone "t" follows. The fix
restores the contraction with the apostrophe the article uses most.`,
		Bad:  "We didn then see the harbour lights.",
		Good: "We didn't then see the harbour lights.",
	}
}

// cutNegatives are "n't" contractions cut to a non-word.
var cutNegatives = set("didn", "doesn", "isn", "wasn", "weren", "aren", "hasn", "hadn",
	"couldn", "wouldn", "shouldn", "mustn", "needn", "mightn", "shan", "ain")

// properNegatives are cut negatives that are also names when capitalised.
var properNegatives = set("Aren", "Shan", "Ain")

// spacedEndings maps the first half of a contraction to the endings that,
// after a space, show a lost apostrophe.
var spacedEndings = map[string]map[string]bool{
	"i": set("m", "ve", "ll"), "you": set("re", "ve", "ll"), "we": set("re", "ve", "ll"),
	"they": set("re", "ve", "ll"), "it": set("s", "ll"), "that": set("s", "ll"), "there": set("s"),
	"he": set("s", "ll"), "she": set("s", "ll"), "what": set("s"),
}

// contractionStart: the first letters (lower-cased) of every word the rule
// looks at, a cheap filter before any allocation.
var contractionStart = func() [256]bool {
	var t [256]bool
	for _, c := range "dwiahcsmnytw" {
		t[c] = true
	}
	return t
}()

// maxHead is the length of the longest word in contractionHeads.
const maxHead = 9

// apostropheless maps a contraction written without its apostrophe to the
// byte index where the apostrophe belongs. None is an English word
// ("cant", "wont", "ill", "its", "well", "were", "id", "lets" are, and
// are not listed); "im" is listed but needs imFollowers after it.
var apostropheless = map[string]int{
	"didnt": 4, "doesnt": 5, "isnt": 3, "wasnt": 4, "werent": 5, "arent": 4, "hasnt": 4,
	"hadnt": 4, "havent": 5, "couldnt": 6, "wouldnt": 6, "shouldnt": 7, "mustnt": 5,
	"neednt": 5, "dont": 3, "theres": 5, "thats": 4, "youre": 3, "theyre": 4, "youve": 3,
	"theyve": 4, "weve": 2, "youll": 3, "theyll": 4, "wouldve": 5, "couldve": 5,
	"shouldve": 6, "im": 1,
}

// imFollowers: after "Im" these words show "I'm"; "Im" before a name or a
// verb ("Im Sang-ho", "Im said") is a Korean surname.
var imFollowers = set("not", "still", "going", "sure", "so", "just", "very", "really", "happy",
	"glad", "proud", "sorry", "afraid", "ready", "trying", "also", "always", "never", "already",
	"now", "convinced", "confident", "tired", "full", "here", "looking", "getting", "doing")

// contractionHeads are the lower-case words the rule acts on: the cut
// negatives, "don", "can", "won" and the pronouns of spacedEndings. Each
// maps to itself, so that a head found in the text is taken as the table's
// string instead of a copy of the word.
var contractionHeads = func() map[string]string {
	m := map[string]string{"don": "don", "can": "can", "won": "won"}
	for w := range cutNegatives {
		m[w] = w
	}
	for w := range apostropheless {
		m[w] = w
	}
	for w := range spacedEndings {
		m[w] = w
	}
	return m
}()

// headShapes[n][f][l] is true when a word of contractionHeads has n bytes,
// a first byte f and a last byte l (each folded to its low five bits, so
// that case does not matter): a table test that turns away most words
// before they are lower-cased and looked up.
var headShapes = func() (t [maxHead + 1][32][32]bool) {
	for w := range contractionHeads {
		t[len(w)][w[0]&31][w[len(w)-1]&31] = true
	}
	return t
}()

// lowerASCII appends b lower-cased to dst and reports whether b is ASCII
// (when it is not, dst is not complete and the caller must use
// strings.ToLower: a few non-ASCII letters lower-case to ASCII ones).
func lowerASCII(dst, b []byte) ([]byte, bool) {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// afterVariable: after "that s" these words show that "s" is a name (a
// variable, a letter), not the end of "that's".
var afterVariable = set("is", "has", "was", "does", "did", "can", "will", "must", "should", "would",
	"could", "may", "are", "and", "or", "to", "of", "in", "on", "at", "with", "for", "be", "equals")

func (BrokenContraction) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	apos := ""
	ap := func() string {
		if apos == "" {
			apos = apostrophe(doc)
		}
		return apos
	}
	for _, sp := range prose(doc) {
		words := doc.WordsIn(sp)
		for k, w := range words {
			if w.Len() > maxHead || !contractionStart[text[w.Start]|0x20] {
				continue
			}
			if last := text[int(w.End)-1]; last < utf8.RuneSelf && !headShapes[w.Len()][text[w.Start]&31][last&31] {
				continue
			}
			// One lookup of the lower-cased word rejects the words that
			// open no contraction (nearly all), without allocating.
			var buf [maxHead + 1]byte
			lwb, ascii := lowerASCII(buf[:0], text[w.Start:w.End])
			var word, lw string
			if ascii {
				head, ok := contractionHeads[string(lwb)]
				if !ok {
					continue
				}
				lw, word = head, head // a head in lower case: no copy
				if !bytes.Equal(lwb, text[w.Start:w.End]) {
					word = string(text[w.Start:w.End])
				}
			} else {
				word = string(text[w.Start:w.End])
				lw = strings.ToLower(word)
			}
			var next string
			var nw lint.Word
			if k+1 < len(words) {
				nw = words[k+1]
				next = string(text[nw.Start:nw.End])
			}
			gapIsSpace := int(nw.Start) > int(w.End) && strings.Trim(string(text[w.End:nw.Start]), " ") == "" && isProse(doc, lint.Span{Start: int(w.End), End: int(nw.Start)})
			// "don t", "isn t": the apostrophe became a space.
			if next == "t" && gapIsSpace && (cutNegatives[lw] || lw == "don" || lw == "can" || lw == "won") {
				out = append(out, spacedContraction(doc, w, nw, ap()+"t", word+ap()+"t"))
				continue
			}
			// "I m", "they re": a pronoun, a space and the ending.
			if ends, ok := spacedEndings[lw]; ok && ends[next] && gapIsSpace && (lw != "i" || word == "I") &&
				!(next == "s" && k+2 < len(words) && afterVariable[strings.ToLower(string(text[words[k+2].Start:words[k+2].End]))]) {
				if after, n := runeAt(text, int(nw.End), sp.End); n == 0 || unicode.IsSpace(after) || strings.ContainsRune(",.;:!?", after) {
					out = append(out, spacedContraction(doc, w, nw, ap()+next, word+ap()+next))
					continue
				}
			}
			if at, ok := apostropheless[lw]; ok {
				if f, ok := lostApostrophe(doc, w, word, next, at, ap()); ok {
					out = append(out, f)
				}
				continue
			}
			if !cutNegatives[lw] || properNegatives[word] {
				continue
			}
			if apostropheEntity(doc.Src[w.End:]) {
				continue // "aren&#39;t": an entity, decoded in place and padded
			}
			// "didn" alone or "didn’" followed by a space: the t was lost.
			end := int(w.End)
			repl := ap() + "t"
			if c, n := runeAt(text, end, sp.End); n > 0 && (c == '\'' || c == '’') {
				end += n
				repl = "t"
			}
			if c, n := runeAt(text, end, sp.End); n > 0 && unicode.IsLetter(c) {
				continue
			}
			s := lint.Span{Start: int(w.Start), End: end}
			f := lint.Finding{Span: s,
				Message:    fmt.Sprintf("broken contraction %q", text[s.Start:s.End]),
				Suggestion: fmt.Sprintf("write %q", string(text[s.Start:s.End])+repl)}
			if isProse(doc, s) {
				f.Fix = []lint.Edit{{Span: lint.Span{Start: end, End: end}, New: repl}}
			}
			out = append(out, f)
		}
	}
	return out
}

// lostApostrophe reports "didnt", "theres", "Im still": a contraction
// written without its apostrophe (at is where it belongs). An all-capital
// word is left alone (an identifier or a shouted headline), and a
// capitalised one is reported only before a lower-case word ("Theres plenty",
// not the name in "Theres Lind").
func lostApostrophe(doc *lint.Document, w lint.Word, word, next string, at int, ap string) (lint.Finding, bool) {
	lower := isLowerWord(word)
	if !lower && !isTitleWord(word) && word != "Im" {
		return lint.Finding{}, false
	}
	if !lower && !isLowerWord(next) {
		return lint.Finding{}, false
	}
	if strings.EqualFold(word, "im") && (word != "Im" || !imFollowers[next]) {
		return lint.Finding{}, false
	}
	s := lint.Span{Start: int(w.Start), End: int(w.End)}
	whole := word[:at] + ap + word[at:]
	f := lint.Finding{Span: s,
		Message:    fmt.Sprintf("contraction %q without its apostrophe", word),
		Suggestion: fmt.Sprintf("write %q", whole)}
	if isProse(doc, s) {
		f.Fix = []lint.Edit{{Span: lint.Span{Start: int(w.Start) + at, End: int(w.Start) + at}, New: ap}}
	}
	return f, true
}

// spacedContraction reports "don t" (w and nw with a space between).
func spacedContraction(doc *lint.Document, w, nw lint.Word, ending, whole string) lint.Finding {
	s := lint.Span{Start: int(w.Start), End: int(nw.End)}
	f := lint.Finding{Span: s,
		Message:    fmt.Sprintf("broken contraction %q: the apostrophe became a space", doc.Text[s.Start:s.End]),
		Suggestion: fmt.Sprintf("write %q", whole)}
	gap := lint.Span{Start: int(w.End), End: int(nw.End)}
	if isProse(doc, gap) {
		f.Fix = []lint.Edit{{Span: gap, New: ending}}
	}
	return f
}

// apostropheEntity: b opens with a character reference for an apostrophe
// ("&#39;", "&rsquo;"), left undecoded in raw HTML of a Markdown page.
func apostropheEntity(b []byte) bool {
	for _, e := range []string{"&#39;", "&#x27;", "&apos;", "&rsquo;", "&#8217;"} {
		if len(b) >= len(e) && strings.EqualFold(string(b[:len(e)]), e) {
			return true
		}
	}
	return false
}
