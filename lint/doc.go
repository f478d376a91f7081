// Package lint is the contract between translint's rules and the rest of
// the program: a Document and its Blocks, Words and Spans; the Findings a
// rule reports, with their Related places and Edits; the Rule metadata
// (RuleDoc, OptionDoc, Severity) and the Checker a rule implements; the
// options a rule decodes (Configurable, DecodeOptions); and the corpus a
// rule may consult (Corpus, CorpusUser, KeyOf).
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
// Rules import lint (and lint/langid, lint/layer, lint/source), never
// lint/read, lint/engine, lint/corpus or lint/suppress; a test in rules
// keeps it so. Tests of rules may use the readers to build documents.
package lint
