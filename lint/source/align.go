package source

import (
	"math"
	"unicode"
	"unicode/utf8"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/layer"
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
	// size is the length the alignment compares when the source is
	// written in Chinese, Japanese or Korean: characters on that side,
	// words on the translation's.
	size int
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

func names(doc *lint.Document, sents []layer.Sentence, latinNames bool) []Name {
	var out []Name
	var buf [32]byte
	eachCapitalised(doc, sents, func(w lint.Word, r rune) {
		if f := appendSkeleton(buf[:0], doc.Text[w.Start:w.End]); len(f) >= minFrame {
			out = append(out, Name{Span: w.Span(), Frame: string(f), Anchor: r >= 0x370 || latinNames})
		}
	})
	return out
}

// eachCapitalised calls f with each capitalised word of the sentences
// sents but a sentence's first, and the word's first letter; the layer's
// attributes tell the capitals.
func eachCapitalised(doc *lint.Document, sents []layer.Sentence, f func(w lint.Word, first rune)) {
	l := layer.Of(doc)
	ws := l.Words()
	for _, sent := range sents {
		if sent.Last-sent.First < 2 {
			continue
		}
		as := l.AttrsAt(int(sent.First), int(sent.Last))
		for k := sent.First + 1; k < sent.Last; k++ {
			if as[k-sent.First].UpperFirst() {
				r, _ := utf8.DecodeRune(doc.Text[ws[k].Start:ws[k].End])
				f(ws[k], r)
			}
		}
	}
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
	// scale at which lengths are compared (Chinese to English is about 3),
	// but for a source in Chinese, Japanese or Korean characters, whose
	// passages are compared in words of the translation (ExpectedWords).
	Ratio float64
	// Agreement is the share of the source's anchors (figures, and names
	// of a non-Latin script) found in the aligned translation passages;
	// Anchors is how many the source has.
	Agreement float64
	Anchors   int

	ss, ts sums // running totals of the units, for linkCost
	// cjk is true when the source is written in Chinese, Japanese or
	// Korean characters; scale is then the translation's words per source
	// character.
	cjk   bool
	scale float64
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
	var s, t []Number // the numbers of a link's two sides, reused
	have := map[string]int{}
	for _, l := range a.Links {
		s = s[:0]
		for _, i := range l.S {
			s = append(s, a.Src[i].Numbers...)
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
		t = t[:0]
		for _, j := range l.T {
			t = append(t, a.Tgt[j].Numbers...)
		}
		shared, _ := matchCount(s, t)
		found += shared
		// the source's anchor names found among the translation's
		// frames, each translation name used once
		clear(have)
		for _, j := range l.T {
			for _, n := range a.Tgt[j].Names {
				have[n.Frame]++
			}
		}
		for _, i := range l.S {
			for _, n := range a.Src[i].Names {
				if have[n.Frame] > 0 {
					have[n.Frame]--
					if n.Anchor {
						found++
					}
				}
			}
		}
	}
	if a.Anchors > 0 {
		a.Agreement = float64(found) / float64(a.Anchors)
	}
}

// MergeCost is the part of a link's Cost that only says that two blocks
// became one (or one two): its prior, not its evidence.
const MergeCost = 3.0

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
	mergeCost = MergeCost
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
	out := make([]Unit, 0, len(doc.Blocks))
	for i, b := range doc.Blocks {
		n := letters(doc, b.Span)
		if n == 0 {
			continue
		}
		end := len(doc.Src)
		if i+1 < len(doc.Blocks) {
			end = doc.Blocks[i+1].Start
		}
		sents := layer.Of(doc).SentencesIn(b.Span)
		u := Unit{Block: b, Letters: n, Sentences: len(sents), Names: names(doc, sents, latinNames), Region: lint.Span{Start: b.Start, End: max(end, b.End)}, Numbers: Numbers(doc, b.Span, english)}
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
	if a.cjk = cjkShare(doc.Original, a.Src) > minCJKShare; a.cjk {
		// characters against the translation's words, the measures
		// whose ratio holds from passage to passage
		ws := 0
		for i := range a.Src {
			a.Src[i].size = a.Src[i].Letters
		}
		for i := range a.Tgt {
			a.Tgt[i].size = len(doc.WordsIn(a.Tgt[i].Span))
			ws += a.Tgt[i].size
		}
		a.scale = float64(ws) / float64(ls)
	}
	if !a.program() {
		return nil
	}
	if a.cjk {
		// a dropped passage shrinks the translation and so the scale at
		// which lengths compare: take it again from the passages joined
		// one to one, and align again
		if s, ok := a.oneToOneScale(); ok {
			a.scale = s
			if !a.program() {
				return nil
			}
		}
	}
	a.agreement()
	return a
}

// program runs the dynamic programme and fills Links; false when it
// finds no path.
func (a *Alignment) program() bool {
	n, m := len(a.Src), len(a.Tgt)
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
	a.prefixSums()
	cost[idx(0, 0)] = 0
	// Each cell takes the cheapest of its five predecessors; of equal
	// costs, the one a forward pass over the cells reaches first (rank).
	// The steps that leave a unit alone cost a constant and are tried
	// first, then the diagonal, the likeliest winner: the best cost so far
	// bounds the others, whose length and anchors are then mostly not
	// weighed at all (linkCost).
	for i := 0; i <= n; i++ {
		for j := max(0, centre(i)-band); j <= min(m, centre(i)+band); j++ {
			here := idx(i, j)
			if here < 0 || i == 0 && j == 0 {
				continue
			}
			best, br, mv := math.Inf(1), len(moves), int8(-1)
			for _, k := range tryOrder {
				d := moves[k]
				p := idx(i-d[0], j-d[1])
				if p < 0 || math.IsInf(cost[p], 1) {
					continue
				}
				r := rank[k]
				var c float64
				if d[0] == 0 || d[1] == 0 {
					c = cost[p] + skipCost
				} else {
					lc, ok := a.linkCost(i-d[0], i, j-d[1], j, best-cost[p])
					if !ok {
						continue
					}
					c = cost[p] + lc
				}
				if c < best || c == best && r < br {
					best, br, mv = c, r, int8(k)
				}
			}
			if mv >= 0 {
				cost[here], from[here] = best, mv
			}
		}
	}
	end := idx(n, m)
	if end < 0 || math.IsInf(cost[end], 1) {
		return false
	}
	a.Links = a.Links[:0]
	for i, j := n, m; i > 0 || j > 0; {
		d := moves[from[idx(i, j)]]
		c, _ := a.linkCost(i-d[0], i, j-d[1], j, math.Inf(1))
		l := Link{Cost: c}
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
	return true
}

// The length model of a source in Chinese, Japanese or Korean characters,
// whose translation is measured in words.
const (
	// minCJKShare: the source is such when more than this share of its
	// letters are Han, kana or Hangul.
	minCJKShare = 0.5
	// cjkVariance is the variance of a passage's translated length, in
	// words, per word expected, and cjkSmoothing the words added to the
	// expectation so that a short heading does not swing it.
	cjkVariance  = 1.5
	cjkSmoothing = 5
	// minOneToOne is the fewest one-to-one links from which the scale is
	// taken again.
	minOneToOne = 3
)

// cjkShare is the share of the units' letters that are Han, kana or Hangul.
func cjkShare(doc *lint.Document, us []Unit) float64 {
	n, total := 0, 0
	for _, u := range us {
		total += u.Letters
		b := doc.Text[u.Start:u.End]
		for i := 0; i < len(b); {
			if b[i] < 0xe3 { // no Han, kana or Hangul starts with a lower byte
				i++
				continue
			}
			r, k := utf8.DecodeRune(b[i:])
			if unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
				n++
			}
			i += k
		}
	}
	if total == 0 {
		return 0
	}
	return float64(n) / float64(total)
}

// ExpectedWords is the length in words the translation of a source unit
// should have, when the source is written in Chinese, Japanese or Korean
// characters (whose letters do not compare with an alphabet's); false
// otherwise.
func (a *Alignment) ExpectedWords(u Unit) (float64, bool) {
	if !a.cjk {
		return 0, false
	}
	return float64(u.Letters) * a.scale, true
}

// oneToOneScale is the translation's words per source character over the
// links that join one unit to one unit.
func (a *Alignment) oneToOneScale() (float64, bool) {
	ls, lt, k := 0, 0, 0
	for _, l := range a.Links {
		if len(l.S) == 1 && len(l.T) == 1 {
			ls += a.Src[l.S[0]].Letters
			lt += a.Tgt[l.T[0]].size
			k++
		}
	}
	if k < minOneToOne || ls == 0 {
		return 0, false
	}
	return float64(lt) / float64(ls), true
}

// pruneSlack is how far above its bound a step's least cost must be for
// linkCost to stop weighing it: costs are sums of a few terms near 1, and
// a bound is a difference of two of them.
const pruneSlack = 1e-9

// moves are the steps of the programme: source units and translation
// units joined by one link.
var (
	moves = [...][2]int{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}}
	// rank is the order in which a forward pass reaches a cell from its
	// predecessors by each move (moves 3, 4, 0, 1, 2), which breaks ties;
	// tryOrder the order in which a cell costs them.
	rank     = [...]int{2, 3, 4, 0, 1}
	tryOrder = [...]int{1, 2, 0, 3, 4}
)

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// sums are running totals over the units of one side: the totals of
// units [x, y) are sum[y] - sum[x].
type sums struct{ letters, sentences, figures, names, size []int }

func sumsOf(us []Unit) sums {
	s := sums{make([]int, len(us)+1), make([]int, len(us)+1), make([]int, len(us)+1), make([]int, len(us)+1), make([]int, len(us)+1)}
	for i, u := range us {
		s.size[i+1] = s.size[i] + u.size
		s.letters[i+1] = s.letters[i] + u.Letters
		s.sentences[i+1] = s.sentences[i] + u.Sentences
		s.figures[i+1] = s.figures[i] + u.figures
		s.names[i+1] = s.names[i] + len(u.Names)
	}
	return s
}

// prefixSums fills the running totals linkCost reads.
func (a *Alignment) prefixSums() {
	a.ss, a.ts = sumsOf(a.Src), sumsOf(a.Tgt)
}

func isHeading(k lint.BlockKind) bool { return k == lint.Heading || k == lint.Title }

// linkCost is the cost of joining source units [s0, s1) to translation
// units [t0, t1). It reports false, and no cost, when the step surely
// costs more than bound (by more than pruneSlack, so that rounding never
// hides a tie): the terms that need no logarithm and the largest anchor
// bonus are weighed first, and the anchors are compared only when they
// can bring the step under bound. A cost it returns is exact.
func (a *Alignment) linkCost(s0, s1, t0, t1 int, bound float64) (float64, bool) {
	ns, nt := s1-s0, t1-t0
	if ns == 0 || nt == 0 {
		return skipCost, true
	}
	if a.ss.letters == nil {
		a.prefixSums()
	}
	ss, st := a.ss.sentences[s1]-a.ss.sentences[s0], a.ts.sentences[t1]-a.ts.sentences[t0]
	fs, ft := a.ss.figures[s1]-a.ss.figures[s0], a.ts.figures[t1]-a.ts.figures[t0]
	ns2, nt2 := a.ss.names[s1]-a.ss.names[s0], a.ts.names[t1]-a.ts.names[t0] // names of each side
	// what the anchors can do at best: share all the figures and names the
	// smaller side has, leave only the difference of the figures unshared
	most := min(fs, ft) + min(ns2, nt2)
	best := -anchorBonus*float64(min(most, maxAnchors)) + anchorCost*float64(min(abs(fs-ft), maxAnchors))
	if most == 0 {
		best = anchorCost * float64(min(fs+ft, maxAnchors))
	}
	rest := sentenceCost * float64(abs(ss-st))
	if ns+nt > 2 {
		rest += mergeCost
	}
	if isHeading(a.Src[s1-1].Kind) != isHeading(a.Tgt[t1-1].Kind) {
		rest += kindCost
	}
	if rest+best > bound+pruneSlack { // the length term is never negative
		return 0, false
	}
	var d float64
	if a.cjk {
		// Gale and Church's spread, which grows with the length: a
		// long passage that lost a third of itself stands out
		ls, lt := a.ss.letters[s1]-a.ss.letters[s0], a.ts.size[t1]-a.ts.size[t0]
		want := float64(ls) * a.scale
		d = (float64(lt) - want) / math.Sqrt(cjkVariance*(want+cjkSmoothing))
	} else {
		ls, lt := a.ss.letters[s1]-a.ss.letters[s0], a.ts.letters[t1]-a.ts.letters[t0]
		d = math.Log((float64(lt)+lengthSmoothing)/(float64(ls)*a.Ratio+lengthSmoothing)) / lengthSigma
	}
	// the terms again, added in their order: the cost is the same float
	c := d * d / 2
	c += sentenceCost * float64(abs(ss-st))
	if ns+nt > 2 {
		c += mergeCost
	}
	if isHeading(a.Src[s1-1].Kind) != isHeading(a.Tgt[t1-1].Kind) {
		c += kindCost
	}
	if most == 0 {
		c += best
		return c, true
	}
	if c+best > bound+pruneSlack {
		return 0, false
	}
	shared, only := anchorCounts(a.Src[s0:s1], a.Tgt[t0:t1])
	c -= anchorBonus * float64(min(shared, maxAnchors))
	c += anchorCost * float64(min(only, maxAnchors))
	return c, true
}

// matchCount counts the figures two lists of numbers share (Match) and those
// only one of them has.
func matchCount(s, t []Number) (shared, only int) {
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

// maxCounted bounds the anchors anchorCounts compares per side, so that it
// needs no allocation and stays linear in the passages.
const maxCounted = 64

// anchorCounts is the alignment's cheap count of anchors: how many figures
// and names the two groups share, and how many figures only one side has, counting at most maxCounted per side.
// Numbers in words are left out here (they are words, not anchors).
func anchorCounts(src, tgt []Unit) (shared, only int) {
	var used [maxCounted]bool
	nt := 0
	for t := range tgt {
		nt += tgt[t].figures
	}
	// figures: each source figure takes the first unused equal figure of
	// the translation, in order (the k-th number counted, words included)
	matched := 0
	for s := range src {
		for _, x := range src[s].Numbers {
			if x.Word {
				continue
			}
			found := false
			k := 0
		figure:
			for t := range tgt {
				for _, y := range tgt[t].Numbers {
					if k < maxCounted && !used[k] && !y.Word && x.Same(y) {
						used[k], found = true, true
						break figure
					}
					k++
				}
			}
			if found {
				matched++
			} else {
				only++
			}
		}
	}
	shared = matched
	only += nt - matched
	used = [maxCounted]bool{}
	for s := range src {
		for _, x := range src[s].Names {
			k := 0
		name:
			for t := range tgt {
				for _, y := range tgt[t].Names {
					if k < maxCounted && !used[k] && x.Frame == y.Frame {
						used[k] = true
						shared++
						break name
					}
					k++
				}
			}
		}
	}
	return shared, only
}
