package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/linttest"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/suppress"
)

func builtin() []lint.Rule {
	return append([]lint.Rule{linttest.DoubledWord{}, linttest.Marker{}}, suppress.Rules()...)
}

func parse(t *testing.T, src string) (*Config, error) {
	t.Helper()
	return Parse("cfg/.translint.yaml", []byte(src), builtin())
}

func TestParseErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"lang: en\nfoo: 1\n", `cfg/.translint.yaml:2:1: foo: unknown key`},
		{"lang: 12\n", `:1:7: lang: want a string, got a number (12) (quote it)`},
		{"lang: klingon\n", `:1:7: lang: unknown language "klingon"`},
		{"languages: [de, xx-yy, 7]\n", `:1:24: languages[2]: want a string`},
		{"lang-paths: [\"docs/**\"]\n", `lang-paths[0]: pattern "docs/**" must contain {lang} once`},
		{"rules:\n  no-such-rule: off\n", `:2:3: rules.no-such-rule: unknown rule`},
		{"rules:\n  test-doubled:\n    severity: loud\n", `:3:15: rules.test-doubled.severity: unknown severity "loud"`},
		{"rules:\n  test-doubled:\n    enabled: yes please\n", `:3:14: rules.test-doubled.enabled: want true or false`},
		{"rules:\n  test-doubled:\n    max: 3\n", `:3:5: rules.test-doubled.max: unknown option of rule test-doubled (valid: enabled, severity, min-length)`},
		{"rules:\n  test-doubled:\n    min-length: many\n", `:3:5: rules.test-doubled: option "min-length": want a positive integer`},
		{"rules:\n  test-marker:\n    level: 2\n", `rules.test-marker.level: unknown option of rule test-marker (it takes no options)`},
		{"rules:\n  test-doubled: 3\n", `:2:17: rules.test-doubled: want a severity, true/false or a mapping`},
		{"overrides:\n  - lang: de\n", `:2:5: overrides[0]: an override needs files`},
		{"overrides:\n  - files: ['a/**']\n    rule: {}\n", `:3:5: overrides[0].rule: unknown key (valid keys: files, lang, rules)`},
		{"overrides:\n  - files: ['a/[']\n", `overrides[0].files[0]: invalid glob "a/["`},
		{"exclude: drafts/**\nexclude: x\n", `:2:1: exclude: key given twice`},
		{"allow: ['/a(/']\n", `allow[0]: invalid RE2 expression`},
		{"rules: [a, b]\n", `:1:8: rules: want a mapping`},
		{"lang: [en\n", `cfg/.translint.yaml:1:1: invalid YAML`},
		{"rules:\n  Promo:\n    kind: phrase\n    phrases: [x]\n", `:2:3: rules.Promo: a rule id is kebab-case`},
		{"rules:\n  test-marker:\n    kind: phrase\n    phrases: [x]\n", `rules.test-marker: a built-in rule already has this id`},
		{"rules:\n  promo:\n    kind: magic\n", `:3:11: rules.promo.kind: unknown kind "magic"`},
		{"rules:\n  promo:\n    kind: phrase\n", `rules.promo.phrases: a phrase rule needs phrases`},
		{"rules:\n  promo:\n    kind: pattern\n    pattern: 'a(?=b)'\n", `:4:14: rules.promo.pattern: invalid RE2 expression`},
		{"rules:\n  promo:\n    kind: phrase\n    phrases: [x]\n    exec: rm\n", `:5:5: rules.promo.exec: unknown key of a user-defined rule`},
		{"rules:\n  promo:\n    kind: phrase\n    phrases: [Subscribe to our channel]\n    examples:\n      bad: [Follow us]\n",
			`:6:13: rules.promo.examples.bad[0]: the rule does not flag this bad example: "Follow us"`},
		{"rules:\n  promo:\n    kind: phrase\n    inline: true\n    phrases: [our channel]\n    examples:\n      good: [Read our channel notes.]\n",
			`:7:14: rules.promo.examples.good[0]: the rule flags this good example`},
		{"overrides:\n  - files: [x]\n    rules:\n      promo: {kind: phrase, phrases: [a]}\n", `user-defined rules are declared at the top level`},
	}
	for _, c := range cases {
		_, err := parse(t, c.src)
		if err == nil {
			t.Errorf("%q: no error, want %q", c.src, c.want)
			continue
		}
		var ce *Error
		if !errors.As(err, &ce) {
			t.Errorf("%q: error %T is not a *config.Error", c.src, err)
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q:\n got  %s\n want …%s…", c.src, err, c.want)
		}
	}
}

func TestParseValid(t *testing.T) {
	c, err := parse(t, `
lang: English
languages: [ru, Ukrainian]
rules:
  test-doubled:
    severity: warning
    min-length: 3
  test-marker: off
  unused-directive: false
  telegram-promo:
    kind: phrase
    phrases: ["Subscribe to our Telegram channel"]
    message: "channel promotion left in the article"
    severity: error
    examples:
      bad: ["Subscribe to our Telegram channel", "subscribe to  our telegram channel!"]
      good: ["The ministry has a Telegram channel."]
  ukrinform-credit:
    kind: pattern
    pattern: '\(Ukrinform\)'
    examples:
      bad: ["Kyiv (Ukrinform) The parliament met."]
overrides:
  - files: ["news/**/*.md"]
    lang: de
    rules:
      test-marker: error
      telegram-promo: false
allow: [Verkhovna Rada, "/[A-Z]{2,5}-\\d+/"]
exclude: [drafts/, "**/*.tmp.md"]
`)
	if err != nil {
		t.Fatal(err)
	}
	if c.Lang != "en" || strings.Join(c.Languages, ",") != "ru,uk" {
		t.Errorf("lang %q languages %v", c.Lang, c.Languages)
	}
	if len(c.Custom) != 2 || c.Custom[0].ID() != "telegram-promo" || c.Custom[0].DefaultSeverity() != lint.SeverityError {
		t.Fatalf("custom rules: %v", c.Custom)
	}
	p, err := c.Profile("cfg/index.md")
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(p.Rules); got != "test-doubled,invalid-directive,telegram-promo,ukrinform-credit" {
		t.Errorf("top-level rules: %s", got)
	}
	if p.Lang != "en" || p.Severity["test-doubled"] != lint.SeverityWarning {
		t.Errorf("profile %+v", p)
	}
	if dw := p.Rules[0].(linttest.DoubledWord); dw.MinLength != 3 {
		t.Errorf("option not applied: %+v", dw)
	}
	p2, err := c.Profile("cfg/news/2024/a.md")
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(p2.Rules); got != "test-doubled,test-marker,invalid-directive,ukrinform-credit" || p2.Lang != "de" || p2.Severity["test-marker"] != lint.SeverityError {
		t.Errorf("override profile: %s %q %v", got, p2.Lang, p2.Severity)
	}
	if p.Key == p2.Key || c.ProfileKey("cfg/other.md") != p.Key {
		t.Errorf("profile keys %q %q", p.Key, p2.Key)
	}
	for path, want := range map[string]bool{
		"cfg/drafts/a.md": true, "cfg/drafts": true, "cfg/x/y.tmp.md": true, "cfg/x/drafts/b.md": true,
		"cfg/news/a.md": false, "elsewhere/drafts/a.md": false,
	} {
		if got := c.Excluded(path); got != want {
			t.Errorf("Excluded(%s) = %v", path, got)
		}
	}
	for term, want := range map[string]bool{"Verkhovna Rada": true, "verkhovna  rada,": true, "ABC-12": true, "Rada": false, "ABC-12 x": false} {
		if got := c.allow.allows(term); got != want {
			t.Errorf("allows(%q) = %v", term, got)
		}
	}
}

func ids(rs []lint.Rule) string {
	var s []string
	for _, r := range rs {
		s = append(s, r.ID())
	}
	return strings.Join(s, ",")
}

func TestUserRules(t *testing.T) {
	c, err := parse(t, `
rules:
  promo:
    kind: phrase
    phrases: ["Subscribe to our channel", "Follow us on"]
  promo-inline:
    kind: phrase
    inline: true
    phrases: ["our channel"]
  ids:
    kind: pattern
    pattern: '\bID-\d+\b'
`)
	if err != nil {
		t.Fatal(err)
	}
	src := "# Title\n\n**Subscribe to our channel** for more.\n\nWe like our channel and our channels.\n\nSee ID-42 and ID-x.\n\nThey said: follow us on the road.\n"
	doc, err := read.Parse("a.txt", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range c.Custom {
		for _, f := range r.(lint.Checker).Check(doc) {
			got = append(got, r.ID()+" "+doc.SrcOf(f.Span))
		}
	}
	want := "promo **Subscribe to our channel** for more.|promo-inline our channel|promo-inline our channel|ids ID-42"
	if strings.Join(got, "|") != want {
		t.Errorf("got  %q\nwant %q", strings.Join(got, "|"), want)
	}
}

func TestFinder(t *testing.T) {
	root := t.TempDir()
	mk := func(p, s string) {
		p = filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mk("repo/.git/HEAD", "")
	mk(".translint.yaml", "lang: fr\n") // above the repository: never read
	mk("repo/.translint.yml", "lang: de\n")
	mk("repo/news/.translint.yaml", "lang: es\n")
	mk("repo/news/a/b/x.md", "")
	mk("repo/blog/y.md", "")
	mk("other/z.md", "")
	f := &Finder{Builtin: builtin()}
	for path, want := range map[string]string{
		"repo/news/a/b/x.md": "es", "repo/blog/y.md": "de", "repo/news/a/b/w.md": "es", "other/z.md": "fr",
	} {
		c, err := f.For(filepath.Join(root, path))
		if err != nil {
			t.Fatal(err)
		}
		if c.Lang != want {
			t.Errorf("%s: lang %q, want %q", path, c.Lang, want)
		}
	}
	if n := len(f.Configs()); n != 3 {
		t.Errorf("%d configurations loaded, want 3 (each once)", n)
	}
	mk("repo/bad/.translint.yaml", "lang: de\nrulez: {}\n")
	if _, err := f.For(filepath.Join(root, "repo/bad/q.md")); err == nil || !strings.Contains(err.Error(), ":2:1: rulez: unknown key") {
		t.Errorf("bad config: %v", err)
	}
	fx := &Finder{Builtin: builtin(), Explicit: filepath.Join(root, "repo/.translint.yml")}
	if c, err := fx.For(filepath.Join(root, "repo/news/a/b/x.md")); err != nil || c.Lang != "de" {
		t.Errorf("explicit config: %v %v", c, err)
	}
}

func TestConfigNameThatIsAFolder(t *testing.T) {
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, ".translint.yaml"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := (&Finder{Builtin: builtin()}).For(filepath.Join(root, "a.md"))
	if err == nil || !strings.Contains(err.Error(), ".translint.yaml") {
		t.Errorf("a folder named .translint.yaml must be an error naming it, got %v", err)
	}
}
