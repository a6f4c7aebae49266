package entity

import "dateline/gazetteer"

// namesake picks, among the people the gazetteer files under one full
// name, the one of the country the article's places and nationalities
// name most often. PETRARCH files a head of state under each country she
// reigns in ("Elizabeth II" under Saint Kitts and Nevis as under
// Britain), and the gazetteer's first reading was the one coded KNA in a
// story set in London. With no such country in the article, the one the
// dictionary says more of (more dated codes: the country its coders saw
// her act for most); with one name for one person, p stays.
func (r *resolver) namesake(p *gazetteer.Person) *gazetteer.Person {
	var alts []*gazetteer.Person
	people := r.g.People()
	for _, en := range r.g.Lookup(p.Name) {
		if en.Kind == gazetteer.KindPerson && people[en.ID].Name == p.Name && people[en.ID].Country != p.Country {
			alts = append(alts, &people[en.ID])
		}
	}
	if len(alts) == 0 {
		return p
	}
	counts := map[string]int{}
	for _, e := range r.ents {
		switch e.typ {
		case "GPE", "LOC", "NORP", "FAC":
			if e.country != "" {
				counts[e.country] += len(e.mentions)
			}
		}
	}
	best := p
	for _, a := range alts {
		if c, b := counts[a.Country], counts[best.Country]; c > b || c == b && len(a.Codes) > len(best.Codes) {
			best = a
		}
	}
	return best
}
