package foreignfragment

import (
	"fmt"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/option"
)

// Configure implements lint.Configurable: it returns a configured copy.
func (r *Rule) Configure(opts map[string]any) (lint.Rule, error) {
	in := struct {
		Languages []string `option:"languages"`
		Allow     []string `option:"allow"`
		MinWords  int      `option:"min-words" min:"1"`
		Glosses   bool     `option:"glosses"`
	}{Languages: r.Languages, Allow: r.Allow, MinWords: r.MinWords, Glosses: r.Glosses}
	if err := option.Decode(opts, &in); err != nil {
		return nil, err
	}
	for _, a := range in.Allow {
		if a = strings.TrimSpace(a); !isAllowPattern(a) {
			continue
		}
		if _, err := compileAllow(a); err != nil {
			return nil, &option.Error{Option: "allow", Msg: fmt.Sprintf("invalid regular expression %s: %v", a, err)}
		}
	}
	return &Rule{Languages: in.Languages, MinWords: in.MinWords, Allow: in.Allow, Glosses: in.Glosses, Detector: r.Detector}, nil
}

// Configure implements lint.Configurable: it returns a configured copy.
func (w *WrongLanguage) Configure(opts map[string]any) (lint.Rule, error) {
	ff := w.FF
	if ff == nil {
		ff = New()
	}
	for k := range opts {
		if k != "languages" {
			return nil, &option.Error{Option: k, Msg: "unknown option"}
		}
	}
	r, err := ff.Configure(opts)
	if err != nil {
		return nil, err
	}
	return &WrongLanguage{FF: r.(*Rule)}, nil
}
