package foreignfragment

// quietASCII reports whether a block's text certainly gives no finding,
// without building its tokens: it is all ASCII (so no word is in another
// script, and none has letters beyond a-z), and, when fw (the function-word
// stage runs), fewer than two of its words are another language's function
// words. It walks the words as appendTokens cuts them and weighs them as
// wordInfo does, so that functionWordRuns would stop at its evidence test.
// Most blocks of an article in its target language end here.
func quietASCII(text []byte, fw bool, tbit langMask) bool {
	evidence := 0
	for i := 0; i < len(text); {
		cl := byteClass[text[i]]
		if cl == clHigh {
			return false
		}
		if cl == clOther || cl == clJoiner {
			i++
			continue
		}
		start := i
		key := uint64(text[i] | lowerBit[cl])
		letter := cl != clDigit
		joined, apostrophe := false, false
		for i++; i < len(text); i++ {
			cl := byteClass[text[i]]
			if cl == clLower || cl == clUpper || cl == clDigit {
				letter = letter || cl != clDigit
				key = key<<8 | uint64(text[i]|lowerBit[cl])
				continue
			}
			if cl == clJoiner && i+1 < len(text) && isASCIIWord(text[i+1]) {
				joined = true
				apostrophe = apostrophe || text[i] == '\''
				continue
			}
			break
		}
		if !fw || !letter || i-start < 2 {
			continue // digits, and one-letter function words, are no evidence
		}
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
