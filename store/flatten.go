package store

import (
	"dateline"
	"dateline/gazetteer"
)

// Rows is an Analysis flattened into the rows a backend writes: the same
// mapping for every backend, so they store the same thing.
type Rows struct {
	Entities    []EntityRow
	Mentions    []MentionRow
	Quotes      []Quote
	Events      []Event
	Times       []dateline.TimeJSON
	Amounts     []dateline.AmountJSON
	Commitments []Commitment
}

// EntityRow is one entity of one article, joined to its global entity.
type EntityRow struct {
	LocalID  string // "E1"
	GlobalID string // EntityID(type, name)
	Name     string
	Type     string
	Country  string
	Actor    string
	Roles    []string
	Mentions int
}

// MentionRow is one mention of an article's entity.
type MentionRow struct {
	LocalID  string
	GlobalID string
	dateline.MentionJSON
}

// Flatten maps an Analysis to rows for the article with store id articleID.
// Dates default to the article's publication date.
func Flatten(articleID string, a dateline.Analysis) Rows {
	// Every slice at its final size at once: growing them by appends left
	// about as much garbage again as they hold (a BBC ingest allocated
	// 53 MB here).
	nm := 0
	for _, e := range a.Entities {
		nm += len(e.Mentions)
	}
	r := Rows{Entities: room[EntityRow](len(a.Entities)), Mentions: room[MentionRow](nm),
		Quotes: room[Quote](len(a.Quotes)), Events: room[Event](len(a.Events)),
		Commitments: room[Commitment](len(a.Commitments))}
	published := deref(a.Published)
	global := make(map[string]string, len(a.Entities))
	country := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		g := EntityID(e.Type, e.Name)
		if !named(e) {
			// "officials", "a spokesman", "the author": the same words
			// in two articles are not the same speaker, so an entity
			// without a proper name stays its article's own.
			g = EntityID(e.Type, e.Name+"\x00"+articleID)
		}
		global[e.ID] = g
		country[e.ID] = deref(e.Country)
		r.Entities = append(r.Entities, EntityRow{LocalID: e.ID, GlobalID: g, Name: e.Name, Type: e.Type,
			Country: deref(e.Country), Actor: deref(e.Actor), Roles: e.Roles, Mentions: len(e.Mentions)})
		for _, m := range e.Mentions {
			r.Mentions = append(r.Mentions, MentionRow{LocalID: e.ID, GlobalID: g, MentionJSON: m})
		}
	}
	lookup := func(local *string) string {
		if local == nil {
			return ""
		}
		return global[*local]
	}
	for _, q := range a.Quotes {
		r.Quotes = append(r.Quotes, Quote{ArticleID: articleID, ID: q.ID, Kind: q.Kind, Text: q.Text,
			Start: q.Start, End: q.End, SpeakerID: lookup(q.Speaker), SpeakerName: deref(q.SpeakerName),
			Cue: deref(q.Cue), Confidence: q.Confidence, Published: published})
	}
	actor := func(x *dateline.ActorJSON) EventActor {
		if x == nil {
			return EventActor{}
		}
		ea := EventActor{EntityID: lookup(x.Entity), Code: x.Code, Name: x.Name}
		if x.Entity != nil {
			ea.Country = country[*x.Entity]
		}
		// A CAMEO actor code longer than three letters may start with its
		// country ("UKRGOV"); a bare three-letter code may be a role ("GOV").
		// The first segment is a country only when it names one: "---GOV"
		// (no known country) and "IGOEUREEC" (an international body) have
		// none, and writing "---" or "IGO" made the API show them as
		// countries and the country filter match them.
		if ea.Country == "" && len(x.Code) > 3 {
			ea.Country = codeCountry(x.Code[:3])
		}
		return ea
	}
	for _, e := range a.Events {
		ev := Event{ArticleID: articleID, ID: e.ID, Code: e.Code, Root: Root(e.Code), QuadClass: e.QuadClass,
			Goldstein: e.Goldstein, Actor1: actor(e.Actor1), Actor2: actor(e.Actor2), Date: e.Date,
			Location: deref(e.Location), Text: e.Text, Start: e.Start, End: e.End}
		if ev.Date == "" {
			ev.Date = published
		}
		r.Events = append(r.Events, ev)
	}
	r.Times = a.Times
	r.Amounts = a.Amounts
	for i, c := range a.Commitments {
		r.Commitments = append(r.Commitments, Commitment{ArticleID: articleID, Seq: i, ActorID: lookup(c.Actor),
			ActorName: deref(c.ActorName), Action: c.Action, DueStart: c.Due.Start, DueEnd: c.Due.End,
			Evidence: c.Evidence, Start: c.Start, End: c.End, QuoteID: deref(c.Quote)})
	}
	return r
}

// room is an empty slice with room for n, nil when n is 0 (as appends to
// a nil slice left it).
func room[T any](n int) []T {
	if n == 0 {
		return nil
	}
	return make([]T, 0, n)
}

// Root is a CAMEO code's two-digit root ("036" -> "03").
func Root(code string) string {
	if len(code) < 2 {
		return code
	}
	return code[:2]
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// named reports whether an entity is named by a proper name somewhere in
// its article (a mention of kind "name"); only those join across articles.
// Mentions without a kind come from analyses written before kinds existed
// and count as names.
func named(e dateline.EntityJSON) bool {
	for _, m := range e.Mentions {
		if m.Kind == "" || m.Kind == "name" {
			return true
		}
	}
	return false
}

// codeCountry is the ISO alpha-3 code of the country a CAMEO code segment
// names ("UKR"; CAMEO's "KSV" is Kosovo), or "" when it names none.
func codeCountry(seg string) string {
	g, err := gazetteer.Load()
	if err != nil {
		return ""
	}
	if c, ok := g.CountryByCode(seg); ok && len(seg) == 3 {
		return c.Alpha3
	}
	return ""
}
