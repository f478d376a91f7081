package foreignfragment

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/translint/translint/lint"
)

// quietASCII reports whether the block b of text, whose words are ws,
// certainly gives no finding, without classifying its words: it is all
// ASCII (so no word is in another script, and none has letters beyond a-z),
// and, when fw (the function-word stage runs), fewer than two of its words
// are another language's function words. It weighs the words as wordInfo
// does, so that functionWordRuns would stop at its evidence test. Most
// blocks of an article in its target language end here.
func quietASCII(tab *funcTables, text []byte, b lint.Span, ws []lint.Word, fw bool, tbit langMask) bool {
	if !isASCIIText(text[b.Start:b.End]) {
		return false
	}
	if !fw {
		return true
	}
	evidence := 0
	for _, w := range ws {
		start, i := int(w.Start), int(w.End)
		if i-start < 2 {
			continue // a one-letter function word is no evidence
		}
		// ' and - join two parts of one word ("qu'il", "well-known").
		word := text[start:i]
		joined := bytes.IndexByte(word, '-') >= 0
		apostrophe := bytes.IndexByte(word, '\'') >= 0
		joined = joined || apostrophe
		// Words of digits alone are no function words (see the tables'
		// test), so they need no test of their own here.
		var m langMask
		switch {
		case !joined && i-start <= 8:
			if m = tab.packed.get(asciiKey(text, start, i)); m&specialBit != 0 {
				return false // a month name or a pinyin syllable
			}
		case !joined:
			if tab.packed.get(asciiKey(text, start, start+8))&specialBit != 0 {
				return false // a long month name
			}
			continue
		case apostrophe:
			var buf [64]byte
			m, _ = tab.infoMask(lowerInto(buf[:0], word))
		default:
			continue // long or hyphenated: no function word
		}
		if m != 0 && m&tbit == 0 {
			if evidence++; evidence >= 2 {
				return false
			}
		}
	}
	return true
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
	n := b - a
	var k uint64
	if a+8 <= len(text) {
		k = binary.BigEndian.Uint64(text[a:]) >> (8 * (8 - n))
	} else {
		for _, ch := range text[a:b] {
			k = k<<8 | uint64(ch)
		}
	}
	return k | 0x2020202020202020>>(8*(8-n))
}

// isASCIIText reports whether b has no byte beyond 0x7f, eight at a time.
func isASCIIText(b []byte) bool {
	var acc uint64
	for len(b) >= 8 {
		acc |= binary.LittleEndian.Uint64(b)
		b = b[8:]
	}
	for _, ch := range b {
		acc |= uint64(ch)
	}
	return acc&0x8080808080808080 == 0
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
