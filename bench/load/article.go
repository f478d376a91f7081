package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Invented material for the benchmark article: sentences are drawn from
// these parts with a fixed seed, so every run posts the same text.
var (
	subjects = []string{"The harbour council", "A spokesperson for the ferry company", "Residents of the old quarter",
		"The regional transport office", "Several shop owners near the quay", "The engineers who inspected the piers",
		"A group of fishermen", "The mayor's office", "Local teachers", "The island's only doctor"}
	verbs = []string{"said on Tuesday that", "argued in a letter that", "told reporters that", "confirmed in a statement that",
		"warned during the meeting that", "pointed out that", "expects that", "doubts that"}
	clauses = []string{"the new terminal will open before the summer season", "repairs to the old piers would cost more than a new building",
		"the temporary pontoon can carry two ferries at once", "ticket prices will stay the same for residents",
		"the timetable will change from the first week of March", "the northern quay needs deeper water for larger ships",
		"traffic in the town centre has grown since the bridge closed", "the project depends on a grant from the national fund",
		"the works will be finished within eighteen months", "an independent survey found cracks in several pillars"}
	tails = []string{"", " after a long debate", " according to the minutes of the meeting", " despite objections from the opposition",
		" in a vote of eleven to four", " without giving further details"}
)

// Article is a Markdown news article of about words words with a few
// defects of the kinds translint reports: a doubled word, an untranslated
// fragment and a sentence glued to the next.
func Article(words int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	b.WriteString("# Harbour town plans a new ferry terminal\n\n")
	n, para := 7, 0
	for n < words {
		var p []string
		for i := 0; i < 4 && n < words; i++ {
			s := fmt.Sprintf("%s %s %s%s.", subjects[r.IntN(len(subjects))], verbs[r.IntN(len(verbs))],
				clauses[r.IntN(len(clauses))], tails[r.IntN(len(tails))])
			n += len(strings.Fields(s))
			p = append(p, s)
		}
		switch para {
		case 2:
			p[0] = strings.Replace(p[0], " the ", " the the ", 1)
		case 5:
			p[1] += " Inspectors checked the supports [путем осмотра опор водолазами] last spring."
			n += 9
		case 9:
			p[len(p)-1] = strings.TrimSuffix(p[len(p)-1], ".") + ".Passengers were told to expect delays."
			n += 5
		}
		b.WriteString(strings.Join(p, " "))
		b.WriteString("\n\n")
		para++
	}
	return b.String()
}
