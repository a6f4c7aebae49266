package entity

import "strings"

// titlePrefixes are the words news joins to a title with a hyphen to say
// when the person held it: "then-Sen. Joan Park", "ex-Gov. Tom Weller". As
// with "former Sen. Joan Park", the role is the title.
var titlePrefixes = map[string]bool{"then": true, "ex": true, "former": true, "onetime": true,
	"once": true, "now": true, "future": true, "soon-to-be": true}

// prefixedAgent reads token i as a title after such a prefix, one token as
// the sentence splitter keeps it ("then-Sen.", "ex-Governor").
func (r *resolver) prefixedAgent(i int) (agentWord, bool) {
	w := r.folded(i)
	k := strings.LastIndexByte(w, '-')
	if k <= 0 || k == len(w)-1 || !titlePrefixes[w[:k]] || r.g == nil {
		return agentWord{}, false
	}
	e, ok := r.g.Agent(w[k+1:])
	if !ok {
		return agentWord{}, false
	}
	return agentWord{e.Name, e.Code}, true
}
