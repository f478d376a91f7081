package source

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	src "github.com/translint/translint/lint/source"
)

// Name is source-name: a personal name of the source (two capitalised
// Cyrillic or Greek words in a row inside a sentence) that the translation
// of the passage does not carry in any romanisation.
type Name struct{}

func (Name) ID() string                     { return "source-name" }
func (Name) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (Name) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Name of the source missing from the translation",
		Text: `With a Cyrillic or Greek original at hand, a name of two capitalised words in a row inside
a source sentence ("Ильзы Брантберг") is looked for in the translated passage and, failing that,
anywhere in the translation, by its consonant frame: romanisations differ in vowels, h, j and y
(Khodorkovsky, Hodorkovskij), Latin diacritics are folded, and a case ending of one letter is
allowed ("Брантбергом" is Brantberg). The message gives the romanised spelling to restore. Single
capitalised words are not checked: places and institutions are translated, not romanised
(Франция is France).`,
		Bad:  "Source: «план Ильзы Брантберг». Translation: \"the plan of necessary\".",
		Good: "the plan of Ilse Brantberg",
	}
}

// sameFrame: a source frame matches a translation frame that it equals or
// extends by one letter (a case ending).
func sameFrame(s, t string) bool {
	return s == t || len(s) == len(t)+1 && strings.HasPrefix(s, t)
}

type frameKey struct{}

// capitalFrames are the frames of the capitalised words of a span.
func capitalFrames(doc *lint.Document, s lint.Span) []string {
	var out []string
	for _, w := range doc.WordsIn(s) {
		r, _ := utf8.DecodeRune(doc.Text[w.Start:w.End])
		if unicode.IsUpper(r) {
			out = append(out, src.Skeleton(doc.TextOf(w.Span())))
		}
	}
	return out
}

func anyFrame(frames []string, f string) bool {
	for _, t := range frames {
		if sameFrame(f, t) {
			return true
		}
	}
	return false
}

func (Name) Check(doc *lint.Document) []lint.Finding {
	a := src.Align(doc)
	if !trusted(a) {
		return nil
	}
	o := doc.Original
	var out []lint.Finding
	for _, l := range a.Links {
		if len(l.S) == 0 || len(l.T) == 0 {
			continue
		}
		var here []string
		for _, j := range l.T {
			here = append(here, capitalFrames(doc, a.Tgt[j].Span)...)
		}
		var lost []string
		for _, i := range l.S {
			ns := a.Src[i].Names
			for k := 0; k+1 < len(ns); k++ {
				first, second := ns[k], ns[k+1]
				r, _ := utf8.DecodeRune(o.Text[first.Start:first.End])
				if !unicode.In(r, unicode.Cyrillic, unicode.Greek) || strings.TrimSpace(string(o.Text[first.End:second.Start])) != "" {
					continue
				}
				if anyFrame(here, first.Frame) || anyFrame(here, second.Frame) {
					continue
				}
				everywhere := doc.Memo(frameKey{}, func() any {
					return capitalFrames(doc, lint.Span{Start: 0, End: len(doc.Text)})
				}).([]string)
				if anyFrame(everywhere, second.Frame) {
					continue
				}
				lost = append(lost, fmt.Sprintf("%q (%s)", romanised(o, first, second), o.SrcOf(lint.Span{Start: first.Start, End: second.End})))
				k++
			}
		}
		if len(lost) == 0 {
			continue
		}
		out = append(out, lint.Finding{
			Span:       firstSentence(doc, groupSpan(a, l.T)),
			Message:    fmt.Sprintf("the source passage names %s, which this passage lacks", strings.Join(lost, ", ")),
			Suggestion: "restore the name from the source",
			Related:    inOriginal(doc, a.Src[l.S[0]].Span, "source passage"),
		})
	}
	return out
}

// romanised spells a source name in Latin letters, capitalised.
func romanised(o *lint.Document, ws ...src.Name) string {
	var parts []string
	for _, w := range ws {
		r := src.Romanise(o.TextOf(w.Span))
		if r != "" {
			c, n := utf8.DecodeRuneInString(r)
			r = string(unicode.ToUpper(c)) + r[n:]
		}
		parts = append(parts, r)
	}
	return strings.Join(parts, " ")
}
