package server

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// naiveU16 counts UTF-16 units before off the slow way.
func naiveU16(s string, off int) int {
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if i+size > off {
			break
		}
		if r == utf8.RuneError && size == 1 {
			n++
		} else {
			n += len(utf16.Encode([]rune{r}))
		}
		i += size
	}
	return n
}

func TestU16Index(t *testing.T) {
	// Past several checkpoints, with 1-, 2-, 3- and 4-byte characters and
	// an invalid byte straddling checkpoint boundaries.
	s := strings.Repeat("aé東🙂\xff", 40)
	x := newU16Index(s)
	for off := 0; off <= len(s)+2; off++ {
		if got, want := x.at(off), naiveU16(s, min(off, len(s))); got != want {
			t.Fatalf("at(%d) = %d, want %d", off, got, want)
		}
	}
	if u16Len(s) != x.at(len(s)) || x.at(-1) != 0 {
		t.Errorf("u16Len %d, at(end) %d", u16Len(s), x.at(len(s)))
	}
	if newU16Index("").at(5) != 0 {
		t.Errorf("empty text")
	}
}
