package engine

import (
	"fmt"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/corpus"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/textkey"
)

func keepDoc(t *testing.T, src string) *lint.Document {
	t.Helper()
	d, err := read.Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// corpusRule is a rule that asks for the corpus.
type corpusRule struct{}

func (corpusRule) ID() string                          { return "corpus-rule" }
func (corpusRule) DefaultSeverity() lint.Severity      { return lint.SeverityWarning }
func (corpusRule) Doc() lint.RuleDoc                   { return lint.RuleDoc{} }
func (corpusRule) Check(*lint.Document) []lint.Finding { return nil }
func (corpusRule) UsesCorpus() bool                    { return true }

func TestKeptDocuments(t *testing.T) {
	l, other := &Linter{}, &Linter{}
	c := &runCorpus{Builder: corpus.NewBuilder()}
	d := keepDoc(t, "Some text.\n")
	c.keep(l, d, textkey.Doc{})
	if takeParsed(c, other, Source{Path: d.Path}) != nil {
		t.Error("a document parsed by another linter was reused")
	}
	if takeParsed(c, l, Source{Path: d.Path, Data: []byte("Changed text.\n")}) != nil {
		t.Error("a document of other bytes was reused")
	}
	if takeParsed(c, l, Source{Path: d.Path, Data: d.Src}) != d {
		t.Error("the kept document was not reused")
	}
	if takeParsed(c, l, Source{Path: d.Path}) != nil {
		t.Error("a kept document was reused twice")
	}
	if _, ok := textkey.Kept(d); ok {
		t.Error("keys kept for a linter that does not use the corpus")
	}
	// a linter that uses the corpus gets the document with its keys
	withCorpus := &Linter{Rules: []lint.Rule{corpusRule{}}}
	d2 := keepDoc(t, "Some text.\n")
	keys, dk := corpus.AppendKeys(d2, nil)
	c.keep(withCorpus, d2, dk)
	if takeParsed(c, withCorpus, Source{Path: d2.Path}) != d2 {
		t.Fatal("the kept document was not reused")
	}
	if got, ok := textkey.Kept(d2); !ok || len(got.Lines) != 1 || got.Lines[0] != keys[0] {
		t.Errorf("textkey.Kept = %v, %v; want the key of the one line", got, ok)
	}
	big := &runCorpus{Builder: corpus.NewBuilder()}
	for i := 0; i < 3; i++ {
		big.keep(l, &lint.Document{Path: fmt.Sprint(i), Src: make([]byte, corpusKeepBytes/2)}, textkey.Doc{})
	}
	if len(big.kept) != 0 {
		t.Errorf("a run over the budget still keeps %d documents", len(big.kept))
	}
}
