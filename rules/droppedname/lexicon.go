package droppedname

import (
	"strings"
	"sync"

	"github.com/translint/translint/lint/layer"
)

// The rule recognises word classes with closed lists first (determiners,
// prepositions, conjunctions, pronouns) and, only where an adjective or a
// finite verb must be recognised, with a compact lexicon and suffix tagger.
// A statistical tagger was measured and rejected: it needs a model load of
// about 180 ms and close to 1 ms per sentence, while these lists answer in
// a map lookup and only for the few words a candidate pattern points at.

// wordSet is a set of words parsed from its list on first use: package
// init must stay cheap for start-up, and the sets are read-only afterwards,
// so every Check on every goroutine shares them.
type wordSet struct {
	// list holds the words, separated by white space or, when sep is set,
	// by sep (for entries of several words).
	list string
	sep  string
	once sync.Once
	m    map[string]bool
}

func (s *wordSet) words() map[string]bool {
	s.once.Do(s.parse)
	return s.m
}

func (s *wordSet) parse() {
	var ws []string
	if s.sep == "" {
		ws = strings.Fields(s.list)
	} else {
		ws = strings.Split(s.list, s.sep)
	}
	s.m = make(map[string]bool, len(ws))
	for _, w := range ws {
		s.m[strings.TrimSpace(w)] = true
	}
}

func (s *wordSet) has(w string) bool { return s.words()[w] }

// determiners that must be followed by a noun phrase. "his", "her", "this",
// "that", "these" and "those" are left out: they also stand alone as
// pronouns ("the book is his.").
var determiners = &wordSet{list: `the a an its their our my your every`}

// prepositions that take an object.
var prepositions = &wordSet{list: `of with for in on at by about from into onto against without among amongst
between toward towards after before under over through during across within behind beyond
despite upon via per amid amidst beside besides near throughout regarding concerning`}

// holePrepositions are the prepositions after which a lone adjective means a
// lost noun head ("the conduct of deceptive and").
var holePrepositions = &wordSet{list: `of with for in on at by about from into against without among between
toward towards under over through during within despite upon`}

var conjunctions = &wordSet{list: `and or but nor`}

// subjectPronouns start a clause; after "of" with a double space they show
// that the object of the preposition is gone ("At the start of  he owned").
var pronouns = &wordSet{list: `i you he she it we they me him her us them this that these those who which what`}

// fixedPhrases are preposition + adjective idioms that have no noun head.
var fixedPhrases = &wordSet{sep: "|", list: `of course|of late|of old|of note|at least|at last|at best|at worst|at most|at large|at first|at random|at present|in general|in particular|in short|in brief|in full|in vain|in public|in private|in common|in person|in total|in short|in earnest|in kind|in time|in advance|in detail|for sure|for free|for good|for real|for certain|for long|for instance|for example|by far|on board|in effect|of interest|in bulk|on average|at ease|in charge|in place|on hold|on end|in turn|of age|at will|for now|for ever|in situ|in absentia|on purpose|over time|in secret|in power|in love|in danger|in need|in custody|on duty|on time|in silence|in solidarity|in unison|in force|in all|at all|of all|in particular|for once|for hours|for months|for years|for days|with ease`}

// commonAdjectives are adjectives without a telling suffix that often lose
// their noun in machine translation.
var commonAdjectives = &wordSet{list: `important significant relevant different independent evident urgent
serious obvious necessary unnecessary strange unique typical symbolic indicative
exemplary characteristic illustrative revealing telling instructive remarkable notable
unprecedented unacceptable acceptable responsible guilty innocent famous popular
successful difficult dangerous harmful useful interesting surprising shocking alarming
disturbing outrageous absurd ridiculous illegal political economic crucial critical vital
essential fundamental ambiguous controversial scandalous resonant egregious flagrant
high-profile well-known so-called little-known`}

// nounsLikeAdjectives are nouns with an adjective suffix.
var nounsLikeAdjectives = &wordSet{list: `initiative alternative objective executive representative relative
detective native motive archive incentive directive narrative perspective offensive explosive
collective captive fugitive operative adjective locomotive derivative sedative preservative
positive negative detail library secretary military salary summary dictionary diary anniversary
boundary commentary documentary january february emissary adversary missionary sanctuary
glossary beneficiary dignitary itinerary obituary primary ordinary contrary itinerary
music public traffic logic topic clinic panic republic critic mechanic magic epidemic pandemic
plastic fabric arithmetic rhetoric tactic graphic classic mosaic comic
table cable vegetable variable constable stable fable syllable binary executable
constant agent client patient talent parent student resident president incident accident
consultant assistant applicant participant defendant descendant immigrant migrant merchant
criminal official capital hospital signal trial council material animal journal festival
general editorial arrival approval proposal survival terminal potential rival mineral federal
radical original principal individual intellectual ritual manual professional chemical
periodical editorial testimonial memorial tutorial`}

// adjectiveSuffixes mark a word as an adjective when it is not a listed noun.
var adjectiveSuffixes = []string{"ive", "ous", "ful", "less", "ary", "ical", "able", "ible", "ant", "ent", "ial", "ual"}

// isAdjective reports whether a lower-case word is (most likely) an
// adjective that needs a noun to follow it. It errs on the side of "no".
func isAdjective(w string) bool {
	if commonAdjectives.has(w) {
		return true
	}
	if nounsLikeAdjectives.has(w) || len(w) < 5 || strings.ContainsAny(w, "-'’") {
		return false
	}
	if w == "unless" || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ents") {
		return false
	}
	for _, s := range adjectiveSuffixes {
		if strings.HasSuffix(w, s) {
			switch s {
			case "ant", "ent":
				// many -ant/-ent words are nouns (agent, parent, student,
				// merchant, tenant): only longer words with an adjective
				// stem count.
				return strings.HasSuffix(w, "cant") || strings.HasSuffix(w, "dent") && len(w) > 8 || strings.HasSuffix(w, "vant") || strings.HasSuffix(w, "rent") && len(w) > 7
			case "ial", "ual":
				return len(w) > 7
			}
			return true
		}
	}
	return false
}

// verbStems are verbs whose third-person form is rarely a plural noun.
var verbStems = &wordSet{list: `develop become seem appear remain continue explain believe consider include
involve require allow provide receive suggest happen occur exist belong depend deserve emerge
arise argue insist admit agree deny ensure prevent reduce improve destroy achieve announce
declare describe discover mention obtain prefer pretend produce protect recognize recognise
refuse remember replace represent reveal seek tend threaten understand write speak say tell
think know take give go come make get see want try bring begin keep let put grow lose meet
pay sit stand believe continue decide expect hope intend manage need offer promise seem
succeed fail wish emphasize emphasise stress note add claim state confirm assure warn
acknowledge accuse publish operate create establish
consist contain determine enable encourage force help lead leave prove push raise reach
say send serve set show suffer support take teach turn wait walk win expand spread evolve thrive
persist survive flourish prosper collapse shrink decline improve worsen deepen widen weaken
strengthen intensify accelerate arrive disappear vanish`}

// irregularPasts are finite past forms that cannot be nouns.
var irregularPasts = &wordSet{list: `wrote said told spoke thought knew took gave went came made got saw brought began
kept held meant let put grew lost met paid sat stood sent led left won became found felt
heard understood sought chose fell fought rose drove flew forgot forgave hid ran rang sang
sank shook slept spent stole struck swore threw woke wore was were had did`}

// reportingVerbs introduce a that-clause which must have a verb of its own.
var reportingVerbs = &wordSet{list: `said says reported reports announced announces stated states noted notes
added adds claimed claims wrote writes explained explains stressed stresses emphasized
emphasised emphasizes confirmed confirms believes believed recalled recalls argued argues
insisted insists warned warns revealed reveals learned learnt`}

// isFiniteVerb reports whether a lower-case word is a finite verb form that
// is not also a common noun: "develops", "wrote", "announced".
func isFiniteVerb(w string) bool {
	if irregularPasts.has(w) || reportingVerbs.has(w) {
		return true
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 {
		stem := w[:len(w)-1]
		if verbStems.has(stem) {
			return true
		}
		if strings.HasSuffix(w, "es") && verbStems.has(w[:len(w)-2]) {
			return true
		}
		if strings.HasSuffix(w, "ies") && verbStems.has(w[:len(w)-3]+"y") {
			return true
		}
		for _, s := range []string{"izes", "ises", "ifies"} {
			if strings.HasSuffix(w, s) && len(w) > 6 {
				return true
			}
		}
	}
	if strings.HasSuffix(w, "ed") && len(w) > 4 {
		stem := w[:len(w)-2]
		if verbStems.has(stem) || verbStems.has(w[:len(w)-1]) {
			return true
		}
		if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && verbStems.has(stem[:len(stem)-1]) {
			return true
		}
		if strings.HasSuffix(w, "ied") && verbStems.has(w[:len(w)-3]+"y") {
			return true
		}
	}
	return false
}

// nominalSuffixes mark words that are nouns, never finite verbs.
var nominalSuffixes = []string{"tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "hood", "ance", "ence", "ery", "age"}

// auxiliaries and modals are finite verbs on their own.
var auxiliaries = &wordSet{list: `is are was were am be been being has have had do does did will would shall should
can could may might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
won't wouldn't can't cannot couldn't shouldn't`}

// syntaxNouns name the constructs of a program or query; a preposition
// before one is a keyword used as a noun ("for loops", "with statements").
var syntaxNouns = &wordSet{list: `loop loops statement statements clause clauses keyword keywords operator operators
block blocks expression expressions construct constructs syntax`}

// presentSaying are present forms of verbs of saying that are no nouns;
// presentSayingNouns are those that are also plural nouns ("the number of
// reads").
var (
	presentSaying      = &wordSet{list: `says explains insists argues warns`}
	presentSayingNouns = &wordSet{list: `reads writes adds states notes claims stresses`}
)

// prepPairs are preposition pairs that belong together.
var prepPairs = &wordSet{sep: "|", list: `out of|because of|up to|instead of|ahead of|apart from|as of|but for|except for|from within|from under|from behind|from among|in between|on to|in on|up with|along with|together with|from about|of about|for about|in about|to about|since about|at about|by about|of over|for over|in over|by over|from over|of under|for under|in under|by under|of between|for between|from between|in between|after about|with about|with over|with under|until after|since before|from before|from after|of before|of after|for after|for before|till after`}

// Word classes stored on each token, so that a word is looked up once.
const (
	// clsKey: the word starts one of the word patterns (a determiner,
	// preposition or verb of saying); open-class words skip them all.
	clsKey uint16 = 1 << iota
	// clsClosed: a closed-class word, which cannot modify a noun.
	clsClosed
	clsDet
	clsPrep
	clsHolePrep
	clsConj
	clsPairFirst
	clsPairSecond
	clsReport
	// clsObjPrep: objectPreps; clsToHead: toHeads; clsSaidAux: finiteAux
	// and pastSaying. They spare map lookups on the commonest paths.
	clsObjPrep
	clsToHead
	clsSaidAux
	// clsVice: the word "vice", which vice-before-name starts at; the
	// scan notes the first in a block so the pattern need not look at
	// every token.
	clsVice
)

// classTable is an open-addressing hash table from the words of the
// closed classes to their class bits. Every word of every document is
// looked up in it, so a slot holds the word's first eight bytes as an
// integer: a lookup compares integers, and most words miss at the first
// empty slot. Built on first use: package init must stay cheap for
// start-up.
var classTable = sync.OnceValue(func() *classTab {
	t := &classTab{}
	for w, v := range classes() {
		t.maxLen = max(t.maxLen, len(w))
		t.ends[endsKey(w[0], w[len(w)-1])] |= 1 << len(w)
		k := layer.Key(w)
		i := classHash(k, len(w))
		for t.slots[i].n != 0 {
			i = (i + 1) & (classTableSize - 1)
		}
		t.slots[i] = classSlot{key: k, n: uint8(len(w)), cls: v, long: uint16(len(t.long))}
		if len(w) > 8 {
			t.long = append(t.long, w)
		}
	}
	return t
})

const classTableSize = 1024

type classTab struct {
	slots [classTableSize]classSlot
	// long holds the words longer than eight bytes, which their slots
	// index. maxLen and ends reject most other words before hashing: ends
	// has a bit per length of the class words with given first and last
	// letters (see endsKey).
	long   []string
	maxLen int
	ends   [1024]uint32
}

// endsKey folds a word's first and last bytes into 0..1023 (letters keep
// apart, case aside).
func endsKey(first, last byte) int { return int(first&31)<<5 | int(last&31) }

// classSlot is a word of the table: its first eight bytes, its length
// (0 for an empty slot), its class bits and, for a longer word, its index
// in classTab.long.
type classSlot struct {
	key  uint64
	n    uint8
	cls  uint16
	long uint16
}

// classHash mixes a word's first eight bytes (as layer.Key) and its length.
func classHash(k uint64, n int) uint64 {
	k ^= uint64(n) << 59
	return (k * 0x9E3779B97F4A7C15) >> 54 & (classTableSize - 1)
}

func classes() map[string]uint16 {
	m := map[string]uint16{}
	to := &wordSet{list: "to"}
	for _, set := range []*wordSet{determiners, prepositions, holePrepositions, pairFirst, reportingVerbs, to} {
		for w := range set.words() {
			m[w] |= clsKey
		}
	}
	for _, set := range []*wordSet{determiners, prepositions, conjunctions, pronouns, auxiliaries, {list: "to not"}} {
		for w := range set.words() {
			m[w] |= clsClosed
		}
	}
	for cls, set := range map[uint16]*wordSet{clsDet: determiners, clsPrep: prepositions, clsHolePrep: holePrepositions,
		clsConj: conjunctions, clsPairFirst: pairFirst, clsPairSecond: pairSecond, clsReport: reportingVerbs,
		clsObjPrep: objectPreps, clsToHead: toHeads} {
		for w := range set.words() {
			m[w] |= cls
		}
	}
	for _, set := range []*wordSet{finiteAux, pastSaying} {
		for w := range set.words() {
			m[w] |= clsSaidAux
		}
	}
	m["vice"] |= clsVice
	return m
}

// classOf looks a lower-case word up in the class table; k is layer.Key(w).
func (t *classTab) classOf(w string, k uint64) uint16 {
	if !t.maybe(w) {
		return 0
	}
	return t.lookup(w, k)
}

// maybe reports whether a lower-case word may be in the table: its length
// and first and last letters are those of a class word.
func (t *classTab) maybe(w string) bool {
	return len(w) != 0 && t.maybeEnds(w[0], w[len(w)-1], len(w))
}

// maybeEnds is maybe for a word of n bytes with the given first and last
// bytes, in either case.
func (t *classTab) maybeEnds(first, last byte, n int) bool {
	return n <= t.maxLen && t.ends[endsKey(first, last)]&(1<<n) != 0
}

func (t *classTab) lookup(w string, k uint64) uint16 {
	for i := classHash(k, len(w)); ; i = (i + 1) & (classTableSize - 1) {
		s := &t.slots[i]
		if s.n == 0 {
			return 0
		}
		if s.key == k && int(s.n) == len(w) && (len(w) <= 8 || t.long[s.long] == w) {
			return s.cls
		}
	}
}
