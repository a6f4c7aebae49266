package quote

import (
	"testing"
)

// TestNameOpeningSubjectSpeaks checks that a person's name set off by a
// comma at the start of the subject speaks, even when the parse made a
// body named later in the description the subject's head; and that a body
// that opens its own phrase still speaks for itself.
func TestNameOpeningSubjectSpeaks(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       string
	}{
		{
			name: "the name hung on the body after the comma",
			text: "“Fares will rise,” Ana Ruiz, treasurer and finance chief at Acme Rail, said.",
			parse: []string{"PUNCT/“/4/punct NOUN/fare/4/nsubj AUX/will/4/aux VERB/rise/18/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
				"PROPN/Ana/16/compound PROPN/Ruiz/7/flat PUNCT/,/10/punct NOUN/treasurer/7/appos CCONJ/and/13/cc " +
				"NOUN/finance/13/compound NOUN/chief/10/conj ADP/at/16/case PROPN/Acme/16/compound PROPN/Rail/18/nsubj " +
				"PUNCT/,/16/punct VERB:VBD/say/0/root PUNCT/./18/punct"},
			want: "Ana Ruiz",
		},
		{
			name: "the name after a conjunction the parse hung on the body",
			text: "And Ana Ruiz, treasurer at Acme Rail, said fares would rise.",
			parse: []string{"CCONJ/and/8/cc PROPN/Ana/8/nmod:desc PROPN/Ruiz/2/flat PUNCT/,/5/punct NOUN/treasurer/2/appos " +
				"ADP/at/8/case PROPN/Acme/8/compound PROPN/Rail/10/nsubj PUNCT/,/8/punct VERB:VBD/say/0/root " +
				"NOUN/fare/13/nsubj AUX/would/13/aux VERB/rise/10/ccomp PUNCT/./10/punct"},
			want: "Ana Ruiz",
		},
		{
			name: "a body opening its own phrase",
			text: "“Fares will rise,” Acme Rail, which employs Ana Ruiz, said.",
			parse: []string{"PUNCT/“/4/punct NOUN/fare/4/nsubj AUX/will/4/aux VERB/rise/14/ccomp PUNCT/,/4/punct PUNCT/”/4/punct " +
				"PROPN/Acme/8/compound PROPN/Rail/14/nsubj PUNCT/,/10/punct PRON/which/10/nsubj VERB:VBZ/employ/8/acl:relcl " +
				"PROPN/Ana/10/obj PROPN/Ruiz/11/flat PUNCT/,/10/punct VERB:VBD/say/0/root PUNCT/./14/punct"},
			want: "Acme Rail",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ana Ruiz", []string{"Ana Ruiz"}}, person{"ORG:Acme Rail", []string{"Acme Rail"}})
			runQuotes(t, d)
			gs := describe(d, d.Quotes)
			if len(gs) != 1 || gs[0].speaker != tt.want {
				t.Errorf("got quotes %+v, want one quote of %s", gs, tt.want)
			}
		})
	}
}

// TestAffiliationSubject checks that a person's name followed by a comma
// and a body's name right before the verb, both parsed as subjects, gives
// the person ("Ana Ruiz, Acme Rail said").
func TestAffiliationSubject(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       string
	}{
		{
			name: "a person and her body with its closing comma left out",
			text: "Ana Ruiz, Acme Rail said fares would rise.",
			parse: []string{"PROPN/Ana/6/nsubj PROPN/Ruiz/1/flat PUNCT/,/1/punct PROPN/Acme/5/compound PROPN/Rail/6/nsubj " +
				"VERB:VBD/say/0/root NOUN/fare/9/nsubj AUX/would/9/aux VERB/rise/6/ccomp PUNCT/./6/punct"},
			want: "Ana Ruiz",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ana Ruiz", []string{"Ana Ruiz"}}, person{"ORG:Acme Rail", []string{"Acme Rail"}})
			runQuotes(t, d)
			gs := describe(d, d.Quotes)
			if len(gs) != 1 || gs[0].speaker != tt.want {
				t.Errorf("got quotes %+v, want one quote of %s", gs, tt.want)
			}
		})
	}
}
