package quote

import "testing"

// TestLoudVoiceVerbCuesQuotation checks that a verb of a loud sound lent to
// a voice ("boomed, “…”") cues the quotation after its comma, and that its
// subject speaks. Invented sentence, parse laid by hand.
func TestLoudVoiceVerbCuesQuotation(t *testing.T) {
	tests := []speakerCase{
		{
			name: "a conjoined loud-voice verb before a comma and a quotation",
			text: `Ana Ruiz thanked the crowd and then boomed, "Tonight the harbour town has won."`,
			parse: []string{`PROPN/Ana/3/nsubj PROPN/Ruiz/1/flat VERB:VBD/thank/0/root DET/the/5/det NOUN/crowd/3/obj ` +
				`CCONJ/and/8/cc ADV/then/8/advmod VERB:VBD/boom/3/conj PUNCT/,/17/punct PUNCT/"/17/punct ` +
				`NOUN/tonight/17/obl:tmod DET/the/15/det NOUN/harbour/15/compound NOUN/town/17/nsubj AUX/have/17/aux ` +
				`VERB:VBN/win/3/parataxis PUNCT/./17/punct PUNCT/"/17/punct`},
			people: []person{{"Ana Ruiz", []string{"Ana Ruiz"}}},
			cue:    "boomed",
			want:   "Ana Ruiz",
		},
	}
	checkSpeakerCases(t, tests)
}
