package lint

// Configurable is implemented by rules that take options. Configure returns a
// configured copy and leaves the receiver unchanged, so rules stay pure. Option
// values arrive as decoded from the configuration file: string, bool, int,
// float64, []any or map[string]any. An unknown option or a value of the wrong
// type is an error, preferably an *option.Error (lint/option) naming the option,
// which option.Decode returns.
type Configurable interface {
	Configure(opts map[string]any) (Rule, error)
}
