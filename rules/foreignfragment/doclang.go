package foreignfragment

import (
	"sync"
	"weak"

	"github.com/translint/translint/lint"
)

// docLangMemo remembers the language of the last few articles: with both
// rules on, foreign-fragment and wrong-language ask for the same article one
// after the other, and the answer (a sample of the article, maybe a
// detector call) is the same for both. Weak pointers keep no article alive.
var docLangMemo struct {
	mu      sync.Mutex
	entries [8]docLangEntry
	next    int
}

type docLangEntry struct {
	doc weak.Pointer[lint.Document]
	// the answer depends on the target and the languages option
	target, opts string
	lang         string
	block        lint.Span
}

// docLanguage is documentLanguage, shared by the two rules. Only the
// shared detector is remembered: another one (a test's) may answer
// differently for the same text.
func (c *checker) docLanguage() (string, lint.Span) {
	if c.r.Detector != nil {
		return c.documentLanguage()
	}
	m := &docLangMemo
	m.mu.Lock()
	for _, e := range m.entries {
		// Value is nil once the article is gone, so a new one at the same
		// address never matches
		if e.doc.Value() == c.doc && e.target == c.target && e.opts == c.r.langKey {
			m.mu.Unlock()
			return e.lang, e.block
		}
	}
	m.mu.Unlock()
	lang, block := c.documentLanguage()
	m.mu.Lock()
	m.entries[m.next] = docLangEntry{doc: weak.Make(c.doc), target: c.target, opts: c.r.langKey, lang: lang, block: block}
	m.next = (m.next + 1) % len(m.entries)
	m.mu.Unlock()
	return lang, block
}
