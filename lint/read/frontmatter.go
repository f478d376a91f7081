package read

import (
	"bytes"
	"strings"

	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/translint/translint/lint"
)

// teaserKeys are the front-matter keys whose value is a teaser.
var teaserKeys = map[string]bool{"description": true, "summary": true, "teaser": true, "excerpt": true, "lead": true, "subtitle": true}

// frontMatter finds YAML (---) or TOML (+++) front matter at the start of
// src, masks it in d.Text, and returns its end offset (0 when absent). The
// values of title and teaser keys are unmasked and become Title and Teaser
// blocks positioned inside the front matter; `lang` sets DeclaredLang.
func frontMatter(d *lint.Document) int {
	src := d.Src
	off := 0
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		off = 3
	}
	var fence string
	switch {
	case bytes.HasPrefix(src[off:], []byte("---")):
		fence = "---"
	case bytes.HasPrefix(src[off:], []byte("+++")):
		fence = "+++"
	default:
		return 0
	}
	first := d.Position(off).Line
	if strings.TrimSpace(d.SrcOf(d.LineSpan(first))) != fence {
		return 0
	}
	closeLine := 0
	for n := first + 1; n <= d.LineCount(); n++ {
		l := strings.TrimSpace(d.SrcOf(d.LineSpan(n)))
		if l == fence || fence == "---" && l == "..." {
			closeLine = n
			break
		}
	}
	if closeLine == 0 {
		return 0
	}
	end := d.LineSpan(closeLine).End
	Mask(d.Text, 0, end)
	bodyStart := d.LineSpan(first + 1).Start
	bodyEnd := d.LineSpan(closeLine).Start
	if fence == "---" {
		yamlFrontMatter(d, bodyStart, bodyEnd, first+1)
	} else {
		tomlFrontMatter(d, first+1, closeLine-1)
	}
	return end
}

func addMetaBlock(d *lint.Document, key string, s lint.Span) {
	s = s.Trim(d.Src)
	if s.Len() == 0 {
		return
	}
	copy(d.Text[s.Start:s.End], d.Src[s.Start:s.End])
	kind := lint.Teaser
	if key == "title" {
		kind = lint.Title
	}
	d.Blocks = append(d.Blocks, lint.Block{Kind: kind, Span: s, Meta: true})
}

func yamlFrontMatter(d *lint.Document, start, end, firstLine int) {
	var root yaml.Node
	if err := yaml.Unmarshal(d.Src[start:end], &root); err != nil || len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		key := strings.ToLower(k.Value)
		if v.Kind != yaml.ScalarNode {
			continue
		}
		if key == "lang" || key == "language" || key == "locale" {
			d.DeclaredLang = v.Value
			continue
		}
		if key != "title" && !teaserKeys[key] {
			continue
		}
		line := firstLine + v.Line - 1
		ls := d.LineSpan(line)
		vs := ls.Start + runeOffset(d.Src[ls.Start:ls.End], v.Column-1)
		switch v.Style {
		case yaml.LiteralStyle, yaml.FoldedStyle:
			// The value is the following lines indented deeper than the key.
			var s lint.Span
			for n := line + 1; n <= d.LineCount(); n++ {
				l := d.LineSpan(n)
				if l.Start >= end {
					break
				}
				txt := d.Src[l.Start:l.End]
				if len(bytes.TrimSpace(txt)) == 0 {
					continue
				}
				if indentOf(txt) <= k.Column {
					break
				}
				if s.Start == 0 {
					s.Start = l.Start
				}
				s.End = l.End
			}
			if s.End > 0 {
				addMetaBlock(d, key, s)
			}
		case yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle:
			q := d.Src[vs]
			e := vs + 1
			for e < end {
				if d.Src[e] == q {
					if q == '\'' && e+1 < end && d.Src[e+1] == '\'' {
						e += 2
						continue
					}
					break
				}
				if q == '"' && d.Src[e] == '\\' {
					e++
				}
				e++
			}
			addMetaBlock(d, key, lint.Span{Start: vs + 1, End: min(e, end)})
		default:
			e := ls.End
			if i := bytes.Index(d.Src[vs:e], []byte(" #")); i >= 0 {
				e = vs + i
			}
			addMetaBlock(d, key, lint.Span{Start: vs, End: e})
		}
	}
}

func tomlFrontMatter(d *lint.Document, from, to int) {
	for n := from; n <= to; n++ {
		ls := d.LineSpan(n)
		line := d.Src[ls.Start:ls.End]
		eq := bytes.IndexByte(line, '=')
		if eq < 0 {
			continue
		}
		key := strings.ToLower(strings.Trim(strings.TrimSpace(string(line[:eq])), `"'`))
		rest := eq + 1
		for rest < len(line) && (line[rest] == ' ' || line[rest] == '\t') {
			rest++
		}
		if rest >= len(line) || line[rest] != '"' && line[rest] != '\'' {
			continue
		}
		q := line[rest]
		e := bytes.LastIndexByte(line, q)
		if e <= rest {
			continue
		}
		val := lint.Span{Start: ls.Start + rest + 1, End: ls.Start + e}
		switch {
		case key == "lang" || key == "language" || key == "locale":
			d.DeclaredLang = d.SrcOf(val)
		case key == "title" || teaserKeys[key]:
			addMetaBlock(d, key, val)
		}
	}
}

func indentOf(b []byte) int {
	n := 0
	for n < len(b) && (b[n] == ' ' || b[n] == '\t') {
		n++
	}
	return n + 1
}

// runeOffset is the byte offset of the n-th code point of b.
func runeOffset(b []byte, n int) int {
	off := 0
	for i := 0; i < n && off < len(b); i++ {
		_, size := utf8.DecodeRune(b[off:])
		off += size
	}
	return off
}
