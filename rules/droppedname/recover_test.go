package droppedname

import "testing"

func TestMayHold(t *testing.T) {
	text := "the mayor of brindle harbour said on tuesday"
	cases := []struct {
		phrase []string
		want   bool
	}{
		{[]string{"mayor", "of"}, true},
		{[]string{"mayor", "from"}, false},
		{[]string{"governor", "of"}, false},
		// a word with letters beyond ASCII may be written otherwise in the
		// lower-cased text (only ASCII is folded there): never ruled out
		{[]string{"élan", "of"}, true},
		{[]string{"élan", "from"}, false},
	}
	for _, c := range cases {
		if got := mayHold(text, c.phrase); got != c.want {
			t.Errorf("mayHold(%q) = %v, want %v", c.phrase, got, c.want)
		}
	}
}
