package config

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestSourceLayout(t *testing.T) {
	tests := []struct {
		pattern, lang, path, want string
	}{
		{"content/{lang}/{path}", "en", "site/content/ru/news/park.md", "site/content/en/news/park.md"},
		{"content/{lang}/{path}", "en", "content/pt-br/a.md", "content/en/a.md"},
		{"content/{lang}/{path}", "en", "site/content/en/news/park.md", ""}, // an original itself
		{"content/{lang}/{path}", "en", "site/docs/ru/park.md", ""},         // another layout
		{"content/{lang}/{path}", "en", "site/mycontent/ru/park.md", ""},    // a folder boundary only
		{"{name}.{lang}.md", "ru", "posts/park.en.md", "posts/park.ru.md"},
		{"{name}.{lang}.md", "ru", "posts/park.v2.de.md", "posts/park.v2.ru.md"},
		{"{name}.{lang}.md", "ru", "posts/park.md", ""},
		{"i18n/{lang}/docs/{path}", "de", "i18n/uk/docs/a/b.mdx", "i18n/de/docs/a/b.mdx"},
	}
	for _, tt := range tests {
		l, err := CompileSourceLayout(tt.pattern, tt.lang)
		if err != nil {
			t.Fatalf("%s: %v", tt.pattern, err)
		}
		if got := filepath.ToSlash(l.Original(filepath.FromSlash(tt.path))); got != tt.want {
			t.Errorf("%s (%s) on %s: %q, want %q", tt.pattern, tt.lang, tt.path, got, tt.want)
		}
	}
	for _, bad := range []string{"content/{path}", "{lang}/{lang}/{path}", "{lang}/{file}", "{lang}/{path}/{path}", "{lang}/{path"} {
		if _, err := CompileSourceLayout(bad, "en"); err == nil {
			t.Errorf("pattern %q accepted", bad)
		}
	}
}

func TestSourceConfig(t *testing.T) {
	c, err := Parse(".translint.yaml", []byte("source:\n  lang: English\n  path: \"{name}.{lang}.md\"\n"), builtin())
	if err != nil || c.Source == nil || c.Source.Lang != "en" || c.Source.Original("a.de.md") != "a.en.md" {
		t.Fatalf("source layout: %+v, %v", c, err)
	}
	for _, tt := range []struct{ yaml, want string }{
		{"source:\n  lang: en\n", "source: give both"},
		{"source:\n  path: \"{lang}/{path}\"\n", "source: give both"},
		{"source:\n  lang: zz\n  path: \"{lang}/{path}\"\n", "source.lang: unknown language"},
		{"source:\n  lang: en\n  path: \"docs/{path}\"\n", "source.path: pattern"},
		{"source:\n  lang: en\n  path: \"{lang}/{path}\"\n  dir: x\n", "source.dir: unknown key"},
		{"source: en\n", "want a mapping"},
	} {
		_, err := Parse(".translint.yaml", []byte(tt.yaml), builtin())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.yaml, err, tt.want)
		}
	}
}
