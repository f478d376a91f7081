package artifacts

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"slices"
	"unicode"

	"github.com/translint/translint/lint"
)

// LeftoverMarkup flags markup a translation pipeline left in the prose: the
// numbered segment tags of a translation memory ("<1>", "</2>"), a code
// fence line inside running text and TeX-style quotes (two backticks, two
// apostrophes).
type LeftoverMarkup struct{}

func (LeftoverMarkup) ID() string                     { return "leftover-markup" }
func (LeftoverMarkup) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (LeftoverMarkup) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Segment tags, code fences or TeX quotes left in the prose",
		Text: `Flags markup that a translation tool or a conversion left as text:
- numbered segment tags ("<1>", "</3>", "<12/>"), with which translation memories mark
  inline formatting; a tag of up to ` + fmt.Sprint(maxSegmentDigits) + ` digits is reported;
- a code fence line ("` + "```" + `" or "` + "```js" + `") in the text (in Markdown a fence is code and is
  never inspected);
- TeX-style quotes: two backticks opening a word (` + "``" + `like this'') in plain text;
- keyboard junk: a word of one letter typed ` + fmt.Sprint(minJunkRun) + ` times or more ("kkkk"); "xxxx" (a
  placeholder), sounds ("zzzz", "mmmm", "hhhh") and a run joined by "-", "=" or "/" (a format,
  "yyyy-mm-dd") are fine.
Markdown and HTML code is masked and never inspected, so code samples are left alone.`,
		Bad:  "<4> The choir will sing in the old mill on Friday. <5> <6>",
		Good: "The choir will sing in the old mill on Friday.",
	}
}

// maxSegmentDigits: a segment tag numbers at most this many digits ("<999>").
const maxSegmentDigits = 3

func (LeftoverMarkup) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for sp := range proseSpans(doc) {
		for i := seek(text, sp.Start, sp.End, '<'); i < sp.End; i = seek(text, i+1, sp.End, '<') {
			if end := segmentTag(text, i, sp.End); end > i {
				out = append(out, lint.Finding{Span: lint.Span{Start: i, End: end},
					Message:    fmt.Sprintf("segment tag %q left by a translation tool", text[i:end]),
					Suggestion: "remove the tag"})
				i = end - 1
			}
		}
		out = append(out, keyboardJunk(doc, sp)...)
		for i := seek(text, sp.Start, sp.End, '`'); i < sp.End; i = seek(text, i+1, sp.End, '`') {
			if end, ok := fenceLine(text, sp, i); ok {
				out = append(out, lint.Finding{Span: lint.Span{Start: i, End: end},
					Message:    fmt.Sprintf("code fence %q inside running text", text[i:end]),
					Suggestion: "remove the fence line"})
				i = end - 1
				continue
			}
			if texQuote(doc, sp, i) {
				out = append(out, lint.Finding{Span: lint.Span{Start: i, End: i + 2},
					Message:    "TeX-style opening quote ``",
					Suggestion: "use a quotation mark (“ or \")"})
				i++
			}
		}
	}
	slices.SortStableFunc(out, lint.Finding.Compare)
	return out
}

// minJunkRun: a word of one letter typed this many times or more ("kkkk")
// is placeholder or keyboard junk.
const minJunkRun = 4

// keyboardJunk: "kkkk", "jjjjj": a lower-case word of one letter repeated;
// "xxxx" is a placeholder a writer means, and "zzzz" or "mmmm" sounds.
func keyboardJunk(doc *lint.Document, sp lint.Span) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for i := sp.Start; i+minJunkRun <= sp.End; {
		if i+11 <= sp.End && !repeat4In8(text[i:]) {
			i += 8 // no run of four equal bytes starts in the first eight
			continue
		}
		if i+8 <= sp.End && !mayRepeat4(binary.LittleEndian.Uint64(text[i:])) {
			i += 5 // no run of four equal bytes starts in the first five
			continue
		}
		c := text[i]
		if c < 'a' || c > 'z' || c == 'x' || c == 'z' || c == 'm' || c == 'h' {
			i++
			continue
		}
		j := i + 1
		for j < sp.End && text[j] == c {
			j++
		}
		if j-i >= minJunkRun && (i == sp.Start || !isWordByte(text[i-1]) && !formatJoint(text[i-1])) &&
			(j == sp.End || !isWordByte(text[j]) && !formatJoint(text[j])) && isProse(doc, lint.Span{Start: i, End: j}) {
			out = append(out, lint.Finding{Span: lint.Span{Start: i, End: j},
				Message:    fmt.Sprintf("%q looks like keyboard junk or a placeholder left in the text", text[i:j]),
				Suggestion: "remove it or write what was meant"})
		}
		i = j
	}
	return out
}

// formatJoint: a run joined to its neighbours by one of these is a field
// of a format or a name ("yyyy-mm-dd", "LABEL=yyyy", "no-aaaa"), not junk.
func formatJoint(c byte) bool { return c == '-' || c == '=' || c == '/' }

// mayRepeat4 reports whether one of the first five bytes of the eight in x
// (little-endian) starts a run of four equal bytes: x XOR x shifted by one,
// two and three bytes has a zero byte there.
func mayRepeat4(x uint64) bool {
	const low5 = 0x000000ffffffffff
	z := (x ^ x>>8) | (x ^ x>>16) | (x ^ x>>24)
	z |= ^uint64(low5) // the last three bytes have no four bytes after them
	return (z-ones)&^z&highs != 0
}

// repeat4In8 reports whether one of the first eight bytes of b (which
// holds eleven or more) starts a run of four equal bytes: the eight bytes
// XOR the eight from one, two and three bytes on have a zero byte there.
func repeat4In8(b []byte) bool {
	x := binary.LittleEndian.Uint64(b)
	z := (x ^ binary.LittleEndian.Uint64(b[1:])) | (x ^ binary.LittleEndian.Uint64(b[2:])) | (x ^ binary.LittleEndian.Uint64(b[3:]))
	return (z-ones)&^z&highs != 0
}

// isWordByte: an ASCII letter or digit, or any byte of a non-ASCII rune.
func isWordByte(c byte) bool {
	return isASCIILetter(c) || isDigit(c) || c >= 0x80 || c == '#' || c == '_'
}

// segmentTag matches "<1>", "</12>" or "<3/>" at i and returns its end, or i.
func segmentTag(text []byte, i, hi int) int {
	j := i + 1
	if j < hi && text[j] == '/' {
		j++
	}
	d := j
	for j < hi && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	if j == d || j-d > maxSegmentDigits {
		return i
	}
	if j < hi && text[j] == '/' && text[i+1] != '/' {
		j++
	}
	if j >= hi || text[j] != '>' {
		return i
	}
	return j + 1
}

// fenceLine: the line at i is three backticks and an optional language
// name (the reader masks real fences in Markdown, so what is left is text).
func fenceLine(text []byte, sp lint.Span, i int) (int, bool) {
	ls := bytes.LastIndexByte(text[sp.Start:i], '\n') + 1 + sp.Start
	if len(bytes.TrimSpace(text[ls:i])) != 0 || !bytes.HasPrefix(text[i:sp.End], []byte("```")) {
		return 0, false
	}
	j := i + 3
	for j < sp.End && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= '0' && text[j] <= '9') {
		j++
	}
	le := seek(text, j, sp.End, '\n')
	return j, len(bytes.TrimSpace(text[j:le])) == 0
}

// texQuote: two backticks at i open a word after a space or the start of the
// block, in prose that was not masked, and two apostrophes close it later.
func texQuote(doc *lint.Document, sp lint.Span, i int) bool {
	text := doc.Text
	if i+2 >= sp.End || text[i+1] != '`' || !isProse(doc, lint.Span{Start: i, End: i + 2}) {
		return false
	}
	if p, n := runeBefore(text, sp.Start, i); n > 0 && !unicode.IsSpace(p) && p != '(' {
		return false
	}
	r, n := runeAt(text, i+2, sp.End)
	if n == 0 || !unicode.IsLetter(r) {
		return false
	}
	// the closing '' follows on the same block
	return bytes.Contains(text[i+2:sp.End], []byte("''"))
}
