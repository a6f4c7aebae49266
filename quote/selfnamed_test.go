package quote

import (
	"testing"

	"dateline/text"
)

// TestSpeakerNotNamedInOwnWords checks that a "he" closing an attribution
// is not the man its content names: the entity stage takes the nearest
// person, who is often the one spoken of.
func TestSpeakerNotNamedInOwnWords(t *testing.T) {
	const story = "Harbour party leader Tom Weller has attacked the mayor. " +
		"Mr Weller said Mayor Ivan Brandt had broken his word on the ferry. " +
		"Mr Brandt has failed the town on every count, he claimed."
	wantQuoteIn(t, story, got{kind: text.QuoteIndirect, text: "Mr Brandt has failed the town on every count",
		speaker: "Tom Weller", cue: "claimed"})
	const quoted = "Harbour party leader Tom Weller spoke in Dunmore on Friday. " +
		"He said Mayor Ivan Brandt no longer spoke for the harbour. " +
		"\"Ivan Brandt has let the harbour down,\" he said."
	wantQuoteIn(t, quoted, got{kind: text.QuoteDirect, text: "Ivan Brandt has let the harbour down,",
		speaker: "Tom Weller", cue: "said"})
}
