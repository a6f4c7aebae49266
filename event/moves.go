package event

// moveVerbs go somewhere. Coded by the verb alone they take the
// dictionaries' block code (GO_SOMEWHERE 040, consult), which is right
// for a journey to a country or city ("the chancellor is travelling to
// America", "he arrived in Britain") and wrong for the rest: "went to
// university", "went to number one", "went back on a pledge to X", "came
// to power", "will leave London".
var moveVerbs = map[string]bool{"GO": true, "TRAVEL": true, "ARRIVE": true, "COME": true, "LEAVE": true,
	"DEPART": true, "JOURNEY": true, "TOUR": true, "RETURN": true, "HEAD": true, "EMBARK": true}

// placeObject are the movement verbs that take the place as their
// object: "left Iraq on Monday" (the end of a visit), "is touring
// Africa".
var placeObject = map[string]bool{"LEAVE": true, "DEPART": true, "TOUR": true}

// destinationCase introduce where a journey goes.
var destinationCase = map[string]bool{"TO": true, "IN": true, "AT": true, "INTO": true}

// destination keeps of a movement verb's targets, found at the phrase
// tgt, the places it goes to: countries and regions (a city codes as its
// country) named by a phrase of destination, or the object of leaving or
// touring (built-in mode).
func (c *coder) destination(tgt int, targets []actor) []actor {
	if tgt < 0 {
		return nil
	}
	s := c.s
	if !destinationCase[s.caseOf(tgt)] && (s.base[tgt] != "obj" || !placeObject[s.lemmas[s.head[tgt]]]) {
		return nil
	}
	keep := targets[:0:0]
	for _, a := range targets {
		if bareCountry(a.code) {
			keep = append(keep, a)
		}
	}
	return keep
}
