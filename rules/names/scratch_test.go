package names

import (
	"math/rand"
	"reflect"
	"slices"
	"testing"
)

// buckets chains every hash shared by two entries or more, in order of
// entry, and no other: checked against grouping by a map, on entries
// whose hashes collide often, in the table and in full.
func TestBuckets(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	var sc scratch
	for it := 0; it < 2000; it++ {
		es := make([]entry, rng.Intn(60))
		for x := range es {
			// few distinct hashes, some equal in their low bits only
			es[x] = entry{h: uint64(rng.Intn(8)) << (rng.Intn(2) * 40), i: x / 3}
		}
		want := map[uint64][]int32{}
		for x, e := range es {
			want[e.h] = append(want[e.h], int32(x))
		}
		for h, xs := range want {
			if len(xs) < 2 {
				delete(want, h)
			}
		}
		got := map[uint64][]int32{}
		for _, head := range sc.buckets(es) {
			var xs []int32
			for x := head; x >= 0; x = sc.next[x] {
				xs = append(xs, x)
			}
			if _, dup := got[es[head].h]; dup {
				t.Fatalf("hash %x chained twice", es[head].h)
			}
			got[es[head].h] = xs
		}
		if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Fatalf("entries %v: chains %v, want %v", es, got, want)
		}
		for _, xs := range got {
			if !slices.IsSorted(xs) {
				t.Fatalf("chain %v out of order", xs)
			}
		}
	}
}
