// Package source pairs a translation with its original article and aligns
// the two: which blocks of the source became which blocks of the
// translation. The source rules (rules/source) read the alignment; without
// an original (Document.Original nil) the package has nothing to say.
package source

import (
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
)

// InDir is the original of the translation at path under the layout
// "same relative path under dir": root is the folder the translations were
// found under ("" or "." for the working folder); a file named by itself
// is also looked for by its base name. It returns "" when no such file
// exists.
func InDir(dir, root, path string) string {
	var cands []string
	if rel, err := filepath.Rel(root, path); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		cands = append(cands, rel)
	}
	cands = append(cands, filepath.Base(path))
	for _, c := range cands {
		cand := filepath.Join(dir, c)
		if st, err := os.Stat(cand); err == nil && !st.IsDir() {
			return cand
		}
	}
	return ""
}

// Lang is the language of the original: what it declares, else what the
// language model reads in its body among likely source languages. "" when
// there is no original or no answer.
func Lang(doc *lint.Document) string {
	o := doc.Original
	if o == nil {
		return ""
	}
	if o.Lang != "" {
		return o.Lang
	}
	return o.Memo(langKey{}, func() any { return detect(o) }).(string)
}

type langKey struct{}

// sampleBytes is how much of the original's prose the language model reads.
const sampleBytes = 4000

// sourceCandidates are the languages an original is told apart among when
// it declares none.
var sourceCandidates = []string{"ru", "uk", "be", "bg", "sr", "de", "fr", "es", "it", "pt", "pl", "nl", "zh", "ja", "ko", "tr", "en"}

func detect(o *lint.Document) string {
	var buf []byte
	for _, b := range o.Blocks {
		buf = append(buf, o.Text[b.Start:b.End]...)
		buf = append(buf, ' ')
		if len(buf) > sampleBytes {
			break
		}
	}
	if len(buf) == 0 {
		return ""
	}
	r := langid.Shared().Detect(string(buf), sourceCandidates)
	if r.Confidence < 0.5 {
		return ""
	}
	return r.Lang
}

// letters counts the letters and digits of a span of the masked text.
func letters(doc *lint.Document, s lint.Span) int {
	n := 0
	for i := s.Start; i < s.End; {
		if c := doc.Text[i]; c < utf8.RuneSelf { // ASCII, most of the text: no decoding
			if c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' {
				n++
			}
			i++
			continue
		}
		r, k := utf8.DecodeRune(doc.Text[i:s.End])
		if r >= 0x400 && r <= 0x45f || unicode.IsLetter(r) || unicode.IsDigit(r) { // basic Cyrillic: all letters
			n++
		}
		i += k
	}
	return n
}
