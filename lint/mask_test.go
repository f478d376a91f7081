package lint

import (
	"strings"
	"testing"
)

func TestMaskURLs(t *testing.T) {
	cases := []struct {
		in     string
		masked []string // substrings that must become spaces; the rest stays
	}{
		{"see https://example.com/a?b=c. Next", []string{"https://example.com/a?b=c"}},
		{"(www.example.org) and", []string{"www.example.org"}},
		{"mail anna.k@news-site.co.uk, please", []string{"anna.k@news-site.co.uk"}},
		{"not an email: a @ b, @handle, x@y", nil},
		{"tel: 10:30 and ratio 3:1", nil},
		{"ftp://files.example.com/x", []string{"ftp://files.example.com/x"}},
	}
	for _, c := range cases {
		want := c.in
		for _, m := range c.masked {
			want = strings.Replace(want, m, strings.Repeat(" ", len(m)), 1)
		}
		b := []byte(c.in)
		maskURLs(b)
		if string(b) != want {
			t.Errorf("maskURLs(%q)\n got %q\nwant %q", c.in, b, want)
		}
	}
}
