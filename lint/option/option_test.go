package option

import (
	"errors"
	"regexp"
	"strings"
	"testing"
)

type testOptions struct {
	Names    []string         `option:"names"`
	Pattern  *regexp.Regexp   `option:"pattern"`
	Patterns []*regexp.Regexp `option:"patterns"`
	Min      int              `option:"min-words" min:"1"`
	On       bool             `option:"on"`
	Ratio    float64          `option:"ratio"`
	Label    string           `option:"label"`
	internal int
}

func TestDecode(t *testing.T) {
	var o testOptions
	err := Decode(map[string]any{
		"names": []any{"a", "b"}, "pattern": "^x+$", "patterns": "y", "min-words": 3.0,
		"on": true, "ratio": 2, "label": "hi",
	}, &o)
	if err != nil {
		t.Fatal(err)
	}
	if len(o.Names) != 2 || !o.Pattern.MatchString("xx") || len(o.Patterns) != 1 || o.Min != 3 ||
		!o.On || o.Ratio != 2 || o.Label != "hi" || o.internal != 0 {
		t.Fatalf("decoded %+v", o)
	}
}

func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		opts map[string]any
		want string
	}{
		{map[string]any{"nmaes": "a"}, `option "nmaes": unknown option (known: label, min-words, names, on, pattern, patterns, ratio)`},
		{map[string]any{"pattern": "(unclosed"}, `option "pattern": invalid regular expression`},
		{map[string]any{"patterns": []any{"ok", "[z-a]"}}, `option "patterns": invalid regular expression "[z-a]"`},
		{map[string]any{"min-words": 0}, `option "min-words": want a whole number of at least 1, got 0`},
		{map[string]any{"min-words": 1.5}, `want a whole number`},
		{map[string]any{"on": "yes"}, `option "on": want true or false`},
		{map[string]any{"names": []any{1}}, `want a list of strings`},
		{map[string]any{"label": 3}, `want a string`},
		{map[string]any{"ratio": "x"}, `want a number`},
	}
	for _, tt := range tests {
		var o testOptions
		err := Decode(tt.opts, &o)
		var oe *Error
		if !errors.As(err, &oe) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: got %v, want an *Error containing %q", tt.opts, err, tt.want)
		}
	}
}
