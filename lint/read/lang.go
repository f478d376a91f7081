package read

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
)

// pathLangs are the ISO 639-1 codes recognised in file names.
var pathLangs = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`af am ar az be bg bn bs ca cs cy da de el en eo es et eu fa fi fr ga gl
		gu he hi hr hu hy id is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms mt my nb ne nl nn no pa pl
		ps pt ro ru si sk sl so sq sr sv sw ta te tg th tk tl tr uk ur uz vi zh zu`) {
		pathLangs[c] = true
	}
}

// LangFromPath reads the language of a translated page from the layouts
// static site generators use for translations, and returns "" when the path
// names no known ISO 639-1 code:
//
//   - a language before the extension: "index.de.md", "post.pt-br.html";
//   - a language folder under Hugo's content folder: "content/fr/about.md";
//   - a locale folder under Docusaurus's i18n folder:
//     "i18n/pt-BR/docusaurus-plugin-content-docs/current/intro.md";
//   - the first of patterns (a project's own layout, see LangPattern) that
//     matches.
//
// The file name wins over a folder, a folder over a pattern.
func LangFromPath(path string, patterns ...*LangPattern) string {
	base := filepath.Base(path)
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		if code := pathLangCode(stem[i+1:]); code != "" {
			return code
		}
	}
	segs := strings.Split(filepath.ToSlash(path), "/")
	for i := 0; i+2 < len(segs); i++ { // a folder, not the file itself
		if segs[i] == "content" || segs[i] == "i18n" {
			if code := pathLangCode(segs[i+1]); code != "" {
				return code
			}
		}
	}
	for _, p := range patterns {
		if code := p.Match(path); code != "" {
			return code
		}
	}
	return ""
}

// pathLangCode returns the language of a path part that is a language code
// or locale ("de", "pt-br", "zh_Hans", "pt-BR"), or "".
func pathLangCode(s string) string {
	code := strings.ToLower(s)
	if j := strings.IndexAny(code, "-_"); j >= 0 {
		code = code[:j]
	}
	if pathLangs[code] {
		return code
	}
	return ""
}

// LangPattern is a project's own layout of translations: a path pattern in
// which "{lang}" stands for a language code or locale, "*" for any part of
// one folder or file name and "**" for any number of folders:
// "docs/{lang}/**", "**/*_{lang}.md". A pattern matches the end of a path at
// a folder boundary, so "docs/{lang}/**" matches "site/docs/de/a.md".
type LangPattern struct {
	src string
	re  *regexp.Regexp
}

// CompileLangPattern compiles a LangPattern; the pattern must hold "{lang}"
// exactly once.
func CompileLangPattern(pattern string) (*LangPattern, error) {
	if strings.Count(pattern, "{lang}") != 1 {
		return nil, fmt.Errorf("pattern %q must contain {lang} once", pattern)
	}
	var b strings.Builder
	b.WriteString(`(?:^|/)`)
	p := strings.TrimPrefix(filepath.ToSlash(pattern), "/")
	for len(p) > 0 {
		switch {
		case strings.HasPrefix(p, "**/"):
			b.WriteString(`(?:[^/]*/)*`)
			p = p[3:]
		case strings.HasPrefix(p, "**"):
			b.WriteString(`.*`)
			p = p[2:]
		case strings.HasPrefix(p, "*"):
			b.WriteString(`[^/]*`)
			p = p[1:]
		case strings.HasPrefix(p, "{lang}"):
			b.WriteString(`([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)`)
			p = p[len("{lang}"):]
		default:
			b.WriteString(regexp.QuoteMeta(p[:1]))
			p = p[1:]
		}
	}
	b.WriteString(`$`)
	re, err := regexp.Compile(b.String())
	if err != nil {
		return nil, fmt.Errorf("pattern %q: %v", pattern, err)
	}
	return &LangPattern{src: pattern, re: re}, nil
}

// String returns the pattern as written.
func (p *LangPattern) String() string { return p.src }

// Match returns the language the pattern reads from path, or "".
func (p *LangPattern) Match(path string) string {
	m := p.re.FindStringSubmatch(filepath.ToSlash(path))
	if m == nil {
		return ""
	}
	return pathLangCode(m[1])
}
