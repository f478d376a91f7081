package suppress_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/suppress"
)

// lintWith runs the test rules plus the directive rules with suppression.
func lintWith(t *testing.T, name, src string) []string {
	t.Helper()
	l := &engine.Linter{Rules: append([]lint.Rule{linttest.DoubledWord{}, linttest.Marker{}}, suppress.Rules()...), Jobs: 1}
	l.Filter = suppress.New(l, nil).Filter
	res := l.Run([]engine.Source{{Path: name, Data: []byte(src)}})[0]
	if res.Err != nil {
		t.Fatal(res.Err)
	}
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, fmt.Sprintf("%d %s", d.Start.Line, d.Rule))
	}
	return out
}

func TestSuppression(t *testing.T) {
	cases := []struct {
		name, file, src string
		want            string
	}{
		{"no directive", "a.md", "the the cat\nXXX\n", "1 test-doubled|2 test-marker"},
		{"range", "a.md", "the the\n<!-- translint-disable test-doubled -- quoted speech -->\nthe the\nXXX\n<!-- translint-enable -->\nthe the\n",
			"1 test-doubled|4 test-marker|6 test-doubled"},
		{"range to end of file", "a.md", "<!-- translint-disable test-doubled,test-marker -- legacy page -->\nthe the XXX\n\nso so\n", ""},
		{"all rules", "a.md", "<!-- translint-disable -- generated list -->\nthe the XXX\n", ""},
		{"all rules but one re-enabled", "a.md", "<!-- translint-disable -- generated -->\nthe the XXX\n<!-- translint-enable test-marker -->\nthe the XXX\n",
			"4 test-marker"},
		{"next line skips blank lines", "a.md", "<!-- translint-disable-next-line test-doubled -- a quote -->\n\nthe the\nthe the\n", "4 test-doubled"},
		{"file", "a.html", "<p>the the</p>\n<!-- translint-disable-file test-doubled -- poem with refrains -->\n<p>so so XXX</p>\n", "3 test-marker"},
		{"unused", "a.md", "<!-- translint-disable-next-line test-doubled -- a quote -->\nAll fine here.\n", "1 unused-directive"},
		{"partly unused", "a.md", "<!-- translint-disable-next-line test-doubled,test-marker -- a quote -->\nthe the\n", "1 unused-directive"},
		{"missing reason has no effect", "a.md", "<!-- translint-disable-next-line test-doubled -->\nthe the\n", "1 invalid-directive|2 test-doubled"},
		{"empty reason", "a.md", "<!-- translint-disable-file test-doubled --  -->\nthe the\n", "1 invalid-directive|2 test-doubled"},
		{"unknown directive", "a.md", "<!-- translint-disabel test-doubled -- x -->\nthe the\n", "1 invalid-directive|2 test-doubled"},
		{"fenced example is not a directive", "a.md", "```\n<!-- translint-disable-file test-doubled -- x -->\n```\nthe the\n", "4 test-doubled"},
		{"text: own line applies", "a.txt", "Title\n\n<!-- translint-disable-next-line test-doubled -- quote -->\nthe the.\n", ""},
		{"text: inline is not a directive", "a.txt", "Title\n\nSo <!-- translint-disable-file test-doubled -- quote --> the the.\n", "3 test-doubled"},
		{"directive rules cannot be silenced", "a.md", "<!-- translint-disable-file unused-directive -- x -->\n", "1 invalid-directive"},
		{"finding inside directive dropped", "a.txt", "<!-- translint-disable-file test-marker -- XXX XXX -->\nXXX\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := strings.Join(lintWith(t, c.file, c.src), "|")
			if got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestSuppressionUnknownRule(t *testing.T) {
	l := &engine.Linter{Rules: append([]lint.Rule{linttest.DoubledWord{}}, suppress.Rules()...), Jobs: 1}
	l.Filter = suppress.New(l, []string{"test-marker"}).Filter
	src := "<!-- translint-disable-next-line no-such-rule -- x -->\nthe the\n<!-- translint-disable-next-line test-marker -- off in this run -->\nok\n"
	res := l.Run([]engine.Source{{Path: "a.md", Data: []byte(src)}})[0]
	var got []string
	for _, d := range res.Diagnostics {
		got = append(got, fmt.Sprintf("%d %s %s", d.Start.Line, d.Rule, d.Message))
	}
	want := `1 invalid-directive invalid translint directive: unknown rule "no-such-rule"|2 test-doubled doubled word the`
	if strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

func TestSuppressionDirectiveRulesOff(t *testing.T) {
	l := &engine.Linter{Rules: []lint.Rule{linttest.DoubledWord{}}, Jobs: 1}
	l.Filter = suppress.New(l, nil).Filter
	res := l.Run([]engine.Source{{Path: "a.md", Data: []byte("<!-- translint-disable-next-line test-doubled -->\nfine\n")}})[0]
	if len(res.Diagnostics) != 0 {
		t.Errorf("directive rules not enabled, yet: %+v", res.Diagnostics)
	}
}

func TestDirectiveRulesDoc(t *testing.T) {
	for _, r := range suppress.Rules() {
		d := r.Doc()
		if d.Title == "" || d.Text == "" || d.Bad == "" || d.Good == "" || r.DefaultSeverity() == lint.SeverityUnset {
			t.Errorf("%s: incomplete documentation", r.ID())
		}
		if _, ok := r.(lint.Checker); ok {
			t.Errorf("%s: a directive rule checks nothing itself (the suppression filter reports)", r.ID())
		}
	}
}
