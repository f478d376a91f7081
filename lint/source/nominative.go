package source

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint/translit"
)

// A Slavic personal name stands in the source in the case its sentence
// gives it ("план Веры Ковалёвой" is genitive), and English needs its
// dictionary form ("Vera Kovalyova"). NameNominative reads the case from
// the endings of the two words of a name: every reading of each word is a
// nominative form with the cases and genders its ending allows (the
// paradigms below), and the readings of the two words must agree in case
// and gender. Only a name whose agreeing readings all give one spelling is
// answered; a case or gender the words do not settle is no answer.

// nameCase is a set of grammatical cases.
type nameCase uint8

const (
	nomCase nameCase = 1 << iota
	genCase
	datCase
	accCase
	insCase
	locCase
	anyCase = nomCase | genCase | datCase | accCase | insCase | locCase
)

// nameGender is a set of genders.
type nameGender uint8

const (
	male nameGender = 1 << iota
	female
	anyGender = male | female
)

// nameRole is where a paradigm applies: a first name, a surname or
// patronymic (the second word), or both.
type nameRole uint8

const (
	firstWord nameRole = 1 << iota
	secondWord
	bothWords = firstWord | secondWord
)

// ending is one case form of a paradigm: the ending that replaces the
// nominative's.
type ending struct {
	cases nameCase
	end   string
}

// paradigm is a declension: the nominative ending nom, the stems it
// takes (stem, nil for any of two letters or more) and the endings of the
// other cases.
type paradigm struct {
	langs  string // the languages, space-separated
	role   nameRole
	gender nameGender
	nom    string
	stem   func(stem string) bool
	forms  []ending
	// suffix: a surname suffix (-ов, -ский, -ович): a word it reads is
	// not also read as an indeclinable surname
	suffix bool
}

const (
	hushing    = "жшчщц"
	velar      = "гкх"
	vowels     = "аеёиоуыэюяіїєў"
	consonants = "бвгґджзйклмнпрстфхцчшщ"
)

func lastIn(set string) func(string) bool {
	return func(s string) bool {
		r, _ := utf8.DecodeLastRuneInString(s)
		return strings.ContainsRune(set, r)
	}
}

func lastNotIn(set string) func(string) bool {
	in := lastIn(set)
	return func(s string) bool { return !in(s) }
}

// plainConsonant: a hard consonant that is neither hushing nor й, and no
// stem in a consonant and -к (Шевченка is Шевченко's, not a Шевченк's).
var plainConsonant = func(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(consonants, r) && !strings.ContainsRune(hushing+"й", r) && !koStem(s)
}

// koStem: a stem in -к after a consonant is a surname in -ко's
// (Шевченка, Кличка, Бойка), not a surname in a consonant.
func koStem(s string) bool {
	if !strings.HasSuffix(s, "к") || len(s) <= len("к") {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-len("к")])
	return strings.ContainsRune(consonants, p)
}

// beConsonant: a Belarusian hard consonant stem; not one in a vowel and в,
// which the nominative writes ў (Саннікава is Саннікаў's).
var beConsonant = func(s string) bool {
	if !plainConsonant(s) {
		return false
	}
	if strings.HasSuffix(s, "в") {
		p, _ := utf8.DecodeLastRuneInString(s[:len(s)-len("в")])
		return !strings.ContainsRune(vowels, p)
	}
	return true
}

var (
	isHushing         = lastIn(hushing)
	isVowel           = lastIn(vowels)
	isVelar           = lastIn(velar)
	notVelarOrHushing = lastNotIn(velar + hushing + "иії")
	anyStem           = func(string) bool { return true }
)

// paradigms are the declensions of names in Russian, Ukrainian and
// Belarusian that the endings are read by; each line says which.
var paradigms = []paradigm{
	// ru: a hard consonant stem, male (Иван, Гнатюк, Шольц): Ивана, Ивану, Иваном, Иване
	{langs: "ru", role: bothWords, gender: male, nom: "", stem: plainConsonant, forms: []ending{{genCase | accCase, "а"}, {datCase, "у"}, {insCase, "ом"}, {locCase, "е"}}},
	// ru: a hushing stem, male (Абрамович, Шульц): -а, -у, -ем/-ом, -е
	{langs: "ru", role: bothWords, gender: male, nom: "", stem: isHushing, forms: []ending{{genCase | accCase, "а"}, {datCase, "у"}, {insCase, "ем"}, {insCase, "ом"}, {locCase, "е"}}},
	// ru be: a soft sign stem, male (Игорь, Коваль): Игоря, Игорю, Игорем, Игоре
	{langs: "ru be", role: bothWords, gender: male, nom: "ь", stem: lastIn(consonants), forms: []ending{{genCase | accCase, "я"}, {datCase, "ю"}, {insCase, "ем"}, {locCase, "е"}}},
	// ru: a stem in -й after a vowel, male (Андрей, Сергей): Андрея, Андрею, Андреем, Андрее
	{langs: "ru", role: bothWords, gender: male, nom: "й", stem: lastIn("аеоуыэюя"), forms: []ending{{genCase | accCase, "я"}, {datCase, "ю"}, {insCase, "ем"}, {locCase, "е"}}},
	// ru: a first name in -ий, male (Григорий, Юрий): Григория, Григорию, Григорием, Григории
	{langs: "ru", role: firstWord, gender: male, nom: "ий", stem: lastIn(consonants), forms: []ending{{genCase | accCase, "ия"}, {datCase, "ию"}, {insCase, "ием"}, {locCase, "ии"}}},
	// ru: a name in -а, either gender (Вера, Никита): Веры, Вере, Веру, Верой, Вере
	{langs: "ru", role: bothWords, gender: anyGender, nom: "а", stem: notVelarOrHushing, forms: []ending{{genCase, "ы"}, {datCase | locCase, "е"}, {accCase, "у"}, {insCase, "ой"}, {insCase, "ою"}}},
	// ru: a name in -а after a velar (Ольга): Ольги, Ольге, Ольгу, Ольгой
	{langs: "ru", role: bothWords, gender: anyGender, nom: "а", stem: isVelar, forms: []ending{{genCase, "и"}, {datCase | locCase, "е"}, {accCase, "у"}, {insCase, "ой"}}},
	// ru: a name in -а after a hushing consonant (Саша, Маша): Саши, Саше, Сашу, Сашей
	{langs: "ru", role: bothWords, gender: anyGender, nom: "а", stem: isHushing, forms: []ending{{genCase, "и"}, {datCase | locCase, "е"}, {accCase, "у"}, {insCase, "ей"}}},
	// ru: a name in -я after a consonant (Дарья, Илья, Таня): Дарьи, Дарье, Дарью, Дарьей
	{langs: "ru", role: bothWords, gender: anyGender, nom: "я", stem: lastIn(consonants + "ь"), forms: []ending{{genCase, "и"}, {datCase | locCase, "е"}, {accCase, "ю"}, {insCase, "ей"}, {insCase, "ёй"}}},
	// ru: a first name in -ия (Мария, Юлия): Марии, Марию, Марией
	{langs: "ru", role: firstWord, gender: female, nom: "ия", stem: lastIn(consonants), forms: []ending{{genCase | datCase | locCase, "ии"}, {accCase, "ию"}, {insCase, "ией"}}},
	// ru: a male surname in -ов/-ев/-ёв/-ин/-ын (Дуров, Путин): Дурова, Дурову, Дуровым, Дурове
	{langs: "ru", role: secondWord, gender: male, nom: "", stem: lastIn("вн"), suffix: true, forms: []ending{{genCase | accCase, "а"}, {datCase, "у"}, {insCase, "ым"}, {locCase, "е"}}},
	// ru: a female surname in -ова/-ева/-ина/-ына (Ковалёва): Ковалёвой, Ковалёву
	{langs: "ru", role: secondWord, gender: female, nom: "а", stem: ovStem, suffix: true, forms: []ending{{genCase | datCase | insCase | locCase, "ой"}, {accCase, "у"}}},
	// ru: a female surname of an adjective (Навальная, Толстая): -ой, -ую; a
	// noun in -а reads -ой too (Зимой), and the two leave the name open
	{langs: "ru", role: secondWord, gender: female, nom: "ая", stem: adjectiveStem, forms: []ending{{genCase | datCase | insCase | locCase, "ой"}, {accCase, "ую"}}},
	// ru: a male surname in -ский/-цкий (Ходорковский): -ского, -скому, -ским, -ском
	{langs: "ru", role: secondWord, gender: male, nom: "ий", stem: skStem, suffix: true, forms: []ending{{genCase | accCase, "ого"}, {datCase, "ому"}, {insCase, "им"}, {locCase, "ом"}}},
	// ru: a female surname in -ская/-цкая (Ковальская): -ской, -скую
	{langs: "ru", role: secondWord, gender: female, nom: "ая", stem: skStem, suffix: true, forms: []ending{{genCase | datCase | insCase | locCase, "ой"}, {accCase, "ую"}}},

	// uk: a hard consonant stem, male (Тарас, Гнатюк): Тараса, Тарасу/Тарасові, Тарасом, Тарасові
	{langs: "uk", role: bothWords, gender: male, nom: "", stem: plainConsonant, forms: []ending{{genCase | accCase, "а"}, {datCase, "у"}, {datCase | locCase, "ові"}, {insCase, "ом"}, {locCase, "і"}}},
	// uk: a hushing stem, male (Петрович, Кузьмич): -а, -у/-еві, -ем, -еві/-і
	{langs: "uk", role: bothWords, gender: male, nom: "", stem: isHushing, forms: []ending{{genCase | accCase, "а"}, {datCase, "у"}, {datCase | locCase, "еві"}, {insCase, "ем"}, {locCase, "і"}}},
	// uk: a soft stem, male (Коваль, Василь): Коваля, Ковалю/Ковалеві, Ковалем
	{langs: "uk", role: bothWords, gender: male, nom: "ь", stem: lastIn(consonants), forms: []ending{{genCase | accCase, "я"}, {datCase | locCase, "ю"}, {datCase | locCase, "еві"}, {insCase, "ем"}, {locCase, "і"}}},
	// uk: a soft stem in -р without a soft sign, male (Ігор, Бондар): Ігоря, Ігореві, Ігорем
	{langs: "uk", role: bothWords, gender: male, nom: "", stem: lastIn("р"), forms: []ending{{genCase | accCase, "я"}, {datCase | locCase, "ю"}, {datCase | locCase, "еві"}, {insCase, "ем"}}},
	// uk: a stem in -й after a vowel, male (Андрій, Сергій): Андрія, Андрію/Андрієві, Андрієм
	{langs: "uk", role: bothWords, gender: male, nom: "й", stem: isVowel, forms: []ending{{genCase | accCase, "я"}, {datCase | locCase, "ю"}, {datCase | locCase, "єві"}, {insCase, "єм"}}},
	// uk: a male first name in -о (Дмитро, Петро): Дмитра, Дмитрові, Дмитром
	{langs: "uk", role: firstWord, gender: male, nom: "о", stem: lastIn(consonants), forms: []ending{{genCase | accCase, "а"}, {datCase | locCase, "ові"}, {datCase | locCase, "у"}, {insCase, "ом"}}},
	// uk: a male surname in a consonant and -ко (Шевченко, Кличко): Шевченка, Шевченкові, Шевченком
	{langs: "uk", role: secondWord, gender: male, nom: "о", stem: koStem, forms: []ending{{genCase | accCase, "а"}, {datCase | locCase, "ові"}, {datCase | locCase, "у"}, {insCase, "ом"}}},
	// uk: a name in -а, either gender (Олена, Микола): Олени, Олені, Олену, Оленою
	{langs: "uk", role: bothWords, gender: anyGender, nom: "а", stem: notVelarOrHushing, forms: []ending{{genCase, "и"}, {datCase | locCase, "і"}, {accCase, "у"}, {insCase, "ою"}}},
	// uk: a name in -а after a velar or hushing consonant (Ольга, Наталка): its dative alternates the stem, only -и, -у, -ою are read
	{langs: "uk", role: bothWords, gender: anyGender, nom: "а", stem: lastIn(velar + hushing), forms: []ending{{genCase, "и"}, {accCase, "у"}, {insCase, "ою"}}},
	// uk: a name in -я after a consonant (Леся, Ілля): Лесі, Лесю, Лесею
	{langs: "uk", role: bothWords, gender: anyGender, nom: "я", stem: lastIn(consonants + "ь'’"), forms: []ending{{genCase | datCase | locCase, "і"}, {accCase, "ю"}, {insCase, "ею"}}},
	// uk: a first name in -ія (Юлія, Марія): Юлії, Юлію, Юлією
	{langs: "uk", role: firstWord, gender: female, nom: "ія", stem: lastIn(consonants), forms: []ending{{genCase | datCase | locCase, "ії"}, {accCase, "ію"}, {insCase, "ією"}}},
	// uk: a male surname in -ов/-ев/-єв/-ін/-ин/-їн (Іванов): Іванова, Іванову, Івановим, Іванові
	{langs: "uk", role: secondWord, gender: male, nom: "", stem: lastIn("вн"), suffix: true, forms: []ending{{genCase | accCase, "а"}, {datCase, "у"}, {insCase, "им"}, {locCase, "і"}}},
	// uk: a female surname in -ова/-ева/-іна (Іванова): Іванової, Івановій, Іванову, Івановою
	{langs: "uk", role: secondWord, gender: female, nom: "а", stem: ovStem, suffix: true, forms: []ending{{genCase, "ої"}, {datCase | locCase, "ій"}, {accCase, "у"}, {insCase, "ою"}}},
	// uk: a male surname in -ський/-цький (Зеленський): -ського, -ському, -ським, -ськім
	{langs: "uk", role: secondWord, gender: male, nom: "ий", stem: skStem, suffix: true, forms: []ending{{genCase | accCase, "ого"}, {datCase | locCase, "ому"}, {insCase, "им"}, {locCase, "ім"}}},
	// uk: a female surname in -ська/-цька (Ковальська): -ської, -ській, -ську, -ською
	{langs: "uk", role: secondWord, gender: female, nom: "а", stem: skStem, suffix: true, forms: []ending{{genCase, "ої"}, {datCase | locCase, "ій"}, {accCase, "у"}, {insCase, "ою"}}},

	// be: a hard consonant stem, male (Аляксандр, Алег): Аляксандра, Аляксандру, Аляксандрам, Аляксандры
	{langs: "be", role: bothWords, gender: male, nom: "", stem: beConsonant, forms: []ending{{genCase | accCase, "а"}, {datCase | locCase, "у"}, {insCase, "ам"}}},
	// be: a stem in -й after a vowel, male (Андрэй, Сяргей): Андрэя, Андрэю, Андрэем
	{langs: "be", role: bothWords, gender: male, nom: "й", stem: isVowel, forms: []ending{{genCase | accCase, "я"}, {datCase | locCase, "ю"}, {insCase, "ем"}}},
	// be: a name in -а, either gender (Святлана): Святланы, Святлану, Святланай/Святланаю
	{langs: "be", role: bothWords, gender: anyGender, nom: "а", stem: notVelarOrHushing, forms: []ending{{genCase, "ы"}, {accCase, "у"}, {insCase, "ай"}, {insCase, "аю"}}},
	// be: a name in -а after a velar or hushing consonant (Вольга): Вольгі, Вольгу, Вольгай
	{langs: "be", role: bothWords, gender: anyGender, nom: "а", stem: lastIn(velar + hushing), forms: []ending{{genCase, "і"}, {accCase, "у"}, {insCase, "ай"}, {insCase, "аю"}}},
	// be: a name in -я (Наталля, Марыя): Наталлі, Наталлю, Наталляй
	{langs: "be", role: bothWords, gender: anyGender, nom: "я", stem: anyStem, forms: []ending{{genCase | datCase | locCase, "і"}, {accCase, "ю"}, {insCase, "яй"}, {insCase, "яю"}}},
	// be: a female surname in -ская/-цкая (Ціханоўская): -скай, -скую
	{langs: "be", role: secondWord, gender: female, nom: "ая", stem: skStem, suffix: true, forms: []ending{{genCase | datCase | insCase | locCase, "ай"}, {accCase, "ую"}}},
	// be: a male surname in -скі/-цкі (Ціханоўскі): -скага, -скаму, -скім
	{langs: "be", role: secondWord, gender: male, nom: "і", stem: skStem, suffix: true, forms: []ending{{genCase | accCase, "ага"}, {datCase, "аму"}, {insCase | locCase, "ім"}}},
	// be: a male surname in -аў/-оў/-ёў (Саннікаў): Саннікава, Саннікаву, Саннікавым, Саннікаве
	{langs: "be", role: secondWord, gender: male, nom: "ў", stem: lastIn("аоёе"), suffix: true, forms: []ending{{genCase | accCase, "ва"}, {datCase, "ву"}, {insCase, "вым"}, {locCase, "ве"}}},
	// be: a female surname in -ава/-ова/-іна (Іванова): Івановай, Іванову
	{langs: "be", role: secondWord, gender: female, nom: "а", stem: ovStem, suffix: true, forms: []ending{{genCase | datCase | insCase | locCase, "ай"}, {accCase, "у"}}},
}

// skStem: the stem of a surname in -ский, -ська, -скі and their
// -цкий kin.
func skStem(s string) bool {
	return strings.HasSuffix(s, "ск") || strings.HasSuffix(s, "цк") || strings.HasSuffix(s, "ськ") || strings.HasSuffix(s, "цьк")
}

// adjectiveStem: the stem of a surname of an adjective (Навальн-), not of
// a possessive surname (Ковалёв-) nor of a patronymic (Сергеевн-, Ильиничн-).
func adjectiveStem(s string) bool {
	return lastIn(consonants)(s) && !ovStem(s) && !strings.HasSuffix(s, "вн") && !strings.HasSuffix(s, "чн")
}

// ovStem: the stem of a surname in -ов, -ев, -ёв, -єв, -ав, -ин, -ын, -ін, -їн.
func ovStem(s string) bool {
	for _, suf := range []string{"ов", "ев", "ёв", "єв", "ав", "ин", "ын", "ін", "їн"} {
		if strings.HasSuffix(s, suf) && utf8.RuneCountInString(s) > 3 {
			return true
		}
	}
	return false
}

// firstNames are common first names in the nominative, by language and
// gender; an oblique stem that drops a vowel follows a slash (Павел/Павл).
// A first word that is a form of one of them is read only as that.
var firstNames = map[string][2]string{
	"ru": {
		// male
		"Александр Алексей Анатолий Андрей Антон Аркадий Арсений Артём Артур Борис Вадим Валентин Валерий Василий " +
			"Виктор Виталий Владимир Владислав Всеволод Вячеслав Геннадий Георгий Герман Глеб Григорий Даниил Денис " +
			"Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Лев/Льв Леонид Максим Марк Матвей Михаил Никита " +
			"Николай Олег Павел/Павл Пётр/Петр Роман Руслан Семён Сергей Станислав Степан Тимофей Тимур Фёдор Филипп " +
			"Эдуард Юрий Яков Ярослав Тарас Вениамин Ефим Захар Лука Богдан Ростислав Святослав",
		// female
		"Александра Алина Алла Анастасия Анна Антонина Валентина Валерия Вера Вероника Виктория Галина Дарья Диана " +
			"Дина Евгения Екатерина Елена Елизавета Жанна Зоя Инна Ирина Карина Кира Ксения Лариса Лидия Людмила " +
			"Маргарита Марина Мария Надежда Наталья Наталия Нина Оксана Олеся Ольга Полина Раиса Светлана София Софья " +
			"Тамара Татьяна Ульяна Юлия Яна Алёна Варвара Василиса Милана Таисия Эльвира",
	},
	"uk": {
		"Олександр Олексій Анатолій Андрій Антон Арсеній Богдан Борис Вадим Валентин Валерій Василь Віктор Віталій " +
			"Володимир Владислав В'ячеслав Геннадій Григорій Дмитро Денис Євген Іван Ігор Ілля Кирило Костянтин Леонід " +
			"Максим Микола Михайло Назар Олег Остап Павло Петро Роман Руслан Сергій Степан Тарас Юрій Ярослав Федір/Федор " +
			"Мирослав Святослав Ростислав Орест Захар Данило Олесь",
		"Олександра Алла Анастасія Анна Валентина Валерія Вікторія Віра Галина Дар'я Євгенія Катерина Оксана Олена " +
			"Ольга Леся Людмила Марина Марія Надія Наталія Наталя Ніна Ірина Світлана Софія Тетяна Уляна Юлія Яна " +
			"Христина Лариса Тамара Зоя Інна Лілія Мирослава Соломія Ганна Олеся Зоряна Ярослава",
	},
	"be": {
		"Аляксандр Аляксей Андрэй Антон Віктар Уладзімір Сяргей Павел/Паўл Міхаіл Мікалай Алег Раман Максім Іван " +
			"Ягор Арцём Глеб Яўген Вадзім Ігар Алесь Францішак Тарас",
		"Аляксандра Святлана Марыя Вольга Вераніка Алена Наталля Таццяна Ганна Юлія Кацярына Ірына Марына Людміла Ларыса " +
			"Анастасія Дар'я Надзея Вера Ала Марыя",
	},
}

// reading is one way to read an inflected word: its nominative and the
// cases and genders that fit.
type reading struct {
	nom    string
	cases  nameCase
	gender nameGender
	end    int // the length of the ending read, in bytes
}

// firstForms maps, per language, every case form of the first names to
// its readings; built on first use.
var firstForms = sync.OnceValue(func() map[string]map[string][]reading {
	all := map[string]map[string][]reading{}
	for lang, lists := range firstNames {
		m := map[string][]reading{}
		for gi, list := range lists {
			g := male
			if gi == 1 {
				g = female
			}
			for _, entry := range strings.Fields(list) {
				nom, oblique, _ := strings.Cut(strings.ToLower(entry), "/")
				add := func(form string, r reading) {
					for _, x := range m[form] {
						if x == r {
							return
						}
					}
					m[form] = append(m[form], r)
				}
				add(nom, reading{nom: nom, cases: nomCase, gender: g})
				for _, p := range paradigms {
					if p.role&firstWord == 0 || p.gender&g == 0 || !hasLang(p.langs, lang) || !strings.HasSuffix(nom, p.nom) {
						continue
					}
					stem := nom[:len(nom)-len(p.nom)]
					if !stemOK(p, stem) {
						continue
					}
					if oblique != "" {
						stem = oblique[:len(oblique)-len(p.nom)]
					}
					for _, f := range p.forms {
						add(stem+f.end, reading{nom: nom, cases: f.cases, gender: g})
					}
				}
			}
		}
		all[lang] = m
	}
	return all
})

func hasLang(langs, lang string) bool {
	for _, l := range strings.Fields(langs) {
		if l == lang {
			return true
		}
	}
	return false
}

func stemOK(p paradigm, stem string) bool {
	if utf8.RuneCountInString(stem) < 2 {
		return false
	}
	return p.stem == nil || p.stem(stem)
}

// readings lists the ways a lower-case word of role can be read in lang.
func readings(lang, w string, role nameRole) []reading {
	if role == firstWord {
		if rs := firstForms()[lang][w]; len(rs) > 0 {
			return rs // a known first name: read only as that
		}
	}
	var out, nouns []reading // nouns: read by a declension in -а or -я
	suffix := false
	long := 0 // the longest ending of two letters or more a surname suffix reads
	for _, p := range paradigms {
		if p.role&role == 0 || !hasLang(p.langs, lang) {
			continue
		}
		var rs []reading
		if strings.HasSuffix(w, p.nom) && stemOK(p, w[:len(w)-len(p.nom)]) {
			rs = append(rs, reading{w, nomCase, p.gender, len(p.nom)})
		}
		for _, f := range p.forms {
			if !strings.HasSuffix(w, f.end) {
				continue
			}
			stem := w[:len(w)-len(f.end)]
			if stemOK(p, stem) {
				rs = append(rs, reading{stem + p.nom, f.cases, p.gender, len(f.end)})
			}
		}
		if !p.suffix && (p.nom == "а" || p.nom == "я") {
			nouns = append(nouns, rs...)
		} else {
			out = append(out, rs...)
		}
		suffix = suffix || p.suffix && len(rs) > 0
		for _, r := range rs {
			if p.suffix && utf8.RuneCountInString(w[len(w)-r.end:]) >= 2 {
				long = max(long, r.end)
			}
		}
	}
	if suffix {
		// a surname suffix reads the word (Ковальской is Ковальская): not
		// a noun in -а beside it (a Ковальска), nor an indeclinable; and
		// its ending of two letters or more outweighs a shorter one
		// (Ходорковскому is no Ходорковском in the dative)
		kept := out[:0]
		for _, r := range out {
			if r.end >= long {
				kept = append(kept, r)
			}
		}
		return kept
	}
	out = append(out, nouns...)
	if role == secondWord {
		last, _ := utf8.DecodeLastRuneInString(w)
		switch {
		case strings.HasSuffix(w, "ых") || strings.HasSuffix(w, "их") || last == 'о':
			// indeclinable: Черных, Седых, Петренко, Кличко (a Ukrainian
			// -о name also declines, read above)
			out = append(out, reading{nom: w, cases: anyCase, gender: anyGender})
		case strings.ContainsRune(indeclinableVowels[lang], last) && !strings.HasSuffix(w, "ую") && !strings.HasSuffix(w, "юю") && !strings.HasSuffix(w, "ові") && !strings.HasSuffix(w, "еві") && !strings.HasSuffix(w, "єві"):
			// a foreign name in a vowel may be indeclinable (Шойгу,
			// Берлускони, Берлусконі): read so beside any case form of the
			// same word
			out = append(out, reading{nom: w, cases: anyCase, gender: anyGender})
		case strings.ContainsRune(consonants+"ь", last) && last != 'й':
			// a woman's surname in a consonant does not decline (Шольц,
			// Коваль); a man's in the nominative
			out = append(out, reading{nom: w, cases: anyCase, gender: female}, reading{nom: w, cases: nomCase, gender: male})
		}
	}
	return out
}

// indeclinableVowels are the final vowels of foreign indeclinable names
// by language (Ukrainian writes them -і: its -и is a genitive).
var indeclinableVowels = map[string]string{"ru": "еэиую", "uk": "еіую", "be": "еэіую"}

// NameNominative gives the nominative of a two-word Slavic name (a first
// name and a surname or patronymic) written in Cyrillic in the language
// lang ("ru", "uk", "be"; another or "" is guessed from the letters): the
// two words in the dictionary form, as written in the source's letters and
// capitalisation. ok is false when the case or the gender of the words is
// not settled, or when the name is not read at all.
func NameNominative(lang, first, second string) (string, string, bool) {
	lang = nameLang(lang, first+second)
	if lang == "" || strings.ContainsAny(first+second, "-‐") {
		return "", "", false
	}
	f, s := strings.ToLower(first), strings.ToLower(second)
	var got [2]string
	n := 0
	for _, a := range readings(lang, f, firstWord) {
		for _, b := range readings(lang, s, secondWord) {
			if a.cases&b.cases == 0 || a.gender&b.gender == 0 {
				continue
			}
			pair := [2]string{a.nom, b.nom}
			if n > 0 && !sameSpelling(lang, pair, got) {
				return "", "", false // two readings, two spellings
			}
			if n == 0 {
				got = pair
			}
			n++
		}
	}
	if n == 0 {
		return "", "", false
	}
	return matchCase(first, got[0]), matchCase(second, got[1]), true
}

func sameSpelling(lang string, a, b [2]string) bool {
	return newsSpelling(lang, a[0]) == newsSpelling(lang, b[0]) && newsSpelling(lang, a[1]) == newsSpelling(lang, b[1])
}

// newsSpelling is a name's Latin spelling in the news's Name form
// (translit.Name): the suggestion of a lost name, and how two readings of
// one name are told apart.
func newsSpelling(lang, w string) string {
	return translit.Latin(w, translit.Options{Form: translit.Name, Lang: lang})
}

// matchCase writes w with the capital letters of like (of like's letters,
// the first one or all).
func matchCase(like, w string) string {
	if like == strings.ToUpper(like) && utf8.RuneCountInString(like) > 1 {
		return strings.ToUpper(w)
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// nameLang is the language a name's declension is read in: lang when it
// is Russian, Ukrainian or Belarusian and the name's letters allow it;
// else the one the name's letters show; "" for any other Cyrillic
// language (Bulgarian has no cases, Serbian's are not read).
func nameLang(lang, letters string) string {
	l := strings.ToLower(letters)
	uk := strings.ContainsAny(l, "їєґ")
	be := strings.ContainsRune(l, 'ў')
	i := strings.ContainsRune(l, 'і')
	ruOnly := strings.ContainsAny(l, "ыэъё")
	switch lang {
	case "ru":
		if !uk && !be && !i {
			return "ru"
		}
		return ""
	case "uk":
		if !ruOnly && !be {
			return "uk"
		}
		return ""
	case "be":
		if !uk && !strings.ContainsAny(l, "иъщ") {
			return "be"
		}
		return ""
	case "", "en", "und":
	default:
		return "" // a language without cases, or one not read
	}
	switch {
	case uk && !ruOnly && !be:
		return "uk"
	case be && !uk:
		return "be"
	case !uk && !be && !i:
		return "ru"
	}
	return ""
}
