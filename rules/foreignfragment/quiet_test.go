package foreignfragment

import (
	"slices"
	"testing"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// quietASCII must call a block quiet only when the full path would find
// nothing in it: no word in another script and, for the function-word stage,
// fewer than two pieces of evidence as functionWordRuns counts them.
func TestQuietASCIIAgreesWithTokens(t *testing.T) {
	texts := []string{
		"The minister said the plan would go ahead next year.",
		"The minister said der Plan und die Zeit are fine.",
		"He said que la loi est bonne, and left.",
		"Il n'y a pas de quoi, qu'il dit, l'homme d'État.",
		"They said qu'il and l'homme.",
		"well-known de-facto les-uns 2024 1'2 a' 'la",
		"der",
		"der die",
		"und und und",
		"Un caffè per favore, grazie.",
		"Zelensky (Зеленський) spoke.",
		"Wszystkie prawa zastrzeżone.",
		"It was the Eid al-Fitr del mar in los Angeles con amigos.",
		"",
		"-- '' -- x",
		"AND OR THE DER DIE DAS LES DES",
		"They looked at the tired and razdrazhennymi faces.",
		"A nadezhnyy friend, a Nadezhnyy name, a fortissimi.",
		"Ergo the manifesto said hello.",
	}
	for _, target := range []string{"en", "de", "fr", "ru"} {
		doc := &lint.Document{Lang: target}
		c := New().checker(doc)
		fw := c.tbit != 0 && c.isTargetScript(scriptLatin)
		for _, s := range texts {
			text := []byte(s)
			toks := appendTokens(nil, text, lint.Words(text, lint.Span{Start: 0, End: len(text)}))
			c.doc.Text = text
			foreign, evidence := false, 0
			var buf [64]byte
			for _, tk := range toks {
				foreign = foreign || c.foreignScript(tk.sc) || tk.sc == scriptLatin && !tk.plain && hasHigh(text[tk.Start:tk.End])
				if tk.sc == scriptLatin {
					if wi := c.wordInfo(buf[:0], tk); wi.fw != 0 && tk.End-tk.Start > 1 || wi.letters != 0 {
						evidence++
					}
				}
			}
			want := !hasHigh(text) && !foreign && (!fw || evidence < 2)
			ws := lint.Words(text, lint.Span{End: len(text)})
			got, slavicFree := quietASCII(c.tab, text, lint.Span{End: len(text)}, ws, fw, c.tbit)
			if got != want {
				t.Errorf("%s %q: quiet %v, want %v (evidence %d)", target, s, got, want, evidence)
			}
			// a block called free of romanised Slavic words has no candidate
			candidate := slices.ContainsFunc(ws, func(w lint.Word) bool { return slavicCandidate(text, int(w.Start), int(w.End)) })
			if slavicFree && candidate || got && fw && !slavicFree && !candidate {
				t.Errorf("%s %q: free of Slavic words %v, a candidate %v", target, s, slavicFree, candidate)
			}
		}
	}
}

func hasHigh(b []byte) bool {
	for _, ch := range b {
		if ch >= 0x80 {
			return true
		}
	}
	return false
}

// quietASCII gives words of digits alone no test of their own: no function
// word or elided clitic may be made of digits (and apostrophes) only.
func TestFunctionWordsHaveLetters(t *testing.T) {
	check := func(kind, w string) {
		for _, r := range w {
			if r >= 'a' && r <= 'z' || r >= 0x80 {
				return
			}
		}
		t.Errorf("%s %q has no letter", kind, w)
	}
	for w := range tables().wordMask {
		check("function word", w)
	}
	for w := range tables().elisionMask {
		check("elision", w)
	}
	if len(tables().wordMask) == 0 || len(tables().elisionMask) == 0 {
		t.Fatal("tables not built")
	}
}

// asciiKey must equal packWord of the lower-cased word, wherever the word
// sits (the eight-byte load needs room after it).
func TestASCIIKey(t *testing.T) {
	text := []byte("Der x AbCdEfGh 2nd q9 und zu ÜBER DIE")
	for _, w := range lint.Words(text, lint.Span{Start: 0, End: len(text)}) {
		if int(w.End)-int(w.Start) > 8 || !layer.IsASCII(text[w.Start:w.End]) {
			continue
		}
		want, _ := packWord(lowerInto(nil, text[w.Start:w.End]))
		if got := asciiKey(text, int(w.Start), int(w.End)); got != want {
			t.Errorf("%q: key %x, want %x", text[w.Start:w.End], got, want)
		}
	}
}

func TestCountHigh(t *testing.T) {
	for _, s := range []string{"", "abc", "ü", "plain ASCII text of some length", "Ärger über Öl — «ja»", "ééééééééé"} {
		want := 0
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				want++
			}
		}
		if got := countHigh([]byte(s)); got != want {
			t.Errorf("%q: %d, want %d", s, got, want)
		}
	}
}

// The filter of quietASCII may let a key through that does not matter, but
// never hide one that does: a special word, or a function word of another
// language than the target.
func TestQuietFilterKeepsEveryKeyThatMatters(t *testing.T) {
	tab := tables()
	for l, lang := range latinLangs {
		tbit := langMask(1) << l
		own, passed := 0, 0
		for i, k := range tab.packed.keys {
			if k == 0 {
				continue
			}
			m := tab.packed.masks[i]
			matters := m&specialBit != 0 || m&tbit == 0
			if matters && !tab.quiet[l].mayMatter(k) {
				t.Errorf("%s: the filter hides the key %#x (mask %#x)", lang, k, m)
			}
			if !matters {
				own++
				if tab.quiet[l].mayMatter(k) {
					passed++
				}
			}
		}
		// the target's own function words skip the table, bar a few
		// sharing a bit with a key that matters
		if passed*4 > own {
			t.Errorf("%s: %d of the target's %d own function words pass the filter", lang, passed, own)
		}
	}
}
