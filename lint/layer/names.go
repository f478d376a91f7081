package layer

import (
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Name candidates: runs of capitalised words.

// Name is a name candidate: a run of capitalised words (allowing the
// particles of names: "de", "van", "bin", "al") with nothing but white space
// between them, not counting a sentence's first word standing alone, which
// is capitalised by the sentence.
type Name struct {
	lint.Span
	// First and Last are its words [First, Last) as indexes into
	// Document.Words.
	First, Last int32
	// Key is the name folded for comparison: lower case, one space between
	// its words.
	Key string
}

// Names returns the name candidates of every sentence, in order.
func (l *Layer) Names() []Name {
	l.namesOnce.Do(func() { l.names = names(l) })
	return l.names
}

// titleCaseLongWord: a sentence of three words or more with no lower-case
// word of at least this many letters is set in title case (a headline, a
// menu): its capitals say nothing about names, so it yields none. Title case
// leaves only short function words ("to", "in", "of") in lower case.
const titleCaseLongWord = 4

// nameParticles are the lower-case words that may stand inside a name:
// "Ursula von der Leyen", "Luiz Inácio Lula da Silva".
var nameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "do": true, "dos": true, "das": true, "du": true, "del": true,
	"della": true, "der": true, "den": true, "van": true, "von": true, "la": true, "le": true, "bin": true,
	"ibn": true, "al": true, "el": true, "ter": true, "zu": true,
}

// sentenceStarters are words capitalised only because they open a sentence;
// a run of capitals that starts with one starts after it ("The Kremlin" is
// the name "Kremlin").
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"in": true, "on": true, "at": true, "for": true, "from": true, "with": true, "by": true, "of": true,
	"to": true, "as": true, "and": true, "but": true, "or": true, "if": true, "when": true, "while": true,
	"after": true, "before": true, "during": true, "since": true, "his": true, "her": true, "its": true,
	"their": true, "our": true, "my": true, "your": true, "we": true, "they": true, "he": true, "she": true,
	"it": true, "i": true, "there": true, "here": true, "according": true, "last": true, "next": true,
}

// names finds the name candidates of every sentence.
func names(l *Layer) []Name {
	var out []Name
	text := l.doc.Text
	ws, as := l.doc.Words(), l.Attrs()
	var buf []byte
	in := func(set map[string]bool, k int32) bool {
		buf = AppendLower(buf[:0], text, ws[k].Span())
		return set[string(buf)]
	}
	// joined: nothing but white space between words k-1 and k
	joined := func(k int32) bool {
		s, _ := NextMark(text, int(ws[k-1].End), int(ws[k].Start))
		return s == int(ws[k].Start)
	}
	var sents []Sentence
	for _, b := range l.doc.Blocks {
		sents = append(sents, l.SentencesIn(b.Span)...)
	}
	for _, s := range sents {
		if titleCased(text, ws[s.First:s.Last], as[s.First:s.Last]) {
			continue
		}
		for i := s.First; i < s.Last; {
			if !as[i].UpperFirst() || as[i].Number() {
				i++
				continue
			}
			j := i + 1
			for j < s.Last && joined(j) {
				if as[j].UpperFirst() && !as[j].Number() {
					j++
					continue
				}
				k := j
				for k < s.Last && (k == j || joined(k)) && !as[k].Caps() && in(nameParticles, k) {
					k++
				}
				if k > j && k < s.Last && joined(k) && as[k].UpperFirst() && !as[k].Number() {
					j = k + 1
					continue
				}
				break
			}
			start := i
			if i == s.First && in(sentenceStarters, i) {
				start++ // "The Kremlin": the sentence capitalised "The"
			}
			// "Dr." alone is no name
			abbrev := j == start+1 && int(ws[start].End) < len(text) && text[ws[start].End] == '.' &&
				IsAbbreviation(string(text[ws[start].Start:ws[start].End]))
			if start < j && !(start == s.First && j == s.First+1) && !abbrev {
				out = append(out, newName(text, ws, start, j, buf[:0]))
			}
			i = j
		}
	}
	return out
}

// titleCased: no long word of the sentence is in lower case.
func titleCased(text []byte, ws []lint.Word, as []Attr) bool {
	words := 0
	for i, a := range as {
		if a.Number() {
			continue
		}
		words++
		if !a.UpperFirst() && utf8.RuneCount(text[ws[i].Start:ws[i].End]) >= titleCaseLongWord {
			return false
		}
	}
	return words >= 3
}

func newName(text []byte, ws []lint.Word, first, end int32, key []byte) Name {
	n := Name{First: first, Last: end}
	n.Start, n.End = int(ws[first].Start), int(ws[end-1].End)
	for k := first; k < end; k++ {
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = AppendLower(key, text, ws[k].Span())
	}
	n.Key = string(key)
	return n
}
