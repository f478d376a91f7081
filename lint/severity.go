package lint

import (
	"fmt"
	"strings"
)

// Severity ranks a finding. The zero value means "not set" (use the rule's default).
type Severity int

const (
	SeverityUnset Severity = iota
	SeverityInfo
	SeverityWarning
	SeverityError
	// SeverityNone is above every real severity: "--fail-on none" never fails.
	SeverityNone
)

func (s Severity) String() string {
	switch s {
	case SeverityInfo:
		return "info"
	case SeverityWarning:
		return "warning"
	case SeverityError:
		return "error"
	case SeverityNone:
		return "none"
	}
	return "unset"
}

// UnmarshalText sets s from its name: "error", "warning" (or "warn"),
// "info" and "none" (or "off"), in any case and with white space around
// it. On an unknown name it returns an error and leaves s as it was.
func (s *Severity) UnmarshalText(text []byte) error {
	switch strings.ToLower(strings.TrimSpace(string(text))) {
	case "error":
		*s = SeverityError
	case "warning", "warn":
		*s = SeverityWarning
	case "info":
		*s = SeverityInfo
	case "none", "off":
		*s = SeverityNone
	default:
		return fmt.Errorf("unknown severity %q (want error, warning, info or none)", text)
	}
	return nil
}
