package queuetest

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"dateline/text"
)

// Articles makes n short news articles, each different, written for tests
// (no corpus text): people with titles, places, dates, amounts and quotes,
// so the stages find entities, times, amounts and quotes in them.
func Articles(n int) []text.Article {
	r := rand.New(rand.NewPCG(10, uint64(n)))
	people := []string{"Mayor Ana Ortiz", "Minister Tomas Berg", "Judge Lena Fischer", "Captain Omar Haddad", "Dr Mei Lin",
		"Senator Paul Okafor", "Governor Rita Santos"}
	places := []string{"Northport", "Lakeside", "Rivertown", "the capital", "Westfield", "the old harbour"}
	verbs := []string{"promised", "criticised", "approved", "rejected", "delayed", "welcomed"}
	things := []string{"the new bridge", "a budget of $4 million", "the school plan", "the rail link", "higher taxes",
		"a grant of 2.5 million euros"}
	days := []string{"on Monday", "on Tuesday", "last week", "on 3 March", "next year", "by June"}
	base := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	out := make([]text.Article, n)
	for i := range out {
		var b strings.Builder
		for s := range 2 + r.IntN(3) {
			p := people[r.IntN(len(people))]
			fmt.Fprintf(&b, "%s %s %s %s in %s (report %d, part %d). ", p, verbs[r.IntN(len(verbs))],
				things[r.IntN(len(things))], days[r.IntN(len(days))], places[r.IntN(len(places))], i, s)
			if s == 1 {
				last := p[strings.LastIndexByte(p, ' ')+1:]
				fmt.Fprintf(&b, "\"We will finish it %s,\" %s said.", days[r.IntN(len(days))], last)
			}
			b.WriteString("\n\n")
		}
		out[i] = text.Article{ID: fmt.Sprintf("gen-%d", i), Title: fmt.Sprintf("Report %d from %s", i, places[i%len(places)]),
			Text: strings.TrimSpace(b.String()), Published: base.AddDate(0, 0, i%90), Language: "en"}
	}
	return out
}
