package artifacts

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// DoubledWord flags a word written twice in a row ("and and").
type DoubledWord struct{}

func (DoubledWord) ID() string                     { return "doubled-word" }
func (DoubledWord) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (DoubledWord) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Word repeated twice in a row",
		Text: `Flags a word immediately repeated, separated only by white space ("and and",
"reported that that in"). Left alone: a grammatical "that that" (followed by a noun or a verb:
"he said that that was wrong"), "is is" after "what" or "it", reduplications ("bye bye", "so
so", "very very"), numbers, single capital letters and names written twice with capitals
("Bora Bora", "Duran Duran"). Each language also writes some words twice on purpose, and these
are left alone on a page in that language (as its path, front matter or lang attribute declares
it, else the run's language) or inside a clause in that language (two or more of its function
words among the six words either side, more than of the page's language): English "had had",
German "die die", "der der", "das das", "den den", "dem dem", "sie sie", "ihr ihr" (a relative
or personal pronoun before an article or a pronoun), Dutch "dat dat", "die die", "het het", "je
je", "ze ze", "haar haar", "zijn zijn", French "nous nous", "vous vous" (a reflexive verb) and
"en en" ("en en parlant"), Spanish "como como", Czech "se se" ("se se sestrou"), Polish "to
to", Italian adverbs ("piano piano", "via via", "così così"), and the intensifiers each language
doubles ("sehr sehr", "très très", "heel heel", "muy muy", "molto molto"). Words separated by markup (a link, a URL), or set in columns by a tab or two spaces
inside a line (a plain-text table), are not adjacent, and neither is an option and its argument
of the same name ("[-source source]") or a word that is part of a name joined by "_" or "~"
("huge_file file"). The fix removes the second word.`,
		Bad:  "the ferry was late, and and by noon the pier was crowded",
		Good: "the ferry was late, and by noon the pier was crowded",
	}
}

// reduplications are repeated words that English uses on purpose.
var reduplications = set(
	"bye", "so", "no", "ha", "haha", "ho", "hey", "tut", "knock", "yeah", "yes", "chop",
	"very", "far", "many", "really", "blah", "na", "la", "go", "night", "there", "now", "well",
	"oh", "ah", "aha", "boo", "tsk", "hush", "pooh", "bang", "quack", "woof", "tick", "tock",
	"dum", "cha", "choo", "pom", "hip", "rah", "bla", "mm", "hmm", "uh", "er",
	"up", "yum", "ding", "ring", "murmur", "bonbon", "long",
)

// grammaticalDoubles are, per language (ISO 639-1), the words it writes
// twice in a row on purpose, each with the construction that does it. A pair
// is left alone on a page in that language, or inside a clause in it
// (foreignClause).
var grammaticalDoubles = map[string]map[string]string{
	"en": {
		"had": "past perfect of have: she had had enough",
	},
	"de": {
		"die":  "relative pronoun before an article: die Leute, die die Ausstellung sahen",
		"der":  "relative pronoun before an article: der Mann, der der Nachbarin half",
		"das":  "relative or demonstrative pronoun before an article: das Kind, das das Lied sang",
		"den":  "relative pronoun before a dative plural article: der Brief, den den Kindern jemand vorlas",
		"dem":  "relative pronoun before a dative article: der Freund, dem dem Bericht nach alles gelang",
		"sie":  "subject and object pronoun: als sie sie rief",
		"ihr":  "subject and dative pronoun: habt ihr ihr geschrieben?",
		"sehr": "intensifier doubled for stress: sehr sehr kalt",
	},
	"nl": {
		"dat":  "conjunction before a demonstrative: hij zei dat dat klopte",
		"die":  "relative pronoun before a demonstrative: wie die film zag, die die film zag",
		"het":  "subject pronoun before an article: omdat het het beste werkt",
		"je":   "subject pronoun before a reflexive or possessive: was je je handen?",
		"ze":   "subject and object pronoun: toen ze ze zag",
		"haar": "object pronoun before a possessive, or her hair: hij gaf haar haar tas",
		"hun":  "object pronoun before a possessive: ik gaf hun hun geld",
		"zijn": "verb before a possessive: dat zijn zijn schoenen",
		"heel": "intensifier doubled for stress: heel heel koud",
	},
	"fr": {
		"nous": "subject and reflexive pronoun: nous nous sommes levés",
		"vous": "subject and reflexive pronoun: vous vous trompez",
		"en":   "preposition of a gerund before the pronoun en: en en parlant",
		"très": "intensifier doubled for stress: très très froid",
	},
	"es": {
		"como": "verb comer before the comparison como: yo como como un lobo",
		"muy":  "intensifier doubled for stress: muy muy frío",
	},
	"it": {
		"piano": "reduplicated adverb: piano piano (little by little)",
		"via":   "reduplicated adverb: via via che (progressively as)",
		"così":  "reduplicated adverb: così così (so-so)",
		"molto": "intensifier doubled for stress: molto molto freddo",
	},
	"cs": {
		"se":    "reflexive pronoun before the preposition se: setkal se se sestrou",
		"velmi": "intensifier doubled for stress: velmi velmi zima",
	},
	"pl": {
		"to":     "pronoun before the copula to: to to samo",
		"bardzo": "intensifier doubled for stress: bardzo bardzo zimno",
	},
}

// clauseTells are frequent function words of each language of
// grammaticalDoubles that tell a clause in it; few are words of another of
// these languages.
var clauseTells = map[string]map[string]bool{
	"en": set(strings.Fields(`the of and to is are was were be been that this with for at by from or but not
		he she they we you his her their our which who what when where have has had do does did will would
		can could should there`)...),
	"de": set(strings.Fields(`der die das des dem den und ist nicht ein eine einen einem einer mit von zu zum
		zur auf für sich auch noch nach bei über wird wurde werden sind haben ich wir sie ihr ihm uns wenn
		dass oder aber nur schon sehr im am vom beim ins`)...),
	"nl": set(strings.Fields(`het een en niet zijn ook wordt werd heeft hebben naar voor dat die met op aan
		uit bij geen ze zij wij hij ik je jij ons hun haar maar wat wie waar dan als omdat toen nog wel`)...),
	"fr": set(strings.Fields(`le la les un une des du de et est sont nous vous je il elle ils elles ce cette
		ces sa ses leur dans pour avec sous chez au aux très aussi que qui ne pas se été fait avons avez
		sommes êtes`)...),
	"es": set(strings.Fields(`el la los las una del al y que es son era fue está se su sus lo le les nos en
		con por para sobre entre como más muy también ya este esta cuando donde porque`)...),
	"it": set(strings.Fields(`il lo la gli le una di del della dei delle al alla dal nel nella con per tra e
		non che è sono era essere ha hanno si ci questo questa come più anche già quando dove perché`)...),
	"cs": set(strings.Fields(`a v na se s z je jsou byl byla bylo to ten že jak ale nebo co když už jen také
		který která které jeho její`)...),
	"pl": set(strings.Fields(`w z na się nie że do jest to jak ale co tak za przez dla przy lub oraz czy ten
		ta tym jego jej ich już tylko też może był była było są który która które`)...),
}

// clauseWindow is how many words either side of a pair foreignClause reads.
const clauseWindow = 6

// minClauseTells is how many function words of a language among them make
// the clause that language's.
const minClauseTells = 2

// grammaticalDouble reports whether the pair words[k-1], words[k] (lw, in
// lower case) is a language's grammatical double: on a page in that
// language, or in a clause in it (a foreign phrase quoted in the page, or a
// page whose language nothing declares).
func grammaticalDouble(doc *lint.Document, words []lint.Word, k int, lw string) bool {
	if _, ok := grammaticalDoubles[doc.Lang][lw]; ok {
		return true
	}
	for lang, ws := range grammaticalDoubles {
		if _, ok := ws[lw]; ok && lang != doc.Lang && foreignClause(doc, words, k, lang) {
			return true
		}
	}
	return false
}

// foreignClause: among the clauseWindow words either side of the pair
// words[k-1], words[k], at least minClauseTells are function words of lang,
// and more than are of the page's language.
func foreignClause(doc *lint.Document, words []lint.Word, k int, lang string) bool {
	tells, own := clauseTells[lang], clauseTells[doc.Lang]
	n, m := 0, 0
	for i := max(0, k-1-clauseWindow); i < min(len(words), k+1+clauseWindow); i++ {
		if i == k-1 || i == k {
			continue
		}
		w := words[i]
		lw := strings.ToLower(string(doc.Text[w.Start:w.End]))
		if tells[lw] {
			n++
		}
		if own[lw] {
			m++
		}
	}
	return n >= minClauseTells && n > m
}

// afterThatThat: words that, after "that that", show the second "that" is
// a slip: a preposition, an article, a subject pronoun or a conjunction.
var afterThatThat = set(
	"in", "on", "at", "from", "to", "for", "with", "by", "of", "about", "during", "after", "before",
	"the", "a", "an", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
	"its", "this", "these", "those", "and", "or", "but", "if", "when", "since", "because", "although",
	"there", "some", "many", "all", "every", "no", "one",
)

// fusedRelatives open a clause that can be the subject of "is": "what it is
// is", "all it was was".
var fusedRelatives = set("what", "all", "how", "where", "why", "who", "thing", "problem", "question", "point", "reason")

func (DoubledWord) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	for sp := range proseSpans(doc) {
		words := doc.WordsIn(sp)
		for k := 1; k < len(words); k++ {
			a, b := words[k-1], words[k]
			if a.Len() != b.Len() || !sameFirstASCII(text[a.Start], text[b.Start]) ||
				!bytes.EqualFold(text[a.Start:a.End], text[b.Start:b.End]) || !adjacent(doc, int(a.End), int(b.Start)) {
				continue
			}
			wb := string(text[b.Start:b.End])
			if !doubledSlip(text, words, k, wb) || grammaticalDouble(doc, words, k, strings.ToLower(wb)) || quotedPair(text, sp, int(a.Start), int(b.End)) || stammer(text[b.End:sp.End]) ||
				optionArgument(text, int(a.Start)) || namePart(text, int(a.Start), int(b.End)) {
				continue
			}
			s := lint.Span{Start: int(a.Start), End: int(b.End)}
			f := lint.Finding{Span: s, Message: fmt.Sprintf("doubled word %q", wb),
				Suggestion: fmt.Sprintf("remove the second %q", wb)}
			del := lint.Span{Start: int(a.End), End: int(b.End)}
			if isProse(doc, del) {
				f.Fix = []lint.Edit{{Span: del}}
			}
			out = append(out, f)
			k++ // "and and and" is one finding
		}
	}
	return out
}

// sameFirstASCII is false when the words that open with the bytes x and y
// cannot be equal under bytes.EqualFold, which compares them a character
// at a time: both are ASCII characters and differ other than in the case
// bit (two ASCII characters fold together only as the cases of a letter).
// A byte outside ASCII is left to EqualFold. Most words of the same length
// fail it, without a call.
func sameFirstASCII(x, y byte) bool {
	return x|y >= utf8.RuneSelf || x|0x20 == y|0x20
}

// adjacent: only white space lies between the two words, in the text and
// in the source (a masked link or URL between them is a word of its own),
// and no blank line.
func adjacent(doc *lint.Document, s, e int) bool {
	if e <= s {
		return false
	}
	nl := 0
	for i := s; i < e; i++ {
		c := doc.Src[i]
		switch c {
		case ' ', '\t', '\r':
			// columnGap: a tab, or two spaces, inside a line set the words
			// in columns (a table or an option list in plain text), not in
			// a sentence; indentation after a line break is not one
			if nl == 0 && (c == '\t' || c == ' ' && i > s && doc.Src[i-1] == ' ') {
				return false
			}
		case '\n':
			nl++
		default:
			return false
		}
		if doc.Text[i] != c {
			return false
		}
	}
	return nl < 2
}

// namePart: one of the two words is part of a name of code or a file,
// joined by "_" or "~" ("huge_file file", "a a~").
func namePart(text []byte, s, e int) bool {
	return s > 0 && text[s-1] == '_' || e < len(text) && (text[e] == '_' || text[e] == '~')
}

// optionArgument: the first word is the name of a command-line option, a
// hyphen after a space or a bracket, and the second its argument of the
// same name ("[-source source]").
func optionArgument(text []byte, s int) bool {
	if s < 1 || text[s-1] != '-' {
		return false
	}
	for s--; s > 0 && text[s-1] == '-'; s-- {
	}
	return s == 0 || strings.IndexByte(" \t\n[(", text[s-1]) >= 0
}

// doubledSlip decides whether words[k-1] and words[k] (equal but for case)
// are a slip rather than English.
func doubledSlip(text []byte, words []lint.Word, k int, wb string) bool {
	lw := strings.ToLower(wb)
	if reduplications[lw] {
		return false
	}
	r, n := utf8.DecodeRuneInString(wb)
	for _, c := range wb {
		if unicode.IsDigit(c) {
			return false
		}
	}
	if unicode.IsUpper(r) {
		// "Bora Bora", "The The", roman numerals and initials ("J J").
		return false
	}
	if n == len(wb) && lw != "a" {
		return false
	}
	next := ""
	if k+1 < len(words) {
		w := words[k+1]
		next = strings.ToLower(string(text[w.Start:w.End]))
	}
	prev := ""
	if k >= 2 {
		w := words[k-2]
		prev = strings.ToLower(string(text[w.Start:w.End]))
	}
	switch lw {
	case "that":
		return afterThatThat[next]
	case "is", "was":
		// "what it is is", "all it was was": grammatical after a fused relative.
		if prev == "what" {
			return false
		}
		if k >= 3 && (prev == "it" || prev == "this" || prev == "that") {
			w := words[k-3]
			if fusedRelatives[strings.ToLower(string(text[w.Start:w.End]))] {
				return false
			}
		}
	}
	return true
}

// quotedPair: the two words are quoted on their own ("arch arch"), a
// mention rather than a slip.
func quotedPair(text []byte, sp lint.Span, s, e int) bool {
	p, pn := runeBefore(text, sp.Start, s)
	n, nn := runeAt(text, e, sp.End)
	return pn > 0 && nn > 0 && strings.ContainsRune("\"'“‘«„`", p) && strings.ContainsRune("\"'”’»“`", n)
}

// stammer: a pair followed at once by an ellipsis or a dash reports halting
// speech on purpose ("We we… we just want light").
func stammer(after []byte) bool {
	for _, mark := range []string{"…", "...", "—", "–", "-"} {
		if bytes.HasPrefix(after, []byte(mark)) {
			return true
		}
	}
	return false
}
