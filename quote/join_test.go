package quote

import (
	"reflect"
	"testing"
)

// TestJoinOnRealParses checks which quotations split by an attribution
// are one quote, on sentences written for this test and parsed by the
// embedded parser.
func TestJoinOnRealParses(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // the quotes' texts, in order
	}{
		{"an attribution with an occasion goes on to the next part",
			"“The mill will reopen,” Okafor said at a rally on Friday. “We have the orders.”",
			[]string{"The mill will reopen. We have the orders."}},
		{"a fragment before the attribution joins the quotation after it",
			"The plan is “a fair first step,” said Ana Ruiz, a lawyer in Dayton. “More must follow.”",
			[]string{"a fair first step. More must follow."}},
		{"an uncued quotation that runs into the writer's words joins",
			"“The levy is fair,” said Ana Ruiz, a lawyer in Dayton. “It is a small tax on land that has doubled in value” for the largest farms.",
			[]string{"The levy is fair. It is a small tax on land that has doubled in value"}},
		{"a fragment and the fragment of a relative clause on it are one partial quote",
			"Ruiz described the mayor as “a career politician” who “has never run a business in her life.”",
			[]string{"a career politician has never run a business in her life."}},
		{"a list of quoted descriptions is one partial quote",
			"Okafor called Weller a “reckless gambler” who is “utterly unfit,” a “bully” and a “danger to the county.”",
			[]string{"reckless gambler utterly unfit bully danger to the county."}},
		{"fragments with only a dash between are one partial quote",
			"Lee noted that Friday was the founding day and cited the town’s “first rule” -- “Never build on the floodplain.”",
			[]string{"that Friday was the founding day", "first rule Never build on the floodplain."}},
		{"fragments with a few words and no clause between are one partial quote",
			"Ana Ruiz, a lawyer in Dayton, compared the mayor to a referee who is \"running the clock\" in hopes that \"nobody will notice\" the score.",
			[]string{"running the clock nobody will notice"}},
		{"a written statement's excerpts stay apart",
			"“The mill will reopen,” Okafor said in a statement. “We have the orders.”",
			[]string{"The mill will reopen,", "We have the orders."}},
		{"a remark about a thing in the attribution does not end the quotation",
			"“We will not sign it,” Okafor said, referring to the trade treaty. “The terms are unfair.”",
			[]string{"We will not sign it. The terms are unfair.", "the trade treaty"}},
		{"a remark that reports speech ends the quotation",
			"“We will not sign it,” Okafor said, noting that the council had voted against it. “The terms are unfair.”",
			[]string{"We will not sign it,", "that the council had voted against it", "The terms are unfair."}},
		{"the rest of an interrupted sentence after a conjunction",
			"“I like the mayor,” Okafor said, but “on this bridge she has been wrong from the start.”",
			[]string{"I like the mayor on this bridge she has been wrong from the start."}},
		{"the rest of an interrupted sentence after a conjunction and an adverb",
			"The mayor “signed the lease,” Okafor said, and then “kept the key for a year before anyone asked.”",
			[]string{"signed the lease kept the key for a year before anyone asked."}},
		{"a capitalised clause with its attribution is speech, not a title",
			"“Here Comes the Money,” Okafor said, laughing. “Every single penny.”",
			[]string{"Here Comes the Money. Every single penny."}},
		{"an uncued quotation opening the next paragraph goes on with it",
			"“The mill will reopen,” Okafor said.\n\n“We have the orders.”",
			[]string{"The mill will reopen. We have the orders."}},
		{"a quotation goes on over several paragraphs each opening with a quotation",
			"“The mill will reopen,” Okafor said.\n\n“We have the orders.”\n\n“And we have the workers.”",
			[]string{"The mill will reopen. We have the orders. And we have the workers."}},
		{"a quotation in the next paragraph with a cue of its own is a new quote",
			"“The mill will reopen,” Okafor said.\n\n“We have the orders,” she added.",
			[]string{"The mill will reopen,", "We have the orders,"}},
		{"a paragraph opening with the writer's words ends the quotation",
			"“The mill will reopen,” Okafor said.\n\nShe left. “We have the orders.”",
			[]string{"The mill will reopen,", "We have the orders."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			var got []string
			for _, g := range describe(d, d.Quotes) {
				got = append(got, g.text)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
