package layer

import (
	"bytes"
	"encoding/binary"
	"testing"
)

// HasByte agrees with a byte-by-byte search on every byte value at every
// place, beside bytes just above and below the one looked for.
func TestHasByte(t *testing.T) {
	for _, c := range []byte{'\'', '-', 1, 0x7f, 0x80, 0xff} {
		for pos := 0; pos < 8; pos++ {
			for v := 0; v < 256; v++ {
				var b [8]byte
				for i := range b {
					b[i] = byte(int(c) + i%2*2 - 1) // the neighbours c-1 and c+1
				}
				b[pos] = byte(v)
				x := binary.LittleEndian.Uint64(b[:])
				if got, want := HasByte(x, c), bytes.IndexByte(b[:], c) >= 0; got != want {
					t.Fatalf("HasByte(%x, %#x) = %v, want %v", b, c, got, want)
				}
			}
		}
	}
}
