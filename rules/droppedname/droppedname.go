// Package droppedname implements the dropped-name rule: holes where a
// machine translation lost a name or a word, with the name recovered from
// another copy of the sentence (title, teaser, lead, caption) when the
// article still has it.
package droppedname

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"sync"

	"github.com/translint/translint/lint"
	"github.com/translint/translint/lint/source"
)

// Rule is the dropped-name rule.
type Rule struct{}

// New returns the rule.
func New() Rule { return Rule{} }

func (Rule) ID() string { return "dropped-name" }

func (Rule) DefaultSeverity() lint.Severity { return lint.SeverityWarning }

func (Rule) Doc() lint.RuleDoc {
	return lint.RuleDoc{
		Title: "Name or word lost by the translation",
		Text: `Machine translation often drops a name it could not handle and leaves the sentence around the hole intact. This rule looks for the traces such holes leave in English text, each a named pattern:

- a preposition followed by a lone adjective ("the plan of necessary and");
- a determiner, or a preposition and a space, followed by punctuation ("working with the , but", "a message to , who"), and a comma spaced on both sides before "who", "whose" or "whom" ("the youth choir , whose tour");
- "Vice" between an owner's possessive and a two-word name that is not an office ("the club’s Vice Jonas Pellar");
- an article followed by a finite auxiliary, a subject pronoun or a possessive ("before a do not", "The we won", "the ’s statement");
- a preposition and a colon with nothing after them, or a colon followed by a conjunction ("send your questions to: or call");
- two prepositions in a row after a noun ("Ferries in With New Timetables"), or after a compound preposition ("together with in a meeting");
- a determiner or "of" before brackets that hold only a tag or a name ("partners of (KD)"), and an opening bracket followed by a space and a preposition or a dateline dash ("the ministry ( in French)", "Tallinn ( – The Baltic Wire");
- a word that starts with a hyphen ("The -Agency reports");
- a preposition followed by a verb of saying, past or present, or a conjunction ("The head of said", "the statement from reads as follows", "signed by and the president");
- a finite verb alone between commas ("online, grows, this") or starting a sentence or paragraph in lower case ("coronavirus. wrote about this");
- a double space after a preposition or determiner, before a word that cannot start its object ("At the age of  he left"), or before a verb of saying ("the ministry  said");
- two commas in a row ("the governor of the region, , said"), empty brackets or quotes ("()", "« »", "“”") and a bracket followed by punctuation ("Internet (, the");
- a paragraph that ends on a preposition or determiner ("he said in a talk with"; a paragraph needs 8 words, a teaser 15), a headline, teaser or caption that ends on a spaced dash ("Talks end in a deadlock –"), a credit line with nothing after its label ("Photo:");
- a that-clause of at least 6 words after a reporting verb with no verb of its own.

When the same sentence appears elsewhere in the article (title, teaser, lead, caption) the rule aligns the copies word by word. The name one copy has where another has a hole becomes the suggestion, inserted into the flagged words (the suggestion never quotes the other sentence), and the other copy is shown as a related location. A name of at least two words that one copy lacks is reported on its own only where no determiner stands before the gap and a lower-case word follows it ("Prime Minister visited" against "Prime Minister Ivan Sokol visited"): headlines abridge and writers shorten their sentences ("a second tree" against "a second Christmas tree").

With the original at hand (check --source), a hole the article itself cannot fill takes its name from the source: the name source-name finds missing from the hole's sentence, spelled as source-name spells it, in the nominative English needs ("the source has \"Ilza Brantberg\" (Ильзы Брантберг) here"), when that sentence lacks that one name only; the two rules then report one finding. A name whose case or gender its words leave open is quoted from the source ("the source has Евгения Жукова here") and nothing is inserted.

Word classes come from closed lists (determiners, prepositions, conjunctions, pronouns) and, where an adjective or a verb must be recognised, from a small lexicon and suffix rules; no statistical tagger is loaded.

It leaves alone wire datelines ("(Reuters) -Ilse Brantberg said"), minus signs and ranges ("-5 °C", "2019-2024"), list bullets, adjectives after a copula ("the plan is necessary"), fixed phrases ("of course", "at least"), stranded prepositions ("the man he worked with said"), coordinated prepositions ("for and against"), coordinated phrases that share one object ("one of or a mix of the flags"), "said" as a determiner before a noun ("the result of said notice"), command-line options after a hyphen ("-Werror=format", "-Dstrict-warnings"), field names before a colon ("the From: header", "Signed-off-by:"), dotted setting names ("with board.denyDeletes"), empty brackets after a name of code ("print_timetable ()"), a letter that ends a word after "/" or "." ("n/a", "libharbour.a"), adverbial particles ("Read on for more details", "100 years on from"), keywords named as nouns ("into for loops"), coordinated participles ("calm, determined, unshaken"), attributions in a paragraph of their own ("says Anna Berg, an analyst"), ellipses and markup the reader masked (inline code stands for a word, and a URL on the next line of the paragraph for the address). A colon or preposition that ends a paragraph before a list, heading, code block or table introduces it and is no hole, nor are "[]" in code ("string[]", "tags = []") and reference links ("[text][]"), dotted paths ("the ./themes folder") or emoji shortcodes (":tada: and"). The rule only runs on English text.`,
		Bad:  "Harbour mayor Ilse Brantberg called the plan of necessary and said that she was working with the , but gave no date.",
		Good: "Harbour mayor Ilse Brantberg called the plan of the ferry company necessary and said that she was working with the council, but gave no date.",
	}
}

// maxAtDrift is how far, in bytes, a pattern's hole and the place another
// copy of the sentence shows the name may lie apart (a space, a comma).
const maxAtDrift = 2

// maxContextHoles is the number of holes of one document for which a
// missing name is looked for elsewhere in it.
const maxContextHoles = 64

// tokenPool recycles token buffers between documents; a buffer holds the
// tokens of one block at a time, is used by one Check at a time and nothing
// in a finding points into it.
var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 4096); return &b }}

// Check implements lint.Rule.
//
// Tokens are large (a document has one in five or six bytes), so only the
// tokens of one block are held at a time: the copies of sentences are
// split and indexed first (alignCopies), then each block is tokenized,
// scanned for holes and compared with the copies, and the tokens are
// dropped. The few holes that look for their name elsewhere in the
// document tokenize again the blocks that may hold it (recoverByContext).
func (Rule) Check(doc *lint.Document) []lint.Finding {
	if doc.Lang != "" && doc.Lang != "en" {
		return nil
	}
	low := &lowered{text: doc.Text}
	ct := classTable()
	buf := tokenPool.Get().(*[]token)
	defer tokenPool.Put(buf)
	toks := (*buf)[:0]
	defer func() { *buf = toks[:0] }()
	copies := copyBlocks(doc)
	al := alignCopies(doc, low, ct, copies)
	defer al.release()
	// one scanner for all the blocks: the patterns are called through
	// function values, so it lives on the heap, allocated once.
	sc := &scanner{doc: doc}
	mk := al.marker() // nil when there is nothing to compare
	for bi, b := range doc.Blocks {
		bt, ok := al.tokensOf(bi)
		if !ok {
			if mk != nil && !copies[bi] {
				// the tokens other looks at are noted as they are made
				mk.at = mk.at[:0]
				toks = tokenizeMarked(toks[:0], doc, low, b.Span, ct, mk)
			} else {
				toks = tokenize(toks[:0], doc, low, b.Span, ct)
			}
			bt = toks[:len(toks):len(toks)]
		}
		if len(bt) == 0 {
			continue
		}
		sc.block, sc.toks, sc.hasNext = b, bt, bi+1 < len(doc.Blocks)
		if sc.hasNext {
			sc.next = doc.Blocks[bi+1]
		}
		sc.scan() // appends to sc.holes
		if mk != nil && !copies[bi] {
			al.other(b, sc.toks, mk.at)
		}
	}
	sc.toks = nil
	holes := dedupe(sc.holes)
	recs := al.out

	out := make([]lint.Finding, 0, len(holes))
	used := make([]bool, len(recs))
	// recoveries by hole offset: a hole takes those within maxAtDrift bytes
	var byAt map[int][]int
	if len(recs) > 0 {
		byAt = make(map[int][]int, len(recs))
	}
	for k, r := range recs {
		byAt[r.at] = append(byAt[r.at], k)
	}
	// holes, by index, that look for the name elsewhere in the document
	var lost []int
	for i, h := range holes {
		f := lint.Finding{Span: h.span, Message: h.message}
		found := false
		for at := h.at - maxAtDrift; at <= h.at+maxAtDrift; at++ {
			for _, k := range byAt[at] {
				if r := recs[k]; r.span.Overlaps(h.span) {
					used[k] = true
					if !found {
						f.Suggestion, f.Related, found = insertName(doc, h.span, h.at, r.name), []lint.Related{r.related}, true
					}
				}
			}
		}
		// Looking for the name elsewhere in the document scans it once per
		// hole; past maxContextHoles (no translated article has that many)
		// the holes are reported without that suggestion, so the work stays
		// linear in the document.
		if !found && i < maxContextHoles && len(h.left) >= 2 {
			lost = append(lost, i)
		}
		out = append(out, f)
	}
	for i, r := range recoverByContext(doc, low, ct, holes, lost, &toks) {
		if r != nil {
			out[lost[i]].Suggestion, out[lost[i]].Related = r.suggestion, []lint.Related{r.related}
		}
	}
	if doc.Original != nil {
		fromSource(doc, holes, out[:len(holes)])
	}
	for k, r := range recs {
		// Headlines and teasers abridge ("Polish president signs ..."
		// against "President Andrzej Duda signed ..."), and writers shorten
		// their own sentences: a name another copy has is reported on its
		// own only where nameAlone holds; elsewhere it is the suggestion for
		// a hole a pattern found.
		if used[k] || slices.ContainsFunc(out, func(f lint.Finding) bool { return f.Overlaps(r.span) }) || r.abridged || !r.alone {
			continue
		}
		out = append(out, lint.Finding{Span: r.span, Message: r.message, Suggestion: r.suggestion, Related: []lint.Related{r.related}})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// copyBlocks marks, by block index, the blocks that often repeat the body:
// title, teaser, headings, captions, metadata and the lead paragraph (the
// first paragraph with a token). List items are no copies of the body:
// docs list many alike items.
func copyBlocks(doc *lint.Document) []bool {
	copies := make([]bool, len(doc.Blocks))
	lead := true
	for bi, b := range doc.Blocks {
		copies[bi] = b.Meta || b.Kind != lint.Paragraph && b.Kind != lint.Byline && b.Kind != lint.ListItem
		if !copies[bi] && lead && b.Kind == lint.Paragraph {
			has := hasToken(doc.Text, b.Span)
			copies[bi], lead = has, !has
		}
	}
	return copies
}

// dedupe keeps the first of holes whose spans overlap at the same hole. It
// sorts the holes by start and remembers, for each hole offset, the end of
// the last hole kept there: a later hole overlaps a kept one at the same
// offset exactly when it starts before that end, so the pass is linear after
// the sort.
func dedupe(hs []hole) []hole {
	if len(hs) < 2 {
		return hs
	}
	slices.SortStableFunc(hs, func(a, b hole) int { return cmp.Compare(a.span.Start, b.span.Start) })
	out := hs[:0]
	ends := make(map[int]int, len(hs))
	for _, h := range hs {
		if end, ok := ends[h.at]; ok && h.span.Start < end && h.span.Start < h.span.End {
			continue
		}
		ends[h.at] = max(ends[h.at], h.span.End)
		out = append(out, h)
	}
	return out
}

// fromSource names, for the holes the article itself could not fill
// (out[i] is the finding of holes[i]), the name the original has in the
// same sentence and the translation lacks (source.LostNames): the hole's
// sentence must be the one the name belongs in, that sentence must lack
// only that one name, and a name fills one hole, the first.
func fromSource(doc *lint.Document, holes []hole, out []lint.Finding) {
	lost := source.LostNames(doc)
	if len(lost) == 0 {
		return
	}
	used := make([]bool, len(lost))
	for i, h := range holes {
		if out[i].Suggestion != "" {
			continue
		}
		k, n := -1, 0
		for j, l := range lost {
			if l.At.Start <= h.at && h.at <= l.At.End {
				k, n = j, n+1
			}
		}
		if n != 1 || used[k] {
			continue
		}
		used[k] = true
		l := lost[k]
		if l.Spelling == "" {
			// the name's case is not settled: the source's words, and no
			// English form to insert
			out[i].Message += fmt.Sprintf("; the source has %s here", doc.Original.SrcOf(l.Name))
		} else {
			out[i].Message += fmt.Sprintf("; the source has %q (%s) here", l.Spelling, doc.Original.SrcOf(l.Name))
			out[i].Suggestion = insertName(doc, h.span, h.at, l.Spelling)
		}
		out[i].Related = append(out[i].Related, lint.Related{Span: l.Name, Message: "the name in the source", Path: doc.Original.Path})
	}
}
