package foreignfragment

import (
	"encoding/binary"
	"math/bits"
)

// quietASCII reports whether a block's text certainly gives no finding,
// without building its tokens: it is all ASCII (so no word is in another
// script, and none has letters beyond a-z), and, when fw (the function-word
// stage runs), fewer than two of its words are another language's function
// words. It cuts the words as appendTokens does and weighs them as wordInfo
// does, so that functionWordRuns would stop at its evidence test. Most
// blocks of an article in its target language end here.
func quietASCII(tab *funcTables, text []byte, fw bool, tbit langMask) bool {
	if !isASCIIText(text) {
		return false
	}
	if !fw {
		return true
	}
	evidence := 0
	n := len(text)
	for i := 0; i < n; {
		if !isWordByte[text[i]] {
			i++ // no word byte; a word never starts with ' or -
			continue
		}
		start := i
		i = wordEnd(text, i+1)
		// ' and - join two parts of one word ("qu'il", "well-known").
		joined, apostrophe := false, false
		for i+1 < n && (text[i] == '\'' || text[i] == '-') && isWordByte[text[i+1]] {
			joined = true
			apostrophe = apostrophe || text[i] == '\''
			for i += 2; i < n && isWordByte[text[i]]; i++ {
			}
		}
		if i-start < 2 {
			continue // a one-letter function word is no evidence
		}
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
			m, _ = tab.infoMask(lowerInto(buf[:0], text[start:i]))
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

// wordEnd returns the end of the run of ASCII letters and digits at text[i:]
// (all ASCII), eight bytes at a time: the scan runs over every word of every
// article.
func wordEnd(text []byte, i int) int {
	for i+8 <= len(text) {
		w := binary.LittleEndian.Uint64(text[i:])
		const hi = 0x8080808080808080
		// per byte, with no carry between bytes as every byte is below 0x80:
		// the high bit of x+0x80-c is set when x >= c
		l := w | 0x2020202020202020                                    // letters lower-cased
		letter := (l + 0x1f1f1f1f1f1f1f1f) &^ (l + 0x0505050505050505) // 'a' <= l <= 'z'
		digit := (w + 0x5050505050505050) &^ (w + 0x4646464646464646)  // '0' <= w <= '9'
		if stop := ^(letter | digit) & hi; stop != 0 {
			return i + bits.TrailingZeros64(stop)/8
		}
		i += 8
	}
	for i < len(text) && isWordByte[text[i]] {
		i++
	}
	return i
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
