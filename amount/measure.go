package amount

import (
	"strings"

	"dateline/text"
)

// measureUnits are the units of length, area, volume, mass, energy and
// power a count may be in, by lemma, with their abbreviations. A count
// in one measures something else: "40 million cubic metres of water"
// counts metres of water, so its unit is the measure and its object the
// of-phrase.
var measureUnits = map[string]bool{}

// measurePowers turn a length into an area or a volume: "square
// kilometres", "cubic metres".
var measurePowers = map[string]bool{"square": true, "cubic": true, "sq": true}

func init() {
	for _, w := range strings.Fields(`metre meter kilometre kilometer centimetre centimeter millimetre
		millimeter mile foot yard inch hectare acre litre liter gallon barrel tonne ton kilogram kilo gram
		pound ounce carat bushel watt kilowatt megawatt gigawatt terawatt kilowatt-hour megawatt-hour
		gigawatt-hour terawatt-hour joule calorie km m2 m3 km2 sq kg mw gw kwh mwh gwh twh bcm`) {
		measureUnits[w] = true
	}
}

// measure reads a count whose phrase tokens j … head (head its noun)
// is a measure: the unit is the measure's lemma with its power ("cubic
// metre"), and the object what it measures, the noun phrase of an
// of-phrase right after it (from k). ok is false when head is no unit.
func (s *scanner) measure(j, head, k int) (unit, object string, ok bool) {
	u := s.lemmaAt(head)
	if !measureUnits[u] {
		return "", "", false
	}
	for p := head - 1; p >= j; p-- {
		if measurePowers[s.toks[p].low] {
			u = s.toks[p].low + " " + u
			break
		}
	}
	if k+1 < len(s.toks) && s.toks[k].low == "of" {
		if obj, _, _, found := s.nounPhrase(k + 1); found {
			object = obj
		}
	}
	return u, object, true
}

// count builds the count amount over tokens start … k, counting the noun
// phrase j … head (obj its text), or, for a measure, what it measures.
func (s *scanner) count(start, j, head, k int, v float64, approx bool, obj string) text.Amount {
	unit := s.lemmaAt(head)
	if mu, mobj, ok := s.measure(j, head, k); ok {
		unit, obj = mu, mobj
	}
	return s.amount(start, k, text.Amount{Kind: "count", Value: v, Unit: unit, Approximate: approx, Object: obj})
}

// metresAt: the "m" glued to a number at token k is metres, not million,
// when a race or what is won in one follows: "the 200m champion", "the
// 60m hurdles", "Olympic 100m silver" (sport pages write distances so;
// "300m blog entries", "11m voters" stay millions).
func (s *scanner) metresAt(k int) bool {
	return k+1 < len(s.toks) && s.toks[k].low == "m" && s.toks[k].glued && raceWords[s.toks[k+1].low]
}

var raceWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`title titles champion champions championship hurdles relay gold silver
		bronze medal medals medallist medalist record records final finals race races event events
		victory win winner freestyle butterfly breaststroke backstroke medley sprint dash heat heats
		semi-final crown personal season world`) {
		raceWords[w] = true
	}
}
