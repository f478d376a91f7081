package source

import (
	"fmt"
	"strings"

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
allowed ("Брантбергом" is Brantberg). The message gives the spelling to restore in the form English
needs: a Russian, Ukrainian or Belarusian name is put back in the nominative from its case
endings, the first name and the surname agreeing in case and gender ("Веры Ковалёвой" is Vera
Kovalyova, "Андрієм Ковалем" is Andriy Koval); where the endings leave the case or gender open
("Евгения Иванова" is a man's genitive or a woman's nominative) the message quotes the source's
words and spells nothing. The finding points at the sentence of the passage the name belongs in
(the sentence of the same rank when both sides have as many, else the one at the same share of
the passage). Single capitalised words are not checked: places and institutions are translated,
not romanised (Франция is France). A Greek or Bulgarian name is spelled as the source writes it. Where dropped-name finds the hole the name left in that sentence, its
finding stands for both and names the name.`,
		Bad:  "Source: «план Ильзы Брантберг». Translation: \"the plan of necessary\".",
		Good: "the plan of Ilse Brantberg",
	}
}

func (Name) Check(doc *lint.Document) []lint.Finding {
	lost := src.LostNames(doc)
	o := doc.Original
	var out []lint.Finding
	for k := 0; k < len(lost); {
		// the names one translation sentence lacks: one finding
		e := k + 1
		for e < len(lost) && lost[e].Link == lost[k].Link && lost[e].At == lost[k].At {
			e++
		}
		var names []string
		for _, l := range lost[k:e] {
			if l.Spelling == "" {
				// an inflected name whose case is not settled: the
				// source's words, not a guess at the English form
				names = append(names, o.SrcOf(l.Name))
				continue
			}
			names = append(names, fmt.Sprintf("%q (%s)", l.Spelling, o.SrcOf(l.Name)))
		}
		out = append(out, lint.Finding{
			Span:       lost[k].At,
			Message:    fmt.Sprintf("the source passage names %s, which this passage lacks", strings.Join(names, ", ")),
			Suggestion: "restore the name from the source",
			Related:    []lint.Related{{Span: lost[k].Sentence, Message: "source passage", Path: o.Path}},
		})
		k = e
	}
	return out
}
