package config

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/translint/translint/lint/langid"
)

// SourceLayout says where the originals of a project's translations are: a
// path pattern in which {lang} stands for a language code or locale, {path}
// for any run of folders and name and {name} for part of one folder or file
// name ("content/{lang}/{path}", "{name}.{lang}.md"), and the language of
// the originals. The original of a translation is its path with the source
// language put in place of its own. Like lang-paths, a pattern matches the
// end of a path at a folder boundary.
type SourceLayout struct {
	Lang    string
	Pattern string
	re      *regexp.Regexp
	lang    int // the submatch of {lang}
}

// Placeholders of a source layout pattern, and what each matches.
var layoutHoles = map[string]string{
	"{lang}": `([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)?)`,
	"{path}": `(.+)`,
	"{name}": `([^/]+)`,
}

// CompileSourceLayout checks a pattern: {lang} once, the other placeholders
// at most once each, nothing else in braces.
func CompileSourceLayout(pattern, lang string) (*SourceLayout, error) {
	if strings.Count(pattern, "{lang}") != 1 {
		return nil, fmt.Errorf("pattern %q must contain {lang} once", pattern)
	}
	var b strings.Builder
	b.WriteString(`(?:^|/)`)
	p := strings.TrimPrefix(filepath.ToSlash(pattern), "/")
	l, groups := &SourceLayout{Lang: lang, Pattern: pattern}, 0
	seen := map[string]bool{}
	for len(p) > 0 {
		if p[0] == '{' {
			end := strings.IndexByte(p, '}')
			if end < 0 {
				end = len(p) - 1
			}
			hole := p[:end+1]
			re, ok := layoutHoles[hole]
			if !ok {
				return nil, fmt.Errorf("pattern %q: unknown placeholder %q (use {lang}, {path} or {name})", pattern, hole)
			}
			if seen[hole] {
				return nil, fmt.Errorf("pattern %q: %s given twice", pattern, hole)
			}
			seen[hole] = true
			groups++
			if hole == "{lang}" {
				l.lang = groups
			}
			b.WriteString(re)
			p = p[end+1:]
			continue
		}
		b.WriteString(regexp.QuoteMeta(p[:1]))
		p = p[1:]
	}
	b.WriteString(`$`)
	l.re = regexp.MustCompile(b.String()) // holes and quoted literals only: always valid
	return l, nil
}

// Original returns the path of the original of the translation at path, or
// "" when the pattern does not match it or path is in the source language
// itself (an original is not a translation of itself).
func (l *SourceLayout) Original(path string) string {
	slash := filepath.ToSlash(path)
	m := l.re.FindStringSubmatchIndex(slash)
	if m == nil {
		return ""
	}
	at, end := m[2*l.lang], m[2*l.lang+1]
	if langid.Normalize(slash[at:end]) == l.Lang {
		return ""
	}
	return filepath.FromSlash(slash[:at] + l.Lang + slash[end:])
}

// source decodes the top-level source: {lang, path}.
func (d *decoder) source(c *Config, vn *yaml.Node, k string) error {
	var lang, pattern string
	var pathNode *yaml.Node
	err := d.pairs(vn, k, func(key string, kn, v *yaml.Node) error {
		var err error
		switch key {
		case "lang":
			lang, err = d.lang(v, join(k, key))
		case "path":
			pattern, err = d.str(v, join(k, key))
			pathNode = v
		default:
			return d.errAt(kn, join(k, key), "unknown key (valid keys: lang, path)")
		}
		return err
	})
	switch {
	case err != nil:
		return err
	case isNull(resolve(vn)):
		return nil
	case lang == "" || pattern == "":
		return d.errAt(vn, k, "give both lang (the originals' language) and path (their layout)")
	}
	l, err := CompileSourceLayout(pattern, lang)
	if err != nil {
		return d.errAt(pathNode, join(k, "path"), "%v", err)
	}
	c.Source = l
	return nil
}
