// Package layer is translint's language layer: the words, sentences and
// name candidates of a document, computed on first use (the words and
// sentences once per document, and shared), so that two rules never
// disagree on what a word, a sentence or a name is.
//
// # Shape, and why
//
// A document has a word in about six bytes of English, so anything stored
// per token is multiplied by millions on a large file. An earlier layer
// stored a 24-byte token per word and mark plus a lower-cased copy of the
// text: on a 52 MB file that doubled the peak memory, and building it cost
// more CPU than the rules' own classifications it replaced. This layer
// stores only what cannot be read back cheaply from the bytes:
//
//   - Words are Document.Words itself (8 bytes a word, shared with every
//     rule, not copied).
//   - A word's attribute is one byte: its script, its case shape and
//     whether it is a number (see Attr, AttrOf). Attrs and AttrsAt keep
//     them, parallel to the words, computed a chunk of words at a time as
//     rules ask and held in groups, so that a reader of a few blocks holds
//     a few groups. The rules that read most words once (dropped-name,
//     foreign-fragment) call AttrOf as they go and keep nothing: a kept
//     byte a word added 8 MiB to the peak of a 52 MB file, and costs more
//     than the few nanoseconds AttrOf takes for a short word.
//   - Punctuation and symbols are not stored: they are the runes other than
//     white space between two words, read by NextMark.
//   - The lower-case form of a word is made on demand, into the caller's
//     buffer (AppendLower), or as a packed key of its first eight bytes
//     (Key), the one key function of the project's word tables.
//   - Sentences are four int32s each (byte start and end, first and end
//     word index), split for the spans asked for (SentencesIn) and kept:
//     most rules read the sentences of a few blocks (the copies of a
//     headline, the blocks that hold a spelling), and the sentences of a
//     whole 52 MB file cost more memory than its budget left.
//   - Name candidates are computed for the span asked for, into the
//     caller's buffer, and not kept (AppendNamesIn): their one reader,
//     inconsistent-name, reads each block's once, and kept for a whole
//     large file they would cost as much as its sentences. The scan looks
//     for a sentence break only before a capitalised word, with the
//     splitter's own test on the gap before it, and splits nothing.
//
// Each kept part is built on first use and shared; a document checked by
// rules on several goroutines builds each part once.
//
// # Sentences
//
// Split is the one sentence splitter. A sentence ends at '.', '!', '?' or
// '…' (and runs of them, with closing quotes or brackets) followed by white
// space and a capital, a digit, an opening quote or bracket or a letter
// without case; not at the period of an abbreviation ("St.", "Mr.", "Dr.",
// "e.g."), of an initial ("J.") or inside a number ("2.5"). A CJK full stop
// ('。', '！', '？') ends one whatever follows, as those scripts take no
// space after it; a blank line inside a block ends one too. Sentences are
// trimmed of white space.
//
// Two splitters went into this one, and where they disagreed the rule kept
// is the better one (the measured output did not change):
//
//   - rules/droppedname split its own tokens: it did not look past a
//     closing quote or bracket after the stop (`the ferry runs." Then` was
//     one sentence), did not end one before ' „ [ or a letter without case,
//     nor at a blank line, and took any dotted word ("U.S.A.") for an
//     abbreviation. It now groups its tokens by these sentences.
//   - lint/source counted a block's sentences as the larger of
//     this splitter's count and its count of CJK full stops, which the
//     splitter did not split at; the splitter now does, and the count is
//     the number of sentences.
//
// # Name candidates
//
// A name candidate (Name) is a run of capitalised words, allowing the
// particles of names ("von der", "da", "bin"), with only white space between
// them inside one sentence. Two collectors went into this one: the layer's
// own, which no rule read, and inconsistent-name's, which took every
// capitalised word of a block by rules of its own. Where they disagreed,
// the rule kept is the one right for every rule (the measured output did
// not change):
//
//   - A word capitalised by its sentence: the layer dropped a lone
//     sentence-opening word, the rule kept it and later asked whether the
//     spelling was ever seen inside a sentence. A candidate may be a name
//     wherever it stands, so it is kept; a rule that takes capitals as
//     evidence of a name asks (Initial, which reads the gap before it).
//   - A title-cased sentence (a headline): the layer dropped its words, the
//     rule kept them. A name in a headline is still written there, so they
//     are kept; no rule asks the layer whether a sentence is in title case
//     (dropped-name's test of a headline, most words capitalised, is a
//     measure of its own).
//   - A word that only opens sentences ("The", "During", "These"): the
//     layer left it out of the run after it, the rule kept it as a
//     spelling. It is a function word, not a name: left out.
//   - A possessive: the layer kept "'s" in the name, the rule cut it. "Kyiv's"
//     is the name "Kyiv", and a possessive ends a run ("Poland's President
//     Duda" is "Poland" and "President Duda").
//   - What a rule compares stays the rule's: inconsistent-name takes the
//     words of the candidates with five letters or more, letters only and
//     no inner capital, and leaves out a block that is a list of names
//     (from the count of its capitalised words, WordTally).
package layer

import (
	"encoding/binary"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Layer is a document's language layer. Its parts are built on first use;
// everything it returns is shared: callers must not modify it.
type Layer struct {
	doc *lint.Document

	// attrs are the words' attributes in groups of attrGroup words,
	// computed a chunk (attrChunk words) at a time under attrsMu;
	// attrsDone has a bit a chunk, a word a group.
	attrsMu   sync.Mutex
	attrs     [][]Attr
	attrsDone []uint64

	sentsMu sync.Mutex
	sents   map[lint.Span][]Sentence
}

type memoKey struct{}

// Of returns the document's language layer. It costs nothing until a part
// is asked for.
func Of(doc *lint.Document) *Layer {
	return doc.Memo(memoKey{}, func() any { return &Layer{doc: doc} }).(*Layer)
}

// Words returns the document's words (Document.Words).
func (l *Layer) Words() []lint.Word { return l.doc.Words() }

// Attrs returns the attributes of the document's words: Attrs()[i] is the
// attribute of Words()[i].
func (l *Layer) Attrs() []Attr {
	return l.AttrsAt(0, len(l.doc.Words()))
}

// attrChunk is the number of words whose attributes are computed together,
// attrGroup the number kept in one array. A rule that reads the words of a
// few blocks (foreign-fragment reads only the blocks that are not plain
// ASCII in the target language) pays for their chunks and holds their
// groups, not a byte for every word of a large file.
const (
	attrChunk = 64
	attrGroup = 64 * attrChunk
)

// AttrsAt returns the attributes of words [i, j) (indexes into Words, as a
// Sentence holds them), computing those of the chunks they fall in that
// were not computed yet. The slice is shared, but for a range across two
// groups, which is a copy.
func (l *Layer) AttrsAt(i, j int) []Attr {
	if i >= j {
		return nil
	}
	l.attrsMu.Lock()
	defer l.attrsMu.Unlock()
	ws := l.doc.Words()
	if l.attrs == nil {
		l.attrs = make([][]Attr, (len(ws)+attrGroup-1)/attrGroup)
		l.attrsDone = make([]uint64, len(l.attrs))
	}
	text := l.doc.Text
	for c := i / attrChunk; c <= (j-1)/attrChunk; c++ {
		g, bit := c/64, uint64(1)<<(c%64)
		if l.attrsDone[g]&bit != 0 {
			continue
		}
		if l.attrs[g] == nil {
			l.attrs[g] = make([]Attr, min(attrGroup, len(ws)-g*attrGroup))
		}
		as := l.attrs[g]
		for k := c * attrChunk; k < min((c+1)*attrChunk, len(ws)); k++ {
			as[k-g*attrGroup] = AttrOf(text, ws[k].Span())
		}
		l.attrsDone[g] |= bit
	}
	if g := i / attrGroup; g == (j-1)/attrGroup {
		return l.attrs[g][i-g*attrGroup : j-g*attrGroup : j-g*attrGroup]
	}
	out := make([]Attr, 0, j-i)
	for k := i; k < j; {
		g := k / attrGroup
		e := min(j, (g+1)*attrGroup)
		out = append(out, l.attrs[g][k-g*attrGroup:e-g*attrGroup]...)
		k = e
	}
	return out
}

// wordRange returns the indexes [i, j) of the words that lie inside span.
// The search is written out: a closure a step cost more than the scan of a
// short block.
func (l *Layer) wordRange(span lint.Span) (int, int) {
	ws := l.doc.Words()
	i := l.doc.WordIndex(span.Start)
	lo, hi := i, len(ws)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ws[m].End) > span.End {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return i, lo
}

// Attr is what the layer knows of a word: its script (the low four bits),
// whether its first letter is a capital, whether it has capitals after the
// first rune, and whether it has a lower-case letter. A word without a
// letter (Script None) is a number.
type Attr uint8

const (
	scriptBits Attr = 0x0f
	// upperFirst: the first rune is an upper-case letter.
	upperFirst Attr = 1 << 4
	// capsFirst: lower-casing changes the first rune (an upper- or
	// title-case letter).
	capsFirst Attr = 1 << 5
	// capsRest: lower-casing changes a rune after the first.
	capsRest Attr = 1 << 6
	// hasLower: the word has a lower-case letter.
	hasLower Attr = 1 << 7
)

// Script is the script of most of a word's letters.
func (a Attr) Script() Script { return Script(a & scriptBits) }

// Number reports whether the word has no letter ("2024", "3").
func (a Attr) Number() bool { return a.Script() == None }

// UpperFirst reports whether the word starts with an upper-case letter.
func (a Attr) UpperFirst() bool { return a&upperFirst != 0 }

// Caps reports whether the word has a capital anywhere (lower-casing
// changes it).
func (a Attr) Caps() bool { return a&(capsFirst|capsRest) != 0 }

// Case is the word's case shape.
func (a Attr) Case() Case {
	switch {
	case !a.Caps() && a&hasLower == 0:
		return NoCase
	case !a.Caps():
		return Lower
	case a&capsRest == 0:
		return Title
	case a&capsFirst != 0 && a&hasLower == 0:
		return Upper
	}
	return Mixed
}

// Case is the shape of a word's letters.
type Case uint8

const (
	// NoCase: no cased letter (digits, CJK).
	NoCase Case = iota
	// Lower: "word".
	Lower
	// Title: a capital first letter, no other: "Word", "I", "O'neil".
	Title
	// Upper: capitals, the first too, and no lower-case letter: "NATO".
	Upper
	// Mixed: any other mix: "iPhone", "McCain".
	Mixed
)

// Script is a writing system.
type Script uint8

// The scripts a word's letters are told by; a letter of none of them is
// Other.
const (
	// None: no letter (digits only).
	None Script = iota
	Latin
	Cyrillic
	Greek
	Arabic
	Hebrew
	Han
	Kana
	Hangul
	Devanagari
	Thai
	Armenian
	Georgian
	Bengali
	Tamil
	Other
)

var scriptNames = [...]string{"none", "Latin", "Cyrillic", "Greek", "Arabic", "Hebrew", "Han", "Kana",
	"Hangul", "Devanagari", "Thai", "Armenian", "Georgian", "Bengali", "Tamil", "other"}

func (s Script) String() string { return scriptNames[s] }

// scriptTables are the Unicode tables of the scripts after Latin, in the
// order they are tried.
var scriptTables = []struct {
	s Script
	t *unicode.RangeTable
}{
	{Cyrillic, unicode.Cyrillic},
	{Greek, unicode.Greek},
	{Arabic, unicode.Arabic},
	{Hebrew, unicode.Hebrew},
	{Han, unicode.Han},
	{Kana, unicode.Hiragana},
	{Kana, unicode.Katakana},
	{Hangul, unicode.Hangul},
	{Devanagari, unicode.Devanagari},
	{Thai, unicode.Thai},
	{Armenian, unicode.Armenian},
	{Georgian, unicode.Georgian},
	{Bengali, unicode.Bengali},
	{Tamil, unicode.Tamil},
}

// RuneScript is the script of a rune: None for anything but a letter.
func RuneScript(r rune) Script {
	if r < utf8.RuneSelf {
		if r|0x20 >= 'a' && r|0x20 <= 'z' {
			return Latin
		}
		return None
	}
	if !unicode.IsLetter(r) {
		return None
	}
	if unicode.Is(unicode.Latin, r) {
		return Latin
	}
	if r >= 0x400 && r <= 0x4ff { // the basic Cyrillic block, without a table search
		return Cyrillic
	}
	for _, st := range scriptTables {
		if unicode.Is(st.t, r) {
			return st.s
		}
	}
	return Other
}

// ASCII byte classes for AttrOf.
const (
	aLower = 1 << iota
	aUpper
	aDigit
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-32] = aLower, aUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = aDigit
	}
	return t
}()

// AttrOf classifies the word text[w]. Its script is the script of most of
// its letters, counting Latin letters and those of the first other script
// met (letters of a third script are not counted); on a tie, Latin.
func AttrOf(text []byte, w lint.Span) Attr {
	a, _, _ := AttrKeyOf(text, w)
	return a
}

// AttrKeyOf returns AttrOf and KeyOf of the word text[w] together: a short
// ASCII word is loaded once for both, a long one tested for ASCII once.
func AttrKeyOf(text []byte, w lint.Span) (Attr, uint64, bool) {
	if n := w.End - w.Start; n <= 8 && w.Start+8 <= len(text) {
		// a short word with eight bytes at hand: one load tests it
		mask := ^uint64(0) >> (64 - 8*n)
		if x := binary.LittleEndian.Uint64(text[w.Start:]) & mask; x&highBits == 0 {
			return asciiAttr(x, n), lower8(x), true
		}
	} else if n > 8 && IsASCII(text[w.Start:w.End]) {
		return asciiAttrLong(text[w.Start:w.End]), lower8(binary.LittleEndian.Uint64(text[w.Start:])), true
	} else if n > 0 && n <= 8 && IsASCII(text[w.Start:w.End]) {
		k, _ := KeyOf(text, w) // near the end of the text
		return attrOf(text, w), k, true
	}
	return attrOf(text, w), 0, false
}

// attrOf is AttrOf rune by rune.
func attrOf(text []byte, w lint.Span) Attr {
	var a Attr
	latin, other := 0, 0
	otherScript := None
	for i := w.Start; i < w.End; {
		c := text[i]
		if c < utf8.RuneSelf {
			switch asciiClass[c] {
			case aLower:
				a |= hasLower
				latin++
			case aUpper:
				if i == w.Start {
					a |= upperFirst | capsFirst
				} else {
					a |= capsRest
				}
				latin++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:w.End])
		if unicode.IsLower(r) {
			a |= hasLower
		}
		if unicode.IsUpper(r) && i == w.Start {
			a |= upperFirst
		}
		if unicode.ToLower(r) != r {
			if i == w.Start {
				a |= capsFirst
			} else {
				a |= capsRest
			}
		}
		switch s := RuneScript(r); s {
		case None:
		case Latin:
			latin++
		default:
			if otherScript == None || s == otherScript {
				otherScript = s
				other++
			}
		}
		i += n
	}
	switch {
	case latin == 0 && other == 0:
	case other > latin:
		a |= Attr(otherScript)
	default:
		a |= Attr(Latin)
	}
	return a
}

// highBits has the high bit of each of eight bytes.
const highBits = 0x8080808080808080

// asciiAttr is AttrOf of an ASCII word of n <= 8 bytes held in x
// (little-endian: the first byte lowest). Each byte is tested for a range
// at once: with its high bit set, a byte minus lo keeps the high bit
// exactly when the byte is at least lo, and no borrow crosses bytes.
func asciiAttr(x uint64, n int) Attr {
	const ones = 0x0101010101010101
	h := x | highBits
	valid := uint64(highBits) >> (64 - 8*uint(n)) // the high bits of the n bytes
	upper := (h - 'A'*ones) &^ (h - ('Z'+1)*ones) & valid
	lower := (h - 'a'*ones) &^ (h - ('z'+1)*ones) & valid
	var a Attr
	if upper|lower == 0 {
		return a // digits only
	}
	a = Attr(Latin)
	if lower != 0 {
		a |= hasLower
	}
	if upper&0x80 != 0 {
		a |= upperFirst | capsFirst
	}
	if upper&^0x80 != 0 {
		a |= capsRest
	}
	return a
}

// asciiAttrLong is AttrOf of an ASCII word b of more than eight bytes, read
// eight bytes at a time (the last eight overlap the ones before: the flags
// are ORed, and the first byte is never among them again).
func asciiAttrLong(b []byte) Attr {
	const ones = 0x0101010101010101
	var upper, lower uint64 // the high bit of each byte that is a capital, a small letter
	for i := 0; ; i += 8 {
		if i+8 > len(b) {
			i = len(b) - 8
		}
		h := binary.LittleEndian.Uint64(b[i:]) | highBits
		upper |= (h - 'A'*ones) &^ (h - ('Z'+1)*ones) & highBits
		lower |= (h - 'a'*ones) &^ (h - ('z'+1)*ones) & highBits
		if i == 0 && upper != 0 {
			if upper&0x80 != 0 {
				lower |= 1 // remembered below: the first byte is a capital
			}
			upper &^= 0x80
		}
		if i+8 >= len(b) {
			break
		}
	}
	var a Attr
	if upper|lower == 0 {
		return a // digits only
	}
	a = Attr(Latin)
	if lower&^1 != 0 {
		a |= hasLower
	}
	if lower&1 != 0 {
		a |= upperFirst | capsFirst
	}
	if upper != 0 {
		a |= capsRest
	}
	return a
}

// AppendLower appends the word text[w] in lower case to dst.
func AppendLower(dst, text []byte, w lint.Span) []byte {
	for i := w.Start; i < w.End; {
		c := text[i]
		if c < utf8.RuneSelf {
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRune(text[i:w.End])
		if l := unicode.ToLower(r); l != r {
			dst = utf8.AppendRune(dst, l)
		} else {
			dst = append(dst, text[i:i+n]...)
		}
		i += n
	}
	return dst
}

// Key packs the first eight bytes of a lower-case word, the first byte
// lowest: the key of the project's tables of short words. Words that share
// their first eight bytes share a key; tables compare the whole word where
// that matters (or mix in its length).
func Key(lower string) uint64 {
	var k uint64
	for i := min(len(lower), 8) - 1; i >= 0; i-- {
		k = k<<8 | uint64(lower[i])
	}
	return k
}

// KeyOf returns the Key of the lower-case form of the word text[w] and
// true when the word is all ASCII; 0 and false otherwise (the caller then
// lower-cases it, AppendLower, and calls Key). A short word takes one load
// of eight bytes.
func KeyOf(text []byte, w lint.Span) (uint64, bool) {
	n := w.End - w.Start
	if n <= 0 {
		return 0, true
	}
	if w.Start+8 <= len(text) {
		x := binary.LittleEndian.Uint64(text[w.Start:])
		if n < 8 {
			x &= ^uint64(0) >> (64 - 8*n)
		}
		if x&highBits != 0 || n > 8 && !IsASCII(text[w.Start+8:w.End]) {
			return 0, false
		}
		return lower8(x), true
	}
	// near the end of the text, a byte at a time
	if !IsASCII(text[w.Start:w.End]) {
		return 0, false
	}
	var k uint64
	for i := w.Start + min(n, 8) - 1; i >= w.Start; i-- {
		k = k<<8 | uint64(text[i])
	}
	return lower8(k), true
}

// IsASCII reports whether b has no byte beyond 0x7f, eight at a time.
func IsASCII(b []byte) bool {
	var acc uint64
	for len(b) >= 8 {
		acc |= binary.LittleEndian.Uint64(b)
		b = b[8:]
	}
	for _, c := range b {
		acc |= uint64(c)
	}
	return acc&highBits == 0
}

// LowerASCII appends src to dst with its ASCII letters lower-cased and
// every other byte kept, so that offsets do not move: the lower-case text
// of a window of a document, eight bytes at a time.
func LowerASCII(dst, src []byte) []byte {
	for len(src) >= 8 {
		dst = binary.LittleEndian.AppendUint64(dst, lower8(binary.LittleEndian.Uint64(src)))
		src = src[8:]
	}
	for _, c := range src {
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// lower8 lower-cases the ASCII capitals among eight bytes and leaves every
// other byte as it is. The additions run on the low seven bits of each
// byte, so no carry crosses bytes, and a byte with its high bit set (part
// of a UTF-8 sequence) is never taken for a capital.
func lower8(x uint64) uint64 {
	const ones = 0x0101010101010101
	low7 := x &^ highBits
	upper := (low7 + (0x80-'A')*ones) &^ (low7 + (0x80-'Z'-1)*ones) &^ x & highBits
	return x | upper>>2
}

// NextMark returns the span [start, end) of the first rune of text[i:limit]
// that is not white space (a mark of punctuation or a symbol, when i is
// after a word and limit the next word's start), or limit, limit.
func NextMark(text []byte, i, limit int) (int, int) {
	for i < limit {
		c := text[i]
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				i++
				continue
			}
			return i, i + 1
		}
		r, n := utf8.DecodeRune(text[i:limit])
		if !unicode.IsSpace(r) {
			return i, i + n
		}
		i += n
	}
	return limit, limit
}

// Sentence is a sentence of a block: its bytes [Start, End) and its words
// [First, Last) as indexes into Document.Words.
type Sentence struct {
	Start, End  int32
	First, Last int32
}

// Span returns the sentence's bytes.
func (s Sentence) Span() lint.Span { return lint.Span{Start: int(s.Start), End: int(s.End)} }

// SentencesIn returns the sentences of span (a block, in the rules that ask),
// split on first use and kept for the next rule that asks for the same
// span. Only the spans asked for are split and kept: the sentences of a
// whole large file, at 16 bytes each, cost more memory than the few blocks
// most rules look at (see the package doc).
func (l *Layer) SentencesIn(span lint.Span) []Sentence {
	l.sentsMu.Lock()
	ss, ok := l.sents[span]
	l.sentsMu.Unlock()
	if ok {
		return ss
	}
	ws := l.doc.Words()
	wi, _ := l.wordRange(span)
	for _, s := range Split(l.doc.Text, span) {
		for wi < len(ws) && int(ws[wi].Start) < s.Start {
			wi++
		}
		first := wi
		for wi < len(ws) && int(ws[wi].End) <= s.End {
			wi++
		}
		ss = append(ss, Sentence{Start: int32(s.Start), End: int32(s.End), First: int32(first), Last: int32(wi)})
	}
	ss = ss[:len(ss):len(ss)]
	l.sentsMu.Lock()
	defer l.sentsMu.Unlock()
	if old, ok := l.sents[span]; ok {
		return old // split meanwhile on another goroutine
	}
	if l.sents == nil {
		l.sents = map[lint.Span][]Sentence{}
	}
	l.sents[span] = ss
	return ss
}
