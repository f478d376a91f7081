package foreignfragment

import (
	"slices"
	"strings"
	"sync"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/langid"
)

// Two more shapes of untranslated text in the target's own script, found
// without function words: a date written with another language's month
// name, and a run of romanised (pinyin) syllables.

// monthNames are month names (and their genitive forms) of the Latin-script
// languages, leaving out those spelt as in English ("april", "august").
var monthNames = map[string]string{
	"de": "januar jänner februar märz mai juni juli oktober dezember",
	"fr": "janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre",
	"es": "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre",
	"pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
	"it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
	"nl": "januari februari maart mei juni juli augustus oktober",
	"pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia " +
		"styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik listopad grudzień",
	"cs": "ledna února března dubna května června července srpna září října listopadu prosince " +
		"leden únor březen duben květen červen červenec srpen říjen prosinec",
	"sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
	"sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
	"hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
	"ro": "ianuarie februarie martie aprilie mai iunie iulie septembrie octombrie noiembrie decembrie",
	"hu": "január február március április május június július augusztus szeptember október",
	"sv": "januari februari mars maj juni juli augusti oktober",
	"da": "januar februar marts maj juni juli oktober",
	"nb": "januar februar mars mai juni juli oktober desember",
	"fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta " +
		"lokakuuta marraskuuta joulukuuta",
	"tr": "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık",
	"id": "januari februari maret mei juni juli agustus oktober desember",
	"ca": "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre",
}

// months maps a lower-cased month name to the languages that write it.
var months = sync.OnceValue(func() map[string][]string {
	m := map[string][]string{}
	for _, l := range latinLangs {
		for w := range strings.FieldsSeq(monthNames[l]) {
			m[w] = append(m[w], l)
		}
	}
	return m
})

// maxDay is the largest day of a month.
const maxDay = 31

// foreignDates finds dates written with another language's month name
// after the day: "27 Octombrie 2019", "3 de marzo", "5. März 2021". The day
// before the month is required: "Mars 2020" alone is a rover.
func (c *checker) foreignDates(block lint.Span, toks []tok, covered []lint.Finding) []lint.Finding {
	var out []lint.Finding
	var buf [32]byte
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.sc != scriptLatin || !t.upper && t.plain && t.End-t.Start < 3 {
			continue
		}
		if t.End-t.Start > len(buf) {
			continue
		}
		if t.key != 0 && c.tab.packed.get(t.key)&specialBit == 0 {
			continue // the packed table marks every month name of eight ASCII letters or fewer
		}
		langs := months()[string(lowerInto(buf[:0], c.doc.Text[t.Start:t.End]))]
		if len(langs) == 0 || c.isTargetMonthLang(langs) {
			continue
		}
		day := i - 1
		if c.doc.TextOf(toks[day].Span) == "de" && day > 0 {
			day-- // "3 de marzo"
		}
		if !c.isDay(toks[day]) || !c.dateGap(toks[day].End, toks[day+1].Start) {
			continue
		}
		end := t.End
		if i+1 < len(toks) && toks[i+1].digit && toks[i+1].End-toks[i+1].Start == 4 && c.dateGap(t.End, toks[i+1].Start) {
			end = toks[i+1].End // the year
		}
		frag := lint.Span{Start: toks[day].Start, End: end}
		if slices.ContainsFunc(covered, func(f lint.Finding) bool { return f.Overlaps(frag) }) || c.r.allowed(c.doc, block, frag) || c.languageNamedOnLine(frag, langs) {
			continue
		}
		if c.r.Glosses && c.isGloss(block, frag, toks[day:i+1], toks) {
			continue
		}
		out = append(out, c.finding(frag, c.pickLang(langs)))
	}
	return out
}

// isTargetMonthLang: the month name is also the target's own.
func (c *checker) isTargetMonthLang(langs []string) bool {
	for _, l := range langs {
		if l == c.target {
			return true
		}
	}
	return false
}

// pickLang names one of the languages a word may be in: the first one the
// languages option allows.
func (c *checker) pickLang(langs []string) string {
	for _, l := range langs {
		if c.langs == nil || c.langs[l] {
			return l
		}
	}
	return ""
}

// isDay: a number from 1 to maxDay, maybe with a final period ("5.").
func (c *checker) isDay(t tok) bool {
	if !t.digit || t.End-t.Start > 2 {
		return false
	}
	n := 0
	for _, ch := range c.doc.Text[t.Start:t.End] {
		if ch < '0' || ch > '9' {
			return false
		}
		n = n*10 + int(ch-'0')
	}
	return n >= 1 && n <= maxDay
}

// dateGap: the bytes between two parts of a date are a space, maybe after
// a period.
func (c *checker) dateGap(a, b int) bool {
	g := string(c.doc.Text[a:b])
	return g == " " || g == ". " || g == "\u00a0"
}

// minPinyinRun is the fewest romanised syllables in a row that make a
// phrase: Chinese names have two or three.
const minPinyinRun = 4

// pinyinRuns finds runs of capitalised words that are each one syllable of
// Hanyu Pinyin ("Qing Shan Liu Shui Xiang Feng"), one of them spelt as no
// English word is (zh, x, q, "uo"...): a title left in romanised Chinese.
func (c *checker) pinyinRuns(block lint.Span, toks []tok) []lint.Finding {
	var out []lint.Finding
	for i := 0; i < len(toks); {
		j, telling := i, false
		for j < len(toks) && c.pinyinWord(toks[j]) && (j == i || toks[j].Start == toks[j-1].End+1 && c.doc.Text[toks[j-1].End] == ' ') {
			telling = telling || pinyinTelling(strings.ToLower(c.doc.TextOf(toks[j].Span)))
			j++
		}
		frag := lint.Span{Start: toks[i].Start, End: toks[max(j-1, i)].End}
		if j-i >= minPinyinRun && telling && !c.r.allowed(c.doc, block, frag) &&
			!(c.r.Glosses && c.isGloss(block, frag, toks[i:j], toks)) {
			out = append(out, c.finding(frag, "zh"))
		}
		i = max(j, i+1)
	}
	return out
}

// pinyinWord: a capitalised ASCII word that is one pinyin syllable.
func (c *checker) pinyinWord(t tok) bool {
	if t.sc != scriptLatin || !t.upper || !t.plain || t.End-t.Start > 6 {
		return false
	}
	src := c.doc.Text[t.Start:t.End]
	if !isLowerASCII(src[1:]) {
		return false
	}
	w := strings.ToLower(string(src))
	return isPinyinSyllable(w)
}

var (
	pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}
	pinyinFinals   = map[string]bool{
		"a": true, "o": true, "e": true, "i": true, "u": true, "ai": true, "ei": true, "ao": true, "ou": true,
		"an": true, "en": true, "in": true, "un": true, "ang": true, "eng": true, "ing": true, "ong": true,
		"ia": true, "ie": true, "iu": true, "iao": true, "ian": true, "iang": true, "iong": true, "ua": true,
		"uo": true, "ui": true, "uai": true, "uan": true, "uang": true, "ue": true, "er": true,
	}
)

// isPinyinSyllable: an initial (or none) and a final of Hanyu Pinyin.
func isPinyinSyllable(w string) bool {
	for _, in := range pinyinInitials {
		if strings.HasPrefix(w, in) && pinyinFinals[w[len(in):]] && len(w) > len(in) {
			return true
		}
	}
	return false
}

// pinyinTelling: a syllable spelt as English words are not.
func pinyinTelling(w string) bool {
	return strings.HasPrefix(w, "zh") || strings.HasPrefix(w, "x") || strings.HasPrefix(w, "q") ||
		strings.Contains(w, "uo") || strings.HasSuffix(w, "iao") || strings.HasSuffix(w, "iu") ||
		strings.HasSuffix(w, "ui") || strings.HasPrefix(w, "zho")
}

// tellingSyllables lists the pinyin syllables pinyinTelling accepts.
func tellingSyllables() []string {
	var out []string
	for _, in := range pinyinInitials {
		for f := range pinyinFinals {
			if w := in + f; isPinyinSyllable(w) && pinyinTelling(w) {
				out = append(out, w)
			}
		}
	}
	return out
}

func isLowerASCII(w []byte) bool {
	for _, ch := range w {
		if ch < 'a' || ch > 'z' {
			return false
		}
	}
	return true
}

// endonyms are languages' names for themselves.
var endonyms = map[string]string{
	"de": "deutsch", "fr": "français", "es": "español", "pt": "português", "it": "italiano",
	"nl": "nederlands", "pl": "polski", "cs": "čeština", "sk": "slovenčina", "sl": "slovenščina",
	"hr": "hrvatski", "ro": "română", "hu": "magyar", "sv": "svenska", "da": "dansk", "nb": "norsk",
	"fi": "suomi", "tr": "türkçe", "id": "indonesia", "ca": "català",
}

// languageNamedOnLine: the line of the fragment names one of its languages
// in English or in the language itself ("Français | mercredi 3 novembre",
// "in German: 3. März"): an example of the language, not a lapse.
func (c *checker) languageNamedOnLine(frag lint.Span, langs []string) bool {
	// the source line: a table row may hold the name in another cell
	text := c.doc.Src
	lo := frag.Start
	for lo > 0 && text[lo-1] != '\n' {
		lo--
	}
	hi := frag.End
	for hi < len(text) && text[hi] != '\n' {
		hi++
	}
	line := strings.ToLower(string(text[lo:hi]))
	for _, l := range langs {
		for _, name := range []string{strings.ToLower(langid.Name(l)), endonyms[l]} {
			if name != "" && strings.Contains(line, name) {
				return true
			}
		}
	}
	return false
}
