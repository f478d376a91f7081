package droppedname

import (
	"encoding/binary"
	"math/rand"
	"testing"
)

// asciiRun must agree with the asciiWord table byte by byte.
func TestASCIIRun(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var b [8]byte
	for iter := 0; iter < 200000; iter++ {
		for k := range b {
			switch rng.Intn(3) {
			case 0:
				b[k] = byte(rng.Intn(256))
			case 1:
				b[k] = "aZ09 -.\x10@[`{\x7f\xc3"[rng.Intn(14)]
			default:
				b[k] = byte('a' + rng.Intn(26))
			}
		}
		want, wantK := 0, byte(0)
		for want < 8 && b[want] < 0x80 && asciiWord[b[want]] != 0 {
			wantK |= asciiWord[b[want]]
			want++
		}
		if want > 0 {
			wantK |= wordLower
		}
		n, k := asciiRun(binary.LittleEndian.Uint64(b[:]))
		if n != want || n > 0 && k != wantK {
			t.Fatalf("asciiRun(%q) = %d, %b; want %d, %b", b, n, k, want, wantK)
		}
	}
}
