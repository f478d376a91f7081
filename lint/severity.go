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

// ParseSeverity reads "error", "warning" (or "warn"), "info" and "none".
func ParseSeverity(s string) (Severity, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "error":
		return SeverityError, nil
	case "warning", "warn":
		return SeverityWarning, nil
	case "info":
		return SeverityInfo, nil
	case "none", "off":
		return SeverityNone, nil
	}
	return SeverityUnset, fmt.Errorf("unknown severity %q (want error, warning, info or none)", s)
}
