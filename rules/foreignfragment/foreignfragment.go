// Package foreignfragment finds text left in another language inside a
// translated article: an untranslated clause, a footer or a widget in the
// source language (rule foreign-fragment), or a whole article that is not in
// its target language at all (rule wrong-language).
//
// Detection has three stages. Stage 1 needs no model: runs of letters in a
// script the target language does not use (Cyrillic, Han, Hangul, Arabic,
// Greek...) are candidates. Stage 2, for targets written in Latin script,
// looks for windows of words dominated by another language's closed-class
// words (compiled-in lists for about twenty languages) with none of the
// target's own. Stage 3 asks a language detector (package langid) to confirm
// and name the language of the candidate span only; the detector never
// decides alone: a span needs the evidence of stage 1 or 2 first.
package foreignfragment

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/layer"
)

// Rule is foreign-fragment. Build it with New; the zero value has no
// defaults.
type Rule struct {
	// Languages are the source languages (ISO 639-1) the detector may name;
	// empty means every language translint knows. The target language is
	// always added.
	Languages []string
	// MinWords is the fewest words a fragment in the target's own script
	// (found by function words) must have.
	MinWords int
	// Allow lists terms never flagged; an entry written /like this/ is a
	// regular expression. Matching is case-insensitive.
	Allow []string
	// Glosses leaves alone foreign text given as a gloss of the text next to
	// it: "Zelensky (Зеленський)", "共同富裕 (common prosperity)".
	Glosses bool
	// Detector names languages; nil means langid.Shared().
	Detector langid.Detector

	once       sync.Once
	allowRE    []*regexp.Regexp
	allowTerms []string        // lower-cased; they match whole words
	langKey    string          // Languages joined, to key remembered answers
	langs      map[string]bool // Languages normalised; nil when not set
}

// New returns the rule with its default options.
func New() *Rule { return &Rule{MinWords: 3, Glosses: true} }

// ID implements lint.Rule.
func (r *Rule) ID() string { return "foreign-fragment" }

// DefaultSeverity implements lint.Rule.
func (r *Rule) DefaultSeverity() lint.Severity { return lint.SeverityError }

// Doc implements lint.Rule.
func (r *Rule) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Untranslated source-language text",
		Text: "Flags text left in another language inside an article: a clause the translator skipped, " +
			"a newsletter box, share widget or copyright line in the source language. Each contiguous " +
			"fragment is one finding, trimmed to its words, and the message names its language; lines in " +
			"another script and one language with nothing else between them (a widget, a footer) are one " +
			"fragment, up to 400 bytes.\n\n" +
			"Text in a script the target language does not use is a candidate on its own; text in the " +
			"same script is a candidate when another language's function words dominate a window of at " +
			"least min-words words (two on a short line of its own that starts with a capital) and the target's own function " +
			"words are absent. A language detector then confirms and names the language of the fragment only. " +
			"Two more shapes need no function words: a date with another language's month name after the day " +
			"(\"27 Octombrie 2019\", \"3 de marzo\"), and a run of four or more capitalised pinyin syllables, one of " +
			"them spelt as no English word is (a title left in romanised Chinese). In English prose, a lower-case word " +
			"of seven letters or more with two marks of romanised Russian or Ukrainian, a case ending (-ymi, -ykh, -ogo, " +
			"-oho, -iy, -yy, -oyu, -ami, -akh...) and before it a cluster of a romanisation (zh, kh, shch, yv, vsh...), is one " +
			"untranslated word (\"tired and razdrazhennymi faces\"), a warning; names (capitalised), quoted or italic words and words " +
			"after \"called\", \"as\" or \"the word\" or glossed in brackets are cited on purpose, and placeholders " +
			"(\"ddmmyyyy\") and run-together pinyin are no Slavic words.\n\n" +
			"Left alone: loanwords and established terms (déjà vu, Zeitenwende, siloviki), glosses such as " +
			"\"Zelensky (Зеленський)\" or \"共同富裕 (common prosperity)\", a quoted foreign title next to its " +
			"translation, URLs, e-mail addresses, hashtags, code and masked markup, and a one-word name in " +
			"another script when the same name appears transliterated nearby, a short name in its own script in a list " +
			"of names (also the first, after a colon), beside its romanisation (\"林博仁 Buo-ren Lin\") or closing a bracketed credit " +
			"after an issue number (\"(issue #12, 陈思远)\"), a term in the target's script after \"known as\" or \"called\" " +
			"(up to three words), a date on a line that names its language, settings in configuration snippets, acronyms such as " +
			"\"UN\", mojibake (\"โ€œ\", reported by the mojibake rule) and look-alike letters inside a Latin word or code " +
			"(\"Н4К20\", reported by the artifacts rules). On an article that is not in its target language at all, " +
			"the rule reports the article once, as wrong-language does, whether or not that rule is on. On a page whose language " +
			"only its path declares (content/de/…, i18n/de/…, post.de.md) its findings are warnings, as wrong-language's are. The fix is to translate the " +
			"fragment or remove it; translint never invents a translation.\n\n" +
			"With the original at hand (check --source), its language (declared, or read from its text) is a stronger " +
			"signal: a fragment in a script the source language uses, with no letters that tell another language, is named " +
			"as the source language; a window of the source language's function words that the original has word for word " +
			"is reported even when the detector reads the target language in its few words; and a window that the original " +
			"has as a name, its first and last words capitalised inside a source sentence (\"Initiative Wir sind die Stadt\"), " +
			"is a name the translation keeps and is left alone.",
		Bad:  "The agreement was reached [после долгих переговоров с соседями] and approved by the council.",
		Good: "The agreement was reached after long talks with the neighbours and approved by the council.",
		Options: []lint.OptionDoc{
			{Name: "languages", Type: "list of ISO 639-1 codes", Default: "all known languages",
				Text: "Source languages the detector may name; fewer languages start faster and use less memory."},
			{Name: "min-words", Type: "integer", Default: "3",
				Text: "Fewest words a fragment in the target's own script needs (text in another script is flagged from one word)."},
			{Name: "allow", Type: "list of strings", Default: "[]",
				Text: "Terms never flagged, matched case-insensitively; /…/ marks a regular expression."},
			{Name: "glosses", Type: "boolean", Default: "true",
				Text: "Leave alone foreign text given as a gloss: in brackets after a name or quote, or before a bracketed translation."},
		},
	}
}

// Check implements lint.Rule.
func (r *Rule) Check(doc *lint.Document) []lint.Finding {
	c := r.checker(doc)
	if lang, block := c.docLanguage(); lang != "" {
		// the whole article is untranslated: one finding, not one per
		// sentence, whether or not wrong-language is on (it reports the same
		// block; the findings pipeline keeps one of the two)
		return byPath(doc, []lint.Finding{c.wholeArticle(lang, block)})
	}
	return byPath(doc, c.fragments())
}

// byPath lowers to warnings the findings of a page whose language only its
// path declares (content/de/…, i18n/de/…, post.de.md): translation
// platforms commit untranslated copies there until a translator takes
// them, and a site's build should not fail on them. Both rules that judge
// text against the target language (this one and wrong-language) use it.
func byPath(doc *lint.Document, fs []lint.Finding) []lint.Finding {
	if doc.LangByPath {
		for i := range fs {
			fs[i].Severity = lint.SeverityWarning
		}
	}
	return fs
}

// builtinAllow are loan phrases English uses as they are.
var builtinAllow = []string{
	"déjà vu", "joie de vivre", "coup d'état", "raison d'être", "c'est la vie", "à la carte",
	"vis-à-vis", "tête-à-tête", "pièce de résistance", "crème de la crème", "fait accompli",
	"par excellence", "savoir faire", "laissez faire", "enfant terrible", "noblesse oblige",
	"hasta la vista", "persona non grata", "status quo", "de facto", "de jure", "ad hoc",
	"mea culpa", "modus operandi", "quid pro quo", "bona fide", "et al", "per se", "dolce vita",
	"la dolce vita", "cordon sanitaire", "je ne sais quoi", "mise en scène", "film noir",
	"belle époque", "ancien régime", "deus ex machina", "in vino veritas", "carpe diem",
	"sine qua non", "alma mater", "terra incognita", "pro bono", "mutatis mutandis",
	"crème brûlée", "crème fraîche", "café au lait", "à la mode", "bon appétit", "coup de grâce",
	"tarte tatin", "pâté de campagne", "señor", "señora", "hors d'œuvre", "hors d'oeuvre",
}

func (r *Rule) compile() {
	r.once.Do(func() {
		r.langKey = strings.Join(r.Languages, ",")
		if len(r.Languages) > 0 {
			r.langs = map[string]bool{}
			for _, l := range r.Languages {
				r.langs[langid.Normalize(l)] = true
			}
		}
		for _, a := range append(append([]string(nil), builtinAllow...), r.Allow...) {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			if isAllowPattern(a) {
				if re, err := compileAllow(a); err == nil {
					r.allowRE = append(r.allowRE, re)
				} // Configure rejects an invalid expression; a Rule built in code allows nothing by it
				continue
			}
			r.allowTerms = append(r.allowTerms, strings.ToLower(a))
		}
	})
}

// isAllowPattern: an allow entry written /like this/ is a regular expression.
func isAllowPattern(a string) bool {
	return len(a) > 2 && strings.HasPrefix(a, "/") && strings.HasSuffix(a, "/")
}

// compileAllow compiles an allow entry written /like this/.
func compileAllow(a string) (*regexp.Regexp, error) {
	return regexp.Compile(`(?i)` + a[1:len(a)-1])
}

// allowed reports whether an allow entry matches text covering the whole
// fragment (looking at most 200 bytes around it).
func (r *Rule) allowed(doc *lint.Document, block, frag lint.Span) bool {
	lo, hi := max(block.Start, frag.Start-200), min(block.End, frag.End+200)
	for _, re := range r.allowRE {
		for _, m := range re.FindAllIndex(doc.Text[lo:hi], -1) {
			if lo+m[0] <= frag.Start && lo+m[1] >= frag.End {
				return true
			}
		}
	}
	if len(r.allowTerms) == 0 {
		return false
	}
	// lower-casing keeps the byte length of the letters that matter here
	window := bytes.ToLower(doc.Text[lo:hi])
	if len(window) != hi-lo {
		window = doc.Text[lo:hi]
	}
	for _, term := range r.allowTerms {
		// only an occurrence starting at most at frag.Start and ending at
		// least at frag.End counts: search just the bytes it could cover
		from, to := max(lo, frag.End-len(term)), min(hi, frag.Start+len(term))
		for off := from - lo; off < to-lo; {
			i := bytes.Index(window[off:to-lo], []byte(term))
			if i < 0 {
				break
			}
			a, b := lo+off+i, lo+off+i+len(term)
			if a <= frag.Start && b >= frag.End && wordEdges(doc.Text, a, b) {
				return true
			}
			off += i + 1
		}
	}
	return false
}

// wordEdges reports whether text[a:b] neither starts nor ends inside a word.
func wordEdges(text []byte, a, b int) bool {
	if r, _ := utf8.DecodeLastRune(text[:a]); a > 0 && lint.IsWordRune(r) {
		return false
	}
	if r, _ := utf8.DecodeRune(text[b:]); b < len(text) && lint.IsWordRune(r) {
		return false
	}
	return true
}

type checker struct {
	r        *Rule
	doc      *lint.Document
	target   string
	tscripts []script
	tbit     langMask
	tab      *funcTables
	det      langid.Detector
	langs    map[string]bool // allowed source languages; nil = all
	minWords int
	infos    []wordInfo // scratch for stage 2
}

func (r *Rule) checker(doc *lint.Document) *checker {
	r.compile()
	c := &checker{r: r, doc: doc, target: doc.Lang, tab: tables(), det: r.Detector, minWords: r.MinWords}
	if c.target == "" {
		c.target = "en"
	}
	if c.det == nil {
		c.det = langid.Shared()
	}
	if c.minWords < 1 {
		c.minWords = 1
	}
	c.tscripts = targetScripts(c.target)
	c.tbit = langBit(c.target)
	c.langs = r.langs
	return c
}

// candidates filters languages by the languages option and adds the target.
func (c *checker) candidates(langs []string) []string {
	out := []string{c.target}
	for _, l := range langs {
		if l != c.target && (c.langs == nil || c.langs[l]) {
			out = append(out, l)
		}
	}
	return out
}

func (c *checker) isTargetScript(s script) bool {
	for _, t := range c.tscripts {
		if t == s {
			return true
		}
	}
	return false
}

// foreignScript: a word in this script is foreign by its letters alone.
func (c *checker) foreignScript(s script) bool {
	if s == scriptNone || c.isTargetScript(s) {
		return false
	}
	if s == scriptLatin {
		return false // Latin names and brands are everywhere
	}
	return true
}

// tok is a word of a block.
type tok struct {
	lint.Span
	sc    script
	upper bool   // starts with an upper-case letter
	digit bool   // has no letter
	key   uint64 // a short ASCII word lower-cased and packed (see packWord); 0 otherwise
	plain bool   // ASCII letters and digits only (hyphens allowed, no apostrophe)
}

// tokens is the words of a span, from the document's shared word cache,
// each classified.
func (c *checker) tokens(b lint.Span) []tok {
	return appendTokens(nil, c.doc.Text, c.doc.WordsIn(b))
}

// appendTokens appends the words ws of text to out, classified: script and
// case by the language layer (layer.AttrKeyOf), computed as the words are
// read rather than kept (most blocks of an article with typographic quotes
// are read here, and a kept byte a word added 8 MiB to a 52 MB file), and
// the packed key.
func appendTokens(out []tok, text []byte, ws []lint.Word) []tok {
	out = slices.Grow(out, len(ws))
	for _, w := range ws {
		out = append(out, classify(text, w.Span()))
	}
	return out
}

// classify makes the token of the word w of text: its script and case are
// its attribute's (layer.AttrKeyOf); the ASCII shape is read from its
// bytes, up to the first beyond ASCII, and a short ASCII word without
// joiners keeps the layer's key.
func classify(text []byte, w lint.Span) tok {
	a, k, _ := layer.AttrKeyOf(text, w)
	t := tok{Span: w, sc: a.Script(), upper: a.UpperFirst(), digit: a.Number()}
	plain, joined := true, false
	for i := w.Start; i < w.End; i++ {
		switch ch := text[i]; byteClass[ch] {
		case clJoiner: // inner: a word never ends on one
			if ch == '\'' {
				plain = false // elisions ("qu'il") take the slow path
			}
			joined = true
		case clHigh: // a letter, a mark or the joiners ’ and ‐
			plain = false
			i = w.End
		}
	}
	if plain && !joined && w.Len() <= 8 {
		t.key = k
	}
	t.plain = plain
	return t
}

// scratch holds per-check buffers, reused across documents (they carry no
// state from one check to the next).
type scratch struct {
	toks  []tok
	infos []wordInfo
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

func getScratch() *scratch  { return scratchPool.Get().(*scratch) }
func putScratch(s *scratch) { scratchPool.Put(s) }

// byte classes of classify: the joiners inside a word and the first bytes
// of longer runes
const (
	clOther  uint8 = iota
	clJoiner       // ' and -
	clHigh         // the first byte of a multi-byte rune
)

var byteClass = func() (t [256]uint8) {
	t['\''], t['-'] = clJoiner, clJoiner
	for c := 0x80; c < 0x100; c++ {
		t[c] = clHigh
	}
	return t
}()

func (c *checker) fragments() []lint.Finding {
	var out []lint.Finding
	var frags []scriptFrag
	sc := getScratch()
	defer putScratch(sc)
	c.infos = sc.infos[:0]
	toks := sc.toks[:0]
	defer func() { sc.toks, sc.infos = toks[:0], c.infos[:0] }()
	fw := c.tbit != 0 && c.isTargetScript(scriptLatin)
	slavic := fw && c.target == "en" // romanised Slavic words are looked for in English prose
	for _, b := range c.doc.Blocks {
		ws := c.doc.WordsIn(b.Span)
		quiet, slavicFree := quietASCII(c.tab, c.doc.Text, b.Span, ws, fw, c.tbit)
		var words []lint.Finding
		if slavic && !slavicFree { // after quietASCII: the block's bytes are in the cache
			words = c.romanisedWords(b.Span, ws)
		}
		if quiet {
			out = append(out, words...)
			continue
		}
		toks = appendTokens(toks[:0], c.doc.Text, ws)
		frags = append(frags, c.scriptRuns(b.Span, toks)...)
		if fw {
			runs := c.functionWordRuns(b.Span, toks)
			for _, w := range words {
				if !slices.ContainsFunc(runs, func(r lint.Finding) bool { return r.Overlaps(w.Span) }) {
					out = append(out, w)
				}
			}
			out = append(out, runs...)
			out = append(out, c.foreignDates(b.Span, toks, runs)...)
			out = append(out, c.pinyinRuns(b.Span, toks)...)
		}
	}
	return append(out, c.nameFragments(frags)...)
}

// wholeArticle is the one finding of an article that is not in its target
// language at all, on its first block.
func (c *checker) wholeArticle(lang string, block lint.Span) lint.Finding {
	return lint.Finding{
		Span:       block,
		Message:    fmt.Sprintf("the whole article is untranslated %s text, not %s", langid.Name(lang), langid.Name(c.target)),
		Suggestion: fmt.Sprintf("translate the article into %s, or declare its language", langid.Name(c.target)),
	}
}

func (c *checker) finding(frag lint.Span, lang string) lint.Finding {
	name := langid.Name(lang)
	if lang == "" {
		name = "foreign-language"
	}
	ex := c.doc.SrcOf(frag)
	if utf8.RuneCountInString(ex) > 80 {
		ex = string([]rune(ex)[:77]) + "…"
	}
	return lint.Finding{
		Span:       frag,
		Message:    fmt.Sprintf("untranslated %s text: \"%s\"", name, ex),
		Suggestion: fmt.Sprintf("remove it or translate it into %s", langid.Name(c.target)),
	}
}

// wordUnits counts the words of a span for length decisions; scripts written
// without spaces count one word per two characters.
func (c *checker) wordUnits(toks []tok) int {
	n := 0
	for _, t := range toks {
		if t.digit {
			continue
		}
		switch t.sc {
		case scriptHan, scriptKana, scriptThai:
			n += (utf8.RuneCount(c.doc.Text[t.Start:t.End]) + 1) / 2
		default:
			n++
		}
	}
	return n
}
