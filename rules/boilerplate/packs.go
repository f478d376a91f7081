package boilerplate

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/textkey"
)

//go:embed packs/*.txt
var packFiles embed.FS

// Kind says where a phrase counts; see packs/README.txt.
type Kind string

// The kinds of phrase a pack holds.
const (
	KindLine     Kind = "line"
	KindStart    Kind = "start"
	KindLabel    Kind = "label"
	KindEdge     Kind = "edge"
	KindShort    Kind = "short"
	KindList     Kind = "list"
	KindFooter   Kind = "footer"
	KindBioKey   Kind = "bio-key"
	KindBioField Kind = "bio-field"
	KindBioRole  Kind = "bio-role"
	KindBioLink  Kind = "bio-link"
	KindCalendar Kind = "calendar"
	KindWeekday  Kind = "weekday"
	KindShare    Kind = "share"
	KindMonth    Kind = "month"
	KindSection  Kind = "section"
	KindFunction Kind = "function"
	KindNetwork  Kind = "network"
	KindCall     Kind = "call"
	KindPhoto    Kind = "photo"
	KindOwn      Kind = "own"
	KindDay      Kind = "day"
	KindMedia    Kind = "media"
	KindSelf     Kind = "self"
	KindHedge    Kind = "hedge"
	KindRate     Kind = "rate"
	KindItem     Kind = "item"
	KindPoll     Kind = "poll"
)

var kinds = map[Kind]bool{
	KindLine: true, KindStart: true, KindLabel: true, KindEdge: true, KindShort: true,
	KindList: true, KindFooter: true, KindBioKey: true, KindBioField: true, KindBioRole: true, KindBioLink: true,
	KindCalendar: true, KindWeekday: true, KindShare: true, KindMonth: true,
	KindSection: true, KindFunction: true, KindNetwork: true, KindCall: true, KindPhoto: true,
	KindOwn: true, KindDay: true, KindMedia: true, KindSelf: true, KindHedge: true, KindRate: true, KindItem: true, KindPoll: true,
}

// Phrase is one pack entry.
type Phrase struct {
	Kind Kind
	Text string
	// Lang is the language of the pack the phrase comes from, "" for the
	// phrases of every language and for extra phrases.
	Lang string
}

// ParsePhrase reads "KIND: PHRASE". A phrase without a known kind prefix is
// a whole-line phrase ("Exit mobile version").
func ParsePhrase(s string) (Phrase, error) {
	s = strings.TrimSpace(s)
	kind := KindLine
	if k, rest, ok := strings.Cut(s, ":"); ok && kinds[Kind(strings.TrimSpace(k))] {
		kind, s = Kind(strings.TrimSpace(k)), strings.TrimSpace(rest)
	}
	if !hasWord(s) {
		return Phrase{}, fmt.Errorf("boilerplate phrase %q has no words", s)
	}
	return Phrase{Kind: kind, Text: s}, nil
}

// hasWord reports whether Normalize(s) is not empty, without building it:
// the packs are checked phrase by phrase and normalised once, by the
// matcher.
func hasWord(s string) bool {
	for _, r := range s {
		if lint.IsWordRune(r) {
			return true
		}
	}
	return false
}

// parsePack reads one pack file.
func parsePack(name, data string) ([]Phrase, error) {
	out := make([]Phrase, 0, strings.Count(data, "\n")+1)
	i := -1
	for ln := range strings.Lines(data) {
		i++
		ln = strings.TrimSpace(ln)
		if ln == "" || strings.HasPrefix(ln, "#") {
			continue
		}
		k, _, ok := strings.Cut(ln, ":")
		if !ok || !kinds[Kind(strings.TrimSpace(k))] {
			return nil, fmt.Errorf("%s:%d: want KIND: PHRASE", name, i+1)
		}
		p, err := ParsePhrase(ln)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, i+1, err)
		}
		out = append(out, p)
	}
	return out, nil
}

// BuiltinPhrases returns the phrases of the embedded packs, pack by pack in
// name order.
func BuiltinPhrases() ([]Phrase, error) {
	names, err := fs.Glob(packFiles, "packs/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Phrase, 0, 1500)
	for _, n := range names {
		if strings.HasSuffix(n, "README.txt") {
			continue
		}
		b, err := packFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		ps, err := parsePack(n, string(b))
		if err != nil {
			return nil, err
		}
		if lang := strings.TrimSuffix(path.Base(n), ".txt"); lang != "any" {
			for i := range ps {
				ps[i].Lang = lang
			}
		}
		out = append(out, ps...)
	}
	return out, nil
}

// matcher is the compiled, read-only form of the packs.
type matcher struct {
	line, start, label, edge, short, list, footer map[string]bool
	bioKey, bioField                              map[string]bool
	bioRole                                       []string // stems
	bioLink                                       map[string]bool
	calendar, weekday, share, month, section, fn  map[string]bool
	network, call, photo, own, day, media         map[string]bool
	self, hedge, rate, item, poll                 map[string]bool
	// lang is the language of a phrase, call verb or network word of a
	// pack of one language other than English
	lang map[string]string
	// fnLang is the language of a function word found in one pack only
	fnLang map[string]string
	// first word -> longest phrase starting with it, in words: for phrases
	// anchored at the start of a line, phrases found anywhere in a short
	// line, and author-box keys. A line whose first word is not there is
	// dismissed with one lookup.
	firstAnchored, firstShort, firstBio map[string]int
	// first word -> longest self phrase starting with it, in words
	firstSelf map[string]int
}

func newMatcher(ps []Phrase) *matcher {
	m := &matcher{firstAnchored: map[string]int{}, firstShort: map[string]int{}, firstBio: map[string]int{}, firstSelf: map[string]int{}, lang: map[string]string{}, fnLang: map[string]string{}}
	sets := map[Kind]*map[string]bool{
		KindLine: &m.line, KindStart: &m.start, KindLabel: &m.label, KindEdge: &m.edge,
		KindShort: &m.short, KindList: &m.list, KindFooter: &m.footer, KindBioKey: &m.bioKey, KindBioField: &m.bioField,
		KindBioLink: &m.bioLink, KindCalendar: &m.calendar, KindWeekday: &m.weekday,
		KindShare: &m.share, KindMonth: &m.month, KindSection: &m.section, KindFunction: &m.fn,
		KindNetwork: &m.network, KindCall: &m.call, KindPhoto: &m.photo,
		KindOwn: &m.own, KindDay: &m.day, KindMedia: &m.media,
		KindSelf: &m.self, KindHedge: &m.hedge, KindRate: &m.rate, KindItem: &m.item,
		KindPoll: &m.poll,
	}
	// Sized up front: grown insert by insert, the maps were a quarter of
	// building the matcher, which a one-article run does at every start.
	per := map[Kind]int{}
	for _, p := range ps {
		per[p.Kind]++
	}
	for k, s := range sets {
		*s = make(map[string]bool, per[k])
	}
	english := map[string]bool{}
	for _, p := range ps {
		n := textkey.Normalize(p.Text)
		if n == "" {
			continue
		}
		if p.Lang == "en" {
			english[n] = true
		}
		w := strings.Count(n, " ") + 1
		if p.Kind == KindBioRole {
			m.bioRole = append(m.bioRole, n)
			continue
		}
		if (p.Kind == KindShare || p.Kind == KindNetwork || p.Kind == KindCall || p.Kind == KindPhoto || p.Kind == KindMedia || p.Kind == KindRate || p.Kind == KindItem || p.Kind == KindPoll) && w > 1 {
			continue // share widgets and calls are matched word by word
		}
		(*sets[p.Kind])[n] = true
		if p.Kind == KindNetwork {
			m.share[n] = true
		}
		if p.Lang != "" && p.Kind != KindFunction && p.Kind != KindWeekday && p.Kind != KindOwn && p.Kind != KindDay && p.Kind != KindMedia && p.Kind != KindItem && p.Kind != KindPoll {
			m.lang[n] = p.Lang
		}
		if p.Lang != "" && p.Kind == KindFunction {
			if l, ok := m.fnLang[n]; ok && l != p.Lang {
				m.fnLang[n] = "" // shared by two languages: names none
			} else if !ok {
				m.fnLang[n] = p.Lang
			}
		}
		first := n
		if i := strings.IndexByte(n, ' '); i >= 0 {
			first = n[:i]
		}
		var lens map[string]int
		switch p.Kind {
		case KindLine, KindStart, KindLabel, KindEdge, KindList:
			lens = m.firstAnchored
		case KindShort, KindFooter:
			lens = m.firstShort
		case KindBioKey, KindBioField:
			lens = m.firstBio
		case KindSelf:
			lens = m.firstSelf
		default:
			continue
		}
		lens[first] = max(lens[first], w)
	}
	// a phrase English packs hold too names no foreign language
	for n, l := range m.lang {
		if l == "en" || english[n] {
			delete(m.lang, n)
		}
	}
	return m
}
