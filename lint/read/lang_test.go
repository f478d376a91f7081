package read

import "testing"

func TestLangFromPath(t *testing.T) {
	own, err := CompileLangPattern("guides/{lang}/**")
	if err != nil {
		t.Fatal(err)
	}
	suffix, err := CompileLangPattern("**/*_{lang}.md")
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"index.de.md":               "de",
		"blog/post.pt-br.md":        "pt",
		"notes.v2.md":               "",
		"content/fr/about/index.md": "fr",
		"site/content/ja/_index.md": "ja",
		"content/posts/first.md":    "",
		"content/fr.md":             "", // a file, not a folder
		"i18n/pt-BR/docusaurus-plugin-content-docs/current/intro.md":   "pt",
		"website/i18n/zh-Hans/docusaurus-plugin-content-blog/post.mdx": "zh",
		"i18n/en.json":            "",
		"content/fr/page.de.md":   "de", // the file name wins
		"guides/it/setup/oven.md": "it",
		"repo/guides/es/oven.md":  "es",
		"myguides/es/oven.md":     "",
		"recipes/bread_nl.md":     "nl",
		"recipes/bread_xx.md":     "",
		"guides/oven.md":          "",
	} {
		if got := LangFromPath(path, own, suffix); got != want {
			t.Errorf("LangFromPath(%q) = %q, want %q", path, got, want)
		}
	}
}

func TestCompileLangPatternNeedsOneLang(t *testing.T) {
	for _, p := range []string{"docs/**", "{lang}/{lang}/*"} {
		if _, err := CompileLangPattern(p); err == nil {
			t.Errorf("CompileLangPattern(%q) accepted", p)
		}
	}
}
