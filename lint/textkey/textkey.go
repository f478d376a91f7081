// Package textkey folds text for comparison and hashes it: Normalize is the
// one fold (lower case, letters and digits, single spaces), Of the one key
// (the hash of the folded text), Hash the one hash function behind it.
//
// The corpus (lint/corpus) counts lines and blocks by these keys and the
// boilerplate rule looks them up by the same keys; other rules match words,
// phrases and names by them. Every part of the program that keys text calls
// this package, so that two parts never fold or hash one text two ways.
//
// It is not in lint: a key is a helper that the corpus builder and some
// rules share, not part of the contract (lint.Corpus takes a key as a
// number and says nothing of how it is made).
//
// The hash is FNV-1a, 64 bits. No key is stored on disk: the corpus lives
// for one run, and the line hashes of SARIF output (lint/fingerprint) hash
// a line as written, with Hash, whose values are fixed by FNV-1a itself.
package textkey

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// FNV-1a's 64-bit parameters.
const (
	offset = 14695981039346656037
	prime  = 1099511628211
)

// Empty is the key of a text without a word (Of of "" or of "—"): the FNV
// offset basis, which the key of a text with a word all but never equals.
const Empty uint64 = offset

// Hash is the 64-bit FNV-1a hash of the bytes of b as given, without any
// folding: Of(b) is Hash(Normalize(b)).
func Hash[T string | []byte](b T) uint64 {
	h := uint64(offset)
	for i := 0; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * prime
	}
	return h
}

// Of is the key of a text: Hash of its Normalize form, computed without
// building the normalised string.
func Of(b []byte) uint64 {
	k, _ := of(b)
	return k
}

// fold is the folded form of each byte in a key: the lower-case letter or
// the digit, 0 for an ASCII separator, 0xff for a byte that starts or
// continues a multi-byte rune.
var fold = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
			t[c] = byte(c)
		case 'A' <= c && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c >= utf8.RuneSelf:
			t[c] = 0xff
		}
	}
	return t
}()

// of hashes Normalize(b) and reports whether it is non-empty. Runs of
// ASCII letters and digits take a table lookup and a multiply a byte; a
// rune that lower-cases to itself is hashed from its own bytes.
func of(b []byte) (uint64, bool) {
	h := uint64(offset)
	var buf [utf8.UTFMax]byte
	nonEmpty, space := false, false
	for i := 0; i < len(b); {
		f := fold[b[i]]
		if f == 0 {
			space = true
			i++
			continue
		}
		if f != 0xff {
			if space && nonEmpty {
				h = (h ^ ' ') * prime
			}
			space, nonEmpty = false, true
			h = (h ^ uint64(f)) * prime
			for i++; i < len(b); i++ {
				f = fold[b[i]]
				if f == 0 || f == 0xff {
					break
				}
				h = (h ^ uint64(f)) * prime
			}
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		enc := b[i : i+n]
		i += n
		if !lint.IsWordRune(r) {
			space = true
			continue
		}
		if space && nonEmpty {
			h = (h ^ ' ') * prime
		}
		space, nonEmpty = false, true
		if lr := unicode.ToLower(r); lr != r {
			enc = utf8.AppendRune(buf[:0], lr)
		}
		for _, x := range enc {
			h = (h ^ uint64(x)) * prime
		}
	}
	return h, nonEmpty
}

// Normalize folds text for comparison: lower case, letters and digits only,
// single spaces between words.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s)) // the result is never longer, but for a few runes that lower-case longer
	space := false
	for _, r := range s {
		if r < utf8.RuneSelf { // ASCII without the Unicode tables
			f := fold[r]
			if f == 0 {
				space = true
				continue
			}
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteByte(f)
			continue
		}
		if lint.IsWordRune(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return b.String()
}

// Doc holds the keys the corpus pass computed for one document's text:
// Lines[n-1] is line n's (see lint.Document.LineSpan), Blocks[i] is block
// i's when the block spans several lines; 0 where it computed none.
type Doc struct {
	Lines, Blocks []uint64
}

// keptKey is the Memo key of a document's kept keys.
type keptKey struct{}

// Keep attaches to doc the keys the corpus pass computed for it, when the
// check pass reuses the document that pass parsed: a rule that looks lines
// up in the corpus need not hash them again (Kept). The engine keeps them
// before any rule reads the document.
func Keep(doc *lint.Document, k *Doc) {
	doc.Memo(keptKey{}, func() any { return k })
}

// Kept returns the keys Keep attached to doc, if any.
func Kept(doc *lint.Document) (Doc, bool) {
	k, _ := doc.Memo(keptKey{}, func() any { return (*Doc)(nil) }).(*Doc)
	if k == nil {
		return Doc{}, false
	}
	return *k, true
}
