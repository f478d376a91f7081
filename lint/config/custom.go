package config

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/translint/translint/lint"
)

// Rule kinds a configuration file may define.
const (
	KindPhrase  = "phrase"
	KindPattern = "pattern"
)

var reRuleID = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// userRule is a rule defined in a configuration file. It is data only: a
// phrase list or an RE2 expression (linear time, no back-references).
type userRule struct {
	id, message, suggestion string
	sev                     lint.Severity
	doc                     lint.RuleDoc
	re                      *regexp.Regexp
	// block: the phrase must open a block, and the finding covers the block.
	block bool
	// bounded: matches must start and end at word boundaries (phrases).
	bounded bool
}

func (r *userRule) ID() string                     { return r.id }
func (r *userRule) Doc() lint.RuleDoc              { return r.doc }
func (r *userRule) DefaultSeverity() lint.Severity { return r.sev }

// Check implements lint.Rule. Both kinds look at the prose blocks only
// (markup is masked), so ^ and $ of a pattern are a block's start and end.
func (r *userRule) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	for _, b := range doc.Blocks {
		text := doc.Text[b.Start:b.End]
		if r.block {
			m := r.re.FindIndex(text)
			if m != nil && r.boundaryOK(text, m[0], m[1]) {
				sp := lint.TrimSpan(doc.Text, b.Span)
				out = append(out, r.finding(sp))
			}
			continue
		}
		for _, m := range r.re.FindAllIndex(text, -1) {
			if m[1] > m[0] && r.boundaryOK(text, m[0], m[1]) {
				out = append(out, r.finding(lint.Span{Start: b.Start + m[0], End: b.Start + m[1]}))
			}
		}
	}
	return out
}

func (r *userRule) finding(sp lint.Span) lint.Finding {
	return lint.Finding{Span: sp, Message: r.message, Suggestion: r.suggestion}
}

// boundaryOK: a phrase must not start or end inside a word ("cat" in "catalogue").
func (r *userRule) boundaryOK(text []byte, s, e int) bool {
	if !r.bounded {
		return true
	}
	if s > 0 {
		before, _ := utf8.DecodeLastRune(text[:s])
		first, _ := utf8.DecodeRune(text[s:])
		if lint.IsWordRune(before) && lint.IsWordRune(first) {
			return false
		}
	}
	if e < len(text) {
		last, _ := utf8.DecodeLastRune(text[:e])
		after, _ := utf8.DecodeRune(text[e:])
		if lint.IsWordRune(last) && lint.IsWordRune(after) {
			return false
		}
	}
	return true
}

// phraseRE matches any of the phrases, ignoring case, with any run of white
// space between words.
func phraseRE(phrases []string, block bool) (*regexp.Regexp, error) {
	alts := make([]string, 0, len(phrases))
	for _, p := range phrases {
		words := strings.Fields(p)
		for i, w := range words {
			words[i] = regexp.QuoteMeta(w)
		}
		alts = append(alts, strings.Join(words, `\s+`))
	}
	expr := `(?i)(?:` + strings.Join(alts, "|") + `)`
	if block {
		// Leading white space, punctuation and symbols (quotes, emphasis,
		// list markers) may come before the phrase.
		expr = `^[\s\p{P}\p{S}]*` + expr
	}
	return regexp.Compile(expr)
}

type userRuleSpec struct {
	kind, pattern, message, suggestion, title, description string
	phrases                                                []string
	inline                                                 bool
	sev                                                    lint.Severity
	enabled                                                *bool
	bad, good                                              []string
	badNodes, goodNodes                                    []*yaml.Node
	kindNode, exprNode                                     *yaml.Node
}

var userRuleKeys = "kind, phrases, inline, pattern, message, suggestion, severity, enabled, title, description, examples"

func (d *decoder) customRule(c *Config, idn, rn *yaml.Node) (lint.Rule, error) {
	id := idn.Value
	key := "rules." + id
	if !reRuleID.MatchString(id) {
		return nil, d.errAt(idn, key, "a rule id is kebab-case: lower-case letters, digits and dashes")
	}
	for _, b := range c.builtin {
		if b.ID() == id {
			return nil, d.errAt(idn, key, "a built-in rule already has this id; pick another name")
		}
	}
	var s userRuleSpec
	err := d.pairs(rn, key, func(k string, kn, vn *yaml.Node) error {
		var err error
		fk := join(key, k)
		switch k {
		case "kind":
			s.kind, err = d.str(vn, fk)
			s.kindNode = vn
		case "phrases":
			s.phrases, err = d.strings(vn, fk)
			s.exprNode = vn
		case "inline":
			s.inline, err = d.boolean(vn, fk)
		case "pattern":
			s.pattern, err = d.str(vn, fk)
			s.exprNode = vn
		case "message":
			s.message, err = d.str(vn, fk)
		case "suggestion":
			s.suggestion, err = d.str(vn, fk)
		case "title":
			s.title, err = d.str(vn, fk)
		case "description":
			s.description, err = d.str(vn, fk)
		case "severity":
			var v string
			if v, err = d.str(vn, fk); err == nil {
				if s.sev, err = lint.ParseSeverity(v); err != nil {
					return d.errAt(vn, fk, "%v", err)
				}
			}
		case "enabled":
			var b bool
			b, err = d.boolean(vn, fk)
			s.enabled = &b
		case "examples":
			err = d.pairs(vn, fk, func(ek string, ekn, evn *yaml.Node) error {
				var err error
				switch ek {
				case "bad":
					s.bad, err = d.strings(evn, join(fk, ek))
					s.badNodes = items(evn)
				case "good":
					s.good, err = d.strings(evn, join(fk, ek))
					s.goodNodes = items(evn)
				default:
					return d.errAt(ekn, join(fk, ek), "unknown key (valid keys: bad, good)")
				}
				return err
			})
		default:
			return d.errAt(kn, fk, "unknown key of a user-defined rule (valid keys: %s)", userRuleKeys)
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	r := &userRule{id: id, message: s.message, suggestion: s.suggestion, sev: s.sev}
	if r.sev == lint.SeverityUnset || r.sev == lint.SeverityNone {
		if r.sev == lint.SeverityNone {
			f := false
			s.enabled = &f
		}
		r.sev = lint.SeverityWarning
	}
	switch s.kind {
	case KindPhrase:
		if s.pattern != "" {
			return nil, d.errAt(rn, key+".pattern", "a phrase rule takes phrases, not a pattern")
		}
		if len(s.phrases) == 0 || hasBlank(s.phrases) {
			return nil, d.errAt(nodeOr(s.exprNode, rn), key+".phrases", "a phrase rule needs phrases: a list of non-empty phrases")
		}
		r.block, r.bounded = !s.inline, true
		if r.re, err = phraseRE(s.phrases, r.block); err != nil {
			return nil, d.errAt(s.exprNode, key+".phrases", "%v", err)
		}
		if r.message == "" {
			r.message = "phrase listed in rule " + id
		}
	case KindPattern:
		if len(s.phrases) > 0 || s.inline {
			return nil, d.errAt(rn, key, "a pattern rule takes pattern, not phrases or inline")
		}
		if s.pattern == "" {
			return nil, d.errAt(nodeOr(s.exprNode, rn), key+".pattern", "a pattern rule needs pattern: an RE2 regular expression")
		}
		if r.re, err = regexp.Compile(s.pattern); err != nil {
			return nil, d.errAt(s.exprNode, key+".pattern", "invalid RE2 expression: %v", err)
		}
		if r.message == "" {
			r.message = "text matches the pattern of rule " + id
		}
	default:
		return nil, d.errAt(s.kindNode, key+".kind", "unknown kind %q (want phrase or pattern)", s.kind)
	}
	r.doc = userDoc(d.file, s, r)
	if c.customEnabled == nil {
		c.customEnabled = map[string]*bool{}
	}
	c.customEnabled[id] = s.enabled
	if err := d.checkExamples(r, key, s); err != nil {
		return nil, err
	}
	return r, nil
}

func hasBlank(ss []string) bool {
	for _, s := range ss {
		if strings.TrimSpace(s) == "" {
			return true
		}
	}
	return false
}

func items(n *yaml.Node) []*yaml.Node {
	if n.Kind == yaml.SequenceNode {
		return n.Content
	}
	return []*yaml.Node{n}
}

func nodeOr(n, alt *yaml.Node) *yaml.Node {
	if n != nil {
		return n
	}
	return alt
}

func userDoc(file string, s userRuleSpec, r *userRule) lint.RuleDoc {
	doc := lint.RuleDoc{Title: s.title, Text: s.description}
	if doc.Title == "" {
		doc.Title = strings.TrimSuffix(r.message, ".")
	}
	if doc.Text == "" {
		switch {
		case s.kind == KindPattern:
			doc.Text = fmt.Sprintf("User-defined rule (%s): flags text matching the RE2 expression %s.", file, s.pattern)
		case s.inline:
			doc.Text = fmt.Sprintf("User-defined rule (%s): flags these phrases anywhere in the prose: %s.", file, quoteAll(s.phrases))
		default:
			doc.Text = fmt.Sprintf("User-defined rule (%s): flags a block (paragraph, heading, list item) that opens with one of these phrases: %s.", file, quoteAll(s.phrases))
		}
	}
	doc.Bad = strings.Join(s.bad, "\n")
	doc.Good = strings.Join(s.good, "\n")
	return doc
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

// checkExamples lints every example as a small plain-text article with the
// rule alone: each bad one must be flagged, no good one may be.
func (d *decoder) checkExamples(r *userRule, key string, s userRuleSpec) error {
	run := func(text string) (int, error) {
		doc, err := lint.ParseAs("example.txt", lint.FormatText, []byte(text))
		if err != nil {
			return 0, err
		}
		return len(r.Check(doc)), nil
	}
	for i, ex := range s.bad {
		n, err := run(ex)
		if err != nil || n == 0 {
			return d.errAt(s.badNodes[i], fmt.Sprintf("%s.examples.bad[%d]", key, i), "the rule does not flag this bad example: %q", ex)
		}
	}
	for i, ex := range s.good {
		n, err := run(ex)
		if err != nil || n > 0 {
			return d.errAt(s.goodNodes[i], fmt.Sprintf("%s.examples.good[%d]", key, i), "the rule flags this good example: %q", ex)
		}
	}
	return nil
}

// customSettings is the setting a user-defined rule carries in its own definition.
func (c *Config) customSettings(id string, pos *yaml.Node) RuleConfig {
	return RuleConfig{Enabled: c.customEnabled[id], pos: pos}
}
