// Package layer is translint's language layer: the tokens, sentences and
// name candidates of a document, each computed once per document on first
// use and shared by every rule that reads them.
//
// Rules read the layer instead of splitting the text themselves, so that
// two rules never disagree on what a word, a sentence or a name is.
//
// Blocks. The layer's blocks are the document's Blocks, or, when a reader
// found none, the whole text as one block (the fallback every rule used on
// its own).
//
// Tokens are words exactly as Document.Words cuts them (letters and digits
// with inner apostrophes and hyphens; the layer reuses the document's word
// cache rather than scanning again) and single marks of punctuation or
// symbols; white space and masked markup are the Gap before a token. Each
// carries its lower-case form, case shape, script and class. Building them
// is the only part most rules pay for: a token is 24 bytes without a
// pointer, ASCII words are classified eight bytes at a time, lower-case
// forms are the text itself but for words with capitals, and the token
// array goes back to a pool when the engine releases the document.
//
// Sentences are built on first use from lint.Sentences of each block: a
// sentence ends at '.', '!', '?' or '…' (and a run of them with closing
// quotes or brackets) followed by white space and a capital, a digit, an
// opening quote or bracket, or a letter without case; not after a known
// abbreviation ("St.", "Mr.", "Dr.", "e.g.") or an initial ("J."), nor
// inside a decimal number ("2.5", no space follows); a blank line inside a
// block ends one too.
//
// Other splitters in the tree, and how they differ from this one (to be
// moved onto it):
//
//   - rules/droppedname's sentencesOf splits its own tokens (tokenize, a
//     second tokenizer: the document's words and one token per other rune,
//     with lower-case forms, capital flags and gaps, as here). It ends a
//     sentence at a '.', '!', '?' or '…' token followed after white space
//     by a capitalised word, a word of digits or one of " “ ‘ « (; not at
//     a period right after an abbreviation or initial (lint.IsAbbreviation
//     of the word token before it) or after a dotted run ("U.S."), unless
//     the period is part of an ellipsis "...". Unlike this splitter it
//     does not look past closing quotes and brackets (`go." Then` is not
//     split: the '"' after the period has no gap and is no stop), it does
//     not split before ' „ [ or a letter without case (CJK), nor at a blank
//     line inside a block; its sentences are lists of word tokens (no span,
//     no punctuation).
//   - lint/source has no splitter of its own: it reads lint.Sentences, and
//     counts a block's sentences as the larger of their number and its
//     count of the CJK stops '。', '！', '？' (which take no space after
//     them, so lint.Sentences does not split there). Its names (the
//     capitalised words of a sentence but its first) are a second
//     collector of name candidates: single words, no title-case check, no
//     runs.
//
// Name candidates (built on first use, from the sentences) are runs of
// capitalised words; see Name.
package layer

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Class is what a token is.
type Class uint8

const (
	// Word is a run of letters (and digits) with inner joiners: "don't".
	Word Class = iota
	// Number is a word without a letter: "2024".
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
	// Title: an upper-case first letter, other capitals only right after an
	// apostrophe or hyphen, and a lower-case letter: "Word", "O'Neil",
	// "Jean-Luc"; or one capital alone: "I", "A".
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

// Token is one word or mark of a block. It holds no pointer, in 24 bytes:
// the token array of a long document is one allocation the garbage
// collector does not scan.
type Token struct {
	// Start and End are the token's byte offsets (see Span).
	Start, End int32
	// low and lowEnd delimit its lower-case form in the layer's lower text
	// (see Layer.Lower).
	low, lowEnd int32
	// Gap is the number of bytes of white space (or masked markup) between
	// the previous token of the block, or the block start, and this one.
	Gap    int32
	Class  Class
	Case   Case
	Script Script
	// upperFirst: the first rune is an upper-case letter.
	upperFirst bool
}

// Span is the token's span of the document.
func (t *Token) Span() lint.Span { return lint.Span{Start: int(t.Start), End: int(t.End)} }

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
// particles of names: "de", "van", "bin", "al") in a sentence not set in
// title case, not counting a sentence's first word standing alone, which is
// capitalised by the sentence, nor an opening function word ("The" of "The
// Kremlin"), nor an abbreviation with its period ("Dr.").
type Name struct {
	lint.Span
	// Tokens are its words (and particles).
	Tokens Range
	// Key is the name folded for comparison: lower case, one space between
	// its words.
	Key string
}

// Layer is a document's language layer. Its parts are built on first use,
// safely from several goroutines; the slices it returns are shared and must
// not be modified.
type Layer struct {
	doc *lint.Document

	tokOnce  sync.Once
	tokens   []Token
	blockTok []int32 // block i's tokens are tokens[blockTok[i]:blockTok[i+1]]
	// lower is the text, followed by the lower-case forms of the words
	// with capitals.
	lower string

	sentOnce  sync.Once
	sentences []Sentence

	nameOnce sync.Once
	names    []Name
}

type memoKey struct{}

// tokenArrays recycles the token arrays of released documents (see
// Release): a fresh array a document was a tenth of the layer's cost.
var tokenArrays sync.Pool // of *[]Token

var _ lint.Releaser = (*Layer)(nil)

// Release gives the token array back for the next document. Document.Release
// calls it (the layer is a lint.Releaser) once the engine is done with the
// document; rules never call it.
func (l *Layer) Release() {
	if l.tokens != nil {
		t := l.tokens[:0]
		tokenArrays.Put(&t)
		l.tokens = nil
	}
}

// Of returns the document's language layer, shared by every rule. Nothing
// is computed until a part is asked for.
func Of(doc *lint.Document) *Layer {
	return doc.Memo(memoKey{}, func() any { return &Layer{doc: doc} }).(*Layer)
}

// Blocks is the number of the layer's blocks.
func (l *Layer) Blocks() int { return max(len(l.doc.Blocks), 1) }

// Block is the span of block i: the document's block i, or the whole text
// when the document has no blocks.
func (l *Layer) Block(i int) lint.Span {
	if len(l.doc.Blocks) == 0 {
		return lint.Span{Start: 0, End: len(l.doc.Text)}
	}
	return l.doc.Blocks[i].Span
}

// Tokens returns the tokens of the document, in text order.
func (l *Layer) Tokens() []Token {
	l.tokOnce.Do(l.buildTokens)
	return l.tokens
}

// BlockTokens returns the tokens of block i, and the index in Tokens of
// the first of them.
func (l *Layer) BlockTokens(i int) ([]Token, int) {
	l.tokOnce.Do(l.buildTokens)
	from, to := l.blockTok[i], l.blockTok[i+1]
	return l.tokens[from:to:to], int(from)
}

// BlockOf returns the index of the block that holds token ti.
func (l *Layer) BlockOf(ti int) int {
	l.tokOnce.Do(l.buildTokens)
	return sort.Search(len(l.blockTok)-1, func(k int) bool { return int(l.blockTok[k+1]) > ti })
}

// Lower returns a token's lower-case form.
func (l *Layer) Lower(t *Token) string { return l.lower[t.low:t.lowEnd] }

// Sentences returns the sentences of every block, in text order.
func (l *Layer) Sentences() []Sentence {
	l.sentOnce.Do(l.buildSentences)
	return l.sentences
}

// SentenceOf returns the index in Sentences of the sentence that holds
// token ti.
func (l *Layer) SentenceOf(ti int) int {
	s := l.Sentences()
	return sort.Search(len(s), func(k int) bool { return int(s[k].Tokens.To) > ti })
}

// Names returns the name candidates of every sentence, in text order.
func (l *Layer) Names() []Name {
	l.nameOnce.Do(func() { l.names = names(l, l.Tokens(), l.Sentences()) })
	return l.names
}

// The classes of ASCII bytes, as tokenize and word tell any rune.
const (
	cSpace = 1 << iota
	cPunct
	cUpper
	cLower
	cJoiner // an apostrophe or hyphen, inner to words
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := rune(0); c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z':
			t[c] = cLower
		case 'A' <= c && c <= 'Z':
			t[c] = cUpper
		case unicode.IsSpace(c):
			t[c] = cSpace
		case unicode.IsPunct(c):
			t[c] = cPunct
		}
	}
	t['\''] |= cJoiner
	t['-'] |= cJoiner
	return t
}()

func (l *Layer) buildTokens() {
	doc := l.doc
	text := doc.Text
	// The lower-case form of most tokens is their text: the text is copied
	// once, and the forms of words with capitals are written after it.
	var low strings.Builder
	low.Grow(len(text) + len(text)/8)
	low.Write(text)
	words := doc.Words()
	// Room for every word and a mark for every fourth; more grows.
	var toks []Token
	if p, ok := tokenArrays.Get().(*[]Token); ok && cap(*p) >= len(words)+len(words)/4+16 {
		toks = (*p)[:0]
	} else {
		toks = make([]Token, 0, len(words)+len(words)/4+16)
	}
	nb := l.Blocks()
	blockTok := make([]int32, 0, nb+1)
	for bi := 0; bi < nb; bi++ {
		blockTok = append(blockTok, int32(len(toks)))
		toks = tokenize(toks, &low, text, doc.WordsIn(l.Block(bi)), l.Block(bi))
	}
	l.tokens, l.blockTok, l.lower = toks, append(blockTok, int32(len(toks))), low.String()
}

// tokenize appends the tokens of block b, whose words are words, to out,
// and the lower-case forms of words with capitals to low.
func tokenize(out []Token, low *strings.Builder, text []byte, words []lint.Word, b lint.Span) []Token {
	prevEnd, i := b.Start, b.Start
	for wi := 0; ; wi++ {
		end := b.End
		if wi < len(words) {
			end = int(words[wi].Start)
		}
		// the marks before the next word
		for i < end {
			c := text[i]
			n, cls := 1, Symbol
			if c < utf8.RuneSelf {
				f := asciiClass[c]
				if f&cSpace != 0 {
					i++
					continue
				}
				if f&cPunct != 0 {
					cls = Punct
				}
			} else {
				var r rune
				r, n = utf8.DecodeRune(text[i:end])
				if unicode.IsSpace(r) || r == utf8.RuneError && n <= 1 {
					i += n
					continue
				}
				if unicode.IsPunct(r) {
					cls = Punct
				}
			}
			out = append(out, Token{Start: int32(i), End: int32(i + n), low: int32(i), lowEnd: int32(i + n),
				Class: cls, Gap: int32(i - prevEnd)})
			prevEnd = i + n
			i += n
		}
		if wi == len(words) {
			return out
		}
		w := words[wi].Span()
		out = append(out, Token{Start: int32(w.Start), End: int32(w.End), low: int32(w.Start), lowEnd: int32(w.End),
			Gap: int32(w.Start - prevEnd)})
		word(&out[len(out)-1], text, low)
		prevEnd, i = w.End, w.End
	}
}

// word fills t, the token of one word (its span and gap set), and appends
// its lower-case form to low when it has capitals. An ASCII word, most
// words, is read eight bytes at a time (see ascii8).
func word(t *Token, text []byte, low *strings.Builder) {
	n := int(t.End - t.Start)
	if int(t.Start)+(n+7)&^7 > len(text) {
		longWord(t, text[t.Start:t.End], low) // too near the end to load past it
		return
	}
	var nUpper int
	var anyLower, anyLetter, inner bool
	prevJoiner := uint64(0)
	for k := 0; k < n; k += 8 {
		x := binary.LittleEndian.Uint64(text[int(t.Start)+k:])
		keep := uint64(highs)
		if n-k < 8 {
			keep &= 1<<(8*(n-k)) - 1
		}
		if x&keep != 0 {
			longWord(t, text[t.Start:t.End], low) // a byte beyond ASCII
			return
		}
		upper, lower, digit := ascii8(x)
		upper, lower, digit = upper&keep, lower&keep, digit&keep
		joiner := keep &^ (upper | lower | digit) // the rest of an ASCII word
		if k == 0 {
			t.upperFirst = upper&0x80 != 0
			prevJoiner = 0x80 // a first capital is not an inner one
		}
		// a capital not right after a joiner
		inner = inner || upper&^(joiner<<8|prevJoiner) != 0
		prevJoiner = joiner >> 56 & 0x80
		nUpper += bits.OnesCount64(upper)
		anyLower = anyLower || lower != 0
		anyLetter = anyLetter || upper|lower != 0
	}
	t.Class = Number
	if !anyLetter {
		return
	}
	t.Class, t.Script = Word, Latin
	t.Case = caseOf(nUpper, anyLower, t.upperFirst, inner)
	if nUpper > 0 {
		// the lower-case form goes after the text
		t.low = int32(low.Len())
		var buf [8]byte
		for k := 0; k < n; k += 8 {
			x := binary.LittleEndian.Uint64(text[int(t.Start)+k:])
			upper, _, _ := ascii8(x)
			binary.LittleEndian.PutUint64(buf[:], x|upper>>2) // 'A'|0x20 is 'a'
			low.Write(buf[:min(8, n-k)])
		}
		t.lowEnd = int32(low.Len())
	}
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// ascii8 marks, in the high bit of each byte, the capitals, lower-case
// letters and digits among the eight ASCII bytes of x. With the high bit
// set first, a byte minus c keeps it exactly when the byte is at least c,
// and no borrow crosses bytes.
func ascii8(x uint64) (upper, lower, digit uint64) {
	h := x | highs
	upper = (h - 'A'*ones) &^ (h - ('Z'+1)*ones) & highs
	lower = (h - 'a'*ones) &^ (h - ('z'+1)*ones) & highs
	digit = (h - '0'*ones) &^ (h - ('9'+1)*ones) & highs
	return
}

// longWord is word for a word of more than eight bytes, or with a rune
// beyond ASCII, read a rune at a time.
func longWord(t *Token, b []byte, low *strings.Builder) {
	t.Class = Number
	upper := 0
	hasLower, first, inner, afterJoiner, ascii := false, false, false, true, true
	folds := false // a rune changes in lower case (a capital, or a title-case letter: "ǅ")
	for i := 0; i < len(b); {
		r, n := rune(b[i]), 1
		var up, lo bool
		if r < utf8.RuneSelf {
			f := asciiClass[r]
			up, lo = f&cUpper != 0, f&cLower != 0
			if up || lo {
				t.Class = Word
				if t.Script == Common {
					t.Script = Latin
				} else if t.Script != Latin {
					t.Script = MixedScript
				}
			}
		} else {
			ascii = false
			r, n = utf8.DecodeRune(b[i:])
			up, lo = unicode.IsUpper(r), unicode.IsLower(r)
			folds = folds || !lo && unicode.ToLower(r) != r
			if up || lo || unicode.IsLetter(r) {
				t.Class = Word
				switch sc := scriptOf(r); {
				case t.Script == Common:
					t.Script = sc
				case sc != t.Script && sc != Common:
					t.Script = MixedScript
				}
			}
		}
		if up {
			upper++
			first = first || i == 0
			inner = inner || !afterJoiner
		}
		hasLower = hasLower || lo
		afterJoiner = r == '\'' || r == '’' || r == '-' || r == '‐'
		i += n
	}
	t.upperFirst = first
	t.Case = caseOf(upper, hasLower, first, inner)
	if upper > 0 || folds {
		// the lower-case form goes after the text
		t.low = int32(low.Len())
		if ascii {
			for _, c := range b {
				if asciiClass[c]&cUpper != 0 {
					c += 'a' - 'A'
				}
				low.WriteByte(c)
			}
		} else {
			low.WriteString(strings.ToLower(string(b)))
		}
		t.lowEnd = int32(low.Len())
	}
}

// caseOf is the case shape of a word of upper capitals (the first one
// first), with lower-case letters or not, and with a capital inside it
// that does not follow an apostrophe or hyphen.
func caseOf(upper int, lower, first, inner bool) Case {
	switch {
	case upper == 0 && !lower:
		return NoCase
	case upper == 0:
		return Lower
	case !lower && upper >= 2:
		return Upper
	case first && !inner: // "Word", "O'Neil", "I"
		return Title
	}
	return Mixed
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

func (l *Layer) buildSentences() {
	toks := l.Tokens()
	var out []Sentence
	for bi := 0; bi < l.Blocks(); bi++ {
		ti := l.blockTok[bi]
		end := l.blockTok[bi+1]
		for _, s := range lint.Sentences(l.doc.Text, l.Block(bi)) {
			from := ti
			for ti < end && int(toks[ti].Start) < s.End {
				ti++
			}
			out = append(out, Sentence{Span: s, Tokens: Range{from, ti}, Block: int32(bi)})
		}
	}
	l.sentences = out
}
