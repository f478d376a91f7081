// Package engine runs rules over sources: it reads each file (lint/read),
// builds the run's corpus when a rule asks for one (lint/corpus), checks
// every document with its linter's rules, runs the findings pipeline
// (stamp, filter, sort, merge, repeats) and places the findings as
// diagnostics with lines and columns.
//
// It is a package of its own because it calls the readers (lint/read): in
// lint, it would pull the readers into lint, and every rule would build
// with goldmark, the HTML tokenizer and the file reading. A rule needs the
// contract to read a document, never the code that made it. The engine is
// the one place that knows them all.
//
// Linter.Rules holds lint.Rules; the engine checks documents with those
// that are lint.Checkers. The others, the directive rules of lint/suppress,
// are listed so that configuration can enable and grade their findings,
// which the suppression filter (Linter.Filter) reports.
package engine

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/internal/bufpool"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/read"
)

// Source is one input of a run: a file on disk, or bytes already read (stdin).
type Source struct {
	// Path is shown in reports and decides the format unless Format is set.
	Path string
	// Data, when non-nil, is used instead of reading Path.
	Data []byte
	// Format overrides the format implied by Path.
	Format *lint.Format
	// Original, when set, is the path of the article this one translates:
	// it is read and parsed beside the document (Document.Original) for
	// the rules that compare a translation with its source.
	Original string
	// OriginalLang is the original's language when the run knows it (a
	// configured source layout names it); the original's own declaration
	// wins.
	OriginalLang string
}

func (s Source) read() ([]byte, error) {
	if s.Data != nil {
		return s.Data, nil
	}
	return read.File(s.Path)
}

// Linter runs rules over sources.
type Linter struct {
	Rules []lint.Rule
	// Severity overrides a rule's default severity, by rule ID.
	Severity map[string]lint.Severity
	// Lang is the default target language (ISO 639-1); "en" when empty. A
	// document's own declaration wins.
	Lang string
	// LangPaths are the project's own layouts of translations (see
	// LangFromPath); a document's declaration and its file name win.
	LangPaths []*read.LangPattern
	// Jobs is the number of workers; GOMAXPROCS when < 1.
	Jobs int
	// Filter, when set, post-processes a document's stamped findings
	// (suppression comments, baselines). It must be safe for concurrent use.
	Filter func(doc *lint.Document, fs []lint.Finding) []lint.Finding
	// Precedence, when set, merges findings of different rules on the same
	// defect into one (merge.go).
	Precedence *Precedence
}

// FileResult is the outcome for one source, in the order of the sources.
type FileResult struct {
	Path        string
	Diagnostics []Diagnostic
	// Err is a read or parse error; the file was not linted.
	Err error
}

// Diagnostic is a finding placed for output.
type Diagnostic struct {
	Path       string
	Rule       string
	Severity   lint.Severity
	Message    string
	Suggestion string
	Start, End lint.Position
	// Excerpt is the file's text at the span.
	Excerpt string
	// SourceLine is the full text of the start line, without its line break.
	SourceLine string
	Fix        []lint.Edit
	Related    []RelatedLocation
}

// RelatedLocation is a Related span placed for output.
type RelatedLocation struct {
	// Path is empty for a place in the diagnostic's own file; otherwise the
	// file the place is in (the original of a translation).
	Path       string
	Start, End lint.Position
	Excerpt    string
	Message    string
}

// Run lints every source and returns one result per source, in order. The
// output does not depend on the number of workers.
func (l *Linter) Run(srcs []Source) []FileResult {
	jobs := make([]Job, len(srcs))
	for i, src := range srcs {
		jobs[i] = Job{Source: src, Linter: l}
	}
	return RunJobs(jobs, l.Jobs, nil)
}

// parallel calls f(0) … f(n-1) on up to workers goroutines (GOMAXPROCS when
// workers < 1).
func parallel(workers, n int, f func(i int)) {
	if workers < 1 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	// Workers take the next index from a counter: no channel hand-off and
	// no wake-up per file.
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

func (l *Linter) needsCorpus() bool {
	for _, r := range l.Rules {
		if c, ok := r.(lint.CorpusUser); ok && c.UsesCorpus() {
			return true
		}
	}
	return false
}

func (l *Linter) parse(src Source, data []byte) (*lint.Document, error) {
	format := read.FormatOf(src.Path)
	if src.Format != nil {
		format = *src.Format
	}
	doc, err := read.ParseAs(src.Path, format, data)
	if err != nil {
		return nil, err
	}
	if doc.DeclaredLang == "" {
		// "index.de.md", "content/de/…": the path declares the page's language.
		doc.DeclaredLang = read.LangFromPath(src.Path, l.LangPaths...)
		doc.LangByPath = doc.DeclaredLang != ""
	}
	doc.Lang = langid.Normalize(doc.DeclaredLang)
	if doc.Lang == "" {
		doc.Lang = langid.Normalize(l.Lang)
	}
	if doc.Lang == "" {
		doc.Lang = "en"
	}
	return doc, nil
}

func (l *Linter) lintSource(src Source, corpus lint.Corpus) FileResult {
	res := FileResult{Path: src.Path}
	doc := takeParsed(corpus, l, src)
	if doc == nil {
		data, err := src.read()
		if err != nil {
			res.Err = cleanIOError(err)
			return res
		}
		if doc, err = l.parseRead(src, data); err != nil {
			res.Err = err
			return res
		}
	}
	doc.Corpus = corpus
	if src.Original != "" {
		orig, err := l.readOriginal(src.Original, src.OriginalLang)
		if err != nil {
			res.Err = fmt.Errorf("source %s: %v", src.Original, err)
			return res
		}
		doc.Original = orig
		defer orig.Release()
	}
	fs, err := l.Check(doc)
	if err != nil {
		res.Err = err
		return res
	}
	res.Diagnostics = Place(doc, fs) // copies what it keeps of the document
	doc.Release()
	return res
}

// readOriginal reads and parses the source article of a translation. Its
// Lang is what it declares (front matter, <html lang>, "post.ru.md"), else
// lang (what the run knows of it), or "" when neither says: the run's
// default language is the translations', not the originals'.
func (l *Linter) readOriginal(path, lang string) (*lint.Document, error) {
	src := Source{Path: path}
	data, err := src.read()
	if err != nil {
		return nil, cleanIOError(err)
	}
	doc, err := l.parseRead(src, data)
	if err != nil {
		return nil, err
	}
	doc.Lang = langid.Normalize(doc.DeclaredLang)
	if doc.Lang == "" {
		doc.Lang = langid.Normalize(lang)
	}
	return doc, nil
}

// parseRead parses the bytes src.read returned. When the engine read the
// file itself, the buffer is pooled (lint/internal/bufpool): the document
// owns it and gives it back on Release.
func (l *Linter) parseRead(src Source, data []byte) (*lint.Document, error) {
	doc, err := l.parse(src, data[:len(data):len(data)])
	if src.Data != nil {
		return doc, err
	}
	if err != nil {
		bufpool.Put(data)
		return nil, err
	}
	doc.OwnSrc(data)
	return doc, nil
}

// SeverityOf is r's severity in this linter: its default unless Severity
// sets another.
func (l *Linter) SeverityOf(r lint.Rule) lint.Severity {
	if s, ok := l.Severity[r.ID()]; ok && s != lint.SeverityUnset {
		return s
	}
	return r.DefaultSeverity()
}

// Check runs every rule that checks documents (lint.Checker) on one parsed
// document, then the findings pipeline,
// as named stages in a fixed order:
//
//  1. stamp: rule ID and effective severity; spans clamped to the file;
//  2. filter: inline suppressions and allow-lists (Linter.Filter);
//  3. sort by position;
//  4. merge: one defect, one finding (Linter.Precedence);
//  5. repeats: one defect form of a rule, one finding (Finding.Form,
//     repeats.go).
//
// The baseline and output come after, on placed diagnostics. A rule that
// panics makes the whole document an error.
func (l *Linter) Check(doc *lint.Document) (fs []lint.Finding, err error) {
	for _, r := range l.Rules {
		c, ok := r.(lint.Checker)
		if !ok {
			continue // a directive rule: its findings come from the filter
		}
		found, perr := runRule(c, doc)
		if perr != nil {
			return nil, perr
		}
		sev := l.SeverityOf(r)
		for _, f := range found {
			f.Rule = r.ID()
			// a rule may lower one finding below the rule's severity (a
			// weaker case of its defect), never raise it
			if f.Severity == lint.SeverityUnset || f.Severity > sev {
				f.Severity = sev
			}
			f.Span = clampSpan(f.Span, len(doc.Src))
			fs = append(fs, f)
		}
	}
	if l.Filter != nil {
		fs = l.Filter(doc, fs)
	}
	slices.SortStableFunc(fs, lint.Finding.Compare)
	return repeats(l.Precedence.merge(fs)), nil
}

func runRule(r lint.Checker, doc *lint.Document) (fs []lint.Finding, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: rule %s panicked: %v\n%s", r.ID(), p, debug.Stack())
		}
	}()
	return r.Check(doc), nil
}

func clampSpan(s lint.Span, n int) lint.Span {
	if s.Start < 0 {
		s.Start = 0
	}
	if s.End > n {
		s.End = n
	}
	if s.End < s.Start {
		s.End = s.Start
	}
	return s
}

// Place converts findings into diagnostics with lines and columns.
func Place(doc *lint.Document, fs []lint.Finding) []Diagnostic {
	out := make([]Diagnostic, 0, len(fs))
	// Each line is copied once, however many findings it has: a minified
	// page is one long line with every finding on it.
	lines := map[int]string{}
	starts, ends := doc.Positioner(), doc.Positioner()
	for _, f := range fs {
		start := starts(f.Start)
		line, ok := lines[start.Line]
		if !ok {
			line = doc.SrcOf(doc.LineSpan(start.Line))
			lines[start.Line] = line
		}
		d := Diagnostic{
			Path: doc.Path, Rule: f.Rule, Severity: f.Severity, Message: f.Message,
			Suggestion: f.Suggestion, Start: start, End: ends(f.End),
			Excerpt: doc.SrcOf(f.Span), SourceLine: line, Fix: f.Fix,
		}
		for _, r := range f.Related {
			in := doc // the document the related span is a range of
			if r.Path != "" {
				if doc.Original == nil || doc.Original.Path != r.Path {
					continue // a place in a file this run did not read
				}
				in = doc.Original
			}
			rs := clampSpan(r.Span, len(in.Src))
			d.Related = append(d.Related, RelatedLocation{
				Path: r.Path, Start: in.Position(rs.Start), End: in.Position(rs.End),
				Excerpt: in.SrcOf(rs), Message: r.Message,
			})
		}
		if start.Line == 1 && hasBOM(doc.Src) {
			d.SourceLine = d.SourceLine[3:]
		}
		out = append(out, d)
	}
	return out
}

func hasBOM(b []byte) bool { return len(b) >= 3 && b[0] == 0xef && b[1] == 0xbb && b[2] == 0xbf }

// cleanIOError drops Go's "open " prefix noise: "no such file or directory".
func cleanIOError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// ChainFilters runs several Linter.Filter functions one after the other;
// nil ones are skipped.
func ChainFilters(filters ...func(*lint.Document, []lint.Finding) []lint.Finding) func(*lint.Document, []lint.Finding) []lint.Finding {
	var fs []func(*lint.Document, []lint.Finding) []lint.Finding
	for _, f := range filters {
		if f != nil {
			fs = append(fs, f)
		}
	}
	if len(fs) == 0 {
		return nil
	}
	return func(doc *lint.Document, found []lint.Finding) []lint.Finding {
		for _, f := range fs {
			found = f(doc, found)
		}
		return found
	}
}
