package read

import "testing"

func TestDecodeEntities(t *testing.T) {
	for in, want := range map[string]string{
		"Tom &amp; Jerry":      "Tom &     Jerry",
		"&quot;Zitat&quot;":    `     "Zitat"     `,
		"a&nbsp;b":             "a\u00a0    b",
		"&amp\n;":              "&amp\n;", // not one reference: the line break stays
		"&am p;":               "&am p;",
		"x &#8217; y":          "x ’     y",
		"no entity; here & no": "no entity; here & no",
		"aren&#39;t so":        "aren't     so",
		"AT&amp;T x":           "AT&    T x",
		"l&#8217;homme":        "l’homme    ",
		"caf&eacute;s":         "cafés      ",
		"10&nbsp;km":           "10\u00a0    km",
	} {
		b := []byte(in)
		decodeEntities(b, 0, len(b))
		if string(b) != want {
			t.Errorf("decodeEntities(%q) = %q, want %q", in, b, want)
		}
		if len(b) != len(in) {
			t.Errorf("decodeEntities(%q) changed the length", in)
		}
	}
}
