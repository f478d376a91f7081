package lint

import (
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
)

// Source is one input of a run: a file on disk, or bytes already read (stdin).
type Source struct {
	// Path is shown in reports and decides the format unless Format is set.
	Path string
	// Data, when non-nil, is used instead of reading Path.
	Data []byte
	// Format overrides the format implied by Path.
	Format *Format
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
	return readFile(s.Path)
}

// Linter runs rules over sources.
type Linter struct {
	Rules []Rule
	// Severity overrides a rule's default severity, by rule ID.
	Severity map[string]Severity
	// Lang is the default target language (ISO 639-1); "en" when empty. A
	// document's own declaration wins.
	Lang string
	// LangPaths are the project's own layouts of translations (see
	// LangFromPath); a document's declaration and its file name win.
	LangPaths []*LangPattern
	// Jobs is the number of workers; GOMAXPROCS when < 1.
	Jobs int
	// Filter, when set, post-processes a document's stamped findings
	// (suppression comments, baselines). It must be safe for concurrent use.
	Filter func(doc *Document, fs []Finding) []Finding
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
	Severity   Severity
	Message    string
	Suggestion string
	Start, End Position
	// Excerpt is the file's text at the span.
	Excerpt string
	// SourceLine is the full text of the start line, without its line break.
	SourceLine string
	Fix        []Edit
	Related    []RelatedLocation
}

// RelatedLocation is a Related span placed for output.
type RelatedLocation struct {
	// Path is empty for a place in the diagnostic's own file; otherwise the
	// file the place is in (the original of a translation).
	Path       string
	Start, End Position
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
		if c, ok := r.(CorpusUser); ok && c.UsesCorpus() {
			return true
		}
	}
	return false
}

func (l *Linter) parse(src Source, data []byte) (*Document, error) {
	format := FormatOf(src.Path)
	if src.Format != nil {
		format = *src.Format
	}
	doc, err := ParseAs(src.Path, format, data)
	if err != nil {
		return nil, err
	}
	if doc.DeclaredLang == "" {
		// "index.de.md", "content/de/…": the path declares the page's language.
		doc.DeclaredLang = LangFromPath(src.Path, l.LangPaths...)
	}
	doc.Lang = NormalizeLang(doc.DeclaredLang)
	if doc.Lang == "" {
		doc.Lang = NormalizeLang(l.Lang)
	}
	if doc.Lang == "" {
		doc.Lang = "en"
	}
	return doc, nil
}

func (l *Linter) lintSource(src Source, corpus Corpus) FileResult {
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
		defer orig.release()
	}
	fs, err := l.Check(doc)
	if err != nil {
		res.Err = err
		return res
	}
	res.Diagnostics = Place(doc, fs) // copies what it keeps of the document
	doc.release()
	return res
}

// readOriginal reads and parses the source article of a translation. Its
// Lang is what it declares (front matter, <html lang>, "post.ru.md"), else
// lang (what the run knows of it), or "" when neither says: the run's
// default language is the translations', not the originals'.
func (l *Linter) readOriginal(path, lang string) (*Document, error) {
	src := Source{Path: path}
	data, err := src.read()
	if err != nil {
		return nil, cleanIOError(err)
	}
	doc, err := l.parseRead(src, data)
	if err != nil {
		return nil, err
	}
	doc.Lang = NormalizeLang(doc.DeclaredLang)
	if doc.Lang == "" {
		doc.Lang = NormalizeLang(lang)
	}
	return doc, nil
}

// parseRead parses the bytes src.read returned. When the engine read the
// file itself, the buffer is pooled (bufpool.go): the document owns it and
// gives it back on release.
func (l *Linter) parseRead(src Source, data []byte) (*Document, error) {
	doc, err := l.parse(src, data[:len(data):len(data)])
	if src.Data != nil {
		return doc, err
	}
	if err != nil {
		putBuf(data)
		return nil, err
	}
	doc.srcBuf = data
	return doc, nil
}

// SeverityOf is r's severity in this linter: its default unless Severity
// sets another.
func (l *Linter) SeverityOf(r Rule) Severity {
	if s, ok := l.Severity[r.ID()]; ok && s != SeverityUnset {
		return s
	}
	return r.DefaultSeverity()
}

// Check runs every rule on one parsed document, then the findings pipeline,
// as named stages in a fixed order:
//
//  1. stamp: rule ID and effective severity; spans clamped to the file;
//  2. filter: inline suppressions and allow-lists (Linter.Filter);
//  3. sort by position;
//  4. merge: one defect, one finding (Linter.Precedence).
//
// The baseline and output come after, on placed diagnostics. A rule that
// panics makes the whole document an error.
func (l *Linter) Check(doc *Document) (fs []Finding, err error) {
	for _, r := range l.Rules {
		found, perr := runRule(r, doc)
		if perr != nil {
			return nil, perr
		}
		sev := l.SeverityOf(r)
		for _, f := range found {
			f.Rule = r.ID()
			f.Severity = sev
			f.Span = clampSpan(f.Span, len(doc.Src))
			fs = append(fs, f)
		}
	}
	if l.Filter != nil {
		fs = l.Filter(doc, fs)
	}
	SortFindings(fs)
	return l.Precedence.merge(fs), nil
}

func runRule(r Rule, doc *Document) (fs []Finding, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: rule %s panicked: %v\n%s", r.ID(), p, debug.Stack())
		}
	}()
	return r.Check(doc), nil
}

func clampSpan(s Span, n int) Span {
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

// SortFindings orders findings by offset, then end, then rule.
func SortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.Rule < b.Rule
	})
}

// Place converts findings into diagnostics with lines and columns.
func Place(doc *Document, fs []Finding) []Diagnostic {
	out := make([]Diagnostic, 0, len(fs))
	// Each line is copied once, however many findings it has: a minified
	// page is one long line with every finding on it.
	lines := map[int]string{}
	starts, ends := positioner{d: doc}, positioner{d: doc}
	for _, f := range fs {
		start := starts.at(f.Start)
		line, ok := lines[start.Line]
		if !ok {
			line = doc.SrcOf(doc.LineSpan(start.Line))
			lines[start.Line] = line
		}
		d := Diagnostic{
			Path: doc.Path, Rule: f.Rule, Severity: f.Severity, Message: f.Message,
			Suggestion: f.Suggestion, Start: start, End: ends.at(f.End),
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

// NormalizeLang turns "en-US", "EN_gb" or "English" into "en"; a code that
// names no language ("zz", "12") is "".
func NormalizeLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i >= 0 {
		s = s[:i]
	}
	if code, ok := langNames[s]; ok {
		return code
	}
	if len(s) == 2 && iso6391[s] {
		return s
	}
	return ""
}

// iso6391 holds the two-letter codes of ISO 639-1. A table of our own, not
// golang.org/x/text/language: that package builds its tables at program
// start, and only this check needed it.
var iso6391 = func() map[string]bool {
	const codes = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy " +
		"da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz " +
		"ia id ie ig ii ik in io is it iu iw ja ji jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li " +
		"ln lo lt lu lv mg mh mi mk ml mn mo mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi " +
		"pl ps pt qu rm rn ro ru rw sa sc sd se sg sh si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk " +
		"tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu"
	m := map[string]bool{}
	for _, c := range strings.Fields(codes) {
		m[c] = true
	}
	return m
}()

var langNames = map[string]string{
	"english": "en", "german": "de", "french": "fr", "spanish": "es", "russian": "ru",
	"ukrainian": "uk", "chinese": "zh", "italian": "it", "portuguese": "pt", "polish": "pl",
	"japanese": "ja", "korean": "ko", "arabic": "ar", "dutch": "nl", "turkish": "tr",
}

// cleanIOError drops Go's "open " prefix noise: "no such file or directory".
func cleanIOError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
