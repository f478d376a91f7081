package lint

import (
	"unicode"
	"unicode/utf8"
)

// The corpus keys of lines and blocks (see Corpus, LineKey). They live with
// the contract because rules compute them too: the boilerplate rule looks
// lines up in the corpus by these keys, and the corpus (lint/corpus) counts
// the same keys.

// DocKeys are the keys the corpus pass computed for one document's text:
// Lines[n-1] is line n's (see LineSpan), Blocks[i] is block i's when the
// block spans several lines; 0 where it computed none.
type DocKeys struct {
	Lines, Blocks []uint64
}

// KeptKeys returns the keys the corpus pass computed for the document when
// the check pass reuses the document that pass parsed: a rule that looks
// lines up in the corpus need not hash them again.
func (d *Document) KeptKeys() (DocKeys, bool) {
	if d.keptKeys == nil {
		return DocKeys{}, false
	}
	return *d.keptKeys, true
}

// SetKeptKeys attaches the keys the corpus pass computed for the document,
// when the check pass reuses the document that pass parsed (see KeptKeys).
func (d *Document) SetKeptKeys(k *DocKeys) { d.keptKeys = k }

// KeyOf is LineKey of a byte slice: the FNV-1a hash of the normalised text,
// computed without building the normalised string.
func KeyOf(b []byte) uint64 {
	k, _ := keyOf(b)
	return k
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// keyFold is the folded form of each byte in a key: the lower-case letter
// or the digit, 0 for an ASCII separator, 0xff for a byte that starts or
// continues a multi-byte rune.
var keyFold = func() (t [256]byte) {
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

// keyOf hashes Normalize(b) and reports whether it is non-empty. Runs of
// ASCII letters and digits take a table lookup and a multiply a byte; a
// rune that lower-cases to itself is hashed from its own bytes.
func keyOf(b []byte) (uint64, bool) {
	h := uint64(fnvOffset)
	var buf [utf8.UTFMax]byte
	nonEmpty, space := false, false
	for i := 0; i < len(b); {
		f := keyFold[b[i]]
		if f == 0 {
			space = true
			i++
			continue
		}
		if f != 0xff {
			if space && nonEmpty {
				h = (h ^ ' ') * fnvPrime
			}
			space, nonEmpty = false, true
			h = (h ^ uint64(f)) * fnvPrime
			for i++; i < len(b); i++ {
				f = keyFold[b[i]]
				if f == 0 || f == 0xff {
					break
				}
				h = (h ^ uint64(f)) * fnvPrime
			}
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		enc := b[i : i+n]
		i += n
		if !IsWordRune(r) {
			space = true
			continue
		}
		if space && nonEmpty {
			h = (h ^ ' ') * fnvPrime
		}
		space, nonEmpty = false, true
		if lr := unicode.ToLower(r); lr != r {
			enc = utf8.AppendRune(buf[:0], lr)
		}
		for _, x := range enc {
			h = (h ^ uint64(x)) * fnvPrime
		}
	}
	return h, nonEmpty
}
