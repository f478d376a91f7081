package layer

import (
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Name candidates: runs of capitalised words.

// Name is a name candidate: a run of capitalised words (allowing the
// particles of names: "de", "van", "bin", "al") with nothing but white space
// between them, inside one sentence. A word that only opens a sentence
// ("The", "During", see sentenceStarters) is not part of it, nor is a
// possessive ending ("Kyiv's" is the name "Kyiv"), which also ends the run.
// A candidate whose capitals may owe nothing to a name is kept, and the
// layer tells a rule that asks whether it starts its sentence (Initial).
// See the package doc for why.
type Name struct {
	// Start and End are its bytes, without a possessive ending.
	Start, End int32
	// First and Last are its words [First, Last) as indexes into
	// Document.Words.
	First, Last int32
}

// Span returns the name's bytes.
func (n Name) Span() lint.Span { return lint.Span{Start: int(n.Start), End: int(n.End)} }

// Initial reports whether the name n, found in span, starts its sentence:
// its first word is capitalised by the sentence whether or not it is a
// name. It reads the gap before the name (StartsSentence).
func (l *Layer) Initial(n Name, span lint.Span) bool { return l.StartsSentence(int(n.First), span) }

// StartsSentence reports whether word k (an index into Document.Words) is
// the first word of one of span's sentences (Split), reading only the gap
// before it: the splitter's own test (breakIn), without splitting span.
func (l *Layer) StartsSentence(k int, span lint.Span) bool {
	ws := l.doc.Words()
	if k == 0 || int(ws[k-1].Start) < span.Start {
		return true
	}
	gs, ge := int(ws[k-1].End), int(ws[k].Start)
	return !(ge-gs == 1 && l.doc.Text[gs] == ' ') && breakIn(l.doc.Text, span, gs, ge)
}

// WordSpan returns the bytes of the name's word k (First <= k < Last) of
// ws (Document.Words): the word, the last one without its possessive
// ending.
func (n Name) WordSpan(ws []lint.Word, k int32) lint.Span {
	s := ws[k].Span()
	if k == n.Last-1 {
		s.End = int(n.End)
	}
	return s
}

// AppendKey appends the name folded for comparison to dst: its words in
// lower case, one space between them.
func (l *Layer) AppendKey(dst []byte, n Name) []byte {
	ws := l.doc.Words()
	for k := n.First; k < n.Last; k++ {
		if k > n.First {
			dst = append(dst, ' ')
		}
		dst = AppendLower(dst, l.doc.Text, n.WordSpan(ws, k))
	}
	return dst
}

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

// WordTally counts the words of a span: all of them, and those that start
// with a capital letter.
type WordTally struct {
	Words, Capitalised int
}

// AppendNamesIn appends the name candidates of span (a block: sentences do
// not cross it) to dst, in order, and counts the span's words. They are
// computed on every call and not kept (see the package doc): a rule reads
// each block's once.
//
// The scan reads each word once and looks for a sentence break only before
// a capitalised word, in the gap after the word before when it is more
// than a space, with the splitter's own test (breakIn): the names need no
// sentence spans, only whether one starts at them.
func (l *Layer) AppendNamesIn(dst []Name, span lint.Span) ([]Name, WordTally) {
	text := l.doc.Text
	ws := l.doc.Words()
	i0 := l.doc.WordIndex(span.Start)
	in := func(k int) bool { return k < len(ws) && int(ws[k].End) <= span.End }
	// broken: a sentence ends between words k-1 and k
	broken := func(k int) bool {
		gs, ge := int(ws[k-1].End), int(ws[k].Start)
		return !(ge-gs == 1 && text[gs] == ' ') && breakIn(text, span, gs, ge)
	}
	// joined: nothing but white space between words k-1 and k, and no
	// blank line
	joined := func(k int) bool {
		gs, ge := int(ws[k-1].End), int(ws[k].Start)
		if ge-gs == 1 && text[gs] == ' ' {
			return true
		}
		if s, _ := NextMark(text, gs, ge); s != ge {
			return false
		}
		return !breakIn(text, span, gs, ge)
	}
	var tally WordTally
	free := i0 // the first word not in a run already seen
	k := i0
	for ; ; k++ {
		var found bool
		if k, found = nextCapitalised(text, ws, k, span.End); !found {
			break
		}
		tally.Capitalised++
		if k < free {
			continue
		}
		// a run of capitals from k
		j := k + 1
		for !possessive(text, ws[j-1]) && in(j) && joined(j) {
			if capitalised(text, ws[j].Span()) {
				j++
				continue
			}
			m := j
			for in(m) && (m == j || joined(m)) && isParticle(text, ws[m]) {
				m++
			}
			if m > j && in(m) && joined(m) && capitalised(text, ws[m].Span()) {
				j = m + 1
				continue
			}
			break
		}
		free = j
		start := k
		if isStarter(text, ws[k].Span()) && (k == i0 || broken(k)) {
			start++ // "The Kremlin": the sentence capitalised "The"
		}
		// "Dr." alone is no name
		abbrev := j == start+1 && int(ws[start].End) < len(text) && text[ws[start].End] == '.' &&
			IsAbbreviation(string(text[ws[start].Start:ws[start].End]))
		if start < j && !abbrev {
			n := Name{Start: ws[start].Start, End: ws[j-1].End, First: int32(start), Last: int32(j)}
			if possessive(text, ws[j-1]) {
				n.End -= 2 // "'s"
				if text[n.End] != '\'' {
					n.End -= 2 // "’s": ’ is three bytes
				}
			}
			dst = append(dst, n)
		}
	}
	tally.Words = k - i0
	return dst, tally
}

// nextCapitalised returns the first capitalised word from ws[k] on that
// ends by end, and true; or the first word that does not end by end, and
// false. It reads most words of a block, each told by its first byte when
// that is ASCII, in a loop of its own that keeps what it reads in
// registers.
func nextCapitalised(text []byte, ws []lint.Word, k, end int) (int, bool) {
	for ; k < len(ws) && int(ws[k].End) <= end; k++ {
		if c := text[ws[k].Start]; c < utf8.RuneSelf && c-'A' < 26 || c >= utf8.RuneSelf && capitalised(text, ws[k].Span()) {
			return k, true
		}
	}
	return k, false
}

// capitalised reports whether the word text[w] starts with a capital
// letter (Attr.UpperFirst), told by its first byte when it is ASCII.
func capitalised(text []byte, w lint.Span) bool {
	if c := text[w.Start]; c < utf8.RuneSelf {
		return c-'A' < 26
	}
	r, _ := utf8.DecodeRune(text[w.Start:w.End])
	return unicode.IsUpper(r)
}

// possessive reports whether the word ends with a possessive "'s" or "’s"
// (after something else).
func possessive(text []byte, w lint.Word) bool {
	b := text[w.Start:w.End]
	n := len(b)
	return n > 2 && b[n-1] == 's' && (b[n-2] == '\'' || n > 4 && b[n-4] == 0xe2 && b[n-3] == 0x80 && b[n-2] == 0x99)
}

// isParticle reports whether the word is a particle of names, in lower case.
func isParticle(text []byte, w lint.Word) bool {
	if c := text[w.Start] - 'a'; w.Len() > maxParticle || c >= 26 || particleInitials>>c&1 == 0 {
		return false
	}
	var k uint64 // the word's own bytes, packed as Key packs them: no capital may match
	for i := w.End - 1; i >= w.Start; i-- {
		k = k<<8 | uint64(text[i])
	}
	return particleKeys.has(k)
}

// maxParticle is the length of the longest of nameParticles.
const maxParticle = 5

// isStarter reports whether the word text[w] is one of sentenceStarters,
// in any case.
func isStarter(text []byte, w lint.Span) bool {
	if c := (text[w.Start] | 0x20) - 'a'; w.Len() > maxStarter || c >= 26 || starterInitials>>c&1 == 0 {
		return false // most names: too long, or a first letter no starter has
	}
	k, ascii := KeyOf(text, w)
	if !ascii {
		return false
	}
	if !starterKeys.has(k) {
		return false
	}
	if w.Len() < 8 {
		return true // the key is the whole word
	}
	if long, ok := starterLong[k]; ok {
		return asciiLowerEqual(text[w.Start:w.End], long)
	}
	return w.Len() == 8
}

// particleKeys and starterKeys are the Keys of nameParticles and of
// sentenceStarters, in hashed sets: the lookup every run and every
// sentence makes reads one slot or two. starterLong holds the starters
// longer than a key, by key.
var (
	particleKeys = keysOf(nameParticles)
	starterKeys  = keysOf(sentenceStarters)
	starterLong  = func() map[uint64]string {
		m := map[uint64]string{}
		for w := range sentenceStarters {
			if len(w) > 8 {
				m[Key(w)] = w
			}
		}
		return m
	}()
)

// particleInitials and starterInitials are the first letters of
// nameParticles and of sentenceStarters, a bit for each of a to z; a word
// with another first letter is none of them, told before its key is made.
// maxStarter is the length of the longest starter.
var (
	particleInitials = initialsOf(nameParticles)
	starterInitials  = initialsOf(sentenceStarters)
	maxStarter       = func() (n int) {
		for w := range sentenceStarters {
			n = max(n, len(w))
		}
		return n
	}()
)

// initialsOf returns the first letters of words of a to z, as bits.
func initialsOf(words map[string]bool) (set uint32) {
	for w := range words {
		if c := w[0] - 'a'; c < 26 {
			set |= 1 << c
		}
	}
	return set
}

// keySet is a set of Keys of non-empty words: an open-addressing table of
// at least keySlotsPerKey slots a key, 0 marking a free slot (no word's
// Key is 0), found by a multiplicative hash. It is built once, and a
// lookup of a word not in it nearly always stops at the first slot it
// reads.
type keySet struct {
	slots []uint64
	shift uint8 // 64 - log2(len(slots)): the hash's top bits index the table
}

// keySlotsPerKey: a table four times the keys leaves most of a miss's
// probes one slot long.
const keySlotsPerKey = 4

// keyHashMul is a 64-bit odd multiplier (2^64 over the golden ratio) whose
// product spreads a key's low bytes over the top bits.
const keyHashMul = 0x9e3779b97f4a7c15

func keysOf(words map[string]bool) keySet {
	bits := uint8(1)
	for 1<<bits < keySlotsPerKey*len(words) {
		bits++
	}
	ks := keySet{slots: make([]uint64, 1<<bits), shift: 64 - bits}
	for w := range words {
		k := Key(w)
		i := ks.slot(k)
		for ks.slots[i] != 0 && ks.slots[i] != k {
			i = (i + 1) & (len(ks.slots) - 1)
		}
		ks.slots[i] = k
	}
	return ks
}

// slot is the first slot of key k.
func (ks keySet) slot(k uint64) int { return int(k * keyHashMul >> ks.shift) }

// has reports whether k is in the set.
func (ks keySet) has(k uint64) bool {
	mask := len(ks.slots) - 1
	for i := ks.slot(k); ; i = (i + 1) & mask {
		switch ks.slots[i] {
		case k:
			return k != 0
		case 0:
			return false
		}
	}
}

// asciiLowerEqual reports whether the ASCII word b lower-cased is lower.
func asciiLowerEqual(b []byte, lower string) bool {
	if len(b) != len(lower) {
		return false
	}
	for i, c := range b {
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		if c != lower[i] {
			return false
		}
	}
	return true
}
