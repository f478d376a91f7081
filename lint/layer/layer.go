// Package layer is translint's language layer: the tokens, sentences and
// name candidates of a document, computed once per document on first use
// and shared by every rule that reads them.
//
// Rules read the layer instead of splitting the text themselves, so that
// two rules never disagree on what a word, a sentence or a name is. Tokens
// are words as lint.Words cuts them (letters and digits with inner
// apostrophes and hyphens) and single marks of punctuation or symbols;
// sentences are lint.Sentences of each block (an abbreviation such as "St."
// or "Dr.", an initial or a decimal number does not end one); a name
// candidate is a run of capitalised words.
package layer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Class is what a token is.
type Class uint8

const (
	// Word is a run of letters (and digits) with inner joiners: "don't".
	Word Class = iota
	// Number is a word of digits only: "2024".
	Number
	// Punct is one mark of punctuation: ',', '«', '…'.
	Punct
	// Symbol is one other visible rune: '$', '+', '©', an emoji.
	Symbol
)

// Case is the shape of a word's letters.
type Case uint8

const (
	// NoCase: no cased letter (digits, CJK, punctuation).
	NoCase Case = iota
	// Lower: "word".
	Lower
	// Title: an upper-case first letter, the rest lower: "Word", "O'Neil".
	Title
	// Upper: every cased letter upper, two or more of them: "NATO".
	Upper
	// Mixed: any other mix: "iPhone", "McCain".
	Mixed
)

// Script is the writing system of a word's letters.
type Script uint8

const (
	// Common: no letter of a specific script (digits, punctuation).
	Common Script = iota
	Latin
	Cyrillic
	Greek
	Arabic
	Hebrew
	Han
	Kana
	Hangul
	Thai
	Devanagari
	// OtherScript: letters of a script not named above.
	OtherScript
	// MixedScript: letters of two or more scripts in one word ("WНO" with
	// a Cyrillic Н).
	MixedScript
)

var scriptNames = [...]string{"common", "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Kana",
	"Hangul", "Thai", "Devanagari", "other", "mixed"}

func (s Script) String() string { return scriptNames[s] }

// Token is one word or mark of a block.
type Token struct {
	lint.Span
	// Lower is the token in lower case.
	Lower  string
	Class  Class
	Case   Case
	Script Script
	// Gap is the number of bytes of white space (or masked markup) between
	// the previous token of the block, or the block start, and this one.
	Gap int32
	// Block is the index of the token's block in Document.Blocks, Sentence
	// the index of its sentence in Layer.Sentences.
	Block, Sentence int32
	// upperFirst: the first rune is an upper-case letter.
	upperFirst bool
}

// IsWord reports whether the token is a word or a number.
func (t *Token) IsWord() bool { return t.Class == Word || t.Class == Number }

// Capitalised reports whether a word starts with an upper-case letter.
func (t *Token) Capitalised() bool { return t.upperFirst }

// Range is a half-open range [From, To) of indexes into Layer.Tokens.
type Range struct{ From, To int32 }

// Sentence is a sentence of a block.
type Sentence struct {
	lint.Span
	// Tokens are its tokens.
	Tokens Range
	Block  int32
}

// Name is a name candidate: a run of capitalised words (allowing the
// particles of names: "de", "van", "bin", "al"), not counting a sentence's
// first word standing alone, which is capitalised by the sentence.
type Name struct {
	lint.Span
	// Tokens are its words (and particles).
	Tokens Range
	// Key is the name folded for comparison: lower case, one space between
	// its words.
	Key string
}

// Layer is a document's language layer.
type Layer struct {
	Tokens    []Token
	Sentences []Sentence
	Names     []Name
}

type memoKey struct{}

// Of returns the document's language layer, computed on first use and
// shared: callers must not modify it.
func Of(doc *lint.Document) *Layer {
	return doc.Memo(memoKey{}, func() any { return build(doc) }).(*Layer)
}

func build(doc *lint.Document) *Layer {
	l := &Layer{Tokens: make([]Token, 0, len(doc.Text)/4+8)}
	// The text with ASCII letters lower-cased, made once: the lower form
	// of most tokens is a substring of it and allocates nothing.
	low := make([]byte, len(doc.Text))
	for i, c := range doc.Text {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		low[i] = c
	}
	lower := string(low)
	for bi, b := range doc.Blocks {
		prevEnd := b.Start
		for _, s := range lint.Sentences(doc.Text, b.Span) {
			si := int32(len(l.Sentences))
			first := int32(len(l.Tokens))
			l.Tokens, prevEnd = tokenize(l.Tokens, doc.Text, lower, doc.WordsIn(s), s, prevEnd, int32(bi), si)
			l.Sentences = append(l.Sentences, Sentence{Span: s, Tokens: Range{first, int32(len(l.Tokens))}, Block: int32(bi)})
		}
	}
	l.Names = names(l)
	return l
}

// tokenize appends the tokens of text[s], whose words are words, to out. prevEnd is where the
// previous token of the block ended (the block start for its first).
func tokenize(out []Token, text []byte, lower string, words []lint.Word, s lint.Span, prevEnd int, block, sent int32) ([]Token, int) {
	wi := 0
	i := s.Start
	for i < s.End {
		if wi < len(words) && int(words[wi].Start) == i {
			w := words[wi].Span()
			out = append(out, word(text, lower, w, prevEnd, block, sent))
			prevEnd, i = w.End, w.End
			wi++
			continue
		}
		r, n := utf8.DecodeRune(text[i:s.End])
		if unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 {
			i += max(n, 1)
			continue
		}
		cls := Symbol
		if unicode.IsPunct(r) {
			cls = Punct
		}
		out = append(out, Token{Span: lint.Span{Start: i, End: i + n}, Lower: lower[i : i+n],
			Class: cls, Gap: int32(i - prevEnd), Block: block, Sentence: sent})
		prevEnd = i + n
		i += n
	}
	return out, prevEnd
}

// word builds the token of one word.
func word(text []byte, low string, w lint.Span, prevEnd int, block, sent int32) Token {
	t := Token{Span: w, Gap: int32(w.Start - prevEnd), Block: block, Sentence: sent, Class: Number}
	var upper, lower, letters int
	firstUpper := false
	ascii := true
	for i := w.Start; i < w.End; {
		r, n := utf8.DecodeRune(text[i:w.End])
		if r >= utf8.RuneSelf {
			ascii = false
		}
		if unicode.IsLetter(r) {
			t.Class = Word
			sc := scriptOf(r)
			switch {
			case letters == 0 || t.Script == Common:
				t.Script = sc
			case sc != t.Script && sc != Common:
				t.Script = MixedScript
			}
			letters++
		}
		switch {
		case unicode.IsUpper(r):
			if i == w.Start {
				firstUpper = true
			}
			upper++
		case unicode.IsLower(r):
			lower++
		}
		i += n
	}
	switch {
	case upper == 0 && lower == 0:
		t.Case = NoCase
	case upper == 0:
		t.Case = Lower
	case lower == 0 && upper >= 2:
		t.Case = Upper
	case firstUpper && upper == 1:
		t.Case = Title
	case lower == 0: // one capital alone: "I", "A"
		t.Case = Title
	default:
		t.Case = Mixed
	}
	t.upperFirst = firstUpper
	if ascii || upper == 0 {
		t.Lower = low[w.Start:w.End]
	} else {
		t.Lower = strings.ToLower(low[w.Start:w.End])
	}
	return t
}

// scriptOf names the script of a letter.
func scriptOf(r rune) Script {
	switch {
	case r < 0x250:
		if r < 'A' {
			return Common
		}
		return Latin
	case unicode.Is(unicode.Latin, r):
		return Latin
	case unicode.Is(unicode.Cyrillic, r):
		return Cyrillic
	case unicode.Is(unicode.Greek, r):
		return Greek
	case unicode.Is(unicode.Arabic, r):
		return Arabic
	case unicode.Is(unicode.Hebrew, r):
		return Hebrew
	case unicode.Is(unicode.Han, r):
		return Han
	case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
		return Kana
	case unicode.Is(unicode.Hangul, r):
		return Hangul
	case unicode.Is(unicode.Thai, r):
		return Thai
	case unicode.Is(unicode.Devanagari, r):
		return Devanagari
	}
	return OtherScript
}
