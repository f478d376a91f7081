package engine

import (
	"bytes"
	"sync"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/corpus"
	"github.com/translint/translint/lint/textkey"
)

// runCorpus is the corpus of a run and the documents its pass parsed, kept
// for the check pass within corpusKeepBytes of source.
type runCorpus struct {
	*corpus.Builder

	keepMu    sync.Mutex
	kept      map[string]keptDoc
	keptBytes int
	keepOff   bool // the run is too large: nothing is kept
}

// keptDoc is a document parsed by the corpus pass and the linter that
// parsed it, with the keys of its lines and blocks when the linter uses the
// corpus.
type keptDoc struct {
	l    *Linter
	doc  *lint.Document
	keys textkey.Doc
}

// corpusKeepBytes is the largest run, in bytes of source, whose parsed
// documents the corpus pass keeps for the check pass, so that it parses each
// file once. A larger run drops what it kept as soon as it passes the bound
// and parses every file twice, so its memory does not grow with its size.
//
// A kept document holds about 2.4 times its source, and the keys of its
// lines. Measured on the 10 MB benchmark corpus: with boilerplate alone,
// keeping raises the peak RSS from 31 to 53–56 MiB and saves 0.06–0.1
// CPU-s, 12–20% of the run (the second parse, and the rule hashing lines
// again); with all rules (the default run) it saves about 0.1 CPU-s, 9% of
// the run, for about 15 MiB more RSS (84 MiB against 69). Both win: 12 MiB.
const corpusKeepBytes = 12 << 20

// keep offers a document the corpus pass parsed, and its keys, to the check
// pass. A document that is not kept, or no longer, is released.
func (c *runCorpus) keep(l *Linter, doc *lint.Document, keys textkey.Doc) {
	c.keepMu.Lock()
	defer c.keepMu.Unlock()
	if c.keepOff {
		doc.Release()
		return
	}
	if c.keptBytes+len(doc.Src) > corpusKeepBytes {
		for _, k := range c.kept {
			k.doc.Release()
		}
		doc.Release()
		c.kept, c.keepOff = nil, true
		return
	}
	if c.kept == nil {
		c.kept = map[string]keptDoc{}
	}
	if !l.needsCorpus() {
		keys = textkey.Doc{} // no rule of this document will ask for them
	}
	if _, dup := c.kept[doc.Path]; dup {
		doc.Release()
		return
	}
	c.kept[doc.Path] = keptDoc{l, doc, keys}
	c.keptBytes += len(doc.Src)
}

// takeParsed returns, once, the document the corpus pass parsed from src
// with the same linter, or nil. A source given as bytes (a text being
// fixed) must have the same bytes; a file is the one the corpus pass read.
// The keys the corpus pass computed go with the document (textkey.Kept).
func takeParsed(corpus lint.Corpus, l *Linter, src Source) *lint.Document {
	c, ok := corpus.(*runCorpus)
	if !ok {
		return nil
	}
	c.keepMu.Lock()
	defer c.keepMu.Unlock()
	k, ok := c.kept[src.Path]
	if !ok || k.l != l || src.Data != nil && !bytes.Equal(k.doc.Src, src.Data) {
		return nil
	}
	delete(c.kept, src.Path)
	if k.keys.Lines != nil {
		textkey.Keep(k.doc, &k.keys)
	}
	return k.doc
}
