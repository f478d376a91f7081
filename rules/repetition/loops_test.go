package repetition

import (
	"math/rand"
	"reflect"
	"testing"
)

// loopsByScan is loops comparing every position: the reference the
// sampled scan must match.
func loopsByScan(keys []uint64) []run {
	var cands []run
	n := len(keys)
	for p := 2; p <= MaxUnitWords && 2*p <= n; p++ {
		l := 0
		for j := 0; j+p <= n; j++ {
			if j+p < n && keys[j] == keys[j+p] {
				l++
				continue
			}
			if l >= p {
				cands = append(cands, run{start: j - l, p: p, l: l})
			}
			l = 0
		}
	}
	return cands
}

// TestLoopsMatchFullScan checks loops against the full scan on random key
// sequences with planted periodic stretches.
func TestLoopsMatchFullScan(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for it := 0; it < 30000; it++ {
		n := r.Intn(80)
		alpha := 1 + r.Intn(4)
		keys := make([]uint64, n)
		for i := range keys {
			keys[i] = uint64(r.Intn(alpha))
		}
		// plant periodic stretches
		if n > 10 && r.Intn(2) == 0 {
			p := 1 + r.Intn(16)
			st := r.Intn(n)
			for i := st + p; i < n && i < st+p+r.Intn(60); i++ {
				keys[i] = keys[i-p]
			}
		}
		a, b := loopsByScan(keys), loops(keys)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("keys %v: full scan %v, loops %v", keys, a, b)
		}
	}
}
