// Package storetest is the one conformance suite every store backend
// passes: the same test bodies run on SQLite and PostgreSQL.
package storetest

import (
	"strings"
	"testing"

	"dateline"
	"dateline/store"
)

// The fixture articles are written for these tests (no corpus text). Two
// mention the same person, so entities join across articles; one is in
// German and stored without analysis.
const (
	ferryTitle = "Harbour council approves new ferry link"
	ferryText  = "Mayor Elena Brandt said on Tuesday that the ferry will run by June.\n\n" +
		"\"We promised this to the islanders,\" Brandt said. The Harbour Council met the Transport Union.\n\n" +
		"The city will spend $12 million on the terminal."
	bridgeTitle = "Bridge repairs delayed again"
	bridgeText  = "Engineers found cracks in the old bridge, and Elena Brandt criticised the contractor.\n\n" +
		"\"Nobody told us about the cracks,\" said Brandt, who accused the Northern Rail Company of hiding reports."
	germanTitle = "Fähre fährt ab Juni"
	germanText  = "Die neue Fähre soll ab Juni zwischen den Inseln verkehren."
)

func ptr[T any](v T) *T { return &v }

// span finds sub in text, failing the test when it is not there.
func span(t testing.TB, text, sub string) (int, int) {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("fixture: %q not in text", sub)
	}
	return i, i + len(sub)
}

func mention(t testing.TB, text, sub, kind string) dateline.MentionJSON {
	s, e := span(t, text, sub)
	return dateline.MentionJSON{Start: s, End: e, Text: sub, Kind: kind}
}

// ferry is an analysed article with every kind of record.
func ferry(t testing.TB) dateline.Analysis {
	x := ferryText
	q1s, q1e := span(t, x, "We promised this to the islanders,")
	q2s, q2e := span(t, x, "the ferry will run by June")
	vs, ve := span(t, x, "The Harbour Council met the Transport Union.")
	ts, te := span(t, x, "Tuesday")
	js, je := span(t, x, "June")
	ms, me := span(t, x, "$12 million")
	return dateline.Analysis{
		ID: "fixture/ferry", Title: ptr(ferryTitle), Published: ptr("2025-03-04"), Language: "en",
		URL: ptr("https://news.example/ferry"), Text: x,
		Sentences: []dateline.SentenceJSON{{Start: 0, End: len(x)}},
		Entities: []dateline.EntityJSON{
			{ID: "E1", Name: "Elena Brandt", Type: "PERSON", Country: ptr("NOR"), Roles: []string{"Mayor"},
				Mentions: []dateline.MentionJSON{mention(t, x, "Elena Brandt", "name"), mention(t, x, "Brandt said", "name")}},
			{ID: "E2", Name: "Harbour Council", Type: "ORG", Country: ptr("NOR"), Actor: ptr("NORGOV"), Roles: []string{},
				Mentions: []dateline.MentionJSON{mention(t, x, "Harbour Council", "name")}},
			{ID: "E3", Name: "Transport Union", Type: "ORG", Roles: []string{},
				Mentions: []dateline.MentionJSON{mention(t, x, "Transport Union", "name")}},
		},
		Quotes: []dateline.QuoteJSON{
			{ID: "Q1", Kind: "direct", Text: x[q1s:q1e], Start: q1s, End: q1e, Speaker: ptr("E1"), SpeakerName: ptr("Elena Brandt"), Cue: ptr("said"), Confidence: 0.9},
			{ID: "Q2", Kind: "indirect", Text: x[q2s:q2e], Start: q2s, End: q2e, Speaker: ptr("E1"), SpeakerName: ptr("Elena Brandt"), Cue: ptr("said"), Confidence: 0.7},
		},
		Events: []dateline.EventJSON{{ID: "V1", Code: "040", QuadClass: 1, Goldstein: 1,
			Actor1: &dateline.ActorJSON{Entity: ptr("E2"), Code: "NORGOV", Name: "Harbour Council"},
			Actor2: &dateline.ActorJSON{Entity: ptr("E3"), Code: "NORLAB", Name: "Transport Union"},
			Date:   "2025-03-04", Start: vs, End: ve, Text: x[vs:ve]}},
		Times: []dateline.TimeJSON{
			{Text: "Tuesday", Start: ts, End: te, Type: "DATE", Value: "2025-03-04"},
			{Text: "June", Start: js, End: je, Type: "DATE", Value: "2025-06"},
		},
		Amounts: []dateline.AmountJSON{{Text: "$12 million", Start: ms, End: me, Kind: "money", Value: 12e6, Unit: "USD", Object: "terminal"}},
		Commitments: []dateline.CommitJSON{{Actor: ptr("E1"), ActorName: ptr("Elena Brandt"), Action: "run the ferry",
			Due: dateline.DueJSON{Start: "2025-06-01", End: "2025-06-30"}, Evidence: x[q2s:q2e], Start: q2s, End: q2e, Quote: ptr("Q2")}},
		Tone:   &dateline.ToneJSON{Tone: 1.5, Positive: 3, Negative: 1.5, Words: 40},
		Stages: []string{"segment.v1"},
	}
}

// bridge is a second analysed article: the same person, a conflict event.
func bridge(t testing.TB) dateline.Analysis {
	x := bridgeText
	qs, qe := span(t, x, "Nobody told us about the cracks,")
	vs, ve := span(t, x, "who accused the Northern Rail Company of hiding reports")
	return dateline.Analysis{
		ID: "fixture/bridge", Title: ptr(bridgeTitle), Published: ptr("2025-04-10"), Language: "en", Text: x,
		Entities: []dateline.EntityJSON{
			{ID: "E1", Name: "Elena  Brandt", Type: "PERSON", Roles: []string{},
				Mentions: []dateline.MentionJSON{mention(t, x, "Elena Brandt", "name"), mention(t, x, "Brandt, who", "name")}},
			{ID: "E2", Name: "Northern Rail Company", Type: "ORG", Country: ptr("GBR"), Roles: []string{},
				Mentions: []dateline.MentionJSON{mention(t, x, "Northern Rail Company", "name")}},
		},
		Quotes: []dateline.QuoteJSON{{ID: "Q1", Kind: "direct", Text: x[qs:qe], Start: qs, End: qe,
			Speaker: ptr("E1"), SpeakerName: ptr("Elena  Brandt"), Cue: ptr("said"), Confidence: 0.9}},
		Events: []dateline.EventJSON{{ID: "V1", Code: "112", QuadClass: 3, Goldstein: -2,
			Actor1: &dateline.ActorJSON{Entity: ptr("E1"), Code: "NORGOV", Name: "Elena Brandt"},
			Actor2: &dateline.ActorJSON{Entity: ptr("E2"), Code: "GBRBUS", Name: "Northern Rail Company"},
			Start:  vs, End: ve, Text: x[vs:ve]}},
		Stages: []string{"segment.v1"},
	}
}

// german is stored without analysis: a language the stages do not cover.
func german() dateline.Analysis {
	return dateline.Analysis{ID: "fixture/faehre", Title: ptr(germanTitle), Published: ptr("2025-03-05"),
		Language: "de", Text: germanText, Flags: []string{"invalid-utf8-replaced"}}
}

func record(a dateline.Analysis, input string, analysed bool) store.Record {
	return store.Record{Analysis: a, Analysed: analysed, Source: store.Source{Input: input, ItemID: a.ID, URL: deref(a.URL)}}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
