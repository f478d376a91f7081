package droppedname

import "strings"

// The rule recognises word classes with closed lists first (determiners,
// prepositions, conjunctions, pronouns) and, only where an adjective or a
// finite verb must be recognised, with a compact lexicon and suffix tagger.
// A statistical tagger was measured and rejected: it needs a model load of
// about 180 ms and close to 1 ms per sentence, while these lists answer in
// a map lookup and only for the few words a candidate pattern points at.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// determiners that must be followed by a noun phrase. "his", "her", "this",
// "that", "these" and "those" are left out: they also stand alone as
// pronouns ("the book is his.").
var determiners = set(`the a an its their our my your every`)

// prepositions that take an object.
var prepositions = set(`of with for in on at by about from into onto against without among amongst
between toward towards after before under over through during across within behind beyond
despite upon via per amid amidst beside besides near throughout regarding concerning`)

// holePrepositions are the prepositions after which a lone adjective means a
// lost noun head ("the case of indicative and").
var holePrepositions = set(`of with for in on at by about from into against without among between
toward towards under over through during within despite upon`)

var conjunctions = set(`and or but nor`)

// subjectPronouns start a clause; after "of" with a double space they show
// that the object of the preposition is gone ("By the age of  she had").
var pronouns = set(`i you he she it we they me him her us them this that these those who which what`)

// fixedPhrases are preposition + adjective idioms that have no noun head.
var fixedPhrases = setSep(`of course|of late|of old|of note|at least|at last|at best|at worst|at most|at large|at first|at random|at present|in general|in particular|in short|in brief|in full|in vain|in public|in private|in common|in person|in total|in short|in earnest|in kind|in time|in advance|in detail|for sure|for free|for good|for real|for certain|for long|for instance|for example|by far|on board|in effect|of interest|in bulk|on average|at ease|in charge|in place|on hold|on end|in turn|of age|at will|for now|for ever|in situ|in absentia|on purpose|over time|in secret|in power|in love|in danger|in need|in custody|on duty|on time|in silence|in solidarity|in unison|in force|in all|at all|of all|in particular|for once|for hours|for months|for years|for days|with ease`, "|")

func setSep(words, sep string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split(words, sep) {
		m[strings.TrimSpace(w)] = true
	}
	return m
}

// commonAdjectives are adjectives without a telling suffix that often lose
// their noun in machine translation.
var commonAdjectives = set(`important significant relevant different independent evident urgent
serious obvious necessary unnecessary strange unique typical symbolic indicative
exemplary characteristic illustrative revealing telling instructive remarkable notable
unprecedented unacceptable acceptable responsible guilty innocent famous popular
successful difficult dangerous harmful useful interesting surprising shocking alarming
disturbing outrageous absurd ridiculous illegal political economic crucial critical vital
essential fundamental ambiguous controversial scandalous resonant egregious flagrant
high-profile well-known so-called little-known`)

// nounsLikeAdjectives are nouns with an adjective suffix.
var nounsLikeAdjectives = set(`initiative alternative objective executive representative relative
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
periodical editorial testimonial memorial tutorial`)

// adjectiveSuffixes mark a word as an adjective when it is not a listed noun.
var adjectiveSuffixes = []string{"ive", "ous", "ful", "less", "ary", "ical", "able", "ible", "ant", "ent", "ial", "ual"}

// isAdjective reports whether a lower-case word is (most likely) an
// adjective that needs a noun to follow it. It errs on the side of "no".
func isAdjective(w string) bool {
	if commonAdjectives[w] {
		return true
	}
	if nounsLikeAdjectives[w] || len(w) < 5 || strings.ContainsAny(w, "-'’") {
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
var verbStems = set(`develop become seem appear remain continue explain believe consider include
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
strengthen intensify accelerate arrive disappear vanish`)

// irregularPasts are finite past forms that cannot be nouns.
var irregularPasts = set(`wrote said told spoke thought knew took gave went came made got saw brought began
kept held meant let put grew lost met paid sat stood sent led left won became found felt
heard understood sought chose fell fought rose drove flew forgot forgave hid ran rang sang
sank shook slept spent stole struck swore threw woke wore was were had did`)

// reportingVerbs introduce a that-clause which must have a verb of its own.
var reportingVerbs = set(`said says reported reports announced announces stated states noted notes
added adds claimed claims wrote writes explained explains stressed stresses emphasized
emphasised emphasizes confirmed confirms believes believed recalled recalls argued argues
insisted insists warned warns revealed reveals learned learnt`)

// isFiniteVerb reports whether a lower-case word is a finite verb form that
// is not also a common noun: "develops", "wrote", "announced".
func isFiniteVerb(w string) bool {
	if irregularPasts[w] || reportingVerbs[w] {
		return true
	}
	if strings.HasSuffix(w, "s") && len(w) > 3 {
		stem := w[:len(w)-1]
		if verbStems[stem] {
			return true
		}
		if strings.HasSuffix(w, "es") && verbStems[w[:len(w)-2]] {
			return true
		}
		if strings.HasSuffix(w, "ies") && verbStems[w[:len(w)-3]+"y"] {
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
		if verbStems[stem] || verbStems[w[:len(w)-1]] {
			return true
		}
		if len(stem) > 2 && stem[len(stem)-1] == stem[len(stem)-2] && verbStems[stem[:len(stem)-1]] {
			return true
		}
		if strings.HasSuffix(w, "ied") && verbStems[w[:len(w)-3]+"y"] {
			return true
		}
	}
	return false
}

// nominalSuffixes mark words that are nouns, never finite verbs.
var nominalSuffixes = []string{"tion", "sion", "ment", "ness", "ity", "ism", "ist", "ship", "hood", "ance", "ence", "ery", "age"}

// auxiliaries and modals are finite verbs on their own.
var auxiliaries = set(`is are was were am be been being has have had do does did will would shall should
can could may might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't
won't wouldn't can't cannot couldn't shouldn't`)

// prepPairs are preposition pairs that belong together.
var prepPairs = setSep(`out of|because of|up to|instead of|ahead of|apart from|as of|but for|except for|from within|from under|from behind|from among|in between|on to|in on|up with|along with|together with|from about|of about|for about|in about|to about|since about|at about|by about|of over|for over|in over|by over|from over|of under|for under|in under|by under|of between|for between|from between|in between|after about|with about|with over|with under|until after|since before|from before|from after|of before|of after|for after|for before|till after`, "|")

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
)

// classTable is an open-addressing hash table from the words of the
// closed classes to their class bits; it answers in a few nanoseconds, a
// good deal faster than a map with string keys, and every word of every
// document is looked up in it.
var classTable = func() (t struct {
	keys []string
	vals []uint16
}) {
	t.keys = make([]string, classTableSize)
	t.vals = make([]uint16, classTableSize)
	for w, v := range classes {
		i := classHash(w)
		for t.keys[i] != "" {
			i = (i + 1) & (classTableSize - 1)
		}
		t.keys[i], t.vals[i] = w, v
	}
	return t
}()

const classTableSize = 1024

// classMaxLen and classFirst (the first bytes of class words) reject most
// other words before hashing.
var classMaxLen, classFirst = func() (n int, first [256]bool) {
	for w := range classes {
		n = max(n, len(w))
		first[w[0]] = true
	}
	return n, first
}()

// classHash mixes a word's length and first eight bytes.
func classHash(w string) uint64 {
	var k uint64
	for i := 0; i < len(w) && i < 8; i++ {
		k = k<<8 | uint64(w[i])
	}
	k ^= uint64(len(w)) << 56
	return (k * 0x9E3779B97F4A7C15) >> 54 & (classTableSize - 1)
}

var classes = func() map[string]uint16 {
	m := map[string]uint16{}
	for _, set := range []map[string]bool{determiners, prepositions, holePrepositions, pairFirst, reportingVerbs, {"to": true}} {
		for w := range set {
			m[w] |= clsKey
		}
	}
	for _, set := range []map[string]bool{determiners, prepositions, conjunctions, pronouns, auxiliaries, {"to": true, "not": true}} {
		for w := range set {
			m[w] |= clsClosed
		}
	}
	for cls, set := range map[uint16]map[string]bool{clsDet: determiners, clsPrep: prepositions, clsHolePrep: holePrepositions,
		clsConj: conjunctions, clsPairFirst: pairFirst, clsPairSecond: pairSecond, clsReport: reportingVerbs} {
		for w := range set {
			m[w] |= cls
		}
	}
	return m
}()

// classOf looks a lower-case word up in the class table.
func classOf(w string) uint16 {
	if len(w) > classMaxLen || len(w) == 0 || !classFirst[w[0]] {
		return 0
	}
	for i := classHash(w); ; i = (i + 1) & (classTableSize - 1) {
		switch classTable.keys[i] {
		case w:
			return classTable.vals[i]
		case "":
			return 0
		}
	}
}
