package config

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// The JSON schema shipped for editors must agree with the loader: every
// example of the schema and the default template load, and what the schema
// refuses the loader refuses too. The schema is checked with a small
// validator of the keywords it uses.

func loadSchema(t *testing.T) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "schema", "translint.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(b, &s); err != nil {
		t.Fatalf("schema is not valid JSON: %v", err)
	}
	return s
}

type validator struct{ root map[string]any }

func (v validator) check(s any, x any, path string) error {
	sc, ok := s.(map[string]any)
	if !ok {
		if s == true {
			return nil
		}
		return fmt.Errorf("%s: refused by a false schema", path)
	}
	for kw := range sc {
		switch kw {
		case "$schema", "title", "description", "examples", "$defs", "$ref", "type", "enum", "properties",
			"additionalProperties", "required", "items", "minItems", "minLength", "pattern", "propertyNames", "anyOf", "not":
		default:
			return fmt.Errorf("validator does not know the keyword %q", kw)
		}
	}
	if ref, ok := sc["$ref"].(string); ok {
		def := v.root["$defs"].(map[string]any)[strings.TrimPrefix(ref, "#/$defs/")]
		if def == nil {
			return fmt.Errorf("dangling $ref %s", ref)
		}
		if err := v.check(def, x, path); err != nil {
			return err
		}
	}
	if t, ok := sc["type"]; ok && !typeOK(t, x) {
		return fmt.Errorf("%s: %v is not of type %v", path, x, t)
	}
	if e, ok := sc["enum"].([]any); ok {
		found := false
		for _, a := range e {
			found = found || a == x
		}
		if !found {
			return fmt.Errorf("%s: %v not in %v", path, x, e)
		}
	}
	if any, ok := sc["anyOf"].([]any); ok {
		var errs []string
		for _, alt := range any {
			if err := v.check(alt, x, path); err == nil {
				errs = nil
				break
			} else {
				errs = append(errs, err.Error())
			}
		}
		if errs != nil {
			return fmt.Errorf("%s: no alternative fits: %s", path, strings.Join(errs, "; "))
		}
	}
	if not, ok := sc["not"]; ok && v.check(not, x, path) == nil {
		return fmt.Errorf("%s: matches a forbidden shape", path)
	}
	switch x := x.(type) {
	case string:
		if n, ok := sc["minLength"].(float64); ok && len(x) < int(n) {
			return fmt.Errorf("%s: too short", path)
		}
		if p, ok := sc["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(x) {
			return fmt.Errorf("%s: %q does not match %s", path, x, p)
		}
	case []any:
		if n, ok := sc["minItems"].(float64); ok && len(x) < int(n) {
			return fmt.Errorf("%s: too few items", path)
		}
		if it, ok := sc["items"]; ok {
			for i, e := range x {
				if err := v.check(it, e, fmt.Sprintf("%s[%d]", path, i)); err != nil {
					return err
				}
			}
		}
	case map[string]any:
		props, _ := sc["properties"].(map[string]any)
		for _, r := range asList(sc["required"]) {
			if _, ok := x[r]; !ok {
				return fmt.Errorf("%s: %s is required", path, r)
			}
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if pn, ok := sc["propertyNames"]; ok {
				if err := v.check(pn, k, path+"."+k); err != nil {
					return err
				}
			}
			if ps, ok := props[k]; ok {
				if err := v.check(ps, x[k], path+"."+k); err != nil {
					return err
				}
			} else if ap, ok := sc["additionalProperties"]; ok {
				if ap == false {
					return fmt.Errorf("%s: unknown key %s", path, k)
				}
				if err := v.check(ap, x[k], path+"."+k); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func asList(x any) []string {
	var out []string
	l, _ := x.([]any)
	for _, e := range l {
		out = append(out, e.(string))
	}
	return out
}

func typeOK(t any, x any) bool {
	types := []string{}
	if s, ok := t.(string); ok {
		types = append(types, s)
	} else {
		types = asList(t)
	}
	for _, ty := range types {
		switch x.(type) {
		case nil:
			if ty == "null" {
				return true
			}
		case bool:
			if ty == "boolean" {
				return true
			}
		case float64, int:
			if ty == "number" || ty == "integer" {
				return true
			}
		case string:
			if ty == "string" {
				return true
			}
		case []any:
			if ty == "array" {
				return true
			}
		case map[string]any:
			if ty == "object" {
				return true
			}
		}
	}
	return false
}

// yamlValue decodes YAML into the shapes encoding/json produces.
func yamlValue(t *testing.T, src string) any {
	t.Helper()
	var x any
	if err := yaml.Unmarshal([]byte(src), &x); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(x)
	if err != nil {
		t.Fatal(err)
	}
	var out any
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSchemaAgreesWithLoader(t *testing.T) {
	s := loadSchema(t)
	v := validator{s}
	examples, _ := s["examples"].([]any)
	if len(examples) == 0 {
		t.Fatal("the schema has no example")
	}
	for i, ex := range examples {
		if err := v.check(s, ex, "example"); err != nil {
			t.Errorf("example %d fails the schema: %v", i, err)
		}
		b, _ := json.Marshal(ex)
		if _, err := Parse("example.json", b, builtin()); err != nil {
			t.Errorf("example %d fails the loader: %v", i, err)
		}
	}
	for name, src := range map[string]string{"template": Template, "uncommented template": uncomment(Template)} {
		if err := v.check(s, yamlValue(t, src), "$"); err != nil {
			t.Errorf("%s fails the schema: %v", name, err)
		}
	}
	// Top-level keys: the schema lists exactly the loader's.
	var keys []string
	for k := range s["properties"].(map[string]any) {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	want := append([]string(nil), TopLevelKeys...)
	sort.Strings(want)
	if strings.Join(keys, ",") != strings.Join(want, ",") {
		t.Errorf("schema keys %v, loader keys %v", keys, want)
	}
	var ukeys []string
	for k := range s["$defs"].(map[string]any)["userRule"].(map[string]any)["properties"].(map[string]any) {
		ukeys = append(ukeys, k)
	}
	for _, k := range strings.Split(userRuleKeys, ", ") {
		if !contains(ukeys, k) {
			t.Errorf("the schema's userRule lacks %s", k)
		}
	}
	if len(ukeys) != len(strings.Split(userRuleKeys, ", ")) {
		t.Errorf("the schema's userRule has keys %v, the loader %s", ukeys, userRuleKeys)
	}
	// Both refuse these.
	for _, bad := range []string{
		"colour: red\n",
		"lang: 5\n",
		"rules:\n  Bad_Id: off\n",
		"rules:\n  test-doubled: loud\n",
		"rules:\n  promo:\n    kind: magic\n",
		"rules:\n  promo:\n    kind: phrase\n    phrases: [x]\n    run: ls\n",
		"overrides:\n  - lang: de\n",
		"overrides:\n  - files: [a]\n    allow: [b]\n",
		"exclude: [1]\n",
	} {
		if err := v.check(s, yamlValue(t, bad), "$"); err == nil {
			t.Errorf("the schema accepts %q", bad)
		}
		if _, err := Parse("bad.yaml", []byte(bad), builtin()); err == nil {
			t.Errorf("the loader accepts %q", bad)
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
