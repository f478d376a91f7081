package read

import (
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

var fuzzSeeds = []string{
	"Title\n\nTeaser…\n\nBody [после дождя]and then. Done.\n",
	"---\ntitle: \"T\"\ndescription: |\n  multi\n  line\n---\n# H\n\nText `code` [l](u) <b>x</b> &amp; &#x1F600; 😀 中文\n\n```\ncode\n```\n",
	"+++\ntitle = 'x'\n+++\n> q\n\n- a\n- b\n\n| a | b |\n|---|---|\n| c | d |\n",
	"<html lang=ru><head><title>T &amp; x</title><meta name=description content='d'></head><body><p>a<p>b</body>",
	"<meta name=\"description\" content=\"&quot;x\"><script>if (a<b) {}</script><pre>x</pre>&#0;&nbsp",
	"\xef\xbb\xbf---\r\ntitle: x\r\n---\r\nbody\r\n",
	"---\ntitle: x\n---\n{{< note >}}\nA {{% ref \"y\" %}} b {{ .X }} {% raw %}c{% endraw %} :tada:\n{{< /note >}}\n:::tip T\nd\n:::\n## H {#h}\n{: .n}\nimport A from 'b'\n",
	"<p>{% if x %}y{% endif %} {{ z }}</p>\n{{< highlight >}}\n```\n{{< /highlight >}}\n",
	"# T\n\n<div class=\"x\">\n<p>a &amp; b</p><script>x</script>\n</div>\n\n> <p>q</p>\n\n- <p>l</p>\n\n<!--\nc\n-->\n",
}

func fuzzReader(f *testing.F, format lint.Format) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := ParseAs("fuzz", format, src)
		if err != nil {
			return
		}
		checkInvariants(t, d)
		for _, b := range d.Blocks {
			_ = d.Position(b.Start)
			_ = layer.Split(d.Text, b.Span)
			_ = lint.Words(d.Text, b.Span)
		}
	})
}

func FuzzTextReader(f *testing.F)     { fuzzReader(f, lint.FormatText) }
func FuzzMarkdownReader(f *testing.F) { fuzzReader(f, lint.FormatMarkdown) }
func FuzzHTMLReader(f *testing.F)     { fuzzReader(f, lint.FormatHTML) }
