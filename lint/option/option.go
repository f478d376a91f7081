// Package option decodes a rule's options, as read from the configuration
// file, into a struct of the rule's own, so that every rule reports unknown
// options, wrong types and invalid regular expressions the same way.
//
// It is not in lint because decoding is machinery, not contract: lint says
// what a configurable rule is (lint.Configurable, lint.OptionDoc); how its
// options are read is a helper the rules that take options share, and the
// reflection it needs is no business of a rule that takes none.
package option

import (
	"fmt"
	"reflect"
	"regexp"
	"sort"
	"strings"
)

// Decode decodes a rule's options, as read from the configuration file,
// into the struct dst points to. Every failure is an *Error, which the CLI
// shows as a configuration error (exit 2).
//
// A field takes the option named by its `option:"NAME"` tag; fields without
// the tag are not options. Supported field types: string, []string (a
// single string is a list of one), bool, int (a whole number; the tag's
// `min:"N"` sets a least value), float64, *regexp.Regexp and
// []*regexp.Regexp (compiled here).
func Decode(opts map[string]any, dst any) error {
	v := reflect.ValueOf(dst).Elem()
	t := v.Type()
	fields := map[string]int{}
	for i := 0; i < t.NumField(); i++ {
		if name := t.Field(i).Tag.Get("option"); name != "" {
			fields[name] = i
		}
	}
	keys := make([]string, 0, len(opts))
	for k := range opts {
		keys = append(keys, k)
	}
	sort.Strings(keys) // the first error is the same on every run
	for _, k := range keys {
		i, ok := fields[k]
		if !ok {
			return &Error{Option: k, Msg: "unknown option" + known(fields)}
		}
		if err := decodeOption(v.Field(i), t.Field(i), opts[k]); err != nil {
			return &Error{Option: k, Msg: err.Error()}
		}
	}
	return nil
}

func known(fields map[string]int) string {
	names := make([]string, 0, len(fields))
	for n := range fields {
		names = append(names, n)
	}
	if len(names) == 0 {
		return " (the rule takes none)"
	}
	sort.Strings(names)
	return " (known: " + strings.Join(names, ", ") + ")"
}

var regexpType = reflect.TypeOf((*regexp.Regexp)(nil))

func decodeOption(f reflect.Value, sf reflect.StructField, val any) error {
	switch {
	case f.Type() == regexpType:
		s, ok := val.(string)
		if !ok {
			return fmt.Errorf("want a regular expression, got %v", val)
		}
		re, err := regexp.Compile(s)
		if err != nil {
			return fmt.Errorf("invalid regular expression: %v", err)
		}
		f.Set(reflect.ValueOf(re))
	case f.Type() == reflect.SliceOf(regexpType):
		list, err := strings1(val)
		if err != nil {
			return fmt.Errorf("want a list of regular expressions, got %v", val)
		}
		res := make([]*regexp.Regexp, len(list))
		for i, s := range list {
			if res[i], err = regexp.Compile(s); err != nil {
				return fmt.Errorf("invalid regular expression %q: %v", s, err)
			}
		}
		f.Set(reflect.ValueOf(res))
	case f.Kind() == reflect.String:
		s, ok := val.(string)
		if !ok {
			return fmt.Errorf("want a string, got %v", val)
		}
		f.SetString(s)
	case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String:
		list, err := strings1(val)
		if err != nil {
			return err
		}
		f.Set(reflect.ValueOf(list).Convert(f.Type()))
	case f.Kind() == reflect.Bool:
		b, ok := val.(bool)
		if !ok {
			return fmt.Errorf("want true or false, got %v", val)
		}
		f.SetBool(b)
	case f.Kind() == reflect.Int:
		n, ok := val.(int)
		if x, isFloat := val.(float64); isFloat && x == float64(int(x)) {
			n, ok = int(x), true
		}
		if !ok {
			return fmt.Errorf("want a whole number, got %v", val)
		}
		if m := sf.Tag.Get("min"); m != "" {
			least := 0
			fmt.Sscan(m, &least)
			if n < least {
				return fmt.Errorf("want a whole number of at least %d, got %v", least, val)
			}
		}
		f.SetInt(int64(n))
	case f.Kind() == reflect.Float64:
		switch x := val.(type) {
		case float64:
			f.SetFloat(x)
		case int:
			f.SetFloat(float64(x))
		default:
			return fmt.Errorf("want a number, got %v", val)
		}
	default:
		panic("option.Decode: unsupported field type " + f.Type().String())
	}
	return nil
}

// strings1 reads a list of strings; a single string is a list of one.
func strings1(v any) ([]string, error) {
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
				return nil, fmt.Errorf("want a list of strings, got %v", e)
			}
			out = append(out, s)
		}
		return out, nil
	}
	return nil, fmt.Errorf("want a list of strings, got %v", v)
}

// Error is a rule option the rule cannot accept.
type Error struct {
	Option string
	Msg    string
}

func (e *Error) Error() string { return fmt.Sprintf("option %q: %s", e.Option, e.Msg) }
