package droppedname

import (
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/translint/translint/lint/read"
)

// holesOf scans every block of src (a .md article when md is true, else
// plain text) and returns the names of the patterns that found holes.
func holesOf(t *testing.T, src string, md bool) []string {
	t.Helper()
	name := "article.txt"
	if md {
		name = "article.md"
	}
	doc, err := read.Parse(name, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	low, ct := &lowered{text: doc.Text}, classTable()
	var out []string
	for bi, b := range doc.Blocks {
		sc := scanner{doc: doc, block: b, toks: tokenize(nil, doc, low, b.Span, ct)}
		if bi+1 < len(doc.Blocks) {
			sc.next, sc.hasNext = doc.Blocks[bi+1], true
		}
		if len(sc.toks) == 0 {
			continue
		}
		sc.scan()
		for _, h := range sc.holes {
			out = append(out, h.pattern)
		}
	}
	return out
}

// patternCases are, for each named pattern, sentences of our own that show
// its trace (hit) and near misses it must leave alone (miss). Each is
// linted as the second paragraph of a short article (md: as Markdown).
var patternCases = map[string]struct {
	hit, miss []string
	md        bool
}{
	"preposition-before-verb": {
		hit: []string{"The head of said that the talks would resume.", "The deal was signed by and the French president on Tuesday.",
			"The letter from reads as follows: the choir will tour again in spring.", "The spokesman for says the vote will go ahead.", "The message from states: “We will appeal.”"},
		miss: []string{"The man he worked with said he was honest.", "Visitors saw the simplest of tries in the second half.", "The share of added value grew, as did the number of reported cases.", "The tool builds a matrix of sites and languages.", "There are arguments for and against the reform.",
			"The number of reads that map to the genome grew.", "The count of writes per second doubled.", "Revenue from states that joined the plan rose.", "The man she worked for says he is honest.", "A list of notes: first, buy milk."},
	},
	"preposition-lone-adjective": {
		hit:  []string{"The coroner called the conduct of deceptive and left the room."},
		miss: []string{"Naturally, the conduct was deceptive in several ways.", "Observers called for free and fair elections."},
	},
	"determiner-before-mark": {
		hit:  []string{"She had been working for the , but declined to say more."},
		miss: []string{"Teams are split into groups a, b and c.", "A fixed typo (it is --> its) in the guide."},
	},
	"determiner-before-verb": {
		hit: []string{"The skipper said: 'Row as if the river were yours.' The we hired came from the coast.", "Pupils cheered their rowers ahead of a do not skip regatta on Saturday.", "The we signed in August was the fastest in the squad.", "Critics said the ’s statement came far too late."},
		miss: []string{"Blood levels of proteins A are higher in children.", "If your are a member, log in first.", "The do-it-yourself store opened a second branch.",
			"We describe the pool as a We also add notes.", "It reports whether a is nil.", "A is the first input, and input a has two parts.", "The test is not reflexive. a is the argument type here."},
	},
	"preposition-space-mark": {
		hit:  []string{"He sent a message to , who was hurt in the crash.", "She had been trading with , but declined to name them."},
		miss: []string{"He wanted to, but the doors were closed.", "The file name ends in .txt and the path starts with ./docs here."},
	},
	"spaced-comma-before-relative": {
		hit:  []string{"The grant will still go to the choir , whose tour was cancelled.", "She thanked the new coach , who joined in May."},
		miss: []string{"She thanked the new coach, who joined in May.", "She thanked the new coach ,who joined in May.", "He wrote to , who replied at once.", "The fund , as usual, paid the bills."},
	},
	"vice-before-name": {
		hit:  []string{"Fans booed the club’s Vice Ana Marlow after the game.", "The party's vice Tomas Rell resigned."},
		miss: []string{"Fans booed the club’s Vice President Ana Marlow.", "The firm's Vice Media Group bought the site.", "Fans booed the club’s vice chairman.", "The firm's Vice News team left."},
	},
	"preposition-colon": {
		hit:  []string{"For questions, write to us at: or call the office.", "Send your questions to: or call the hotline."},
		miss: []string{"Send your tips to the editors at: tips@example.com", "Before: the old page loaded slowly."},
	},
	"preposition-pair": {
		hit: []string{"Officials said the army had killed 40 fighters in with government troops."},
		miss: []string{"Read on for more details about the release.", "The statue was unveiled 100 years on from the first flight.", "The matter was dealt with by the council.",
			"The compiler turns these generators into for loops with yield steps.", "Rewrite the nested calls in with statements that close the files."},
	},
	"compound-preposition-pair": {
		hit:  []string{"The fair is staged together with in a smaller hall this spring."},
		miss: []string{"The fair is staged together with the guild in a smaller hall."},
	},
	"bracket-after-function-word": {
		hit: []string{"Two rivals of (GU) abstained on the motion last week.", "Critics of the minister, the (Central Electoral Board) said nothing."},
		miss: []string{"Talks with the World Trade Organization (WTO) resumed.", "She spoke at Through the (Open Source) Looking Glass last year.", "The price of (roughly) ten loaves rose.",
			"Then an (Event).Stack call returns the trace.", "It reads a (Host, Port, Path) triple.", "The change adds less to the (PGO-compiled) binary size.", "Both are summed into A (B) at the end."},
	},
	"double-space-after-preposition": {
		hit:  []string{"At the start of  he owned a small bakery by the harbour."},
		miss: []string{"More than 2,000 residents voted in  the city's first online poll."},
	},
	"verbless-that-clause": {
		hit:  []string{"It was announced that in the newsletter of the provincial museum the third volume of the catalogue."},
		miss: []string{"The mayor said that the construction of the new bridge would start in May."},
	},
	"double-space-before-saying": {
		hit:  []string{"The spokesman for the ministry  said that nobody was hurt."},
		miss: []string{"The spokesman for the ministry said  that nobody was hurt."},
	},
	"hyphen-start": {
		hit:  []string{"The -TRAKSO prints a short extract of the letter."},
		miss: []string{"Temperatures fell to -5 °C and the figures for 2019-2024 confirm it."},
	},
	"commas-around-hole": {
		hit:  []string{"The governor of the region, , said that the evacuation was complete."},
		miss: []string{"The opposition called the plan unrealistic,, and voted against it."},
	},
	"verb-between-commas": {
		hit:  []string{"In a trade that is rarely seen as modern, grows, this is one of its secrets."},
		miss: []string{"She was calm, determined, unshaken.", "The rumour came out, said, 'Is it true?' and left.", "He came, saw, and conquered."},
	},
	"lower-case-verb-sentence": {
		hit:  []string{"Many died of the fever. wrote about this on Monday."},
		miss: []string{"He moved to the U.S. said his brother.", "We saw the... said nothing more."},
	},
	"empty-pair": {
		hit:  []string{"The ministry () said the rules would apply from July.", "The regulator of Korean Internet (, the agency) fined them.", "The newspaper « » was sold on Friday."},
		miss: []string{"Call f() before the loop.", "The field holds a string[] of names.", "The list is tags = [] by default."},
	},
	"role-before-tag": {
		hit:  []string{"The licensed deputy (NP-North) filed a complaint on Monday.", "The senator (LP) voted against the bill."},
		miss: []string{"The consumer price index (CPI) rose again.", "Deputy Ana Silva (NP-North) filed a complaint.", "The mayor (in office since 2019) resigned."},
	},
	"spaced-bracket": {
		hit:  []string{"The ministry ( in French) published the rules.", "Lisbon ( – The Press Agency reported on Monday that talks resumed."},
		miss: []string{"The ministry (in French: le ministère) published the rules.", "The vote ( – 12 in favour) was close."},
	},
	"quoted-source": {
		hit:  []string{`Fuel prices rose again in the northern regions this week, "Daily Courier". The ministry has not commented.`, `The envoy told the deputies to keep "a calm and cool head", "Baltic Wire".`},
		miss: []string{`Prices rose again in the northern regions this week, reports "Daily Courier".`, `After a long pause in the hall she said, "Thank you." Then she left.`, `The film that opened the festival was called, "Night Train", and it won.`},
	},
	"colon-before-conjunction": {
		hit:  []string{"For details, e-mail the desk: or call the newsroom."},
		miss: []string{"Use emoji freely :tada: :party_popper: and have fun.", "There was one choice: Or was there?"},
	},
	"paragraph-start-verb": {
		hit:  []string{"wrote about this on Monday, adding that clinics would open."},
		miss: []string{"says Maria Kovacs, an analyst at a bank in the capital."},
	},
	"dangling-end": {
		hit:  []string{"How he learned to sail and why he gave up the sea, he explained in a conversation with"},
		miss: []string{"The chain would be a series of transform passes, along the lines of\n\n```\nrun(a)\n```"},
		md:   true,
	},
	"trailing-dash": {
		hit:  []string{"# Talks on the new budget end in a deadlock –"},
		miss: []string{"# Talks on the new budget – Evening News", "or pass it in options -\n\n- one\n- two"},
		md:   true,
	},
	"empty-credit": {
		hit:  []string{"The new bridge at dusk.\n\nPhoto:"},
		miss: []string{"The new bridge at dusk.\n\nPhoto: Ana Petrov", "Sources:\n\n- the city archive\n- the museum"},
		md:   true,
	},
}

func TestPatterns(t *testing.T) {
	for name, c := range patternCases {
		wrap := func(s string) string {
			if c.md {
				return "---\ntitle: News of the day\n---\n\nThe first paragraph tells what happened in a few words.\n\n" + s + "\n"
			}
			return para(s)
		}
		for _, s := range c.hit {
			if got := holesOf(t, wrap(s), c.md); !slices.Contains(got, name) {
				t.Errorf("%s: %q: not found (patterns that fired: %v)", name, s, got)
			}
		}
		for _, s := range c.miss {
			if got := holesOf(t, wrap(s), c.md); slices.Contains(got, name) {
				t.Errorf("%s: %q: false hole", name, s)
			}
		}
	}
}

// Every pattern has its cases.
func TestPatternsCovered(t *testing.T) {
	if len(punctPatterns) > 32 {
		t.Errorf("%d punctuation patterns: punctFirst holds 32", len(punctPatterns))
	}
	if len(wordPatterns) > 16 {
		t.Errorf("%d word patterns: patternSets holds 16", len(wordPatterns))
	}
	for _, list := range [][]pattern{wordPatterns, spacePatterns, punctPatterns, blockPatterns} {
		for _, p := range list {
			c, ok := patternCases[p.name]
			if !ok || len(c.hit) == 0 || len(c.miss) == 0 {
				t.Errorf("pattern %s has no hit and miss cases", p.name)
			}
		}
	}
}

// Token soup built from the words and marks the patterns look at, in .txt
// and .md, must never make the rule panic or report a span outside the
// document.
func TestTokenSoup(t *testing.T) {
	alphabet := []string{"the", "The", "a", "A", "an", "of", "to", "with", "together", "in", "from", "said", "says", "is", "do", "not",
		"we", "’", "s", "(", ")", "( ", " (", "[", "]", "«", "»", "“", "”", `"`, ",", ".", ":", ";", "–", "-", "Photo", "deputy", "NP",
		"North", "Anna", "or", "and", "  ", " ", "\n", "\n\n", "- ", "```", "`x`", "|", "{{<", "that", "reported", "develops"}
	r := rand.New(rand.NewSource(7))
	found := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for k := r.Intn(60); k > 0; k-- {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
			if r.Intn(3) > 0 {
				b.WriteByte(' ')
			}
		}
		for _, name := range []string{"soup.txt", "soup.md"} {
			doc, err := read.Parse(name, []byte(b.String()))
			if err != nil {
				continue
			}
			doc.Lang = "en"
			for _, f := range New().Check(doc) {
				found++
				if f.Start < 0 || f.End > len(doc.Src) || f.Start >= f.End {
					t.Fatalf("%s %q: span %+v outside the document", name, b.String(), f.Span)
				}
			}
		}
	}
	if found == 0 {
		t.Error("the soup made no finding at all: it tests nothing")
	}
	t.Logf("%d findings", found)
}
