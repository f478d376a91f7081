package source

import (
	"bytes"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
)

// Unit is a block of one side of a pair, as the alignment sees it.
type Unit struct {
	lint.Block
	// Letters counts its letters and digits.
	Letters int
	// Region runs from the block's start to the next block's start: the
	// block and the markup after it (a link's address, an image).
	Region lint.Span
	// Sentences counts its sentences.
	Sentences int
	// Numbers are its numeric anchors.
	Numbers []Number
	// Names are the capitalised words inside its sentences (not the first
	// word), as Skeleton frames, with their spans.
	Names []Name
	// figures counts its Numbers that are not words: with len(Names), the
	// bounds of what the unit can share, for the alignment's pruning.
	figures int
}

// Name is a capitalised word and its Skeleton.
type Name struct {
	lint.Span
	Frame string
	// Anchor is true when the word is surely a name: of a non-Latin
	// script (Cyrillic, Greek), or of a language that capitalises only
	// names (not German, where every noun is capitalised).
	Anchor bool
}

// minFrame is the least Skeleton length of a name anchor: shorter frames
// ("Ivan" is "vn") match too much by chance.
const minFrame = 3

func names(doc *lint.Document, block lint.Span, sents []lint.Span, latinNames bool) []Name {
	var out []Name
	ws, k := doc.WordsIn(block), 0 // the block's words once, walked sentence by sentence
	for _, sent := range sents {
		for k < len(ws) && int(ws[k].Start) < sent.Start {
			k++
		}
		first := true
		for ; k < len(ws) && int(ws[k].End) <= sent.End; k++ {
			w := ws[k]
			if first {
				first = false
				continue
			}
			r, _ := utf8.DecodeRune(doc.Text[w.Start:w.End])
			if !unicode.IsUpper(r) {
				continue
			}
			if f := Skeleton(doc.TextOf(w.Span())); len(f) >= minFrame {
				out = append(out, Name{Span: w.Span(), Frame: f, Anchor: r >= 0x370 || latinNames})
			}
		}
	}
	return out
}

// cjkStops are the full stops of Chinese and Japanese, which Sentences
// does not split at (they take no space after).
const cjkStops = "。！？"

func sentences(doc *lint.Document, s lint.Span, sents []lint.Span) int {
	n := len(sents)
	c := 0
	b := doc.Text[s.Start:s.End]
	if bytes.IndexByte(b, 0xe3) < 0 && bytes.IndexByte(b, 0xef) < 0 { // no 。 nor ！？
		return n
	}
	for _, r := range string(b) {
		if strings.ContainsRune(cjkStops, r) {
			c++
		}
	}
	return max(n, c)
}

// Link joins source units S to translation units T (indices into
// Alignment.Src and Alignment.Tgt). A source unit with no counterpart has
// an empty T; a translation unit of its own, an empty S.
type Link struct {
	S, T []int
	// Cost is the link's share of the alignment cost: near 0 for a pair
	// whose lengths agree and whose numbers match.
	Cost float64
}

// Alignment pairs the blocks of a translation with those of its original.
type Alignment struct {
	Src, Tgt []Unit
	Links    []Link
	// Ratio is the translation's length over the source's, in letters: the
	// scale at which lengths are compared (Chinese to English is about 3).
	Ratio float64
	// Agreement is the share of the source's anchors (figures, and names
	// of a non-Latin script) found in the aligned translation passages;
	// Anchors is how many the source has.
	Agreement float64
	Anchors   int
}

// The alignment is trusted, and the source rules report from it, only when
// the two files look like a translation and its original.
const (
	// MaxSkipShare: at most this share of the source's blocks without a
	// counterpart.
	MaxSkipShare = 0.3
	// MinAgreement: at least this share of the source's anchors found in
	// the translation, once the source has MinAnchors of them.
	MinAgreement = 0.5
	MinAnchors   = 4
)

// Trusted reports whether the alignment is good enough to report from: two
// unrelated articles align too, badly, and their differences are not
// defects.
func (a *Alignment) Trusted() bool {
	if a == nil {
		return false
	}
	skipped := 0
	for _, l := range a.Links {
		if len(l.T) == 0 {
			skipped += len(l.S)
		}
	}
	if float64(skipped) > MaxSkipShare*float64(len(a.Src)) {
		return false
	}
	return a.Anchors < MinAnchors || a.Agreement >= MinAgreement
}

// agreement fills Agreement and Anchors from the links.
func (a *Alignment) agreement() {
	found := 0
	for _, l := range a.Links {
		src := make([]Unit, 0, len(l.S))
		for _, i := range l.S {
			src = append(src, a.Src[i])
			for _, n := range a.Src[i].Numbers {
				if !n.Word {
					a.Anchors++
				}
			}
			for _, n := range a.Src[i].Names {
				if n.Anchor {
					a.Anchors++
				}
			}
		}
		if len(l.T) == 0 {
			continue
		}
		tgt := make([]Unit, 0, len(l.T))
		for _, j := range l.T {
			tgt = append(tgt, a.Tgt[j])
		}
		shared, _ := MatchCount(src, tgt)
		found += shared
		for _, f := range SharedNames(src, tgt) {
			if f.Anchor {
				found++
			}
		}
	}
	if a.Anchors > 0 {
		a.Agreement = float64(found) / float64(a.Anchors)
	}
}

// The alignment is Gale and Church's dynamic programme over blocks: each
// step joins one or two blocks of one side to one or two of the other, or
// leaves a block alone, and costs what its length disagreement and its
// numbers say against it.
const (
	// lengthSigma is the spread of log(translated length / expected length)
	// for one passage, and lengthSmoothing the letters added to both sides
	// so that short headings do not swing it.
	lengthSigma     = 0.3
	lengthSmoothing = 15
	// mergeCost is the prior cost of two blocks becoming one (or one two);
	// skipCost of a block with no counterpart (-log of how rare they are).
	mergeCost = 3.0
	skipCost  = 4.5
	// kindCost is added when a heading faces a paragraph.
	kindCost = 1.5
	// sentenceCost is added per sentence one side has more than the
	// other: a translation mostly keeps the source's sentences, so two
	// paragraphs of two sentences are not one of two.
	sentenceCost = 1.2
	// anchorBonus is taken off per number the two sides share (at most
	// maxAnchors of them), anchorCost added per number only one side has.
	anchorBonus = 1.0
	anchorCost  = 0.5
	maxAnchors  = 3
	// minBand is the least half-width of the band of the programme around
	// the diagonal; maxCells bounds its size.
	minBand  = 5
	maxCells = 4 << 20
)

type alignKey struct{}

// Align returns the alignment of doc with its original, computed once per
// document; nil when doc has no original or either side has no prose.
func Align(doc *lint.Document) *Alignment {
	if doc.Original == nil {
		return nil
	}
	a, _ := doc.Memo(alignKey{}, func() any { return align(doc) }).(*Alignment)
	return a
}

// capitalisesNouns are the languages that capitalise every noun.
var capitalisesNouns = map[string]bool{"de": true, "lb": true}

func units(doc *lint.Document, english, latinNames bool) []Unit {
	var out []Unit
	for i, b := range doc.Blocks {
		n := letters(doc, b.Span)
		if n == 0 {
			continue
		}
		end := len(doc.Src)
		if i+1 < len(doc.Blocks) {
			end = doc.Blocks[i+1].Start
		}
		sents := lint.Sentences(doc.Text, b.Span)
		u := Unit{Block: b, Letters: n, Sentences: sentences(doc, b.Span, sents), Names: names(doc, b.Span, sents, latinNames), Region: lint.Span{Start: b.Start, End: max(end, b.End)}, Numbers: Numbers(doc, b.Span, english)}
		for _, x := range u.Numbers {
			if !x.Word {
				u.figures++
			}
		}
		out = append(out, u)
	}
	return out
}

func align(doc *lint.Document) *Alignment {
	sl := Lang(doc)
	a := &Alignment{Src: units(doc.Original, false, sl != "" && !capitalisesNouns[sl]), Tgt: units(doc, doc.Lang == "en", false)}
	n, m := len(a.Src), len(a.Tgt)
	if n == 0 || m == 0 {
		return nil
	}
	ls, lt := 0, 0
	for _, u := range a.Src {
		ls += u.Letters
	}
	for _, u := range a.Tgt {
		lt += u.Letters
	}
	a.Ratio = float64(lt) / float64(ls)
	band := minBand + abs(n-m)
	if band*(n+1) > maxCells {
		band = max(minBand, maxCells/(n+1))
	}
	w := 2*band + 1
	// cell (i, j) is kept at i*w + (j - centre(i) + band)
	centre := func(i int) int { return i * m / n }
	idx := func(i, j int) int {
		d := j - centre(i) + band
		if i < 0 || i > n || j < 0 || j > m || d < 0 || d >= w {
			return -1
		}
		return i*w + d
	}
	cost := make([]float64, (n+1)*w)
	from := make([]int8, (n+1)*w)
	for k := range cost {
		cost[k] = math.Inf(1)
	}
	cost[idx(0, 0)] = 0
	moves := [...][2]int{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}}
	for i := 0; i <= n; i++ {
		for j := max(0, centre(i)-band); j <= min(m, centre(i)+band); j++ {
			here := idx(i, j)
			if here < 0 || math.IsInf(cost[here], 1) {
				continue
			}
			for mv, d := range moves {
				to := idx(i+d[0], j+d[1])
				if to < 0 {
					continue
				}
				c := cost[here] + a.linkCost(i, i+d[0], j, j+d[1], cost[to]-cost[here])
				if c < cost[to] {
					cost[to], from[to] = c, int8(mv)
				}
			}
		}
	}
	end := idx(n, m)
	if end < 0 || math.IsInf(cost[end], 1) {
		return nil
	}
	for i, j := n, m; i > 0 || j > 0; {
		d := moves[from[idx(i, j)]]
		l := Link{Cost: a.linkCost(i-d[0], i, j-d[1], j, math.Inf(1))}
		for k := i - d[0]; k < i; k++ {
			l.S = append(l.S, k)
		}
		for k := j - d[1]; k < j; k++ {
			l.T = append(l.T, k)
		}
		a.Links = append(a.Links, l)
		i, j = i-d[0], j-d[1]
	}
	for x, y := 0, len(a.Links)-1; x < y; x, y = x+1, y-1 {
		a.Links[x], a.Links[y] = a.Links[y], a.Links[x]
	}
	a.agreement()
	return a
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// linkCost is the cost of joining source units [s0, s1) to translation
// units [t0, t1). When even the largest anchor bonus cannot bring it under
// bound, the anchors are not counted (the step loses anyway).
func (a *Alignment) linkCost(s0, s1, t0, t1 int, bound float64) float64 {
	ns, nt := s1-s0, t1-t0
	if ns == 0 || nt == 0 {
		return skipCost
	}
	ls, lt, ss, st := 0, 0, 0, 0
	fs, ft, ns2, nt2 := 0, 0, 0, 0 // figures and names of each side
	var sk, tk lint.BlockKind
	for _, u := range a.Src[s0:s1] {
		ls += u.Letters
		ss += u.Sentences
		sk = u.Kind
		fs += u.figures
		ns2 += len(u.Names)
	}
	for _, u := range a.Tgt[t0:t1] {
		lt += u.Letters
		st += u.Sentences
		tk = u.Kind
		ft += u.figures
		nt2 += len(u.Names)
	}
	d := math.Log((float64(lt)+lengthSmoothing)/(float64(ls)*a.Ratio+lengthSmoothing)) / lengthSigma
	c := d * d / 2
	c += sentenceCost * float64(abs(ss-st))
	if ns+nt > 2 {
		c += mergeCost
	}
	if (sk == lint.Heading || sk == lint.Title) != (tk == lint.Heading || tk == lint.Title) {
		c += kindCost
	}
	// what the anchors can do at best: share all the figures and names the
	// smaller side has, leave only the difference of the figures unshared
	most := min(fs, ft) + min(ns2, nt2)
	if most == 0 {
		return c + anchorCost*float64(min(fs+ft, maxAnchors))
	}
	if c-anchorBonus*float64(min(most, maxAnchors))+anchorCost*float64(min(abs(fs-ft), maxAnchors)) >= bound {
		return c
	}
	shared, only := anchorCounts(a.Src[s0:s1], a.Tgt[t0:t1])
	c -= anchorBonus * float64(min(shared, maxAnchors))
	c += anchorCost * float64(min(only, maxAnchors))
	return c
}

// MatchCount counts the figures two groups of units share and those only
// one side has (numbers in words are neither).
func MatchCount(src, tgt []Unit) (shared, only int) {
	var s, t []Number
	for _, u := range src {
		s = append(s, u.Numbers...)
	}
	for _, u := range tgt {
		t = append(t, u.Numbers...)
	}
	ms, mt := Match(s, t)
	for i, n := range s {
		if ms[i] >= 0 {
			if !n.Word && !t[ms[i]].Word {
				shared++
			}
		} else if !n.Word {
			only++
		}
	}
	for j, n := range t {
		if mt[j] < 0 && !n.Word {
			only++
		}
	}
	return shared, only
}

// Match pairs equal numbers of the two lists, figures before words, each at
// most once: ms[i] is the index in t of s[i]'s partner, or -1; mt likewise.
func Match(s, t []Number) (ms, mt []int) {
	ms, mt = make([]int, len(s)), make([]int, len(t))
	for i := range ms {
		ms[i] = -1
	}
	for j := range mt {
		mt[j] = -1
	}
	for pass := 0; pass < 2; pass++ {
		for i, a := range s {
			if ms[i] >= 0 {
				continue
			}
			for j, b := range t {
				if mt[j] >= 0 || (pass == 0) == (a.Word || b.Word) || !a.Same(b) {
					continue
				}
				ms[i], mt[j] = j, i
				break
			}
		}
	}
	return ms, mt
}

// SharedNames returns the names of the source units whose frames are
// found among the translation units' (each translation name used once).
func SharedNames(src, tgt []Unit) []Name {
	have := map[string]int{}
	for _, u := range tgt {
		for _, n := range u.Names {
			have[n.Frame]++
		}
	}
	var out []Name
	for _, u := range src {
		for _, n := range u.Names {
			if have[n.Frame] > 0 {
				have[n.Frame]--
				out = append(out, n)
			}
		}
	}
	return out
}

// maxCounted bounds the anchors anchorCounts compares per side, so that it
// needs no allocation and stays linear in the passages.
const maxCounted = 64

// takeFirst marks and reports the first unused anchor of the translation
// units (in order, as listed by of) that ok accepts.
func takeFirst[T any](tgt []Unit, of func(*Unit) []T, used *[maxCounted]bool, ok func(T) bool) bool {
	k := 0
	for t := range tgt {
		for _, b := range of(&tgt[t]) {
			if k < maxCounted && !used[k] && ok(b) {
				used[k] = true
				return true
			}
			k++
		}
	}
	return false
}

func figures(u *Unit) []Number { return u.Numbers }
func frames(u *Unit) []Name    { return u.Names }

// anchorCounts is the alignment's cheap form of MatchCount plus
// SharedNames: how many figures and names the two groups share, and how
// many figures only one side has, counting at most maxCounted per side.
// Numbers in words are left out here (they are words, not anchors).
func anchorCounts(src, tgt []Unit) (shared, only int) {
	var used [maxCounted]bool
	nt := 0
	for _, u := range tgt {
		for _, n := range u.Numbers {
			if !n.Word {
				nt++
			}
		}
	}
	matched := 0
	for _, su := range src {
		for _, a := range su.Numbers {
			if a.Word {
				continue
			}
			if takeFirst(tgt, figures, &used, func(b Number) bool { return !b.Word && a.Same(b) }) {
				matched++
			} else {
				only++
			}
		}
	}
	shared = matched
	only += nt - matched
	used = [maxCounted]bool{}
	for _, su := range src {
		for _, a := range su.Names {
			if takeFirst(tgt, frames, &used, func(b Name) bool { return a.Frame == b.Frame }) {
				shared++
			}
		}
	}
	return shared, only
}
