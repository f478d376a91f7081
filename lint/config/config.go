// Package config reads translint's configuration file, .translint.yaml.
//
// A file applies to the articles in its folder and below; the nearest file
// wins (files are not merged). Everything in it is data: user-defined rules
// are phrase lists and RE2 patterns, never code.
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/textkey"
)

// FileNames are the names a configuration file may have, in order of preference.
var FileNames = []string{".translint.yaml", ".translint.yml"}

// Error is a configuration error at a place in a file.
type Error struct {
	File      string
	Line, Col int
	// Key is the dotted path of the offending key: "rules.doubled-word.severity".
	Key string
	Msg string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Key != "" {
		fmt.Fprintf(&b, "%s: ", e.Key)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Config is one configuration file, decoded and checked.
type Config struct {
	// Path is the file read; empty for the built-in defaults.
	Path string
	// Dir is the absolute folder that globs are relative to.
	Dir string
	// Lang is the default target language ("" when not set).
	Lang string
	// Languages are the plausible source languages; they are passed to every
	// rule that has a "languages" option and does not set it itself.
	Languages []string
	// Rules are the settings of built-in and user-defined rules, by ID.
	Rules map[string]RuleConfig
	// Custom are the user-defined rules, in file order.
	Custom    []lint.Rule
	Overrides []Override
	// Allow are the terms never flagged: a finding whose excerpt is one of
	// them (ignoring case and punctuation) is dropped. A term written
	// /like this/ is an RE2 expression the whole excerpt must match.
	Allow []string
	// Exclude are doublestar globs of paths never linted when folders are walked.
	Exclude []string
	// LangPaths are the project's layouts of translations ("docs/{lang}/**"),
	// read by read.LangFromPath.
	LangPaths []*read.LangPattern
	// Source is where the originals of the translations are (nil when not
	// set); check --source and --source-dir win over it.
	Source *SourceLayout

	builtin       []lint.Rule
	allow         allowList
	customEnabled map[string]*bool
}

// RuleConfig is the setting of one rule.
type RuleConfig struct {
	// Enabled is nil when not set.
	Enabled  *bool
	Severity lint.Severity
	Options  map[string]any
	// pos is where the setting is written, for errors raised later.
	pos *yaml.Node
}

// Override applies settings to the files its globs match.
type Override struct {
	Files []string
	Lang  string
	Rules map[string]RuleConfig
}

// Default is the configuration used where no file is found.
func Default(builtin []lint.Rule) *Config {
	dir, _ := os.Getwd()
	c := &Config{Dir: dir, Rules: map[string]RuleConfig{}, builtin: builtin}
	return c
}

// Load reads and checks a configuration file. builtin are the rules that
// exist without configuration (built-in and engine rules): rule settings are
// checked against them.
func Load(path string, builtin []lint.Rule) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{File: path, Msg: err.Error()}
	}
	return Parse(path, data, builtin)
}

// Parse decodes configuration data read from path.
func Parse(path string, data []byte, builtin []lint.Rule) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, &Error{File: path, Msg: err.Error()}
	}
	c := &Config{Path: path, Dir: filepath.Dir(abs), Rules: map[string]RuleConfig{}, builtin: builtin}
	d := &decoder{file: path}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, d.yamlError(err)
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return c, nil
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
		return c, nil
	}
	if err := d.decodeRoot(c, root); err != nil {
		return nil, err
	}
	return c, nil
}

// Builtin returns the rules the configuration was checked against.
func (c *Config) Builtin() []lint.Rule { return c.builtin }

// AllRules returns the built-in rules followed by the user-defined ones.
func (c *Config) AllRules() []lint.Rule {
	return append(append([]lint.Rule(nil), c.builtin...), c.Custom...)
}

// rel is path relative to the configuration's folder, slash-separated; ok is
// false when the path is outside it.
func (c *Config) rel(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	r, err := filepath.Rel(c.Dir, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

// matchGlob matches a slash-separated relative path against a doublestar
// glob. A glob without a slash matches the base name at any depth; a glob
// that matches a folder matches everything below it.
func matchGlob(glob, rel string) bool {
	glob = strings.TrimPrefix(glob, "./")
	if !strings.Contains(strings.TrimSuffix(glob, "/"), "/") {
		for _, part := range strings.Split(rel, "/") {
			if ok, _ := doublestar.Match(strings.TrimSuffix(glob, "/"), part); ok {
				return true
			}
		}
		return false
	}
	glob = strings.TrimSuffix(glob, "/")
	if ok, _ := doublestar.Match(glob, rel); ok {
		return true
	}
	ok, _ := doublestar.Match(glob+"/**", rel)
	return ok
}

// Excluded reports whether the configuration excludes path.
func (c *Config) Excluded(path string) bool {
	if len(c.Exclude) == 0 {
		return false // no need to resolve the path
	}
	rel, ok := c.rel(path)
	if !ok {
		return false
	}
	for _, g := range c.Exclude {
		if matchGlob(g, rel) {
			return true
		}
	}
	return false
}

// Profile is the effective setting for one file.
type Profile struct {
	// Key identifies the profile: files with the same key share it.
	Key  string
	Lang string
	// Rules are the enabled rules, configured.
	Rules []lint.Rule
	// Severity holds the severities set by the configuration.
	Severity map[string]lint.Severity
	// Known are the IDs of every rule, enabled or not.
	Known []string
	// Allow drops findings on allowed terms (a Linter.Filter); nil when the
	// configuration allows nothing.
	Allow func(*lint.Document, []lint.Finding) []lint.Finding
}

// Matching returns the indices of the overrides that apply to path.
func (c *Config) Matching(path string) []int {
	if len(c.Overrides) == 0 {
		return nil // no need to resolve the path
	}
	rel, ok := c.rel(path)
	if !ok {
		return nil
	}
	var out []int
	for i, o := range c.Overrides {
		for _, g := range o.Files {
			if matchGlob(g, rel) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// Profile computes the settings for path: the top-level settings, then
// every matching override in order.
func (c *Config) Profile(path string) (*Profile, error) {
	return c.profile(c.Matching(path))
}

// ProfileKey is the key of path's profile without computing it.
func (c *Config) ProfileKey(path string) string {
	return profileKey(c, c.Matching(path))
}

func profileKey(c *Config, overrides []int) string {
	return fmt.Sprintf("%s%v", c.Path, overrides)
}

func (c *Config) profile(overrides []int) (*Profile, error) {
	p := &Profile{Key: profileKey(c, overrides), Lang: c.Lang, Severity: map[string]lint.Severity{}}
	settings := []map[string]RuleConfig{c.Rules}
	for _, i := range overrides {
		settings = append(settings, c.Overrides[i].Rules)
		if c.Overrides[i].Lang != "" {
			p.Lang = c.Overrides[i].Lang
		}
	}
	for _, r := range c.AllRules() {
		id := r.ID()
		p.Known = append(p.Known, id)
		enabled := true
		var opts map[string]any
		var pos *yaml.Node
		for _, s := range settings {
			rc, ok := s[id]
			if !ok {
				continue
			}
			if rc.Enabled != nil {
				enabled = *rc.Enabled
			}
			if rc.Severity != lint.SeverityUnset {
				if rc.Severity == lint.SeverityNone {
					enabled = false
				} else {
					p.Severity[id] = rc.Severity
					if rc.Enabled == nil {
						enabled = true // naming a severity turns a rule on
					}
				}
			}
			for k, v := range rc.Options {
				if opts == nil {
					opts = map[string]any{}
				}
				opts[k] = v
				pos = rc.pos
			}
		}
		if !enabled {
			continue
		}
		if len(c.Languages) > 0 && hasOption(r, "languages") {
			if _, set := opts["languages"]; !set {
				if opts == nil {
					opts = map[string]any{}
				}
				langs := make([]any, len(c.Languages))
				for i, l := range c.Languages {
					langs[i] = l
				}
				opts["languages"] = langs
			}
		}
		if len(opts) > 0 {
			cr, err := configure(r, opts)
			if err != nil {
				e := &Error{File: c.Path, Key: "rules." + id, Msg: err.Error()}
				if pos != nil {
					e.Line, e.Col = pos.Line, pos.Column
				}
				return nil, e
			}
			r = cr
		}
		p.Rules = append(p.Rules, r)
	}
	if len(c.Allow) > 0 {
		p.Allow = c.allow.filter
	}
	return p, nil
}

func hasOption(r lint.Rule, name string) bool {
	for _, o := range r.Doc().Options {
		if o.Name == name {
			return true
		}
	}
	return false
}

// configure applies options to a rule; options the rule does not document
// are refused before the rule sees them.
func configure(r lint.Rule, opts map[string]any) (lint.Rule, error) {
	cr, ok := r.(lint.Configurable)
	if !ok {
		return nil, fmt.Errorf("rule %s takes no options", r.ID())
	}
	var names []string
	for k := range opts {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		if !hasOption(r, k) {
			var valid []string
			for _, o := range r.Doc().Options {
				valid = append(valid, o.Name)
			}
			return nil, fmt.Errorf("unknown option %q (rule %s has: %s)", k, r.ID(), strings.Join(valid, ", "))
		}
	}
	return cr.Configure(opts)
}

// allowList drops findings on allowed terms.
type allowList struct {
	terms map[string]bool
	res   []*regexp.Regexp
}

func (a allowList) filter(doc *lint.Document, fs []lint.Finding) []lint.Finding {
	out := fs[:0]
	for _, f := range fs {
		if !a.allows(doc.SrcOf(f.Span)) {
			out = append(out, f)
		}
	}
	return out
}

func (a allowList) allows(excerpt string) bool {
	if a.terms[textkey.Normalize(excerpt)] {
		return true
	}
	t := strings.TrimSpace(excerpt)
	for _, re := range a.res {
		if re.MatchString(t) {
			return true
		}
	}
	return false
}
