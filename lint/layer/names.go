package layer

import (
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Name candidates: runs of capitalised words.

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
	for _, s := range l.Sentences {
		toks := l.Tokens[s.Tokens.From:s.Tokens.To]
		if titleCased(toks) {
			continue
		}
		for i := 0; i < len(toks); {
			if !nameWord(&toks[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) {
				switch {
				case nameWord(&toks[j]):
					j++
					continue
				case nameParticles[toks[j].Lower]:
					k := j
					for k < len(toks) && toks[k].Class == Word && nameParticles[toks[k].Lower] {
						k++
					}
					if k < len(toks) && nameWord(&toks[k]) {
						j = k + 1
						continue
					}
				}
				break
			}
			start := i
			if i == 0 && sentenceStarters[toks[0].Lower] {
				start = 1 // "The Kremlin": the sentence capitalised "The"
			}
			abbrev := j == start+1 && j < len(toks) && toks[j].Lower == "." && lint.IsAbbreviation(toks[start].Lower)
			if start < j && !(start == 0 && j == 1) && !abbrev { // a sentence's first word alone is not a name; "Dr." is not one
				out = append(out, newName(l, s.Tokens.From+int32(start), s.Tokens.From+int32(j)))
			}
			i = j
		}
	}
	return out
}

// nameWord: a capitalised word that continues a name run.
func nameWord(t *Token) bool { return t.Class == Word && t.Capitalised() }

// titleCased: no long word of the sentence is in lower case.
func titleCased(toks []Token) bool {
	words := 0
	for i := range toks {
		if toks[i].Class != Word {
			continue
		}
		words++
		if !toks[i].Capitalised() && utf8.RuneCountInString(toks[i].Lower) >= titleCaseLongWord {
			return false
		}
	}
	return words >= 3
}

func newName(l *Layer, first, end int32) Name {
	n := Name{Tokens: Range{first, end}}
	n.Start, n.End = l.Tokens[first].Start, l.Tokens[end-1].End
	var key []byte
	for k := first; k < end; k++ {
		if len(key) > 0 {
			key = append(key, ' ')
		}
		key = append(key, l.Tokens[k].Lower...)
	}
	n.Key = string(key)
	return n
}
