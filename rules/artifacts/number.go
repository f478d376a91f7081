package artifacts

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"strconv"

	"github.com/translint/translint/lint"
)

// NumberFormat flags numbers, times and ordinals written the way the source
// language writes them, or mixed up by the translation: a 24-hour time with
// AM/PM, AM/PM before the time, an ordinal with the wrong suffix, a space as
// the thousands separator and a decimal comma before "million".
type NumberFormat struct{}

func (NumberFormat) ID() string                     { return "number-format" }
func (NumberFormat) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (NumberFormat) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Time, ordinal or number written in the source language's format",
		Text: `Flags numbers that machine translation carried over or mixed up, in English text:
- a 24-hour time with AM or PM ("22:40 PM", "0:15 AM"), and AM or PM before the time
  ("PM 11:25", the Korean and Chinese order);
- an ordinal with the wrong suffix ("17st", "3th", "12rd"); the fix writes the right one;
- a space as the thousands separator before a word ("46 000 visitors", "3 750 000 euros"), or
  periods with two groups ("1.500.000 people"; "2.256 seconds" is a decimal);
- a decimal comma before a multiplier or a percentage ("6,5 million", "4,8 percent").
Years, phone numbers, codes ("1 2 3"), English thousands ("46,000") and decimal points are
fine. Only English documents are checked.`,
		Bad:  "At 22:40 PM on the 17st, 46 000 visitors had come; the trust holds 6,5 million.",
		Good: "At 10:40 PM on the 17th, 46,000 visitors had come; the trust holds 6.5 million.",
	}
}

func (NumberFormat) Check(doc *lint.Document) []lint.Finding {
	if doc.Lang != "en" {
		return nil
	}
	var out []lint.Finding
	text := doc.Text
	for sp := range proseSpans(doc) {
		for i := sp.Start; i < sp.End; {
			a := i + indexDigit(text[i:sp.End])
			if a >= sp.End {
				break
			}
			b := a
			for b < sp.End && isDigit(text[b]) {
				b++
			}
			if a > sp.Start && (isDigit(text[a-1]) || isASCIILetter(text[a-1])) {
				i = b // part of a code or a word ("A320", "mp3")
				continue
			}
			if f, ok := ordinal(doc, sp, a, b); ok {
				out = append(out, f)
			} else if f, end, ok := clockTime(doc, sp, a, b); ok {
				out = append(out, f)
				b = end
			} else {
				for _, lf := range localeFormats {
					if end, ok := lf.match(text, sp, a, b); ok {
						out = append(out, lint.Finding{Span: lint.Span{Start: a, End: end},
							Message:    fmt.Sprintf("%q uses %s", text[a:end], lf.what),
							Suggestion: lf.suggestion})
						b = end
						break
					}
				}
			}
			i = b
		}
	}
	return out
}

// localeFormats are the number formats of other languages, each a matcher
// of the digit run text[a:b] that returns the end of the number.
var localeFormats = []struct {
	match            func(text []byte, sp lint.Span, a, b int) (int, bool)
	what, suggestion string
}{
	{spacedThousands, "a space as the thousands separator", "use commas in English (12,500)"},
	{dottedThousands, "periods as the thousands separator", "use commas in English (1,500,000)"},
	{decimalComma, "a decimal comma", "use a decimal point in English (2.5 million)"},
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// indexDigit returns the index of the first ASCII digit in b, or len(b).
// It tests eight bytes at a time: prose has a digit in a hundred bytes or
// fewer, and the test of a byte at a time was most of the rule's time.
func indexDigit(b []byte) int {
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if x&highs == 0 {
			// bytes >= '0' and bytes >= '9'+1 get their high bit set; no
			// carry crosses bytes below 0x80.
			if (x+(0x80-'0')*ones)&^(x+(0x80-'9'-1)*ones)&highs == 0 {
				continue
			}
		}
		// a digit, or a byte outside ASCII: these eight one by one
		for k := i; k < i+8; k++ {
			if isDigit(b[k]) {
				return k
			}
		}
	}
	for ; i < len(b); i++ {
		if isDigit(b[i]) {
			return i
		}
	}
	return len(b)
}

// ordinalSuffix returns the English suffix of the ordinal n ("st" for 21).
func ordinalSuffix(digits []byte) string {
	n := len(digits)
	last := digits[n-1]
	if n >= 2 && digits[n-2] == '1' {
		return "th"
	}
	switch last {
	case '1':
		return "st"
	case '2':
		return "nd"
	case '3':
		return "rd"
	}
	return "th"
}

// ordinal: digits text[a:b] followed by a wrong suffix ("19st"), not
// followed by more letters.
func ordinal(doc *lint.Document, sp lint.Span, a, b int) (lint.Finding, bool) {
	text := doc.Text
	if b+2 > sp.End {
		return lint.Finding{}, false
	}
	suf := string(text[b : b+2])
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return lint.Finding{}, false
	}
	if b+2 < sp.End && isASCIILetter(text[b+2]) {
		return lint.Finding{}, false
	}
	want := ordinalSuffix(text[a:b])
	if suf == want {
		return lint.Finding{}, false
	}
	s := lint.Span{Start: a, End: b + 2}
	f := lint.Finding{Span: s,
		Message:    fmt.Sprintf("ordinal %q has the wrong suffix", text[a:b+2]),
		Suggestion: fmt.Sprintf("write %q", string(text[a:b])+want)}
	if fix := (lint.Span{Start: b, End: b + 2}); isProse(doc, fix) {
		f.Fix = []lint.Edit{{Span: fix, New: want}}
	}
	return f, true
}

// meridiems are the AM/PM markers, longest first.
var meridiems = []string{"a.m.", "p.m.", "AM", "PM", "am", "pm"}

// meridiemAt returns the length of the AM/PM marker at text[i:hi], or 0; it
// must not go on as a word ("PMs", "amid").
func meridiemAt(text []byte, i, hi int) int {
	for _, m := range meridiems {
		if bytes.HasPrefix(text[i:hi], []byte(m)) {
			if e := i + len(m); e < hi && isASCIILetter(text[e]) {
				return 0
			}
			return len(m)
		}
	}
	return 0
}

// clockTime: "22:40 PM" (an hour of 0 or 13 to 23 with AM/PM) and
// "PM 11:25" (the marker before the time).
func clockTime(doc *lint.Document, sp lint.Span, a, b int) (lint.Finding, int, bool) {
	text := doc.Text
	if b-a > 2 || b+3 > sp.End || text[b] != ':' || !isDigit(text[b+1]) || !isDigit(text[b+2]) ||
		b+3 < sp.End && isDigit(text[b+3]) {
		return lint.Finding{}, 0, false
	}
	hour, _ := strconv.Atoi(string(text[a:b]))
	end := b + 3
	// the marker after: "22:40 PM"
	m := end
	if m < sp.End && text[m] == ' ' {
		m++
	}
	if n := meridiemAt(text, m, sp.End); n > 0 && (hour == 0 || hour >= 13 && hour <= 23) {
		return lint.Finding{Span: lint.Span{Start: a, End: m + n},
			Message:    fmt.Sprintf("%q is a 24-hour time with %s", text[a:m+n], text[m:m+n]),
			Suggestion: "write the 24-hour time alone or the 12-hour time with AM/PM"}, m + n, true
	}
	// the marker before: "PM 11:25"
	if a >= 3 && text[a-1] == ' ' {
		for _, mk := range []string{"AM", "PM"} {
			s := a - 1 - len(mk)
			if s >= sp.Start && string(text[s:a-1]) == mk && (s == sp.Start || !isASCIILetter(text[s-1])) && hour <= 12 {
				return lint.Finding{Span: lint.Span{Start: s, End: end},
					Message:    fmt.Sprintf("%q puts %s before the time", text[s:end], mk),
					Suggestion: fmt.Sprintf("write %q", string(text[a:end])+" "+mk)}, end, true
			}
		}
	}
	return lint.Finding{}, 0, false
}

// spacedThousands: "46 000 visitors": one to three digits, then groups of
// three digits each after a space, then a space and a lower-case word.
func spacedThousands(text []byte, sp lint.Span, a, b int) (int, bool) {
	if b-a > 3 || a > sp.Start && bytes.IndexByte([]byte("+(-/.,:"), text[a-1]) >= 0 {
		return 0, false
	}
	if a >= sp.Start+2 && text[a-1] == ' ' && isDigit(text[a-2]) {
		return 0, false // inside a list of figures ("1 2 3", "10 200 300")
	}
	end, groups := b, 0
	for end+4 <= sp.End && text[end] == ' ' && isDigit(text[end+1]) && isDigit(text[end+2]) && isDigit(text[end+3]) &&
		(end+4 == sp.End || !isDigit(text[end+4])) {
		end += 4
		groups++
	}
	if groups == 0 || end+2 > sp.End || text[end] != ' ' || !(text[end+1] >= 'a' && text[end+1] <= 'z') {
		return 0, false
	}
	return end, true
}

// dottedThousands: "1.500.000 people": one to three digits and exactly two
// groups of three digits after periods, then a space and a lower-case word.
// One group ("2.256 seconds") is a decimal; three are an IP address.
func dottedThousands(text []byte, sp lint.Span, a, b int) (int, bool) {
	if b-a > 3 || a > sp.Start && text[a-1] == '.' {
		return 0, false
	}
	end := b
	for g := 0; g < 2; g++ {
		if end+4 > sp.End || text[end] != '.' || !isDigit(text[end+1]) || !isDigit(text[end+2]) || !isDigit(text[end+3]) {
			return 0, false
		}
		end += 4
	}
	if end+2 > sp.End || text[end] != ' ' || !(text[end+1] >= 'a' && text[end+1] <= 'z') {
		return 0, false
	}
	return end, true
}

// multipliers follow a decimal number. A bare "%" is not one: "512,50 %" is
// how a page shows a French or German figure it is about.
var multipliers = []string{" million", " billion", " trillion", " percent", " per cent"}

// decimalComma: "3,5 million": one to three digits, a comma, one or two
// digits and a multiplier or a percentage.
func decimalComma(text []byte, sp lint.Span, a, b int) (int, bool) {
	if b-a > 3 || b+2 > sp.End || text[b] != ',' || !isDigit(text[b+1]) {
		return 0, false
	}
	e := b + 1
	for e < sp.End && isDigit(text[e]) {
		e++
	}
	if e-b-1 > 2 {
		return 0, false
	}
	for _, m := range multipliers {
		if bytes.HasPrefix(text[e:sp.End], []byte(m)) {
			return e, true
		}
	}
	return 0, false
}
