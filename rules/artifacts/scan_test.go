package artifacts

import (
	"math/rand"
	"testing"
)

// The scanners that test eight bytes at a time find what a loop over
// every byte finds, on text made of letters and spaces with the bytes they
// look for (and their neighbours) mixed in, from every offset.
func TestScannersMatchByteLoops(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	const near = "0123456789/:!\"#()*,-.;<>?@[\\]^{|}~\x7f\xe2\x80\x9c\xc3"
	const prose = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for n := 0; n < 20000; n++ {
		b := make([]byte, rng.Intn(70))
		for i := range b {
			switch k := rng.Intn(40); {
			case k == 0:
				b[i] = byte(rng.Intn(256))
			case k < 3:
				b[i] = near[rng.Intn(len(near))]
			default:
				b[i] = prose[rng.Intn(len(prose))]
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
	}
}
