package boilerplate

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/textkey"
)

// checkUnits builds the units of text as one paragraph and checks every
// folded word against the text: a unit keeps no word's place in the
// document, rawSpan finds it again, and folding the span gives the word
// (so the scan is fold's, and the folded words, built in place in strings
// of their own, are the unit's).
func checkUnits(t *testing.T, text string) {
	t.Helper()
	doc := lint.NewDocument("t.txt", lint.FormatText, []byte(text))
	doc.Blocks = []lint.Block{{Kind: lint.Paragraph, Span: lint.Span{Start: 0, End: len(doc.Text)}}}
	us := buildUnits(doc, builtinMatcher(), new(scratch))
	for i := range us {
		u := &us[i]
		if len(u.ws) != min(u.nwords, maxFold) {
			t.Fatalf("%q: %d words folded of %d", doc.Text[u.Start:u.End], len(u.ws), u.nwords)
		}
		var want []string
		for k := range u.ws {
			sp := u.rawSpan(doc.Text, k)
			want = append(want, strings.Map(unicode.ToLower, string(doc.Text[sp.Start:sp.End])))
		}
		if got := strings.Join(want, " "); u.norm != got {
			t.Fatalf("unit %d %q: folded %q, want %q", i, doc.Text[u.Start:u.End], u.norm, got)
		}
	}
}

// unitPieces are words of several scripts, digits, marks and joiners,
// what stands between words, and bytes that are no UTF-8.
var unitPieces = []string{"Harbour", "ferry", "VELL", "42", "don't", "well-known", "Øresund", "straße",
	"Ⱥrc", "Київ", "東京", "é", "e\u0301t\u00e9", "İzmir", "K", "١٢", "\u0301a", ",", ".", "—", "“", "…", " ", " ", "  ", "\n", "_", "/", "#",
	"O'Neill-Smith", "x-", "'", "-", "ab'cd", "AbCdEfGh", "abcdefghi", "\xe2\x80", "\xff"}

// Words of several scripts, digits, marks and joiners, lines of more than
// maxFold words.
func TestUnitWords(t *testing.T) {
	pieces := []string{"Harbour", "ferry", "VELL", "42", "don't", "well-known", "Øresund", "straße",
		"Ⱥrc", "Київ", "東京", "é", "e\u0301t\u00e9", "İzmir", "K", "١٢", "\u0301a", ",", ".", "—", "“", "…", " ", " ", "  ", "\n", "_", "/", "#"}
	rng := rand.New(rand.NewSource(1))
	random := func(n int) string {
		var b strings.Builder
		for k := rng.Intn(n); k > 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		return b.String()
	}
	for n := 0; n < 300; n++ {
		checkUnits(t, random(120))
	}
	// A large file: its folded words take several strings.
	var big strings.Builder
	for big.Len() < 3*foldChunkBytes {
		big.WriteString(random(60) + "\n")
	}
	checkUnits(t, big.String())
	// Lines of long words: more folded text than estimated.
	checkUnits(t, strings.Repeat(strings.Repeat("Ⱥⱥⱥⱥⱥⱥⱥⱥⱥⱥⱥⱥ ", 20)+"\n", 2000))
}

// A unit's words and folded text are textkey.Normalize's of its line, cut
// at maxWords+1 and maxFold words, whether fold reads the document's words
// or, where a block cuts a word or a character, the bytes.
func TestUnitsFoldAsNormalize(t *testing.T) {
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 500; n++ {
		var b strings.Builder
		for k := rng.Intn(200); k > 0; k-- {
			b.WriteString(unitPieces[rng.Intn(len(unitPieces))])
		}
		doc := lint.NewDocument("t.txt", lint.FormatText, []byte(b.String()))
		// blocks at random places: some cut a word or a character
		for at := 0; at < len(doc.Text); {
			end := min(len(doc.Text), at+1+rng.Intn(80))
			doc.Blocks = append(doc.Blocks, lint.Block{Kind: lint.Paragraph, Span: lint.Span{Start: at, End: end}})
			at = end
		}
		for _, u := range buildUnits(doc, builtinMatcher(), new(scratch)) {
			words := strings.Fields(textkey.Normalize(string(doc.Text[u.Start:u.End])))
			if u.nwords != min(len(words), maxWords+1) {
				t.Fatalf("%q: %d words, want %d", doc.Text[u.Start:u.End], u.nwords, min(len(words), maxWords+1))
			}
			if want := strings.Join(words[:min(len(words), maxFold)], " "); u.norm != want {
				t.Fatalf("%q: folded %q, want %q", doc.Text[u.Start:u.End], u.norm, want)
			}
		}
	}
}
