package foreignfragment

import (
	"strings"
	"testing"

	"github.com/translint/translint/lint/langid"
)

// Text that looks foreign but is mojibake, look-alike letters, a listed
// name, a configuration value or an introduced term is left alone; the
// near misses beside each are still flagged.
func TestStandDowns(t *testing.T) {
	quiet := []string{
		// Windows-874 and Windows-1251 mojibake of UTF-8 quotes and Cyrillic
		"The minister said it was โ€œa fair dealโ€ and left the room.\n",
		"He called the offer โ€œgenerousโ€ twice.\n",
		"The page showed Р РѕСЃСЃРёСЏ instead of the country name.\n",
		// look-alike letters inside a code or an initial
		"Photos show two Н4К20 pumps near the dam.\n",
		"А. Petrenko said the harvest was good.\n",
		// names in their own script in a list, or beside a romanisation
		"Thanks to Ana Ruiz, 王小明, Tom Berg and 김민수 for their patches.\n",
		"Reviewed by 林美玲 Mei-ling Lin and Otto Krause, with help from Sara Diaz.\n",
		// an introduced term in the target's script
		"The evening bell, known as la señal, rang again on Saturday.\n",
	}
	flagged := []string{
		"The minister said it was a fair deal, and then: Это было честное соглашение между нами.\n",
		"The sign on the door read Закрыто на ремонт до понедельника.\n",
		"He thanked the team 感谢大家的支持 and left the stage.\n",
		// a term in another script is unreadable, introduced or not
		"Locals call it the so-called «Майдан» and meet there every week.\n",
	}
	for _, text := range quiet {
		if got := checkWithFake(t, text); len(got) != 0 {
			t.Errorf("%q: flagged %q", text, got)
		}
	}
	for _, text := range flagged {
		if got := checkWithFake(t, text); len(got) != 1 {
			t.Errorf("%q: got %q, want one finding", text, got)
		}
	}
}

// checkWithFake runs the rule with a detector that names the last
// candidate language, and returns the excerpts it flags.
func checkWithFake(t *testing.T, text string) []string {
	t.Helper()
	r := New()
	r.Detector = &langid.Fake{Func: func(s string, cands []string) langid.Result {
		return langid.Result{Lang: cands[len(cands)-1], Confidence: 1, Margin: 1}
	}}
	doc := parse(t, text)
	return excerpts(doc, r.Check(doc))
}

func TestIsSettingLine(t *testing.T) {
	for line, want := range map[string]bool{
		"subtitle = 'Guides et références'": true,
		"  _other: \"autres\"":              true,
		"[languages.fr.params]":             true,
		"Le sous-titre = une phrase":        false,
		"[voir la suite]":                   false,
		"note: read the guide first":        false,
		"Source: 'Вести'":                   false,
	} {
		if got := isSettingLine([]byte(line)); got != want {
			t.Errorf("isSettingLine(%q) = %v, want %v", line, got, want)
		}
	}
}

func TestCP1251Mojibake(t *testing.T) {
	for s, want := range map[string]bool{
		"Р РѕСЃСЃРёСЏ": true,
		"РѕР":          false, // too short to tell
		"Россия":       false,
		"Рис Сон Рад":  false,
	} {
		if got := cp1251Mojibake([]byte(s)); got != want {
			t.Errorf("cp1251Mojibake(%q) = %v, want %v", s, got, want)
		}
	}
}

// The introduced term is left alone by the glosses option: with it off,
// the same text is flagged.
func TestIntroducedTermNeedsGlosses(t *testing.T) {
	text := "The evening bell, known as la señal, rang again on Saturday.\n"
	r := New()
	r.Glosses = false
	r.Detector = &langid.Fake{Func: func(s string, cands []string) langid.Result {
		return langid.Result{Lang: cands[len(cands)-1], Confidence: 1, Margin: 1}
	}}
	doc := parse(t, text)
	if got := excerpts(doc, r.Check(doc)); len(got) != 1 {
		t.Errorf("glosses off: got %q, want one finding", got)
	}
}

// Adjacent lines in one language are one finding, up to maxMergedFragment
// bytes; a line of the target's language between them splits them.
func TestAdjacentLinesMerge(t *testing.T) {
	box := "Підпишіться на нашу розсилку.\nДякуємо за підписку!\n"
	if got := checkWithFake(t, cleanArticle+"\n"+box); len(got) != 1 {
		t.Errorf("box: got %q, want one finding", got)
	}
	split := "Підпишіться на нашу розсилку.\nThe mayor thanked the volunteers.\nДякуємо за підписку!\n"
	if got := checkWithFake(t, cleanArticle+"\n"+split); len(got) != 2 {
		t.Errorf("split box: got %q, want two findings", got)
	}
	// six lines of about 85 bytes, in an article mostly in English (more
	// would make it a wrong-language article)
	long := strings.Repeat("Підпишіться на нашу щотижневу розсилку новин.\n\n", 6)
	got := checkWithFake(t, cleanArticle+"\n"+cleanArticle+"\n"+long)
	if len(got) < 2 {
		t.Errorf("long box: got %d findings, want it cut into parts", len(got))
	}
	for _, g := range got {
		if len(g) > maxMergedFragment {
			t.Errorf("finding of %d bytes, more than %d", len(g), maxMergedFragment)
		}
	}
}
