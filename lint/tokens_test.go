package lint

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	text := []byte("Dr. Smith met Mr. J. Doe in the U.S. on Jan. 5. He said “yes.” Then he left… It means… Done!")
	var got []string
	for _, s := range Sentences(text, Span{Start: 0, End: len(text)}) {
		got = append(got, string(text[s.Start:s.End]))
	}
	want := []string{"Dr. Smith met Mr. J. Doe in the U.S. on Jan. 5.", "He said “yes.”", "Then he left…", "It means…", "Done!"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
