package foreignfragment

import "github.com/translint/translint/lint"

// docLangKey is the Document.Memo key of an article's language: with both
// rules on, foreign-fragment and wrong-language ask for the same article,
// and the answer (a sample of the article, maybe a detector call) depends
// only on it, the target language and the languages option.
type docLangKey struct{ target, opts string }

type docLang struct {
	lang  string
	block lint.Span
}

// docLanguage is documentLanguage, computed once per article for both
// rules. Only the shared detector's answer is kept: another one (a test's)
// may answer differently for the same text.
func (c *checker) docLanguage() (string, lint.Span) {
	if c.r.Detector != nil {
		return c.documentLanguage()
	}
	v := c.doc.Memo(docLangKey{c.target, c.r.langKey}, func() any {
		lang, block := c.documentLanguage()
		return docLang{lang, block}
	}).(docLang)
	return v.lang, v.block
}
