package server

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"dateline"
	"dateline/store"
	"dateline/store/sqlite"
)

// The fixture articles are written for these tests. Spans are found by
// searching the text, so they are byte offsets as the contract says; the
// Kharkiv article has curly quotes and an apostrophe before its quotes, so
// byte and UTF-16 offsets differ there (the UI must convert).

func ptr[T any](v T) *T { return &v }

// fx builds one Analysis with spans found in its text.
type fx struct {
	t testing.TB
	a dateline.Analysis
}

func newFx(t testing.TB, id, title, published, text string) *fx {
	return &fx{t: t, a: dateline.Analysis{ID: id, Title: ptr(title), Published: ptr(published), Language: "en", Text: text,
		Sentences: []dateline.SentenceJSON{{Start: 0, End: len(text)}}, Stages: []string{"fixture.v1"},
		Entities: []dateline.EntityJSON{}, Quotes: []dateline.QuoteJSON{}, Events: []dateline.EventJSON{},
		Times: []dateline.TimeJSON{}, Amounts: []dateline.AmountJSON{}, Commitments: []dateline.CommitJSON{}}}
}

func (f *fx) span(sub string) (int, int) {
	f.t.Helper()
	i := strings.Index(f.a.Text, sub)
	if i < 0 {
		f.t.Fatalf("fixture %s: %q not in its text", f.a.ID, sub)
	}
	return i, i + len(sub)
}

// entity adds an entity with a mention at each of its surface forms.
func (f *fx) entity(id, name, typ, country, actor string, forms ...string) *fx {
	e := dateline.EntityJSON{ID: id, Name: name, Type: typ, Roles: []string{}}
	if country != "" {
		e.Country = ptr(country)
	}
	if actor != "" {
		e.Actor = ptr(actor)
	}
	for _, form := range forms {
		s, en := f.span(form)
		e.Mentions = append(e.Mentions, dateline.MentionJSON{Start: s, End: en, Text: form, Kind: "name"})
	}
	f.a.Entities = append(f.a.Entities, e)
	return f
}

func (f *fx) name(id string) string {
	for _, e := range f.a.Entities {
		if e.ID == id {
			return e.Name
		}
	}
	f.t.Fatalf("fixture %s: no entity %s", f.a.ID, id)
	return ""
}

func (f *fx) quote(id, kind, speaker, quoted string) *fx {
	s, e := f.span(quoted)
	q := dateline.QuoteJSON{ID: id, Kind: kind, Text: quoted, Start: s, End: e, Cue: ptr("said"), Confidence: 0.9}
	if speaker != "" {
		q.Speaker, q.SpeakerName = ptr(speaker), ptr(f.name(speaker))
	}
	f.a.Quotes = append(f.a.Quotes, q)
	return f
}

// event adds an event; an actor is "E1" (an entity of this article) or a
// bare CAMEO code.
func (f *fx) event(id, code string, qc int, gs float64, a1, c1, a2, c2, location, evidence string) *fx {
	s, e := f.span(evidence)
	actor := func(ref, code string) *dateline.ActorJSON {
		if strings.HasPrefix(ref, "E") {
			return &dateline.ActorJSON{Entity: ptr(ref), Code: code, Name: f.name(ref)}
		}
		return &dateline.ActorJSON{Code: code, Name: code}
	}
	ev := dateline.EventJSON{ID: id, Code: code, QuadClass: qc, Goldstein: gs, Actor1: actor(a1, c1), Actor2: actor(a2, c2),
		Date: *f.a.Published, Start: s, End: e, Text: evidence}
	if location != "" {
		ev.Location = ptr(location)
	}
	f.a.Events = append(f.a.Events, ev)
	return f
}

func (f *fx) time(sub, value string) *fx {
	s, e := f.span(sub)
	f.a.Times = append(f.a.Times, dateline.TimeJSON{Text: sub, Start: s, End: e, Type: "DATE", Value: value})
	return f
}

func (f *fx) commit(actor, action, dueStart, dueEnd, evidence, quote string) *fx {
	s, e := f.span(evidence)
	c := dateline.CommitJSON{Actor: ptr(actor), ActorName: ptr(f.name(actor)), Action: action,
		Due: dateline.DueJSON{Start: dueStart, End: dueEnd}, Evidence: evidence, Start: s, End: e}
	if quote != "" {
		c.Quote = ptr(quote)
	}
	f.a.Commitments = append(f.a.Commitments, c)
	return f
}

const (
	corridorText = "Ukrainian Foreign Minister Andrii Sybiha met Turkish Foreign Minister Hakan Fidan in Ankara on Monday.\n\n" +
		"\"We will reopen the grain corridor by July,\" Sybiha said after the talks. " +
		"Fidan said Turkey would host a second round in Istanbul next month."
	kharkivText = "Russian forces shelled the city of Kharkiv on Thursday, Ukrainian officials said.\n\n" +
		"Kharkiv’s mayor Ihor Terekhov said “the shelling hit homes and a school” and asked for air defence. " +
		"Andrii Sybiha accused Moscow of targeting civilians. “This is a deliberate attack on homes,” he said."
	aidText = "The European Union pledged 50 million euros in humanitarian aid to Ukraine on Tuesday.\n\n" +
		"Commissioner Hadja Lahbib said the first deliveries would arrive by the end of August."
	// hostileTitle and hostileText try every way of running script that a
	// page rendering untrusted text could fall for.
	hostileTitle = `<img src=x onerror="window.__pwned='title'"> Council </textarea><script>window.__pwned='title2'</script>`
	hostileURL   = `javascript:window.__pwned='url'`
	hostileText  = "Councillor <b onmouseover=\"window.__pwned='name'\">Mallory</b> said \"<script>window.__pwned='quote'</script> is fine\".\n\n" +
		"See <a href=\"javascript:window.__pwned='link'\">this link</a> and <img src=x onerror=\"window.__pwned='img'\"> then </textarea><textarea> end."
	hostileSpeaker = `<b onmouseover="window.__pwned='name'">Mallory</b>`
)

// fixtureAnalyses are the test articles: three news stories over ten days
// and one hostile page.
func fixtureAnalyses(t testing.TB) []dateline.Analysis {
	corridor := newFx(t, "fx/corridor", "Ministers agree to talks on the grain corridor", "2025-06-02", corridorText).
		entity("E1", "Andrii Sybiha", "PERSON", "UKR", "UKRGOV", "Andrii Sybiha", "Sybiha said").
		entity("E2", "Hakan Fidan", "PERSON", "TUR", "TURGOV", "Hakan Fidan", "Fidan said").
		entity("E3", "Turkey", "GPE", "TUR", "TUR", "Turkey").
		entity("E4", "Ankara", "GPE", "TUR", "", "Ankara").
		quote("Q1", "direct", "E1", "We will reopen the grain corridor by July,").
		quote("Q2", "indirect", "E2", "Turkey would host a second round in Istanbul next month").
		event("V1", "040", 1, 1, "E1", "UKRGOV", "E2", "TURGOV", "Ankara", "Andrii Sybiha met Turkish Foreign Minister Hakan Fidan in Ankara").
		event("V2", "036", 1, 4, "E2", "TURGOV", "E1", "UKRGOV", "Istanbul", "Turkey would host a second round in Istanbul").
		time("Monday", "2025-06-02").time("July", "2025-07").time("next month", "2025-07").
		commit("E1", "reopen the grain corridor", "2025-07-01", "2025-07-31", "We will reopen the grain corridor by July,", "Q1")
	kharkiv := newFx(t, "fx/kharkiv", "Shelling hits Kharkiv", "2025-06-05", kharkivText).
		entity("E1", "Andrii Sybiha", "PERSON", "UKR", "UKRGOV", "Andrii Sybiha").
		entity("E2", "Russia", "GPE", "RUS", "RUSGOV", "Moscow").
		entity("E3", "Kharkiv", "GPE", "UKR", "", "city of Kharkiv").
		entity("E4", "Ihor Terekhov", "PERSON", "UKR", "UKRGOV", "Ihor Terekhov").
		entity("E5", "Russian forces", "ORG", "RUS", "RUSMIL", "Russian forces").
		quote("Q1", "partial", "E4", "the shelling hit homes and a school").
		quote("Q2", "direct", "E1", "This is a deliberate attack on homes,").
		event("V1", "195", 4, -10, "E5", "RUSMIL", "UKR", "UKR", "Kharkiv", "Russian forces shelled the city of Kharkiv").
		event("V2", "112", 3, -2, "E1", "UKRGOV", "E2", "RUSGOV", "", "Andrii Sybiha accused Moscow of targeting civilians").
		time("Thursday", "2025-06-05")
	aid := newFx(t, "fx/aid", "EU pledges aid to Ukraine", "2025-06-10", aidText).
		entity("E1", "European Union", "ORG", "", "IGOEUREEC", "European Union").
		entity("E2", "Ukraine", "GPE", "UKR", "UKR", "Ukraine").
		entity("E3", "Hadja Lahbib", "PERSON", "BEL", "IGOEUREEC", "Hadja Lahbib").
		quote("Q1", "indirect", "E3", "the first deliveries would arrive by the end of August").
		event("V1", "073", 2, 7.4, "E1", "IGOEUREEC", "E2", "UKR", "", "The European Union pledged 50 million euros in humanitarian aid to Ukraine").
		time("Tuesday", "2025-06-10").time("the end of August", "2025-08").
		commit("E1", "deliver humanitarian aid", "2025-08-25", "2025-08-31", "the first deliveries would arrive by the end of August", "Q1")
	s, e := aid.span("50 million euros")
	aid.a.Amounts = append(aid.a.Amounts, dateline.AmountJSON{Text: "50 million euros", Start: s, End: e, Kind: "money", Value: 5e7, Unit: "EUR", Object: "humanitarian aid"})
	hostile := newFx(t, "fx/hostile", hostileTitle, "2025-06-12", hostileText).
		entity("E1", hostileSpeaker, "PERSON", "", "", "Mallory").
		quote("Q1", "direct", "E1", "<script>window.__pwned='quote'</script> is fine")
	hostile.a.URL = ptr(hostileURL)
	return []dateline.Analysis{corridor.a, kharkiv.a, aid.a, hostile.a}
}

// fixtureStore is a SQLite store holding the fixture articles; ids maps
// fixture ids ("fx/kharkiv") to store ids.
func fixtureStore(t testing.TB) (store.Store, map[string]string) {
	t.Helper()
	db, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "fixture.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ids := map[string]string{}
	for _, a := range fixtureAnalyses(t) {
		url := ""
		if a.URL != nil {
			url = *a.URL
		}
		res, err := db.Put(context.Background(), store.Record{Analysis: a, Analysed: true,
			Source: store.Source{Input: "fixture.jsonl", ItemID: a.ID, URL: url}})
		if err != nil {
			t.Fatalf("Put(%s): %v", a.ID, err)
		}
		ids[a.ID] = res.ID
	}
	return db, ids
}
