package storetest

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"dateline"
	"dateline/store"
)

func testSearch(t *testing.T, s store.Store) {
	ferryID, bridgeID, germanID := putAll(t, s)
	for _, tc := range []struct {
		name string
		q    store.ArticleQuery
		want []string
	}{
		{"one word in the text", store.ArticleQuery{Q: "cracks"}, []string{bridgeID}},
		{"a word in the title, any case", store.ArticleQuery{Q: "FERRY"}, []string{ferryID}},
		{"every word must match", store.ArticleQuery{Q: "Brandt terminal"}, []string{ferryID}},
		{"a word in both, newest first", store.ArticleQuery{Q: "Brandt"}, []string{bridgeID, ferryID}},
		{"no article has it", store.ArticleQuery{Q: "volcano"}, []string{}},
		{"a word's beginning with a *", store.ArticleQuery{Q: "crac*"}, []string{bridgeID}},
		{"a prefix and a word", store.ArticleQuery{Q: "Bran* termin*"}, []string{ferryID}},
		{"a beginning without its * is a whole word", store.ArticleQuery{Q: "crac"}, []string{}},
		{"punctuation only matches nothing", store.ArticleQuery{Q: `"*:()`}, []string{}},
		{"query syntax is taken as words", store.ArticleQuery{Q: `"ferry" OR NEAR(`}, []string{}},
		{"non-ASCII words", store.ArticleQuery{Q: "Fähre"}, []string{germanID}},
		{"by language", store.ArticleQuery{Language: "de"}, []string{germanID}},
		{"by date range", store.ArticleQuery{From: "2025-03-01", To: "2025-03-04"}, []string{ferryID}},
		{"by month", store.ArticleQuery{From: "2025-03", To: "2025-03"}, []string{germanID, ferryID}},
		{"by source", store.ArticleQuery{Source: "de.xml"}, []string{germanID}},
		{"by source URL", store.ArticleQuery{Source: "news.example"}, []string{ferryID}},
		{"by entity", store.ArticleQuery{Entity: store.EntityID("ORG", "Harbour Council")}, []string{ferryID}},
		{"everything, newest first", store.ArticleQuery{}, []string{bridgeID, germanID, ferryID}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Articles(ctx(t), tc.q)
			if err != nil {
				t.Fatalf("Articles(%+v): %v", tc.q, err)
			}
			sameIDs(t, "articles", ids(p.Items, articleID), tc.want)
		})
	}
	q, err := s.Quotes(ctx(t), store.QuoteQuery{Q: "islanders"})
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "quotes matching islanders", ids(q.Items, quoteKey), []string{ferryID[:6] + "/Q1"})
	e, err := s.Entities(ctx(t), store.EntityQuery{Q: "rail"})
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "entities matching rail", ids(e.Items, entityName), []string{"Northern Rail Company"})
}

func testQuotes(t *testing.T, s store.Store) {
	ferryID, bridgeID, _ := putAll(t, s)
	brandt := store.EntityID("PERSON", "Elena Brandt")
	f, b := ferryID[:6], bridgeID[:6]
	for _, tc := range []struct {
		name string
		q    store.QuoteQuery
		want []string
	}{
		{"by speaker id, newest first", store.QuoteQuery{Speaker: brandt}, []string{b + "/Q1", f + "/Q2", f + "/Q1"}},
		{"by speaker name, any case and spacing", store.QuoteQuery{Speaker: "elena   BRANDT"}, []string{b + "/Q1", f + "/Q2", f + "/Q1"}},
		{"by speaker and time", store.QuoteQuery{Speaker: brandt, From: "2025-04-01", To: "2025-04-30"}, []string{b + "/Q1"}},
		{"by speaker up to a day", store.QuoteQuery{Speaker: brandt, To: "2025-03-04"}, []string{f + "/Q2", f + "/Q1"}},
		{"by kind", store.QuoteQuery{Kind: "indirect"}, []string{f + "/Q2"}},
		{"by speaker and words", store.QuoteQuery{Speaker: brandt, Q: "cracks"}, []string{b + "/Q1"}},
		{"unknown speaker", store.QuoteQuery{Speaker: "Nobody Known"}, []string{}},
		{"by a surname alone", store.QuoteQuery{Speaker: "brandt"}, []string{b + "/Q1", f + "/Q2", f + "/Q1"}},
		{"a part of a word is no name", store.QuoteQuery{Speaker: "Brand"}, []string{}},
		{"a full name stays exact", store.QuoteQuery{Speaker: "Anna Brandt"}, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Quotes(ctx(t), tc.q)
			if err != nil {
				t.Fatalf("Quotes(%+v): %v", tc.q, err)
			}
			sameIDs(t, "quotes", ids(p.Items, quoteKey), tc.want)
		})
	}
	p, err := s.Quotes(ctx(t), store.QuoteQuery{Speaker: brandt, To: "2025-03-04"})
	if err != nil || len(p.Items) == 0 {
		t.Fatalf("Quotes: %v", err)
	}
	q := p.Items[len(p.Items)-1]
	if ferryText[q.Start:q.End] != q.Text || q.SpeakerID != brandt || q.SpeakerName != "Elena Brandt" ||
		q.Published != "2025-03-04" || q.Cue != "said" || q.Kind != "direct" {
		t.Errorf("quote = %+v, want its evidence span, speaker, date and cue", q)
	}
}

func testEvents(t *testing.T, s store.Store) {
	ferryID, bridgeID, _ := putAll(t, s)
	f, b := ferryID[:6]+"/V1", bridgeID[:6]+"/V1"
	for _, tc := range []struct {
		name string
		q    store.EventQuery
		want []string
	}{
		{"all, newest first", store.EventQuery{}, []string{b, f}},
		{"by actor entity on either side", store.EventQuery{Actor: store.EntityID("ORG", "Transport Union")}, []string{f}},
		{"by actor code", store.EventQuery{Actor: "NORGOV"}, []string{b, f}},
		{"by actor name, any case and spacing", store.EventQuery{Actor: "elena  BRANDT"}, []string{b}},
		{"by actor name on the target side", store.EventQuery{Actor: "Transport Union"}, []string{f}},
		{"by an actor's surname alone", store.EventQuery{Actor: "brandt"}, []string{b}},
		{"a code is no name", store.EventQuery{Actor: "RAIL"}, []string{}},
		{"by code", store.EventQuery{Code: "112"}, []string{b}},
		{"by root", store.EventQuery{Root: "04"}, []string{f}},
		{"by quad class", store.EventQuery{QuadClass: 3}, []string{b}},
		{"by country of an entity", store.EventQuery{Country: "GBR"}, []string{b}},
		{"by country from an actor code", store.EventQuery{Country: "NOR"}, []string{b, f}},
		{"by date, defaulting to publication", store.EventQuery{From: "2025-04-10", To: "2025-04-10"}, []string{b}},
		{"nothing matches", store.EventQuery{Code: "190"}, []string{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Events(ctx(t), tc.q)
			if err != nil {
				t.Fatalf("Events(%+v): %v", tc.q, err)
			}
			sameIDs(t, "events", ids(p.Items, eventKey), tc.want)
		})
	}
	p, err := s.Events(ctx(t), store.EventQuery{Code: "040"})
	if err != nil || len(p.Items) != 1 {
		t.Fatalf("Events(040) = %+v, %v", p, err)
	}
	e := p.Items[0]
	if e.Root != "04" || e.QuadClass != 1 || e.Actor1.Name != "Harbour Council" || e.Actor1.Country != "NOR" ||
		e.Actor2.EntityID != store.EntityID("ORG", "Transport Union") || ferryText[e.Start:e.End] != e.Text {
		t.Errorf("event = %+v", e)
	}
}

func testEntities(t *testing.T, s store.Store) {
	putAll(t, s)
	brandt := store.EntityID("PERSON", "Elena Brandt")
	e, err := s.Entity(ctx(t), brandt)
	if err != nil {
		t.Fatal(err)
	}
	want := store.Entity{ID: brandt, Name: "Elena Brandt", Type: "PERSON", Country: "NOR",
		Counts: store.Counts{Articles: 2, Mentions: 4, Quotes: 3, Events: 1}}
	if e != want {
		t.Errorf("Entity(Brandt) = %+v, want %+v", e, want)
	}
	for _, tc := range []struct {
		name string
		q    store.EntityQuery
		want []string
	}{
		{"most mentioned first", store.EntityQuery{Limit: 2}, []string{"Elena Brandt", "Northern Rail Company"}},
		{"by type", store.EntityQuery{Type: "PERSON"}, []string{"Elena Brandt"}},
		{"by country", store.EntityQuery{Country: "GBR"}, []string{"Northern Rail Company"}},
		{"by name words", store.EntityQuery{Q: "harbour council"}, []string{"Harbour Council"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Entities(ctx(t), tc.q)
			if err != nil {
				t.Fatalf("Entities(%+v): %v", tc.q, err)
			}
			sameIDs(t, "entities", ids(p.Items, entityName), tc.want)
		})
	}
	t.Run("a listed entity has the counts of its own page", func(t *testing.T) {
		p, err := s.Entities(ctx(t), store.EntityQuery{Type: "PERSON"})
		if err != nil || len(p.Items) != 1 {
			t.Fatalf("Entities(PERSON) = %+v, %v; want Brandt", p.Items, err)
		}
		if p.Items[0] != want {
			t.Errorf("listed Brandt = %+v, want %+v", p.Items[0], want)
		}
		co, err := s.CoEntities(ctx(t), store.EntityID("ORG", "Harbour Council"), 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range co {
			if c.ID == brandt && c.Entity != want {
				t.Errorf("Brandt seen with the council = %+v, want %+v", c.Entity, want)
			}
		}
	})
}

func testCommitments(t *testing.T, s store.Store) {
	ferryID, _, _ := putAll(t, s)
	for _, tc := range []struct {
		name     string
		from, to string
		want     int
	}{
		{"due in the month", "2025-06", "2025-06", 1},
		{"due from a day", "2025-06-01", "", 1},
		{"due before", "", "2025-05-31", 0},
		{"any", "", "", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := s.Commitments(ctx(t), store.CommitmentQuery{DueFrom: tc.from, DueTo: tc.to})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Items) != tc.want {
				t.Fatalf("commitments = %+v, want %d", p.Items, tc.want)
			}
			if tc.want == 1 {
				c := p.Items[0]
				if c.ArticleID != ferryID || c.QuoteID != "Q2" || c.ActorID != store.EntityID("PERSON", "Elena Brandt") ||
					c.DueEnd != "2025-06-30" || ferryText[c.Start:c.End] != c.Evidence {
					t.Errorf("commitment = %+v", c)
				}
			}
		})
	}
}

func testErrors(t *testing.T, s store.Store) {
	e1 := store.ErrorRecord{Input: "feeds/broken.xml", Message: "truncated gzip", Time: time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)}
	e2 := store.ErrorRecord{Input: "pages/a.html", Stage: "quotes.v1", Message: "panic: index out of range"}
	for _, e := range []store.ErrorRecord{e1, e2, e1} {
		if err := s.PutError(ctx(t), e); err != nil {
			t.Fatalf("PutError: %v", err)
		}
	}
	rec := record(bridge(t), "pages/b.html", false)
	rec.Err = &store.ErrorRecord{Input: "pages/b.html", Stage: "events.v1", Message: "bad span"}
	id := put(t, s, rec).ID
	put(t, s, rec)
	p, err := s.Errors(ctx(t), store.ErrorQuery{})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(p.Items, func(e store.ErrorRecord) string { return e.Input + "|" + e.Stage + "|" + e.ArticleID })
	sameIDs(t, "errors, newest first", got, []string{"pages/b.html|events.v1|" + id, "pages/a.html|quotes.v1|", "feeds/broken.xml||"})
	if last := p.Items[2]; !last.Time.Equal(e1.Time) || last.Message != e1.Message {
		t.Errorf("error record = %+v, want time %v and message %q", last, e1.Time, e1.Message)
	}
	p, err = s.Errors(ctx(t), store.ErrorQuery{Stage: "quotes.v1"})
	if err != nil || len(p.Items) != 1 {
		t.Errorf("Errors(stage quotes.v1) = %+v, %v; want 1", p.Items, err)
	}
	p, err = s.Errors(ctx(t), store.ErrorQuery{Stage: store.StageRead})
	if err != nil || len(p.Items) != 1 || p.Items[0].Input != "feeds/broken.xml" {
		t.Errorf("Errors(stage read) = %+v, %v; want the unreadable feed alone", p.Items, err)
	}
}

func testStats(t *testing.T, s store.Store) {
	putAll(t, s)
	put(t, s, record(ferry(t), "mirror/ferry.txt", true))
	if err := s.PutError(ctx(t), store.ErrorRecord{Input: "x.html", Message: "binary file"}); err != nil {
		t.Fatal(err)
	}
	got, err := s.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	want := store.Stats{Articles: 3, Analysed: 2, NonEnglish: 1, Sources: 4, DuplicateInputs: 1,
		Entities: 4, Mentions: 7, Quotes: 3, Events: 2, Times: 2, Amounts: 1, Commitments: 1, Errors: 1}
	if got != want {
		t.Errorf("Stats =\n %+v\nwant\n %+v", got, want)
	}
}

func testPagination(t *testing.T, s store.Store) {
	const n = 7
	want := map[string]bool{}
	for i := range n {
		a := dateline.Analysis{ID: "p", Language: "en", Published: ptr("2025-01-0" + string(rune('1'+i%3))),
			Text: "Page test article number " + strings.Repeat("x", i+1)}
		want[put(t, s, record(a, "pages.jsonl", true)).ID] = true
	}
	seen := map[string]bool{}
	cursor, pages, last := "", 0, "9999"
	for {
		p, err := s.Articles(ctx(t), store.ArticleQuery{Cursor: cursor, Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		pages++
		for _, a := range p.Items {
			if seen[a.ID] {
				t.Errorf("page %d repeats %s", pages, a.ID)
			}
			if a.Published > last {
				t.Errorf("page %d: %s after %s, want newest first", pages, a.Published, last)
			}
			seen[a.ID], last = true, a.Published
		}
		if p.Next == "" {
			break
		}
		if pages > n {
			t.Fatal("cursor never ends")
		}
		cursor = p.Next
	}
	if pages != 3 || len(seen) != n {
		t.Errorf("%d pages with %d articles, want 3 pages with %d", pages, len(seen), n)
	}
}

func testBadQuery(t *testing.T, s store.Store) {
	putAll(t, s)
	for name, fn := range map[string]func() error{
		"cursor":          func() error { _, err := s.Articles(ctx(t), store.ArticleQuery{Cursor: "%%%"}); return err },
		"quote date":      func() error { _, err := s.Quotes(ctx(t), store.QuoteQuery{From: "March"}); return err },
		"event date":      func() error { _, err := s.Events(ctx(t), store.EventQuery{To: "2025-3-4"}); return err },
		"entities cursor": func() error { _, err := s.Entities(ctx(t), store.EntityQuery{Cursor: "e30"}); return err },
	} {
		if err := fn(); !errors.Is(err, store.ErrBadQuery) {
			t.Errorf("%s: error = %v, want ErrBadQuery", name, err)
		}
	}
}

func testHostileStrings(t *testing.T, s store.Store) {
	putAll(t, s)
	for _, h := range []string{`'; DROP TABLE articles; --`, `" OR 1=1 --`, `\x00`, `%`, `_`} {
		if p, err := s.Articles(ctx(t), store.ArticleQuery{Source: h, Language: h, Entity: h}); err != nil || len(p.Items) != 0 {
			t.Errorf("Articles(%q) = %d items, %v; want none, nil", h, len(p.Items), err)
		}
		if p, err := s.Quotes(ctx(t), store.QuoteQuery{Speaker: h, Kind: h}); err != nil || len(p.Items) != 0 {
			t.Errorf("Quotes(%q) = %d items, %v; want none, nil", h, len(p.Items), err)
		}
		if _, err := s.Events(ctx(t), store.EventQuery{Actor: h, Code: h, Country: h}); err != nil {
			t.Errorf("Events(%q): %v", h, err)
		}
	}
	if st, err := s.Stats(ctx(t)); err != nil || st.Articles != 3 {
		t.Errorf("after hostile queries: stats %+v, %v; want 3 articles", st, err)
	}
}

func testConcurrentPut(t *testing.T, s store.Store) {
	const n = 8
	var wg sync.WaitGroup
	created := make(chan bool, n)
	errs := make(chan error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rec := record(ferry(t), "copy-"+string(rune('a'+i)), true)
			res, err := s.Put(t.Context(), rec)
			errs <- err
			created <- res.Created
		}()
	}
	wg.Wait()
	close(created)
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("concurrent Put: %v", err)
		}
	}
	c := 0
	for ok := range created {
		if ok {
			c++
		}
	}
	st, err := s.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if c != 1 || st.Articles != 1 || st.Sources != n || st.Quotes != 2 {
		t.Errorf("%d Puts created %d; stats %+v; want 1 created, 1 article, %d sources, 2 quotes", n, c, st, n)
	}
}

func testStoryGroups(t *testing.T, s store.Store) {
	var ids []string
	for i, a := range []dateline.Analysis{ferry(t), bridge(t), german()} {
		rec := record(a, "wire.jsonl", true)
		rec.Sketch = []byte{byte(i), 0xff, 0}
		rec.StoryGroup = "g-ferry"
		if i == 1 {
			rec.StoryGroup = "g-bridge"
		}
		ids = append(ids, put(t, s, rec).ID)
	}
	var got []string
	err := s.RecentSketches(ctx(t), 2, func(id, group string, sketch []byte) error {
		got = append(got, id+"|"+group+"|"+string(rune('0'+sketch[0])))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "recent sketches", got, []string{ids[1] + "|g-bridge|1", ids[2] + "|g-ferry|2"})
	art, err := s.Article(ctx(t), ids[2])
	if err != nil || art.StoryGroup != "g-ferry" {
		t.Errorf("Article story group = %q, %v; want g-ferry", art.StoryGroup, err)
	}
	if st, err := s.Stats(ctx(t)); err != nil || st.StoryGroups != 2 {
		t.Errorf("stats story groups = %d, %v; want 2", st.StoryGroups, err)
	}
}

func testPutBatch(t *testing.T, s store.Store) {
	dup := record(ferry(t), "mirror/ferry.txt", true)
	res, err := s.PutBatch(ctx(t), []store.Record{record(ferry(t), "a", true), record(bridge(t), "a", true), dup})
	if err != nil {
		t.Fatal(err)
	}
	got := ids(res, func(r store.PutResult) string { return fmt.Sprint(r.Created, r.NewSource) })
	sameIDs(t, "batch results (created, new source)", got, []string{"true true", "true true", "false true"})
	if res[0].ID != res[2].ID {
		t.Errorf("duplicate in a batch got id %q, want the first's %q", res[2].ID, res[0].ID)
	}
	// The full-text rows of a batch are found like those of single puts.
	p, err := s.Articles(ctx(t), store.ArticleQuery{Q: "Brandt"})
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "batch articles matching Brandt", ids(p.Items, articleID), []string{res[1].ID, res[0].ID})
	q, err := s.Quotes(ctx(t), store.QuoteQuery{Q: "islanders"})
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "batch quotes matching islanders", ids(q.Items, quoteKey), []string{res[0].ID[:6] + "/Q1"})
	e, err := s.Entities(ctx(t), store.EntityQuery{Q: "rail"})
	if err != nil {
		t.Fatal(err)
	}
	sameIDs(t, "batch entities matching rail", ids(e.Items, entityName), []string{"Northern Rail Company"})
	bad := record(german(), "", false) // no source: refused before any write
	if _, err := s.PutBatch(ctx(t), []store.Record{record(german(), "b", false), bad}); err == nil {
		t.Error("PutBatch with an invalid record = nil error, want one")
	}
	st, err := s.Stats(ctx(t))
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 2 || st.Sources != 3 || st.Quotes != 3 {
		t.Errorf("stats = %+v, want 2 articles, 3 sources, 3 quotes (nothing from the refused batch)", st)
	}
}

// testOddBytes: a NUL byte or invalid UTF-8 in a text (sources repair
// most, a JSONL "\u0000" gets through) must not break a write or move a
// span. A backend may keep such bytes or replace each by a stand-in of the
// same length (PostgreSQL's text type cannot hold NUL); every other byte
// comes back as it was.
func testOddBytes(t *testing.T, s store.Store) {
	a := dateline.Analysis{ID: "odd", Language: "en", Title: ptr("Odd\x00title"),
		Text: "Harbour fees rose\x00 by \xa310 \xff\xfe and the ferry\u2028sailed."}
	id := put(t, s, record(a, "odd.txt", true)).ID
	got, err := s.Analysis(ctx(t), id)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct{ name, got, want string }{{"text", got.Text, a.Text}, {"title", deref(got.Title), deref(a.Title)}} {
		if !sameBesideOddBytes(f.got, f.want) {
			t.Errorf("%s = %q, want %q with only NUL and invalid bytes replaced, length kept", f.name, f.got, f.want)
		}
	}
	p, err := s.Articles(ctx(t), store.ArticleQuery{Q: "ferry"})
	if err != nil || len(p.Items) != 1 {
		t.Errorf("search beside odd bytes: %d found, %v; want 1", len(p.Items), err)
	}
}

// sameBesideOddBytes reports whether got equals want except where want has
// a NUL byte or a byte of invalid UTF-8, with the same length.
func sameBesideOddBytes(got, want string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := 0; i < len(want); {
		r, size := utf8.DecodeRuneInString(want[i:])
		odd := r == 0 || (r == utf8.RuneError && size == 1)
		if !odd && got[i:i+size] != want[i:i+size] {
			return false
		}
		i += size
	}
	return true
}
