package foreignfragment

import (
	"strings"
	"sync"

	"github.com/translint/translint/lint/layer"
)

// The closed-class words (articles, pronouns, prepositions, conjunctions,
// auxiliaries, frequent particles) of the languages whose untranslated text
// most often turns up in translated articles. A word is evidence for a
// language only when the target language does not share it.
var functionWords = map[string]string{
	"en": `the of and to a an in is are was were be been being that this these those it its with for
		on at by from as or but not no he she they we you i him her them us me my your his their our
		which who whom whose what when where why how there here have has had do does did will would can
		could should may might must shall if than then so also about after before into over under
		between through during against without within among because while although though since until
		upon said says told more most some any all each every both either neither such only very just
		other another same own up out off down again still yet even now new one two three first last
		many much few however am just whether unless via it's that's there's here's what's who's he's
		she's let's don't doesn't didn't isn't aren't wasn't weren't can't won't i'm i've i'll i'd
		you're we're they're you've we've they've`,
	"de": `der die das den dem des ein eine einen einem einer eines und oder aber nicht ist sind war
		waren wird werden wurde wurden hat haben hatte hatten sein ich du er sie es wir ihr mit von zu
		zum zur auf für aus bei nach über unter vor durch gegen ohne um bis auch noch nur schon sehr wie
		als wenn dass daß weil ob wer was wo hier dort dieser diese dieses diesen jetzt immer kein keine
		keinen nichts sich uns euch ihm ihn ihnen mein dein ihre unser man doch mehr so im am vom beim
		ins an denn zwischen seit während können kann muss soll will dann da`,
	"fr": `le la les un une des du de et ou mais ne pas que qui quoi est sont était être avoir a ont
		avait il elle ils elles nous vous je tu on ce cette ces son sa ses leur leurs mon ma mes dans
		pour par sur avec sans sous chez entre vers au aux plus très aussi tout tous toute toutes comme
		si donc car déjà encore toujours jamais rien y en lui eux se été fait peut doit où quand comment`,
	"es": `el la los las un una unos unas de del al y o pero no que quien es son era fue ser estar
		está están estaba ha han había se su sus lo le les me te nos mi tu en con por para sin sobre
		entre desde hasta como más muy también ya este esta estos estas ese esa eso esto cuando donde
		porque aunque todo todos toda todas otro otra ni sí cual hay nuestro nuestra nuestros nuestras
		según durante mientras aquí allí ahora nada`,
	"pt": `o a os as um uma uns umas de do da dos das em no na nos nas e ou mas não que é são era foi
		ser estar está estão tem têm ter se seu sua seus suas ele ela eles elas eu você nós com por para
		pelo pela pelos pelas sem sobre entre como mais muito também já este esta isso isto esse essa
		quando onde porque ao aos à às mesmo ainda nosso nossa nossos nossas aqui agora enquanto então`,
	"it": `il lo la i gli le un uno una di del dello della dei degli delle a al allo alla ai agli alle
		da dal dalla in nel nella nei con su sul sulla per tra fra e o ma non che chi è sono era erano
		essere ha hanno aveva si ci vi mi ti suo sua suoi sue loro questo questa questi quello quella
		come più molto anche già ancora quando dove perché se tutto tutti sempre`,
	"nl": `de het een en of maar niet is zijn was waren wordt worden werd heeft hebben had ik jij je hij
		zij ze wij we jullie met van voor op aan in uit bij naar over onder door tegen zonder om tot ook
		nog al wel dat die dit deze wat wie waar hier daar er geen zich ons hun haar mijn men dan als
		omdat want toen`,
	"pl": `w z na się nie że do i o od po ze jest to jak ale co tak za przez dla przy lub oraz czy ten
		ta tym jego jej ich już tylko też może być był była było są który która które bardzo jednak
		gdy tego tej jako także między`,
	"cs": `a i v ve na s se z ze do o od po pro za k ke je jsou byl byla bylo byli být to ten ta ty že
		jak ale nebo co když už jen také který která které jeho její jejich není by si tak při mezi bez
		pod nad před všechna všechny`,
	"sk": `a i v vo na s so sa z zo do o od po pre za k ku je sú bol bola bolo boli byť to ten tá že
		ako ale alebo čo keď už len aj tiež ktorý ktorá ktoré jeho jej ich nie by si tak pri medzi bez
		pod nad pred všetky všetko všetci všetkých`,
	"sl": `in v na s z za je so bil bila bilo biti da ki ne pa ali tudi še že se to ta ter od do po pri
		iz kot kar ga jih`,
	"hr": `i u na s sa za je su bio bila bilo biti da koji koja koje ne ali ili se to taj od do po pri
		iz kao što već još samo`,
	"ro": `și în la de pe cu din pentru care ce este sunt a fost un o unei unui nu se mai sau dar că
		lui ei lor al ale cel cea acest această după până fără prin între`,
	"hu": `a az és hogy nem is egy van volt lesz meg már csak még de vagy mint ez azt ezt ami aki amely
		mert ha pedig szerint után között alatt felett nagyon`,
	"sv": `och att det som en ett är var har hade inte på i för med av till den de om men från vid så
		kan ska skulle han hon vi ni jag sig sin sitt sina också efter under över mot utan eller när
		där här`,
	"da": `og at det som en et er var har havde ikke på i for med af til den de om men fra ved så kan
		skal skulle han hun vi jeg sig sin sit sine også efter under over mod uden eller når der her`,
	"nb": `og at det som en et er var har hadde ikke på i for med av til den de om men fra ved så kan
		skal skulle han hun vi jeg seg sin sitt sine også etter under over mot uten eller når der her`,
	"fi": `ja on ei se että oli ovat olla hän he me te minä sinä tämä tuo mutta tai kun jos kuin myös
		vain vielä jo niin mitä mikä joka jotka sekä sen sitä ole olisi`,
	"tr": `ve bir bu da de için ile olarak olan gibi daha çok en ama ya veya ne değil var yok o şu ki
		kadar sonra önce göre her`,
	"id": `dan yang di ke dari untuk dengan pada ini itu tidak adalah akan dalam juga atau oleh karena
		tetapi sudah belum saya kami kita mereka ia dia bisa harus telah ada bahwa sebagai secara setelah
		saat sangat lebih masih hanya jika kepada tersebut antara namun bagi hingga sejak seperti menurut
		sampai agar`,
	"ca": `el la els les un una de del dels i o però no que és són era ser amb per a en al als com més
		molt també ja aquest aquesta això quan on perquè seu seva`,
}

// elisions are the clitics written with an apostrophe before a word: "l'",
// "qu'", "dell'". A word that starts with one counts as a function word.
var elisions = map[string]string{
	"fr": "l d qu n s j c m t jusqu lorsqu puisqu",
	"it": "l dell all nell dall sull un quell",
	"ca": "l d s n",
}

// letters are the letters beyond a-z each language writes.
var letters = map[string]string{
	"en": "",
	"de": "äöüß",
	"fr": "àâæçéèêëîïôœùûüÿ",
	"es": "áéíñóúü",
	"pt": "áâãàçéêíóôõú",
	"it": "àèéìîòù",
	"nl": "éëïöüáèóú",
	"pl": "ąćęłńóśźż",
	"cs": "áčďéěíňóřšťúůýž",
	"sk": "áäčďéíĺľňóôŕšťúýž",
	"sl": "čšž",
	"hr": "čćđšž",
	"ro": "ăâîșşțţ",
	"hu": "áéíóöőúüű",
	"sv": "åäöé",
	"da": "æøåé",
	"nb": "æøåé",
	"fi": "äöå",
	"tr": "çğıöşü",
	"id": "",
	"ca": "àçèéíïòóúü",
}

// latinLangs are the languages of the tables above, in a fixed order: the
// bit of language latinLangs[i] in a mask is 1<<i.
var latinLangs = []string{"en", "de", "fr", "es", "pt", "it", "nl", "pl", "cs", "sk", "sl", "hr", "ro", "hu", "sv", "da", "nb", "fi", "tr", "id", "ca"}

type langMask uint32

// specialBit marks, in the packed table only, a word that is no function
// word but makes a block worth tokenising (see quietASCII); it is no
// language's bit.
const specialBit langMask = 1 << 31

// funcTables are the function-word and letter tables of latinLangs, built on
// first use: package init must stay cheap for start-up.
type funcTables struct {
	wordMask    map[string]langMask // function word -> languages
	elisionMask map[string]langMask // clitic before an apostrophe -> languages
	letterMask  map[rune]langMask   // letter beyond a-z -> languages that write it
	// packed holds the function words of up to eight ASCII letters keyed by
	// packWord: an open-addressing table, faster than a map on every word of
	// every article.
	packed packedTable
	// quiet is a quietFilter of packed for each language of latinLangs.
	quiet []quietFilter
	// maxFunctionWord is the byte length of the longest function word.
	maxFunctionWord int
}

// tables returns the shared tables (read-only once built).
var tables = sync.OnceValue(buildTables)

type packedTable struct {
	keys  [1 << 12]uint64
	masks [1 << 12]langMask
}

func (t *packedTable) slot(k uint64) int {
	i := int((k * 0x9E3779B97F4A7C15) >> 52)
	for t.keys[i] != 0 && t.keys[i] != k {
		i = (i + 1) & (len(t.keys) - 1)
	}
	return i
}

func (t *packedTable) add(k uint64, m langMask) {
	i := t.slot(k)
	t.keys[i] = k
	t.masks[i] |= m
}

func (t *packedTable) get(k uint64) langMask { return t.masks[t.slot(k)] }

// quietFilterLog is the base-2 logarithm of the size of a quietFilter in
// bits: with about a thousand keys set, a word no table holds passes it
// about once in thirty.
const quietFilterLog = 15

// quietFilter holds a bit for every packed key that quietASCII must look
// up for one target language: a special word, or a function word of
// another language only. The other keys (the target's own function words)
// and most words of a text (no function words at all) find their bit clear
// and skip the table; the filter is 4 KiB, where the table is 48.
type quietFilter [1 << quietFilterLog / 64]uint64

// filterBit is the bit of key k in a quietFilter.
func filterBit(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> (64 - quietFilterLog) }

// mayMatter reports whether the key k may be a special word or another
// language's function word (a set bit may also be another key's).
func (f *quietFilter) mayMatter(k uint64) bool {
	b := filterBit(k)
	return f[b/64]&(1<<(b%64)) != 0
}

// packWord is the key (layer.Key) of a lower-case ASCII word of up to
// eight bytes.
func packWord(w []byte) (uint64, bool) {
	if len(w) > 8 || !layer.IsASCII(w) {
		return 0, false
	}
	return layer.Key(string(w)), true
}

func buildTables() *funcTables {
	// Sized up front and read without splitting: a one-article run builds
	// these at every start.
	n := 0
	for _, l := range latinLangs {
		n += strings.Count(functionWords[l], " ") + 1
	}
	t := &funcTables{wordMask: make(map[string]langMask, n), elisionMask: map[string]langMask{}, letterMask: map[rune]langMask{}}
	for i, l := range latinLangs {
		bit := langMask(1) << i
		for w := range strings.FieldsSeq(functionWords[l]) {
			t.wordMask[w] |= bit
			if k, ok := packWord([]byte(w)); ok {
				t.packed.add(k, bit)
			} else if layer.IsASCII([]byte(w)) {
				panic("function word of more than eight ASCII letters: " + w) // tokens rely on it
			}
			t.maxFunctionWord = max(t.maxFunctionWord, len(w))
		}
		for w := range strings.FieldsSeq(elisions[l]) {
			t.elisionMask[w] |= bit
		}
		for _, r := range letters[l] {
			t.letterMask[r] |= bit
		}
	}
	// words that make an ASCII block worth a closer look though they are no
	// function words: month names (by their first eight letters) and the
	// pinyin syllables English does not spell
	for w := range months() {
		if k, ok := packWord([]byte(w[:min(len(w), 8)])); ok {
			t.packed.add(k, specialBit)
		}
	}
	for _, w := range tellingSyllables() {
		k, _ := packWord([]byte(w))
		t.packed.add(k, specialBit)
	}
	t.quiet = make([]quietFilter, len(latinLangs))
	for i, k := range t.packed.keys {
		if k == 0 {
			continue
		}
		m, b := t.packed.masks[i], filterBit(k)
		for l := range t.quiet {
			if m&specialBit != 0 || m&(1<<l) == 0 {
				t.quiet[l][b/64] |= 1 << (b % 64)
			}
		}
	}
	return t
}

func langBit(lang string) langMask {
	for i, l := range latinLangs {
		if l == lang {
			return 1 << i
		}
	}
	return 0
}
