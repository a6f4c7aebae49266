package quote

import (
	"testing"

	"dateline/text"
)

// A content that opens a wire story's first paragraph starts after the
// dateline: the city, date and agency credit are no one's words.
func TestContentAfterDateline(t *testing.T) {
	tests := []struct{ name, text, cue, want string }{
		{"city, date and credit",
			"Ferry fares to rise\n\nLEEDS, Jan. 5 (AFP) – The ferry company will raise its fares in May, officials said.\n",
			"said", "The ferry company will raise its fares in May"},
		{"city and credit",
			"WASHINGTON (AP) — Congress will vote on the farm budget next week, aides said.\n",
			"said", "Congress will vote on the farm budget next week"},
		{"city and colon",
			"Rail budget passed\n\nNEW DELHI: The cabinet approved the rail budget on Friday, two ministers said.\n",
			"said", "The cabinet approved the rail budget on Friday"},
		{"a source phrase closing the sentence",
			"MILLBROOK, May 4 - Mooring fees in the harbour will rise by a fifth from June, according to the harbour board.\n",
			"according to", "Mooring fees in the harbour will rise by a fifth from June"},
		{"a closing attribution whose content the parse cut at its subject",
			"MILLBROOK, May 4 - Ruritania's exports of wool will continue to rise in 1988 but cotton exports are forecast to dip, the embassy said.\n",
			"said", "Ruritania's exports of wool will continue to rise in 1988 but cotton exports are forecast to dip"},
		{"a digest's item far down the page",
			"News in brief\n\nLEEDS, May 4 - The council will close the library, officials said.\n\n" +
				"DUNMORE - The ferry will run twice a day from June, the harbour board said.\n\n" +
				"MILLBROOK - The mill will reopen in the autumn, its owners said.\n\n" +
				"HARWICK - The school will get a new roof, the county said.\n\n" +
				"CALDER - Wool prices will rise by a tenth this spring, according to the farmers' union.\n",
			"according to", "Wool prices will rise by a tenth this spring"},
		{"a name and an aside far down the page are kept",
			"News in brief\n\nLEEDS, May 4 - The council will close the library, officials said.\n\n" +
				"The ferry will run twice a day from June, the harbour board said.\n\n" +
				"The mill will reopen in the autumn, its owners said.\n\n" +
				"The school will get a new roof, the county said.\n\n" +
				"Ana Ruiz - a farmer from Calder - will lead the union next year, according to its newsletter.\n",
			"according to", "Ana Ruiz - a farmer from Calder - will lead the union next year"},
		{"a name with an aside is kept",
			"Dr Ana Ruiz — a surgeon from Leeds — will run the clinic, the board said.\n",
			"said", "Dr Ana Ruiz — a surgeon from Leeds — will run the clinic"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantIndirectSpan(t, tt.text, tt.cue, tt.want) })
	}
}

// The speaker is the first name or phrase after a dateline's dash however
// the parse hangs the dateline's date and dash on it.
func TestSpeakerAfterDateline(t *testing.T) {
	wantQuoteIn(t, "Ferry fares to rise\n\nLEEDS, 3 March - Calder Rail today announced that fares would rise by 4%.\n",
		got{text.QuoteIndirect, "that fares would rise by 4%", "Calder Rail", "announced", ""})
}

// "…, X told reporters." with the cue parsed as a conjunct of the clause
// it reports and the listener as its object: the clause is what was told.
func TestClosingToldWithListener(t *testing.T) {
	wantIndirectSpan(t, "Port fees\n\nThe harbour will raise its fees next month, Ana Ruiz told reporters.\n", "told",
		"The harbour will raise its fees next month")
	wantIndirectSpan(t, "Port fees\n\nThe company will appeal, Ana Ruiz told reporters.\n", "told", "The company will appeal")
}

// The closing "told" keeps whom it addresses.
func TestClosingToldListener(t *testing.T) {
	wantQuoteIn(t, "Port fees\n\nThe company will appeal, Ana Ruiz told reporters.\n",
		got{text.QuoteIndirect, "The company will appeal", "Ana Ruiz", "told", "reporters"})
}
