package foreignfragment

import (
	"encoding/binary"
	"math/bits"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// quietASCII reports whether the block b of text, whose words are ws,
// certainly gives no finding, without classifying its words: it is all
// ASCII (so no word is in another script, and none has letters beyond a-z),
// and, when fw (the function-word stage runs), fewer than two of its words
// are another language's function words. It weighs the words as wordInfo
// does, so that functionWordRuns would stop at its evidence test. Most
// blocks of an article in its target language end here.
//
// On the way it tells whether the block is free of romanised Slavic words:
// slavicFree is true when it read every word (fw set, the block quiet) and
// none is a slavicCandidate, so that the block needs no romanisedWords.
func quietASCII(tab *funcTables, text []byte, b lint.Span, ws []lint.Word, fw bool, tbit langMask) (quiet, slavicFree bool) {
	if !layer.IsASCII(text[b.Start:b.End]) {
		return false, false
	}
	if !fw {
		return true, false
	}
	slavic := false // a word may be a romanised Slavic one
	filter := &tab.quiet[bits.TrailingZeros32(uint32(tbit))]
	evidence := 0
	for _, w := range ws {
		start, i := int(w.Start), int(w.End)
		n := i - start
		if n < 2 {
			continue // a one-letter function word is no evidence
		}
		// ' and - join two parts of one word ("qu'il", "well-known").
		var x uint64 // a short word's bytes, for its key
		var hyphen, apostrophe bool
		if n <= 8 {
			x = rawBytes(text, start, i)
			hyphen, apostrophe = layer.HasByte(x, '-'), layer.HasByte(x, '\'')
			if n >= minRomanisedLetters && !slavic {
				slavic = slavicCandidate(text, start, i)
			}
		} else {
			hyphen, apostrophe = joiners(text, start, i)
			if !slavic { // more than eight letters: long enough
				slavic = slavicCandidate(text, start, i)
			}
		}
		joined := hyphen || apostrophe
		// Words of digits alone are no function words (see the tables'
		// test), so they need no test of their own here.
		var m langMask
		switch {
		case !joined && n <= 8:
			k := x | 0x2020202020202020>>(8*(8-n))
			if !filter.mayMatter(k) {
				continue // no special word, and no function word but the target's
			}
			if m = tab.packed.get(k); m&specialBit != 0 {
				return false, false // a month name or a pinyin syllable
			}
		case !joined:
			if k := asciiKey(text, start, start+8); filter.mayMatter(k) && tab.packed.get(k)&specialBit != 0 {
				return false, false // a long month name
			}
			continue
		case apostrophe:
			var buf [64]byte
			m, _ = tab.infoMask(lowerInto(buf[:0], text[start:i]))
		default:
			continue // long or hyphenated: no function word
		}
		if m != 0 && m&tbit == 0 {
			if evidence++; evidence >= 2 {
				return false, false
			}
		}
	}
	return true, !slavic
}

// isWordByte marks the ASCII letters and digits.
var isWordByte = func() (t [256]bool) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = true, true
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	return t
}()

// asciiKey is the packWord key of the lower-cased word text[a:b], of one to
// eight ASCII letters and digits. Setting bit 0x20 lower-cases a letter and
// leaves a digit as it is, so the whole key is folded at once.
func asciiKey(text []byte, a, b int) uint64 {
	return rawBytes(text, a, b) | 0x2020202020202020>>(8*(8-(b-a)))
}

// rawBytes packs text[a:b], of one to eight bytes, as layer.Key does
// (the first byte lowest; asciiKey before folding).
func rawBytes(text []byte, a, b int) uint64 {
	if a+8 <= len(text) {
		return binary.LittleEndian.Uint64(text[a:]) & (^uint64(0) >> (8 * (8 - (b - a))))
	}
	return layer.Key(string(text[a:b])) // near the end of the text
}

// joiners reports whether the ASCII word text[a:b] holds a hyphen and
// whether it holds an apostrophe, eight bytes at a time: a byte loop or
// two IndexByte calls cost more on words this short.
func joiners(text []byte, a, b int) (hyphen, apostrophe bool) {
	for ; a < b; a += 8 {
		x := rawBytes(text, a, min(a+8, b))
		hyphen = hyphen || layer.HasByte(x, '-')
		apostrophe = apostrophe || layer.HasByte(x, '\'')
	}
	return hyphen, apostrophe
}

// countHigh counts the bytes of b beyond 0x7f, eight at a time.
func countHigh(b []byte) int {
	n := 0
	for len(b) >= 8 {
		n += bits.OnesCount64(binary.LittleEndian.Uint64(b) & 0x8080808080808080)
		b = b[8:]
	}
	for _, ch := range b {
		n += int(ch >> 7)
	}
	return n
}
