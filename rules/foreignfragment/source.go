package foreignfragment

import (
	"bytes"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	"github.com/translint/translint/lint/source"
	"github.com/translint/translint/lint/textkey"
)

// With the original at hand (check --source), its language is the likeliest
// language of a fragment, and its text tells a fragment copied from it
// apart from a name it keeps:
//
//   - a fragment in a script the source language uses, with no letters that
//     tell another language, is named as the source language;
//   - a window of the source language's function words whose text the
//     source has word for word is untranslated even when the detector,
//     on a few words, reads the target language;
//   - a window the source has as a name (its first and last words
//     capitalised, in the middle of a source sentence: "Initiative Wir
//     sind die Stadt") is a name the translation keeps, not a fragment.
//     In German, whose nouns are capitalised, a noun phrase kept as it is
//     looks the same and is left alone too: a miss, not a false alarm.

// maxKeptNameWords is the most words of a source name a translation may
// keep as it is.
const maxKeptNameWords = 6

// sourceLang is the language of the document's original, "" without one
// or when the languages option leaves it out.
func (c *checker) sourceLang() string {
	if c.doc.Original == nil {
		return ""
	}
	sl := langid.Normalize(source.Lang(c.doc))
	if sl == c.target || c.langs != nil && !c.langs[sl] {
		return ""
	}
	return sl
}

// copiedFromSource reports whether a window of the source language's
// function words (langs, from dominant) is, word for word, text of the
// original.
func (c *checker) copiedFromSource(frag lint.Span, langs []string) bool {
	sl := c.sourceLang()
	if sl == "" || !contains(langs, sl) {
		return false
	}
	norm := textkey.Normalize(c.doc.TextOf(frag))
	return len(strings.Fields(norm)) >= c.minWords && containsWords(sourceText(c.doc.Original), norm)
}

type normKey struct{}

// sourceText is the original's prose, normalised (textkey.Normalize), with
// spaces at both ends so that a phrase can be looked for word by word.
func sourceText(o *lint.Document) string {
	return o.Memo(normKey{}, func() any {
		var b strings.Builder
		b.WriteByte(' ')
		for _, bl := range o.Blocks {
			b.WriteString(textkey.Normalize(o.TextOf(bl.Span)))
			b.WriteByte(' ')
		}
		return b.String()
	}).(string)
}

// containsWords reports whether text, spaced at both ends, has phrase as
// whole words.
func containsWords(text, phrase string) bool {
	return phrase != "" && strings.Contains(text, " "+phrase+" ")
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// keptSourceName reports whether the fragment is (part of) a name of the
// original that the translation keeps as it is. The fragment is widened
// over a capitalised word right before or after it ("Verein" + "für das
// Wohl der" + "Tiere"); the words must then start and end capitalised, be
// at most maxKeptNameWords, and stand in the original word for word inside
// a sentence, not at its start (where any word is capitalised).
func (c *checker) keptSourceName(frag lint.Span, toks []tok) bool {
	if c.sourceLang() == "" {
		return false
	}
	a := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= frag.Start })
	b := sort.Search(len(toks), func(i int) bool { return toks[i].End >= frag.End })
	if a >= len(toks) || b >= len(toks) || a > b {
		return false
	}
	if !toks[a].upper && a > 0 && toks[a-1].upper && c.onlyBlank(toks[a-1].End, toks[a].Start) {
		a--
	}
	if !toks[b].upper && b+1 < len(toks) && toks[b+1].upper && c.onlyBlank(toks[b].End, toks[b+1].Start) {
		b++
	}
	if !toks[a].upper || !toks[b].upper || b-a+1 > maxKeptNameWords {
		return false
	}
	o := c.doc.Original
	want := c.doc.Text[toks[a].Start:toks[b].End]
	for off := 0; ; {
		i := bytes.Index(o.Text[off:], want)
		if i < 0 {
			return false
		}
		at := off + i
		off = at + 1
		end := at + len(want)
		if r, _ := utf8.DecodeLastRune(o.Text[:at]); at > 0 && lint.IsWordRune(r) {
			continue
		}
		if r, _ := utf8.DecodeRune(o.Text[end:]); end < len(o.Text) && lint.IsWordRune(r) {
			continue
		}
		if midSentence(o.Text, at) {
			return true
		}
	}
}

// onlyBlank: the text between a and b is spaces.
func (c *checker) onlyBlank(a, b int) bool {
	return a <= b && len(bytes.Trim(c.doc.Text[a:b], " ")) == 0
}

// midSentence reports whether the text before off, past spaces and
// opening quotes, continues a sentence: a word or a comma, not a full stop,
// a line break or the start of the text.
func midSentence(text []byte, off int) bool {
	i := off
	for i > 0 {
		r, n := utf8.DecodeLastRune(text[:i])
		switch {
		case r == ' ' || r == '\u00a0' || strings.ContainsRune("«„“\"'‚(", r):
			i -= n
			continue
		case r == '\n' || strings.ContainsRune(".!?…:", r):
			return false
		}
		return true
	}
	return false
}
