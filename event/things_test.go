package event_test

import "testing"

// A thing does not act: a source phrase headed by an act, idea, amount
// or the like, with the actor only inside it, gives no event ("Asian
// investment helps …"). A document speaks for its author, a body of
// people WordNet reads as an act stays a side, and force may be named
// by its means.
func TestThingIsNoSource(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Japanese investment helped the Thai government.", nil, []string{"JPN"}},
		{"The Swedish adoption of the euro would help Finland.", nil, []string{"SWE"}},
		{"The Danish strategy will allow Norway to sell more fish.", nil, []string{"DNK"}},
		{"The Thai plan would give Laos a new port.", nil, []string{"THA"}},
		{"A Canadian report criticised the Mexican government.", []string{"CAN 111 MEXGOV"}, nil},
		{"The Chinese leadership criticised the Japanese government.", []string{"CHN 111 JPNGOV"}, nil},
		{"Russian air strikes killed ten Georgian soldiers.", []string{"RUS 195 GEOMIL"}, nil},
		// A parse whose head is not the phrase's head keeps the event.
		{"A senior Japanese Finance Ministry official told Reuters the plan was dead.", []string{"JPN 010 MED"}, nil},
		{"The Ghanaian founder and former boss of the firm apologised to Nigerian investors.", []string{"GHA 055 NGABUS"}, nil},
	})
}

// A city in a locative phrase of a thing is where the thing is, not a
// side: no target from "bought paintings at an auction in Lyon". Talks
// held in a city are with its country, a role keeps its city's country,
// and a place attacked is the side attacked.
func TestPlaceOfThingIsNoSide(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Spanish prime minister bought two paintings at an auction in Lyon.", nil, []string{"FRA"}},
		{"A Belgian spokeswoman investigated a problem with the road in the centre of Marseille.", nil, []string{"FRA"}},
		{"The Spanish prime minister bought two paintings from the Italian government.", []string{"ESPGOV 061 ITAGOV"}, nil},
		{"The Egyptian foreign minister will hold talks in Paris on Monday.", []string{"EGYGOV 036 FRA"}, nil},
		{"Police in Lagos arrested two Ghanaian traders.", []string{"NGACOP 173 GHABUS"}, nil},
		{"Israeli troops attacked a house in Nablus.", []string{"ISRMIL 190 PSE"}, nil},
	})
}

// "us" is a pronoun, not the US, though the dictionaries match words in
// upper case.
func TestUsIsNotTheUS(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Danish minister told us the deal was dead.", nil, []string{"USA"}},
		{"The Danish minister gave us a warning.", nil, []string{"USA"}},
		{"The US told Iran the deal was dead.", []string{"USA 010 IRN"}, nil},
	})
}
