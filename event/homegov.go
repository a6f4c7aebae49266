package event

import (
	"strings"

	"dateline/text"
)

// homeGovernment gives a government named without its country ("the
// government", "ministers", "the chancellor": ---GOV) the country of the
// article's governments: the one country whose government actors (the
// entities coded XXXGOV…, counted by mentions, and the other sides of
// events coded so) make at least two mentions and two thirds of them. A story
// of Tony Blair's government makes "the government" GBRGOV; one about
// two governments, or about none with a country, leaves ---GOV: no code
// rather than a guess (built-in mode).
func homeGovernment(d *text.Document, evs []text.Event) {
	n := map[string]int{}
	total := 0
	add := func(code string, k int) {
		if c := govCountry(code); c != "" {
			n[c] += k
			total += k
		}
	}
	for _, e := range d.Entities {
		add(e.Actor, max(1, len(e.Mentions)))
	}
	for _, e := range evs {
		for _, a := range [2]text.Actor{e.Actor1, e.Actor2} {
			// An entity with this code is counted above.
			if a.Entity < 0 || a.Entity >= len(d.Entities) || d.Entities[a.Entity].Actor != a.Code {
				add(a.Code, 1)
			}
		}
	}
	home := ""
	for c, k := range n {
		if k >= 2 && 3*k >= 2*total {
			home = c
		}
	}
	if home == "" {
		return
	}
	for i := range evs {
		for _, a := range [2]*text.Actor{&evs[i].Actor1, &evs[i].Actor2} {
			if strings.HasPrefix(a.Code, "---GOV") {
				a.Code = home + a.Code[3:]
			}
		}
	}
}

// govCountry is the country of a government actor code ("GBR" of
// "GBRGOV", "GBRGOVEDU"), "" for others.
func govCountry(code string) string {
	if len(code) >= 6 && code[3:6] == "GOV" && bareCountry(code[:3]) {
		return code[:3]
	}
	return ""
}
