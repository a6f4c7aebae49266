// Package synth fills a store with synthetic, analysed articles for load
// tests and demos of scale: made-up speakers with a Zipf-like share of the
// quotes, events between their countries, dates over a year. Nothing is
// taken from any corpus; the same Options always write the same articles.
package synth

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"time"

	"dateline"
	"dateline/store"
)

// Options size the data. The zero value writes nothing.
type Options struct {
	Articles         int    // articles to write
	QuotesPerArticle int    // 0 means 10
	Speakers         int    // distinct speakers; 0 means 500
	Seed             uint64 // the same seed writes the same articles
	// Progress, when set, is called after every 1,000 articles.
	Progress func(done int)
}

// Summary says what Generate wrote.
type Summary struct {
	Articles int
	Quotes   int
	Events   int
	// TopSpeakers are the names of the most quoted speakers, most first:
	// what a load test asks for.
	TopSpeakers []string
}

var (
	given   = []string{"Amara", "Bogdan", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kemal", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tanja", "Umar", "Vera", "Wim", "Ximena", "Yusuf", "Zofia"}
	family  = []string{"Adeyemi", "Brandt", "Castillo", "Dubois", "Eriksen", "Fontaine", "Gallo", "Horvat", "Ivanova", "Jansen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi", "Santos", "Tanaka", "Ueda", "Varga", "Weber", "Xu", "Yilmaz", "Zeller"}
	roles   = []string{"Minister", "Mayor", "Senator", "spokesperson", "President", "governor", "envoy", "official"}
	nations = []struct{ code, name string }{{"NOR", "Norway"}, {"FRA", "France"}, {"DEU", "Germany"}, {"KEN", "Kenya"}, {"BRA", "Brazil"}, {"JPN", "Japan"}, {"IND", "India"}, {"CAN", "Canada"}, {"EGY", "Egypt"}, {"AUS", "Australia"}}
	cities  = []string{"Oslo", "Paris", "Berlin", "Nairobi", "Brasília", "Tokyo", "Delhi", "Ottawa", "Cairo", "Canberra"}
	topics  = []string{"the budget", "the new port", "water prices", "the rail link", "school meals", "the trade deal", "flood defences", "the election", "wind farms", "hospital waiting lists"}
	claims  = []string{"will be ready by spring", "is not negotiable", "needs more time", "must be reviewed", "has our full support", "was never discussed", "will cost less than planned", "is a priority for us", "cannot wait any longer", "should be put to a vote"}
	verbs   = []struct {
		code, verb string
		qc         int
		gs         float64
	}{{"040", "met", 1, 1}, {"036", "offered talks to", 1, 4}, {"057", "signed an agreement with", 2, 8}, {"112", "accused", 3, -2}, {"130", "threatened", 3, -4.4}, {"173", "arrested officials of", 4, -5}}
)

type speaker struct {
	name, role string
	nation     int
}

// Generate writes the articles. It stops at ctx's end.
func Generate(ctx context.Context, st store.Store, opt Options) (Summary, error) {
	if opt.QuotesPerArticle == 0 {
		opt.QuotesPerArticle = 10
	}
	if opt.Speakers == 0 {
		opt.Speakers = 500
	}
	rng := rand.New(rand.NewPCG(opt.Seed, 0x5eed))
	speakers := make([]speaker, opt.Speakers)
	for i := range speakers {
		speakers[i] = speaker{
			name: fmt.Sprintf("%s %s", given[i%len(given)], family[(i/len(given)+i)%len(family)]),
			role: roles[i%len(roles)], nation: i % len(nations)}
		if i >= len(given)*len(family) {
			speakers[i].name += fmt.Sprintf(" %d", i)
		}
	}
	// Zipf-like: speaker k is chosen with weight 1/(k+1).
	cum := make([]float64, len(speakers))
	total := 0.0
	for k := range speakers {
		total += 1 / float64(k+1)
		cum[k] = total
	}
	pick := func() int {
		x := rng.Float64() * total
		lo, hi := 0, len(cum)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if cum[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		return lo
	}
	var sum Summary
	start := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := 0; n < opt.Articles; n++ {
		if err := ctx.Err(); err != nil {
			return sum, err
		}
		day := start.AddDate(0, 0, int(math.Floor(float64(n)*365/float64(max(1, opt.Articles)))))
		a := article(rng, n, day, speakers, pick, opt.QuotesPerArticle)
		rec := store.Record{Analysis: a, Analysed: true, Source: store.Source{Input: "synthetic", ItemID: a.ID}}
		if _, err := st.Put(ctx, rec); err != nil {
			return sum, fmt.Errorf("synth: article %d: %w", n, err)
		}
		sum.Articles++
		sum.Quotes += len(a.Quotes)
		sum.Events += len(a.Events)
		if opt.Progress != nil && (n+1)%1000 == 0 {
			opt.Progress(n + 1)
		}
	}
	for k := 0; k < min(10, len(speakers)); k++ {
		sum.TopSpeakers = append(sum.TopSpeakers, speakers[k].name)
	}
	return sum, nil
}

// article writes one analysed article: a paragraph per quote, each quote
// with its speaker's mention, and an event between two speakers' countries.
func article(rng *rand.Rand, n int, day time.Time, speakers []speaker, pick func() int, quotes int) dateline.Analysis {
	var b strings.Builder
	published := day.Format("2006-01-02")
	a := dateline.Analysis{ID: fmt.Sprintf("synthetic-%06d", n), Published: &published, Language: "en",
		Entities: []dateline.EntityJSON{}, Quotes: []dateline.QuoteJSON{}, Events: []dateline.EventJSON{},
		Times: []dateline.TimeJSON{}, Amounts: []dateline.AmountJSON{}, Commitments: []dateline.CommitJSON{},
		Stages: []string{"synthetic.v1"}}
	local := map[int]string{} // speaker index -> local entity id
	entity := func(k int, start, end int) string {
		id, ok := local[k]
		if !ok {
			id = fmt.Sprintf("E%d", len(local)+1)
			local[k] = id
			sp := speakers[k]
			country, actor := nations[sp.nation].code, nations[sp.nation].code+"GOV"
			a.Entities = append(a.Entities, dateline.EntityJSON{ID: id, Name: sp.name, Type: "PERSON", Country: &country,
				Actor: &actor, Roles: []string{sp.role}})
		}
		for i := range a.Entities {
			if a.Entities[i].ID == id {
				a.Entities[i].Mentions = append(a.Entities[i].Mentions,
					dateline.MentionJSON{Start: start, End: end, Text: b.String()[start:end], Kind: "name"})
			}
		}
		return id
	}
	topic := topics[rng.IntN(len(topics))]
	title := fmt.Sprintf("Debate over %s continues (%d)", topic, n)
	a.Title = &title
	for q := 0; q < quotes; q++ {
		k := pick()
		sp := speakers[k]
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(`"`)
		qs := b.Len()
		fmt.Fprintf(&b, "%s %s", capital(topics[rng.IntN(len(topics))]), claims[rng.IntN(len(claims))])
		qe := b.Len()
		b.WriteString(`," said `)
		ns := b.Len()
		b.WriteString(sp.name)
		id := entity(k, ns, b.Len())
		fmt.Fprintf(&b, ", the %s of %s.", sp.role, nations[sp.nation].name)
		name := sp.name
		a.Quotes = append(a.Quotes, dateline.QuoteJSON{ID: fmt.Sprintf("Q%d", q+1), Kind: "direct",
			Text: b.String()[qs:qe], Start: qs, End: qe, Speaker: &id, SpeakerName: &name, Cue: ptr("said"), Confidence: 0.9})
	}
	// One event between two speakers of the article, in a city.
	k1, k2 := pick(), pick()
	if k1 != k2 {
		v := verbs[rng.IntN(len(verbs))]
		city := cities[rng.IntN(len(cities))]
		b.WriteString("\n\n")
		es := b.Len()
		s1 := b.Len()
		b.WriteString(speakers[k1].name)
		id1 := entity(k1, s1, b.Len())
		fmt.Fprintf(&b, " %s ", v.verb)
		s2 := b.Len()
		b.WriteString(speakers[k2].name)
		id2 := entity(k2, s2, b.Len())
		fmt.Fprintf(&b, " in %s", city)
		ee := b.Len()
		b.WriteString(".")
		a.Events = append(a.Events, dateline.EventJSON{ID: "V1", Code: v.code, QuadClass: v.qc, Goldstein: v.gs,
			Actor1: &dateline.ActorJSON{Entity: &id1, Code: nations[speakers[k1].nation].code + "GOV", Name: speakers[k1].name},
			Actor2: &dateline.ActorJSON{Entity: &id2, Code: nations[speakers[k2].nation].code + "GOV", Name: speakers[k2].name},
			Date:   published, Location: &city, Start: es, End: ee, Text: b.String()[es:ee]})
	}
	a.Text = b.String()
	a.Sentences = []dateline.SentenceJSON{{Start: 0, End: len(a.Text)}}
	return a
}

func capital(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func ptr[T any](v T) *T { return &v }
