package event_test

import "testing"

// Needing, expecting, leading and managing code only through their
// blocks' patterns: by the verb alone they ask, promise or give nothing.
func TestNeedExpectLeadOnlyByPattern(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Indonesia no longer needs the loan offered by the Japanese government.", nil, []string{"100"}},
		{"Britain needs a smaller government.", nil, []string{"100"}},
		{"The EU expects the Greek deficit to shrink next year.", nil, []string{"030"}},
		{"Cuba's government, led by President Raul Castro, criticised the Spanish government.", []string{"CUBGOV 111 ESPGOV"}, []string{"060"}},
		// Patterns still code, and so does what is expected.
		{"The Chilean government expects ties with Peru to improve.", []string{"CHLGOV 030 PER"}, nil},
		{"The Swiss minister led the Austrian delegation.", []string{"CHEGOV 036 AUT"}, nil},
		{"The Peruvian president is expected to visit Chile next month.", []string{"PERGOV 036 CHL"}, nil},
	})
}
