package lint

import (
	"fmt"
	"runtime"
	"testing"
)

func TestKeyOfIsLineKey(t *testing.T) {
	for _, s := range []string{
		"", "   ", "Exit mobile version", "  Share this:  ", "ÉTÉ à Paris — déjà vu!",
		"Читайте также: «Новости»", "Ünïcödé\u0301 mix 42", "a-b_c d", "İstanbul", "ǅungla",
		"tab\tseparated\r", "x", "??!", "Subscribe to our newsletter",
	} {
		if got, want := KeyOf([]byte(s)), LineKey(s); got != want {
			t.Errorf("KeyOf(%q) = %x, LineKey = %x", s, got, want)
		}
		if _, ok := keyOf([]byte(s)); ok != (Normalize(s) != "") {
			t.Errorf("keyOf(%q) non-empty = %v, want %v", s, ok, Normalize(s) != "")
		}
	}
}

func corpusDoc(t *testing.T, src string) *Document {
	t.Helper()
	d, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCorpusCountsFiles(t *testing.T) {
	c := NewCorpusBuilder()
	shared := "Share this:"
	for i := 0; i < 4; i++ {
		// the shared line twice in one file still counts once
		c.Observe(corpusDoc(t, fmt.Sprintf("# Title %d\n\nParagraph number %d.\n\n%s\n\n%s\n", i, i, shared, shared)))
	}
	if got := c.Files(LineKey(shared)); got != 4 {
		t.Errorf("shared line in %d files, want 4", got)
	}
	if got := c.Files(LineKey("Paragraph number 2.")); got != 1 {
		t.Errorf("unique line in %d files, want 1", got)
	}
	if got := c.Files(LineKey("never seen")); got != 0 {
		t.Errorf("unseen line in %d files, want 0", got)
	}
	if c.Docs() != 4 {
		t.Errorf("Docs = %d, want 4", c.Docs())
	}
}

func TestCorpusKeysBlocksAndLines(t *testing.T) {
	// a soft-wrapped paragraph is one block of two lines: three keys
	d := corpusDoc(t, "First line of it\nsecond line of it\n\nAlone\n")
	keys := CorpusKeys(d)
	want := map[uint64]bool{
		LineKey("First line of it"): true, LineKey("second line of it"): true,
		LineKey("First line of it second line of it"): true, LineKey("Alone"): true,
	}
	if len(keys) != len(want) {
		t.Fatalf("got %d keys, want %d", len(keys), len(want))
	}
	for _, k := range keys {
		if !want[k] {
			t.Errorf("unexpected key %x", k)
		}
	}
}

// TestBloomFalsePositives: after a million distinct keys, keys never added
// are taken for seen ones at a rate near the design rate.
func TestBloomFalsePositives(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var l bloomLayers
	const n = 1_000_000
	for i := uint64(0); i < n; i++ {
		l.add(mix(i))
	}
	for i := uint64(0); i < n; i += 997 {
		if !l.has(mix(i)) {
			t.Fatalf("key %d lost", i)
		}
	}
	fp := 0
	const probes = 2_000_000
	for i := uint64(n); i < n+probes; i++ {
		if l.has(mix(i)) {
			fp++
		}
	}
	if rate := float64(fp) / probes; rate > 1e-4 {
		t.Errorf("false-positive rate %.2g, want < 1e-4", rate)
	}
	t.Logf("%d keys: %d layers, %.1f MiB of bits, false positives %d in %d", n, len(l.layers), float64(l.Bytes())/(1<<20), fp, probes)
}

// BenchmarkCorpusMemory observes a synthetic corpus shaped like a large run:
// 100,000 files of 25 keys, 90% of them unique, 10% shared by many files,
// and reports the heap the corpus holds.
func BenchmarkCorpusMemory(b *testing.B) {
	for i := 0; i < b.N; i++ {
		c := NewCorpusBuilder()
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		keys := make([]uint64, 25)
		for f := uint64(0); f < 100_000; f++ {
			for k := range keys {
				keys[k] = mix(f<<8 | uint64(k))
				if k < 3 {
					keys[k] = mix(1<<60 | (f*7+uint64(k))%5000) // recurring lines
				}
			}
			c.observeKeys(keys)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MiB")
		b.ReportMetric(float64(len(c.counts)), "exact-keys")
	}
}

func BenchmarkKeyOf(b *testing.B) {
	line := []byte("The decision was expected by most economists, although a few had forecast a small cut after weaker growth figures in the last quarter. Цены на гречку выросли на треть за полгода.")
	b.SetBytes(int64(len(line)))
	for i := 0; i < b.N; i++ {
		KeyOf(line)
	}
}

func TestKeptDocuments(t *testing.T) {
	l, other := &Linter{}, &Linter{}
	c := NewCorpusBuilder()
	d := corpusDoc(t, "Some text.\n")
	c.keep(l, d, DocKeys{})
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
	if _, ok := d.KeptKeys(); ok {
		t.Error("keys kept for a linter that does not use the corpus")
	}
	// a linter that uses the corpus gets the document with its keys
	withCorpus := &Linter{Rules: []Rule{corpusRule{}}}
	d2 := corpusDoc(t, "Some text.\n")
	keys, dk := corpusKeys(d2, nil)
	c.keep(withCorpus, d2, dk)
	if takeParsed(c, withCorpus, Source{Path: d2.Path}) != d2 {
		t.Fatal("the kept document was not reused")
	}
	if got, ok := d2.KeptKeys(); !ok || len(got.Lines) != 1 || got.Lines[0] != keys[0] {
		t.Errorf("KeptKeys = %v, %v; want the key of the one line", got, ok)
	}
	big := NewCorpusBuilder()
	for i := 0; i < 3; i++ {
		big.keep(l, &Document{Path: fmt.Sprint(i), Src: make([]byte, corpusKeepBytes/2)}, DocKeys{})
	}
	if len(big.kept) != 0 {
		t.Errorf("a run over the budget still keeps %d documents", len(big.kept))
	}
}

func FuzzKeyOf(f *testing.F) {
	for _, s := range []string{"Exit mobile version", "ÉTÉ à Paris — déjà vu!", "\xff\xfeabc", "K\u212a", "x\u0301y"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := KeyOf([]byte(s)), LineKey(s); got != want {
			t.Errorf("KeyOf(%q) = %x, LineKey = %x", s, got, want)
		}
	})
}

// corpusRule is a rule that asks for the corpus.
type corpusRule struct{}

func (corpusRule) ID() string                { return "corpus-rule" }
func (corpusRule) DefaultSeverity() Severity { return SeverityWarning }
func (corpusRule) Doc() RuleDoc              { return RuleDoc{} }
func (corpusRule) Check(*Document) []Finding { return nil }
func (corpusRule) UsesCorpus() bool          { return true }

func TestCorpusCopiesCountOnce(t *testing.T) {
	// one article copied into three folders is one sighting of its lines;
	// a fourth article sharing a line adds one more
	c := NewCorpusBuilder()
	art := "# Harbour news\n\nThe ferry to the island runs twice a day from the old pier.\n\nTickets are sold on board.\n"
	for i := 0; i < 3; i++ {
		c.Observe(corpusDoc(t, art))
	}
	c.Observe(corpusDoc(t, "# Other news\n\nTickets are sold on board.\n"))
	if got := c.Files(LineKey("The ferry to the island runs twice a day from the old pier.")); got != 1 {
		t.Errorf("line of a copied article in %d files, want 1", got)
	}
	if got := c.Files(LineKey("Tickets are sold on board.")); got != 2 {
		t.Errorf("line shared with another article in %d files, want 2", got)
	}
	if c.Docs() != 4 {
		t.Errorf("Docs = %d, want 4", c.Docs())
	}
}
