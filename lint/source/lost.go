package source

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/layer"
	"github.com/translint/translint/lint/translit"
)

// Lost is a personal name of the original that the translation of its
// passage does not carry in any romanisation: two capitalised Cyrillic or
// Greek words in a row inside a source sentence ("Ильзы Брантберг").
// source-name reports it; dropped-name, finding a hole in the sentence At,
// names it as the word the hole lost.
type Lost struct {
	// Link is the index of the passage's link in Alignment.Links.
	Link int
	// Name is the name's span in the original, Sentence the source
	// sentence that holds it.
	Name, Sentence lint.Span
	// Spelling is the name in the form English needs, romanised and
	// capitalised: a Russian, Ukrainian or Belarusian name in its
	// nominative ("Веры Ковалёвой" is "Vera Kovalyova", NameNominative),
	// a Greek or Bulgarian one as written. "" when the case or gender of
	// an inflected name is not settled: the source's words (Name) are all
	// there is to show.
	Spelling string
	// At is the sentence of the translation the name belongs in: the
	// sentence of the same rank in the passage when the two sides have as
	// many sentences, else the one at the same share of the passage.
	At lint.Span
}

type lostKey struct{}

// LostNames returns the names of the original that the translation lacks,
// in the order of the links; nil when the alignment is not trusted.
// Computed once per document.
func LostNames(doc *lint.Document) []Lost {
	a := Align(doc)
	if !a.Trusted() {
		return nil
	}
	return doc.Memo(lostKey{}, func() any { return lostNames(doc, a) }).([]Lost)
}

func lostNames(doc *lint.Document, a *Alignment) []Lost {
	o := doc.Original
	if !hasCyrillicOrGreek(o) {
		return nil // a name is looked for from a Cyrillic or Greek word
	}
	var out []Lost
	var everywhere []string // frames of the translation's capitalised words, on demand
	absent := func(here []string, f string) bool {
		if anyFrame(here, f) {
			return false
		}
		if everywhere == nil {
			everywhere = CapitalFrames(doc, lint.Span{Start: 0, End: len(doc.Text)}, []string{})
		}
		return !anyFrame(everywhere, f)
	}
	for li, l := range a.Links {
		if len(l.S) == 0 || len(l.T) == 0 {
			continue
		}
		var here []string                  // frames of the passage's capitalised words, on demand
		var srcSents, tgtSents []lint.Span // on demand, for placing a name
		for _, i := range l.S {
			// the second word of a lost name is one of the unit's names
			// (a frame of minFrame letters or more) that the translation
			// lacks: without one, the unit's words need not be read
			lacks := false
			for _, n := range a.Src[i].Names {
				if inNames(a, l.T, n.Frame) {
					continue // among the passage's names: present
				}
				if here == nil {
					here = []string{}
					for _, j := range l.T {
						here = CapitalFrames(doc, a.Tgt[j].Span, here)
					}
				}
				if absent(here, n.Frame) {
					lacks = true
					break
				}
			}
			if !lacks {
				continue
			}
			ns := capitalised(o, a.Src[i].Span)
			for k := 0; k+1 < len(ns); k++ {
				first, second := ns[k], ns[k+1]
				r, _ := utf8.DecodeRune(o.Text[first.Start:first.End])
				if !unicode.In(r, unicode.Cyrillic, unicode.Greek) || strings.TrimSpace(string(o.Text[first.End:second.Start])) != "" || len(second.Frame) < minFrame || first.Frame == "" {
					continue
				}
				if anyFrame(here, first.Frame) || !absent(here, second.Frame) {
					continue
				}
				if srcSents == nil {
					for _, i := range l.S {
						srcSents = append(srcSents, layer.Split(o.Text, a.Src[i].Span)...)
					}
					for _, j := range l.T {
						tgtSents = append(tgtSents, layer.Split(doc.Text, a.Tgt[j].Span)...)
					}
				}
				name := lint.Span{Start: first.Start, End: second.End}
				at, sent := place(name, srcSents, tgtSents, groupOf(a, l.T))
				out = append(out, Lost{Link: li, Name: name, Sentence: sent, Spelling: nameSpelling(doc, first.Span, second.Span), At: at})
				k++
			}
		}
	}
	return out
}

// inNames reports whether a translation unit of ts has a name of frame f
// (SameFrame): a name the passage carries.
func inNames(a *Alignment, ts []int, f string) bool {
	for _, j := range ts {
		for _, n := range a.Tgt[j].Names {
			if SameFrame(f, n.Frame) {
				return true
			}
		}
	}
	return false
}

type scriptKey struct{}

// hasCyrillicOrGreek reports whether the document's text has a Cyrillic
// or Greek letter, once per document.
func hasCyrillicOrGreek(doc *lint.Document) bool {
	return doc.Memo(scriptKey{}, func() any {
		for _, c := range doc.Text {
			if c >= 0xcd && c <= 0xd4 { // the lead bytes of U+0340..U+053F
				return true
			}
		}
		return false
	}).(bool)
}

// place is the translation sentence that answers the source sentence
// holding name: the one of the same rank when both sides have as many
// sentences, else the one at the same share of the passage's sentences.
// The second result is the source sentence holding name.
func place(name lint.Span, src, tgt []lint.Span, whole lint.Span) (lint.Span, lint.Span) {
	k := 0
	for k+1 < len(src) && src[k+1].Start <= name.Start {
		k++
	}
	sent := name
	if k < len(src) {
		sent = src[k]
	}
	if len(tgt) == 0 {
		return whole, sent
	}
	if len(src) != len(tgt) && len(src) > 0 {
		k = k * len(tgt) / len(src)
	}
	return tgt[min(k, len(tgt)-1)], sent
}

func groupOf(a *Alignment, t []int) lint.Span {
	return lint.Span{Start: a.Tgt[t[0]].Start, End: a.Tgt[t[len(t)-1]].End}
}

// SameFrame: a source frame matches a translation frame that it equals or
// extends by one letter (a case ending).
func SameFrame(s, t string) bool {
	return s == t || len(s) == len(t)+1 && strings.HasPrefix(s, t)
}

func anyFrame(frames []string, f string) bool {
	for _, t := range frames {
		if SameFrame(f, t) {
			return true
		}
	}
	return false
}

// CapitalFrames appends to out the frames of the capitalised words of a
// span of doc.
func CapitalFrames(doc *lint.Document, s lint.Span, out []string) []string {
	var buf [32]byte
	for _, w := range doc.WordsIn(s) {
		r, _ := utf8.DecodeRune(doc.Text[w.Start:w.End])
		if unicode.IsUpper(r) {
			out = append(out, string(appendSkeleton(buf[:0], doc.Text[w.Start:w.End])))
		}
	}
	return out
}

// Spelling writes words of a document in Latin letters, each capitalised,
// joined by spaces.
func Spelling(doc *lint.Document, ws ...lint.Span) string {
	var parts []string
	for _, w := range ws {
		r := translit.Latin(doc.TextOf(w), translit.Options{})
		if r != "" {
			r = capital(r)
		}
		parts = append(parts, r)
	}
	return strings.Join(parts, " ")
}

// nameSpelling is a lost name's Spelling: a Slavic name's nominative
// romanised, or "" when it is not settled; a name of another script or
// language romanised as written.
func nameSpelling(doc *lint.Document, first, second lint.Span) string {
	o := doc.Original
	f, s := o.TextOf(first), o.TextOf(second)
	r, _ := utf8.DecodeRuneInString(f)
	if !unicode.Is(unicode.Cyrillic, r) {
		return Spelling(o, first, second)
	}
	lang := langid.Normalize(Lang(doc))
	if lang == "bg" || lang == "mk" {
		return Spelling(o, first, second) // no cases: the form written is the name
	}
	nf, ns, ok := NameNominative(lang, f, s)
	if !ok {
		return ""
	}
	lang = nameLang(lang, nf+ns)
	return capital(newsSpelling(lang, nf)) + " " + capital(newsSpelling(lang, ns))
}

// capital returns w, which is not empty, with its first letter upper-cased.
func capital(w string) string {
	c, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(c)) + w[n:]
}

// capitalised lists the capitalised words inside the sentences of a span
// (not the first word of a sentence) with their frames, however short:
// a first name's frame may be ("Вера" is "vr"), not a surname's.
func capitalised(doc *lint.Document, block lint.Span) []Name {
	var out []Name
	var buf [32]byte
	eachCapitalised(doc, layer.Of(doc).SentencesIn(block), func(w lint.Word, _ rune) {
		out = append(out, Name{Span: w.Span(), Frame: string(appendSkeleton(buf[:0], doc.Text[w.Start:w.End]))})
	})
	return out
}
