package artifacts

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// BrokenContraction flags contractions that lost their apostrophe or their
// "t": "we didn then see", "don t", "I m".
type BrokenContraction struct{}

func (BrokenContraction) ID() string                     { return "broken-contraction" }
func (BrokenContraction) DefaultSeverity() lint.Severity { return lint.SeverityWarning }
func (BrokenContraction) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Contraction missing its apostrophe or its t",
		Text: `Flags contractions written without their apostrophe ("didnt", "theres", "youre"; "Im"
only before words such as "still", "not" or "going", since Im is also a surname; words such
as "cant", "wont", "ill", "its" and "were" are English words and are left alone), negative
contractions cut before their "t" ("we didn then see", "it wasn’ late"),
contractions whose apostrophe became a space ("don t", "I m", "they re", "it s") and
contractions of "not" that are not English words otherwise (didn, doesn, isn, wasn, weren,
hasn, hadn, couldn, wouldn, shouldn, mustn, needn). "don", "won", "can", "haven" and names
(Aren, Shan) are words of their own and are left alone unless a lone "t" follows; a cut
negative in capitals ("SHAN", "DIDN") is left alone, as a headline in capitals may hold a name. The fix
restores the contraction with the apostrophe the article uses most.

"whats", "whos", "itll", "thatll", "theyd", "youd", "mightve", "mustve" and "aint" are
contractions too ("Ive" only before words such as "been" or "never": Ive is also a surname;
"Hes", "Shes", "Heres", "Wheres" and "Hows" only capitalised, opening a sentence, before a
lower-case word: "the hows and whys" and "the director Hes said" are fine).
"its" is the possessive, so it is reported only where "it is" or "it has" must be meant:
before an article, "been" or "going to", directly or after one adverb ("its a pity", "its
been years", "its still going to rain"), never before a noun ("its own boat", "its going
rate"), and not inside a quotation carried over from an earlier paragraph (a pasted
letter, post or statement keeps its author's spelling, and "its" is an English word: only a
guess at the author's grammar says it is wrong). A word that took in the œ of an opening quote read in the wrong code page
("â€œTheres") is read without it.`,
		Bad:  "We didn then see the harbour lights.",
		Good: "We didn't then see the harbour lights.",
	}
}

// cutNegatives are "n't" contractions cut to a non-word.
var cutNegatives = set("didn", "doesn", "isn", "wasn", "weren", "aren", "hasn", "hadn",
	"couldn", "wouldn", "shouldn", "mustn", "needn", "mightn", "shan", "ain")

// properNegatives are cut negatives that are also names when capitalised.
var properNegatives = set("Aren", "Shan", "Ain")

// spacedEndings maps the first half of a contraction to the endings that,
// after a space, show a lost apostrophe.
var spacedEndings = map[string]map[string]bool{
	"i": set("m", "ve", "ll"), "you": set("re", "ve", "ll"), "we": set("re", "ve", "ll"),
	"they": set("re", "ve", "ll"), "it": set("s", "ll"), "that": set("s", "ll"), "there": set("s"),
	"he": set("s", "ll"), "she": set("s", "ll"), "what": set("s"),
}

// headFirst maps the first byte of a word to its letter's low five bits
// when it is one of the first letters (either case) of the words the rule
// looks at, and to 0 otherwise: the row of headLasts to read.
var headFirst = func() (t [256]uint8) {
	for _, c := range "dwiahcsmnytw" {
		t[c] = uint8(c & 31)
		t[c-'a'+'A'] = uint8(c & 31)
	}
	return t
}()

// maxHead is the length of the longest word in contractionHeads.
const maxHead = 9

// apostropheless maps a contraction written without its apostrophe to the
// byte index where the apostrophe belongs. None is an English word
// ("cant", "wont", "ill", "its", "well", "were", "id", "lets" are, and
// are not listed); "im" is listed but needs imFollowers after it.
var apostropheless = map[string]int{
	"didnt": 4, "doesnt": 5, "isnt": 3, "wasnt": 4, "werent": 5, "arent": 4, "hasnt": 4,
	"hadnt": 4, "havent": 5, "couldnt": 6, "wouldnt": 6, "shouldnt": 7, "mustnt": 5,
	"neednt": 5, "dont": 3, "theres": 5, "thats": 4, "youre": 3, "theyre": 4, "youve": 3,
	"theyve": 4, "weve": 2, "youll": 3, "theyll": 4, "wouldve": 5, "couldve": 5,
	"shouldve": 6, "im": 1, "whats": 4, "whos": 3, "itll": 2, "thatll": 4, "theyd": 4,
	"youd": 3, "mightve": 5, "mustve": 4, "aint": 3, "ive": 1,
	"hes": 2, "shes": 3, "heres": 4, "wheres": 5, "hows": 3,
}

// sentenceOnly are contractions of apostropheless that are also plurals or
// names in lower case or mid-sentence ("the hows and whys", "Hes said"):
// only a capitalised one opening a sentence before a lower-case word is
// reported ("Shes going home").
var sentenceOnly = set("hes", "shes", "heres", "wheres", "hows")

// iveFollowers: after "Ive" these words show "I've"; "Ive" before a verb
// of saying or a name is a surname, and "ive" alone is often code.
var iveFollowers = set("been", "got", "never", "always", "seen", "heard", "done", "had", "just",
	"already", "also", "learned", "learnt", "known", "lost", "made", "tried", "found", "spent",
	"worked", "lived", "decided", "come", "gone", "become", "still", "not", "only", "ever")

// itsOpeners follow "its" only when it stands for "it is" or "it has": an
// article, "been" or "going to" cannot follow the possessive ("its a
// pity", "its been years"; not "its own", "its history").
var itsOpeners = set("a", "an", "the", "been", "gonna")

// itsAdverbs may stand between "its" and an opener ("its really been").
var itsAdverbs = set("really", "still", "just", "also", "not", "never", "always", "already",
	"probably", "actually", "definitely", "certainly", "obviously", "clearly", "simply", "only",
	"almost", "hardly", "now")

// imFollowers: after "Im" these words show "I'm"; "Im" before a name or a
// verb ("Im Sang-ho", "Im said") is a Korean surname.
var imFollowers = set("not", "still", "going", "sure", "so", "just", "very", "really", "happy",
	"glad", "proud", "sorry", "afraid", "ready", "trying", "also", "always", "never", "already",
	"now", "convinced", "confident", "tired", "full", "here", "looking", "getting", "doing")

// contractionHeads are the lower-case words the rule acts on: the cut
// negatives, "don", "can", "won" and the pronouns of spacedEndings. Each
// maps to itself, so that a head found in the text is taken as the table's
// string instead of a copy of the word.
var contractionHeads = func() map[string]string {
	m := map[string]string{"don": "don", "can": "can", "won": "won", "its": "its"}
	for w := range cutNegatives {
		m[w] = w
	}
	for w := range apostropheless {
		m[w] = w
	}
	for w := range spacedEndings {
		m[w] = w
	}
	return m
}()

// headLasts[n][f] has bit l&31 set when a word of contractionHeads has n
// bytes, a first letter whose low five bits are f and a last byte l (so
// that case does not matter), and bit nonASCIILast set for every f of
// headFirst: a word that ends outside ASCII is lower-cased and looked up.
// Row 0 of each length and the lengths above maxHead are empty. With
// lastBit, two table reads and one test turn away most words before they
// are lower-cased and looked up.
var headLasts = func() (t [maxHead + 2][32]uint64) {
	for w := range contractionHeads {
		t[len(w)][w[0]&31] |= 1 << (w[len(w)-1] & 31)
	}
	for n := 1; n <= maxHead; n++ {
		for _, f := range headFirst {
			if f != 0 {
				t[n][f] |= 1 << nonASCIILast
			}
		}
	}
	return t
}()

// nonASCIILast is the bit of headLasts (and lastBit) for a last byte
// outside ASCII.
const nonASCIILast = 32

// lastBit maps a word's last byte to its bit in headLasts.
var lastBit = func() (t [256]uint64) {
	for c := range t {
		if c < utf8.RuneSelf {
			t[c] = 1 << (c & 31)
		} else {
			t[c] = 1 << nonASCIILast
		}
	}
	return t
}()

// lowerASCII appends b lower-cased to dst and reports whether b is ASCII
// (when it is not, dst is not complete and the caller must use
// strings.ToLower: a few non-ASCII letters lower-case to ASCII ones).
func lowerASCII(dst, b []byte) ([]byte, bool) {
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return dst, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// packLower packs b lower-cased into a number, its first byte in the
// lowest byte, and reports whether b was in lower case already; key is 0
// when b is longer than 8 bytes. ascii is false when b holds a byte outside
// ASCII: the caller must use strings.ToLower then (a few non-ASCII letters
// lower-case to ASCII ones).
func packLower[T string | []byte](b T) (key uint64, lower, ascii bool) {
	lower = true
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c >= utf8.RuneSelf {
			return 0, false, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
			lower = false
		}
		if i < 8 {
			key |= uint64(c) << (8 * i)
		}
	}
	if len(b) > 8 {
		key = 0
	}
	return key, lower, true
}

// headInfo is what the rule knows of a word of contractionHeads: the
// tables that hold it, read once.
type headInfo struct {
	word string
	ends map[string]bool // spacedEndings[word]
	at   int             // apostropheless[word], 0 when it is not there
	cut  bool            // cutNegatives[word]
}

// headBits: the table of contractionHeads has 1<<headBits slots, about
// three times as many as there are heads, so that a probe is short.
const headBits = 8

// headKeys and headInfos are contractionHeads as an open-addressing hash
// table of packLower keys (0 marks an empty slot): a lookup multiplies
// and compares numbers, where a map lookup hashes a string.
var headKeys, headInfos = func() (keys [1 << headBits]uint64, infos [1 << headBits]headInfo) {
	for w := range contractionHeads {
		k, _, _ := packLower(w)
		h := headSlot(k)
		for keys[h] != 0 {
			h = (h + 1) % (1 << headBits)
		}
		keys[h] = k
		infos[h] = headInfo{word: w, ends: spacedEndings[w], at: apostropheless[w], cut: cutNegatives[w]}
	}
	return keys, infos
}()

// headSlot is the first slot of headKeys to probe for key: the top bits of
// a Fibonacci hash.
func headSlot(key uint64) uint64 { return key * 0x9E3779B97F4A7C15 >> (64 - headBits) }

// lookupHead returns what is known of the word of contractionHeads packed
// as key (by packLower), if there is one.
func lookupHead(key uint64) (headInfo, bool) {
	if key == 0 {
		return headInfo{}, false // longer than every head
	}
	for h := headSlot(key); headKeys[h] != 0; h = (h + 1) % (1 << headBits) {
		if headKeys[h] == key {
			return headInfos[h], true
		}
	}
	return headInfo{}, false
}

// afterVariable: after "that s" these words show that "s" is a name (a
// variable, a letter), not the end of "that's".
var afterVariable = set("is", "has", "was", "does", "did", "can", "will", "must", "should", "would",
	"could", "may", "are", "and", "or", "to", "of", "in", "on", "at", "with", "for", "be", "equals")

func (BrokenContraction) Check(doc *lint.Document) []lint.Finding {
	var out []lint.Finding
	text := doc.Text
	apos := ""
	ap := func() string {
		if apos == "" {
			apos = apostrophe(doc)
		}
		return apos
	}
	var carried []bool // lazily: carriedQuote(doc.Text, prose(doc))
	si := -1           // the index of sp in prose(doc)
	for sp := range proseSpans(doc) {
		si++
		words := doc.WordsIn(sp)
		for k, w := range words {
			// the rare first byte first: a branch that is nearly never taken
			if text[w.Start] == 0xc5 && w.Len() > 3 && text[w.Start+1] == 0x93 && text[w.Start+2]-'A' < 26 {
				// "â€œTheres": an opening quote read in the wrong code
				// page ends in the letter œ, which the word took in.
				w.Start += 2
			}
			// a word longer than maxHead reads the empty row maxHead+1
			if headLasts[min(w.Len(), maxHead+1)][headFirst[text[w.Start]]]&lastBit[text[w.End-1]] == 0 {
				continue
			}
			// One lookup of the lower-cased word rejects the words that
			// open no contraction (nearly all), without allocating.
			key, lower, ascii := packLower(text[w.Start:w.End])
			var word, lw string
			var head headInfo
			if ascii {
				var ok bool
				if head, ok = lookupHead(key); !ok {
					continue
				}
				lw, word = head.word, head.word // a head in lower case: no copy
				if !lower {
					word = string(text[w.Start:w.End])
				}
			} else {
				word = string(text[w.Start:w.End])
				lw = strings.ToLower(word)
				key, _, _ := packLower(lw)
				head, _ = lookupHead(key) // none unless lw is ASCII
			}
			if lw == "its" {
				// before the next word is copied: "its" is frequent
				if (word == "its" || word == "Its") && itsClause(text, int(w.End), words[k+1:], sp) {
					if carried == nil {
						carried = carriedQuote(text, prose(doc))
					}
					if carried[si] {
						continue
					}
					s := w.Span()
					next := string(text[words[k+1].Start:words[k+1].End])
					f := lint.Finding{Span: s,
						Message:    fmt.Sprintf("%q before %q stands for \"it is\" or \"it has\": the apostrophe is missing", word, next),
						Suggestion: fmt.Sprintf("write %q", word[:2]+ap()+"s")}
					if isProse(doc, s) {
						f.Fix = []lint.Edit{{Span: lint.Span{Start: s.Start + 2, End: s.Start + 2}, New: ap()}}
					}
					out = append(out, f)
				}
				continue
			}
			var next string
			var nw lint.Word
			if k+1 < len(words) {
				nw = words[k+1]
				next = string(text[nw.Start:nw.End])
			}
			// "don t", "isn t": the apostrophe became a space.
			if next == "t" && (head.cut || lw == "don" || lw == "can" || lw == "won") && spaceBetween(doc, w, nw) {
				out = append(out, spacedContraction(doc, w, nw, ap()+"t", word+ap()+"t"))
				continue
			}
			// "I m", "they re": a pronoun, a space and the ending.
			// every ending of spacedEndings has one or two letters
			if len(next) <= 2 && head.ends[next] && spaceBetween(doc, w, nw) && (lw != "i" || word == "I") &&
				!(next == "s" && k+2 < len(words) && afterVariable[strings.ToLower(string(text[words[k+2].Start:words[k+2].End]))]) {
				if after, n := runeAt(text, int(nw.End), sp.End); n == 0 || unicode.IsSpace(after) || strings.ContainsRune(",.;:!?", after) {
					out = append(out, spacedContraction(doc, w, nw, ap()+next, word+ap()+next))
					continue
				}
			}
			if head.at > 0 {
				if f, ok := lostApostrophe(doc, w, word, next, head.at, ap()); ok {
					out = append(out, f)
				}
				continue
			}
			// an all-capital word is left alone, as lostApostrophe leaves it: a
			// shouted headline or an identifier, where "SHAN" or "AREN" is as
			// likely a name as a cut "n't"
			if !head.cut || properNegatives[word] || !isLowerWord(word) && !isTitleWord(word) {
				continue
			}
			if apostropheEntity(doc.Src[w.End:]) {
				continue // "aren&#39;t": an entity, decoded in place and padded
			}
			// "didn" alone or "didn’" followed by a space: the t was lost.
			end := int(w.End)
			repl := ap() + "t"
			if c, n := runeAt(text, end, sp.End); n > 0 && (c == '\'' || c == '’') {
				end += n
				repl = "t"
			}
			if c, n := runeAt(text, end, sp.End); n > 0 && unicode.IsLetter(c) {
				continue
			}
			s := lint.Span{Start: int(w.Start), End: end}
			f := lint.Finding{Span: s,
				Message:    fmt.Sprintf("broken contraction %q", text[s.Start:s.End]),
				Suggestion: fmt.Sprintf("write %q", string(text[s.Start:s.End])+repl)}
			if isProse(doc, s) {
				f.Fix = []lint.Edit{{Span: lint.Span{Start: end, End: end}, New: repl}}
			}
			out = append(out, f)
		}
	}
	return out
}

// spaceBetween: the words w and nw (the zero Word when w is the last) are
// apart by spaces only, in prose the fix may edit. It is asked only once
// the words themselves make a contraction: most heads ("it", "that") are
// followed by no ending.
func spaceBetween(doc *lint.Document, w, nw lint.Word) bool {
	return int(nw.Start) > int(w.End) && strings.Trim(string(doc.Text[w.End:nw.Start]), " ") == "" && isProse(doc, lint.Span{Start: int(w.End), End: int(nw.Start)})
}

// lostApostrophe reports "didnt", "theres", "Im still": a contraction
// written without its apostrophe (at is where it belongs). An all-capital
// word is left alone (an identifier or a shouted headline), and a
// capitalised one is reported only before a lower-case word ("Theres plenty",
// not the name in "Theres Lind").
func lostApostrophe(doc *lint.Document, w lint.Word, word, next string, at int, ap string) (lint.Finding, bool) {
	lower := isLowerWord(word)
	if !lower && !isTitleWord(word) && word != "Im" {
		return lint.Finding{}, false
	}
	if !lower && !isLowerWord(next) {
		return lint.Finding{}, false
	}
	if strings.EqualFold(word, "im") && (word != "Im" || !imFollowers[next]) {
		return lint.Finding{}, false
	}
	if strings.EqualFold(word, "ive") && !iveFollowers[next] {
		return lint.Finding{}, false
	}
	if sentenceOnly[strings.ToLower(word)] && (lower || !opensSentence(doc.Text, int(w.Start))) {
		return lint.Finding{}, false
	}
	s := lint.Span{Start: int(w.Start), End: int(w.End)}
	whole := word[:at] + ap + word[at:]
	f := lint.Finding{Span: s,
		Message:    fmt.Sprintf("contraction %q without its apostrophe", word),
		Suggestion: fmt.Sprintf("write %q", whole)}
	if isProse(doc, s) {
		f.Fix = []lint.Edit{{Span: lint.Span{Start: int(w.Start) + at, End: int(w.Start) + at}, New: ap}}
	}
	return f, true
}

// spacedContraction reports "don t" (w and nw with a space between).
func spacedContraction(doc *lint.Document, w, nw lint.Word, ending, whole string) lint.Finding {
	s := lint.Span{Start: int(w.Start), End: int(nw.End)}
	f := lint.Finding{Span: s,
		Message:    fmt.Sprintf("broken contraction %q: the apostrophe became a space", doc.Text[s.Start:s.End]),
		Suggestion: fmt.Sprintf("write %q", whole)}
	gap := lint.Span{Start: int(w.End), End: int(nw.End)}
	if isProse(doc, gap) {
		f.Fix = []lint.Edit{{Span: gap, New: ending}}
	}
	return f
}

// apostropheEntity: b opens with a character reference for an apostrophe
// ("&#39;", "&rsquo;"), left undecoded in raw HTML of a Markdown page.
func apostropheEntity(b []byte) bool {
	for _, e := range []string{"&#39;", "&#x27;", "&apos;", "&rsquo;", "&#8217;"} {
		if len(b) >= len(e) && strings.EqualFold(string(b[:len(e)]), e) {
			return true
		}
	}
	return false
}

// itsClause: the words after "its" (which ends at end) open a clause ("a",
// "been", "going to", after at most one adverb), each after one space.
func itsClause(text []byte, end int, after []lint.Word, sp lint.Span) bool {
	for i := 0; i < 3 && i < len(after); i++ {
		w := after[i]
		if int(w.End) > sp.End || int(w.Start) != end+1 || text[end] != ' ' {
			return false
		}
		end = int(w.End)
		word := string(text[w.Start:w.End])
		switch {
		case itsOpeners[word]:
			return true
		case word == "going":
			return i+1 < len(after) && int(after[i+1].Start) == end+1 && text[end] == ' ' &&
				string(text[after[i+1].Start:after[i+1].End]) == "to"
		case i > 0 || !itsAdverbs[word]:
			return false
		}
	}
	return false
}

// opensSentence: the word at i opens a sentence: only spaces and opening
// quotes stand between it and the start of the text or of a line, or the
// mark that ended the sentence before.
func opensSentence(text []byte, i int) bool {
	for i > 0 {
		r, n := utf8.DecodeLastRune(text[:i])
		switch {
		case r == '\n' || r == '.' || r == '!' || r == '?':
			return true
		case r == ' ' || r == '"' || r == '“' || r == '‘' || r == '\'' || r == '«':
			i -= n
		default:
			return false
		}
	}
	return true
}

// maxCarriedBlocks: a quotation opened in one paragraph and not closed
// there is carried over at most this many paragraphs; with no closing mark
// by then, the opening one was a stray mark and nothing is carried.
const maxCarriedBlocks = 12

// carriedQuote reports, for each span, whether it lies inside a quotation
// that an earlier span opened and left open ("He wrote: "A month ago …"
// over several paragraphs, closed in the last). A span counts its quotation
// marks: straight double quotes toggle, “ and « open, ” and » close.
func carriedQuote(text []byte, spans []lint.Span) []bool {
	out := make([]bool, len(spans))
	open := -1 // the span whose quotation is still open
	for i, sp := range spans {
		carrying := open >= 0
		depth, closed := 0, false // closed: the carried quotation ends here
		shut := func() {
			switch {
			case depth > 0:
				depth--
			case carrying && !closed:
				closed = true
			}
		}
		for _, r := range string(text[sp.Start:sp.End]) {
			switch r {
			case '"':
				if depth > 0 || carrying && !closed {
					shut()
				} else {
					depth++
				}
			case '“', '«':
				depth++
			case '”', '»':
				shut()
			}
		}
		switch {
		case closed:
			// every span since the quotation opened was inside it
			for j := open + 1; j <= i; j++ {
				out[j] = true
			}
			open = -1
		case carrying && i-open >= maxCarriedBlocks:
			open = -1 // a stray mark: nothing is carried
		}
		if open < 0 && depth > 0 {
			open = i
		}
	}
	return out
}
