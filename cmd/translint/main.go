// Command translint lints machine-translated articles for the defects that
// spell-checkers and grammar linters miss: untranslated fragments, dropped
// names, duplicated teasers, truncation, boilerplate and mechanical damage.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
