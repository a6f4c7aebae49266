package server

import (
	"net/http"
	"slices"

	"dateline/gazetteer"
	"dateline/store"
)

// place is a point on the event map: the events at one city or country.
type place struct {
	Name        string  `json:"name"`
	Country     string  `json:"country,omitempty"` // ISO alpha-3
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
	Precision   string  `json:"precision"` // "city" or "country"
	Events      int     `json:"events"`
	ByQuadClass [4]int  `json:"by_quad_class"`
	Goldstein   float64 `json:"goldstein"`
	// Locations are the place names the articles used, when they named one.
	Locations []string `json:"locations,omitempty"`
}

type placesAnswer struct {
	Places []place `json:"places"`
	// Unplaced counts the events with neither a known place nor an actor
	// country.
	Unplaced int `json:"unplaced"`
}

// places puts the selected events on the map. An event goes where its text
// says it happened ("in Kyiv": a city of the gazetteer, most populous of
// that name; or a country or region of one); without a place it goes to
// actor1's country, else actor2's, as GDELT places events by their actors
// when the text names no location.
func (s *Server) places(r *http.Request, p params) (any, error) {
	q, err := s.eventQuery(p)
	if err != nil {
		return nil, err
	}
	groups, err := s.cfg.Store.EventPlaces(r.Context(), q)
	if err != nil {
		return nil, err
	}
	g, err := gazetteer.Load()
	if err != nil {
		return nil, err
	}
	ans := placesAnswer{Places: []place{}}
	index := map[string]int{}
	for _, grp := range groups {
		pl, ok := locate(g, grp)
		if !ok {
			ans.Unplaced += grp.Events
			continue
		}
		key := pl.Precision + "\x00" + pl.Name + "\x00" + pl.Country
		i, seen := index[key]
		if !seen {
			i = len(ans.Places)
			index[key] = i
			ans.Places = append(ans.Places, pl)
		}
		dst := &ans.Places[i]
		dst.Goldstein = (dst.Goldstein*float64(dst.Events) + grp.Goldstein*float64(grp.Events)) / float64(dst.Events+grp.Events)
		dst.Events += grp.Events
		for k := range dst.ByQuadClass {
			dst.ByQuadClass[k] += grp.ByQuadClass[k]
		}
		if grp.Location != "" && !slices.Contains(dst.Locations, grp.Location) {
			dst.Locations = append(dst.Locations, grp.Location)
		}
	}
	slices.SortStableFunc(ans.Places, func(a, b place) int { return b.Events - a.Events })
	return ans, nil
}

// locate gives a group of events its coordinates.
func locate(g *gazetteer.Gazetteer, grp store.PlaceCount) (place, bool) {
	if grp.Location != "" {
		for _, c := range g.City(grp.Location) {
			return place{Name: c.Name, Country: c.Country, Lat: c.Lat, Lon: c.Lon, Precision: "city"}, true
		}
		if c, ok := g.Country(grp.Location); ok && (c.Lat != 0 || c.Lon != 0) {
			return countryPlace(c), true
		}
		for _, e := range g.Lookup(grp.Location) {
			if e.Kind == gazetteer.KindPlace && e.Country != "" {
				if c, ok := g.CountryByCode(e.Country); ok {
					return countryPlace(c), true
				}
			}
		}
	}
	for _, code := range []string{grp.Country1, grp.Country2} {
		if c, ok := g.CountryByCode(code); ok && code != "" && (c.Lat != 0 || c.Lon != 0) {
			return countryPlace(c), true
		}
	}
	return place{}, false
}

func countryPlace(c *gazetteer.Country) place {
	return place{Name: c.Name, Country: c.Alpha3, Lat: c.Lat, Lon: c.Lon, Precision: "country"}
}

// networkNode is an actor of the network with its number of events.
type networkNode struct {
	store.NetworkActor
	Events int `json:"events"`
}

// networkEdge is an edge of the network, its ends named by node id.
type networkEdge struct {
	Source      string  `json:"source"`
	Target      string  `json:"target"`
	Events      int     `json:"events"`
	ByQuadClass [4]int  `json:"by_quad_class"`
	QuadClass   int     `json:"quad_class"` // the most frequent class; a tie goes to the more conflictual
	Goldstein   float64 `json:"goldstein"`
	First       string  `json:"first,omitempty"`
	Last        string  `json:"last,omitempty"`
}

type networkAnswer struct {
	Nodes []networkNode `json:"nodes"`
	Edges []networkEdge `json:"edges"`
}

// networkLimit is the default number of edges: what a force layout in a
// browser draws legibly.
const networkLimit = 300

func (s *Server) network(r *http.Request, p params) (any, error) {
	from, to, err := p.dates("from", "to")
	if err != nil {
		return nil, err
	}
	limit, err := p.intIn("limit", 1, store.MaxLimit, networkLimit)
	if err != nil {
		return nil, err
	}
	edges, err := s.cfg.Store.ActorNetwork(r.Context(), store.NetworkQuery{From: from, To: to, Actor: p["actor"], Limit: limit})
	if err != nil {
		return nil, err
	}
	ans := networkAnswer{Nodes: []networkNode{}, Edges: make([]networkEdge, 0, len(edges))}
	index := map[string]int{}
	node := func(a store.NetworkActor, n int) {
		i, ok := index[a.ID]
		if !ok {
			i = len(ans.Nodes)
			index[a.ID] = i
			ans.Nodes = append(ans.Nodes, networkNode{NetworkActor: a})
		}
		ans.Nodes[i].Events += n
	}
	for _, e := range edges {
		node(e.Source, e.Events)
		if e.Target.ID != e.Source.ID {
			node(e.Target, e.Events)
		}
		qc := 0
		for k, n := range e.ByQuadClass {
			if n > 0 && n >= e.ByQuadClass[qc] {
				qc = k
			}
		}
		ans.Edges = append(ans.Edges, networkEdge{Source: e.Source.ID, Target: e.Target.ID, Events: e.Events,
			ByQuadClass: e.ByQuadClass, QuadClass: qc + 1, Goldstein: e.Goldstein, First: e.First, Last: e.Last})
	}
	return ans, nil
}
