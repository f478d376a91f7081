package lint

import (
	"cmp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open byte range [Start, End) of a Document's Src.
type Span struct {
	Start, End int
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether the two spans share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Trim returns s without the white space of text that begins and ends it.
// ASCII bytes are told without decoding.
func (s Span) Trim(text []byte) Span {
	a, e := s.Start, s.End
	for a < e {
		if c := text[a]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			a++
			continue
		}
		r, n := utf8.DecodeRune(text[a:e])
		if !unicode.IsSpace(r) {
			break
		}
		a += n
	}
	for e > a {
		if c := text[e-1]; c < utf8.RuneSelf {
			if !asciiSpace(c) {
				break
			}
			e--
			continue
		}
		r, n := utf8.DecodeLastRune(text[a:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return Span{a, e}
}

// asciiSpace is unicode.IsSpace for an ASCII byte.
func asciiSpace(c byte) bool {
	return c == ' ' || c-'\t' <= '\r'-'\t' // \t \n \v \f \r
}

// Edit replaces the bytes of Span with New. Edits are always expressed on the
// original bytes of the file.
type Edit struct {
	Span
	New string
}

// Conflicts reports whether the two edits cannot both be applied: they
// share a byte (Overlaps), or they start at the same offset, where two
// insertions would leave their order to chance.
func (e Edit) Conflicts(o Edit) bool { return e.Overlaps(o.Span) || e.Start == o.Start }

// Related points at another place that explains a finding: the title a
// teaser repeats, the sentence that still has a name, the passage of the
// original a translation dropped.
type Related struct {
	Span
	Message string
	// Path is empty for a place in the same document; otherwise it is the
	// path of the document's Original, and Span is a range of its bytes.
	Path string
}

// Finding is what a rule reports. Rules fill Span, Message and the optional
// fields; the engine stamps Rule and Severity. A rule may set Severity to
// report one finding below the rule's severity (a weaker case of its
// defect); the engine keeps the lower of the two.
type Finding struct {
	Rule     string
	Severity Severity
	Span
	Message string
	// Suggestion is a human-readable proposal ("remove it", "the plan of Mayor Ilse Brantberg").
	Suggestion string
	// Fix, when present, is a set of non-overlapping edits that repairs the
	// defect with certainty; --fix applies it.
	Fix     []Edit
	Related []Related
	// Form, when set, names the form of the defect at this place (a word
	// spelt with a look-alike letter, as written): findings of one rule
	// with the same Form in one document are the same defect repeated, and
	// the engine reports them once, at the first place, with the others as
	// related locations and one fix that edits them all. A rule leaves it
	// empty when each place is a defect of its own (a doubled word is a
	// slip wherever it stands).
	Form string
}

// Compare orders findings by offset, then end, then rule, as the engine
// reports them: sort with slices.SortStableFunc(fs, lint.Finding.Compare).
func (f Finding) Compare(g Finding) int {
	if c := cmp.Compare(f.Start, g.Start); c != 0 {
		return c
	}
	if c := cmp.Compare(f.End, g.End); c != 0 {
		return c
	}
	return strings.Compare(f.Rule, g.Rule)
}
