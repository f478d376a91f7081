package source

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/layer"
	src "github.com/translint/translint/lint/source"
	"github.com/translint/translint/lint/textkey"
)

// MissingPassage is missing-passage: a paragraph of the source with no
// counterpart in the translation.
type MissingPassage struct{}

// minMissingLetters is the least length, in letters, of a source passage
// reported missing: a dropped caption or one-word heading is not.
const minMissingLetters = 60

// minMissingWords is that least length for a source in Chinese, Japanese
// or Korean characters, in the words its translation should have.
const minMissingWords = 12

// maxNeighbourCost: the links on both sides of a gap must be confident
// (their lengths agree) for the gap to be a drop rather than a misalignment.
const maxNeighbourCost = 2.0

func (MissingPassage) ID() string                     { return "missing-passage" }
func (MissingPassage) DefaultSeverity() lint.Severity { return lint.SeverityError }
func (MissingPassage) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Source paragraph missing from the translation",
		Text: fmt.Sprintf(`With the original at hand, the blocks of the two articles are aligned by order, length
(scaled by the pair's overall length ratio) and shared numbers. An original in Chinese, Japanese or
Korean characters is measured in characters against the translation's words, with a spread that
grows with the length (Gale and Church), at the ratio of the passages that align one to one. A
source paragraph of at least %d letters (or, in those scripts, of characters for at least %d
words) that the alignment leaves without a counterpart, between two passages that align
well, was dropped in translation. Two source paragraphs translated as one are a merge, not a
drop. The finding points at the translated passage after which the paragraph belongs, with
the paragraph's place in the original as a related location. When more than %.0f%% of the source's blocks have no counterpart, the files are
not treated as a pair and nothing is reported.`, minMissingLetters, minMissingWords, src.MaxSkipShare*100),
		Bad:  "Source: three paragraphs. Translation: the first and the third.",
		Good: "Translate the second paragraph too.",
	}
}

func (MissingPassage) Check(doc *lint.Document) []lint.Finding {
	a := src.Align(doc)
	if !trusted(a) {
		return nil
	}
	var out []lint.Finding
	for k, l := range a.Links {
		if len(l.T) > 0 || len(l.S) != 1 {
			continue
		}
		u := a.Src[l.S[0]]
		short := u.Letters < minMissingLetters
		if w, ok := a.ExpectedWords(u); ok {
			short = w < minMissingWords // characters: by the words they make
		}
		if short || u.Meta {
			continue
		}
		// the nearest aligned passages before and after must be confident
		prev, next := -1, -1
		for p := k - 1; p >= 0; p-- {
			if len(a.Links[p].T) > 0 && len(a.Links[p].S) > 0 {
				prev = p
				break
			}
		}
		for p := k + 1; p < len(a.Links); p++ {
			if len(a.Links[p].T) > 0 && len(a.Links[p].S) > 0 {
				next = p
				break
			}
		}
		if prev >= 0 && a.Links[prev].Cost > maxNeighbourCost || next >= 0 && a.Links[next].Cost > maxNeighbourCost || prev < 0 && next < 0 {
			continue
		}
		var at lint.Span
		placement := "after this passage"
		if prev >= 0 {
			at = groupSpan(a, a.Links[prev].T)
		} else {
			at = groupSpan(a, a.Links[next].T)
			placement = "before this passage"
		}
		out = append(out, lint.Finding{
			Span: firstSentence(doc, at),
			Message: fmt.Sprintf("the source paragraph has no counterpart in the translation: %q",
				quote(doc.Original.SrcOf(u.Span), 80)),
			Suggestion: "translate the missing paragraph " + placement,
			Related:    inOriginal(doc, u.Span, "missing paragraph"),
		})
	}
	return out
}

// firstSentence narrows a passage to its first sentence, for a short excerpt.
func firstSentence(doc *lint.Document, s lint.Span) lint.Span {
	if ss := layer.Split(doc.Text, s); len(ss) > 0 {
		return ss[0]
	}
	return s
}

// UntranslatedPassage is untranslated-passage: a block of the translation
// still identical to its source, or still in the source's language.
type UntranslatedPassage struct {
	// Detector names languages; nil is the shared model.
	Detector langid.Detector
}

const (
	// minUntranslatedWords is the least number of words of a passage
	// reported: shorter identical passages are names, titles, quotes.
	minUntranslatedWords = 5
	// minUntranslatedConfidence is how sure the language model must be
	// that the passage is in the source's language.
	minUntranslatedConfidence = 0.9
	// minSourceVocabulary is the share of a passage's words that must occur
	// in the source article before the language model is asked: a passage
	// left untranslated is made of the source's words, a translated one is
	// not (and the model is the costly part).
	minSourceVocabulary = 0.5
)

type vocabKey struct{}

// vocabulary is the set of the original's words, lower-cased.
func vocabulary(o *lint.Document) map[string]bool {
	return o.Memo(vocabKey{}, func() any {
		m := map[string]bool{}
		for _, w := range o.Words() {
			m[strings.ToLower(o.TextOf(w.Span()))] = true
		}
		return m
	}).(map[string]bool)
}

type scriptKey struct{}

// nonLatin is the share of a span's letters outside the Latin script.
func nonLatin(b []byte) float64 {
	n, l := 0, 0
	for i := 0; i < len(b); {
		if (b[i] == 0xd0 || b[i] == 0xd1) && i+1 < len(b) && b[i+1]&0xc0 == 0x80 {
			n, l, i = n+1, l+1, i+2 // U+0400..U+047F: Cyrillic letters, decoded or not
			continue
		}
		r, k := rune(b[i]), 1
		if r >= utf8.RuneSelf {
			r, k = utf8.DecodeRune(b[i:])
		}
		i += k
		if r < 0x80 {
			if r|0x20 >= 'a' && r|0x20 <= 'z' {
				n++
			}
			continue
		}
		if r >= 0x400 && r <= 0x45f || unicode.IsLetter(r) { // basic Cyrillic: letters without a table lookup
			n++
			if r > 0x24f {
				l++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(l) / float64(n)
}

// otherScript reports whether a passage cannot be in the source's language
// by its letters alone: the source is written mostly outside the Latin
// script and the passage mostly in it. It spares the costlier tests.
func otherScript(doc *lint.Document, s lint.Span) bool {
	o := doc.Original
	src := o.Memo(scriptKey{}, func() any {
		var n float64
		bs := o.Blocks
		for _, b := range bs {
			n += nonLatin(o.Text[b.Start:b.End])
		}
		if len(bs) == 0 {
			return 0.0
		}
		return n / float64(len(bs))
	}).(float64)
	return src > 0.5 && nonLatin(doc.Text[s.Start:s.End]) < 0.5
}

// fromSource is the share of the words of s found in the original.
func fromSource(doc *lint.Document, s lint.Span) float64 {
	ws := doc.WordsIn(s)
	if len(ws) == 0 {
		return 0
	}
	v := vocabulary(doc.Original)
	n := 0
	for _, w := range ws {
		if v[strings.ToLower(doc.TextOf(w.Span()))] {
			n++
		}
	}
	return float64(n) / float64(len(ws))
}

func (UntranslatedPassage) ID() string                     { return "untranslated-passage" }
func (UntranslatedPassage) DefaultSeverity() lint.Severity { return lint.SeverityError }
func (UntranslatedPassage) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Passage left in the source language",
		Text: fmt.Sprintf(`With the original at hand, a passage of the translation of at least %d words that is
identical to the source passage it aligns with, or that the language model reads as the source's
language (confidence at least %.2f, with the translation's language as the other candidate; asked only
when at least %.0f%% of its words occur in the source), was left untranslated. When the two languages are the same, or the source's language is unknown,
only identical passages are reported.`, minUntranslatedWords, minUntranslatedConfidence, minSourceVocabulary*100),
		Bad:  "Source: «Компания открыла новый завод в марте». Translation: the same Russian sentence.",
		Good: "The company opened a new plant in March.",
	}
}

func (r UntranslatedPassage) Check(doc *lint.Document) []lint.Finding {
	a := src.Align(doc)
	if a == nil {
		return nil
	}
	sl := src.Lang(doc)
	det := r.Detector
	if det == nil {
		det = langid.Shared()
	}
	var out []lint.Finding
	for _, l := range a.Links {
		if len(l.S) == 0 || len(l.T) == 0 {
			continue
		}
		srcNorm := ""
		for _, j := range l.T {
			u := a.Tgt[j]
			// a passage made mostly of words the source lacks is translated
			if len(doc.WordsIn(u.Span)) < minUntranslatedWords || otherScript(doc, u.Span) || fromSource(doc, u.Span) < minSourceVocabulary {
				continue
			}
			if srcNorm == "" {
				var stext strings.Builder
				for _, i := range l.S {
					stext.WriteString(doc.Original.TextOf(a.Src[i].Span))
					stext.WriteByte(' ')
				}
				srcNorm = textkey.Normalize(stext.String())
			}
			text := doc.TextOf(u.Span)
			norm := textkey.Normalize(text)
			var msg string
			switch {
			case norm != "" && strings.Contains(srcNorm, norm):
				msg = "this passage is the source's text unchanged"
			case sl != "" && sl != doc.Lang:
				res := det.Detect(text, []string{sl, doc.Lang})
				if res.Lang != sl || res.Confidence < minUntranslatedConfidence {
					continue
				}
				msg = fmt.Sprintf("this passage is still in %s, the source's language", langid.Name(sl))
			default:
				continue
			}
			out = append(out, lint.Finding{Span: u.Span, Message: msg, Suggestion: "translate it",
				Related: inOriginal(doc, a.Src[l.S[0]].Span, "source passage")})
		}
	}
	return out
}
