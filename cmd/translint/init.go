package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/translint/translint/lint/config"
)

func newInitCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "init [DIR]",
		Short: "Write a commented default .translint.yaml (never overwrites)",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(c *cobra.Command, args []string) error {
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			for _, n := range config.FileNames {
				p := filepath.Join(dir, n)
				if _, err := os.Lstat(p); err == nil {
					return &codeError{exitError, fmt.Errorf("%s already exists; not overwriting it", p)}
				}
			}
			p := filepath.Join(dir, config.FileNames[0])
			f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
			if err != nil {
				var pe *fs.PathError
				if errors.As(err, &pe) {
					err = pe.Err
				}
				return &codeError{exitError, fmt.Errorf("%s: %v", p, err)}
			}
			_, err = f.WriteString(config.Template)
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return &codeError{exitError, fmt.Errorf("%s: %v", p, err)}
			}
			fmt.Fprintf(c.OutOrStdout(), "wrote %s\n", p)
			return nil
		},
	}
}
