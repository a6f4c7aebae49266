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

// What one fails, refuses or is unable to do is not done: the refusal
// codes (12x, or 011 "declined to comment"), the act does not.
func TestFailedActIsNotDone(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Danish firm failed to tell Swedish investors about the loss.", []string{"DNK 120 SWEBUS"}, []string{"010"}},
		{"The Kenyan government refused to discuss the Ugandan proposal.", []string{"KENGOV 120 UGA"}, []string{"040"}},
		{"The Kenyan government refused to meet the Ugandan delegation.", nil, []string{"040"}},
		{"The Kenyan government was unable to visit Uganda.", nil, []string{"042", "043"}},
		{"The Kenyan minister declined to comment on the Ugandan report.", []string{"KENGOV 011 UGA"}, nil},
	})
}

// A verb of intent coded by its own code takes no target from inside
// its infinitive: the infinitive's act is the intent, coded on its own.
// An offer is made to the side its clause names.
func TestIntentTargetNotInItsClause(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Kenyan government promised to halve Uganda's debt.", nil, []string{"030"}},
		{"The Danish firm plans to cut 200 jobs in Sweden.", nil, []string{"SWE"}},
		{"The Kenyan government agreed to meet Ugandan officials.", []string{"KENGOV 036 UGAGOV"}, []string{"050"}},
		{"Venezuela offered to supply oil to China.", []string{"VEN 030 CHN"}, nil},
		// "plans" misparsed as a noun with the subject compounded before it.
		{"The Chilean president plans to visit Peru next month.", []string{"CHLGOV 042 PER"}, nil},
	})
}

// Attacking words, ideas or a record is criticism (111), not force.
func TestAttackOnWordsIsCriticism(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Danish minister attacked the Swedish president's economic record.", []string{"DNKGOV 111 SWEGOV"}, []string{"190"}},
		{"Russian troops attacked the Georgian convoy.", []string{"RUSMIL 190 GEO"}, nil},
	})
}
