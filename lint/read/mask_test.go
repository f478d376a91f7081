package read

import (
	"math/rand"
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

// Mask agrees with its definition (every byte but '\n' and '\r' becomes a
// space) on random text and spans, including lines longer than its buffer.
func TestMaskMatchesDefinition(t *testing.T) {
	alphabet := []string{"a", " ", "\n", "\r", "\r\n", "é", strings.Repeat("x", 300)}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 2000; n++ {
		var b []byte
		for k := r.Intn(12); k > 0; k-- {
			b = append(b, alphabet[r.Intn(len(alphabet))]...)
		}
		s, e := r.Intn(len(b)+2)-1, r.Intn(len(b)+2)
		want := append([]byte(nil), b...)
		for i := max(s, 0); i < min(e, len(want)); i++ {
			if want[i] != '\n' && want[i] != '\r' {
				want[i] = ' '
			}
		}
		Mask(b, s, e)
		if string(b) != string(want) {
			t.Fatalf("Mask(%d, %d)\n got %q\nwant %q", s, e, b, want)
		}
	}
}
