package names

import (
	"fmt"
	"math/rand"
	"reflect"
	"slices"
	"testing"

	"github.com/translint/translint/lint/translit"
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

// The form table finds every form added, through its growth, by its bytes
// alone, and no other; spellingStrings gives each spelling its own form,
// fold and key.
func TestForms(t *testing.T) {
	var sc scratch
	for doc := 0; doc < 3; doc++ { // a scratch handed on keeps nothing of the document before
		sc.resetForms()
		var sps []spelling
		var forms []string
		for i := 0; i < 300; i++ {
			form := fmt.Sprintf("Nåme%d", i*7+doc)
			if _, ok := sc.findForm([]byte(form)); ok {
				t.Fatalf("%q found before it was added", form)
			}
			sps = append(sps, spelling{marks: sc.spell([]byte(form), i)})
			forms = append(forms, form)
			if i%3 == 0 { // another encoding of the same spelling
				sc.addForm([]byte("alias "+form), i)
			}
		}
		sc.spellingStrings(sps)
		for i, form := range forms {
			folded, marks := translit.Fold(form)
			if s := sps[i]; s.form != form || s.folded != folded || s.key != translit.VariantKey(folded) || s.marks != marks {
				t.Fatalf("spelling %d: %q %q %q %d", i, s.form, s.folded, s.key, s.marks)
			}
			if got, ok := sc.findForm([]byte(form)); !ok || got != i {
				t.Fatalf("%q: %d, %v; want %d", form, got, ok, i)
			}
			if got, ok := sc.findForm([]byte("alias " + form)); ok != (i%3 == 0) || ok && got != i {
				t.Fatalf("alias of %q: %d, %v", form, got, ok)
			}
		}
	}
}
