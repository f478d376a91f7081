package boilerplate

import (
	"bytes"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/textkey"
)

// A call to action or a navigation link that the author wrote as markup
// with a target, in a Markdown, MDX or HTML source ("[Discuss on the
// forum](…)", `<a href="…">Learn more →</a>`, `<Link to="…">Next</Link>`),
// is an element of the page the author meant to be there. Scraped chrome is
// text that lost its links when the page was turned into an article: a
// plain-text file keeps the words and drops the targets. So the reasons
// that describe what a link is for (a call to follow, share or discuss, a
// navigation link, a menu or a tag cloud, a site name or section, a line
// repeated across the run, a pack phrase opened by a call verb) stand down
// on a line whose words are link text; theme notices, cookie banners,
// footers, author boxes and calendars are reported whatever their markup.

// linkReasons are the reasons that an authored link answers.
var linkReasons = map[string]bool{
	whyCall: true, whyNav: true, whyShare: true, whyCorpus: true,
	whyTags: true, whyHeader: true, whySection: true,
}

// linkPrompts are the verbs, beside the packs' call verbs, that open the
// text of a link inviting the reader on ("Learn more", "Find out more").
var linkPrompts = map[string]bool{
	"learn": true, "find": true, "discuss": true, "discover": true, "explore": true,
	"see": true, "get": true, "try": true, "continue": true, "go": true, "back": true,
}

// maxLinkScan bounds how far from a word the scan for the link around it
// looks, either way: link text is a label, not a paragraph.
const maxLinkScan = 400

// authoredCall reports whether marking unit i as chrome for why (the pack
// phrase what) would report a link the author wrote.
func (d *detector) authoredCall(i int, why, what string) bool {
	if d.doc.Format == lint.FormatText {
		return false
	}
	if !linkReasons[why] {
		if what == "" {
			return false
		}
		first, _, _ := strings.Cut(textkey.Normalize(what), " ")
		if !d.m.call[first] && !linkPrompts[first] {
			return false
		}
	}
	return d.linked(i)
}

// linked reports whether a word of unit i is the text of a link with a
// target: a Markdown link (inline or by reference) in a Markdown document,
// an HTML or JSX element with an href or to attribute in any markup.
func (d *detector) linked(i int) bool {
	u := &d.us[i]
	src := d.doc.Src
	md := d.doc.Format == lint.FormatMarkdown
	// the folded words, found again by fold's scan (units keep no offsets)
	w := nextWord(d.text, u.Start, u.End)
	for k := 0; k < maxFold && w < u.End; k++ {
		if md && inMarkdownLink(src, w) || inTagLink(src, w) {
			return true
		}
		w = nextWord(d.text, wordEnd(d.text, w, u.End), u.End)
	}
	return false
}

// inMarkdownLink reports whether off lies inside the brackets of a Markdown
// link with a target: "[text](dest)", "[text][ref]" or "[text][]".
func inMarkdownLink(src []byte, off int) bool {
	open := -1
	depth := 0
	for k := off - 1; k >= 0 && k >= off-maxLinkScan; k-- {
		c := src[k]
		if c == ']' {
			depth++
		} else if c == '[' {
			if depth == 0 {
				open = k
				break
			}
			depth--
		} else if c == '\n' && blankBefore(src, k) {
			return false
		}
	}
	if open < 0 || open > 0 && src[open-1] == '\\' {
		return false
	}
	depth = 0
	for k := off; k < len(src) && k < off+maxLinkScan; k++ {
		c := src[k]
		if c == '[' {
			depth++
		} else if c == ']' {
			if depth > 0 {
				depth--
				continue
			}
			if k+1 >= len(src) {
				return false
			}
			switch src[k+1] {
			case '(':
				return k+2 < len(src) && src[k+2] != ')'
			case '[':
				return true
			}
			return false
		} else if c == '\n' && blankBefore(src, k) {
			return false
		}
	}
	return false
}

// blankBefore reports whether the line break at k ends a blank line: a
// paragraph ends there, and a link never spans one.
func blankBefore(src []byte, k int) bool {
	for j := k - 1; j >= 0; j-- {
		switch src[j] {
		case ' ', '\t', '\r':
			continue
		case '\n':
			return true
		}
		return false
	}
	return true
}

// maxLinkTags is how many tags back the scan for an opening link tag walks
// (the emphasis and spans inside a link's text).
const maxLinkTags = 6

// inlineTags may sit inside a link's text between its opening tag and a
// word.
var inlineTags = map[string]bool{
	"b": true, "i": true, "em": true, "strong": true, "span": true, "small": true,
	"code": true, "img": true, "br": true, "svg": true, "path": true, "u": true, "mark": true,
}

// inTagLink reports whether off lies in the text of an element with a
// target, `<a href="…">`, `<Link to="…">`, walking back over inline tags
// opened and closed in between.
func inTagLink(src []byte, off int) bool {
	j := off
	var closed []string
	for range maxLinkTags {
		from := max(0, j-maxLinkScan)
		gt := bytes.LastIndexByte(src[from:j], '>')
		if gt < 0 {
			return false
		}
		gt += from
		if bytes.Contains(src[gt:j], []byte("\n\n")) {
			return false
		}
		lt := bytes.LastIndexByte(src[from:gt], '<')
		if lt < 0 {
			return false
		}
		lt += from
		tag := src[lt : gt+1]
		j = lt
		name := tagName(tag)
		switch {
		case len(tag) > 1 && tag[1] == '!': // a comment or a declaration
			continue
		case len(tag) > 1 && tag[1] == '/':
			closed = append(closed, name)
			continue
		case bytes.HasSuffix(tag, []byte("/>")):
			continue
		}
		if k := lastIndex(closed, name); k >= 0 {
			closed = append(closed[:k], closed[k+1:]...)
			continue
		}
		if hasTarget(tag) {
			return true
		}
		if !inlineTags[string(bytes.ToLower([]byte(name)))] {
			return false
		}
	}
	return false
}

func lastIndex(ss []string, s string) int {
	for k := len(ss) - 1; k >= 0; k-- {
		if ss[k] == s {
			return k
		}
	}
	return -1
}

// tagName returns the name of the tag "<name …>" or "</name>".
func tagName(tag []byte) string {
	k := 1
	if k < len(tag) && tag[k] == '/' {
		k++
	}
	s := k
	for k < len(tag) && tag[k] != ' ' && tag[k] != '>' && tag[k] != '/' && tag[k] != '\n' && tag[k] != '\t' {
		k++
	}
	return string(tag[s:k])
}

// targetAttrs are the attributes that give an element a target.
var targetAttrs = [][]byte{[]byte("href="), []byte("to=")}

// hasTarget reports whether an opening tag has a target attribute.
func hasTarget(tag []byte) bool {
	for _, a := range targetAttrs {
		for at := 0; ; {
			k := bytes.Index(tag[at:], a)
			if k < 0 {
				break
			}
			k += at
			if c := tag[k-1]; c == ' ' || c == '\n' || c == '\t' {
				return true
			}
			at = k + len(a)
		}
	}
	return false
}
