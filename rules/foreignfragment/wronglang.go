package foreignfragment

import (
	"fmt"
	"math/bits"
	"sort"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/layer"
)

// WrongLanguage is the rule wrong-language: an article that is not in its
// target language at all is one finding, not one per sentence.
type WrongLanguage struct {
	// Options shared with foreign-fragment (languages, detector).
	FF *Rule
}

// NewWrongLanguage returns the rule with its default options.
func NewWrongLanguage() *WrongLanguage { return &WrongLanguage{FF: New()} }

// ID implements lint.Rule.
func (w *WrongLanguage) ID() string { return "wrong-language" }

// DefaultSeverity implements lint.Rule.
func (w *WrongLanguage) DefaultSeverity() lint.Severity { return lint.SeverityError }

// Doc implements lint.Rule.
func (w *WrongLanguage) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Article not in its target language",
		Text: "Flags an article whose text is mostly in another language than its target (the language it " +
			"declares, or the run's default). It reports once, on the first block, and names the language; " +
			"foreign-fragment then reports the article once too (on the same block, so that it is found with " +
			"wrong-language off) instead of flagging every sentence. An " +
			"article mostly in another script, or in the same script without the target's function words, " +
			"is checked by the language detector on a sample of its text. A page whose language only its path " +
			"declares (content/de/…, i18n/de/…, post.de.md) is reported as a warning: translation platforms " +
			"commit untranslated copies there until a translator takes them, and a site's build should not fail on them.",
		Bad:  "Президент подписал указ о повышении пенсий. … (an article published on the English site)",
		Good: "The president signed a decree raising pensions. … (or the article declares lang: ru)",
		Options: []lint.OptionDoc{
			{Name: "languages", Type: "list of ISO 639-1 codes", Default: "all known languages",
				Text: "Languages the detector may name, as for foreign-fragment."},
		},
	}
}

// Check implements lint.Rule.
func (w *WrongLanguage) Check(doc *lint.Document) []lint.Finding {
	ff := w.FF
	if ff == nil {
		ff = New()
	}
	c := ff.checker(doc)
	lang, block := c.docLanguage()
	if lang == "" {
		return nil
	}
	f := lint.Finding{
		Span:    block,
		Message: fmt.Sprintf("the article is in %s, not %s", langid.Name(lang), langid.Name(c.target)),
		Suggestion: fmt.Sprintf("translate the article into %s, or declare its language (%s)",
			langid.Name(c.target), declareHow(doc, lang)),
	}
	if doc.LangByPath {
		f.Message = fmt.Sprintf("the page is in %s, though its path declares %s: not translated yet?",
			langid.Name(lang), langid.Name(c.target))
	}
	return byPath(doc, []lint.Finding{f})
}

// documentLanguage returns the language of an article that is mostly not in
// its target language, and the span of its first block; "" otherwise.
func (c *checker) documentLanguage() (string, lint.Span) {
	blocks := c.doc.BodyBlocks()
	if len(blocks) == 0 {
		blocks = c.doc.Blocks
	}
	if len(blocks) == 0 {
		return "", lint.Span{}
	}
	// letters by script, on a sample of the first 4 KB of body text; a
	// sample with few non-ASCII bytes is mostly Latin and is not counted
	var letters [scriptOther + 1]int
	total, budget, nonASCII := 0, 4096, 0
	for _, b := range blocks {
		t := c.doc.Text[b.Start:min(b.End, b.Start+budget)]
		budget -= len(t)
		nonASCII += countHigh(t)
		if budget <= 0 {
			break
		}
	}
	sampled := 4096 - max(budget, 0)
	for _, b := range blocks {
		if nonASCII*4 < sampled && c.isTargetScript(scriptLatin) {
			break // under a quarter: at most a few foreign words
		}
		t := c.doc.Text[b.Start:b.End]
		for i := 0; i < len(t); {
			ch := t[i]
			if ch < 0x80 {
				if ch|0x20 >= 'a' && ch|0x20 <= 'z' {
					letters[scriptLatin]++
					total++
				}
				i++
				continue
			}
			r, n := utf8.DecodeRune(t[i:])
			i += n
			if sc := layer.RuneScript(r); sc != scriptNone {
				letters[sc]++
				total++
			}
		}
	}
	if total == 0 { // not counted: Latin
		total = sampled
		letters[scriptLatin] = sampled
	}
	// function words, on a sample of the first 120 Latin words
	words, markers, foreignFW := 0, 0, 0
	var fwCount [32]int
	if c.tbit != 0 && letters[scriptLatin]*2 >= total {
		buf := make([]byte, 0, 32)
	sample:
		for _, b := range blocks {
			// each word is classified as it is read: the sample most often
			// ends after a few dozen words, inside the first block
			for _, w := range c.doc.WordsIn(lint.Span{Start: b.Start, End: min(b.End, b.Start+1000)}) {
				t := classify(c.doc.Text, w.Span())
				if t.sc != scriptLatin {
					continue
				}
				if words++; words > 120 {
					break sample
				}
				wi := c.wordInfo(buf[:0], t)
				if wi.marker {
					if markers++; markers*25 >= 120 {
						break sample // enough of the target's own words
					}
				}
				if wi.fw != 0 {
					foreignFW++
				}
				for m := wi.fw; m != 0; m &= m - 1 {
					fwCount[bits.TrailingZeros32(uint32(m))]++
				}
			}
		}
	}
	if total < 200 {
		return "", lint.Span{}
	}
	first := blocks[0].Span
	// mostly another script
	for s := scriptCyrillic; s <= scriptOther; s++ {
		if c.foreignScript(s) && letters[s]*10 >= total*6 {
			words := 0
			for _, b := range blocks {
				words += len(c.doc.WordsIn(b.Span))
			}
			return c.nameScript(s, c.sample(blocks), words), first
		}
	}
	// same script, without the target's function words
	if c.tbit == 0 || !c.isTargetScript(scriptLatin) || words < 30 || markers*25 >= words || foreignFW*5 < words {
		return "", lint.Span{}
	}
	var idx []int
	for i := range latinLangs {
		if fwCount[i]*10 >= words {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(a, b int) bool { return fwCount[idx[a]] > fwCount[idx[b]] })
	langs := make([]string, len(idx))
	for k, i := range idx {
		langs[k] = latinLangs[i]
	}
	cands := c.candidates(langs)
	if len(cands) < 2 {
		return "", lint.Span{}
	}
	res := c.det.Detect(c.sample(blocks), cands)
	if res.Lang == "" || res.Lang == c.target {
		return "", lint.Span{}
	}
	return res.Lang, first
}

// sample is up to about 1,500 bytes of the article's text, from its first
// blocks.
func (c *checker) sample(blocks []lint.Block) string {
	var b []byte
	for _, bl := range blocks {
		if len(b) > 1500 {
			break
		}
		b = append(b, c.doc.Text[bl.Start:bl.End]...)
		b = append(b, '\n')
	}
	return string(b)
}

// declareHow says how this kind of file declares its language.
func declareHow(doc *lint.Document, lang string) string {
	switch doc.Format {
	case lint.FormatMarkdown:
		return fmt.Sprintf("lang: %s in the front matter, or a name like NAME.%s.md", lang, lang)
	case lint.FormatHTML:
		return fmt.Sprintf(`<html lang="%s">`, lang)
	}
	return fmt.Sprintf("a file name like NAME.%s.txt", lang)
}
