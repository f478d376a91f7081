package droppedname

import (
	"bytes"
	"math/bits"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
)

// Thresholds of the patterns.
const (
	// contextWords is the number of words before a hole a finding quotes
	// and looks for elsewhere in the document.
	contextWords = 3
	// maxModifiers is how many adjectives, numbers or names may stand
	// between a determiner and its noun ("the first two Nordic states").
	maxModifiers = 4
	// minHyphenName is the shortest word after a stray hyphen taken for
	// the rest of a name ("The -TRAKSO").
	minHyphenName = 3
	// maxShortByline is the number of tokens of a byline in which a doubled
	// space is the byline's own layout ("By  Staff").
	maxShortByline = 8
	// minDanglingWords is the number of words a paragraph, quote, list
	// item or caption needs before its last word is taken for a dangling
	// preposition; minDanglingTeaserWords is that for a teaser, which may
	// be a short headline ("Who she lives with").
	minDanglingWords       = 8
	minDanglingTeaserWords = 15
	// minVerblessWords is the number of words a that-clause needs before
	// the lack of a verb in it is a hole.
	minVerblessWords = 6
)

// hole is a place where a word or name was lost.
type hole struct {
	// span is what the finding underlines: the words before the hole and the
	// token after it.
	span lint.Span
	// at is the byte offset of the hole itself (where the name would go).
	at      int
	message string
	// left are the lower-case words just before the hole, used to find
	// another copy of the phrase that still has the name.
	left []string
	// next is the lower-case word right after the hole, if any.
	next string
	// pattern is the name of the pattern that found the hole.
	pattern string
}

// scanner walks the tokens of one block.
type scanner struct {
	doc   *lint.Document
	block lint.Block
	// next is the block after this one, if any (hasNext).
	next    lint.Block
	hasNext bool
	toks    []token
	holes   []hole
	// pattern is the name of the pattern being run; atNext and atPrep are
	// nextAt(i) and prep(i) of the token i the patterns run at, worked out
	// once for all of them.
	pattern        string
	atNext, atPrep bool
	// vice is the index of the block's first word "vice", or -1: scan
	// notes it for vice-before-name.
	vice int
}

// masked reports whether markup was masked in the white space before
// token i, and newline whether that space holds a line break; both are
// asked of few tokens, so they are not stored.
func (s *scanner) masked(i int) bool {
	t := &s.toks[i]
	return s.maskedBetween(t.Start-int(t.gap), t.Start)
}

func (s *scanner) newline(i int) bool {
	t := &s.toks[i]
	return bytes.IndexByte(s.doc.Text[t.Start-int(t.gap):t.Start], '\n') >= 0
}

func (s *scanner) word(i int) bool { return i >= 0 && i < len(s.toks) && s.toks[i].word }

// src is the token at i as written.
func (s *scanner) src(i int) string {
	return string(s.doc.Text[s.toks[i].Start:s.toks[i].End])
}

// lowerAt is the lower-case word at i, or "" when i is not a word.
func (s *scanner) lowerAt(i int) string {
	if s.word(i) {
		return s.toks[i].lower
	}
	return ""
}

// context returns the index of the first of up to n words that end at
// token i (inclusive), not crossing punctuation.
func (s *scanner) context(i, n int) int {
	j := i
	for k := 1; k < n && s.word(j-1) && !s.newline(j); k++ {
		j--
	}
	return j
}

// quote renders tokens first..last as they are written, for messages.
func (s *scanner) quote(first, last int) string {
	return joinWords(s.doc, s.toks[first:last+1])
}

func (s *scanner) leftWords(first, last int) []string {
	var out []string
	for k := first; k <= last; k++ {
		if s.toks[k].word {
			// a copy: a hole is kept to the end of the check, and the
			// token's text would keep its window of the lower-cased text
			out = append(out, strings.Clone(s.toks[k].lower))
		}
	}
	return out
}

// add records a hole after token last, underlining from the context start
// through token next (or through last when next < 0).
func (s *scanner) add(last, next int, msg string) {
	first := s.context(last, contextWords)
	end := s.toks[last].End
	if next >= 0 {
		end = s.toks[next].End
	}
	s.holes = append(s.holes, hole{
		span:    lint.Span{Start: s.toks[first].Start, End: end},
		at:      s.toks[last].End,
		message: msg,
		left:    s.leftWords(first, last),
		next:    strings.Clone(s.lowerAt(last + 1)), // as left
		pattern: s.pattern,
	})
}

func (s *scanner) nameMissing(last, next int, what string) {
	first := s.context(last, contextWords)
	s.add(last, next, what+` seems to be missing after "`+s.quote(first, last)+`"`)
}

// scan runs every pattern over the block's tokens.
func (s *scanner) scan() {
	t := s.toks
	s.vice = -1
	words, marks := wordPatternSets(), punctFirst()
	for i := range t {
		switch {
		case t[i].word:
			// the word patterns all start at a determiner, preposition or
			// verb of saying (clsKey), or at a word before a doubled space
			c := t[i].cls
			if c&clsKey != 0 {
				s.runWord(i, words)
			}
			if c&clsVice != 0 && s.vice < 0 {
				s.vice = i
			}
			if i+1 < len(t) && t[i+1].gap >= 2 {
				s.run(spacePatterns, i)
			}
		default:
			s.runPunct(i, marks)
		}
	}
	s.run(blockPatterns, 0)
}

// pattern is one trace a lost word leaves: a small predicate that records a
// hole at token i when it sees the trace.
type pattern struct {
	// name identifies the pattern in holes and tests.
	name string
	// cls, for a word pattern, are the word classes it starts at (any
	// word when 0); marks, for a punctuation pattern, the marks.
	cls   uint16
	marks string
	// next is what the token after a word pattern's start must be, when it
	// must be one thing (nextWord, nextMark, nextWideGap): a shared test
	// that spares most calls.
	next nextKind
	find func(s *scanner, i int)
}

// nextKind says what follows the token a word pattern starts at.
type nextKind uint8

const (
	nextAny     nextKind = iota
	nextWord             // a word
	nextMark             // a punctuation mark
	nextWideGap          // a word after two or more spaces
)

// run tries the word patterns ps at token i.
func (s *scanner) run(ps []pattern, i int) {
	t := &s.toks[i]
	next := s.setAt(i)
	for k := range ps {
		p := &ps[k]
		if !p.startsAt(t.cls, next) {
			continue
		}
		s.pattern = p.name
		p.find(s, i)
	}
}

// setAt works out atNext and atPrep for the patterns that run at token i,
// and returns what follows it.
func (s *scanner) setAt(i int) nextKind {
	t := &s.toks[i]
	s.atNext, s.atPrep = s.nextAt(i), t.word && s.prep(i)
	next := nextAny
	if s.atNext {
		switch n := &s.toks[i+1]; {
		case !n.word:
			next = nextMark
		case n.gap >= 2:
			next = nextWideGap
		default:
			next = nextWord
		}
	}
	return next
}

// startsAt reports whether the word pattern p may start at a word of the
// classes cls followed by next.
func (p *pattern) startsAt(cls uint16, next nextKind) bool {
	return (p.cls == 0 || cls&p.cls != 0) && (p.next == nextAny || p.next == next || p.next == nextWord && next == nextWideGap)
}

// runWord is run(wordPatterns, i) with the patterns that may start at the
// word looked up in sets (wordPatternSets) rather than tested one by one:
// it runs at every determiner and preposition of the text.
func (s *scanner) runWord(i int, sets *patternSets) {
	next := s.setAt(i)
	for set := sets[next][s.toks[i].cls>>patternClsShift&patternClsMask]; set != 0; set &= set - 1 {
		p := &wordPatterns[bits.TrailingZeros16(set)] // in the list's order
		s.pattern = p.name
		p.find(s, i)
	}
}

// The word patterns start at classes among bits patternClsShift up of a
// word's classes, masked with patternClsMask (wordPatternSets checks it).
const (
	patternClsShift = 2
	patternClsMask  = 0xff
)

// patternSets has, for what follows a word and its classes (shifted by
// patternClsShift, masked with patternClsMask), the bit set of the word
// patterns that may start at it (pattern.startsAt).
type patternSets [nextWideGap + 1][patternClsMask + 1]uint16

var wordPatternSets = sync.OnceValue(func() *patternSets {
	var a patternSets
	if len(wordPatterns) > 16 {
		panic("droppedname: more than 16 word patterns for patternSets")
	}
	for k, p := range wordPatterns {
		if p.cls&^(patternClsMask<<patternClsShift) != 0 {
			panic("droppedname: pattern " + p.name + " starts at a class patternSets does not index")
		}
		for next := range a {
			for c := range a[next] {
				if p.startsAt(uint16(c)<<patternClsShift, nextKind(next)) {
					a[next][c] |= 1 << k
				}
			}
		}
	}
	return &a
})

// runPunct tries the punctuation patterns at token i, a mark: a table by
// first byte names the patterns that may start there, so most marks cost
// one lookup.
func (s *scanner) runPunct(i int, first *[256]uint32) {
	l := s.toks[i].lower
	if l == "" {
		return
	}
	set := first[l[0]]
	if set == 0 {
		return
	}
	s.atNext, s.atPrep = s.nextAt(i), false
	for ; set != 0; set &= set - 1 {
		p := &punctPatterns[bits.TrailingZeros32(set)] // in the list's order
		if len(l) > 1 && !strings.Contains(p.marks, l) {
			continue
		}
		s.pattern = p.name
		p.find(s, i)
	}
}

// punctFirst has, for each first byte of a mark, the bit set of the
// punctuation patterns that start at a mark with that byte.
var punctFirst = sync.OnceValue(func() *[256]uint32 {
	var a [256]uint32
	for k, p := range punctPatterns {
		for _, r := range p.marks {
			a[string(r)[0]] |= 1 << k
		}
	}
	return &a
})

// wordPatterns start at a word of the clsKey class (a determiner,
// preposition or verb of saying).
var wordPatterns = []pattern{
	// a preposition followed by a finite verb or a conjunction: "the head of said", "signed by and the president"
	{name: "preposition-before-verb", cls: clsObjPrep, next: nextWord, find: (*scanner).prepositionBeforeVerb},
	// a preposition followed by a lone adjective: "the conduct of deceptive and"
	{name: "preposition-lone-adjective", cls: clsHolePrep, next: nextWord, find: (*scanner).prepositionLoneAdjective},
	// a determiner followed by punctuation: "working for the , but"
	{name: "determiner-before-mark", cls: clsDet, next: nextMark, find: (*scanner).determinerBeforeMark},
	// a determiner followed by a finite auxiliary, a subject pronoun or a possessive: "ahead of a do not", "The we signed", "the ’s apology"
	{name: "determiner-before-verb", cls: clsDet, find: (*scanner).determinerBeforeVerb},
	// a preposition, a space and punctuation: "cooperating with , but"
	{name: "preposition-space-mark", cls: clsPrep | clsObjPrep, next: nextMark, find: (*scanner).prepositionSpaceMark},
	// a preposition and a colon with nothing after it: "advise us at: or"
	{name: "preposition-colon", cls: clsPrep | clsObjPrep, next: nextMark, find: (*scanner).prepositionColon},
	// two prepositions in a row after a noun: "Soldiers in With Russian Forces"
	{name: "preposition-pair", cls: clsPairFirst, next: nextWord, find: (*scanner).prepositionPair},
	// a compound preposition followed by another preposition: "together with in a smaller hall"
	{name: "compound-preposition-pair", cls: clsPrep, next: nextWord, find: (*scanner).compoundPrepositionPair},
	// a determiner or preposition before a bracket that holds a name's tag: "rivals of (GU)", "the (High Tribunal)"
	{name: "bracket-after-function-word", cls: clsDet | clsPrep, next: nextMark, find: (*scanner).bracketAfterFunctionWord},
	// a double space after a preposition, before a word that cannot start its object: "At the start of  he owned"
	{name: "double-space-after-preposition", cls: clsPrep | clsDet | clsObjPrep, next: nextWideGap, find: (*scanner).doubleSpaceAfterPreposition},
	// a that-clause after a reporting verb with no verb of its own
	{name: "verbless-that-clause", cls: clsReport, next: nextWord, find: (*scanner).verblessThatClause},
}

// spacePatterns start at any word followed by a doubled space.
var spacePatterns = []pattern{
	// a doubled space before a verb of saying: "the spokesman for the ministry  said"
	{name: "double-space-before-saying", find: (*scanner).doubleSpaceBeforeSaying},
}

// punctPatterns start at a punctuation mark.
var punctPatterns = []pattern{
	// a word that starts with a hyphen: "The -TRAKSO prints"
	{name: "hyphen-start", marks: "-‐", find: (*scanner).hyphenStart},
	// two commas around a hole: "The governor of the region, , said"
	{name: "commas-around-hole", marks: ",", find: (*scanner).commasAroundHole},
	// a finite verb with no subject between commas: "modern, grows, this"
	{name: "verb-between-commas", marks: ",", find: (*scanner).verbBetweenCommas},
	// a sentence that starts with a lower-case verb: "coronavirus. wrote about this"
	{name: "lower-case-verb-sentence", marks: ".!?", find: (*scanner).lowerCaseVerbSentence},
	// empty brackets or quotes, or a bracket followed by punctuation: "()", "Internet (, the", "« »"
	{name: "empty-pair", marks: "([«“\"", find: (*scanner).emptyPairAt},
	// a role before a party or office tag, with the person's name gone: "the deputy (NP-North)"
	{name: "role-before-tag", marks: "(", find: (*scanner).roleBeforeTag},
	// an opening bracket, a space and a preposition or dash: "( in French)", "Jakarta ( – The Agency"
	{name: "spaced-bracket", marks: "(", find: (*scanner).spacedBracket},
	// a spaced comma before "who" or "whose", where a linked name was: "sent it to the club's coach , who"
	{name: "spaced-comma-before-relative", marks: ",", find: (*scanner).spacedCommaBeforeRelative},
	// a quoted source name after a comma ends the sentence: `prices rose, "Daily Courier".` (the verb "reports" is gone)
	{name: "quoted-source", marks: ",", find: (*scanner).quotedSource},
	// a colon followed by a conjunction: "send your questions to: or call"
	{name: "colon-before-conjunction", marks: ":", find: (*scanner).colonBeforeConjunction},
}

// blockPatterns look at a block as a whole.
var blockPatterns = []pattern{
	// a paragraph that starts with a lower-case verb: its subject is gone
	{name: "paragraph-start-verb", find: (*scanner).paragraphStartVerb},
	// a paragraph that ends on a preposition or determiner: "he explained in a conversation with"
	{name: "dangling-end", find: (*scanner).danglingEnd},
	// a headline or paragraph that ends on a spaced dash: "Talks end in a deadlock –"
	{name: "trailing-dash", find: (*scanner).trailingDash},
	// "vice" after an owner, before a person's name: "the club’s Vice Ana Silva" (the office is gone)
	{name: "vice-before-name", find: (*scanner).viceBeforeName},
	// a credit line with nothing after its label: "Photo:"
	{name: "empty-credit", find: (*scanner).emptyCredit},
}

// nextAt reports whether token i+1 exists and no markup was masked before it.
func (s *scanner) nextAt(i int) bool {
	return i+1 < len(s.toks) && !s.masked(i+1)
}

// prep reports whether the word at i is a preposition; "to" is one after
// "according", "due", "thanks" ...
func (s *scanner) prep(i int) bool {
	t := s.toks
	return t[i].has(clsPrep) || t[i].lower == "to" && s.word(i-1) && t[i-1].has(clsToHead)
}

func (s *scanner) prepositionBeforeVerb(i int) {
	t, next := s.toks, i+1
	if s.atPrep && s.atNext && s.word(next) && !t[next].upper() && t[i].has(clsObjPrep) && !s.dottedName(next) && s.objectMissing(i, next) {
		s.nameMissing(i, next, "a name")
	}
}

func (s *scanner) prepositionLoneAdjective(i int) {
	t, next := s.toks, i+1
	if t[i].has(clsHolePrep) && s.atNext && s.word(next) && !t[next].has(clsClosed) && !t[next].caps && s.nounless(next+1) &&
		isAdjective(t[next].lower) && !fixedPhrases.has(t[i].lower+" "+t[next].lower) {
		s.nameMissing(i, next, "a name")
	}
}

// "a" and "an" also name letters and variables ("in a, b and c"): only a
// space before the mark shows a hole after them.
func (s *scanner) determinerBeforeMark(i int) {
	t, next := s.toks, i+1
	if t[i].has(clsDet) && s.atNext && s.holeMark(next) && !t[next].punctIn("!?") && !(len(t[i].lower) <= 2 && (t[i].upper() || t[next].gap == 0)) &&
		s.inRunningText(i) && !(next == len(t)-1 && t[next].is(":") && s.structureFollows()) {
		s.nameMissing(i, next, "a name")
	}
}

func (s *scanner) determinerBeforeVerb(i int) {
	t, next := s.toks, i+1
	// articles only: "your are" is a typing slip for "you are"
	// and a capital "A" inside a sentence is a letter ("immunoglobulins A are")
	if !s.atNext || !t[i].has(clsDet) || !isArticle(t[i].lower) || t[next].gap == 0 && t[next].word || t[next].word && !t[next].has(clsClosed|clsSaidAux) ||
		t[i].upper() != s.sentenceStart(i) || !s.inRunningText(i) {
		// a capital "A" inside a sentence or a lower-case "a" opening one
		// is a letter or a variable ("accumulated into A", ". a is the type")
		return
	}
	switch {
	case s.word(next) && !t[next].upper() && (t[i].lower != "a" && finiteAux.has(t[next].lower) || t[next].lower == "do" && s.lowerAt(next+1) == "not"):
		// "the is", "ahead of a do not"; "a is" names a variable ("if a is nil")
	case s.word(next) && !t[next].upper() && subjects.has(t[next].lower) && t[next].lower != "i" && s.word(next+1) && !t[next+1].has(clsClosed|clsDet):
		// "The we signed"
	case t[next].punctIn("'’‘") && s.lowerAt(next+1) == "s" && t[next+1].gap == 0 && s.word(next+2):
		// "the ’s statement": the owner's name is gone
		s.nameMissing(i, next+1, "a name")
		return
	default:
		return
	}
	s.nameMissing(i, next, "a name")
}

func (s *scanner) prepositionSpaceMark(i int) {
	t, next := s.toks, i+1
	// "to" before a spaced mark has lost its object or verb either way
	if (s.atPrep || t[i].lower == "to") && s.atNext && t[next].gap > 0 && !s.newline(next) && s.holeMark(next) && t[next].punctIn(",.;)") {
		s.nameMissing(i, next, "a name")
	}
}

func (s *scanner) prepositionColon(i int) {
	t, next := s.toks, i+1
	if !(s.atPrep || t[i].lower == "to") || !s.atNext || !t[next].is(":") || !s.word(i-1) || s.masked(i) || t[next].gap != 0 || s.gluedAfter(next) {
		return
	}
	// a field name: a capitalised word or a hyphenated one before its
	// colon ("the From: and To: headers", "Signed-off-by:")
	if t[i].upper() || t[i].gap == 0 && t[i].Start > 0 && s.doc.Text[t[i].Start-1] == '-' {
		return
	}
	after := next + 1
	if after >= len(t) && !s.maskedBetween(t[next].End, s.restEnd(t[next].End)) && !s.structureFollows() ||
		after < len(t) && !s.masked(after) && (s.word(after) && t[after].has(clsConj) || t[after].punctIn(",.;")) {
		s.nameMissing(i, next, "an address or name")
	}
}

// After a verb the first of two prepositions is a particle ("dealt with by").
func (s *scanner) prepositionPair(i int) {
	t, next := s.toks, i+1
	if !s.atNext || !t[next].has(clsPairSecond) || t[next].gap == 0 || s.newline(next) || !s.word(next+1) || s.knownPair(i) || !s.nounBefore(i) ||
		s.keywordNoun(next) {
		return
	}
	s.add(i, next, `a word seems to be missing between "`+s.src(i)+`" and "`+s.src(next)+`"`)
}

// keywordNoun reports whether the word at k is a keyword named as a noun:
// "turns loops into for loops", "a check in with statements".
func (s *scanner) keywordNoun(k int) bool {
	return !s.toks[k].upper() && syntaxNouns.has(s.lowerAt(k+1))
}

// knownPair reports whether the prepositions at i and i+1 belong together
// ("out of", "up to") or the second opens a fixed phrase ("in with ease").
func (s *scanner) knownPair(i int) bool {
	t := s.toks
	return prepPairs.has(t[i].lower+" "+t[i+1].lower) || fixedPhrases.has(t[i+1].lower+" "+s.lowerAt(i+2))
}

// nounBefore reports whether the word before i is a noun: a capitalised
// word inside a sentence, a plural or a word after a determiner, and no
// verb that takes a particle ("dealt with by").
func (s *scanner) nounBefore(i int) bool {
	t := s.toks
	if !s.word(i-1) || verbLike(t[i-1].lower) {
		return false
	}
	return t[i-1].upper() && !s.sentenceStart(i-1) || plural(t[i-1].lower) || s.nounPosition(i-1)
}

func isArticle(w string) bool { return w == "the" || w == "a" || w == "an" }

// compoundHeads open a compound preposition whose last word needs an object.
var compoundHeads = &wordSet{list: `together along`}

func (s *scanner) compoundPrepositionPair(i int) {
	t, next := s.toks, i+1
	if t[i].lower == "with" && s.atNext && s.word(i-1) && compoundHeads.has(t[i-1].lower) && s.atNext && s.word(next) && t[next].has(clsPrep) &&
		!t[next].upper() && !s.newline(next) && s.word(next+1) && (t[next+1].has(clsDet) || t[next+1].upper()) {
		s.nameMissing(i, next, "a name")
	}
}

// nameWord reports whether the word at k is capitalised in each of its
// hyphenated parts ("Supreme", "PL-SP"; not "PGO-compiled").
func (s *scanner) nameWord(k int) bool {
	if !s.toks[k].upper() {
		return false
	}
	src := s.src(k)
	for j := 0; j+1 < len(src); j++ {
		if src[j] == '-' && !(src[j+1] >= 'A' && src[j+1] <= 'Z') {
			return false
		}
	}
	return true
}

// maxTagTokens is the number of tokens a bracket after a function word may
// hold to be taken for a name or its tag.
const maxTagTokens = 8

// maxTagLetters is the longest bracketed tag taken for an abbreviation
// standing for a name ("(PL)", "(PL-SP)").
const maxTagLetters = 8

func (s *scanner) bracketAfterFunctionWord(i int) {
	t, next := s.toks, i+1
	if !s.atNext || !t[next].is("(") || !(t[i].has(clsDet) || t[i].lower == "of") || t[next].gap == 0 || !s.word(next+1) || t[i].upper() != s.sentenceStart(i) ||
		!t[next+1].upper() || t[next+1].gap != 0 || !s.inRunningText(i) || i == 0 || s.masked(next+1) {
		return
	}
	// the bracket holds an abbreviation or a capitalised name
	close := next + 1
	for close < len(t) && close <= next+maxTagTokens && !t[close].is(")") {
		if t[close].word && !s.nameWord(close) && !t[close].has(clsPrep|clsDet|clsConj) || !t[close].word && !t[close].punctIn("-/") {
			return
		}
		close++
	}
	// "the (Open Source) Looking Glass": the bracket is part of a title;
	// "an (Event).Stack" is code
	if close >= len(t) || !t[close].is(")") || s.word(close+1) && t[close+1].upper() || close+1 < len(t) && t[close+1].gap == 0 && t[close+1].punctIn(".(") {
		return
	}
	s.add(i, close, `a name seems to be missing before the brackets after "`+s.src(i)+`"`)
}

// A doubled space before a noun phrase ("in  the city") is only a typing slip.
func (s *scanner) doubleSpaceAfterPreposition(i int) {
	t, next := s.toks, i+1
	if (s.atPrep || t[i].has(clsDet)) && s.atNext && s.word(next) && t[next].gap >= 2 && !s.newline(next) && !s.shortByline() && s.noObjectStart(next) {
		s.nameMissing(i, next, "a number or name")
	}
}

// noObjectStart reports whether the word at k cannot begin the object of a
// preposition: a subject pronoun, a conjunction, a preposition, an
// auxiliary or a finite verb.
func (s *scanner) noObjectStart(k int) bool {
	w := &s.toks[k]
	return subjects.has(w.lower) || w.has(clsConj|clsPrep) || auxiliaries.has(w.lower) || !w.upper() && isFiniteVerb(w.lower)
}

func (s *scanner) verblessThatClause(i int) {
	if s.toks[i].has(clsReport) && s.lowerAt(i+1) == "that" {
		s.verblessClause(i + 1)
	}
}

// objectMissing reports whether the word at next shows that the
// preposition at i lost its object: a finite verb after a preposition that
// follows a noun ("the head of said"; after a verb the preposition may be
// stranded: "the man he worked with said"), or a conjunction that does not
// join two prepositions ("signed by and the president", not "for and
// against").
func (s *scanner) objectMissing(i, next int) bool {
	t := s.toks
	if t[next].has(clsConj) {
		after := s.lowerAt(next + 1)
		return s.word(next+1) && !s.toks[next+1].has(clsPrep) && after != "large" && after != "to" && (t[next+1].has(clsDet) || t[next+1].upper()) &&
			!s.sharedObject(i, next)
	}
	if !s.word(i-1) || !(t[next].has(clsSaidAux) || s.presentSaying(next, t[i].lower != "of")) || verbLike(t[i-1].lower) {
		return false
	}
	if strings.HasSuffix(t[next].lower, "ed") && s.word(next+1) && !t[next+1].upper() && !t[next+1].has(clsClosed) {
		// a participle before its noun: "the share of added value", "the number of reported cases"
		return false
	}
	if t[i].lower == "of" {
		// "of" is seldom stranded: "the head of said"
		return (t[i-1].upper() || s.nounPosition(i-1)) && !s.saidDeterminer(next)
	}
	// Other prepositions are stranded after the object of a verb ("the
	// thing we want the binary for is"): only a noun phrase that opens its
	// clause counts ("that the situation with is").
	det := s.phraseStart(i - 1)
	if det < 0 {
		return false
	}
	return det == 0 || !s.word(det-1) || s.toks[det-1].has(clsConj) || s.toks[det-1].lower == "that"
}

// maxRaisedWords: the second of two coordinated phrases that share an
// object is a determiner and this many words at most before its
// preposition.
const maxRaisedWords = 3

// sharedObject: the preposition at i ends a noun phrase coordinated with
// the one after the conjunction at conj, which ends with a preposition of
// its own before the object both share: "one of or a mix of the flags",
// "the end of or an interruption to the chain".
func (s *scanner) sharedObject(i, conj int) bool {
	t := s.toks
	if !s.word(i-1) || t[i-1].upper() || verbLike(t[i-1].lower) || !t[conj+1].has(clsDet) {
		return false
	}
	for k := conj + 2; k <= conj+1+maxRaisedWords && k+1 < len(t); k++ {
		if !s.word(k) || s.masked(k) {
			return false
		}
		if t[k].has(clsPrep) || t[k].lower == "to" {
			return k > conj+2 && s.word(k+1)
		}
		if t[k].has(clsClosed) || t[k].upper() {
			return false
		}
	}
	return false
}

// identifierBefore: the word before token i, up to the white space before
// it, is a name of code joined by underscores ("print_timetable ()").
func (s *scanner) identifierBefore(i int) bool {
	k := s.toks[i].Start - int(s.toks[i].gap)
	for j := k - 1; j >= 0 && j >= k-maxIdentifier; j-- {
		switch c := s.doc.Text[j]; {
		case c == '_':
			return true
		case c == ' ' || c == '\t' || c == '\n':
			return false
		}
	}
	return false
}

// maxIdentifier bounds the look back for an underscore in a name of code.
const maxIdentifier = 64

// dottedName: the word at k goes on after a dot with a letter, a name of
// a setting or a module ("receive.denyDeletes"), not a verb.
func (s *scanner) dottedName(k int) bool {
	end, text := s.toks[k].End, s.doc.Text
	return end+1 < len(text) && text[end] == '.' && (text[end+1] >= 'a' && text[end+1] <= 'z' || text[end+1] >= 'A' && text[end+1] <= 'Z')
}

// saidDeterminer: "said" before a bare lower-case noun is the determiner
// of legal and technical prose ("the result of said promise"); the verb
// is followed by "that", a determiner, a pronoun, a mark or an adverb.
func (s *scanner) saidDeterminer(k int) bool {
	t := s.toks
	if t[k].lower != "said" || !s.word(k+1) || s.masked(k+1) {
		return false
	}
	w := t[k+1]
	return !w.upper() && !w.has(clsClosed) && !isFiniteVerb(w.lower) && !strings.HasSuffix(w.lower, "ly") && !timeWords.has(w.lower)
}

// timeWords are adverbs of time that may follow a verb of saying.
var timeWords = &wordSet{list: `yesterday today tonight earlier later recently previously afterwards again then once`}

// presentSaying reports whether the word at k is a verb of saying in the
// present ("the statement from says"); a form that is also a plural noun
// ("reads", "notes") counts only when nouns may be ruled out (not after
// "of": "a list of notes:") and before the words it introduces: a colon,
// an opening quote or "as follows".
func (s *scanner) presentSaying(k int, nounsToo bool) bool {
	w := s.toks[k].lower
	if s.toks[k].has(clsClosed) || w[len(w)-1] != 's' {
		// every form listed ends in "s"
		return false
	}
	if presentSaying.has(w) {
		return true
	}
	if !nounsToo || !presentSayingNouns.has(w) || !s.nextAt(k) {
		return false
	}
	n := &s.toks[k+1]
	return n.is(":") || n.punctIn("“\"«") || n.lower == "as" && s.lowerAt(k+2) == "follows"
}

// phraseStart returns the index of the determiner that opens the noun
// phrase ending at k, or -1.
func (s *scanner) phraseStart(k int) int {
	for j := k - 1; j >= 0 && j >= k-maxModifiers; j-- {
		if !s.word(j) {
			return -1
		}
		if s.toks[j].has(clsDet) {
			return j
		}
		w := s.toks[j].lower
		if !(s.toks[j].upper() || isAdjective(w) || ordinals.has(w) || isNumber(w)) {
			return -1
		}
	}
	return -1
}

// doubleSpaceBeforeSaying flags a doubled space before a verb of saying, where
// the speaker's name was: "the spokesman for the ministry  said".
func (s *scanner) doubleSpaceBeforeSaying(i int) {
	t := s.toks
	next := i + 1
	if next < len(t) && t[next].word && t[next].gap >= 2 && !s.newline(next) && !s.masked(next) &&
		!t[next].upper() && t[next].has(clsReport) && !s.shortByline() {
		s.add(i, next, `a name seems to be missing before "`+s.src(next)+`"`)
	}
}

func (s *scanner) hyphenStart(i int) {
	t, next := s.toks, i+1
	if s.atNext && s.word(next) && t[next].gap == 0 && t[next].upper() && len(t[next].lower) >= minHyphenName && t[i].gap > 0 && !s.newline(i) &&
		s.word(i-1) && t[i-1].has(clsDet|clsPrep) && !s.optionFlag(next) {
		s.add(i-1, next, `the first part of a hyphenated name seems to be missing before "`+s.src(i)+s.src(next)+`"`)
	}
}

// optionFlag: the word after a hyphen is a command-line option, a letter
// and a lower-case name ("-Werror=format", "-Dsplit-usr", "-Zdylib-lto"):
// set with "=", or its parts joined by "-" or "_" all in lower case, where a
// name's parts are capitalised ("-Rhine-Westphalia").
func (s *scanner) optionFlag(k int) bool {
	src := s.src(k)
	if len(src) < 2 || src[1] < 'a' || src[1] > 'z' {
		return false
	}
	if end := s.toks[k].End; end < len(s.doc.Text) && s.doc.Text[end] == '=' {
		return true
	}
	if !strings.ContainsAny(src, "-_") {
		return false
	}
	for _, c := range src[1:] {
		if c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// ",," with nothing between is a typing slip, not a lost word.
func (s *scanner) commasAroundHole(i int) {
	t, next := s.toks, i+1
	if s.atNext && t[next].is(",") && t[next].gap > 0 {
		s.hole(lint.Span{Start: t[max(i-1, 0)].Start, End: t[next].End}, t[i].End, "a name seems to be missing between the commas")
	}
}

// Participles ("resolute, determined, calm"), a verb after a particle and
// a verb before a quotation ("came out, said, 'Did you ...'") have their
// subject.
func (s *scanner) verbBetweenCommas(i int) {
	t, next := s.toks, i+1
	if !s.atNext || !s.loneVerb(next) || !s.word(i-1) || isFiniteVerb(t[i-1].lower) || auxiliaries.has(t[i-1].lower) || t[i-1].has(clsClosed) ||
		s.listOrSpeech(next+2) {
		return
	}
	s.hole(lint.Span{Start: t[s.context(i-1, 1)].Start, End: t[next+1].End}, t[next].Start, `the subject of "`+s.src(next)+`" seems to be missing`)
}

// loneVerb reports whether the word at k is a finite verb in lower case
// followed by a comma, other than an auxiliary or an -ed form (a
// participle may be an adjective: "calm, determined, unshaken").
func (s *scanner) loneVerb(k int) bool {
	t := s.toks
	return s.word(k) && !t[k].upper() && k+1 < len(t) && t[k+1].is(",") && isFiniteVerb(t[k].lower) &&
		!auxiliaries.has(t[k].lower) && !strings.HasSuffix(t[k].lower, "ed")
}

// listOrSpeech reports whether the token at k, after the second comma,
// goes on with a list of verbs ("came, saw, and conquered") or opens a
// quotation ("said, 'Is it true?'").
func (s *scanner) listOrSpeech(k int) bool {
	t := s.toks
	return s.word(k) && (verbLike(t[k].lower) || t[k].has(clsConj)) || k < len(t) && t[k].punctIn("'‘\"“«")
}

func (s *scanner) lowerCaseVerbSentence(i int) {
	t, next := s.toks, i+1
	if s.atNext && s.word(next) && t[next].gap > 0 && !t[next].upper() && sentenceVerbs(t[next].lower) &&
		s.word(i-1) && t[i].gap == 0 && !isEllipsis(t, i) && !s.abbreviation(i-1) {
		s.hole(lint.Span{Start: t[i-1].Start, End: t[next].End}, t[next].Start, `the subject of "`+s.src(next)+`" seems to be missing at the start of the sentence`)
	}
}

func (s *scanner) emptyPairAt(i int) {
	t, next := s.toks, i+1
	if !s.atNext || s.innerMasked(i, next) {
		return
	}
	switch t[i].lower {
	case "(":
		// "Korean Internet (, the" and empty brackets "()"; "f()" and
		// "format!()" are code
		if t[next].punctIn("),;") && !(t[next].is(")") && i > 0 && (t[i].gap == 0 || s.identifierBefore(i))) {
			s.emptyPair(i, next)
		}
	case "[":
		// "[]" glued to a word, after "]" or "=" is code or a reference
		// link ("string[]", "[text][]", "tags = []")
		if t[next].is("]") && s.word(i-1) && t[i].gap > 0 {
			s.emptyPair(i, next)
		}
	case "«":
		if t[next].is("»") {
			s.emptyPair(i, next)
		}
	case "“":
		if t[next].is("”") {
			s.emptyPair(i, next)
		}
	case `"`:
		// straight quotes: "" is also an empty string in technical prose
		// ("returns \"\""), so only after a noun or a preposition.
		if t[next].is(`"`) && t[next].gap == 0 && (next+1 >= len(t) || !t[next+1].is(`"`)) &&
			s.word(i-1) && !verbLike(t[i-1].lower) && !t[i-1].has(clsConj) && !codeWords.has(t[i-1].lower) {
			s.emptyPair(i, next)
		}
	}
}

// roles name a person's office; English puts the name between the role and
// a party or constituency tag ("Deputy Ana Silva (NP-North)").
var roles = &wordSet{list: `deputy deputies senator senators lawmaker lawmakers congressman congresswoman
councillor councilor mayor governor minister president spokesman spokeswoman spokesperson chairman
chairwoman mp`}

func (s *scanner) roleBeforeTag(i int) {
	t := s.toks
	if !s.atNext || i == 0 || !s.word(i-1) || t[i-1].upper() || !roles.has(t[i-1].lower) || t[i].gap == 0 || s.masked(i) || !s.tagAt(i+1) {
		return
	}
	close := i + 1
	for !t[close].is(")") {
		close++
	}
	s.add(i-1, close, `a name seems to be missing between "`+s.src(i-1)+`" and the tag `+string(s.doc.Text[t[i].Start:t[close].End]))
}

// tagAt reports whether the tokens from k up to a closing bracket spell an
// abbreviation of capitals, with a hyphen or slash between its parts
// ("NP", "NP-North", "D-NY").
func (s *scanner) tagAt(k int) bool {
	t := s.toks
	parts := 0
	for ; k < len(t); k++ {
		switch {
		case t[k].is(")"):
			return parts > 0 && parts <= maxTagParts
		case t[k].word && t[k].upper() && t[k].gap == 0 && len(t[k].lower) <= maxTagLetters:
			parts++
		case t[k].punctIn("-/") && t[k].gap == 0:
		default:
			return false
		}
	}
	return false
}

// maxTagParts is the number of parts a bracketed tag may have.
const maxTagParts = 3

// An opening bracket is followed by its content at once; a space and a
// preposition or dash show that the name the bracket opened with is gone.
func (s *scanner) spacedBracket(i int) {
	t, next := s.toks, i+1
	if !s.atNext || t[next].gap == 0 || s.newline(next) || s.innerMasked(i, next) || !s.word(i-1) {
		return
	}
	// the dash of a dateline is followed by its text ("( – The Agency"),
	// not by a figure ("( – 12 in favour)")
	if t[next].punctIn("–—") && s.word(next+1) && t[next+1].upper() || s.word(next) && !t[next].upper() && t[next].has(clsPrep) && s.word(next+1) {
		s.hole(lint.Span{Start: t[i-1].Start, End: t[next].End}, t[i].End, "a name seems to be missing at the start of the brackets")
	}
}

// personRelatives open a relative clause about a person or body, whose
// name a spaced comma before them shows lost.
var personRelatives = &wordSet{list: `who whose whom`}

// Only a content word before the space counts: after a function word the
// word patterns report the hole, and the comma must be spaced on both sides
// ("x ,who" is a typing slip).
func (s *scanner) spacedCommaBeforeRelative(i int) {
	t, next := s.toks, i+1
	if t[i].is(",") && t[i].gap > 0 && !s.newline(i) && !s.masked(i) && s.word(i-1) && !t[i-1].has(clsClosed) &&
		s.atNext && s.word(next) && t[next].gap > 0 && personRelatives.has(t[next].lower) {
		s.nameMissing(i-1, next, "a name")
	}
}

// viceOffices are the offices "vice" stands before; after an owner's
// possessive, "vice" before any other capitalised word lost its office.
var viceOffices = &wordSet{list: `president presidents chairman chairwoman chair chairs chairperson minister
ministers premier governor governors mayor admiral marshal chancellor rector dean speaker principal consul
captain captains director directors provost commander secretary prime regent head coach consul-general`}

// firmWords end or open the name of a firm or title, not of a person
// ("Vice Media Group", "Vice News Tonight").
var firmWords = &wordSet{list: `group media news network networks studio studios magazine holdings inc ltd llc corp
company tonight city`}

// Only a two-word name after "Vice" counts, followed by no third
// capitalised word, and no word of a firm's name ("the firm’s Vice Media
// Group").
func (s *scanner) viceBeforeName(int) {
	t := s.toks
	if s.vice < 0 {
		return
	}
	for v := max(s.vice, 1); v+2 < len(t); v++ {
		first := v + 1
		if t[v].lower != "vice" || !t[v].word || !s.word(v-1) || !possessive(t[v-1].lower) || !s.word(first) || !s.word(first+1) ||
			s.masked(first) || s.masked(first+1) || s.newline(first) || s.newline(first+1) {
			continue
		}
		if !t[first].upper() || !t[first+1].upper() || viceOffices.has(t[first].lower) || t[first].has(clsClosed) || t[first+1].has(clsClosed) ||
			firmWords.has(t[first].lower) || firmWords.has(t[first+1].lower) ||
			s.word(first+2) && t[first+2].upper() {
			continue
		}
		s.add(v, first, `an office seems to be missing after "`+s.src(v)+`"`)
		// only the office is lost: another copy of the phrase would offer the
		// office with the name after it, so the hole asks for no recovery
		h := &s.holes[len(s.holes)-1]
		h.left = h.left[len(h.left)-1:]
	}
}

// possessive reports whether a lower-case word is an owner's possessive:
// "club’s", "party's", "members’".
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// Thresholds of quoted-source: the sentence before the comma has at least
// minSourceClause words, the quoted name at most maxSourceWords.
const (
	minSourceClause = 6
	maxSourceWords  = 4
)

func (s *scanner) quotedSource(i int) {
	t := s.toks
	open := i + 1
	// after a word or a quotation of its own ('act "with cold heads", "Daily Courier".')
	if !s.atNext || !t[open].punctIn("\"“«") || !s.word(open+1) || i == 0 || !s.word(i-1) && !t[i-1].punctIn("\"”»") || t[i].gap != 0 {
		return
	}
	k := open + 1
	for k < len(t) && t[k].word && t[k].upper() && k-open <= maxSourceWords {
		k++
	}
	// the name, its closing quote and a period that ends the sentence
	if k == open+1 || k+1 >= len(t) || !t[k].punctIn("\"”»") || t[k].gap != 0 || !t[k+1].is(".") || t[k+1].gap != 0 ||
		k+2 < len(t) && !(s.word(k+2) && t[k+2].upper()) {
		return
	}
	words := 0
	for j := i - 1; j >= 0 && !t[j].endsSentence(); j-- {
		if t[j].word {
			words++
		}
	}
	if words < minSourceClause {
		return
	}
	s.hole(lint.Span{Start: t[i].Start, End: t[k+1].End}, t[i].End, `a verb of saying seems to be missing before the source `+string(s.doc.Text[t[open].Start:t[k].End]))
}

func (s *scanner) colonBeforeConjunction(i int) {
	t, next := s.toks, i+1
	if s.atNext && t[i].gap == 0 && s.word(i-1) && !s.masked(i) && s.word(next) && t[next].gap > 0 && !t[next].upper() && (t[next].lower == "or" || t[next].lower == "and") &&
		!s.shortcodeEnd(i) && !strings.Contains(t[i-1].lower, "-") && // "Signed-off-by: and": a trailer's key
		!s.prep(i-1) && t[i-1].lower != "to" && s.word(next+1) && !s.innerMasked(i, next) {
		s.nameMissing(i-1, i, "an address or name")
	}
}

func (s *scanner) paragraphStartVerb(int) {
	t := s.toks
	if len(t) > 3 && t[0].word && !t[0].upper() && sentenceVerbs(t[0].lower) && !s.masked(0) && !s.invertedSubject(0) &&
		(s.block.Kind == lint.Paragraph || s.block.Kind == lint.Quote) && !s.block.Meta && !s.maskedBetween(s.lineStart(t[0].Start), t[0].Start) &&
		!s.continuesBlock() {
		s.hole(t[0].Span, t[0].Start, `the subject of "`+s.src(0)+`" seems to be missing at the start of the paragraph`)
	}
}

// minDashWords is the number of words a block needs before a trailing dash
// is taken for a lost source name.
const minDashWords = 3

func (s *scanner) trailingDash(int) {
	t := s.toks
	n := len(t)
	switch s.block.Kind {
	case lint.Title, lint.Heading, lint.Teaser, lint.Caption:
	default:
		return // a paragraph may go on in a list ("or pass in options -")
	}
	if n < minDashWords+1 || !t[n-1].punctIn("–—-") || t[n-1].gap == 0 || !s.word(n-2) || s.block.Meta ||
		s.maskedBetween(t[n-1].End, s.restEnd(t[n-1].End)) {
		return
	}
	if words := s.wordCount(); words < minDashWords {
		return
	}
	s.hole(lint.Span{Start: t[s.context(n-2, 2)].Start, End: t[n-1].End}, t[n-1].End, "a name seems to be missing after the dash at the end of the "+s.block.Kind.String())
}

// creditLabels name who made a picture or text; with nothing after the
// colon the name is gone.
var creditLabels = &wordSet{list: `photo photos source sources credit credits author illustration video`}

func (s *scanner) emptyCredit(int) {
	t := s.toks
	n := len(t)
	if n < 2 || !t[n-1].is(":") || !s.word(n-2) || !creditLabels.has(t[n-2].lower) || !t[n-2].upper() ||
		s.maskedBetween(t[n-1].End, s.restEnd(t[n-1].End)) || s.structureFollows() {
		return
	}
	s.nameMissing(n-2, n-1, "a name")
	h := &s.holes[len(s.holes)-1]
	h.message = `the name after "` + s.src(n-2) + `:" seems to be missing`
}

func (s *scanner) wordCount() int {
	words := 0
	for _, tk := range s.toks {
		if tk.word {
			words++
		}
	}
	return words
}

// hole records a hole at offset at, underlining span.
func (s *scanner) hole(span lint.Span, at int, msg string) {
	s.holes = append(s.holes, hole{span: span, at: at, message: msg, pattern: s.pattern})
}

// shortByline is true in a byline such as "By  Staff" (the reader also
// takes sentences that start with "By" for bylines; those are long).
func (s *scanner) shortByline() bool {
	return s.block.Kind == lint.Byline && len(s.toks) <= maxShortByline
}

func (s *scanner) innerMasked(i, j int) bool {
	return s.maskedBetween(s.toks[i].End, s.toks[j].Start)
}

// lineEnd is the offset of the line break at or after off (a block's span
// ends before masked markup at its end, the line does not).
func (s *scanner) lineEnd(off int) int {
	for off < len(s.doc.Src) && s.doc.Src[off] != '\n' {
		off++
	}
	return off
}

// restEnd is where the markup that may follow a block's last word ends:
// the end of its line, or of the block when that is further (a bare URL on
// the next line of the paragraph, masked, is the object after "at").
func (s *scanner) restEnd(off int) int {
	return max(s.lineEnd(off), s.block.End)
}

// lineStart is the offset of the start of the line that holds off.
func (s *scanner) lineStart(off int) int {
	for off > 0 && s.doc.Src[off-1] != '\n' {
		off--
	}
	return off
}

// maskedBetween reports whether the reader masked markup in [from, to).
func (s *scanner) maskedBetween(from, to int) bool {
	for k := from; k < to; k++ {
		if s.doc.Src[k] != s.doc.Text[k] {
			return true
		}
	}
	return false
}

func (s *scanner) emptyPair(open, close int) {
	start := open
	if s.word(open-1) && !s.newline(open) {
		start = open - 1
	}
	what := "brackets"
	if !s.toks[open].is("(") && !s.toks[open].is("[") {
		what = "quotes"
	}
	s.hole(lint.Span{Start: s.toks[start].Start, End: s.toks[close].End}, s.toks[open].End, "a name seems to be missing inside the empty "+what)
}

// abbreviation reports whether the word at i, with the period after it,
// is an abbreviation or part of a dotted one ("e.g.", "U.S.").
func (s *scanner) abbreviation(i int) bool {
	if layer.IsAbbreviation(s.src(i)) {
		return true
	}
	return i > 0 && s.toks[i-1].is(".") && s.toks[i].gap == 0
}

// nounless reports whether the token at i shows that the preceding
// adjective has no noun: punctuation, the end of the block, or a
// conjunction that is not followed by another modifier ("free and fair
// elections" coordinates two adjectives).
func (s *scanner) nounless(i int) bool {
	t := s.toks
	if i >= len(t) {
		return true
	}
	if s.masked(i) {
		return false // inline code the reader masked is the noun: "into readable `Stream`."
	}
	if !t[i].word {
		if t[i].is(",") && s.word(i+1) && s.openClass(i+1) {
			// "the size of unique, uncommon keys": coordinated adjectives
			return false
		}
		return t[i].punctIn(",.;:!?)") && !isEllipsis(t, i)
	}
	if !t[i].has(clsConj) {
		return false
	}
	if !s.word(i + 1) {
		return true
	}
	return !s.openClass(i + 1)
}

// openClass reports whether the word at i is a lower-case word that could
// be one more modifier of a coming noun: not a name, closed-class word or
// finite verb.
func (s *scanner) openClass(i int) bool {
	w := s.toks[i]
	return !w.upper() && !w.has(clsClosed) && !isFiniteVerb(w.lower)
}

// holeMark reports whether the punctuation at i can close a hole: a comma,
// period, semicolon, colon, question or exclamation mark or closing bracket,
// not part of an ellipsis and not a period that starts a file extension or
// a number (".go", ".5").
func (s *scanner) holeMark(i int) bool {
	t := s.toks
	if !t[i].punctIn(",.;:!?)") || isEllipsis(t, i) {
		return false
	}
	return !s.gluedAfter(i)
}

// gluedAfter reports whether the punctuation at i is glued to the token
// after it, so it does not end a phrase: a period that starts a file name,
// path or number (".go", "./themes", ".5"), a colon that opens a shortcode
// (":gem:").
func (s *scanner) gluedAfter(i int) bool {
	t := s.toks
	return t[i].punctIn(".:") && i+1 < len(t) && t[i+1].gap == 0 && !t[i+1].punctIn(".…")
}

// shortcodeEnd reports whether the colon at i closes an emoji shortcode
// (":tada:", ":confetti_ball:"): a colon is glued to the start of the run
// of tokens that ends at i.
func (s *scanner) shortcodeEnd(i int) bool {
	for k := i; k > 0 && s.toks[k].gap == 0; k-- {
		if s.toks[k-1].is(":") {
			return true
		}
	}
	return false
}

// sentenceStart reports whether the word at i opens its sentence (a
// capital there marks no name).
func (s *scanner) sentenceStart(i int) bool {
	t := s.toks
	if i > 1 && t[i-1].punctIn("\"'’”»") && t[i-2].endsSentence() {
		return true // after a quotation that ends a sentence: "... eleven.' The"
	}
	return i == 0 || t[i-1].endsSentence() || t[i-1].punctIn("\"“‘«(-–—:")
}

// inRunningText reports whether the word at i stands in a sentence: after
// a word or a comma or at the start of a sentence, not after a bracket,
// arrow or quote that mentions it as a word ("it's --> its)").
func (s *scanner) inRunningText(i int) bool {
	return i == 0 || s.toks[i-1].word || s.toks[i-1].endsSentence() && !isEllipsis(s.toks, i-1) || s.toks[i-1].is(",") ||
		i > 1 && s.toks[i-1].punctIn("\"'’”»") && s.toks[i-2].endsSentence()
}

// invertedSubject reports whether the verb of saying at i has its subject
// after it: a name ("says Anna Berg, an analyst"), or a noun phrase after
// "said" or "says" ("said the minister"; "announced the plan" has its
// object there).
func (s *scanner) invertedSubject(i int) bool {
	t := s.toks
	return t[i].has(clsReport) && s.word(i+1) && (t[i+1].upper() || (t[i].lower == "said" || t[i].lower == "says") && t[i+1].has(clsDet))
}

// continuesBlock reports whether the block goes on with the sentence of the
// block before it, which ends on a comma, dash or colon (a quotation
// followed by its attribution in a paragraph of its own).
func (s *scanner) continuesBlock() bool {
	k := s.block.Start - 1
	for k >= 0 && (s.doc.Text[k] == ' ' || s.doc.Text[k] == '\n' || s.doc.Text[k] == '\t' || s.doc.Text[k] == '\r') {
		k--
	}
	return k >= 0 && strings.ContainsRune(",:;–—-", rune(s.doc.Text[k])) && s.doc.Text[k] < utf8.RuneSelf ||
		k >= 2 && (string(s.doc.Text[k-2:k+1]) == "—" || string(s.doc.Text[k-2:k+1]) == "–")
}

// maxStructureGap bounds how far past a block's end a following list, code
// block or table is looked for.
const maxStructureGap = 512

// structureFollows reports whether something other than a paragraph of
// prose comes right after the block: a block that ends on a colon or a
// preposition introduces it ("Specify one of:", "along the lines of"), so
// the end of the block is no hole. That is a list, a heading, a code block
// or a table (in Markdown, masked markup between the blocks).
func (s *scanner) structureFollows() bool {
	if s.hasNext && s.next.Kind != lint.Paragraph && s.next.Kind != lint.Quote {
		return true
	}
	src := s.doc.Src
	end := len(src)
	if s.hasNext {
		end = s.next.Start
	}
	end = max(min(end, s.block.End+maxStructureGap), s.block.End)
	between := src[s.block.End:end]
	// HTML: the next element is a list, preformatted code or a table.
	for _, tag := range structureTags {
		if bytes.Contains(between, []byte(tag)) {
			return true
		}
	}
	if s.doc.Format != lint.FormatHTML && s.maskedBetween(s.lineEnd(s.block.End), end) {
		// code, a table or generator markup the reader masked
		return true
	}
	// Markdown: the next line that is not blank, whether or not the reader
	// took it for prose.
	line := src[s.block.End:min(len(src), s.block.End+maxStructureGap)]
	if k := bytes.IndexByte(line, '\n'); k >= 0 {
		line = line[k+1:]
	} else {
		return false
	}
	for {
		k := bytes.IndexByte(line, '\n')
		if k < 0 {
			k = len(line)
		}
		if len(bytes.TrimSpace(line[:k])) > 0 {
			line = line[:k]
			break
		}
		if k == len(line) {
			return false
		}
		line = line[k+1:]
	}
	if bytes.HasPrefix(line, []byte("    ")) || bytes.HasPrefix(line, []byte("\t")) || bytes.IndexByte(line, '|') >= 0 ||
		bytes.Contains(line, []byte("{{")) || bytes.Contains(line, []byte("{%")) {
		return true // indented code, a table row, generator markup
	}
	line = bytes.TrimLeft(line, " ")
	if r, _ := utf8.DecodeRune(line); !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("\"'“‘«[*_(", r) {
		return true // math, markup or code, not a line of prose
	}
	for _, m := range structureMarks {
		if bytes.HasPrefix(line, []byte(m)) {
			return true
		}
	}
	digits := 0
	for digits < len(line) && line[digits] >= '0' && line[digits] <= '9' {
		digits++
	}
	return digits > 0 && digits < len(line) && (line[digits] == '.' || line[digits] == ')')
}

// structureTags open a list, code or table in HTML; structureMarks start a
// line of one in Markdown (fences, bullets, table rows, generator tags).
var (
	structureTags  = []string{"<ul", "<ol", "<pre", "<table", "<dl", "<code"}
	structureMarks = []string{"```", "~~~", "- ", "* ", "+ ", "|", "{{", "{%", "<"}
)

// plural reports whether a lower-case word looks like a plural noun.
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !isFiniteVerb(w)
}

// sentenceVerbs are finite verbs that cannot start a sentence in lower
// case: irregular pasts and verbs of saying.
func sentenceVerbs(w string) bool {
	return (irregularPasts.has(w) || reportingVerbs.has(w)) && !ambiguousPasts.has(w)
}

var (
	ambiguousPasts = &wordSet{list: `left let put set found felt led spent rose meant held kept`}
	codeWords      = &wordSet{list: `string strings empty blank returns return value values is equal equals like`}
)

// verbLike reports whether a word could be a verb that takes a particle
// ("dealt with by", "lived in with", "carry on with").
func verbLike(w string) bool {
	if auxiliaries.has(w) || isFiniteVerb(w) || verbStems.has(w) {
		return true
	}
	return strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || particleVerbs.has(w)
}

var (
	// "on" is left out: it is mostly an adverb before another preposition
	// ("years on from", "read on for", "carry on with").
	pairFirst     = &wordSet{list: `in of at for by from with into`}
	pairSecond    = &wordSet{list: `with of for at by from into about in on`}
	particleVerbs = &wordSet{list: `carry dealt dwelt fell lived move moves go goes get gets be come comes set sets
move keep keeps hold holds sign signs log logs check checks cut cuts`}
)

// danglingEnd flags a paragraph that ends on a preposition or determiner
// with no final punctuation: "he explained in a conversation with".
func (s *scanner) danglingEnd(int) {
	least := minDanglingWords
	switch s.block.Kind {
	case lint.Paragraph, lint.Quote, lint.ListItem, lint.Caption:
	case lint.Teaser:
		// a long teaser is a lead paragraph; a short one may be a headline
		// ("Who she lives with").
		least = minDanglingTeaserWords
	default:
		return
	}
	t := s.toks
	n := len(t)
	if n < least || s.block.Meta || !t[n-1].word || !danglers.has(t[n-1].lower) ||
		s.maskedBetween(t[n-1].End, s.restEnd(t[n-1].End)) || s.structureFollows() ||
		t[n-1].gap == 0 && n >= 2 && t[n-2].punctIn("/.") { // "n/a", "libfoo.a": part of a word
		// a link or image the reader masked may be the missing object
		return
	}
	words := 0
	for _, tk := range t {
		if tk.word {
			words++
		}
	}
	if words < least {
		return
	}
	s.nameMissing(n-1, -1, "a name")
	// the block ends here: the hole is at the end of the paragraph.
	h := &s.holes[len(s.holes)-1]
	h.message = strings.Replace(h.message, "seems to be missing after", "seems to be missing at the end of the paragraph, after", 1)
}

// toHeads make "to" a preposition that needs an object.
var toHeads = &wordSet{list: `according due thanks prior owing compared addition contrary close next`}

// objectPreps lose their object visibly when a verb or conjunction follows.
var objectPreps = &wordSet{list: `of with by from for at to against`}

// pastSaying are past forms of verbs of saying, which are not nouns.
var pastSaying = &wordSet{list: `said reported announced stated noted added claimed wrote explained stressed
emphasized emphasised confirmed recalled argued insisted warned revealed told`}

// finiteAux are finite forms of "be", "have" and "do" and the modals that
// are never nouns.
var finiteAux = &wordSet{list: `is are was were has had does did would could should`}

// subjects are pronouns that start a clause, never the object of a preposition.
var subjects = &wordSet{list: `i he she we they`}

var danglers = &wordSet{list: `of with the a an from into at for between among against toward towards their its our my your`}

// verblessClause flags a that-clause after a reporting verb that has no
// verb of its own: every word of it is a name, a closed-class word, a
// number or a noun in a noun position.
func (s *scanner) verblessClause(that int) {
	t := s.toks
	words := 0
	end := -1
	for k := that + 1; k < len(t); k++ {
		if !t[k].word {
			if t[k].punctIn(".!?") && !isEllipsis(t, k) && !(s.word(k-1) && s.abbreviation(k-1)) {
				end = k
				break
			}
			if t[k].punctIn(";:") {
				return
			}
			continue
		}
		w := t[k].lower
		words++
		switch {
		case auxiliaries.has(w) || isFiniteVerb(w) || verbStems.has(w) || pronouns.has(w) && w != "this" && w != "that":
			return
		case t[k].upper() || t[k].has(clsDet|clsPrep|clsConj) || isNumber(w):
		case strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "en"):
			return
		case s.nounPosition(k) || hasNominalSuffix(w):
		default:
			return
		}
	}
	if end < 0 || words < minVerblessWords {
		return
	}
	s.hole(lint.Span{Start: t[that-1].Start, End: t[end-1].End}, t[that].End,
		`the clause after "`+s.src(that-1)+` that" has no verb: its subject and verb seem to be missing`)
}

// nounPosition reports whether the word at k follows a determiner, possibly
// across adjectives, ordinals, numbers and names: "the first sign", "the TV channel".
func (s *scanner) nounPosition(k int) bool {
	for j := k - 1; j >= 0 && j >= k-maxModifiers; j-- {
		if !s.word(j) {
			// closing quotes around a name ("the channel ” Apostrophe TV ”")
			if s.toks[j].punctIn("”\"»") {
				continue
			}
			return false
		}
		w := s.toks[j].lower
		if s.toks[j].has(clsDet) || w == "this" || w == "that" || w == "these" || w == "those" || w == "his" || w == "her" {
			return true
		}
		if !(s.toks[j].upper() || isAdjective(w) || ordinals.has(w) || isNumber(w)) {
			return false
		}
	}
	return false
}

var ordinals = &wordSet{list: `first second third fourth fifth last next previous latest final other same`}

func hasNominalSuffix(w string) bool {
	for _, suf := range nominalSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsDigit(r)
}
