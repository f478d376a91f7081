package foreignfragment

import (
	"strings"
	"sync"
	"unicode"

	"github.com/translint/translint/lint/layer"
)

// script is the writing system of a word: the language layer's (a word's
// script is its attribute byte's, layer.Attr.Script).
type script = layer.Script

const (
	scriptNone       = layer.None // digits only
	scriptLatin      = layer.Latin
	scriptCyrillic   = layer.Cyrillic
	scriptGreek      = layer.Greek
	scriptArabic     = layer.Arabic
	scriptHebrew     = layer.Hebrew
	scriptHan        = layer.Han
	scriptKana       = layer.Kana
	scriptHangul     = layer.Hangul
	scriptDevanagari = layer.Devanagari
	scriptThai       = layer.Thai
	scriptArmenian   = layer.Armenian
	scriptGeorgian   = layer.Georgian
	scriptBengali    = layer.Bengali
	scriptTamil      = layer.Tamil
	scriptOther      = layer.Other
)

// targetScripts are the scripts a language is normally written in; Latin
// words inside a non-Latin target (names, brands) are never foreign by
// script alone.
func targetScripts(lang string) []script {
	switch lang {
	case "ru", "uk", "be", "bg", "sr", "mk", "kk", "mn":
		return []script{scriptCyrillic}
	case "el":
		return []script{scriptGreek}
	case "ar", "fa", "ur":
		return []script{scriptArabic}
	case "he", "yi":
		return []script{scriptHebrew}
	case "zh":
		return []script{scriptHan}
	case "ja":
		return []script{scriptHan, scriptKana}
	case "ko":
		return []script{scriptHangul, scriptHan}
	case "hi", "mr", "ne":
		return []script{scriptDevanagari}
	case "th":
		return []script{scriptThai}
	case "hy":
		return []script{scriptArmenian}
	case "ka":
		return []script{scriptGeorgian}
	case "bn":
		return []script{scriptBengali}
	case "ta":
		return []script{scriptTamil}
	}
	return []script{scriptLatin}
}

// scriptLanguages are the plausible languages of text in a script, most
// common first. A script with one language names it without a model.
var scriptLanguages = map[script][]string{
	scriptCyrillic:   {"ru", "uk", "be", "bg", "sr", "mk"},
	scriptGreek:      {"el"},
	scriptArabic:     {"ar", "fa", "ur"},
	scriptHebrew:     {"he"},
	scriptHan:        {"zh"},
	scriptKana:       {"ja"},
	scriptHangul:     {"ko"},
	scriptDevanagari: {"hi", "mr"},
	scriptThai:       {"th"},
	scriptArmenian:   {"hy"},
	scriptGeorgian:   {"ka"},
	scriptBengali:    {"bn"},
	scriptTamil:      {"ta"},
}

// cyrillicCue names a Cyrillic span from letters only some languages use;
// "" when the letters do not decide.
func cyrillicCue(s string) string {
	var has = map[rune]bool{}
	for _, r := range s {
		has[unicode.ToLower(r)] = true
	}
	switch {
	case has['ў']:
		return "be"
	case has['ї'] || has['є'] || has['ґ']:
		return "uk"
	case has['і'] && has['и']:
		return "uk"
	case has['і'] && !has['ы'] && !has['э'] && !has['ё'] && !has['ъ']:
		return "uk" // or Belarusian, which the detector may tell on longer text
	case has['ђ'] || has['ћ'] || has['џ'] || has['ѓ'] || has['ќ'] || has['ѕ'] || has['љ'] || has['њ'] || has['ј']:
		return ""
	case (has['ы'] || has['э'] || has['ё']) && !has['і']:
		return "ru"
	}
	return ""
}

// arabicCue separates Persian and Urdu from Arabic by their extra letters.
func arabicCue(s string) string {
	var fa, ur bool
	for _, r := range s {
		switch r {
		case 'ے', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ھ':
			ur = true
		case 'پ', 'چ', 'ژ', 'گ', 'ی':
			fa = true
		}
	}
	switch {
	case ur:
		return "ur"
	case fa:
		return "fa"
	}
	return ""
}

// cyrillicPlausible drops from langs the Cyrillic languages whose frequent
// letters a span of some length lacks: Belarusian has і or ў; Serbian and Macedonian have ј, љ, њ and kin;
// Bulgarian has ъ and never ы, э or ё.
func cyrillicPlausible(s string, langs []string) []string {
	letters := 0
	has := map[rune]bool{}
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			has[unicode.ToLower(r)] = true
		}
	}
	if letters < 15 {
		return langs
	}
	anyOf := func(rs string) bool {
		for _, r := range rs {
			if has[r] {
				return true
			}
		}
		return false
	}
	var out []string
	for _, l := range langs {
		switch l {
		case "be":
			if !anyOf("іў") {
				continue
			}
		case "sr", "mk":
			if !anyOf("јљњђћџѓќѕ") {
				continue
			}
		case "bg":
			if !anyOf("ъ") || anyOf("ыэё") {
				continue // Bulgarian writes ъ as a vowel in most sentences
			}
		}
		out = append(out, l)
	}
	return out
}

// cyrillicWords are frequent words of Russian and of Ukrainian that the other
// language does not write; built on first use, as package init must stay
// cheap for start-up.
var cyrillicWords = sync.OnceValue(func() map[string]string {
	words := map[string]string{}
	for _, w := range strings.Fields(`что это как его она они был была было были только также который
		которая которые потому сейчас если или уже еще ещё когда где нет этот эта эти этого всё году
		года очень можно нужно тоже чтобы более после сообщает сообщил заявил`) {
		words[w] = "ru"
	}
	for _, w := range strings.Fields(`що це як його вона вони був була було були тільки також який яка
		які тому зараз якщо або вже ще коли де немає цей ця ці цього всі році року дуже можна потрібно
		теж щоб більше після від та словами заявив повідомив`) {
		words[w] = "uk"
	}
	return words
})

// cyrillicWordCue names a span Russian or Ukrainian from the words only one
// of them writes; "" when they do not decide.
func cyrillicWordCue(s string) string {
	ru, uk := 0, 0
	words := cyrillicWords()
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }) {
		switch words[w] {
		case "ru":
			ru++
		case "uk":
			uk++
		}
	}
	switch {
	case ru > uk:
		return "ru"
	case uk > ru:
		return "uk"
	}
	return ""
}
