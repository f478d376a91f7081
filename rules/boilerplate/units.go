package boilerplate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// maxWords is how many words of a line are folded; longer lines are prose
// for every purpose of this rule except phrases at their start.
const maxWords = 40

// unit is one trimmed line of a body block: the grain at which chrome is
// recognised (a Markdown paragraph may hold several soft-broken lines).
type unit struct {
	lint.Span
	block       int
	kind        lint.BlockKind
	first, last bool // first or last line of its block
	// norm is the folded text of the first maxWords words, single spaces;
	// ws[i] is word i's offset in norm, raw[i] its span in the document.
	norm   string
	ws     []int
	raw    []lint.Span
	nwords int // number of words, maxWords+1 when there are more
	nfunc  int // function words among the folded ones
	final  rune
	// ellipsis: the line ends with "..." or "…" (a cut headline).
	ellipsis bool
	quoted   bool // starts with a quotation mark
}

func (u *unit) long() bool { return u.nwords > maxWords }

// word returns folded word i.
func (u *unit) word(i int) string {
	end := len(u.norm)
	if i+1 < len(u.ws) {
		end = u.ws[i+1] - 1
	}
	return u.norm[u.ws[i]:end]
}

// words returns folded words [i, j) joined by single spaces.
func (u *unit) words(i, j int) string {
	end := len(u.norm)
	if j < len(u.ws) {
		end = u.ws[j] - 1
	}
	return u.norm[u.ws[i]:end]
}

// prose: a sentence of some length, the stuff of an article body.
func (u *unit) prose() bool {
	if u.nwords >= 25 {
		return true
	}
	return u.nwords >= 12 && !u.ellipsis && (u.final == '.' || u.final == '!' || u.final == '?')
}

// headlineLike: short and without final sentence punctuation.
func (u *unit) headlineLike() bool {
	if u.nwords == 0 || u.nwords > 25 {
		return false
	}
	if u.ellipsis {
		return true
	}
	switch u.final {
	case '.', '!', '?', ':', ';', ',':
		return false
	}
	return true
}

const quoteMarks = "\"'“‘«„‚‹`"

// buildUnits splits the body blocks of doc into units and folds their words.
func buildUnits(doc *lint.Document, m *matcher) []unit {
	var out []unit
	for bi, b := range doc.Blocks {
		if b.Meta || b.Len() == 0 {
			continue
		}
		start := len(out)
		s := b.Start
		for s < b.End {
			e := s
			for e < b.End && doc.Text[e] != '\n' {
				e++
			}
			sp := lint.TrimSpan(doc.Text, lint.Span{Start: s, End: e})
			if sp.Len() > 0 {
				u := unit{Span: sp, block: bi, kind: b.Kind}
				fold(doc.Text, &u, m)
				if u.nwords > 0 {
					out = append(out, u)
				}
			}
			s = e + 1
		}
		if len(out) > start {
			out[start].first = true
			out[len(out)-1].last = true
		}
	}
	return out
}

// fold fills the word fields of u from text.
func fold(text []byte, u *unit, m *matcher) {
	var b strings.Builder
	b.Grow(min(u.Len(), 400))
	i := u.Start
	for i < u.End {
		r, n := utf8.DecodeRune(text[i:u.End])
		if !lint.IsWordRune(r) {
			i += n
			continue
		}
		ws := i
		wstart := b.Len()
		if u.nwords < maxWords && wstart > 0 {
			b.WriteByte(' ')
			wstart++
		}
		for i < u.End {
			r, n = utf8.DecodeRune(text[i:u.End])
			if !lint.IsWordRune(r) {
				break
			}
			if u.nwords < maxWords {
				b.WriteRune(unicode.ToLower(r))
			}
			i += n
		}
		if u.nwords < maxWords {
			u.ws = append(u.ws, wstart)
			u.raw = append(u.raw, lint.Span{Start: ws, End: i})
		}
		u.nwords++
		if u.nwords > maxWords {
			break
		}
	}
	u.norm = b.String()
	for k := range u.ws {
		if m.fn[u.word(k)] {
			u.nfunc++
		}
	}
	t := text[u.Start:u.End]
	first, _ := utf8.DecodeRune(t)
	u.quoted = strings.ContainsRune(quoteMarks, first)
	// final punctuation, looking through closing quotes and brackets
	e := len(t)
	for e > 0 {
		r, n := utf8.DecodeLastRune(t[:e])
		if strings.ContainsRune("\"'”’»)]*_ ", r) {
			e -= n
			continue
		}
		u.final = r
		u.ellipsis = r == '…' || strings.HasSuffix(string(t[:e]), "...")
		break
	}
}

// capitalised reports whether raw word i starts with an upper-case letter.
func (u *unit) capitalised(text []byte, i int) bool {
	r, _ := utf8.DecodeRune(text[u.raw[i].Start:u.raw[i].End])
	return unicode.IsUpper(r)
}

// nameLike: two to four capitalised words, no function words, no digits,
// no final punctuation: "Anna Cooper", "Jean-Paul Martin".
func (u *unit) nameLike(text []byte) bool {
	if u.nwords < 2 || u.nwords > 4 || u.nfunc > 0 || !u.headlineLike() || u.ellipsis {
		return false
	}
	for i := range u.raw {
		if !u.capitalised(text, i) {
			return false
		}
		for _, r := range u.word(i) {
			if unicode.IsDigit(r) {
				return false
			}
		}
	}
	return true
}

// dateLike: a short line with a month name or a numeric date or time:
// datelines belong to the article.
func (u *unit) dateLike(text []byte, m *matcher) bool {
	if u.nwords > 8 {
		return false
	}
	for i := range u.ws {
		if m.month[u.word(i)] {
			return true
		}
	}
	t := text[u.Start:u.End]
	for i := 0; i+2 < len(t); i++ {
		if isDigit(t[i]) && (t[i+1] == '.' || t[i+1] == '/' || t[i+1] == ':' || t[i+1] == '-') && isDigit(t[i+2]) {
			return true
		}
	}
	return false
}

// bylineLike: the reader's byline, or a short line that opens with "By".
func (u *unit) bylineLike() bool {
	if u.kind == lint.Byline {
		return true
	}
	if u.nwords > 10 || len(u.ws) == 0 {
		return false
	}
	switch u.word(0) {
	case "by", "von", "par", "por", "автор", "авторка":
		return !u.prose()
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// allDigits reports whether folded word w is a number.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}

// afterWords returns the first non-space rune of text after raw word j-1
// (that is, after the first j words), or 0 at the end of the unit.
func (u *unit) afterWords(text []byte, j int) rune {
	i := u.raw[j-1].End
	for i < u.End {
		r, n := utf8.DecodeRune(text[i:u.End])
		if !unicode.IsSpace(r) {
			return r
		}
		i += n
	}
	return 0
}
