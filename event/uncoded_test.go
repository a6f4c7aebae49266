package event_test

import "testing"

// A named person the dictionaries do not know, met by a coded actor, is
// kept with an empty code; other acts on such a person are not coded.
func TestUncodedPersonMet(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Peruvian foreign minister met Tomasz Wierzbicki in Lima.", []string{"PERGOV 040 "}, nil},
		{"Tomasz Wierzbicki met the Peruvian foreign minister on Monday.", []string{" 040 PERGOV"}, nil},
		// Arrests, accusations and the like need a coded target.
		{"The Peruvian police arrested Tomasz Wierzbicki.", nil, []string{"PERCOP"}},
		// Nor a bare role or a city as the other side.
		{"Tomasz Wierzbicki met the company's chief executive in Lima.", nil, []string{" 040 "}},
		// A role noun with the name beside it, parsed as two subjects.
		{"The union's chairman, Tomasz Wierzbicki, met the Peruvian president.", []string{" 040 PERGOV"}, nil},
		// A person with no code as the object: what comes after him is
		// not the target.
		{"A Peruvian court sentenced former mayor Tomasz Wierzbicki to six years in prison.", nil, []string{"---COP"}},
		// A person the article codes by title is coded.
		{"Polish Foreign Minister Tomasz Wierzbicki met the Peruvian president.", []string{"POLGOV 040 PERGOV"}, nil},
	})
}
