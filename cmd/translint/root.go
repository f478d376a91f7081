package main

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// version is set at build time with -ldflags "-X main.version=..."; a
// `go install`ed binary reports its module version.
var version = ""

func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return strings.TrimPrefix(bi.Main.Version, "v")
	}
	return "0.1.0-dev"
}

// exitError carries an exit code through cobra.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string { return e.err.Error() }

// run is main without the process: testable end to end.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	code := exitOK
	root := &cobra.Command{
		Use:           "translint",
		Short:         "Lint machine-translated articles",
		Long:          "translint finds the defects machine translation leaves in articles: untranslated\nfragments, dropped names, duplicated teasers, truncation, boilerplate and mechanical damage.",
		Version:       toolVersion(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("translint {{.Version}}\n") // as 'translint version' prints it
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return &codeError{exitError, fmt.Errorf("%v (see '%s --help')", err, c.CommandPath())}
	})
	root.AddCommand(newCheckCmd(&code), newRulesCmd(), newExplainCmd(), newVersionCmd(), newInitCmd(), newServeCmd())
	if err := root.Execute(); err != nil {
		fmt.Fprintf(stderr, "translint: error: %v\n", err)
		var ce *codeError
		if errors.As(err, &ce) {
			return ce.code
		}
		return exitError
	}
	return code
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the version",
		Args:  cobra.NoArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			fmt.Fprintf(c.OutOrStdout(), "translint %s\n", toolVersion())
			return nil
		},
	}
}
