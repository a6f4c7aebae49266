package server

import (
	"net/http"
	"strings"

	"dateline"
	"dateline/store"
)

// Query parameters shared by several routes. Codes are stored in one case
// (entity types and ISO 3166 countries upper, ISO 639 languages lower) and
// matched exactly, so the server folds what the user typed to that case:
// "person" or "usa" selected nothing before.
var (
	articleParams = []string{"q", "from", "to", "source", "lang", "entity"}
	eventParams   = []string{"actor", "code", "root", "quad_class", "country", "from", "to"}
	pageParams    = []string{"cursor", "limit"}
)

func with(a []string, more ...[]string) []string {
	out := append([]string(nil), a...)
	for _, m := range more {
		out = append(out, m...)
	}
	return out
}

// routes is the API: the mux, the parameter check, the 405 answers and the
// OpenAPI test all read this table.
func (s *Server) routes() []route {
	return []route{
		{method: "GET", path: "/api/articles", params: with(articleParams, pageParams), get: s.articles},
		{method: "POST", path: "/api/articles", raw: s.postArticle},
		{method: "GET", path: "/api/articles/{id}", get: s.article},
		{method: "GET", path: "/api/facets", params: articleParams, get: s.facets},
		{method: "GET", path: "/api/quotes", params: with([]string{"speaker", "q", "kind", "from", "to"}, pageParams), get: s.quotes},
		{method: "GET", path: "/api/entities", params: with([]string{"q", "type", "country"}, pageParams), get: s.entities},
		{method: "GET", path: "/api/entities/{id}", params: []string{"from", "to"}, get: s.entity},
		{method: "GET", path: "/api/events", params: with(eventParams, pageParams), get: s.events},
		{method: "GET", path: "/api/places", params: eventParams, get: s.places},
		{method: "GET", path: "/api/network", params: []string{"from", "to", "actor", "limit"}, get: s.network},
		{method: "GET", path: "/api/commitments", params: with([]string{"due_from", "due_to"}, pageParams), get: s.commitments},
		{method: "GET", path: "/api/stats", get: s.stats},
		{method: "GET", path: "/api/openapi.json", get: s.openAPI},
	}
}

func (s *Server) articleQuery(p params) (store.ArticleQuery, error) {
	from, to, err := p.dates("from", "to")
	if err != nil {
		return store.ArticleQuery{}, err
	}
	limit, err := p.limit()
	return store.ArticleQuery{Q: p["q"], From: from, To: to, Source: p["source"], Language: strings.ToLower(p["lang"]),
		Entity: p["entity"], Cursor: p["cursor"], Limit: limit}, err
}

func (s *Server) articles(r *http.Request, p params) (any, error) {
	q, err := s.articleQuery(p)
	if err != nil {
		return nil, err
	}
	return s.cfg.Store.Articles(r.Context(), q)
}

func (s *Server) facets(r *http.Request, p params) (any, error) {
	q, err := s.articleQuery(p)
	if err != nil {
		return nil, err
	}
	return s.cfg.Store.ArticleFacets(r.Context(), q)
}

// articleView is an article's Analysis (the contract, fields at the top
// level) plus what the store knows of it: sources, story group, counts.
type articleView struct {
	dateline.Analysis
	Stored store.Article `json:"stored"`
	// EntityIDs maps the article's entity ids ("E1") to the store's global
	// ids, which the entity pages use.
	EntityIDs map[string]string `json:"entity_ids"`
}

func (s *Server) article(r *http.Request, _ params) (any, error) {
	id := r.PathValue("id")
	a, err := s.cfg.Store.Analysis(r.Context(), id)
	if err != nil {
		return nil, err
	}
	meta, err := s.cfg.Store.Article(r.Context(), id)
	if err != nil {
		return nil, err
	}
	v := articleView{Analysis: a, Stored: meta, EntityIDs: map[string]string{}}
	for _, e := range a.Entities {
		v.EntityIDs[e.ID] = store.EntityID(e.Type, e.Name)
	}
	return v, nil
}

var quoteKinds = []string{"direct", "partial", "indirect"}

func (s *Server) quotes(r *http.Request, p params) (any, error) {
	from, to, err := p.dates("from", "to")
	if err != nil {
		return nil, err
	}
	limit, err := p.limit()
	if err != nil {
		return nil, err
	}
	if k := p["kind"]; k != "" && k != "direct" && k != "partial" && k != "indirect" {
		return nil, errorf(http.StatusBadRequest, "parameter kind=%q: want one of %v", k, quoteKinds)
	}
	return s.cfg.Store.Quotes(r.Context(), store.QuoteQuery{Speaker: p["speaker"], Q: p["q"], Kind: p["kind"],
		From: from, To: to, Cursor: p["cursor"], Limit: limit})
}

func (s *Server) entities(r *http.Request, p params) (any, error) {
	limit, err := p.limit()
	if err != nil {
		return nil, err
	}
	return s.cfg.Store.Entities(r.Context(), store.EntityQuery{Q: p["q"], Type: strings.ToUpper(p["type"]), Country: strings.ToUpper(p["country"]),
		Cursor: p["cursor"], Limit: limit})
}

// profileEvents is how many of an entity's events a profile lists.
const profileEvents = 200

// entityProfile is what the entity page draws.
type entityProfile struct {
	store.Entity
	Timeline   []store.DayCount        `json:"timeline"`
	Quotes     store.Page[store.Quote] `json:"quotes"`
	AsActor1   []store.Event           `json:"events_as_actor1"`
	AsActor2   []store.Event           `json:"events_as_actor2"`
	CoEntities []store.CoEntity        `json:"co_entities"`
}

func (s *Server) entity(r *http.Request, p params) (any, error) {
	ctx, id := r.Context(), r.PathValue("id")
	from, to, err := p.dates("from", "to")
	if err != nil {
		return nil, err
	}
	e, err := s.cfg.Store.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	prof := entityProfile{Entity: e, AsActor1: []store.Event{}, AsActor2: []store.Event{}}
	if prof.Timeline, err = s.cfg.Store.EntityTimeline(ctx, id, from, to); err != nil {
		return nil, err
	}
	if prof.Quotes, err = s.cfg.Store.Quotes(ctx, store.QuoteQuery{Speaker: id, From: from, To: to}); err != nil {
		return nil, err
	}
	events, err := s.cfg.Store.Events(ctx, store.EventQuery{Actor: id, From: from, To: to, Limit: profileEvents})
	if err != nil {
		return nil, err
	}
	for _, ev := range events.Items {
		if ev.Actor1.EntityID == id {
			prof.AsActor1 = append(prof.AsActor1, ev)
		}
		if ev.Actor2.EntityID == id {
			prof.AsActor2 = append(prof.AsActor2, ev)
		}
	}
	if prof.CoEntities, err = s.cfg.Store.CoEntities(ctx, id, 20); err != nil {
		return nil, err
	}
	return prof, nil
}

func (s *Server) eventQuery(p params) (store.EventQuery, error) {
	from, to, err := p.dates("from", "to")
	if err != nil {
		return store.EventQuery{}, err
	}
	qc, err := p.intIn("quad_class", 1, 4, 0)
	if err != nil {
		return store.EventQuery{}, err
	}
	code, err := p.cameo("code", 3, 4, "code", "036 or 0211")
	if err != nil {
		return store.EventQuery{}, err
	}
	root, err := p.cameo("root", 2, 2, "root", "03")
	if err != nil {
		return store.EventQuery{}, err
	}
	limit, err := p.limit()
	return store.EventQuery{Actor: p["actor"], Code: code, Root: root, QuadClass: qc, Country: strings.ToUpper(p["country"]),
		From: from, To: to, Cursor: p["cursor"], Limit: limit}, err
}

func (s *Server) events(r *http.Request, p params) (any, error) {
	q, err := s.eventQuery(p)
	if err != nil {
		return nil, err
	}
	return s.cfg.Store.Events(r.Context(), q)
}

func (s *Server) commitments(r *http.Request, p params) (any, error) {
	from, to, err := p.dates("due_from", "due_to")
	if err != nil {
		return nil, err
	}
	limit, err := p.limit()
	if err != nil {
		return nil, err
	}
	return s.cfg.Store.Commitments(r.Context(), store.CommitmentQuery{DueFrom: from, DueTo: to, Cursor: p["cursor"], Limit: limit})
}

func (s *Server) stats(r *http.Request, _ params) (any, error) {
	return s.cfg.Store.Stats(r.Context())
}
