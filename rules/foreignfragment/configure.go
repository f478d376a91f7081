package foreignfragment

import (
	"fmt"
	"strings"

	"github.com/translint/translint/lint"
)

// Configure implements lint.Configurable: it returns a configured copy.
func (r *Rule) Configure(opts map[string]any) (lint.Rule, error) {
	out := &Rule{Languages: r.Languages, MinWords: r.MinWords, Allow: r.Allow, Glosses: r.Glosses, Detector: r.Detector}
	for k, v := range opts {
		switch k {
		case "languages":
			l, err := stringList(k, v)
			if err != nil {
				return nil, err
			}
			out.Languages = l
		case "allow":
			l, err := stringList(k, v)
			if err != nil {
				return nil, err
			}
			for _, a := range l {
				if a = strings.TrimSpace(a); !isAllowPattern(a) {
					continue
				}
				if _, err := compileAllow(a); err != nil {
					return nil, &lint.OptionError{Option: k, Msg: fmt.Sprintf("invalid regular expression %s: %v", a, err)}
				}
			}
			out.Allow = l
		case "min-words":
			n, ok := v.(int)
			if f, isFloat := v.(float64); isFloat && f == float64(int(f)) {
				n, ok = int(f), true
			}
			if !ok || n < 1 {
				return nil, &lint.OptionError{Option: k, Msg: fmt.Sprintf("want a whole number of at least 1, got %v", v)}
			}
			out.MinWords = n
		case "glosses":
			b, ok := v.(bool)
			if !ok {
				return nil, &lint.OptionError{Option: k, Msg: fmt.Sprintf("want true or false, got %v", v)}
			}
			out.Glosses = b
		default:
			return nil, &lint.OptionError{Option: k, Msg: "unknown option"}
		}
	}
	return out, nil
}

// Configure implements lint.Configurable: it returns a configured copy.
func (w *WrongLanguage) Configure(opts map[string]any) (lint.Rule, error) {
	ff := w.FF
	if ff == nil {
		ff = New()
	}
	for k := range opts {
		if k != "languages" {
			return nil, &lint.OptionError{Option: k, Msg: "unknown option"}
		}
	}
	r, err := ff.Configure(opts)
	if err != nil {
		return nil, err
	}
	return &WrongLanguage{FF: r.(*Rule)}, nil
}

func stringList(name string, v any) ([]string, error) {
	switch x := v.(type) {
	case string:
		return []string{x}, nil
	case []string:
		return x, nil
	case []any:
		out := make([]string, 0, len(x))
		for _, e := range x {
			s, ok := e.(string)
			if !ok {
				return nil, &lint.OptionError{Option: name, Msg: fmt.Sprintf("want a list of strings, got %v", e)}
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, &lint.OptionError{Option: name, Msg: fmt.Sprintf("want a list of strings, got %v", v)}
}
