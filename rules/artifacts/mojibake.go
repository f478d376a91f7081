package artifacts

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"github.com/translint/translint/lint"
)

// Mojibake flags UTF-8 text that was decoded with a single-byte code page
// (Windows-1252, Latin-1, Mac Roman, or for punctuation the Cyrillic, Thai,
// Greek and Hebrew Windows pages) and encoded again, and replacement
// characters (U+FFFD) left where a byte could not be decoded.
type Mojibake struct{}

func (Mojibake) ID() string                     { return "mojibake" }
func (Mojibake) DefaultSeverity() lint.Severity { return lint.SeverityError }
func (Mojibake) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Text decoded with the wrong character set",
		Text: `Flags mojibake: UTF-8 bytes that were read as Windows-1252, Latin-1 or Mac Roman
("Ã©" for "é", "â€™" or "‚Äô" for "’", "Ð¿Ñ€Ð¸" for "при"), curly quotes and dashes
read as the Cyrillic, Thai, Greek or Hebrew Windows page ("вЂ™", "โ€œ", "β€", "ג€"), the
same split by spaces ("â € ™"), and the replacement character U+FFFD left where a byte
was lost. The Cyrillic, Thai, Greek and Hebrew readings are reported only for
punctuation, so text in those scripts is never taken for mojibake. A sequence is reported only when re-encoding
it gives valid UTF-8 for a character that is plausible in an article (letters, general
punctuation, currency, CJK, emoji), so ordinary accented text is left alone. The fix
restores the original characters, undoing repeated damage ("Ã¢â‚¬â„¢") too.`,
		Bad:  "Norway‚Äôs economy",
		Good: "Norway’s economy",
	}
}

// codePage re-encodes one rune to the byte a single-byte code page decoded it from.
type codePage struct {
	name string
	enc  func(r rune) (byte, bool)
	// single: a one-character decoding is enough evidence (for Windows-1252,
	// "Ã©" is never prose; for Mac Roman "—Ä" might be).
	single bool
	// signature: a run that is not single needs two characters or this
	// prefix ("‚Äô"); with strict, it needs the prefix whatever its length
	// (Thai text read back by chance decodes to CJK, never to "โ€œ").
	signature func(b []byte) bool
	strict    bool
	// quoteStart is the page's reading of E2 80, the first two bytes of a
	// curly quote or dash, for pages with a strict signature.
	quoteStart string
}

var codePages = []codePage{
	{"Windows-1252", encodeWindows1252, true, nil, false, ""},
	{"Mac Roman", encodeMacRoman, false, macRomanSignature, false, ""},
	punctuationPage("Windows-1251", charmap.Windows1251),
	punctuationPage("Windows-874", charmap.Windows874),
	punctuationPage("Windows-1253", charmap.Windows1253),
	punctuationPage("Windows-1255", charmap.Windows1255),
}

// punctuationPage is a code page whose reading of UTF-8 is reported only
// for the general punctuation block (curly quotes, dashes, the ellipsis):
// its reading of the lead bytes E2 80 ("вЂ", "โ€", "β€", "ג€") is the
// strict signature, since text in the page's own script read back by chance
// decodes to CJK, never to punctuation. Bytes the page leaves undefined are
// taken from Windows-1252, as browsers do.
func punctuationPage(name string, cm *charmap.Charmap) codePage {
	sig := string(cm.DecodeByte(0xE2)) + string(cm.DecodeByte(0x80))
	enc := func(r rune) (byte, bool) {
		if r < 0x80 {
			return byte(r), true
		}
		if b, ok := cm.EncodeRune(r); ok {
			return b, true
		}
		return charmap.Windows1252.EncodeRune(r)
	}
	return codePage{name, enc, false, func(b []byte) bool { return bytes.HasPrefix(b, []byte(sig)) }, true, sig}
}

func encodeWindows1252(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0xFF {
		// Latin-1, including the C1 controls that stand for the five bytes
		// Windows-1252 leaves undefined.
		return byte(r), true
	}
	if r < 0x80 {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

func encodeMacRoman(r rune) (byte, bool) {
	if r < 0x80 {
		return byte(r), true
	}
	return charmap.Macintosh.EncodeRune(r)
}

// plausible reports whether a decoded character is one an article would
// contain, so that re-encoding accented prose by chance is not mojibake.
func plausible(r rune, size int) bool {
	switch size {
	case 2:
		return r >= 0xA0 && r <= 0x17F || r >= 0x370 && r <= 0x3FF ||
			r >= 0x400 && r <= 0x45F || r == 0x490 || r == 0x491
	case 3:
		return r >= 0x2000 && r <= 0x206F || r >= 0x20A0 && r <= 0x20CF ||
			r >= 0x2100 && r <= 0x22FF || r >= 0x2600 && r <= 0x27BF ||
			r >= 0x3000 && r <= 0x30FF || r >= 0x4E00 && r <= 0x9FFF ||
			r >= 0xAC00 && r <= 0xD7AF || r >= 0xFF00 && r <= 0xFFEF || r == 0xFEFF ||
			r >= 0x1E00 && r <= 0x1EFF
	case 4:
		return r >= 0x1F000 && r <= 0x1FAFF
	}
	return false
}

// decodeOne tries to read one mojibake character at text[i:hi] with cp: it
// returns the original character, its UTF-8 length and the bytes of text it
// covers, or n == 0.
func decodeOne(text []byte, i, hi int, cp codePage) (orig rune, size, n int) {
	r, rn := runeAt(text, i, hi)
	if r < 0x80 {
		return 0, 0, 0
	}
	b0, ok := cp.enc(r)
	if !ok {
		return 0, 0, 0
	}
	switch {
	case b0 >= 0xC2 && b0 <= 0xDF:
		size = 2
	case b0 >= 0xE0 && b0 <= 0xEF:
		size = 3
	case b0 >= 0xF0 && b0 <= 0xF4:
		size = 4
	default:
		return 0, 0, 0
	}
	var buf [4]byte
	buf[0] = b0
	j := i + rn
	for k := 1; k < size; k++ {
		c, cn := runeAt(text, j, hi)
		if cn == 0 || c < 0x80 {
			return 0, 0, 0
		}
		b, ok := cp.enc(c)
		if !ok || b < 0x80 || b > 0xBF {
			return 0, 0, 0
		}
		buf[k] = b
		j += cn
	}
	d, dn := utf8.DecodeRune(buf[:size])
	if d == utf8.RuneError || dn != size || !plausible(d, size) {
		return 0, 0, 0
	}
	return d, size, j - i
}

// unmojibake decodes s with cp as long as it keeps looking like mojibake
// (text damaged twice is repaired in one go).
func unmojibake(s string, cp codePage) string {
	for pass := 0; pass < 3; pass++ {
		b := []byte(s)
		var out strings.Builder
		changed := false
		for i := 0; i < len(b); {
			if d, _, n := decodeOne(b, i, len(b), cp); n > 0 {
				out.WriteRune(d)
				i += n
				changed = true
				continue
			}
			_, n := utf8.DecodeRune(b[i:])
			out.Write(b[i : i+n])
			i += n
		}
		if !changed {
			break
		}
		s = out.String()
	}
	return s
}

func (Mojibake) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for sp := range proseSpans(doc) {
		i := sp.Start
		for i < sp.End {
			// Mojibake and lost bytes are non-ASCII: skip ASCII in bulk.
			if i += skipASCII(text[i:sp.End]); i >= sp.End {
				break
			}
			r, rn := runeAt(text, i, sp.End)
			if r == utf8.RuneError {
				j := i
				for j < sp.End {
					c, cn := runeAt(text, j, sp.End)
					if c != utf8.RuneError {
						break
					}
					j += cn
				}
				out = append(out, finding(doc, lint.Span{Start: i, End: j},
					"replacement character: a byte of the original text was lost",
					"restore the character from the source", false, ""))
				i = j
				continue
			}
			if j, good := spacedMojibake(text, i, sp.End); j > i {
				msg := fmt.Sprintf("%q is %q read as Windows-1252, with spaces put between the characters", text[i:j], good)
				if good == "" {
					msg = fmt.Sprintf("%q is the start of a curly quote or dash read as Windows-1252 and split by spaces", text[i:j])
				}
				sug := "restore the quotation mark or dash"
				if good != "" {
					sug = fmt.Sprintf("replace it with %q", good)
				}
				out = append(out, finding(doc, lint.Span{Start: i, End: j}, msg, sug, good != "", good))
				i = j
				continue
			}
			if f, end := mojibakeRun(doc, i, sp.End); end > i {
				out = append(out, f)
				i = end
				continue
			}
			if j, ok := truncatedQuote(text, i, sp.End); ok {
				out = append(out, finding(doc, lint.Span{Start: i, End: j},
					fmt.Sprintf("%q is the start of a curly quote or dash read with the wrong code page, its last byte lost", text[i:j]),
					"restore the quotation mark or dash", false, ""))
				i = j
				continue
			}
			i += rn
		}
	}
	return out
}

// mojibakeRun reads a run of mojibake characters starting at i with the
// first code page that decodes it.
func mojibakeRun(doc *lint.Document, i, hi int) (lint.Finding, int) {
	text := doc.Text
	for _, cp := range codePages {
		if cp.strict && !cp.signature(text[i:hi]) {
			continue // most text: one prefix test, no decoding
		}
		j, chars := i, 0
		for j < hi {
			_, _, n := decodeOne(text, j, hi, cp)
			if n == 0 {
				break
			}
			j += n
			chars++
		}
		if chars == 0 {
			continue
		}
		if sig := cp.signature != nil && cp.signature(text[i:j]); cp.strict && !sig || !cp.single && !sig && chars < 2 {
			continue
		}
		bad := string(text[i:j])
		good := unmojibake(bad, cp)
		s := lint.Span{Start: i, End: j}
		return finding(doc, s,
			fmt.Sprintf("%q is %q read as %s", bad, good, cp.name),
			fmt.Sprintf("replace it with %q", good), true, good), j
	}
	return lint.Finding{}, i
}

// macRomanSignature: the Mac Roman readings of the curly quotes, dashes and
// ellipsis ("‚Äô", "‚Äú", "‚Äî"...) and of the Latin-1 letters ("√©") are
// never prose on their own.
func macRomanSignature(b []byte) bool {
	return bytes.HasPrefix(b, []byte("‚Ä")) || bytes.HasPrefix(b, []byte("√"))
}

// spacedMojibake matches "â € ™": the Windows-1252 reading of a three-byte
// punctuation mark ("’") that a tokenizer split with spaces. It returns the
// end of the match and the original character, or i.
func spacedMojibake(text []byte, i, hi int) (int, string) {
	const lead, mid = "â", "€"
	if !bytes.HasPrefix(text[i:hi], []byte(lead)) {
		return i, ""
	}
	j, spaces := i+len(lead), 0
	skip := func() {
		for j < hi && text[j] == ' ' {
			j++
			spaces++
		}
	}
	skip()
	if !bytes.HasPrefix(text[j:hi], []byte(mid)) {
		return i, ""
	}
	j += len(mid)
	if spaces == 0 {
		return i, ""
	}
	end := j
	skip()
	r, n := runeAt(text, j, hi)
	if b, ok := encodeWindows1252(r); n == 0 || !ok || b < 0x80 || b > 0xBF {
		return end, "" // the third byte was lost, as in "â€"
	}
	b, _ := encodeWindows1252(r)
	d, _ := utf8.DecodeRune([]byte{0xE2, 0x80, b})
	if !plausible(d, 3) {
		return i, ""
	}
	return j + n, string(d)
}

// truncatedQuote matches "â€" (or its reading in another page, "โ€") not
// followed by a third byte: Windows-1252 has no character for 0x9D (the last
// byte of ”), so it is often dropped.
func truncatedQuote(text []byte, i, hi int) (int, bool) {
	if p := "â€"; bytes.HasPrefix(text[i:hi], []byte(p)) {
		return i + len(p), true
	}
	for _, cp := range codePages {
		if cp.quoteStart != "" && bytes.HasPrefix(text[i:hi], []byte(cp.quoteStart)) {
			return i + len(cp.quoteStart), true
		}
	}
	return 0, false
}
