package text

import (
	"slices"
	"testing"
)

// sentenceTexts segments s and returns the text of every sentence.
func sentenceTexts(s string) []string {
	_, sents, _ := segment(s, false)
	out := make([]string, len(sents))
	for i, se := range sents {
		out[i] = s[se.Start:se.End]
	}
	return out
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"full stops", "The vote passed. Critics objected.",
			[]string{"The vote passed.", "Critics objected."}},
		{"question and exclamation", "Will it hold? Nobody knows! Time will tell.",
			[]string{"Will it hold?", "Nobody knows!", "Time will tell."}},
		{"titles and state tags never end a sentence", "Sen. Mary Doe (D-Va.) spoke with Gen. Ray on Sept. 12 in Richmond. She left early.",
			[]string{"Sen. Mary Doe (D-Va.) spoke with Gen. Ray on Sept. 12 in Richmond.", "She left early."}},
		{"a title after a hyphened prefix never ends a sentence", "Crowds cheered as then-Sen. Ruth Obi spoke, and ex-Gov. Al Tran of Kent followed. Later, soon-to-be-Rep. Li Wu waved.",
			[]string{"Crowds cheered as then-Sen. Ruth Obi spoke, and ex-Gov. Al Tran of Kent followed.", "Later, soon-to-be-Rep. Li Wu waved."}},
		{"a capitalised title prefix opens a sentence", "The vote was close. Then-Gov. Ana Moss signed it. Ex-Capt. Rui Sa agreed.",
			[]string{"The vote was close.", "Then-Gov. Ana Moss signed it.", "Ex-Capt. Rui Sa agreed."}},
		{"a compound ending in a title's letters still ends a sentence", "The new console is Next-Gen. The price is high.",
			[]string{"The new console is Next-Gen.", "The price is high."}},
		{"U.S. before a name continues", "The U.S. Army said the U.S. Navy agreed.",
			[]string{"The U.S. Army said the U.S. Navy agreed."}},
		{"U.S. before a sentence opener ends", "The parts are made in the U.S. The plant employs 400 people.",
			[]string{"The parts are made in the U.S.", "The plant employs 400 people."}},
		{"U.S. before an opening quote ends", "Prices rose in the U.S. “It hurts,” one buyer said.",
			[]string{"Prices rose in the U.S.", "“It hurts,” one buyer said."}},
		{"initials inside a name", "John F. Kennedy and T. S. Eliot were named. Both were famous.",
			[]string{"John F. Kennedy and T. S. Eliot were named.", "Both were famous."}},
		{"Mr. and Dr. before names", "Mr. Ito met Dr. Sousa. They talked.",
			[]string{"Mr. Ito met Dr. Sousa.", "They talked."}},
		{"time of day before a lower-case word", "Doors open at 9 a.m. sharp and close at 5 p.m. The line was long.",
			[]string{"Doors open at 9 a.m. sharp and close at 5 p.m.", "The line was long."}},
		{"No. before a number", "It ranked No. 3 in the poll. Rivals trailed.",
			[]string{"It ranked No. 3 in the poll.", "Rivals trailed."}},
		{"etc. before a capital ends", "They sold apples, pears, etc. Prices rose.",
			[]string{"They sold apples, pears, etc.", "Prices rose."}},
		{"etc. before a lower-case word continues", "Apples, pears, etc. are sold here.",
			[]string{"Apples, pears, etc. are sold here."}},
		{"decimal number", "Growth was 3.5 percent. It slowed.",
			[]string{"Growth was 3.5 percent.", "It slowed."}},
		{"quotation ends with the stop inside", "He said, “We are done.” Then he left.",
			[]string{"He said, “We are done.”", "Then he left."}},
		{"straight quotes end with the stop inside", `He said, "We are done." Then he left.`,
			[]string{`He said, "We are done."`, "Then he left."}},
		{"quotation with comma and speaker stays one", "“This was the best of our talks,” Ms. Vega said in a statement. “It will help.”",
			[]string{"“This was the best of our talks,” Ms. Vega said in a statement.", "“It will help.”"}},
		{"partial quotation followed by a participle stays one", "She called the offer “a real step forward,” adding that details would follow “within days.” Talks resume Friday.",
			[]string{"She called the offer “a real step forward,” adding that details would follow “within days.”", "Talks resume Friday."}},
		{"question inside a quotation before the speaker", "“Why now?” she asked. “Because we can.”",
			[]string{"“Why now?” she asked.", "“Because we can.”"}},
		{"quotation of several sentences", "“We came. We saw.” That was all.",
			[]string{"“We came.", "We saw.”", "That was all."}},
		{"straight quote set apart after the stop closes", `He said "we are done. " Then he left.`,
			[]string{`He said "we are done. "`, "Then he left."}},
		{"stop after a closing quote", "He called it “historic”. Others disagreed.",
			[]string{"He called it “historic”.", "Others disagreed."}},
		{"parenthesised sentence", "(The vote was close.) It passed anyway.",
			[]string{"(The vote was close.)", "It passed anyway."}},
		{"ellipsis before a lower-case word continues", "He paused... then spoke. Everyone listened.",
			[]string{"He paused... then spoke.", "Everyone listened."}},
		{"ellipsis before a capital ends", "And then… Nothing happened.",
			[]string{"And then…", "Nothing happened."}},
		{"lower-case after a stop starts a sentence in informal text", "it was late. we left.",
			[]string{"it was late.", "we left."}},
		{"lower-case after a short capitalised word is an abbreviation", "at Elm Blvd. near the park",
			[]string{"at Elm Blvd. near the park"}},
		{"title ending in ! or ? before a lower-case word continues", "He sang in Wham! before going solo, and starred in Are We There Yet? last year.",
			[]string{"He sang in Wham! before going solo, and starred in Are We There Yet? last year."}},
		{"question before a lower-case word ends in informal text", "where are you? call me",
			[]string{"where are you?", "call me"}},
		{"comma after a stop-like token continues", "Yahoo!, Google and others",
			[]string{"Yahoo!, Google and others"}},
		{"line break ends a sentence", "Storm hits coast\nThousands lost power. Crews worked overnight.",
			[]string{"Storm hits coast", "Thousands lost power.", "Crews worked overnight."}},
		{"blank lines and CRLF", "First line\r\n\r\n  Second line.  \r\nThird",
			[]string{"First line", "Second line.", "Third"}},
		{"numbered list", "Steps:\n1. Open the valve.\n2. Wait ten minutes.\n3. Close it",
			[]string{"Steps:", "1. Open the valve.", "2. Wait ten minutes.", "3. Close it"}},
		{"lettered and bulleted list", "a. First point\n• Second point\n- Third point",
			[]string{"a. First point", "• Second point", "- Third point"}},
		{"list item with a capital after the marker", "A. The first option\nB. The second",
			[]string{"A. The first option", "B. The second"}},
		{"emoticon ends an informal sentence", "Loved it :) Will come back.",
			[]string{"Loved it :)", "Will come back."}},
		{"empty text", "", nil},
		{"only spaces and line breaks", " \n\t\n ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := sentenceTexts(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("sentences of %q\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
