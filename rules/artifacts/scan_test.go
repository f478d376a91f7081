package artifacts

import (
	"bytes"
	"math/rand"
	"strings"
	"testing"
)

// The scanners that test eight bytes at a time find what a loop over
// every byte finds, on text made of letters and spaces with the bytes they
// look for (and their neighbours) mixed in, from every offset.
func TestScannersMatchByteLoops(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	near := strings.Split("0 5 9 / : ! \" # ( ) * , - . ; < > ? @ [ \\ ] ^ { | } ~ \x7f \xe2 \x80 \xc3 ‘ ’ “ ” „ « — ‘‘ ’’ ““ ”” ’“ .. ,, . . , , \t, .A .É kkkk aaaaa ....", " ")
	const prose = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for n := 0; n < 20000; n++ {
		var b []byte
		for len(b) < n%70 {
			switch k := rng.Intn(40); {
			case k == 0:
				b = append(b, byte(rng.Intn(256)))
			case k < 4:
				b = append(b, near[rng.Intn(len(near))]...)
			default:
				b = append(b, prose[rng.Intn(len(prose))])
			}
		}
		from := rng.Intn(len(b) + 1)
		wantStray, wantDigit := len(b), len(b)
		for i := len(b) - 1; i >= from; i-- {
			if strayFirst[b[i]] {
				wantStray = i
			}
		}
		for i := len(b) - 1; i >= 0; i-- {
			if isDigit(b[i]) {
				wantDigit = i
			}
		}
		if got := nextStray(b, from); got != wantStray {
			t.Fatalf("nextStray(%q, %d) = %d, want %d", b, from, got, wantStray)
		}
		if got := indexDigit(b); got != wantDigit {
			t.Fatalf("indexDigit(%q) = %d, want %d", b, got, wantDigit)
		}
		wantGlue := naiveNextGlue(b, from)
		if got := nextGlue(b, from, len(b)); got != wantGlue {
			t.Fatalf("nextGlue(%q, %d) = %d, want %d", b, from, got, wantGlue)
		}
		wantASCII := len(b)
		for i := len(b) - 1; i >= 0; i-- {
			if b[i] >= 0x80 {
				wantASCII = i
			}
		}
		if got := skipASCII(b); got != wantASCII {
			t.Fatalf("skipASCII(%q) = %d, want %d", b, got, wantASCII)
		}
		if len(b) >= 11 {
			want := false
			for p := 0; p < 8; p++ {
				want = want || b[p] == b[p+1] && b[p] == b[p+2] && b[p] == b[p+3]
			}
			if got := repeat4In8(b); got != want {
				t.Fatalf("repeat4In8(%q) = %v, want %v", b, got, want)
			}
		}
		double := bytes.Contains(b, []byte("“")) || bytes.Contains(b, []byte("”"))
		twice := bytes.Contains(b, []byte("‘‘")) || bytes.Contains(b, []byte("’’")) ||
			bytes.Contains(b, []byte("““")) || bytes.Contains(b, []byte("””"))
		if gd, gt := curlyQuotes(b); gd != double || gt != twice {
			t.Fatalf("curlyQuotes(%q) = %v, %v, want %v, %v", b, gd, gt, double, twice)
		}
	}
}
