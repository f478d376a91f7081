// Package lint is the contract between translint's rules and the rest of
// the program: a Document and its Blocks, Words and Spans; the Findings a
// rule reports, with their Related places and Edits, and their order
// (Finding.Compare); the Rule metadata (RuleDoc, OptionDoc, Severity) and
// the Checker a rule implements; the rule that takes options
// (Configurable); and the corpus a rule may consult (Corpus, CorpusUser).
//
// Everything is a byte offset into the file as read. Readers never rewrite
// the text: markup (front matter, code, tags, URLs) is masked to spaces of
// the same length in Document.Text, so an offset found in Text is also an
// offset in Document.Src. Lines and columns (columns counted in Unicode code
// points) are derived only when a diagnostic is printed.
//
// The cut. lint holds what a rule needs to read a document and nothing
// that makes one, so that a rule's imports stay small and a rule cannot
// reach the machinery around it:
//
//   - lint/read reads bytes into Documents: encoding checks, the text,
//     Markdown and HTML readers, front matter, entities, masking, file
//     reading into pooled buffers and the languages paths declare. It
//     brings goldmark, the HTML tokenizer and the YAML parser, which no
//     rule needs.
//   - lint/engine runs rules over sources: reading, the corpus pass,
//     checking, the findings pipeline (stamp, filter, sort, merge,
//     repeats) and placing findings as diagnostics. It calls the readers,
//     so it cannot live in lint without lint holding the readers too.
//   - lint/corpus counts the lines that recur across the files of a run;
//     rules read it through the Corpus interface.
//   - lint/suppress applies the inline translint-disable comments and
//     reports the directive rules' findings; its rules are Rules without
//     Check (the findings come from the filter, not from a document).
//   - lint/internal/bufpool recycles the buffers behind Documents; the
//     document type, the readers and the engine share it.
//
// What is a method is one: a span trims itself (Span.Trim), a severity
// reads its name (Severity.UnmarshalText, for configuration and flags),
// and the document finds the word at an offset (Document.WordIndex).
//
// Word, Words and IsWordRune are language, yet stay here: Document.Words
// caches the words of the text once for every rule and recycles them with
// the document's buffers, so the tokenizer that fills the cache belongs to
// Document; Words is that tokenizer on text that is no document (a phrase
// of the configuration), and IsWordRune its class of characters, which the
// readers, lint/textkey and the rules' own scans use so that a word ends
// where the tokenizer ends it. lint/layer imports lint and builds on these
// words: moving them there would take a third package that both import,
// with lint naming its type again.
//
// Helpers that rules share live beside it, each in a package of its own,
// so that the contract stays the few names a rule must know:
//
//   - lint/textkey is the one fold (Normalize) and the one hash of text
//     (Of, Hash): the keys the corpus counts, the rules look up and match
//     by, and the keys the corpus pass keeps for the check pass (Keep,
//     Kept, through Document.Memo).
//   - lint/translit is the one romanisation of Cyrillic and Greek
//     (translit.Latin, in the form a caller needs), the one fold of Latin
//     letters (translit.Fold) and the variant key of romanised names.
//   - lint/option decodes a rule's options (option.Decode, option.Error).
//   - lint/langid names the language of a span and reads language codes
//     (langid.Normalize); lint/layer splits a document into tokens,
//     sentences and names; lint/source reads the original of a
//     translation.
//
// Rules import lint and those helpers, never lint/read, lint/engine,
// lint/corpus or lint/suppress; a test in rules keeps it so. Tests of rules
// may use the readers to build documents.
package lint
