package quote

import (
	"testing"

	"dateline/text"
)

// TestNounThatClause: a noun of saying with a possessor keeps the "that"
// clause the parse hung elsewhere, up to the predicate the noun is the
// subject of.
func TestNounThatClause(t *testing.T) {
	// "that" read as the object of a relative clause whose verb has its own.
	d := parsedDoc(t, "Lee's evidence-free assertion that thousands of bakers had left the town was false.",
		[]string{"PROPN:NNP/Lee/4/nmod:poss PART:POS/'s/1/case ADJ:JJ/evidence-free/4/amod NOUN:NN/assertion/14/nsubj " +
			"PRON:WDT/that/10/obj NOUN:NNS/thousand/10/nsubj ADP/of/8/case NOUN:NNS/baker/6/nmod AUX:VBD/have/10/aux " +
			"VERB:VBN/leave/4/acl:relcl DET/the/12/det NOUN:NN/town/10/obj AUX:VBD/be/14/cop ADJ:JJ/false/0/root PUNCT/./14/punct"},
		person{"Ana Lee", []string{"Lee"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "that thousands of bakers had left the town", speaker: "Ana Lee", cue: "assertion"})

	// The clause hung on the verb of the sentence.
	d = parsedDoc(t, "Critics mocked the union's warning that the port would shut.",
		[]string{"NOUN:NNS/critic/2/nsubj VERB:VBD/mock/0/root DET/the/4/det NOUN:NN/union/6/nmod:poss PART:POS/'s/4/case " +
			"NOUN:NN/warning/2/obj SCONJ/that/11/mark DET/the/9/det NOUN:NN/port/11/nsubj AUX:MD/would/11/aux " +
			"VERB:VB/shut/2/advcl PUNCT/./2/punct"},
		person{"ORG:Tarnby Union", []string{"union"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "that the port would shut", speaker: "Tarnby Union", cue: "warning"})

	for _, c := range []struct{ text, parse string }{
		// A relative "that": the clause lacks its subject.
		{"Lee's claim that angered Ruiz was false.",
			"PROPN:NNP/Lee/3/nmod:poss PART:POS/'s/1/case NOUN:NN/claim/8/nsubj PRON:WDT/that/5/nsubj " +
				"VERB:VBD/anger/3/acl:relcl PROPN:NNP/Ruiz/5/obj AUX:VBD/be/8/cop ADJ:JJ/false/0/root PUNCT/./8/punct"},
		// No possessor: the writer's framing as often as anyone's.
		{"Critics mocked the warning that the port would shut.",
			"NOUN:NNS/critic/2/nsubj VERB:VBD/mock/0/root DET/the/4/det NOUN:NN/warning/2/obj SCONJ/that/9/mark " +
				"DET/the/7/det NOUN:NN/port/9/nsubj AUX:MD/would/9/aux VERB:VB/shut/2/advcl PUNCT/./2/punct"},
	} {
		d := parsedDoc(t, c.text, []string{c.parse})
		runQuotes(t, d)
		for _, q := range describe(d, d.Quotes) {
			if q.cue == "claim" || q.cue == "warning" {
				t.Errorf("%q: got %+v, want no quote cued by the noun", c.text, q)
			}
		}
	}
}

// TestNounThatClauseOccasion: the noun of an occasion phrase leaves the
// clause to the verb.
func TestNounThatClauseOccasion(t *testing.T) {
	d := parsedDoc(t, "Lee admitted in his plea that he had hidden the money.",
		[]string{"PROPN:NNP/Lee/2/nsubj VERB:VBD/admit/0/root ADP/in/5/case PRON:PRP$/his/5/nmod:poss NOUN:NN/plea/2/obl " +
			"SCONJ/that/9/mark PRON:PRP/he/9/nsubj AUX:VBD/have/9/aux VERB:VBN/hide/2/ccomp DET/the/11/det NOUN:NN/money/9/obj " +
			"PUNCT/./2/punct"},
		person{"Ana Lee", []string{"Lee", "his"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "that he had hidden the money", speaker: "Ana Lee", cue: "admitted"})
	// Not even a candidate that a likelier verb happens to outweigh.
	w := &work{minReported: minReportedCue}
	w.reset(d, testLexicon(t))
	w.findCues()
	w.attributeStretches(nil)
	w.findExtraCues()
	for _, c := range w.cues {
		if c.key == "plea" {
			t.Errorf("a cue on plea with content %q, want none", d.Slice(text.Span{Start: d.Tokens[c.lo].Start, End: d.Tokens[c.hi-1].End}))
		}
	}
}
