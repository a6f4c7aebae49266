package entity

import "strings"

// A token's word classes: which of the word lists that the resolver asks
// of every token (by its lower-cased text) hold it. Each list was a map
// lookup per token and pass, about a fifth of the stage on BBC articles,
// for words that are almost never in them; one lookup per token, made
// once per document (tokenView.class), now tells which lists to ask.
const (
	clsPronoun   uint8 = 1 << iota // pronounWords[lower]
	clsAppoint                     // appointVerbs[lower]
	clsHonorific                   // honorifics[strings.TrimSuffix(lower, ".")]
	clsAgent                       // extraAgents[lower]
	clsTitleDet                    // titleDeterminers[lower]
)

// wordClasses holds the classes of every word that has one: a word
// outside it is in none of the lists (a key of each list, or an
// honorific with a full stop after it).
var wordClasses = func() map[string]uint8 {
	var cands []string
	for w := range pronounWords {
		cands = append(cands, w)
	}
	for w := range appointVerbs {
		cands = append(cands, w)
	}
	for w := range honorifics {
		cands = append(cands, w, w+".")
	}
	for w := range extraAgents {
		cands = append(cands, w)
	}
	for w := range titleDeterminers {
		cands = append(cands, w)
	}
	m := make(map[string]uint8, len(cands))
	for _, w := range cands {
		if c := classOf(w); c != 0 {
			m[w] = c
		}
	}
	return m
}()

// classOf asks each list about lower, as the resolver's tests do.
func classOf(lower string) uint8 {
	var c uint8
	if _, ok := pronounWords[lower]; ok {
		c |= clsPronoun
	}
	if appointVerbs[lower] {
		c |= clsAppoint
	}
	if _, ok := honorifics[strings.TrimSuffix(lower, ".")]; ok {
		c |= clsHonorific
	}
	if _, ok := extraAgents[lower]; ok {
		c |= clsAgent
	}
	if titleDeterminers[lower] {
		c |= clsTitleDet
	}
	return c
}
