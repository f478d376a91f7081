package artifacts

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/translint/translint/lint"
)

// EscapedCharacter flags code-point escapes left in prose: a literal
// "\u200b", "\n" or "\U0001F600", and a "\u3001" that lost its backslash
// ("5u3001", "Norwayu2019s").
type EscapedCharacter struct{}

func (EscapedCharacter) ID() string                     { return "escaped-character" }
func (EscapedCharacter) DefaultSeverity() lint.Severity { return lint.SeverityError }
func (EscapedCharacter) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Escaped code point left in the text",
		Text: `Flags escape sequences that a publishing pipeline printed instead of decoding:
"\u200b", "\u00e9", "\U0001F600", a literal "\n" between sentences, and "\u" escapes that
lost their backslash ("5u3001" for "5、", "Norwayu2019s" for "Norway’s"). A backslash-less
escape is reported only when its four hex digits include a digit, name a printable
non-ASCII character and do not continue a word (a word may end just before one only when it
names punctuation such as ’ or 、). Markdown and HTML code is masked and never inspected;
an emoji shortcode (":u6307:") and an escape quoted as a string literal ("©" between
straight quotes) are mentions, not damage.
A "\n" or "\t" at the end of a string literal (before a closing quote) or named as a
word of its own ("shows \r\n as", "\a, \b, \n") is a mention too.
The fix decodes the escape; invisible characters (zero-width space, soft hyphen) are
removed. Literal "\n" and "\t" have no automatic fix.`,
		Bad:  `5u3001 Every ferry on the lake will stop at dusk.`,
		Good: `5、 Every ferry on the lake will stop at dusk.`,
	}
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// hexAt reads n hex digits at text[i:]; ok is false unless all n are hex
// and the next byte is not an ASCII letter or digit.
func hexAt(text []byte, i, hi, n int) (uint64, bool) {
	if i+n > hi {
		return 0, false
	}
	for k := 0; k < n; k++ {
		if !isHex(text[i+k]) {
			return 0, false
		}
	}
	v, err := strconv.ParseUint(string(text[i:i+n]), 16, 32)
	return v, err == nil
}

// escape is one \uXXXX (or bare uXXXX) escape read at a position.
type escape struct {
	end   int
	r     rune
	bare  bool
	digit bool // the hex digits include a decimal digit
}

// readEscape reads "\uXXXX", "\UXXXXXXXX" or (bare) "uXXXX" at i, joining a
// UTF-16 surrogate pair.
func readEscape(text []byte, i, hi int, bare bool) (escape, bool) {
	e, ok := readUnit(text, i, hi, bare)
	if !ok {
		return e, false
	}
	if utf16.IsSurrogate(e.r) {
		next, ok := readUnit(text, e.end, hi, bare)
		if !ok {
			return e, false
		}
		r := utf16.DecodeRune(e.r, next.r)
		if r == unicode.ReplacementChar {
			return e, false
		}
		e.r, e.end = r, next.end
		e.digit = e.digit || next.digit
	}
	return e, e.r <= unicode.MaxRune
}

// readUnit reads one escape at i, a surrogate half included.
func readUnit(text []byte, i, hi int, bare bool) (escape, bool) {
	e := escape{bare: bare}
	j := i
	if !bare {
		if text[j] != '\\' {
			return e, false
		}
		j++
	}
	if j >= hi {
		return e, false
	}
	n := 4
	switch text[j] {
	case 'u':
	case 'U':
		if bare {
			return e, false
		}
		n = 8
	default:
		return e, false
	}
	v, ok := hexAt(text, j+1, hi, n)
	if !ok {
		return e, false
	}
	e.digit = strings.ContainsAny(string(text[j+1:j+1+n]), "0123456789")
	e.end = j + 1 + n
	e.r = rune(v)
	return e, true
}

// isPunctuationCode: characters that JSON-escaping pipelines most often
// leave glued to a word: quotation marks, apostrophes, dashes, the
// ellipsis, the no-break space and CJK commas and stops.
func isPunctuationCode(r rune) bool {
	return r >= 0x2010 && r <= 0x2015 || r >= 0x2018 && r <= 0x201F || r == 0x2026 || r == 0xA0 ||
		r == 0x3001 || r == 0x3002 || r == 0xFF0C
}

// invisible: format characters (zero-width space, joiners, soft hyphen,
// byte-order mark) whose escape is best removed.
func invisible(r rune) bool { return unicode.Is(unicode.Cf, r) }

func (EscapedCharacter) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for sp := range proseSpans(doc) {
		marks := newSeek2(text, sp.End, '\\', 'u')
		for i := sp.Start; i < sp.End; i++ {
			if i = marks.from(i); i >= sp.End {
				break
			}
			c := text[i]
			if c == 'u' && !(i+5 <= sp.End && isHex(text[i+1]) && isHex(text[i+2]) && isHex(text[i+3]) && isHex(text[i+4])) {
				continue // a "u" of a word: a bare escape has four hex digits after it
			}
			if f, end, ok := escapeRun(doc, i, sp); ok {
				out = append(out, f)
				i = end - 1
				continue
			}
			if c == '\\' {
				if end, ok := literalControl(text, i, sp); ok {
					if namedEscape(text, i, end, sp) {
						i = end - 1
						continue
					}
					out = append(out, finding(doc, lint.Span{Start: i, End: end},
						fmt.Sprintf("escape sequence %q printed instead of a line break or tab", text[i:end]),
						"replace it with the character it stands for or remove it", false, ""))
					i = end - 1
				}
			}
		}
	}
	return out
}

// escapeRun reads consecutive escapes at i (all with a backslash, or all
// without) and reports them as one finding.
func escapeRun(doc *lint.Document, i int, sp lint.Span) (lint.Finding, int, bool) {
	text := doc.Text
	bare := text[i] == 'u'
	if bare {
		// A bare escape must not continue a word ("menu2020") nor follow a
		// backslash (handled as a full escape).
		if p, n := runeBefore(text, sp.Start, i); n > 0 && (p == '\\' || p == '_' || p == '/' || p == '&' || p == '#') {
			return lint.Finding{}, 0, false
		}
	}
	var runes []rune
	j := i
	for j < sp.End {
		e, ok := readEscape(text, j, sp.End, bare)
		if !ok {
			break
		}
		if bare && (!e.digit || e.r < 0x80 || !unicode.IsPrint(e.r) && !unicode.Is(unicode.Cf, e.r)) {
			break
		}
		runes = append(runes, e.r)
		j = e.end
	}
	if len(runes) == 0 || mentioned(text, sp, i, j) {
		return lint.Finding{}, 0, false
	}
	if bare {
		p, n := runeBefore(text, sp.Start, i)
		if n > 0 && (unicode.IsLetter(p) && !isPunctuationCode(runes[0])) {
			return lint.Finding{}, 0, false
		}
		// The escape must end the token: "u3001" then a space, punctuation
		// or a letter of another script, not "u3001abc" nor "u30012".
		if nx, nn := runeAt(text, j, sp.End); nn > 0 && nx < 0x80 && (unicode.IsDigit(nx) || unicode.IsLetter(nx) && !isPunctuationCode(runes[len(runes)-1])) {
			return lint.Finding{}, 0, false
		}
	}
	var good strings.Builder
	allInvisible := true
	for _, r := range runes {
		if !invisible(r) {
			allInvisible = false
			good.WriteRune(r)
		}
	}
	bad := string(text[i:j])
	var msg, sugg string
	switch {
	case allInvisible:
		msg = fmt.Sprintf("escaped invisible character %q left in the text", bad)
		sugg = "remove it"
	case bare:
		msg = fmt.Sprintf("%q is the escape of %q that lost its backslash", bad, good.String())
		sugg = fmt.Sprintf("replace it with %q", good.String())
	default:
		msg = fmt.Sprintf("escape sequence %q printed instead of %q", bad, good.String())
		sugg = fmt.Sprintf("replace it with %q", good.String())
	}
	return finding(doc, lint.Span{Start: i, End: j}, msg, sugg, true, good.String()), j, true
}

// mentioned: the escape text[i:j] is named, not printed by mistake: an
// emoji shortcode (":u6307:") or a string literal written between straight
// quotes ("\u00A9" quoted to show what a tool prints).
func mentioned(text []byte, sp lint.Span, i, j int) bool {
	p, pn := runeBefore(text, sp.Start, i)
	nx, nn := runeAt(text, j, sp.End)
	return pn > 0 && nn > 0 && p == nx && (p == ':' || p == '"' || p == '\'')
}

// literalControl matches a run of "\n", "\r" and "\t" escapes used as prose
// line breaks: not part of a Windows path ("C:\new") and not followed by a
// lower-case letter.
func literalControl(text []byte, i int, sp lint.Span) (int, bool) {
	if p, n := runeBefore(text, sp.Start, i); n > 0 && (p == ':' || p == '\\' || p == '/') {
		return 0, false
	}
	j := i
	for j+1 < sp.End && text[j] == '\\' && (text[j+1] == 'n' || text[j+1] == 'r' || text[j+1] == 't') {
		j += 2
	}
	if j == i {
		return 0, false
	}
	if nx, nn := runeAt(text, j, sp.End); nn > 0 && (unicode.IsLower(nx) || nx == '\\' || nx == '_') {
		return 0, false
	}
	return j, true
}

// namedEscape: the escapes text[i:j] are written as a string or named as
// a word, not printed by mistake: the end of a string literal ("\n"
// before a closing quote, `printf "Done.\n"`), or a word of their own
// between spaces before a lower-case word, a comma or a bracket ("shows
// \r\n as", "\a, \b, \n"). A line break printed into prose sits between
// two sentences: "said.\nThe mayor".
func namedEscape(text []byte, i, j int, sp lint.Span) bool {
	nx, nn := runeAt(text, j, sp.End)
	if nn > 0 && strings.ContainsRune("\"'`", nx) {
		return true
	}
	p, pn := runeBefore(text, sp.Start, i)
	if pn > 0 && !unicode.IsSpace(p) && !strings.ContainsRune("\"'`(", p) {
		return false
	}
	if nn > 0 && strings.ContainsRune(",;)", nx) {
		return true
	}
	if nn > 0 && unicode.IsSpace(nx) {
		w, wn := runeAt(text, j+nn, sp.End)
		return wn > 0 && (unicode.IsLower(w) || w == '^' || w == '\\')
	}
	return false
}
