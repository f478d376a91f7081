package artifacts

import "testing"

// The hash table of the heads answers as the maps it is made from, for
// every head, and finds no other word.
func TestHeadTable(t *testing.T) {
	for w := range contractionHeads {
		key, lower, ascii := packLower(w)
		h, ok := lookupHead(key)
		if !ok || !lower || !ascii || h.word != w {
			t.Fatalf("lookupHead(%q) = %+v, %v", w, h, ok)
		}
		if at, ok := apostropheless[w]; ok != (h.at > 0) || h.at != at {
			t.Errorf("%q: at %d, want %d (apostropheless holds it: %v)", w, h.at, at, ok)
		}
		if h.cut != cutNegatives[w] || (h.ends == nil) != (spacedEndings[w] == nil) {
			t.Errorf("%q: cut %v ends %v, want %v %v", w, h.cut, h.ends, cutNegatives[w], spacedEndings[w])
		}
	}
	for _, w := range []string{"the", "harbour", "i'm", "shouldnt1", "x", "itsy", "wouldntve"} {
		key, _, _ := packLower(w)
		if h, ok := lookupHead(key); ok {
			t.Errorf("lookupHead(%q) = %+v, not a head", w, h)
		}
	}
	if key, lower, _ := packLower("DIDNT"); lower {
		t.Error("packLower: DIDNT is not lower-case")
	} else if h, ok := lookupHead(key); !ok || h.word != "didnt" {
		t.Errorf("lookupHead(DIDNT) = %+v, %v", h, ok)
	}
}
