// Package rules is the one explicit list of translint's built-in rules.
// There is no init() registration: a rule exists when it is listed here.
package rules

import (
	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/rules/artifacts"
	"github.com/translint/translint/rules/boilerplate"
	"github.com/translint/translint/rules/droppedname"
	"github.com/translint/translint/rules/foreignfragment"
	"github.com/translint/translint/rules/names"
	"github.com/translint/translint/rules/repetition"
	"github.com/translint/translint/rules/source"
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
	all = append(all, repetition.New())
	all = append(all, names.New())
	all = append(all, source.Rules()...)
	return all
}

// Precedence is the findings pipeline's merge policy for the built-in rules:
// where findings of different rules cover the same defect, which one stands
// (engine.Precedence). It lives beside the list because it is about how the
// rules relate, which no single rule knows.
func Precedence() *engine.Precedence {
	return &engine.Precedence{
		// A block the reader should delete absorbs the advice on its parts:
		// foreign chrome is one boilerplate finding, not also a fragment to
		// translate; a repeated teaser is deleted whole, its cut word too.
		Blocks: map[string]bool{"boilerplate": true, "duplicated-teaser": true},
		Over: map[string][]string{
			// Damaged bytes are not a foreign language nor glued words.
			"mojibake": {"foreign-fragment", "wrong-language", "glued-words", "punctuation"},
			// An escaped code point or a broken entity is the cause of the
			// odd punctuation or the glued word around it.
			"escaped-character": {"foreign-fragment", "glued-words", "punctuation"},
			"broken-entity":     {"glued-words", "punctuation"},
			// A word cut before the next sentence explains the capital
			// that seems to open a sentence mid-way.
			"truncation": {"punctuation"},
			// A hole left by a lost name explains the stray comma beside it;
			// with the original at hand, the name the source passage has
			// and the sentence lacks is that hole's name (dropped-name
			// then names it), not a second defect.
			"dropped-name": {"punctuation", "source-name"},
			// An article wholly in another language is one finding, not
			// also a fragment of itself.
			"wrong-language": {"foreign-fragment"},
			// A look-alike letter of another script inside a Latin word is
			// not a foreign word.
			"mixed-script": {"foreign-fragment", "glued-words"},
			// A passage left in the source's language is one finding,
			// not also foreign fragments of it.
			"untranslated-passage": {"foreign-fragment"},
			// A foreign word glued to English is untranslated text first.
			"foreign-fragment": {"glued-words"},
		},
	}
}
