package quote

import "testing"

// A headline's verb with an object that the lexicon rarely reads as a cue
// is the act the story reports, not speech; a verb of saying with an
// object stays a quote there.
func TestHeadlineActIsNoQuote(t *testing.T) {
	tests := []cueCase{
		{"signing", "Kenya and Tanzania sign water accord\n\nNAIROBI, March 3 (Reuters) - Kenya and Tanzania signed a water-sharing accord on Tuesday, officials said.\n", "sign", false},
		{"a launch", "Hitachi unveils new cleaning robot\n\nThe company showed the robot to buyers in Osaka on Monday.\n", "unveils", false},
		{"a sport signing", "Striker signs new contract with Leeds\n\nThe forward will stay at the club until 2029.\n", "signs", false},
		{"a rejection", "Minister rejects ferry fee plan\n\nThe minister spoke to the council on Monday.\n", "rejects", true},
	}
	checkCueCases(t, tests)
}
