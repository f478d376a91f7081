package read

import "bytes"

// Mask replaces text[start:end] with spaces, keeping line breaks, so that
// offsets never move.
func Mask(text []byte, start, end int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	if start >= end {
		return
	}
	// Line by line: a line without '\r' is overwritten in bulk.
	seg := text[start:end]
	for len(seg) > 0 {
		k := bytes.IndexByte(seg, '\n')
		if k < 0 {
			k = len(seg)
		}
		line := seg[:k]
		if bytes.IndexByte(line, '\r') < 0 {
			for len(line) > 0 {
				line = line[copy(line, spaces[:]):]
			}
		} else {
			for i, c := range line {
				if c != '\r' {
					line[i] = ' '
				}
			}
		}
		if k == len(seg) {
			break
		}
		seg = seg[k+1:]
	}
}

// spaces is the source of Mask's bulk copies.
var spaces = [256]byte(bytes.Repeat([]byte{' '}, 256))

// maskURLs masks web addresses and e-mail addresses in prose. It is a
// hand-written scanner rather than a regular expression: bytes.Index finds
// the anchors ("://", "www.", "@") so clean text costs almost nothing.
func maskURLs(text []byte) {
	for _, anchor := range [][]byte{[]byte("://"), []byte("www.")} {
		for from := 0; ; {
			i := bytes.Index(text[from:], anchor)
			if i < 0 {
				break
			}
			i += from
			start := i
			if anchor[0] == ':' {
				for start > 0 && start > i-12 && isASCIILetter(text[start-1]) {
					start--
				}
				if start == i {
					from = i + 3
					continue
				}
			} else if start > 0 && !isURLBoundary(text[start-1]) {
				from = i + 4
				continue
			}
			end := i + len(anchor)
			for end < len(text) && !isURLStop(text[end]) {
				end++
			}
			for end > i+len(anchor) && bytes.IndexByte([]byte(".,;:!?)]}'\""), text[end-1]) >= 0 {
				end--
			}
			Mask(text, start, end)
			from = end
		}
	}
	for from := 0; ; {
		i := bytes.IndexByte(text[from:], '@')
		if i < 0 {
			return
		}
		i += from
		from = i + 1
		s := i
		for s > 0 && isEmailLocal(text[s-1]) {
			s--
		}
		e := i + 1
		dot := -1
		for e < len(text) && (isASCIILetter(text[e]) || isDigit(text[e]) || text[e] == '-' || text[e] == '.') {
			if text[e] == '.' {
				dot = e
			}
			e++
		}
		for e > i+1 && text[e-1] == '.' {
			e--
		}
		if dot > 0 && dot >= e {
			dot = bytes.LastIndexByte(text[i:e], '.')
			if dot >= 0 {
				dot += i
			}
		}
		if s == i || dot < i+2 || e-dot-1 < 2 {
			continue
		}
		Mask(text, s, e)
		from = e
	}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isEmailLocal(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}
func isURLBoundary(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '<' || c == '[' || c == '"' || c == '\''
}
func isURLStop(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"' || c == '`'
}
