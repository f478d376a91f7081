package lint

import (
	"encoding"
	"testing"
)

var _ encoding.TextUnmarshaler = (*Severity)(nil)

// UnmarshalText reads each name, in any case and with white space around
// it, and refuses anything else without changing the severity.
func TestSeverityUnmarshalText(t *testing.T) {
	cases := []struct {
		in   string
		want Severity
	}{
		{"error", SeverityError},
		{" Warning ", SeverityWarning},
		{"warn", SeverityWarning},
		{"INFO", SeverityInfo},
		{"none", SeverityNone},
		{"off", SeverityNone},
	}
	for _, c := range cases {
		var s Severity
		if err := s.UnmarshalText([]byte(c.in)); err != nil || s != c.want {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", c.in, s, err, c.want)
		}
		if got := s.String(); c.in == c.want.String() && got != c.in {
			t.Errorf("%v.String() = %q, want %q", s, got, c.in)
		}
	}
	for _, in := range []string{"", "unset", "fatal", "err"} {
		s := SeverityInfo
		err := s.UnmarshalText([]byte(in))
		if err == nil || s != SeverityInfo {
			t.Errorf("UnmarshalText(%q) = %v, %v; want an error and the severity left as it was", in, s, err)
		}
	}
}
