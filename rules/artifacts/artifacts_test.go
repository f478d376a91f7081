package artifacts

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/engine"
	"github.com/translint/translint/lint/fix"
	"github.com/translint/translint/lint/read"
)

// check parses text as a plain-text article and runs one rule on it.
func check(t *testing.T, r lint.Rule, text string) []lint.Finding {
	t.Helper()
	doc, err := read.Parse("article.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	doc.Lang = "en"
	return r.(lint.Checker).Check(doc)
}

// excerpts returns the source text of each finding.
func excerpts(text string, fs []lint.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, text[f.Start:f.End])
	}
	return out
}

// applyFix applies the edits of every finding (they must not overlap).
func applyFix(text string, fs []lint.Finding) string {
	var edits []lint.Edit
	for _, f := range fs {
		edits = append(edits, f.Fix...)
	}
	// apply from the end so that offsets stay valid
	for i := len(edits) - 1; i >= 0; i-- {
		for j := 0; j < i; j++ {
			if edits[j].Start > edits[i].Start {
				edits[i], edits[j] = edits[j], edits[i]
			}
		}
	}
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		text = text[:e.Start] + e.New + text[e.End:]
	}
	return text
}

type ruleCase struct {
	in    string
	want  []string // excerpts, in order
	fixed string   // expected text after fixes; "" = not checked
}

func runCases(t *testing.T, r lint.Rule, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		// a paragraph before keeps the line out of the title
		text := "The article begins here with an ordinary sentence of the kind.\n\n" + c.in + "\n"
		fs := check(t, r, text)
		got := excerpts(text, fs)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%s: %q: got %q, want %q", r.ID(), c.in, got, c.want)
			continue
		}
		if c.fixed != "" {
			if out := applyFix(text, fs); strings.TrimSpace(out[strings.Index(out, "\n\n")+2:]) != c.fixed {
				t.Errorf("%s: %q: fixed to %q, want %q", r.ID(), c.in, out, c.fixed)
			}
		}
	}
}

func TestMojibake(t *testing.T) {
	runCases(t, Mojibake{}, []ruleCase{
		{"Norwayâ€™s exports fell.", []string{"â€™"}, "Norway’s exports fell."},
		{"Norway‚Äôs exports fell.", []string{"‚Äô"}, "Norway’s exports fell."},
		{"A cafÃ© in MontrÃ©al.", []string{"Ã©", "Ã©"}, "A café in Montréal."},
		{"Twice: Ã¢â‚¬â„¢ here.", []string{"Ã¢â‚¬â„¢"}, "Twice: ’ here."},
		{"Cyrillic Ð¿Ñ€Ð¸ here.", []string{"Ð¿Ñ€Ð¸"}, "Cyrillic при here."},
		{"Lost b\uFFFD\uFFFD here.", []string{"\uFFFD\uFFFD"}, ""},
		{"São Paulo, Zürich, „Fuß“, ÄRGER“, €5, «vieux», naïve, déjà vu.", nil, ""},
		{"She said โ€œwe will stayโ€ and left.", []string{"โ€œ", "โ€"}, "She said “we will stayโ€ and left."},
		{"The mayorâ € ™s office and â € œnew plansâ € .", []string{"â € ™", "â € œ", "â €"}, ""},
		{"ยิ่งกว่า ไก่ ภาษาไทย and โรงเรียน are Thai words.", nil, ""},
		{"The mayorвЂ™s plan, вЂњnewвЂќ and β€œoldβ€", []string{"вЂ™", "вЂњ", "вЂќ", "β€œ", "β€"}, "The mayor’s plan, “new” and “oldβ€"},
		{"Москва, Ђорђе, Αθήνα, βιβλίο, עברית גדולה and вЂ alone", []string{"вЂ"}, ""},
	})
}

func TestEscapedCharacter(t *testing.T) {
	runCases(t, EscapedCharacter{}, []ruleCase{
		{"5u3001 Every ferry stops at dusk.", []string{"u3001"}, "5、 Every ferry stops at dusk."},
		{"Norwayu2019s plan.", []string{"u2019"}, "Norway’s plan."},
		{`Milan\u200b\u200b fair.`, []string{`\u200b\u200b`}, "Milan fair."},
		{`Fans \ud83c\udf89 cheered.`, []string{`\ud83c\udf89`}, "Fans 🎉 cheered."},
		{`End.\n\nNext one.`, []string{`\n\n`}, ""},
		{`U+2013, menu2020, u2, C:\new\texts and \\server\share are fine.`, nil, ""},
		{`The shortcode :u6307: shows a sign; set it to print "\u00A9" or '\u2019' instead.`, nil, ""},
	})
}

func TestBrokenEntity(t *testing.T) {
	runCases(t, BrokenEntity{}, []ruleCase{
		{"a garden and & nbsp; a pond", []string{"& nbsp;"}, "a garden and a pond"},
		{"called it &quot;quiet&quot;.", []string{"&quot;", "&quot;"}, `called it "quiet".`},
		{"20 euros&amp;nbsp;each", []string{"&amp;nbsp;"}, "20 euros each"},
		{"AT&T, R&D and Johnson & Johnson.", nil, ""},
	})
}

func TestGluedWords(t *testing.T) {
	runCases(t, GluedWords{}, []ruleCase{
		{"He statedHe stated it.", []string{"statedHe"}, ""},
		{"It registeredThat complaint.", []string{"registeredThat"}, ""},
		{"as the jury chair Anna BelotThus the prize went, Oskar Lindwrote later.", []string{"BelotThus", "Lindwrote"}, ""},
		{"The aforesaid deal, Understated and Overstated figures, Ghostwrote, Foretold, Unsaid, McThe, NetHe.", nil, ""},
		{"iPhone, YouTube, McDonald, PayPal, eBay, LinkedIn, easyJet, setTimeout, addIf, chunkedWriter, #breakingNews, my_varName.", nil, ""},
		// a lower-case word glued to a function word: an inflected head, or
		// one that stands alone elsewhere
		{"the board gave its approvalbut left; the rulingwhich came late; the harbour and the harbourthat closed", []string{"rulingwhich", "harbourthat"}, ""},
		{"their movementthe rest; the plan was shelvedand the vote", []string{"movementthe", "shelvedand"}, ""},
		// a verb of saying glued to the clause it opens, a pronoun glued to one
		{"the minister saidthat the port was shut, and theysaid no more", []string{"saidthat", "theysaid"}, ""},
		{"the sayings, the hesitation, the itself, the shesaid.txt file", nil, ""},
		{"meanwhile, elsewhere, a thousand came; the command was somewhat worthwhile; Perl::startfrom; the fleetthat was new", nil, ""},
		// a word glued to a determiner or pronoun opening the next sentence,
		// the word standing alone elsewhere
		{"the harbour was calm and the harbourThe crew left", []string{"harbourThe"}, ""},
		{"the harbourThe crew; the retry and retryAfter; the check and checkIn; the insert, insertBefore", nil, ""},
		// a name glued to a past-tense verb in mid-sentence, not a compound
		{"a sailor named Brannockdecided to stay", []string{"Brannockdecided"}, ""},
		{"the side Counterattacked and Overplayed it, its Undisclosed fee; a sailor named Brannockdecided To Stay", nil, ""},
		{"the crew of Brannockdecided and the name Brannockdecided", nil, ""},
		{"the brannock and a sailor named Brannockdecided to stay", nil, ""},
		// a word glued to a name that the prose repeats
		{"via FacebookLena Ostrova said so, and the skier Lena Ostrova agreed", []string{"FacebookLena"}, ""},
		{"via FacebookLena Ostrovawrote so, and the skier Lena Ostrova agreed", []string{"FacebookLena", "Ostrovawrote"}, ""},
		{"see the WaveForm Reports and [Form Reports], Form Reports", nil, ""},
		// an English word glued to a word of another script, the English
		// part a function word or standing alone elsewhere
		{"the agreementпро ferries and the agreement; fromКиева; 北京visited and visited", []string{"agreementпро", "fromКиева", "北京visited"}, ""},
		{"the agreementпро ferries; UNЕP; ЕРcorp and corp; wǒis神仙 and wǒis; from-Киева and from", nil, ""},
		{"使用 Ferrylink的时候，请先阅读说明。Ferrylink 是一个渡轮公司，Ferrylink的船每天出发。", nil, ""},
		// a colon glued to the next word in prose, the head a word of the text
		{"the report for the weather:Sunny came; the weather held", []string{"weather:Sunny"}, "the report for the weather: Sunny came; the weather held"},
		{"the weather held; Note:This; see map[weather:Sunny] and weather:Sunny/x, mailto:Anna, foaf:Person, std::Vector", nil, ""},
		{"the weather held; the flag --kind weather:Sunny is set, the key weather:Sunny\nends a line", nil, ""},
	})
}

func TestDoubledWord(t *testing.T) {
	runCases(t, DoubledWord{}, []ruleCase{
		{"the ferry was late, and and by noon", []string{"and and"}, "the ferry was late, and by noon"},
		{"it reported that that in spring", []string{"that that"}, "it reported that in spring"},
		{"He had had enough; she said that that was wrong; what it is is fine.", nil, ""},
		// Halting speech on purpose, marked by an ellipsis or a dash.
		{"\"We we… we just want light,\" one woman said. \"I I-I don't know.\"", nil, ""},
		{"Bora Bora, bye bye, 2020 2021, \"arch arch\".", nil, ""},
	})
}

func TestPunctuation(t *testing.T) {
	runCases(t, Punctuation{}, []ruleCase{
		{"after the storm. . After that", []string{". ."}, "after the storm. After that"},
		{"We were , as usual, hungry.", []string{" ,"}, "We were, as usual, hungry."},
		// A comma after "the" marks a dropped name, not a stray space.
		{"She spoke to the , yet would not say more.", nil, ""},
		{"After the win over , the coach smiled. Read more »", nil, ""},
		{"the growers who supply the cooperative They want a vote", []string{"cooperative They want"}, ""},
		{"Which two colours? ) I forget. (Or so. ] Along the valley, – Brenn said the meeting...Then it was “pointless.”, she told us.", []string{"? )", ". ]", ", –", "...", ".”,"}, ""},
		{"the old port]and the new one; From the hill we saw “the best!“ The guide said “slow ” and left. Tom smiled. |", []string{"]a", "; From", "“", " ”", " |"}, ""},
		{"I came; I saw; it rained. The slogan We can was everywhere.", nil, ""},
		{"the talks ended REUTERS They said no and the port The ships left", []string{"REUTERS They said", "port The ships"}, ""},
		{"we read The Times, told NASA The Rover story, and by The Way.", nil, ""},
		{"the motto (work and rest ) stayed. It was late. \" After that", []string{" )", " \" "}, ""},
		{"He waited... \" Then (see above) and ( x ) and the list (a, b, c ).", []string{" )"}, ""},
		{"Damaged by Storms; The Effects of Rain | Weekly. The list [1] and []string, „gut!“ und “quote ‘inner’ ” ok.", nil, ""},
		{"He left (for good.) and came from the U.S.”, she said... Then “Wait...” (see p. 3 ...) as “J. R. R.”, he wrote.", nil, ""},
		{"the novel It was filmed twice; we saw They Might Be Giants; so It Goes.", nil, ""},
		{"a long -awaited visit", []string{"long -awaited"}, "a long-awaited visit"},
		{"the magazine.The hearth» wrote", []string{"magazine.The", "»"}, ""},
		// Code names, domains and brands are not a lost space.
		{"Call fmt.Sprintf or images.Process, see collections.After, read Gazeta.Ru, Mail.Ru and Tovid.The blog.", nil, ""},
		{"I admire her, Ostrova “, she replied.", []string{"“"}, ""},
		{"Wait... U.S. Sen. Smith, St. Petersburg, 2.0.1, java.util.List, «a „b“ c», “d ‘e’ f”, „g“, temple - unless, pre- and post-war.", nil, ""},
	})
}

func TestBrokenContraction(t *testing.T) {
	runCases(t, BrokenContraction{}, []ruleCase{
		{"we didnt go and theres no bus; Im still here", []string{"didnt", "theres", "Im"}, "we didn't go and there's no bus; I'm still here"},
		{"Theres plenty of rain, they hasnt noticed", []string{"Theres", "hasnt"}, ""},
		// A surname, a name, capitals and English words are not contractions.
		{"Director Im said that Im Sang-ho and Theres Lind agreed; DONT was the flag, as was his wont, and we cant ill afford it.", nil, ""},
		{"they aren&#39;t ready and it isn&rsquo;t late", nil, ""},
		{"at that time, we didn then see the harbour.", []string{"didn"}, "at that time, we didn't then see the harbour."},
		{"I don t know.", []string{"don t"}, "I don't know."},
		{"It wasn’ true.", []string{"wasn’"}, "It wasn’t true."},
		{"Don won; they can don a hat; a safe haven; Aren Smith; that s is a set.", nil, ""},
		// "its" before an article, "been" or "going to" is "it's"; the
		// possessive is left alone
		{"Its a pity and its been years; its still going to rain, and its not the end", []string{"Its", "its", "its", "its"}, "It's a pity and it's been years; it's still going to rain, and it's not the end"},
		{"the club kept its own boat, its history, its going rate and its a-list guests; its, the", nil, ""},
		{"Whats more, whos there? Ive been told", []string{"Whats", "whos", "Ive"}, "What's more, who's there? I've been told"},
		{"Jony Ive said it; Ive Lind came; the list {ive 5}", nil, ""},
		// "Shes", "Heres", "Hows" only where they open a sentence
		{"Shes late. \"Heres the plan,\" he said. Hows it going?", []string{"Shes", "Heres", "Hows"}, "She's late. \"Here's the plan,\" he said. How's it going?"},
		{"the hows and whys; the director Hes said no; the Hows family; shes", nil, ""},
		// an opening quote read in the wrong code page glues its œ to the word
		{"He said: \u00e2\u20ac\u0153Theres a vote tonight.", []string{"Theres"}, ""},
	})
}

func TestTrailingFragment(t *testing.T) {
	runCases(t, TrailingFragment{}, []ruleCase{
		{"The mayor said it very plainly. Harbour Courier", []string{"Harbour Courier"}, ""},
		{"The ship was handed over to the U.S. Navy", nil, ""},
		{"Many lanes were renamed in Vell Bay. (Photo credit: Tidepost.example)", nil, ""},
	})
}

func TestRulesArePure(t *testing.T) {
	text := "The article begins here.\n\nHe statedHe stated it, and and left. . Later I didn know.\n"
	for _, r := range Rules() {
		a := excerpts(text, check(t, r, text))
		b := excerpts(text, check(t, r, text))
		if strings.Join(a, "|") != strings.Join(b, "|") {
			t.Errorf("%s: two runs differ: %q vs %q", r.ID(), a, b)
		}
	}
}

func TestHasGuillemet(t *testing.T) {
	for s, want := range map[string]bool{
		"": false, "plain": false, "«": true, "a » b": true, "\u00a0non-breaking\u00a0": false,
		"°C and ©": false, "\xc2": false, "end «": true, "Â": false, "Â«": true,
	} {
		if got := hasGuillemet([]byte(s)); got != want {
			t.Errorf("hasGuillemet(%q) = %v, want %v", s, got, want)
		}
	}
}

// spacedHyphen agrees with looking for both pairs on random text.
func TestSpacedHyphen(t *testing.T) {
	alphabet := []string{"a", " ", "-", "--", "é", "\n"}
	r := rand.New(rand.NewSource(3))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := r.Intn(12); k > 0; k-- {
			b = append(b, alphabet[r.Intn(len(alphabet))]...)
		}
		want := bytes.Contains(b, []byte(" -")) || bytes.Contains(b, []byte("- "))
		if got := spacedHyphen(b); got != want {
			t.Fatalf("spacedHyphen(%q) = %v, want %v", b, got, want)
		}
	}
}

func TestSkipASCII(t *testing.T) {
	for s, want := range map[string]int{
		"": 0, "abc": 3, "é": 0, "abcdefgh": 8, "abcdefghé": 8, "abcdefghijklmnoé": 15,
		"abcdefg\x80": 7, strings.Repeat("x", 40): 40, strings.Repeat("x", 17) + "я": 17,
	} {
		if got := skipASCII([]byte(s)); got != want {
			t.Errorf("skipASCII(%q) = %d, want %d", s, got, want)
		}
	}
}

// naiveNextGlue is nextGlue's definition, a byte at a time: the first
// letter outside ASCII, or capital after a small letter, at from or after.
func naiveNextGlue(b []byte, from int) int {
	for i := from; i < len(b); i++ {
		if b[i] >= utf8.RuneSelf {
			if r, _ := utf8.DecodeRune(b[i:]); unicode.IsLetter(r) {
				return i
			}
		} else if b[i] >= 'A' && b[i] <= 'Z' && i > from && b[i-1] >= 'a' && b[i-1] <= 'z' {
			return i
		}
	}
	return len(b)
}

// nextGlue agrees with its byte-by-byte definition on random text, at every
// alignment of the eight-byte chunks and from any start.
func TestNextGlue(t *testing.T) {
	alphabet := []string{"a", "z", "A", "Z", "@", "[", "`", "{", " ", "é", "É", "’", "—", "я", "1", "."}
	r := rand.New(rand.NewSource(1))
	for n := 0; n < 20000; n++ {
		var b []byte
		for k := r.Intn(30); k > 0; k-- {
			b = append(b, alphabet[r.Intn(len(alphabet))]...)
		}
		from := 0
		if len(b) > 0 {
			from = r.Intn(len(b))
		}
		if got, want := nextGlue(b, from, len(b)), naiveNextGlue(b, from); got != want {
			t.Fatalf("nextGlue(%q, %d) = %d, want %d", b, from, got, want)
		}
	}
	for s, want := range map[string]int{
		"plain lower text, Capitals After Spaces.": 40,
		"statedHe stated":                          6,
		"curly ’quotes’ and — dashes only":         len("curly ’quotes’ and — dashes only"),
		"a name like Zoë":                          14,
		"0123456789abcdefgH":                       17,
	} {
		if got := nextGlue([]byte(s), 0, len(s)); got != want {
			t.Errorf("nextGlue(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestNumberFormat(t *testing.T) {
	runCases(t, NumberFormat{}, []ruleCase{
		{"The gates closed at 22:40 PM and reopened at PM 11:25 on the 17st.", []string{"22:40 PM", "PM 11:25", "17st"}, "The gates closed at 22:40 PM and reopened at PM 11:25 on the 17th."},
		{"About 46 000 visitors came; the trust lost 6,5 million and 4,8 percent; 2.750.000 euros.", []string{"46 000", "6,5", "4,8", "2.750.000"}, ""},
		{"He won by 2.256 seconds; the router 192.168.100.200 is down; v1.100.200 ships.", nil, ""},
		// English formats, codes, years and figures in a row.
		{"At 10:40 PM, 22:40 and 0:15 on the 1st, 2nd, 3rd, 11th, 12th, 13th, 21st, 22nd and 101st, 46,000 visitors and 6.5 million; rows 1 200 300, code A320 000 units, the years 1998 2000, PMs at 10:00.", nil, ""},
	})
}

func TestMixedScript(t *testing.T) {
	runCases(t, MixedScript{}, []ruleCase{
		{"Delegates of the UNЕP met; the truck К47Т3 and О. Pelling came on the ۲۶th for the ۲۶ yearly fair.", []string{"UNЕP", "К47Т3", "О", "۲۶th", "۲۶"},
			"Delegates of the UNEP met; the truck K47T3 and O. Pelling came on the 26th for the 26 yearly fair."},
		// Whole words of another script, Latin WHO, Greek letters in science.
		{"The WHO said «Москва» and ΑΘΗΝΑ are names; α and β particles; В. Путин; in Arabic: ١٩٩٠ عام.", nil, ""},
	})
}

// The same misspelt form is one defect: the rule names its form at every
// place, the engine reports it once, and the one fix edits every place.
func TestMixedScriptRepeatedForm(t *testing.T) {
	text := "The NАTO envoy met the UNЕP staff. Later the NАTO envoy left, and a NATO aide and Р. Lind and Р. Lind and Р. Berg stayed.\n"
	var forms []string
	for _, f := range check(t, MixedScript{}, text) {
		forms = append(forms, f.Form)
	}
	if want := []string{"NАTO", "UNЕP", "NАTO", "Р. Lind", "Р. Lind", "Р. Berg"}; !slices.Equal(forms, want) {
		t.Fatalf("forms %q, want %q", forms, want)
	}
	l := &engine.Linter{Rules: []lint.Rule{MixedScript{}}, Jobs: 1}
	ds := l.Run([]engine.Source{{Path: "article.txt", Data: []byte(text)}})[0].Diagnostics
	var got []string
	var fixes [][]lint.Edit
	for _, d := range ds {
		got = append(got, fmt.Sprintf("%s+%d", d.Excerpt, len(d.Related)))
		fixes = append(fixes, d.Fix)
	}
	if want := []string{"NАTO+1", "UNЕP+0", "Р+1", "Р+0"}; !slices.Equal(got, want) {
		t.Fatalf("diagnostics %q, want %q", got, want)
	}
	if len(fixes[0]) != 2 || len(fixes[2]) != 2 {
		t.Fatalf("the fixes of repeated forms do not edit every place: %+v", fixes)
	}
	out, _, _ := fix.Apply([]byte(text), fixes)
	if want := "The NATO envoy met the UNEP staff. Later the NATO envoy left, and a NATO aide and P. Lind and P. Lind and P. Berg stayed.\n"; string(out) != want {
		t.Fatalf("fixed to %q", out)
	}
}

// TestRandomText runs every rule over random text made of the marks the
// patterns look at: no rule may panic, and every finding and fix must lie
// inside the text, on rune boundaries.
func TestRandomText(t *testing.T) {
	alphabet := []string{"a", "d", "t", "It", "The", "said", "Im", "didnt", " ", " ", "\n", "\n\n", ".", "...", ",", ";", "?", "!",
		"|", "(", ")", "[", "]", "<1>", "<", ">", "`", "``", "''", "\"", "“", "”", "‘", "’", "–", "1", "21", ":", "PM", "000",
		"Н", "А", "۱", "â", "€", "โ", "™", "&", "#39;", "\\u", "2019", "st", "kkkk", "\uFFFD"}
	r := rand.New(rand.NewSource(2))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := r.Intn(60); k > 0; k-- {
			sb.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		text := sb.String()
		for _, rule := range Rules() {
			for _, f := range check(t, rule, text) {
				spans := []lint.Span{f.Span}
				for _, e := range f.Fix {
					spans = append(spans, e.Span)
				}
				for _, s := range spans {
					if s.Start < 0 || s.End > len(text) || s.Start > s.End ||
						!utf8.RuneStart(text[min(s.Start, len(text)-1)]) || s.End < len(text) && !utf8.RuneStart(text[s.End]) {
						t.Fatalf("%s: span %v out of place in %q", rule.ID(), s, text)
					}
				}
			}
		}
	}
}

// mayRepeat4 agrees with its byte-by-byte definition on random bytes.
func TestMayRepeat4(t *testing.T) {
	r := rand.New(rand.NewSource(3))
	for n := 0; n < 200000; n++ {
		var b [8]byte
		for k := range b {
			b[k] = "aab "[r.Intn(4)]
		}
		want := false
		for k := 0; k < 5; k++ {
			if b[k] == b[k+1] && b[k] == b[k+2] && b[k] == b[k+3] {
				want = true
			}
		}
		if got := mayRepeat4(binary.LittleEndian.Uint64(b[:])); got != want {
			t.Fatalf("mayRepeat4(%q) = %v, want %v", b[:], got, want)
		}
	}
}
