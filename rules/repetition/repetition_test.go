package repetition

import (
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/textkey"
)

func check(t testing.TB, src string) []lint.Finding {
	t.Helper()
	return linttest.CheckText(t, Rule{}, "a.txt", src)
}

func TestFlags(t *testing.T) {
	for _, c := range []struct{ src, excerpt string }{
		{"The plan covers the northern bridge, the northern bridge, the northern bridge and nothing else.\n",
			"the northern bridge, the northern bridge, the northern bridge"},
		// case and punctuation between the words do not matter
		{"Sales of winter coats. Sales of winter coats. Sales of winter coats.\n",
			"Sales of winter coats. Sales of winter coats. Sales of winter coats"},
		// two words need five copies
		{"The crowd waited, come back, come back, come back, come back, come back for hours.\n",
			"come back, come back, come back, come back, come back"},
		// a long unit twice is enough
		{"We thank the volunteers of the river patrol the volunteers of the river patrol for their work.\n",
			"the volunteers of the river patrol the volunteers of the river patrol"},
		// the shortest unit is reported, not its double
		{"He spoke of one two three one two three one two three one two three.\n",
			"one two three one two three one two three one two three"},
	} {
		fs := check(t, c.src)
		if len(fs) != 1 {
			t.Errorf("%q: %d findings, want 1", c.src, len(fs))
			continue
		}
		if got := c.src[fs[0].Start:fs[0].End]; got != c.excerpt {
			t.Errorf("%q: flagged %q, want %q", c.src, got, c.excerpt)
		}
	}
}

func TestLeavesAlone(t *testing.T) {
	for _, src := range []string{
		"She said it again and again and again.\n",                                       // one word
		"Work hard, work hard and rest.\n",                                               // two words twice
		"We will win this, we will win this, and we did.\n",                              // four words twice
		"Scores: 10 12 10 12 10 12 10 12 10 12.\n",                                       // numbers
		"They sang \"hold the line, hold the line, hold the line\" at dawn.\n",           // a quoted chant
		"Sing the song of the sea\nSing the song of the sea\nSing the song of the sea\n", // verse
		"The the the the the the.\n",                                                     // a doubled word, for doubled-word
		"Prices rose more and more and more and more and more.\n",                        // emphasis
		"They sang ‘hold the line, hold the line, hold the line’ at dawn.\n",             // single quotes
	} {
		if fs := check(t, src); len(fs) != 0 {
			t.Errorf("%q: unexpected %q", src, fs[0].Message)
		}
	}
}

// TestLongLoop: a loop of many copies is one finding.
func TestLongLoop(t *testing.T) {
	src := "It began with " + strings.Repeat("the rise of the tide, ", 400) + "and ended.\n"
	if fs := check(t, src); len(fs) != 1 {
		t.Fatalf("%d findings, want 1", len(fs))
	}
}

// wordKey tells words apart exactly as textkey.Of does.
func TestWordKeyAgreesWithTextKey(t *testing.T) {
	words := []string{"the", "The", "THE", "then", "a", "A1", "a1", "2024", "20240", "abcdefgh", "ABCDEFGH",
		"abcdefghi", "ABCDEFGHI", "don't", "don’t", "Don't", "dont", "well-known", "Well-Known", "Путин", "путин",
		"éte", "Éte", "x", "xx", "b", "ab", "ba",
		"x-ray", "X-Ray", "xray", "o'clock", "oclock", "abcdef-g", "abcdefg"}
	// each word alone (at the end of its text) and followed by more text
	key := func(w string, pad bool) uint64 {
		text := w
		if pad {
			text += " and more"
		}
		return wordKey([]byte(text), lint.Span{Start: 0, End: len(w)})
	}
	for _, a := range words {
		for _, b := range words {
			same := textkey.Of([]byte(a)) == textkey.Of([]byte(b))
			if got := key(a, false) == key(b, true); got != same {
				t.Errorf("%q, %q: wordKey equal %v, textkey.Of equal %v", a, b, got, same)
			}
		}
	}
}
