package read

import (
	"bytes"
	"path/filepath"
	"strings"

	"github.com/translint/translint/lint"
)

// Site-generator markup in Markdown bodies. Hugo, Jekyll, Docusaurus and
// kramdown add their own syntax to Markdown; goldmark reads it as text, and
// rules would take "{{< /note >}}" or ":::tip" for prose. siteMarkup blanks
// that markup, keeping every offset and line break, in the copy of the
// source that goldmark parses, so it is neither prose nor structure:
//
//   - Hugo shortcodes {{< name … >}} and {{% name … %}} (on one line or
//     several), with the whole body of a code-like shortcode (highlight,
//     code-toggle…: codeLikeName) up to its closer;
//   - Liquid tags {% … %} and output {{ … }}, with the bodies of raw,
//     highlight and comment blocks up to their end tag;
//   - kramdown attribute lists and extensions ({: .note}, {::comment}…{:/});
//   - attribute blocks at the end of a line ({#options}, {.lead});
//   - Docusaurus admonition fences (:::tip … :::); the text between them stays
//     prose and a fence's title ("::: note Read first") becomes a heading;
//   - the marker of a GitHub alert ("> [!NOTE]");
//   - emoji shortcodes (:tada:) and TeX display math ($$ … $$);
//   - ES module import and export lines of MDX (Docusaurus reads .md files as
//     MDX too), and in .mdx files JSX expressions {…};
//   - lines nested deeper than maxNestPrefix (see nestedTooDeep).
//
// The scan is linear: each closer is searched for from where the last search
// for it ended, never again from every opener.

// maxMarkupLen bounds the bytes between an opener and its closer
// ("{{< img … >}}" may span lines; a stray "{{" must not swallow a page).
const maxMarkupLen = 2048

// maxNestPrefix is the width of list and quote markers and indentation
// beyond which a line is not read (nestedTooDeep). goldmark checks every open
// container on every line, which makes thousands of nesting levels cubic;
// no real article nests that deep.
const maxNestPrefix = 80

// isMDX reports a file read as MDX, where braces open JSX expressions.
func isMDX(path string) bool { return strings.EqualFold(filepath.Ext(path), ".mdx") }

// siteScan is the state of one siteMarkup run.
type siteScan struct {
	src []byte
	out []byte // the blanked copy, made on the first change
	// next occurrence at or after the last search of each closer; -1 for
	// none left in the source
	next map[string]int
	set  markupSet
}

// blank masks out[s:e], copying src first when nothing was blanked yet.
func (sc *siteScan) blank(s, e int) {
	if sc.out == nil {
		sc.out = append([]byte(nil), sc.src...)
	}
	Mask(sc.out, s, e)
}

// find returns the offset of the first occurrence of pat at or after from
// and before limit, or -1.
func (sc *siteScan) find(pat string, from, limit int) int {
	at, ok := sc.next[pat]
	if !ok || at >= 0 && at < from {
		at = -1
		if k := bytes.Index(sc.src[from:], []byte(pat)); k >= 0 {
			at = from + k
		}
		sc.next[pat] = at
	}
	if at < 0 || at+len(pat) > limit {
		return -1
	}
	return at
}

// markupSet says which markup a scan blanks.
type markupSet int

const (
	markupMarkdown markupSet = iota // all of it
	markupMDX                       // all of it, and JSX expressions
	markupLiquid                    // template tags only, for HTML pages
)

// siteMarkup returns a copy of src in which the site-generator markup of the
// Markdown body src[start:] is blank, or nil when the body has none.
func siteMarkup(src []byte, start int, mdx bool) []byte {
	if mdx {
		return siteMarkupIn(src, start, markupMDX)
	}
	return siteMarkupIn(src, start, markupMarkdown)
}

// siteMarkupIn is siteMarkup for the given set of markup.
func siteMarkupIn(src []byte, start int, set markupSet) []byte {
	sc := &siteScan{src: src, next: map[string]int{}, set: set}
	if set != markupLiquid {
		sc.lines(start)
	}
	sc.inline(start)
	return sc.out
}

// lines blanks the markup that is a whole line: admonition fences, ES
// module statements and over-nested lines.
func (sc *siteScan) lines(start int) {
	src := sc.src
	prevBlank := true
	var fence []byte                      // the open code fence, nil outside one
	deep := lint.Span{Start: -1, End: -1} // the run of over-nested lines being read
	defer sc.hideDeep(&deep)
	for pos := start; pos < len(src); {
		end := lineEnd(src, pos)
		line := src[pos:end]
		blankLine := len(bytes.TrimSpace(line)) == 0
		if f := fenceOf(line); f != nil || fence != nil {
			if fence == nil {
				fence = f
			} else if f != nil && f[0] == fence[0] && len(f) >= len(fence) && len(bytes.TrimSpace(bytes.TrimLeft(line, " \t>"))) == len(f) {
				fence = nil
			}
			prevBlank = false
			pos = end + 1
			continue
		}
		if nestedTooDeep(line) {
			if deep.Start < 0 {
				deep.Start = pos
			}
			deep.End = end
			prevBlank = false
			pos = end + 1
			continue
		}
		sc.hideDeep(&deep)
		if e := jsxTagEnd(src, pos); e > end {
			// a component's start tag over several lines ("<Tabs\n  values={…}>")
			sc.blank(pos, e)
			prevBlank = false
			pos = lineEnd(src, e) + 1
			continue
		}
		switch {
		case prevBlank && isESMLine(line):
			// The statement runs to the next blank line, as in MDX.
			e := end
			for e < len(src) {
				ne := lineEnd(src, min(e+1, len(src)))
				if len(bytes.TrimSpace(src[min(e+1, len(src)):ne])) == 0 {
					break
				}
				e = ne
			}
			sc.blank(pos, e)
			end = e
		default:
			sc.admonition(pos, line)
			sc.alert(pos, line)
		}
		prevBlank = blankLine
		pos = end + 1
	}
}

// hideDeep blanks a run of over-nested lines and turns it into one HTML
// comment ("<!--" at its start, "-->" at its end), so that goldmark closes
// the deep containers and skips the run in one pass; blank lines would
// still be checked against every open container.
func (sc *siteScan) hideDeep(deep *lint.Span) {
	if deep.Start < 0 {
		return
	}
	sc.blank(deep.Start, deep.End)
	end := deep.End
	for end > deep.Start && sc.out[end-1] == '\r' {
		end--
	}
	copy(sc.out[deep.Start:], "<!--")
	copy(sc.out[end-3:], "-->")
	*deep = lint.Span{Start: -1, End: -1}
}

// jsxTagEnd returns the end of a JSX component's tag ("<Tabs …>",
// "<Chart … />") that opens the line at pos after at most three spaces, or
// -1: a capitalised name, then attributes whose quoted values and {…}
// expressions may hold '>' and line breaks, up to the closing '>' before a
// blank line or maxMarkupLen bytes.
func jsxTagEnd(src []byte, pos int) int {
	i := pos
	for i < len(src) && i-pos < 3 && src[i] == ' ' {
		i++
	}
	if i+1 >= len(src) || src[i] != '<' || src[i+1] < 'A' || src[i+1] > 'Z' {
		return -1
	}
	limit := min(len(src), i+maxMarkupLen)
	depth := 0
	var quote byte
	for j := i + 2; j < limit; j++ {
		c := src[j]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '{':
			depth++
		case c == '}':
			depth--
		case c == '>' && depth == 0:
			return j + 1
		case c == '<' && depth == 0:
			return -1
		case c == '\n' && depth == 0 && j+1 < limit && (src[j+1] == '\n' || src[j+1] == '\r'):
			return -1
		}
	}
	return -1
}

// fenceOf returns the run of backticks or tildes that opens or closes a
// fenced code block on line (after indentation and quote or list markers),
// or nil.
func fenceOf(line []byte) []byte {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '>' || (line[i] == '-' || line[i] == '*' || line[i] == '+') && i+1 < len(line) && line[i+1] == ' ') {
		i++
	}
	j := i
	for j < len(line) && line[j] == line[i] && (line[i] == '`' || line[i] == '~') {
		j++
	}
	if j-i < 3 {
		return nil
	}
	return line[i:j]
}

// fenceLines counts the lines of b that open or close a fenced code block.
func fenceLines(b []byte) int {
	n := 0
	for len(b) > 0 {
		e := bytes.IndexByte(b, '\n')
		if e < 0 {
			e = len(b)
		}
		if fenceOf(b[:e]) != nil {
			n++
		}
		b = b[min(e+1, len(b)):]
	}
	return n
}

// nestedTooDeep: a line whose leading indentation and list or quote markers
// are wider than maxNestPrefix columns.
func nestedTooDeep(line []byte) bool {
	w := 0
	for i := 0; i < len(line) && w <= maxNestPrefix; i++ {
		switch c := line[i]; {
		case c == ' ' || c == '>':
			w++
		case c == '\t':
			w += 4
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && line[i+1] == ' ':
			w++
		case isDigit(c):
			w++
		case c == '.' || c == ')':
			w++
		default:
			return false
		}
	}
	return w > maxNestPrefix
}

// isESMLine: an MDX import or export statement at the start of a line:
// "import X from 'y'", "import 'y'", "export const …", "export default …".
func isESMLine(line []byte) bool {
	// Most lines start with neither keyword: test before copying the line.
	if !bytes.HasPrefix(line, []byte("import ")) && !bytes.HasPrefix(line, []byte("export ")) {
		return false
	}
	s := string(line)
	switch {
	case strings.HasPrefix(s, "import "):
		rest := strings.TrimSpace(s[len("import "):])
		return strings.Contains(rest, " from '") || strings.Contains(rest, ` from "`) ||
			strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, `"`) ||
			strings.HasPrefix(rest, "{") && !strings.Contains(rest, " ")
	case strings.HasPrefix(s, "export "):
		for _, kw := range []string{"const ", "let ", "var ", "function ", "default ", "async function ", "class ", "{"} {
			if strings.HasPrefix(s[len("export "):], kw) {
				return true
			}
		}
	}
	return false
}

// admonition blanks a Docusaurus admonition fence on the line at pos:
// three or more colons after indentation or quote markers, then an optional
// type name and an optional title (":::tip", ":::tip Read first",
// ":::tip[Read first]", ":::"). A title is left as the text of a level-3
// heading (the colons become "###"), the rest of the fence is blank.
func (sc *siteScan) admonition(pos int, line []byte) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '>') {
		i++
	}
	if !bytes.HasPrefix(line[i:], []byte(":::")) {
		return
	}
	fence := i
	for i < len(line) && line[i] == ':' {
		i++
	}
	for i < len(line) && (isASCIILetter(line[i]) || line[i] == '-' || line[i] == '_') {
		i++
	}
	rest := line[i:]
	title := bytes.TrimSpace(rest)
	open, close := -1, -1
	if len(title) > 0 && title[0] == '[' && title[len(title)-1] == ']' {
		open = bytes.IndexByte(rest, '[')
		close = bytes.LastIndexByte(rest, ']')
		title = bytes.TrimSpace(rest[open+1 : close])
	} else if len(title) > 0 && title[0] == '{' {
		title = nil // ":::note{.wide}": directive attributes, no title
	}
	if i > fence && len(title) > 0 && rest[0] != ' ' && rest[0] != '\t' && open < 0 {
		return // ":::tip:" or ":::name!x": not a fence
	}
	if len(title) == 0 {
		sc.blank(pos+fence, pos+len(line))
		return
	}
	sc.blank(pos+fence, pos+i)
	if open >= 0 {
		sc.blank(pos+i+open, pos+i+open+1)
		sc.blank(pos+i+close, pos+i+close+1)
	}
	copy(sc.out[pos+fence:], "###")
}

// alert blanks the marker of a GitHub alert, the first line of a quote
// that is "[!NOTE]", "[!WARNING]" or another upper-case word in brackets
// after "!".
func (sc *siteScan) alert(pos int, line []byte) {
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
		i++
	}
	if i >= len(line) || line[i] != '>' {
		return
	}
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '>') {
		i++
	}
	if !bytes.HasPrefix(line[i:], []byte("[!")) {
		return
	}
	j := i + 2
	for j < len(line) && line[j] >= 'A' && line[j] <= 'Z' {
		j++
	}
	if j == i+2 || j >= len(line) || line[j] != ']' {
		return
	}
	sc.blank(pos+i, pos+j+1)
}

// inline blanks the markup that starts with '{' or ':' anywhere in a line.
func (sc *siteScan) inline(start int) {
	src := sc.src
	for i := start; i < len(src); {
		k := bytes.IndexAny(src[i:], "{:$")
		if k < 0 {
			return
		}
		i += k
		var end int
		switch {
		case src[i] == '{':
			end = sc.brace(i)
		case sc.set == markupLiquid:
		case src[i] == '$':
			end = sc.displayMath(i)
		default:
			end = emojiEnd(src, i)
		}
		// Markup that would blank one code fence of a pair is not markup.
		if end > i && fenceLines(src[i:end])%2 == 0 {
			sc.blank(i, end)
			i = end
		} else {
			i++
		}
	}
}

// displayMath returns the end of TeX display math at i ("$$ x^2 $$", on one
// line or several without a blank line), or i. Single dollars are left
// alone: they are prices far more often than math.
func (sc *siteScan) displayMath(i int) int {
	src := sc.src
	if i+1 >= len(src) || src[i+1] != '$' || i > 0 && src[i-1] == '$' {
		return i
	}
	limit := min(len(src), i+maxMarkupLen)
	if b := bytes.Index(src[i:limit], []byte("\n\n")); b >= 0 {
		limit = i + b
	}
	if e := sc.find("$$", i+2, limit); e > i+2 {
		return e + 2
	}
	return i
}

// brace returns the end of the markup opened by the '{' at i, or i when
// there is none.
func (sc *siteScan) brace(i int) int {
	src := sc.src
	limit := min(len(src), i+maxMarkupLen)
	if b := bytes.Index(src[i:limit], []byte("\n\n")); b >= 0 {
		limit = i + b
	}
	rest := src[i:limit]
	switch {
	case bytes.HasPrefix(rest, []byte("{{<")), bytes.HasPrefix(rest, []byte("{{%")):
		return sc.shortcode(i, limit)
	case bytes.HasPrefix(rest, []byte("{{")):
		if e := sc.find("}}", i+2, limit); e >= 0 {
			return e + 2
		}
	case bytes.HasPrefix(rest, []byte("{%")):
		return sc.liquidTag(i, limit)
	case sc.set == markupLiquid:
	case bytes.HasPrefix(rest, []byte("{:")):
		return sc.kramdown(i, limit)
	case sc.set == markupMDX:
		return jsxExpressionEnd(src, i, limit)
	default:
		return attributeBlockEnd(src, i)
	}
	return i
}

// shortcode returns the end of the Hugo shortcode at i ({{< … >}} or
// {{% … %}}); for a code-like shortcode, the end of its closer.
func (sc *siteScan) shortcode(i, limit int) int {
	closer := ">}}"
	if sc.src[i+2] == '%' {
		closer = "%}}"
	}
	e := sc.find(closer, i+3, limit)
	if e < 0 {
		return i
	}
	end := e + len(closer)
	name, closing := tagName(sc.src[i+3 : e])
	if closing || !codeLikeName(name) {
		return end
	}
	if c := sc.closerOf(name, end, min(len(sc.src), end+64*maxMarkupLen)); c > end {
		return c
	}
	return end
}

// liquidTag returns the end of the Liquid tag at i ({% … %}); for raw,
// highlight and comment blocks, the end of their end tag.
func (sc *siteScan) liquidTag(i, limit int) int {
	e := sc.find("%}", i+2, limit)
	if e < 0 {
		return i
	}
	end := e + 2
	name, _ := tagName(sc.src[i+2 : e])
	switch name {
	case "raw", "highlight", "comment":
		if c := sc.closerOf("end"+name, end, min(len(sc.src), end+64*maxMarkupLen)); c > end {
			return c
		}
	}
	return end
}

// closerOf returns the end of the first tag closing name at or after from
// ("{{< /name >}}", "{{</ name >}}", "{{% /name %}}", "{%- endname -%}"), or
// -1.
func (sc *siteScan) closerOf(name string, from, limit int) int {
	src := sc.src
	for at := from; at < limit; {
		k := sc.find(name, at, limit)
		if k < 0 {
			return -1
		}
		at = k + len(name)
		if at < len(src) && (isASCIILetter(src[at]) || isDigit(src[at]) || src[at] == '-' && at+1 < len(src) && src[at+1] != '%') {
			continue // a longer name
		}
		s := k
		back := func(set string) {
			for s > from && strings.IndexByte(set, src[s-1]) >= 0 {
				s--
			}
		}
		back(" \t")
		if strings.HasPrefix(name, "end") {
			back("-")
			if s-2 < from || src[s-1] != '%' || src[s-2] != '{' {
				continue
			}
		} else {
			if s-1 < from || src[s-1] != '/' {
				continue
			}
			s--
			back(" \t")
			if s-3 < from || src[s-1] != '<' && src[s-1] != '%' || src[s-2] != '{' || src[s-3] != '{' {
				continue
			}
		}
		tail := src[at:min(limit, at+16)]
		for _, c := range []string{">}}", "%}}", "%}"} {
			if e := bytes.Index(tail, []byte(c)); e >= 0 && len(bytes.Trim(tail[:e], " \t-")) == 0 {
				return at + e + len(c)
			}
		}
	}
	return -1
}

// tagName reads the name of a shortcode or Liquid tag from its inside
// ("< highlight go ", "- raw -"), and whether it is a closer ("/name").
func tagName(inside []byte) (name string, closing bool) {
	s := strings.TrimLeft(string(inside), "<%- \t\n")
	s = strings.TrimPrefix(s, "/*") // the escaped form {{</* name */>}}
	s = strings.TrimLeft(s, " ")
	if strings.HasPrefix(s, "/") {
		closing = true
		s = strings.TrimLeft(s[1:], " ")
	}
	e := 0
	for e < len(s) && (isASCIILetter(s[e]) || isDigit(s[e]) || s[e] == '-' || s[e] == '_') {
		e++
	}
	return strings.ToLower(s[:e]), closing
}

// codeLikeName: a shortcode whose body is code or data, not prose
// ("highlight", "code-toggle", "codeblock", "snippet", "mermaid"…).
func codeLikeName(name string) bool {
	switch name {
	case "raw", "comment", "snippet", "mermaid", "math", "katex", "chart", "diagram", "asciinema":
		return true
	}
	return strings.Contains(name, "code") || strings.Contains(name, "highlight")
}

// kramdown returns the end of a kramdown attribute list or extension at i:
// "{: .note}", "{:#id}", "{::options … /}"; the comment and nomarkdown
// extensions up to "{:/…}".
func (sc *siteScan) kramdown(i, limit int) int {
	src := sc.src
	e := bytes.IndexByte(src[i:limit], '}')
	if e < 0 || bytes.IndexByte(src[i:i+e], '\n') >= 0 {
		return i
	}
	end := i + e + 1
	if !bytes.HasPrefix(src[i:end], []byte("{::")) || e < 3 {
		return end
	}
	if name, _ := tagName(src[i+3 : i+e]); (name == "comment" || name == "nomarkdown") && src[end-2] != '/' {
		if c := sc.find("{:/", end, min(len(src), end+64*maxMarkupLen)); c >= 0 {
			if ce := bytes.IndexByte(src[c:min(len(src), c+32)], '}'); ce >= 0 {
				return c + ce + 1
			}
		}
	}
	return end
}

// attributeBlockEnd returns the end of an attribute block that ends its line
// ("## Options {#options}", "{.lead}", "{#intro .wide}", `{class="wide"}`),
// or i.
func attributeBlockEnd(src []byte, i int) int {
	if i+2 >= len(src) {
		return i
	}
	// "{#id}", "{.class}", or "{key=value …}" (goldmark's attribute syntax)
	named := isASCIILetter(src[i+1])
	if src[i+1] != '#' && src[i+1] != '.' && !named {
		return i
	}
	j := i + 2
	if !named && !isASCIILetter(src[j]) && !isDigit(src[j]) && src[j] != '_' {
		return i
	}
	if named {
		e := bytes.IndexAny(src[i:min(len(src), i+200)], "}\n")
		if e < 0 || src[i+e] != '}' || bytes.IndexByte(src[i:i+e], '=') < 0 {
			return i
		}
	}
	for j < len(src) && src[j] != '}' && src[j] != '\n' && j-i < 200 {
		c := src[j]
		if !(isASCIILetter(c) || isDigit(c) || strings.IndexByte("-_.#:= \"'", c) >= 0) {
			return i
		}
		j++
	}
	if j >= len(src) || src[j] != '}' {
		return i
	}
	end := j + 1
	for k := end; k < len(src) && src[k] != '\n'; k++ {
		if src[k] != ' ' && src[k] != '\t' && src[k] != '\r' {
			return i
		}
	}
	return end
}

// jsxExpressionEnd returns the end of the balanced JSX expression {…} at i,
// or i when it does not close before limit.
func jsxExpressionEnd(src []byte, i, limit int) int {
	depth := 0
	for j := i; j < limit; j++ {
		switch src[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return i
}

// emojiEnd returns the end of the emoji shortcode at i (":tada:",
// ":heavy_check_mark:", ":+1:"), or i: lower-case letters, digits, '_', '+'
// and '-' with at least one letter, between colons that touch no word.
func emojiEnd(src []byte, i int) int {
	if i > 0 {
		if c := src[i-1]; isASCIILetter(c) || isDigit(c) || c == ':' || c == '/' || c >= 0x80 {
			return i
		}
	}
	letter := false
	if i+3 < len(src) && (src[i+1] == '+' || src[i+1] == '-') && src[i+2] == '1' && src[i+3] == ':' {
		letter = true // ":+1:", ":-1:"
	}
	j := i + 1
	for ; j < len(src) && j-i <= 40; j++ {
		c := src[j]
		switch {
		case c >= 'a' && c <= 'z':
			letter = true
		case isDigit(c) || c == '_' || c == '+' || c == '-':
		case c == ':':
			if !letter || j+1 < len(src) && (isASCIILetter(src[j+1]) || isDigit(src[j+1]) || src[j+1] == ':' || src[j+1] >= 0x80) {
				return i
			}
			return j + 1
		default:
			return i
		}
	}
	return i
}
