package config

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/textkey"
)

// decoder walks the YAML node tree by hand so that every error can name the
// file, the line and the key.
type decoder struct {
	file string
}

func (d *decoder) errAt(n *yaml.Node, key, format string, args ...any) error {
	e := &Error{File: d.file, Key: key, Msg: fmt.Sprintf(format, args...)}
	if n != nil {
		e.Line, e.Col = n.Line, n.Column
	}
	return e
}

var reYAMLLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func (d *decoder) yamlError(err error) error {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := reYAMLLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: d.file, Line: line, Col: 1, Msg: "invalid YAML: " + m[2]}
	}
	return &Error{File: d.file, Msg: "invalid YAML: " + strings.TrimPrefix(msg, "yaml: ")}
}

// TopLevelKeys are the keys a configuration file may have (the JSON schema
// lists the same).
var TopLevelKeys = []string{"lang", "languages", "rules", "overrides", "allow", "exclude", "lang-paths", "source"}

// pairs iterates a mapping node, refusing other kinds and duplicate keys.
func (d *decoder) pairs(n *yaml.Node, key string, f func(k string, kn, vn *yaml.Node) error) error {
	n = resolve(n)
	if isNull(n) {
		return nil // "rules:" with nothing (or only comments) under it
	}
	if n.Kind != yaml.MappingNode {
		return d.errAt(n, key, "want a mapping (key: value lines), got %s", describe(n))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn, vn := n.Content[i], resolve(n.Content[i+1])
		k := kn.Value
		full := join(key, k)
		if kn.Kind != yaml.ScalarNode {
			return d.errAt(kn, key, "keys must be plain names")
		}
		if seen[k] {
			return d.errAt(kn, full, "key given twice")
		}
		seen[k] = true
		if err := f(k, kn, vn); err != nil {
			return err
		}
	}
	return nil
}

func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

func join(key, k string) string {
	if key == "" {
		return k
	}
	return key + "." + k
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!str":
			return fmt.Sprintf("the string %q", n.Value)
		case "!!null":
			return "nothing"
		case "!!bool":
			return "a boolean (" + n.Value + ")"
		case "!!int", "!!float":
			return "a number (" + n.Value + ")"
		}
		return fmt.Sprintf("%q", n.Value)
	}
	return "an unexpected value"
}

func (d *decoder) str(n *yaml.Node, key string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!str" {
		hint := ""
		if n.Kind == yaml.ScalarNode {
			hint = " (quote it)"
		}
		return "", d.errAt(n, key, "want a string, got %s%s", describe(n), hint)
	}
	return n.Value, nil
}

func (d *decoder) boolean(n *yaml.Node, key string) (bool, error) {
	if n.Kind != yaml.ScalarNode || n.ShortTag() != "!!bool" {
		return false, d.errAt(n, key, "want true or false, got %s", describe(n))
	}
	var b bool
	if err := n.Decode(&b); err != nil {
		return false, d.errAt(n, key, "want true or false")
	}
	return b, nil
}

func (d *decoder) strings(n *yaml.Node, key string) ([]string, error) {
	if isNull(n) {
		return nil, nil
	}
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
		return []string{n.Value}, nil
	}
	if n.Kind != yaml.SequenceNode {
		return nil, d.errAt(n, key, "want a list of strings, got %s", describe(n))
	}
	var out []string
	for i, item := range n.Content {
		s, err := d.str(resolve(item), fmt.Sprintf("%s[%d]", key, i))
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func (d *decoder) lang(n *yaml.Node, key string) (string, error) {
	s, err := d.str(n, key)
	if err != nil {
		return "", err
	}
	l := langid.Normalize(s)
	if l == "" {
		return "", d.errAt(n, key, "unknown language %q (use an ISO 639-1 code such as en)", s)
	}
	return l, nil
}

func (d *decoder) globs(n *yaml.Node, key string) ([]string, error) {
	gs, err := d.strings(n, key)
	if err != nil {
		return nil, err
	}
	for i, g := range gs {
		if !doublestar.ValidatePattern(g) || g == "" {
			item := n
			if n.Kind == yaml.SequenceNode {
				item = n.Content[i]
			}
			return nil, d.errAt(item, fmt.Sprintf("%s[%d]", key, i), "invalid glob %q", g)
		}
	}
	return gs, nil
}

func (d *decoder) decodeRoot(c *Config, root *yaml.Node) error {
	// rules first, wherever it is written: overrides may name the
	// user-defined rules it declares.
	err := d.pairs(root, "", func(k string, kn, vn *yaml.Node) error {
		if k == "rules" {
			return d.rules(c, vn, k)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return d.pairs(root, "", func(k string, kn, vn *yaml.Node) error {
		var err error
		switch k {
		case "rules":
		case "lang":
			c.Lang, err = d.lang(vn, k)
		case "languages":
			var ls []string
			if ls, err = d.strings(vn, k); err != nil {
				return err
			}
			for i, l := range ls {
				code := langid.Normalize(l)
				if code == "" {
					return d.errAt(vn, fmt.Sprintf("%s[%d]", k, i), "unknown language %q (use an ISO 639-1 code such as de)", l)
				}
				c.Languages = append(c.Languages, code)
			}
		case "overrides":
			err = d.overrides(c, vn, k)
		case "allow":
			c.Allow, err = d.strings(vn, k)
			if err == nil {
				c.allow, err = d.allowList(vn, k, c.Allow)
			}
		case "exclude":
			c.Exclude, err = d.globs(vn, k)
		case "source":
			err = d.source(c, vn, k)
		case "lang-paths":
			var ps []string
			if ps, err = d.strings(vn, k); err != nil {
				return err
			}
			for i, p := range ps {
				lp, perr := read.CompileLangPattern(p)
				if perr != nil {
					return d.errAt(vn, fmt.Sprintf("%s[%d]", k, i), "%v", perr)
				}
				c.LangPaths = append(c.LangPaths, lp)
			}
		default:
			return d.errAt(kn, k, "unknown key (valid keys: %s)", strings.Join(TopLevelKeys, ", "))
		}
		return err
	})
}

// rules decodes the top-level rules: the user-defined rules first, so that
// settings can name them.
func (d *decoder) rules(c *Config, vn *yaml.Node, k string) error {
	var customNodes [][2]*yaml.Node
	err := d.pairs(vn, k, func(id string, idn, rn *yaml.Node) error {
		if rn.Kind == yaml.MappingNode && mapHas(rn, "kind") {
			customNodes = append(customNodes, [2]*yaml.Node{idn, rn})
		}
		return nil
	})
	if err != nil {
		return err
	}
	for _, cn := range customNodes {
		r, err := d.customRule(c, cn[0], cn[1])
		if err != nil {
			return err
		}
		c.Custom = append(c.Custom, r)
	}
	c.Rules, err = d.ruleSettings(c, vn, k, true)
	return err
}

func mapHas(n *yaml.Node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

func (d *decoder) allowList(n *yaml.Node, key string, terms []string) (allowList, error) {
	a := allowList{terms: map[string]bool{}}
	for i, t := range terms {
		if len(t) >= 2 && strings.HasPrefix(t, "/") && strings.HasSuffix(t, "/") {
			re, err := regexp.Compile(`^(?:` + t[1:len(t)-1] + `)$`)
			if err != nil {
				return a, d.errAt(n.Content[i], fmt.Sprintf("%s[%d]", key, i), "invalid RE2 expression: %v", err)
			}
			a.res = append(a.res, re)
			continue
		}
		if norm := textkey.Normalize(t); norm != "" {
			a.terms[norm] = true
		}
	}
	return a, nil
}

func (d *decoder) overrides(c *Config, n *yaml.Node, key string) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		return d.errAt(n, key, "want a list of {files, lang, rules} entries, got %s", describe(n))
	}
	for i, item := range n.Content {
		ik := fmt.Sprintf("%s[%d]", key, i)
		var o Override
		err := d.pairs(item, ik, func(k string, kn, vn *yaml.Node) error {
			var err error
			switch k {
			case "files":
				o.Files, err = d.globs(vn, join(ik, k))
			case "lang":
				o.Lang, err = d.lang(vn, join(ik, k))
			case "rules":
				o.Rules, err = d.ruleSettings(c, vn, join(ik, k), false)
			default:
				return d.errAt(kn, join(ik, k), "unknown key (valid keys: files, lang, rules)")
			}
			return err
		})
		if err != nil {
			return err
		}
		if len(o.Files) == 0 {
			return d.errAt(item, ik, "an override needs files: [globs]")
		}
		c.Overrides = append(c.Overrides, o)
	}
	return nil
}

// ruleSettings decodes a rules: mapping. Values are a severity or a boolean
// ("doubled-word: off", "doubled-word: false") or a mapping with enabled,
// severity and the rule's options.
func (d *decoder) ruleSettings(c *Config, n *yaml.Node, key string, top bool) (map[string]RuleConfig, error) {
	known := map[string]lint.Rule{}
	for _, r := range c.AllRules() {
		known[r.ID()] = r
	}
	out := map[string]RuleConfig{}
	err := d.pairs(n, key, func(id string, kn, vn *yaml.Node) error {
		rk := join(key, id)
		custom := vn.Kind == yaml.MappingNode && mapHas(vn, "kind")
		if custom && !top {
			return d.errAt(kn, rk, "user-defined rules are declared at the top level, not in overrides")
		}
		r, ok := known[id]
		if !ok {
			return d.errAt(kn, rk, "unknown rule (see 'translint rules'; a user-defined rule needs a kind)")
		}
		rc := RuleConfig{pos: kn}
		switch vn.Kind {
		case yaml.ScalarNode:
			switch vn.ShortTag() {
			case "!!bool":
				b, err := d.boolean(vn, rk)
				if err != nil {
					return err
				}
				rc.Enabled = &b
			case "!!str":
				var sev lint.Severity
				if err := sev.UnmarshalText([]byte(vn.Value)); err != nil {
					return d.errAt(vn, rk, "%v", err)
				}
				rc.Severity = sev
			default:
				return d.errAt(vn, rk, "want a severity, true/false or a mapping, got %s", describe(vn))
			}
		case yaml.MappingNode:
			if custom {
				// enabled and severity were read with the rule itself.
				out[id] = c.customSettings(id, kn)
				return nil
			}
			err := d.pairs(vn, rk, func(k string, okn, ovn *yaml.Node) error {
				switch k {
				case "enabled":
					b, err := d.boolean(ovn, join(rk, k))
					if err != nil {
						return err
					}
					rc.Enabled = &b
				case "severity":
					s, err := d.str(ovn, join(rk, k))
					if err != nil {
						return err
					}
					var sev lint.Severity
					if err := sev.UnmarshalText([]byte(s)); err != nil {
						return d.errAt(ovn, join(rk, k), "%v", err)
					}
					rc.Severity = sev
				default:
					if !hasOption(r, k) {
						return d.errAt(okn, join(rk, k), "unknown option of rule %s%s", id, optionList(r))
					}
					var v any
					if err := ovn.Decode(&v); err != nil {
						return d.errAt(ovn, join(rk, k), "%v", err)
					}
					if rc.Options == nil {
						rc.Options = map[string]any{}
					}
					rc.Options[k] = v
					rc.pos = okn
				}
				return nil
			})
			if err != nil {
				return err
			}
			if len(rc.Options) > 0 {
				if _, err := configure(r, rc.Options); err != nil {
					return d.errAt(rc.pos, rk, "%v", err)
				}
			}
		default:
			return d.errAt(vn, rk, "want a severity, true/false or a mapping, got %s", describe(vn))
		}
		out[id] = rc
		return nil
	})
	return out, err
}

func optionList(r lint.Rule) string {
	var names []string
	for _, o := range r.Doc().Options {
		names = append(names, o.Name)
	}
	if len(names) == 0 {
		return " (it takes no options)"
	}
	return " (valid: enabled, severity, " + strings.Join(names, ", ") + ")"
}
