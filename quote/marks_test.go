package quote

import (
	"strings"
	"testing"

	"dateline/text"
)

// paragraphsOf splits on newlines, as the segmenter does.
func paragraphsOf(s string) []text.Span {
	var ps []text.Span
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '\n' {
			if i > start {
				ps = append(ps, text.Span{Start: start, End: i})
			}
			start = i + 1
		}
	}
	return ps
}

func quotedTexts(s string) []string {
	var out []string
	for _, q := range FindQuoted(s, paragraphsOf(s)) {
		t := s[q.Start:q.End]
		if q.Unclosed {
			t += "…"
		}
		out = append(out, t)
	}
	return out
}

func TestFindQuoted(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"curly double quote with attribution after",
			"“We will rebuild the bridge,” the mayor said.", []string{"We will rebuild the bridge,"}},
		{"two apostrophes as a double mark",
			"''We will win,'' he said of the vote.", []string{"We will win,"}},
		{"three apostrophes after a word close the nested quote, then the outer one",
			"''I would call it 'plain,''' said Tom Weller. ''Nothing more.''", []string{"I would call it 'plain,'", "Nothing more."}},
		{"three apostrophes before a word open the outer quote, then the nested one",
			"He said: '''Plain' is the word,'' and left.", []string{"'Plain' is the word,"}},
		{"straight double quotes",
			`The minister said "talks are over" on Friday.`, []string{"talks are over"}},
		{"apostrophes inside words are not marks",
			"“It’s the council’s decision,” she said of the mayors’ plan.", []string{"It’s the council’s decision,"}},
		{"interrupted quote gives two stretches",
			"“We tried,” he said, “but the road was closed.”", []string{"We tried,", "but the road was closed."}},
		{"a closing mark typed as an opener after a space",
			"He named “the tax,” and ”the new fees on boats” as the worst of it.",
			[]string{"the tax,", "the new fees on boats"}},
		{"nested single quote stays inside",
			"“He told me ‘never again’ last year,” she said.", []string{"He told me ‘never again’ last year,"}},
		{"a nested quote closed by an opening single mark between spaces",
			"“They said, ‘We own the river, ‘ and I said, ‘Nobody does,’” Lee recalled.",
			[]string{"They said, ‘We own the river, ‘ and I said, ‘Nobody does,’"}},
		{"plural possessive inside a quote does not close it",
			"“The farmers’ union will strike,” a spokesman said.", []string{"The farmers’ union will strike,"}},
		{"nested straight single quote closing with the outer one",
			`"Voters say, 'It is over,'" said Lee. "I say, 'Not yet.'"`, []string{`Voters say, 'It is over,'`, `I say, 'Not yet.'`}},
		{"a paragraph opened in another style does not continue an unclosed quote",
			"\"The crowd rose, chanting “Home! Home!”\n“That is right, home,” Lee said.",
			[]string{"Home! Home!", "That is right, home,"}},
		{"quotes inside a mark never closed are found",
			"Prices rose in the ‘90s, and “nobody planned for it,” Lee said.",
			[]string{"nobody planned for it,"}},
		{"a paragraph opened in the same style continues the quote",
			"“The crowd rose.\n“Then it went home,” Lee said.",
			[]string{"The crowd rose.\n“Then it went home,"}},
		{"an opening curly mark typed where the closing one belongs",
			"“It went too far,“ she said.", []string{"It went too far,"}},
		{"nested curly single quote closing with the outer one",
			"“Voters say, ‘It is over,’” said Lee.", []string{"Voters say, ‘It is over,’"}},
		{"a spaced straight mark closes the open quote",
			`"I was tired of the word 'outreach,' " he said. "Truly."`, []string{`I was tired of the word 'outreach,' `, `Truly.`}},
		{"guillemets",
			"Le ministre a dit «non» hier.", []string{"non"}},
		{"single quotes as primary marks",
			"The coach called it ‘a disgrace’ after the match.", []string{"a disgrace"}},
		{"quote running over paragraphs",
			"“The first part ends here.\n“The second part ends here,” the judge wrote.",
			[]string{"The first part ends here.\n“The second part ends here,"}},
		{"unclosed quote stops at its paragraph",
			"He said “we will win and then\nThe next paragraph is the writer's own.",
			[]string{"we will win and then…"}},
		{"stray closing mark is left alone",
			"Nothing opened here” but text goes on.\n“A real quote.”", []string{"A real quote."}},
		{"a closing mark typed at the start of a paragraph opens it",
			"”We will win.” ― Jane Roe", []string{"We will win."}},
		{"a paragraph break lost inside a straight quotation",
			`"The ferry is late again. "Nobody told us why," a driver said.`,
			[]string{`The ferry is late again. "Nobody told us why,`}},
		{"a paragraph break lost inside a curly quotation",
			"Lee said: “The toll will rise. “It has to, or the bridge shuts.” Then she left.",
			[]string{"The toll will rise. “It has to, or the bridge shuts."}},
		{"a close typed after a space is no lost paragraph",
			`"The ferry is late again. " a driver said. "Nobody knows."`,
			[]string{`The ferry is late again. `, `Nobody knows.`}},
		{"a mark left open after a quotation carried over paragraphs hides no later quote",
			"\"The ferry is late.\n\"It always is,\" Lee said. Fish 'n chips sold out. \"We ran dry,\" a cook said.",
			[]string{"The ferry is late.\n\"It always is,", "We ran dry,"}},
		{"dash before opening straight quote",
			`The plan—"a bold one"—failed.`, []string{"a bold one"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := quotedTexts(tt.in)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzFindQuoted(f *testing.F) {
	for _, s := range []string{"“a” b", "\"x\" 'y' ‘z’", "«a\n«b»", "’’““\"\"", "a\n\n“b\n“c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ps := paragraphsOf(s)
		prevEnd := 0
		for _, q := range FindQuoted(s, ps) {
			if q.Start < prevEnd || q.Start > q.End || q.End > len(s) {
				t.Fatalf("quote %+v out of order or bounds in %q", q, s)
			}
			if q.Open.End != q.Start {
				t.Fatalf("content %+v does not follow its opening mark", q)
			}
			prevEnd = q.End
		}
	})
}

// TestUnclosedMarkIsNoQuote checks that a mark never closed nor continued
// makes no quotation of the rest of its paragraph.
func TestUnclosedMarkIsNoQuote(t *testing.T) {
	d := analyse(t, "Vote.\n\n“We will win the vote, Okafor told the crowd on Friday.\n\nThe council met later that day.")
	for _, g := range describe(d, d.Quotes) {
		if g.kind != text.QuoteIndirect {
			t.Errorf("got %s quote %+v from an unclosed mark", g.kind, g)
		}
	}
}

// TestUnclosedAfterSpeechVerbIsQuote checks that a quotation whose close
// was lost at the end of its paragraph is still a quotation when a speech
// verb and a colon or comma introduce it, and only then.
func TestUnclosedAfterSpeechVerbIsQuote(t *testing.T) {
	tests := []struct {
		name, text string
		want       bool // a direct quote of the unclosed words
	}{
		{"after said and a colon", "The minister spoke at the port. She said: \"The ferry will run again by May and the fees will not rise\n\nThe fleet is old.", true},
		{"after told and its listener", "The mayor spoke on Friday. He told the radio station: \"We have done everything we can for the town\n\nThe fleet is old.", true},
		{"inside the writer's sentence", "Prices rose in the 1990s and \"nobody planned for the ferry to fail in the town\n\nThe fleet is old.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			got := false
			for _, g := range describe(d, d.Quotes) {
				got = got || g.kind == text.QuoteDirect
			}
			if got != tt.want {
				t.Errorf("direct quote: got %v, want %v (quotes %+v)", got, tt.want, describe(d, d.Quotes))
			}
		})
	}
}
