package source

import "testing"

// BenchmarkSkeleton frames the capitalised words of a translation and its
// original: Cyrillic, Greek, accented Latin and plain ASCII names.
func BenchmarkSkeleton(b *testing.B) {
	words := [][]byte{
		[]byte("Ходорковский"), []byte("Зеленський"), []byte("Шевченко"), []byte("Παπαδόπουλος"),
		[]byte("Khodorkovsky"), []byte("Müller"), []byte("Chodorkowski"), []byte("Brantberg"),
	}
	n := 0
	for _, w := range words {
		n += len(w)
	}
	b.SetBytes(int64(n))
	var buf [64]byte
	for i := 0; i < b.N; i++ {
		for _, w := range words {
			appendSkeleton(buf[:0], w)
		}
	}
}
