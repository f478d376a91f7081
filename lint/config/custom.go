package config

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/textkey"
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
	re                      *regexp.Regexp // kind pattern
	phrases                 *phraseSet     // kind phrase
	// block: the phrase must open a block, and the finding covers the block.
	block bool
}

func (r *userRule) ID() string                     { return r.id }
func (r *userRule) Doc() lint.RuleDoc              { return r.doc }
func (r *userRule) DefaultSeverity() lint.Severity { return r.sev }

// Check implements lint.Checker. Both kinds look at the prose blocks only
// (markup is masked), so ^ and $ of a pattern are a block's start and end.
func (r *userRule) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	var buf []byte
	for _, b := range doc.Blocks {
		if r.phrases != nil {
			span := b.Span
			if r.block && span.Len() > r.phrases.window {
				// Only the opening words matter; a word cut by the window
				// is not matched since it is shorter than its phrase word
				// or followed by more of itself (checked below).
				span.End = span.Start + r.phrases.window
			}
			words := doc.WordsIn(span)
			if span.End < b.End && len(words) > 0 && int(words[len(words)-1].End) == span.End {
				words = words[:len(words)-1]
			}
			for i := 0; i < len(words); i++ {
				n := 0
				n, buf = r.phrases.match(doc.Text, words, i, buf)
				if n == 0 {
					if r.block {
						break
					}
					continue
				}
				if r.block {
					out = append(out, r.finding(b.Span.Trim(doc.Text)))
					break
				}
				out = append(out, r.finding(lint.Span{Start: int(words[i].Start), End: int(words[i+n-1].End)}))
				i += n - 1
			}
			continue
		}
		text := doc.Text[b.Start:b.End]
		for _, m := range r.re.FindAllIndex(text, -1) {
			if m[1] > m[0] {
				out = append(out, r.finding(lint.Span{Start: b.Start + m[0], End: b.Start + m[1]}))
			}
		}
	}
	return out
}

func (r *userRule) finding(sp lint.Span) lint.Finding {
	return lint.Finding{Span: sp, Message: r.message, Suggestion: r.suggestion}
}

// phraseSet matches phrases word by word, ignoring case and whatever
// separates the words (white space, punctuation, masked markup).
type phraseSet struct {
	byFirst map[string][][][]byte // lower-cased first word → phrases, longest first
	// window is a byte length that holds the opening words of a block a
	// phrase can match, with room for punctuation and markup between them.
	window int
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{byFirst: map[string][][][]byte{}}
	for _, p := range phrases {
		src := []byte(p)
		var toks [][]byte
		for _, w := range lint.Words(src, lint.Span{Start: 0, End: len(src)}) {
			toks = append(toks, bytes.ToLower(src[w.Start:w.End]))
		}
		if len(toks) == 0 {
			continue
		}
		ps.window = max(ps.window, 4*len(p)+64)
		k := string(toks[0])
		ps.byFirst[k] = append(ps.byFirst[k], toks)
		sort.SliceStable(ps.byFirst[k], func(i, j int) bool { return len(ps.byFirst[k][i]) > len(ps.byFirst[k][j]) })
	}
	return ps
}

// match returns the number of words of the longest phrase that starts at
// words[i], or 0. buf is scratch space, returned for reuse.
func (ps *phraseSet) match(text []byte, words []lint.Word, i int, buf []byte) (int, []byte) {
	buf = lower(buf[:0], text[words[i].Start:words[i].End])
	for _, toks := range ps.byFirst[string(buf)] {
		if len(toks) > len(words)-i {
			continue
		}
		ok := true
		for j := 1; j < len(toks) && ok; j++ {
			w := words[i+j]
			ok = bytes.EqualFold(text[w.Start:w.End], toks[j])
		}
		if ok {
			return len(toks), buf
		}
	}
	return 0, buf
}

func lower(dst, src []byte) []byte {
	for _, c := range src {
		if c >= utf8.RuneSelf {
			return append(dst, bytes.ToLower(src)...)
		}
	}
	for _, c := range src {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
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
				if err = s.sev.UnmarshalText([]byte(v)); err != nil {
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
		r.block = !s.inline
		r.phrases = newPhraseSet(s.phrases)
		if hasWordless(s.phrases) {
			return nil, d.errAt(s.exprNode, key+".phrases", "a phrase needs at least one word")
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

func hasWordless(ss []string) bool {
	for _, s := range ss {
		if textkey.Normalize(s) == "" {
			return true
		}
	}
	return false
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
		doc, err := read.ParseAs("example.txt", lint.FormatText, []byte(text))
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
