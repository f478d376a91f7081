package main

import (
	"fmt"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/translint/translint/lint"
)

func newRulesCmd() *cobra.Command {
	var cfgPath string
	var page rulesPageFlags
	c := &cobra.Command{
		Use:   "rules",
		Short: "List the rules with their default severity and title",
		Long: `List the built-in rules and the user-defined rules of the configuration found from
the current folder (the nearest .translint.yaml), or of --config FILE.`,
		Args: cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if done, err := page.write(c.OutOrStdout()); done {
				return err
			}
			all, err := configuredRules(cfgPath)
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(c.OutOrStdout(), 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "RULE\tSEVERITY\tTITLE")
			for _, r := range all {
				fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID(), r.DefaultSeverity(), r.Doc().Title)
			}
			return tw.Flush()
		},
	}
	c.Flags().StringVarP(&cfgPath, "config", "c", "", "read user-defined rules from this configuration `FILE`")
	page.add(c)
	return c
}

func newExplainCmd() *cobra.Command {
	var cfgPath string
	c := &cobra.Command{
		Use:   "explain RULE",
		Short: "Show a rule's documentation with a bad and a good example",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 {
				return fmt.Errorf("explain takes one rule id, got %d (see 'translint rules')", len(args))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			all, err := configuredRules(cfgPath)
			if err != nil {
				return err
			}
			var r lint.Rule
			for _, b := range all {
				if b.ID() == args[0] {
					r = b
				}
			}
			if r == nil {
				return &codeError{exitError, fmt.Errorf("unknown rule %q (see 'translint rules')", args[0])}
			}
			fmt.Fprint(c.OutOrStdout(), Explain(r))
			return nil
		},
	}
	c.Flags().StringVarP(&cfgPath, "config", "c", "", "read user-defined rules from this configuration `FILE`")
	return c
}

// Explain renders a rule's documentation as plain text.
func Explain(r lint.Rule) string {
	d := r.Doc()
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\nDefault severity: %s\n\n%s\n", r.ID(), d.Title, r.DefaultSeverity(), strings.TrimSpace(d.Text))
	fmt.Fprintf(&b, "\nBad:\n%s\n\nGood:\n%s\n", indent(d.Bad), indent(d.Good))
	if len(d.Options) > 0 {
		b.WriteString("\nOptions:\n")
		for _, o := range d.Options {
			fmt.Fprintf(&b, "  %s (%s, default %s): %s\n", o.Name, o.Type, o.Default, o.Text)
		}
	}
	return b.String()
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n")
}
