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
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
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

	once    sync.Once
	allowRE []allowPattern
}

// allowPattern is a compiled allow entry; literal terms must match whole
// words (Go's \b only knows ASCII letters).
type allowPattern struct {
	re      *regexp.Regexp
	literal bool
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
			"fragment is one finding, trimmed to its words, and the message names its language.\n\n" +
			"Text in a script the target language does not use is a candidate on its own; text in the " +
			"same script is a candidate when another language's function words dominate a window of at " +
			"least min-words words and the target's own function words are absent. A language detector " +
			"then confirms and names the language of the fragment only.\n\n" +
			"Left alone: loanwords and established terms (déjà vu, Zeitenwende, siloviki), glosses such as " +
			"\"Zelensky (Зеленський)\" or \"共同富裕 (common prosperity)\", a quoted foreign title next to its " +
			"translation, URLs, e-mail addresses, hashtags, code and masked markup, and a one-word name in " +
			"another script when the same name appears transliterated nearby. The fix is to translate the " +
			"fragment or remove it; translint never invents a translation.",
		Bad:  "The ruling was confirmed judicially [путем закрытия этих площадок] and supported by legislators.",
		Good: "The ruling was confirmed judicially by closing these platforms and supported by legislators.",
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
	if lang, _ := c.documentLanguage(); lang != "" {
		return nil // one wrong-language finding instead
	}
	return c.fragments()
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
}

func (r *Rule) compile() {
	r.once.Do(func() {
		for _, a := range append(append([]string(nil), builtinAllow...), r.Allow...) {
			a = strings.TrimSpace(a)
			if a == "" {
				continue
			}
			pat, literal := regexp.QuoteMeta(a), true
			if len(a) > 2 && strings.HasPrefix(a, "/") && strings.HasSuffix(a, "/") {
				pat, literal = a[1:len(a)-1], false
			}
			re, err := regexp.Compile(`(?i)` + pat)
			if err != nil {
				continue // an invalid expression allows nothing
			}
			r.allowRE = append(r.allowRE, allowPattern{re, literal})
		}
	})
}

// allowed reports whether an allow entry matches text covering the whole span.
func (r *Rule) allowed(doc *lint.Document, block, frag lint.Span) bool {
	text := doc.Text[block.Start:block.End]
	for _, p := range r.allowRE {
		for _, m := range p.re.FindAllIndex(text, -1) {
			if p.literal && !wordEdges(text, m[0], m[1]) {
				continue
			}
			if block.Start+m[0] <= frag.Start && block.Start+m[1] >= frag.End {
				return true
			}
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
	det      langid.Detector
	langs    map[string]bool // allowed source languages; nil = all
	minWords int
}

func (r *Rule) checker(doc *lint.Document) *checker {
	r.compile()
	c := &checker{r: r, doc: doc, target: doc.Lang, det: r.Detector, minWords: r.MinWords}
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
	if len(r.Languages) > 0 {
		c.langs = map[string]bool{}
		for _, l := range r.Languages {
			c.langs[lint.NormalizeLang(l)] = true
		}
	}
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
	upper bool // starts with an upper-case letter
	digit bool // has no letter
}

func (c *checker) tokens(b lint.Span) []tok {
	ws := lint.Words(c.doc.Text, b)
	out := make([]tok, len(ws))
	for i, w := range ws {
		bs := c.doc.Text[w.Start:w.End]
		r, _ := utf8.DecodeRune(bs)
		t := tok{Span: w.Span, sc: wordScript(bs), upper: unicode.IsUpper(r)}
		t.digit = t.sc == scriptNone
		out[i] = t
	}
	return out
}

func (c *checker) fragments() []lint.Finding {
	var out []lint.Finding
	var frags []scriptFrag
	for _, b := range c.doc.Blocks {
		toks := c.tokens(b.Span)
		frags = append(frags, c.scriptRuns(b.Span, toks)...)
		if c.tbit != 0 && c.isTargetScript(scriptLatin) {
			out = append(out, c.functionWordRuns(b.Span, toks)...)
		}
	}
	return append(out, c.nameFragments(frags)...)
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
