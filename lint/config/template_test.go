package config

import (
	"regexp"
	"strings"
	"testing"
)

// reExample is a commented line of the template that is an example setting.
var reExample = regexp.MustCompile(`^(\s*)# (\s*(?:- )?[a-z][a-z-]*:(?: |$).*)$`)

// uncomment turns the template's commented examples into settings and drops
// the empty defaults they replace.
func uncomment(t string) string {
	var out []string
	for _, l := range strings.Split(t, "\n") {
		switch {
		case regexp.MustCompile(`^((overrides|allow|exclude|lang-paths): \[\]|source:)$`).MatchString(l):
			continue
		case reExample.MatchString(l):
			m := reExample.FindStringSubmatch(l)
			l = m[1] + m[2]
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestTemplate(t *testing.T) {
	c, err := Parse(".translint.yaml", []byte(Template), builtin())
	if err != nil {
		t.Fatalf("the default configuration does not load: %v", err)
	}
	if c.Lang != "en" || len(c.Custom) != 0 || len(c.Rules) != 0 || len(c.Overrides) != 0 {
		t.Errorf("the default configuration is not neutral: %+v", c)
	}
	for _, k := range TopLevelKeys {
		if !strings.Contains(Template, "\n"+k+":") {
			t.Errorf("the template does not show the key %s", k)
		}
	}
	full := uncomment(Template)
	c, err = Parse(".translint.yaml", []byte(full), builtin())
	if err != nil {
		t.Fatalf("the template's examples do not load: %v\n%s", err, full)
	}
	if len(c.Custom) != 1 || len(c.Overrides) != 1 || len(c.Allow) != 2 || len(c.Exclude) != 2 || len(c.Rules) != 2 || len(c.LangPaths) != 1 || c.Source == nil {
		t.Errorf("uncommented template: custom %d overrides %d allow %d exclude %d rules %d",
			len(c.Custom), len(c.Overrides), len(c.Allow), len(c.Exclude), len(c.Rules))
	}
}
