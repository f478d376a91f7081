package main

import "testing"

func TestAutoColor(t *testing.T) {
	env := func(kv ...string) func(string) string {
		m := map[string]string{}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return func(k string) string { return m[k] }
	}
	cases := []struct {
		name     string
		getenv   func(string) string
		terminal bool
		want     bool
	}{
		{"terminal", env("TERM", "xterm"), true, true},
		{"not a terminal", env("TERM", "xterm"), false, false},
		{"NO_COLOR set", env("NO_COLOR", "1"), true, false},
		{"NO_COLOR empty is not set", env("NO_COLOR", ""), true, true},
		{"dumb terminal", env("TERM", "dumb"), true, false},
	}
	for _, c := range cases {
		if got := autoColor(c.getenv, c.terminal); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
