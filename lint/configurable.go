package lint

import "fmt"

// Configurable is implemented by rules that take options. Configure returns a
// configured copy and leaves the receiver unchanged, so rules stay pure. Option
// values arrive as decoded from the configuration file: string, bool, int,
// float64, []any or map[string]any. An unknown option or a value of the wrong
// type is an error, preferably an *OptionError naming the option.
type Configurable interface {
	Configure(opts map[string]any) (Rule, error)
}

// OptionError is a rule option the rule cannot accept.
type OptionError struct {
	Option string
	Msg    string
}

func (e *OptionError) Error() string { return fmt.Sprintf("option %q: %s", e.Option, e.Msg) }
