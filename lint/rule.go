package lint

// Rule is what the catalog knows of a rule: its ID, its documentation and
// its default severity. Configuration, suppression comments, `translint
// rules` and `explain`, the rules page and SARIF work on Rules.
//
// A rule that reads documents is also a Checker, and every built-in and
// custom rule is. The engine's directive rules (lint/suppress) are Rules
// only: their findings come from the suppression stage, so they carry
// their metadata and no Check.
type Rule interface {
	// ID is the stable kebab-case name used in config, suppressions and output.
	ID() string
	// Doc is the rule's documentation: the one source for `translint explain`,
	// the rules page and SARIF rule metadata.
	Doc() RuleDoc
	DefaultSeverity() Severity
}

// Checker is a Rule that checks documents. Checkers are pure: Check reads
// the document and returns findings; it keeps no state between calls and
// may run concurrently on different documents. The engine stamps each
// finding with the rule's ID and severity, applies suppressions and sorts.
//
// A finding must not hold memory of the document: the engine recycles the
// buffers behind Src and Text once the findings are placed (string
// conversions copy, so only unsafe aliasing could break this). Results
// derived from the document that several rules need go through
// Document.Words and Document.Memo, never through package state.
type Checker interface {
	Rule
	Check(doc *Document) []Finding
}

// RuleDoc documents a rule.
type RuleDoc struct {
	// Title is one line, no final period: "Untranslated source-language text".
	Title string
	// Text explains what the rule flags, why, and what it leaves alone.
	Text string
	// Bad is an example the rule flags; Good is its corrected form.
	Bad, Good string
	Options   []OptionDoc
}

// OptionDoc documents one option of a rule.
type OptionDoc struct {
	Name, Type, Default, Text string
}

// CorpusUser is implemented by rules that consult the run's Corpus (lines
// that recur across the files of one run). When an enabled rule implements it
// and more than one file is linted, the engine reads every file once more
// before checking, to build the corpus.
type CorpusUser interface {
	UsesCorpus() bool
}

// Corpus answers, for the key of a normalised line (textkey.Of, in
// lint/textkey), in how many files of the current run the line occurs.
type Corpus interface {
	Files(key uint64) int
	// Docs is the number of documents observed.
	Docs() int
}
