package corpus

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/read"
	"github.com/translint/translint/lint/textkey"
)

// A text without a word has the empty key, and only such a text has it:
// Keys leaves it out.
func TestEmptyKey(t *testing.T) {
	if emptyKey != textkey.Of([]byte("")) {
		t.Errorf("emptyKey = %x, key of \"\" = %x", uint64(emptyKey), textkey.Of([]byte("")))
	}
	for _, s := range []string{
		"", "   ", "Exit mobile version", "  Share this:  ", "ÉTÉ à Paris — déjà vu!",
		"Читайте также: «Новости»", "a-b_c d", "tab\tseparated\r", "x", "??!", "— · —",
	} {
		if empty := textkey.Of([]byte(s)) == emptyKey; empty != (textkey.Normalize(s) == "") {
			t.Errorf("%q: empty key %v, want %v", s, empty, textkey.Normalize(s) == "")
		}
	}
}

func corpusDoc(t *testing.T, src string) *lint.Document {
	t.Helper()
	d, err := read.Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCorpusCountsFiles(t *testing.T) {
	c := NewBuilder()
	shared := "Share this:"
	for i := 0; i < 4; i++ {
		// the shared line twice in one file still counts once
		c.Observe(corpusDoc(t, fmt.Sprintf("# Title %d\n\nParagraph number %d.\n\n%s\n\n%s\n", i, i, shared, shared)))
	}
	if got := c.Files(textkey.Of([]byte(shared))); got != 4 {
		t.Errorf("shared line in %d files, want 4", got)
	}
	if got := c.Files(textkey.Of([]byte("Paragraph number 2."))); got != 1 {
		t.Errorf("unique line in %d files, want 1", got)
	}
	if got := c.Files(textkey.Of([]byte("never seen"))); got != 0 {
		t.Errorf("unseen line in %d files, want 0", got)
	}
	if c.Docs() != 4 {
		t.Errorf("Docs = %d, want 4", c.Docs())
	}
}

func TestCorpusKeysBlocksAndLines(t *testing.T) {
	// a soft-wrapped paragraph is one block of two lines: three keys
	d := corpusDoc(t, "First line of it\nsecond line of it\n\nAlone\n")
	keys := Keys(d)
	want := map[uint64]bool{
		textkey.Of([]byte("First line of it")): true, textkey.Of([]byte("second line of it")): true,
		textkey.Of([]byte("First line of it second line of it")): true, textkey.Of([]byte("Alone")): true,
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
		c := NewBuilder()
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
			c.ObserveKeys(keys)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MiB")
		b.ReportMetric(float64(len(c.counts)), "exact-keys")
	}
}

func TestCorpusCopiesCountOnce(t *testing.T) {
	// one article copied into three folders is one sighting of its lines;
	// a fourth article sharing a line adds one more
	c := NewBuilder()
	art := "# Harbour news\n\nThe ferry to the island runs twice a day from the old pier.\n\nTickets are sold on board.\n"
	for i := 0; i < 3; i++ {
		c.Observe(corpusDoc(t, art))
	}
	c.Observe(corpusDoc(t, "# Other news\n\nTickets are sold on board.\n"))
	if got := c.Files(textkey.Of([]byte("The ferry to the island runs twice a day from the old pier."))); got != 1 {
		t.Errorf("line of a copied article in %d files, want 1", got)
	}
	if got := c.Files(textkey.Of([]byte("Tickets are sold on board."))); got != 2 {
		t.Errorf("line shared with another article in %d files, want 2", got)
	}
	if c.Docs() != 4 {
		t.Errorf("Docs = %d, want 4", c.Docs())
	}
}
