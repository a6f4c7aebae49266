package text

import (
	"slices"
	"strings"
	"testing"
)

// Hard-wrapped text is read a paragraph at a time, not a line at a time:
// a sentence runs on over the wraps, and the paragraph marks (an indented
// line, a blank line), headlines, datelines and table rows still break.
func TestHardWrappedParagraphs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the paragraphs, spaces normalised
	}{
		{"indented paragraphs of wire copy",
			"MILLBROOK, May 4 - Calder Mills Inc said its second quarter\n" +
				"profit would fall by about 12 pct because of weaker demand\n" +
				"for carpet yarn in its northern markets.\n" +
				"    The company said it would close one plant in the\n" +
				"spring. \"We see no upturn before the autumn,\" a spokesman\n" +
				"said.\n" +
				" Reuter\n",
			[]string{
				"MILLBROOK, May 4 - Calder Mills Inc said its second quarter profit would fall by about 12 pct because of weaker demand for carpet yarn in its northern markets.",
				"The company said it would close one plant in the spring. \"We see no upturn before the autumn,\" a spokesman said.",
				"Reuter",
			}},
		{"blank lines between paragraphs",
			"The harbour board met on Tuesday and voted to raise the\n" +
				"mooring fees for visiting yachts by a fifth from June.\n" +
				"\n" +
				"Members said the money would pay for new pontoons, and\n" +
				"the chairman said more berths were planned for next year.\n",
			[]string{
				"The harbour board met on Tuesday and voted to raise the mooring fees for visiting yachts by a fifth from June.",
				"Members said the money would pay for new pontoons, and the chairman said more berths were planned for next year.",
			}},
		{"a headline over a dateline stays apart",
			"Calder Mills sees lower profit\n" +
				"MILLBROOK, May 4 - Calder Mills Inc said its second quarter\n" +
				"profit would fall by about 12 pct because of weaker demand\n" +
				"for carpet yarn in its northern markets.\n" +
				"    The company said it would close one plant.\n",
			[]string{
				"Calder Mills sees lower profit",
				"MILLBROOK, May 4 - Calder Mills Inc said its second quarter profit would fall by about 12 pct because of weaker demand for carpet yarn in its northern markets.",
				"The company said it would close one plant.",
			}},
		{"a byline under a headline stays apart from the dateline",
			"Calder Mills sees lower profit\n" +
				"By Ana Ruiz\n" +
				"MILLBROOK, May 4 - Calder Mills Inc said its second quarter\n" +
				"profit would fall by about 12 pct because of weaker demand\n" +
				"for carpet yarn in its northern markets.\n" +
				"    The company said it would close one plant.\n",
			[]string{
				"Calder Mills sees lower profit",
				"By Ana Ruiz",
				"MILLBROOK, May 4 - Calder Mills Inc said its second quarter profit would fall by about 12 pct because of weaker demand for carpet yarn in its northern markets.",
				"The company said it would close one plant.",
			}},
		{"indented table rows stay apart",
			"DUNMORE, June 2 - Qtr ended April 30\n" +
				"    Shr 12 cts vs 9 cts\n" +
				"    Net 1,200,000 vs 950,000\n" +
				"    NOTE: Results include a gain on the sale of a unit in\n" +
				"the second quarter of the prior year.\n",
			[]string{
				"DUNMORE, June 2 - Qtr ended April 30",
				"Shr 12 cts vs 9 cts",
				"Net 1,200,000 vs 950,000",
				"NOTE: Results include a gain on the sale of a unit in the second quarter of the prior year.",
			}},
		{"a paragraph to a line is left as it is",
			"Ferry fares to rise\n" +
				"The ferry company will raise its fares in May, officials said on Friday after a long meeting of the board in Leeds.\n" +
				"Passengers' groups said the rise was the third in two years and would hurt commuters most.\n",
			[]string{
				"Ferry fares to rise",
				"The ferry company will raise its fares in May, officials said on Friday after a long meeting of the board in Leeds.",
				"Passengers' groups said the rise was the third in two years and would hurt commuters most.",
			}},
		{"a list of short lines is left as it is",
			"Opening times:\nMonday to Friday, 9 to 5.\nSaturday, 10 to 4.\nSunday, closed.\n",
			[]string{"Opening times:", "Monday to Friday, 9 to 5.", "Saturday, 10 to 4.", "Sunday, closed."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			paras, sents, toks := segment(tt.text, false)
			checkSegmentation(t, tt.text, paras, sents, toks)
			var got []string
			for _, p := range paras {
				got = append(got, strings.Join(strings.Fields(tt.text[p.Start:p.End]), " "))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("paragraphs =\n%q\nwant\n%q", got, tt.want)
			}
		})
	}
}

// A sentence of wrapped text ends at its stop, not at the end of a line.
func TestHardWrappedSentences(t *testing.T) {
	s := "OSLO, May 4 - The ministry said output of the new field\n" +
		"would rise to 40,000 barrels a day by the end of the year.\n" +
		"    It gave no figure for next year.\n"
	_, sents, _ := segment(s, false)
	var got []string
	for _, se := range sents {
		got = append(got, strings.Join(strings.Fields(s[se.Start:se.End]), " "))
	}
	want := []string{
		"OSLO, May 4 - The ministry said output of the new field would rise to 40,000 barrels a day by the end of the year.",
		"It gave no figure for next year.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

// Wrapped text with no paragraph marks is left a line at a time: there a
// line may as well be a sentence, a table row or a list item.
func TestWrappedWithoutMarksKeepsLines(t *testing.T) {
	s := "Results of the regional rugby matches played on Saturday in the\n" +
		"northern league and the southern cup, with scores at half time:\n" +
		"Calder 12 Dunmore 9 ( halftime 6-3 ) in front of a crowd of 4,000\n" +
		"Millbrook 20 Harwick 3 ( halftime 10-0 ) after extra time was played\n"
	paras, _, _ := segment(s, false)
	if len(paras) != 4 {
		t.Errorf("got %d paragraphs, want a line each (4)", len(paras))
	}
}
