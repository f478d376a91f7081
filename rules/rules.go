// Package rules is the one explicit list of translint's built-in rules.
// There is no init() registration: a rule exists when it is listed here.
package rules

import (
	"github.com/translint/translint/lint"
	"github.com/translint/translint/rules/artifacts"
	"github.com/translint/translint/rules/boilerplate"
	"github.com/translint/translint/rules/droppedname"
	"github.com/translint/translint/rules/foreignfragment"
	"github.com/translint/translint/rules/teaser"
)

// All returns a fresh instance of every built-in rule, in a stable order.
func All() []lint.Rule {
	var all []lint.Rule
	all = append(all, foreignfragment.New(), foreignfragment.NewWrongLanguage())
	all = append(all, droppedname.New())
	all = append(all, teaser.DuplicatedTeaser{}, teaser.Truncation{})
	all = append(all, boilerplate.Default())
	all = append(all, artifacts.Rules()...)
	return all
}
