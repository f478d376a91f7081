package layer

import (
	"reflect"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Dr. Smith met Mr. J. Doe in the U.S. on Jan. 5. He said “yes.” Then he left… It means… Done!",
			[]string{"Dr. Smith met Mr. J. Doe in the U.S. on Jan. 5.", "He said “yes.”", "Then he left…", "It means…", "Done!"}},
		// a decimal number, a lower-case word after a period, a blank line
		{"It rose 2.5 per cent. it fell. Next\n\nline", []string{"It rose 2.5 per cent. it fell.", "Next", "line"}},
		// CJK after a stop and a space: a letter without case starts a sentence
		{"He wrote it. 北京 replied.", []string{"He wrote it.", "北京 replied."}},
		{"  Padded.  ", []string{"Padded."}},
		// CJK full stops take no space after them
		{"他来了。她走了！「好。」再见", []string{"他来了。", "她走了！", "「好。」", "再见"}},
	}
	for _, tt := range tests {
		text := []byte(tt.text)
		var got []string
		for _, s := range Split(text, lint.Span{Start: 0, End: len(text)}) {
			got = append(got, string(text[s.Start:s.End]))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestIsAbbreviation(t *testing.T) {
	for w, want := range map[string]bool{"St": true, "dr": true, "J": true, "U.S": true, "e.g": true, "j": false, "Paris": false, "the": false} {
		if got := IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q) = %v", w, got)
		}
	}
}

func BenchmarkSplit(b *testing.B) {
	src := []byte(strings.Repeat("The ministry said on Tuesday that the talks would resume next week in Geneva, "+
		"according to a statement by Dr. Novak published on its website. Both sides agreed. ", 200))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_ = Split(src, lint.Span{Start: 0, End: len(src)})
	}
}

// TestIsAbbreviationLowersOnTheStack: the lookup without allocation answers
// whatever the case of the word, for ASCII and for other letters, as the
// list and the rules for initials and dotted initialisms say.
func TestIsAbbreviationLowersOnTheStack(t *testing.T) {
	for w, want := range map[string]bool{
		// listed, in any case
		"Mr": true, "mr": true, "DR": true, "Approx": true, "St": true, "Prof": true, "No": true, "Inc": true,
		// one capital is an initial, one small letter or digit is not
		"J": true, "É": true, "j": false, "é": false, "x": false, "5": false,
		// dotted initialisms up to six bytes
		"U.S": true, "e.g": true, "Ph.D": true, "Ü.S": true, "u.s.a.b": false, "a.b.c.d": false,
		// not listed, no dot
		"approxi": false, "Novak": false, "ÉTC": false, "Kowalska": false,
	} {
		if got := IsAbbreviation(w); got != want {
			t.Errorf("IsAbbreviation(%q) = %v, want %v", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { IsAbbreviation("Mr") }); n != 0 {
		t.Errorf("IsAbbreviation allocates %v times", n)
	}
}
