package names

import (
	"fmt"
	"strings"
	"sync"

	"github.com/translint/translint/lint"
)

// givenGroups are the forms of one given name in the romanisations of
// Ukrainian and of Russian, and in English, one name a line: a translation
// that renders a Ukrainian name from Russian, or the reverse, writes one
// person's given name two ways ("Oleksandr Tkachuk", "Alexander Tkachuk").
const givenGroups = `oleksandr alexander aleksandr alexandr
volodymyr vladimir wolodymyr
mykola nikolai nikolay
serhiy serhii sergei sergey sergiy
andriy andrii andrei andrey
oleksiy oleksii alexei alexey aleksei aleksey
dmytro dmitry dmitri dmitriy
vitaliy vitalii vitaly vitali
mykhailo mikhail michail
hryhoriy hryhorii grigory grigoriy
yevhen yevgeny evgeny evgeniy yevgeniy
anatoliy anatolii anatoly
valeriy valerii valery
vasyl vasily vasiliy
olha olga
kateryna ekaterina yekaterina
tetiana tetyana tatiana tatyana
oleh oleg
ihor igor
maksym maxim
bohdan bogdan
heorhiy heorhii georgy georgiy`

// givenForms maps a lower-cased form to its line in givenGroups; parsed on
// first use.
var givenForms = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, line := range strings.Split(givenGroups, "\n") {
		for _, f := range strings.Fields(line) {
			m[f] = i
		}
	}
	return m
})

// maxGivenForm is the longest form in givenGroups, in bytes.
const maxGivenForm = 10

// givenGroup looks the word w up in forms, lower-cased, without allocating.
func givenGroup(forms map[string]int, w []byte) (int, bool) {
	if len(w) < 4 || len(w) > maxGivenForm {
		return 0, false
	}
	var buf [maxGivenForm]byte
	for i, c := range w {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	g, ok := forms[string(buf[:len(w)])]
	return g, ok
}

// givenUse is one form of a given name before a surname, with its places.
type givenUse struct {
	form   string
	group  int // its line in givenGroups
	places []lint.Span
}

// givenNames finds a given name written in two forms of givenGroups before
// one surname spelling (the same person, its first name romanised two
// ways). The finding is on each place of the rarer form (on a tie, the
// later written) and points at the other. Forms of different names before
// one surname are different people of one family, left alone.
func givenNames(text []byte, sps []spelling) []lint.Finding {
	forms := givenForms()
	var out []lint.Finding
	for i := range sps {
		s := &sps[i]
		var uses []*givenUse   // in order of first use
		var groups map[int]int // forms per group, made at the first form: most spellings have none
		for _, o := range s.at {
			g, ok := givenGroup(forms, text[o.prev.Start:o.prev.End])
			if !ok {
				continue
			}
			form := string(text[o.prev.Start:o.prev.End])
			var u *givenUse
			for _, x := range uses {
				if strings.EqualFold(x.form, form) {
					u = x
					break
				}
			}
			if u == nil {
				if groups == nil {
					groups = map[int]int{}
				}
				u = &givenUse{form: form, group: g}
				uses = append(uses, u)
				groups[g]++
			}
			u.places = append(u.places, o.prev)
		}
		for _, u := range uses {
			if groups[u.group] > 1 {
				out = append(out, givenFindings(s, uses, u.group)...)
				groups[u.group] = 0 // once per name
			}
		}
	}
	return out
}

// givenFindings reports the forms of one given name (group) before the
// surname s but the most used (on a tie, the first written).
func givenFindings(s *spelling, uses []*givenUse, group int) []lint.Finding {
	var ref *givenUse
	for _, u := range uses {
		if u.group == group && (ref == nil || len(u.places) > len(ref.places)) {
			ref = u
		}
	}
	related := []lint.Related{{Span: ref.places[0], Message: fmt.Sprintf("%q before %q here", ref.form, s.form)}}
	var out []lint.Finding
	for _, u := range uses {
		if u == ref || u.group != group {
			continue
		}
		msg := fmt.Sprintf("given name spelled two ways before %q: %q here, %q elsewhere (two romanisations of one name)",
			s.form, u.form, ref.form)
		for _, p := range u.places {
			out = append(out, lint.Finding{
				Span:       p,
				Message:    msg,
				Suggestion: fmt.Sprintf("write %q as elsewhere in the article", ref.form),
				Related:    related,
			})
		}
	}
	return out
}
