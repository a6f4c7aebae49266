package store

import "context"

// Explorer answers the aggregate queries the web UI draws from: an entity's
// profile over time, who acts on whom, where events happen, and the facets
// of a search. Every Store implements it (it is embedded in Store), so the
// conformance suite checks it on every backend.
type Explorer interface {
	// EntityTimeline counts, per day, an entity's mentions (in articles
	// published that day), its quotes (by article date) and the events it
	// is actor1 or actor2 of (by event date), oldest day first. Days with
	// nothing are left out. from/to bound the days (inclusive, "" for
	// open). ErrNotFound when no entity has that id.
	EntityTimeline(ctx context.Context, id, from, to string) ([]DayCount, error)

	// CoEntities lists the entities that share the most articles with
	// entity id, most shared first, at most limit (clamped like a page).
	CoEntities(ctx context.Context, id string, limit int) ([]CoEntity, error)

	// ActorNetwork aggregates events into directed edges actor1 → actor2,
	// counted per QuadClass, the busiest edges first. Events that lack
	// either actor, and events whose two sides are the same node (one
	// entity, or one CAMEO code for two unnamed actors), are left out.
	ActorNetwork(ctx context.Context, q NetworkQuery) ([]Edge, error)

	// EventPlaces groups the events q selects (its Cursor and Limit are
	// ignored) by location and actor countries, most events first, at most
	// MaxLimit groups: what a map of event locations needs, before the
	// places are given coordinates.
	EventPlaces(ctx context.Context, q EventQuery) ([]PlaceCount, error)

	// ArticleFacets counts, over every article q selects (its Cursor and
	// Limit are ignored), the articles per language and per publication
	// month and the most frequent entities.
	ArticleFacets(ctx context.Context, q ArticleQuery) (Facets, error)
}

// DayCount is one day of an entity's timeline.
type DayCount struct {
	Day      string `json:"day"` // YYYY-MM-DD
	Mentions int    `json:"mentions"`
	Quotes   int    `json:"quotes"`
	Events   int    `json:"events"`
}

// CoEntity is an entity seen in the same articles as another.
type CoEntity struct {
	Entity
	Shared int `json:"shared"` // articles that mention both
}

// NetworkQuery selects the events of an actor network. Limit caps the
// number of edges (clamped like a page).
type NetworkQuery struct {
	From, To string // event date, inclusive
	Actor    string // entity id or CAMEO code on either side; "" for all
	Limit    int
}

// NetworkActor is one end of an edge: the entity when the coder resolved
// one, else the CAMEO actor code.
type NetworkActor struct {
	ID      string `json:"id"` // entity id, or "code:" + the CAMEO code
	Name    string `json:"name"`
	Code    string `json:"code,omitempty"`
	Country string `json:"country,omitempty"`
}

// Edge is every event from one actor to another.
type Edge struct {
	Source NetworkActor `json:"source"`
	Target NetworkActor `json:"target"`
	Events int          `json:"events"`
	// ByQuadClass counts the events per QuadClass: [0] verbal cooperation,
	// [1] material cooperation, [2] verbal conflict, [3] material conflict.
	ByQuadClass [4]int  `json:"by_quad_class"`
	Goldstein   float64 `json:"goldstein"`       // mean Goldstein score
	First       string  `json:"first,omitempty"` // earliest event date
	Last        string  `json:"last,omitempty"`
}

// PlaceCount is the number of events at one place.
type PlaceCount struct {
	Location    string  `json:"location,omitempty"` // the place the text names, if any
	Country1    string  `json:"country1,omitempty"` // ISO alpha-3 of actor1
	Country2    string  `json:"country2,omitempty"`
	Events      int     `json:"events"`
	ByQuadClass [4]int  `json:"by_quad_class"`
	Goldstein   float64 `json:"goldstein"`
}

// Facets are counts over the articles of a search.
type Facets struct {
	Total     int          `json:"total"`
	Languages []FacetCount `json:"languages"`
	Months    []FacetCount `json:"months"` // YYYY-MM, newest first
	Entities  []FacetCount `json:"entities"`
}

// FacetCount is one value of a facet and its number of articles. Name is
// set for entities (Value is then the entity id).
type FacetCount struct {
	Value string `json:"value"`
	Name  string `json:"name,omitempty"`
	Type  string `json:"type,omitempty"`
	Count int    `json:"count"`
}

// FacetEntities is how many entities ArticleFacets lists.
const FacetEntities = 15
