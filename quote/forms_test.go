package quote

import (
	"testing"

	"dateline/text"
)

// TestAttributionAfterQuotation checks attributions read from the words
// after a quotation, on sentences written for this test and parsed by the
// embedded parser.
func TestAttributionAfterQuotation(t *testing.T) {
	tests := []struct {
		name, text string
		want       got
	}{
		{"an attribution after a quotation that follows a colon",
			"The statement also mentioned the mayor: “Her fight has opened the door for all of us,” the union wrote.",
			got{text.QuoteDirect, "Her fight has opened the door for all of us,", "union", "wrote", ""}},
		{"a participle after a quotation that follows a colon goes on with the verb before it",
			"In a statement, the Harbor Trust said: “The pier was sound when we sold it,” adding that its engineers had inspected it twice.",
			got{text.QuoteDirect, "The pier was sound when we sold it,", "Harbor Trust", "said", ""}},
		{"a verb ending a fronted clause before a comma does not frame the quotation",
			"Okafor said that whatever deal the council is going to make, “it should not be rushed through before the vote.”",
			got{text.QuotePartial, "it should not be rushed through before the vote.", "Okafor", "said", ""}},
		{"a speech verb right before a quoted sentence with no comma",
			"In a radio interview on Monday, Mayor Maria Lopez declared “The strike is over. The buses run again tomorrow.”",
			got{text.QuoteDirect, "The strike is over. The buses run again tomorrow.", "Mayor Maria Lopez", "declared", ""}},
		{"a past tense the tagger read as a noun after a determiner and a noun",
			"“The mayor signed the lease in secret and kept the key for a year,” the report read.",
			got{text.QuoteDirect, "The mayor signed the lease in secret and kept the key for a year,", "report", "read", ""}},
		{"a verb the lexicon does not know in a dialogue attribution",
			"“Nobody here wants a fight tonight,” Mayor Maria Lopez shot back.",
			got{text.QuoteDirect, "Nobody here wants a fight tonight,", "Mayor Maria Lopez", "shot", ""}},
		{"a verb of impression is no quotation's cue",
			"Mayor Maria Lopez spoke first. Lopez added that the harbor plan seems far too costly for the county, which is a worry because, “In the end, the farmers pay for all of it. They always do.”",
			got{text.QuotePartial, "In the end, the farmers pay for all of it. They always do.", "Mayor Maria Lopez", "", ""}},
		{"a period typed for the comma before a bare attribution",
			"The council met at noon.\n\n“The bridge will reopen to traffic on Monday morning.” Mayor Maria Lopez said.",
			got{text.QuoteDirect, "The bridge will reopen to traffic on Monday morning.", "Mayor Maria Lopez", "said", ""}},
		{"a verb the lexicon does not know in a dialogue attribution before the quotation",
			"After the vote, Mayor Maria Lopez shot back, “Nobody here wants a fight tonight.”",
			got{text.QuoteDirect, "Nobody here wants a fight tonight.", "Mayor Maria Lopez", "shot", ""}},
		{"a that-clause the parse read as a relative clause is the speech verb's",
			"Mayor Maria Lopez said during a Sunday night meeting in Dayton that Ruiz once described the so-called port plan as “the gold standard” of harbor plans when she was mayor of the town.",
			got{text.QuotePartial, "the gold standard", "Maria Lopez", "said", ""}},
		{"a subject and verb ending the sentence after a fragment",
			"The three “exceptions” she listed are “the power to move profits to other countries,” the Gazette reported.",
			got{text.QuotePartial, "the power to move profits to other countries,", "Gazette", "reported", ""}},
		{"a word quoted as the subject of a quoted predicate is the writer's label",
			"The “reform” was “a gift to the banks,” Okafor told reporters.",
			got{text.QuotePartial, "a gift to the banks,", "Okafor", "told", "reporters"}},
		{"a speech verb the tagger read as a plural noun",
			"“Okafor stands where she has always stood on the questions that matter to farmers,” Brandt notes.",
			got{text.QuoteDirect, "Okafor stands where she has always stood on the questions that matter to farmers,", "Brandt", "notes", ""}},
		{"a name before a colon after a dash speaks the quotation",
			"Organisers differ - Tom Weller: “What we learned was plain enough: knock on doors until the very last day.”",
			got{text.QuoteDirect, "What we learned was plain enough: knock on doors until the very last day.", "Tom Weller", ":", ""}},
		{"a name a verb governs before a colon is no speaker",
			"Lee said to Ana Ruiz: “The mill will reopen in the spring, whatever the council decides.”",
			got{text.QuoteDirect, "The mill will reopen in the spring, whatever the council decides.", "Lee", "said", "Ana Ruiz"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantQuoteIn(t, tt.text, tt.want) })
	}
}

// TestChantIsSpeech checks that a capitalised cry is speech, not a title.
func TestChantIsSpeech(t *testing.T) {
	d := analyse(t, "The crowd in the square chanted “Lee! Lee!” as the mayor walked in.")
	for _, g := range describe(d, d.Quotes) {
		if g.text == "Lee! Lee!" {
			return
		}
	}
	t.Errorf("no quote “Lee! Lee!” among %+v", describe(d, d.Quotes))
}
