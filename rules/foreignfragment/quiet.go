package foreignfragment

import "encoding/binary"

// quietASCII reports whether a block's text certainly gives no finding,
// without building its tokens: it is all ASCII (so no word is in another
// script, and none has letters beyond a-z), and, when fw (the function-word
// stage runs), fewer than two of its words are another language's function
// words. It cuts the words as appendTokens does and weighs them as wordInfo
// does, so that functionWordRuns would stop at its evidence test. Most
// blocks of an article in its target language end here.
func quietASCII(text []byte, fw bool, tbit langMask) bool {
	if !isASCIIText(text) {
		return false
	}
	if !fw {
		return true
	}
	evidence := 0
	n := len(text)
	for i := 0; i < n; {
		lb := foldByte[text[i]]
		if lb == 0 {
			i++ // no word byte; a word never starts with ' or -
			continue
		}
		start := i
		key := uint64(lb)
		for i++; i < n; i++ {
			if lb = foldByte[text[i]]; lb == 0 {
				break
			}
			key = key<<8 | uint64(lb)
		}
		// ' and - join two parts of one word ("qu'il", "well-known").
		joined, apostrophe := false, false
		for i+1 < n && (text[i] == '\'' || text[i] == '-') && foldByte[text[i+1]] != 0 {
			joined = true
			apostrophe = apostrophe || text[i] == '\''
			for i += 2; i < n && foldByte[text[i]] != 0; i++ {
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
			m = packed.get(key)
		case apostrophe:
			var buf [64]byte
			m, _ = infoMask(lowerInto(buf[:0], text[start:i]))
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

// foldByte maps an ASCII letter or digit to its lower case, any other byte
// to 0.
var foldByte = func() (t [256]byte) {
	for c := byte('a'); c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = c, c
	}
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	return t
}()

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
