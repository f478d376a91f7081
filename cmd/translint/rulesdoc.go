package main

//go:generate go run . rules --format markdown --output ../../docs/rules.md

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/translint/translint/lint/format"
)

// rulesPageFlags let `translint rules` write the rules page (docs/rules.md)
// instead of the table.
type rulesPageFlags struct {
	format, output string
}

func (p *rulesPageFlags) add(c *cobra.Command) {
	c.Flags().StringVar(&p.format, "format", "text", "text (a table) or markdown (the rules page)")
	c.Flags().StringVarP(&p.output, "output", "o", "", "write to `FILE` instead of standard output")
}

// write handles the markdown format and --output; done is false when the
// plain table should be printed to w.
func (p *rulesPageFlags) write(w io.Writer) (done bool, err error) {
	switch p.format {
	case "text":
		if p.output != "" {
			return true, fmt.Errorf("--output needs --format markdown")
		}
		return false, nil
	case "markdown":
	default:
		return true, &codeError{exitError, fmt.Errorf("unknown format %q (want text or markdown)", p.format)}
	}
	page := format.RulesPage(catalog())
	if p.output == "" {
		_, err := io.WriteString(w, page)
		return true, err
	}
	return true, os.WriteFile(p.output, []byte(page), 0o644)
}
