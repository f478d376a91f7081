package source

import (
	"fmt"
	"path"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
	src "github.com/translint/translint/lint/source"
)

// Link is source-link: a link, image, e-mail address or @handle of a
// source passage that its translation lacks.
type Link struct{}

func (Link) ID() string                     { return "source-link" }
func (Link) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (Link) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Link of the source missing from the translation",
		Text: `With the original at hand, the link targets (Markdown and HTML links and images, bare
URLs), e-mail addresses and @handles of each source passage are looked for in the translation of
that passage. Relative links are compared only when they name a file (an image, a document):
sites translate their page slugs. Addresses compare without their scheme, "www.", fragment, trailing slash and
language segments ("/ru/", "ru.example.org"), so a link localised to the translation's language
matches, and a link whose site the translation links to in that passage as well is taken as
localised. An address that appears anywhere else in the translation is left alone.`,
		Bad:  "Source: «Подробнее [в отчёте](https://example.org/report)». Translation: \"More in the report.\"",
		Good: "More [in the report](https://example.org/report).",
	}
}

func (Link) Check(doc *lint.Document) []lint.Finding {
	a := src.Align(doc)
	if !trusted(a) {
		return nil
	}
	var everywhere map[string]bool // the translation's anchors, on demand
	inTranslation := func(k string) bool {
		if everywhere == nil {
			everywhere = map[string]bool{}
			for _, k := range anchors(doc.Src, lint.Span{Start: 0, End: len(doc.Src)}) {
				everywhere[k] = true
			}
		}
		return everywhere[k]
	}
	var out []lint.Finding
	for _, l := range a.Links {
		if len(l.S) == 0 || len(l.T) == 0 {
			continue
		}
		have := map[string]int{}
		hosts := map[string]bool{}
		for _, j := range l.T {
			for _, k := range anchors(doc.Src, a.Tgt[j].Region) {
				have[k]++
				hosts[host(k)] = true
			}
		}
		var lost []string
		for _, i := range l.S {
			for _, k := range anchors(doc.Original.Src, a.Src[i].Region) {
				if have[k] > 0 {
					have[k]--
					continue
				}
				if hosts[host(k)] && strings.Contains(k, ".") || inTranslation(k) {
					continue
				}
				lost = append(lost, k)
			}
		}
		if len(lost) == 0 {
			continue
		}
		out = append(out, lint.Finding{
			Span:       firstSentence(doc, groupSpan(a, l.T)),
			Message:    fmt.Sprintf("the source passage has %s, which this passage lacks", strings.Join(lost, ", ")),
			Suggestion: "carry the link over from the source",
			Related:    inOriginal(doc, a.Src[l.S[0]].Span, "source passage"),
		})
	}
	return out
}

func host(key string) string {
	h, _, _ := strings.Cut(key, "/")
	return h
}

// anchors lists the normalised link targets, e-mail addresses and
// @handles in b[s].
func anchors(b []byte, s lint.Span) []string {
	var out []string
	for i := s.Start; i < s.End; i++ {
		if c := b[i]; c != ']' && c != 'h' && c != 's' && c != '@' {
			continue // no anchor starts here
		}
		rest := b[i:s.End]
		switch {
		case hasPrefix(rest, "]("):
			j := i + 2
			k := j
			for k < s.End && b[k] != ')' && b[k] != ' ' && b[k] != '\n' {
				k++
			}
			out = appendKey(out, string(b[j:k]))
			i = k
		case hasPrefix(rest, `href="`) || hasPrefix(rest, `src="`):
			j := i + strings.IndexByte(string(rest[:6]), '"') + 1
			k := j
			for k < s.End && b[k] != '"' && b[k] != '\n' {
				k++
			}
			out = appendKey(out, string(b[j:k]))
			i = k
		case (hasPrefix(rest, "http://") || hasPrefix(rest, "https://")) && (i == s.Start || !isLetter(b[i-1])):
			k := i
			for k < s.End && !strings.ContainsRune(" \t\n)\"'<>]", rune(b[k])) {
				k++
			}
			for k > i && strings.ContainsRune(".,;:!?", rune(b[k-1])) {
				k--
			}
			out = appendKey(out, string(b[i:k]))
			i = k
		case b[i] == '@':
			j := i
			for j > s.Start && isLocal(b[j-1]) {
				j--
			}
			k := i + 1
			for k < s.End && (isLetter(b[k]) || isDigit(b[k]) || b[k] == '_' || b[k] == '.' || b[k] == '-') {
				k++
			}
			for k > i+1 && (b[k-1] == '.' || b[k-1] == '-') {
				k--
			}
			switch {
			case j < i && strings.Contains(string(b[i+1:k]), "."): // an e-mail address
				out = append(out, strings.ToLower(string(b[j:k])))
			case j == i && k-i > 2 && !strings.Contains(string(b[i+1:k]), "."): // a handle
				out = append(out, strings.ToLower(string(b[i:k])))
			}
			i = k - 1
		}
	}
	return out
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }
func isLetter(c byte) bool              { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isDigit(c byte) bool               { return c >= '0' && c <= '9' }
func isLocal(c byte) bool {
	return isLetter(c) || isDigit(c) || strings.IndexByte("._%+-", c) >= 0
}

// appendKey normalises a link target: no scheme, "www.", fragment or
// trailing slash, and no language segment in host or path.
func appendKey(out []string, u string) []string {
	u = strings.TrimSpace(strings.Trim(u, "<>"))
	if u == "" || u[0] == '#' {
		return out
	}
	u = strings.ToLower(u)
	if m, ok := strings.CutPrefix(u, "mailto:"); ok {
		return append(out, m)
	}
	u, _, _ = strings.Cut(u, "#")
	if !strings.Contains(u, "//") && !strings.HasPrefix(u, "www.") && path.Ext(strings.TrimSuffix(u, "/")) == "" {
		// a relative link to a page: sites translate their slugs
		// ("/ru/novosti/x" is "/en/news/x"), so only files (images,
		// documents) are compared
		return out
	}
	for _, p := range []string{"https://", "http://", "//"} {
		u = strings.TrimPrefix(u, p)
	}
	u = strings.TrimPrefix(u, "www.")
	segs := strings.Split(u, "/")
	var keep []string
	for i, sg := range segs {
		if i == 0 && len(sg) > 3 && sg[2] == '.' && isLangCode(sg[:2]) && strings.Count(sg, ".") >= 2 {
			sg = sg[3:] // ru.example.org
		}
		if i > 0 && isLangCode(sg) || sg == "" {
			continue
		}
		keep = append(keep, sg)
	}
	if len(keep) == 0 {
		return out
	}
	return append(out, strings.Join(keep, "/"))
}

func isLangCode(s string) bool {
	code, _, _ := strings.Cut(s, "-")
	return len(code) == 2 && langid.Normalize(code) == code
}
