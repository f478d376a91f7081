package source

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// NumKind tells numbers that compare by value apart from times of day and
// months, which compare among themselves.
type NumKind int

const (
	Plain NumKind = iota
	Time          // minutes since midnight, compared modulo twelve hours
	Month         // 1..12, from a month name or a numeric date
)

// Number is a numeric anchor of a passage: "1 000,5", "5 млн", "24.02.2022"
// (its day and year, and its month as a Month), "14:30", "three".
type Number struct {
	lint.Span
	Kind  NumKind
	Value float64
	// Alt is a second reading of an ambiguous figure ("1,500": 1500 or
	// 1.5); NaN when there is one reading.
	Alt float64
	// Word is true for a number written in words: it can match a figure,
	// but a translator may write it for a figure freely, so it is never
	// reported itself.
	Word bool
}

// Same reports whether two numbers can be one quantity. Beyond equal
// values, a decade or a short year matches its full year ("90-е" and
// "1990s", "'22" and "2022"), and a time written with a period ("14.30")
// matches the same time with a colon.
func (a Number) Same(b Number) bool {
	if a.Kind != b.Kind {
		if a.Kind == Plain && b.Kind == Time {
			a, b = b, a
		}
		if a.Kind != Time || b.Kind != Plain || math.IsNaN(b.Value) {
			return false
		}
		h := math.Trunc(b.Value)
		m := math.Round((b.Value - h) * 100)
		return h < 24 && m < 60 && math.Mod(h*60+m, 720) == math.Mod(a.Value, 720)
	}
	if a.Value == b.Value {
		return true
	}
	if a.Kind == Plain && (shortYear(a.Value, b.Value) || shortYear(b.Value, a.Value)) {
		return true
	}
	eq := func(x, y float64) bool {
		if math.IsNaN(x) || math.IsNaN(y) {
			return false
		}
		if a.Kind == Time {
			return math.Mod(x, 720) == math.Mod(y, 720)
		}
		return math.Abs(x-y) <= 1e-9*math.Max(1, math.Abs(x))
	}
	return eq(a.Value, b.Value) || eq(a.Alt, b.Value) || eq(a.Value, b.Alt) || eq(a.Alt, b.Alt)
}

// shortYear: y is a two-digit form of the full year full.
func shortYear(y, full float64) bool {
	return y >= 0 && y < 100 && y == math.Trunc(y) && (full == 1900+y || full == 2000+y)
}

// thinSpaces separate thousands in many locales ("1 000 000").
func isGroupSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\'' }

// multipliers are the scale words that follow a figure ("5 млн", "3 Mrd.",
// "2万"), longest first where one is the prefix of another.
var multipliers = []struct {
	prefix string
	factor float64
}{
	{"миллиард", 1e9}, {"мільярд", 1e9}, {"milliard", 1e9}, {"billion", 1e9}, {"млрд", 1e9}, {"mrd", 1e9},
	{"миллион", 1e6}, {"мільйон", 1e6}, {"million", 1e6}, {"млн", 1e6}, {"mio", 1e6},
	{"trillion", 1e12}, {"трлн", 1e12}, {"billiarde", 1e15},
	{"thousand", 1e3}, {"тысяч", 1e3}, {"тыс", 1e3}, {"тисяч", 1e3}, {"тис", 1e3}, {"tausend", 1e3}, {"tsd", 1e3},
	{"bn", 1e9}, {"mln", 1e6},
	{"百万", 1e6}, {"千万", 1e7}, {"万亿", 1e12}, {"万", 1e4}, {"亿", 1e8},
}

// scale reads a scale word at text[i:] (after optional spaces) and returns
// its factor and where it ends; factor 1 when there is none.
func scale(text []byte, i, end int) (float64, int) {
	j := i
	for j < end && (text[j] == ' ' || isGroupSpaceAt(text, j, end)) {
		_, k := utf8.DecodeRune(text[j:end])
		j += k
	}
	if j >= end || text[j] < utf8.RuneSelf && !isLetterByte(text[j]) {
		return 1, i // every scale word starts with a letter
	}
	rest := strings.ToLower(string(text[j:min(end, j+24)]))
	for _, m := range multipliers {
		if strings.HasPrefix(rest, m.prefix) {
			// "Million" must be a word of its own or a prefix of one
			// ("millions"); "mio" must not start "mioxyz" freely, but a
			// scale abbreviation ends at a letter boundary.
			k := j + len(m.prefix)
			for k < end {
				r, n := utf8.DecodeRune(text[k:end])
				if !unicode.IsLetter(r) {
					break
				}
				if len(m.prefix) <= 4 && r < utf8.RuneSelf { // "mio", "tsd", "mrd" end there
					return 1, i
				}
				k += n
			}
			return m.factor, k
		}
	}
	return 1, i
}

func isGroupSpaceAt(text []byte, j, end int) bool {
	r, _ := utf8.DecodeRune(text[j:end])
	return isGroupSpace(r) && r != '\''
}

func isDigit(c byte) bool      { return c >= '0' && c <= '9' }
func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// Numbers returns the numeric anchors in span s of the document's text.
// englishWords also reads "three", "twenty" as numbers.
func Numbers(doc *lint.Document, s lint.Span, englishWords bool) []Number {
	text := doc.Text
	var out []Number
	digits := false
	for i := s.Start; i < s.End; {
		if !isDigit(text[i]) {
			i++
			continue
		}
		digits = true
		start := i
		var gbuf [8][]byte
		var sbuf [8]rune
		groups, seps := gbuf[:0], sbuf[:0]
		j := i
		for {
			k := j
			for k < s.End && isDigit(text[k]) {
				k++
			}
			groups = append(groups, text[j:k])
			j = k
			if j >= s.End {
				break
			}
			r, n := utf8.DecodeRune(text[j:s.End])
			next := j + n
			if !(r == '.' || r == ',' || r == ' ' || r == ':' || isGroupSpace(r)) || next >= s.End || !isDigit(text[next]) {
				break
			}
			if r == ' ' || isGroupSpace(r) {
				// a space groups thousands only before exactly three digits
				k := next
				for k < s.End && isDigit(text[k]) {
					k++
				}
				if k-next != 3 || len(groups[0]) > 3 || len(seps) > 0 && seps[len(seps)-1] != r {
					break
				}
			}
			seps = append(seps, r)
			j = next
		}
		i = j
		out = appendNumber(out, text, lint.Span{Start: start, End: j}, groups, seps, s.End)
	}
	if digits { // a month counts only beside a figure
		out = append(out, months(doc, s)...)
	}
	if englishWords {
		out = append(out, wordNumbers(doc, s)...)
	}
	return out
}

func atoi[S string | []byte](s S) float64 {
	v := 0.0
	for i := 0; i < len(s); i++ {
		v = v*10 + float64(s[i]-'0')
	}
	return v
}

func appendNumber(out []Number, text []byte, sp lint.Span, groups [][]byte, seps []rune, end int) []Number {
	nan := math.NaN()
	// a time of day: 14:30, 2:30 p.m.
	if len(seps) == 1 && seps[0] == ':' && len(groups[1]) == 2 {
		h, m := atoi(groups[0]), atoi(groups[1])
		if h < 24 && m < 60 {
			v := h*60 + m
			return append(out, Number{Span: sp, Kind: Time, Value: v, Alt: nan})
		}
	}
	for _, r := range seps {
		if r == ':' { // a score or a ratio: its parts
			for _, g := range groups {
				out = append(out, Number{Span: sp, Value: atoi(g), Alt: nan})
			}
			return out
		}
	}
	// a numeric date: 24.02.2022, 24/02 is not read
	if len(groups) == 3 && seps[0] == '.' && seps[1] == '.' && len(groups[0]) <= 2 && len(groups[1]) <= 2 && len(groups[2]) == 4 {
		d, m := atoi(groups[0]), atoi(groups[1])
		if d >= 1 && d <= 31 && m >= 1 && m <= 12 {
			return append(out,
				Number{Span: sp, Value: d, Alt: nan},
				Number{Span: sp, Kind: Month, Value: m, Alt: nan},
				Number{Span: sp, Value: atoi(groups[2]), Alt: nan})
		}
	}
	val, alt := readFigure(groups, seps)
	if math.IsNaN(val) {
		return out
	}
	f, _ := scale(text, sp.End, end)
	val *= f
	alt *= f
	return append(out, Number{Span: sp, Value: val, Alt: alt})
}

// readFigure reads digit groups and their separators in any common locale:
// "1,000.5" and "1.000,5" and "1 000,5" are the same; "1,500" alone may be
// either 1500 or 1.5. A version number ("1.2.3") is NaN.
func readFigure(groups [][]byte, seps []rune) (float64, float64) {
	nan := math.NaN()
	if len(seps) == 0 {
		return atoi(groups[0]), nan
	}
	// the decimal separator is the last '.' or ',' when it occurs once
	// and differs from the others, or is the only kind
	last := seps[len(seps)-1]
	count := 0
	for _, r := range seps {
		if r == last {
			count++
		}
	}
	thousands := func(gs [][]byte) (float64, bool) {
		v := atoi(gs[0])
		for _, g := range gs[1:] {
			if len(g) != 3 {
				return 0, false
			}
			v = v*1000 + atoi(g)
		}
		return v, true
	}
	if last != '.' && last != ',' {
		v, ok := thousands(groups)
		if !ok {
			return nan, nan
		}
		return v, nan
	}
	if count > 1 {
		v, ok := thousands(groups)
		if !ok {
			return nan, nan
		}
		return v, nan
	}
	intPart, ok := thousands(groups[:len(groups)-1])
	if !ok {
		return nan, nan
	}
	frac := groups[len(groups)-1]
	dec := intPart + atoi(frac)/math.Pow(10, float64(len(frac)))
	if len(seps) == 1 && len(frac) == 3 {
		// "1,500": a thousand separator in one locale, a decimal one in another
		return intPart*1000 + atoi(frac), dec
	}
	return dec, nan
}

// monthStems are month names by the start of their word, in the languages
// the source rules read (English, German, Russian, Ukrainian); a month name
// counts only beside a figure ("24 февраля", "February 24").
var monthStems = map[string][]string{
	"1": {"january", "jan", "januar", "январ", "січ"}, "2": {"february", "feb", "februar", "феврал", "лют"},
	"3": {"march", "mar", "märz", "март", "берез"}, "4": {"april", "apr", "апрел", "квіт"},
	"5": {"may", "mai", "мая", "май", "травн", "травен"}, "6": {"june", "jun", "juni", "июн", "черв"},
	"7": {"july", "jul", "juli", "июл", "лип"}, "8": {"august", "aug", "август", "серп"},
	"9": {"september", "sep", "sept", "сентябр", "верес"}, "10": {"october", "oct", "oktober", "октябр", "жовт"},
	"11": {"november", "nov", "ноябр", "листопад"}, "12": {"december", "dec", "dezember", "декабр", "груд"},
}

// monthWords maps whole month words, monthPrefixes the stems of inflected
// languages that start one ("февраля"), to their month.
var monthWords, monthPrefixes = func() (map[string]int, map[string]int) {
	w, p := map[string]int{}, map[string]int{}
	for m, stems := range monthStems {
		for _, st := range stems {
			w[st] = int(atoi(m))
			if len(st) >= 4 && !isASCII(st) {
				p[st] = int(atoi(m))
			}
		}
	}
	return w, p
}()

// monthOf returns the month a word names, 0 for none. Short English and
// German names must be the whole word; stems of inflected languages start it.
func monthOf(w string) int {
	if m, ok := monthWords[w]; ok {
		return m
	}
	if isASCII(w) || len(w) > 40 {
		return 0
	}
	for i := range w {
		if i >= 4 {
			if m, ok := monthPrefixes[w[:i]]; ok {
				return m
			}
		}
	}
	return 0
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func months(doc *lint.Document, s lint.Span) []Number {
	var out []Number
	nan := math.NaN()
	ws := doc.WordsIn(s)
	digitAt := func(o int) bool { return o >= 0 && o < len(ws) && isDigit(doc.Text[ws[o].Start]) }
	for k, w := range ws {
		raw := doc.Text[w.Start:w.End]
		// "2月": a Chinese or Japanese month after its figure
		if bytes.HasSuffix(raw, []byte("月")) {
			d := strings.TrimSuffix(string(raw), "月")
			if j := strings.LastIndexFunc(d, func(r rune) bool { return r < '0' || r > '9' }); j >= 0 {
				_, n := utf8.DecodeRuneInString(d[j:])
				d = d[j+n:]
			}
			if v := atoi(d); d != "" && len(d) <= 2 && v >= 1 && v <= 12 {
				out = append(out, Number{Span: w.Span(), Kind: Month, Value: v, Alt: nan})
			}
			continue
		}
		// a month name counts beside a figure only: look there first
		if isDigit(raw[0]) || !digitAt(k-1) && !digitAt(k+1) {
			continue
		}
		m := monthOf(strings.ToLower(string(raw)))
		if m == 0 {
			continue
		}
		beside := func(o int) bool {
			if !digitAt(o) {
				return false
			}
			a, b := int(ws[min(o, k)].End), int(ws[max(o, k)].Start)
			return strings.Trim(string(doc.Text[a:b]), " .,\u00a0") == ""
		}
		if beside(k-1) || beside(k+1) {
			out = append(out, Number{Span: w.Span(), Kind: Month, Value: float64(m), Alt: nan})
		}
	}
	return out
}

// englishNumbers are the number words a translation may write for a figure.
var englishNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
	"sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
	"forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
	"dozen": 12, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "half": 0.5,
}

// minNumberWord and maxNumberWord bound the length of englishNumbers'
// words, and numberWordStart holds their first letters: most words are
// passed over without a map lookup.
var minNumberWord, maxNumberWord, numberWordStart = func() (lo, hi int, first [256]bool) {
	lo = 1 << 30
	for w := range englishNumbers {
		lo, hi = min(lo, len(w)), max(hi, len(w))
		first[w[0]] = true
	}
	return lo, hi, first
}()

func wordNumbers(doc *lint.Document, s lint.Span) []Number {
	var out []Number
	var low [16]byte
	for _, w := range doc.WordsIn(s) {
		if n := w.Len(); n < minNumberWord || n > maxNumberWord || !numberWordStart[doc.Text[w.Start]|0x20] {
			continue
		}
		for i, c := range doc.Text[w.Start:w.End] {
			low[i] = c | 0x20 // a non-ASCII byte matches no key anyway
		}
		v, ok := englishNumbers[string(low[:w.Len()])]
		if !ok {
			continue
		}
		f, _ := scale(doc.Text, int(w.End), s.End)
		out = append(out, Number{Span: w.Span(), Value: v * f, Alt: math.NaN(), Word: true})
	}
	return out
}
