package droppedname

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// token is a word or a single punctuation mark of a block, as byte offsets
// into the document.
type token struct {
	lint.Span
	word bool
	// text is the token as written; lower its lower-case form (words only).
	text, lower string
	// gap is the number of bytes of white space before the token (since the
	// previous token or the block start); newline is true when that space
	// holds a line break; masked is true when markup was masked there.
	gap     int32
	newline bool
	masked  bool
	// cls holds the word's class bits (clsKey, clsClosed).
	cls uint16
}

func (t token) is(s string) bool { return !t.word && t.text == s }

// endsSentence reports whether t is a period, question or exclamation mark
// or an ellipsis.
func (t token) endsSentence() bool {
	if t.word || t.text == "" {
		return false
	}
	switch t.text[0] {
	case '.', '!', '?':
		return true
	}
	return t.text == "…"
}

// has reports whether the word has one of the class bits.
func (t token) has(cls uint16) bool { return t.cls&cls != 0 }

// upper reports whether the word starts with an upper-case letter.
func (t token) upper() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// punctIn reports whether t is one of the punctuation marks in set.
func (t token) punctIn(set string) bool {
	return !t.word && t.text != "" && strings.Contains(set, t.text)
}

func isJoiner(r rune) bool { return r == '\'' || r == '’' || r == '-' || r == '‐' }

// tokenize appends the tokens of the masked text of a span to out. str is
// the document's masked text as one string and low the same with ASCII
// letters lower-cased: token texts are substrings of them, so tokens of
// ASCII words allocate nothing.
func tokenize(out []token, doc *lint.Document, str, low string, span lint.Span) []token {
	text := doc.Text
	i := span.Start
	gapStart := i
	for i < span.End {
		c := text[i]
		var r rune
		n := 1
		if c < utf8.RuneSelf {
			if c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
				i++
				continue
			}
			r = rune(c)
		} else {
			r, n = utf8.DecodeRune(text[i:span.End])
			if unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		t := token{gap: int32(i - gapStart)}
		for j := gapStart; j < i; j++ {
			if text[j] == '\n' {
				t.newline = true
			}
			if doc.Src[j] != text[j] {
				t.masked = true
			}
		}
		start := i
		wide := n > 1 // the word has a non-ASCII character
		if wordRune(r) {
			i += n
			for i < span.End {
				if c := text[i]; c < utf8.RuneSelf {
					if asciiWord[c] {
						i++
						continue
					}
					r, n = rune(c), 1
				} else {
					r, n = utf8.DecodeRune(text[i:span.End])
					wide = true
					if lint.IsWordRune(r) {
						i += n
						continue
					}
				}
				if isJoiner(r) && i+n < span.End {
					r2, _ := utf8.DecodeRune(text[i+n : span.End])
					if wordRune(r2) {
						i += n
						continue
					}
				}
				break
			}
			t.word = true
		} else {
			i += n
		}
		t.Span = lint.Span{Start: start, End: i}
		t.text = str[start:i]
		if t.word {
			t.lower = low[start:i]
			if wide {
				t.lower = lower(t.text)
			}
			t.cls = classOf(t.lower)
		}
		out = append(out, t)
		gapStart = i
	}
	return out
}

var asciiWord = func() (a [utf8.RuneSelf]bool) {
	for c := range a {
		a[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
	}
	return a
}()

func wordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return lint.IsWordRune(r)
}

// texts returns the masked text as a string and the same with its ASCII
// letters lower-cased (other bytes kept, so offsets do not move), built in
// one allocation.
func texts(text []byte) (str, low string) {
	var b strings.Builder
	b.Grow(2 * len(text))
	b.Write(text)
	var chunk [512]byte
	for i := 0; i < len(text); i += len(chunk) {
		part := text[i:min(i+len(chunk), len(text))]
		for k, c := range part {
			if c-'A' < 26 {
				c += 'a' - 'A'
			}
			chunk[k] = c
		}
		b.Write(chunk[:len(part)])
	}
	both := b.String()
	return both[:len(text)], both[len(text):]
}

// lower is strings.ToLower without its second pass for the common case of
// an ASCII word with no capital letter.
func lower(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || c >= 'A' && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// isEllipsis reports whether the punctuation at toks[i] is part of an
// ellipsis ("..." or "…").
func isEllipsis(toks []token, i int) bool {
	if toks[i].is("…") {
		return true
	}
	if !toks[i].is(".") {
		return false
	}
	adjacentDot := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].is(".") }
	return adjacentDot(i-1) && toks[i].gap == 0 || adjacentDot(i+1) && toks[i+1].gap == 0
}
