package foreignfragment

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// sameRun reports whether words of scripts a and b belong to one fragment.
func sameRun(a, b script) bool {
	if a == b {
		return true
	}
	cjk := func(s script) bool { return s == scriptHan || s == scriptKana }
	return cjk(a) && cjk(b)
}

// gapJoins reports whether the bytes between two words of one fragment keep
// it contiguous: spaces and punctuation, but no bracket and no blank line.
func (c *checker) gapJoins(a, b int) bool {
	if b-a > 12 {
		return false
	}
	g := c.doc.Text[a:b]
	if strings.Contains(string(g), "\n\n") {
		return false
	}
	if strings.ContainsAny(string(g), "()[]{}（）【】<>@/\\_#`|") {
		return false
	}
	// a dot between letters belongs to a domain name, not to prose
	return !(len(g) > 0 && g[0] == '.' && len(g) > 1 && g[1] != ' ' && g[1] != '\n')
}

// nameLike: a Latin word written with a capital (a brand, a name) or a number.
func nameLike(t tok) bool {
	return t.digit || t.sc == scriptLatin && t.upper
}

// scriptRuns is stage 1: runs of words in a script the target does not use.
func (c *checker) scriptRuns(block lint.Span, toks []tok) []scriptFrag {
	var out []scriptFrag
	for i := 0; i < len(toks); i++ {
		sc := toks[i].sc
		if !c.foreignScript(sc) {
			continue
		}
		j := i // last word of the run
		for k := j + 1; k < len(toks); {
			if sameRun(sc, toks[k].sc) && c.gapJoins(toks[j].End, toks[k].Start) {
				j, k = k, k+1
				continue
			}
			// a name or number inside the fragment: "на The Page, ми"
			m, prev := k, j
			for m < len(toks) && m-k < 3 && nameLike(toks[m]) && c.gapJoins(toks[prev].End, toks[m].Start) {
				prev, m = m, m+1
			}
			if m > k && m < len(toks) && sameRun(sc, toks[m].sc) && c.gapJoins(toks[prev].End, toks[m].Start) {
				j, k = m, m+1
				continue
			}
			break
		}
		run := toks[i : j+1]
		end := toks[j].End
		// trailing name that closes the sentence: "Читайте більше новин на The Harbour Post."
		if m := c.trailingName(toks, j); m > j {
			end = toks[m].End
			j = m
		}
		frag := lint.Span{Start: toks[i].Start, End: c.closeQuote(toks[i].Start, end)}
		i = j
		if c.skipScriptRun(block, frag, run, toks) {
			continue
		}
		out = append(out, scriptFrag{Span: frag, sc: sc, words: len(run)})
	}
	return out
}

// scriptFrag is a stage-1 fragment waiting for its language.
type scriptFrag struct {
	lint.Span
	sc    script
	words int
}

// maxMergedFragment is the most bytes of adjacent lines joined into one
// finding: a longer box is reported in parts a reader can still see whole.
const maxMergedFragment = 400

// nameFragments names stage-1 fragments. A fragment too short to name by
// itself is named from all the document's fragments in its script: a
// newsletter box is in one language.
func (c *checker) nameFragments(frags []scriptFrag) []lint.Finding {
	var out []lint.Finding
	var langs []string // the language of each finding of out
	whole := map[script]string{}
	for _, f := range frags {
		lang := c.nameScript(f.sc, c.doc.TextOf(f.Span), f.words)
		if lang == "" || f.words < 3 {
			if _, ok := whole[f.sc]; !ok {
				var b strings.Builder
				words := 0
				for _, g := range frags {
					if g.sc == f.sc {
						b.WriteString(c.doc.TextOf(g.Span))
						b.WriteString(". ")
						words += g.words
					}
				}
				whole[f.sc] = c.nameScript(f.sc, b.String(), words)
			}
			if l := whole[f.sc]; l != "" && (lang == "" || c.shortAmbiguous(f)) {
				lang = l
			}
		}
		// lines in one language with nothing between them (a newsletter
		// box, a footer) are one fragment: one defect, one finding
		if n := len(out); n > 0 && langs[n-1] == lang && c.onlySpace(out[n-1].End, f.Start) && f.End-out[n-1].Start <= maxMergedFragment {
			out[n-1] = c.finding(lint.Span{Start: out[n-1].Start, End: f.End}, lang)
			continue
		}
		out = append(out, c.finding(f.Span, lang))
		langs = append(langs, lang)
	}
	return out
}

// onlySpace: the text between a and b is white space, maybe after the
// punctuation that closes the first fragment.
func (c *checker) onlySpace(a, b int) bool {
	return a <= b && len(bytes.Trim(c.doc.Text[a:b], " \t\r\n.!?…:;,»”\"'")) == 0
}

// shortAmbiguous: the fragment's own letters did not decide its language.
func (c *checker) shortAmbiguous(f scriptFrag) bool {
	text := c.doc.TextOf(f.Span)
	switch f.sc {
	case scriptCyrillic:
		return cyrillicCue(text) == "" && cyrillicWordCue(text) == ""
	case scriptArabic:
		return arabicCue(text) == ""
	}
	return len(scriptLanguages[f.sc]) > 1
}

// trailingName returns the index of the last of up to three name-like words
// that follow toks[j] up to the end of its line or sentence, or j.
func (c *checker) trailingName(toks []tok, j int) int {
	m, prev := j+1, j
	for m < len(toks) && m-j <= 3 && nameLike(toks[m]) && !toks[m].digit && c.gapJoins(toks[prev].End, toks[m].Start) &&
		!strings.ContainsAny(c.doc.TextOf(lint.Span{Start: toks[prev].End, End: toks[m].Start}), ".!?\n") {
		prev, m = m, m+1
	}
	if prev == j {
		return j
	}
	if m < len(toks) && !strings.ContainsAny(c.doc.TextOf(lint.Span{Start: toks[prev].End, End: toks[m].Start}), ".!?:;\n") {
		return j // the sentence goes on in the target language
	}
	return prev
}

// closeQuote extends a fragment that opens a quotation inside it over the
// quotation's closing mark: "веб-студия «Пиксель»".
func (c *checker) closeQuote(start, end int) int {
	if end >= len(c.doc.Text) {
		return end
	}
	r, n := utf8.DecodeRune(c.doc.Text[end:])
	open, ok := quotePairs[r]
	if !ok {
		return end
	}
	inner := string(c.doc.Text[start:end])
	if strings.Count(inner, string(open)) > strings.Count(inner, string(r)) {
		return end + n
	}
	return end
}

var quotePairs = map[rune]rune{'»': '«', '”': '“', '』': '『', '」': '「'}

func (c *checker) skipScriptRun(block, frag lint.Span, run, toks []tok) bool {
	text := c.doc.Text
	if frag.Start > 0 {
		switch text[frag.Start-1] {
		case '#', '@', '`', '/', '\\', '_':
			return true // hashtag, handle, code, path
		}
	}
	if frag.End < len(text) {
		switch text[frag.End] {
		case '`', '_', '@', '/', '\\':
			return true
		case '.':
			if frag.End+1 < len(text) && text[frag.End+1] != ' ' && text[frag.End+1] != '\n' && text[frag.End+1] != '\r' {
				return true // a domain name
			}
		}
	}
	if frag.Start > 0 && text[frag.Start-1] == '.' && (frag.Start < 2 || text[frag.Start-2] != ' ') {
		return true
	}
	if c.r.allowed(c.doc, block, frag) {
		return true
	}
	if c.gluedToMojibake(frag) || c.lookalikeToken(run) || c.listedName(block, frag, run) || c.configLine(block, frag) {
		return true
	}
	if c.r.Glosses && c.isGloss(block, frag, run, toks) {
		return true
	}
	return len(run) == 1 && c.transliteratedNearby(run[0])
}

// nameScript names the language of a stage-1 fragment: from the script when
// it has one language, from tell-tale letters, else from the detector.
func (c *checker) nameScript(sc script, text string, words int) string {
	langs := scriptLanguages[sc]
	if sc == scriptHan && strings.IndexFunc(text, func(r rune) bool { return layer.RuneScript(r) == scriptKana }) >= 0 {
		return "ja"
	}
	if len(langs) == 1 {
		return langs[0]
	}
	cue := ""
	switch sc {
	case scriptCyrillic:
		if cue = cyrillicCue(text); cue == "" {
			cue = cyrillicWordCue(text)
		}
	case scriptArabic:
		cue = arabicCue(text)
	}
	if cue != "" && (c.langs == nil || c.langs[cue]) {
		return cue
	}
	if len(langs) == 0 {
		return ""
	}
	if sl := c.sourceLang(); sl != "" && contains(langs, sl) {
		return sl // no letter tells another language: the original's
	}
	cands := c.candidates(langs)[1:] // the script already excludes the target
	if sc == scriptCyrillic {
		if p := cyrillicPlausible(text, cands); len(p) > 0 {
			cands = p
		}
	}
	if len(cands) == 0 {
		return langs[0]
	}
	if words < 3 {
		return cands[0] // too short for the model alone: the script's main language
	}
	if r := c.det.Detect(text, cands); r.Lang != "" {
		return r.Lang
	}
	return cands[0]
}
