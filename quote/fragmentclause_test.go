package quote

import "testing"

// TestFragmentInReportedClause checks that a quoted fragment inside the
// clause a speech verb reports, when the writer's words outnumber the
// quoted ones, makes one indirect quote of the whole clause (marks kept
// in its text), with the fragment's speaker and cue; and that a fragment
// that is most of its clause, or is the verb's object, stays a partial
// quote of the fragment.
func TestFragmentInReportedClause(t *testing.T) {
	for _, tt := range []struct {
		txt  string
		want got
	}{
		{`Ana Ruiz said the new levy would leave the bakers of the old harbour "worse off" by the spring.`,
			got{kind: "indirect", text: `the new levy would leave the bakers of the old harbour "worse off" by the spring`, speaker: "Ana Ruiz", cue: "said"}},
		{`Ana Ruiz said the new levy would leave the bakers of the old harbour “worse off” by the spring.`,
			got{kind: "indirect", text: `the new levy would leave the bakers of the old harbour “worse off” by the spring`, speaker: "Ana Ruiz", cue: "said"}},
		// The two apostrophes of some newspapers.
		{`Tom Vale said that the harbour board would ''do the decent thing'' when its members meet in Tarnby next week.`,
			got{kind: "indirect", text: `that the harbour board would ''do the decent thing'' when its members meet in Tarnby next week`, speaker: "Tom Vale", cue: "said"}},
		// The period inside the closing marks.
		{`Ana Ruiz declared that the new harbour tax ''works.''`,
			got{kind: "indirect", text: `that the new harbour tax ''works.''`, speaker: "Ana Ruiz", cue: "declared"}},
		// Two fragments in one clause, the second closing the sentence.
		{`Tom Vale said that the ferry plan for the northern islands was "a mess" and the bridge was "a waste."`,
			got{kind: "indirect", text: `that the ferry plan for the northern islands was "a mess" and the bridge was "a waste."`, speaker: "Tom Vale", cue: "said"}},
		// The speaker's next act after the fragment is not the claim.
		{`Ana Ruiz insisted that the port on the northern shore had "never been busier," pointing to the new cargo figures.`,
			got{kind: "indirect", text: `that the port on the northern shore had "never been busier,"`, speaker: "Ana Ruiz", cue: "insisted"}},
		{`Tom Vale said the harbour board had "lost its way" before leaving the meeting early.`,
			got{kind: "indirect", text: `the harbour board had "lost its way"`, speaker: "Tom Vale", cue: "said"}},
		// The listener is no part of the clause.
		{`Ana Ruiz told reporters in Tarnby that the ferry was "a disgrace" to the whole region and its people.`,
			got{kind: "indirect", text: `that the ferry was "a disgrace" to the whole region and its people`, speaker: "Ana Ruiz", cue: "told", listener: "reporters"}},
		// Most of the clause quoted: the fragment stays the quote.
		{`Ana Ruiz said the talks would end "within the next week or two at the very latest."`,
			got{kind: "partial", text: `within the next week or two at the very latest.`, speaker: "Ana Ruiz", cue: "said"}},
		// The fragment is what the verb names its object: no clause.
		{`Tom Vale called the new ferry timetable for the islands "a disgrace."`,
			got{kind: "partial", text: `a disgrace.`, speaker: "Tom Vale", cue: "called"}},
	} {
		wantQuoteIn(t, tt.txt, tt.want)
	}
}
