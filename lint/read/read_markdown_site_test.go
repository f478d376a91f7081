package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
)

func mustParse(t testing.TB, src string) *lint.Document {
	t.Helper()
	d, err := ParseAs("a.md", lint.FormatMarkdown, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// readerView is what rules see of a document: the masked text and blocks.
func readerView(d *lint.Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q\n", d.Text)
	for _, bl := range d.Blocks {
		fmt.Fprintf(&b, "%v %d-%d %q\n", bl.Kind, bl.Start, bl.End, d.Text[bl.Start:bl.End])
	}
	return b.String()
}

// blockTexts lists each block as "kind: text" with runs of spaces in the
// masked text folded to one.
func blockTexts(d *lint.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		out = append(out, b.Kind.String()+": "+strings.Join(strings.Fields(string(d.Text[b.Start:b.End])), " "))
	}
	return out
}

func TestSiteMarkupIsMasked(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      []string
	}{
		{"hugo shortcodes", "Intro text.\n\n{{< note >}}\nKeep the lid closed.\n{{< /note >}}\n\nSee {{< ref \"ovens.md\" >}} for more.\n",
			[]string{"paragraph: Intro text.", "paragraph: Keep the lid closed.", "paragraph: See for more."}},
		{"hugo percent shortcode", "{{% include \"parts/warn.md\" %}}\n\nThe oven heats.\n",
			[]string{"paragraph: The oven heats."}},
		{"code-like shortcode body", "Configure it:\n\n{{< code-toggle file=\"settings\" >}}\nbake:\n  heat: high\n  time: long and slow\n{{< /code-toggle >}}\n\nDone.\n",
			[]string{"paragraph: Configure it:", "paragraph: Done."}},
		{"highlight with escaped closer", "{{< highlight text >}}\nplain words here\n{{</ highlight >}}\nAfter.\n",
			[]string{"paragraph: After."}},
		{"multi-line shortcode", "{{< figure\n  src=\"bread.png\"\n  alt=\"A loaf\"\n>}}\n\nBread rises.\n",
			[]string{"paragraph: Bread rises."}},
		{"liquid", "Welcome to {{ site.name }} today.\n\n{% include tip.html content=\"x\" %}\n\n{% raw %}\nunbalanced words {{ here\n{% endraw %}\n\nEnd.\n",
			[]string{"paragraph: Welcome to today.", "paragraph: End."}},
		{"liquid highlight", "{% highlight ruby %}\nputs 'hello there'\n{% endhighlight %}\n\nRuby prints.\n",
			[]string{"paragraph: Ruby prints."}},
		{"kramdown", "A warning about ovens.\n{: .note .warn}\n\n{::comment}\nhidden words\n{:/comment}\n\nVisible.\n",
			[]string{"paragraph: A warning about ovens.", "paragraph: Visible."}},
		{"heading ids", "## Baking options {#options}\n\nText {.not-at-end} here.\n\n## Rye {class=\"wide\" #rye}\n\nA set {a, b} and {word} stay.\n",
			[]string{"heading: Baking options", "paragraph: Text {.not-at-end} here.", "heading: Rye", "paragraph: A set {a, b} and {word} stay."}},
		{"admonitions", ":::tip\n\nPreheat the oven.\n\n:::\n\n:::caution Mind the heat\nUse gloves.\n:::\n\n:::note[Quick note]\nShort.\n:::\n",
			[]string{"paragraph: Preheat the oven.", "heading: Mind the heat", "paragraph: Use gloves.", "heading: Quick note", "paragraph: Short."}},
		{"github alert", "> [!WARNING]\n> The stone stays hot for hours.\n\n> [!not an alert] words\n",
			[]string{"quote: The stone stays hot for hours.", "quote: [!not an alert] words"}},
		{"emoji", "Ready :tada: and done :+1:, at 10:30:45 with a:b:c.\n",
			[]string{"paragraph: Ready and done , at 10:30:45 with a:b:c."}},
		{"esm", "import Tabs from '@site/tabs';\nimport Item from \"@site/item\";\n\nThe importer imports goods.\nimport duties rose\n\nexport const size = {\n  big: 1,\n};\n\nBody.\n",
			[]string{"paragraph: The importer imports goods. import duties rose", "paragraph: Body."}},
		{"markup in code stays code", "```md\n{{< note >}}\nimport a from 'b'\n\n:::tip\n```\n\nProse after.\n",
			[]string{"paragraph: Prose after."}},
		{"jsx tag over lines", "Intro.\n\n<Tabs\n  group=\"os\"\n  values={[\n    {label: 'Linux > 5', value: 'l'},\n  ]}>\n<TabItem value=\"l\">\n\nRun the installer.\n\n</TabItem>\n</Tabs>\n\n<Unclosed\n\nstays text.\n",
			[]string{"paragraph: Intro.", "paragraph: Run the installer.", "paragraph: <Unclosed", "paragraph: stays text."}},
		{"display math", "The area is\n\n$$\nA = \\pi r^2\n$$\n\nfor a round loaf, and $$x$$ inline; it costs $5 or $$.\n",
			[]string{"paragraph: The area is", "paragraph: for a round loaf, and inline; it costs $5 or $$."}},
		{"unclosed openers", "Braces {{ never close and {% neither.\n\nNext {{< paragraph.\n",
			[]string{"paragraph: Braces {{ never close and {% neither.", "paragraph: Next {{< paragraph."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := mustParse(t, c.src)
			checkInvariants(t, d)
			got := blockTexts(d)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

func TestMDXExpressionsMasked(t *testing.T) {
	src := "import Chart from './chart';\n\n# Prices {props.year}\n\nThe price rose by {data.rise} points.\n\n<Chart values={[1, 2]} />\n"
	d, err := ParseAs("a.mdx", lint.FormatMarkdown, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	got := strings.Join(blockTexts(d), "\n")
	want := "title: Prices\nparagraph: The price rose by points."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestTableRowIsOneBlock(t *testing.T) {
	d := mustParse(t, "Prices:\n\n| Year | Bread | Note |\n|------|------:|---|\n| 2024 | `1.20` | [up](https://a.example) |\n| 2025 | 1.40 | ~~flat~~ |\n")
	checkInvariants(t, d)
	got := strings.Join(blockTexts(d), "\n")
	want := "paragraph: Prices:\nparagraph: Year Bread Note\nparagraph: 2024 up\nparagraph: 2025 1.40 flat"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDefinitionListMarkersMasked(t *testing.T) {
	d := mustParse(t, "Flour\n: `Type` (required) The kind of flour.\n\nWater\n: Cold, from the tap.\n")
	checkInvariants(t, d)
	got := strings.Join(blockTexts(d), "\n")
	want := "list-item: Flour\nlist-item: (required) The kind of flour.\nlist-item: Water\nlist-item: Cold, from the tap."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestCodeGlueAndSiteReferences(t *testing.T) {
	d := mustParse(t, "- `flour`: `string` (required)\n- `salt`, `sugar`: weigh them.\n\nSee the [`Bake`][] method and [the guide][guide], or [ovens]. The Bäckerei [bakery] is open.\n")
	checkInvariants(t, d)
	got := strings.Join(blockTexts(d), "\n")
	want := "list-item: (required)\nlist-item: : weigh them.\nparagraph: See the method and the guide , or [ovens]. The Bäckerei [bakery] is open."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestHTMLFrontMatterAndLiquid(t *testing.T) {
	src := "---\nlayout: page\ntitle: Baking at home\ndescription: Bread for beginners.\n---\n<h1>{{ page.title }}</h1>\n{% include nav.html %}\n<p>Knead the dough {% if site.show %}gently{% endif %} for ten minutes.</p>\n"
	d, err := ParseAs("a.html", lint.FormatHTML, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	got := strings.Join(blockTexts(d), "\n")
	want := "title: Baking at home\nteaser: Bread for beginners.\nparagraph: Knead the dough gently for ten minutes."
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if !d.Blocks[0].Meta || !d.Blocks[1].Meta {
		t.Error("front matter blocks are not marked Meta")
	}
}

func TestMarkupInsideHTMLBlockMasked(t *testing.T) {
	d := mustParse(t, "<div class=\"box\">\nSoup {{< icon \"pot\" >}} of the day {{ page.dish }}.\n</div>\n")
	checkInvariants(t, d)
	got := strings.Join(blockTexts(d), "\n")
	if want := "paragraph: Soup of the day ."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestDeepNestingIsNotRead(t *testing.T) {
	src := nestedSource(200)
	d := mustParse(t, string(src))
	checkInvariants(t, d)
	for _, b := range d.Blocks {
		if bytesCount(d.Text[b.Start:b.End], '>') > 0 {
			t.Fatalf("quote markers read as prose: %q", d.Text[b.Start:min(b.End, b.Start+80)])
		}
	}
	if len(d.Blocks) == 0 || len(d.Blocks) > 2*maxNestPrefix {
		t.Errorf("%d blocks, want the shallow levels only", len(d.Blocks))
	}
}

func TestBracketsWithoutWordsStayText(t *testing.T) {
	d := mustParse(t, "The minister said […] nothing, [ ] twice.\n")
	if got, want := strings.Join(blockTexts(d), "\n"), "paragraph: The minister said […] nothing, [ ] twice."; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func bytesCount(b []byte, c byte) int { return strings.Count(string(b), string(c)) }

func TestFootnotesAndHTMLTableRows(t *testing.T) {
	d := mustParse(t, "The mill is old.[^age] It still runs.\n\n[^age]: Built by the village in 1820.\n\n<table>\n<tr><th>Year</th><th>Sacks</th></tr>\n<tr><td>1990</td><td>four hundred</td></tr>\n</table>\n")
	checkInvariants(t, d)
	got := strings.Join(blockTexts(d), "\n")
	want := "paragraph: The mill is old. It still runs.\nparagraph: Built by the village in 1820.\nparagraph: Year Sacks\nparagraph: 1990 four hundred"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
