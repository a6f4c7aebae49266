package quote

import (
	"strings"
	"testing"

	"dateline/text"
)

// TestClosingCueOverParsedContent checks that a verb closing its sentence
// after a comma and its subject reports the sentence before the comma
// when the parse hung it on a word before it with part of what it
// reports below it ("Buyers have more choice over what they get, Brandt
// said." with "said" a conjunct of "have" and "over what they get" its
// own), and that a verb under a wh-word after a comma is no closing
// attribution ("…, a third of what the union asked for.").
func TestClosingCueOverParsedContent(t *testing.T) {
	d := parsedDoc(t, "Buyers have more choice over what they get, Brandt said.",
		[]string{"NOUN:NNS/buyer/2/nsubj VERB:VBP/have/0/root ADJ/more/4/amod NOUN/choice/2/obj SCONJ/over/11/mark " +
			"PRON/what/11/nsubj:outer PRON/they/8/nsubj VERB:VBP/get/6/acl:relcl PUNCT/,/6/punct PROPN/Brandt/11/nsubj " +
			"VERB:VBD/say/2/conj PUNCT/./2/punct"},
		person{"Ana Brandt", []string{"Brandt"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "Buyers have more choice over what they get", speaker: "Ana Brandt", cue: "said"})

	d = parsedDoc(t, "The deal is set to limit the rise to 3 percent, a third of what the union asked for.",
		[]string{"DET/the/2/det NOUN/deal/4/nsubj AUX:VBZ/be/4/cop ADJ/set/0/root PART/to/6/mark " +
			"VERB:VB/limit/4/xcomp DET/the/8/det NOUN/rise/6/obj ADP/to/11/case NUM/3/11/nummod " +
			"NOUN/percent/6/obl PUNCT/,/14/punct DET/a/14/det NOUN/third/11/appos ADP/of/16/case " +
			"PRON/what/14/nmod DET/the/18/det NOUN/union/19/nsubj VERB:VBD/ask/16/acl:relcl ADP/for/19/obl " +
			"PUNCT/./4/punct"},
		person{"ORG:the union", []string{"union"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "asked" {
			t.Errorf("a relative clause after a comma read as a closing attribution: %+v", g)
		}
	}
}

// TestClosingToldAsRoot checks that "…, she told the panel." closes the
// sentence as an attribution also when the parse made "told" the root,
// with the clause before the comma an adverbial clause of it, and the
// panel the indirect object: what was told is that clause. A name before
// the comma with its title after it and no second comma ("…, Tom Vik,
// head of the port told the paper") is the speaker, not the content's end.
func TestClosingToldAsRoot(t *testing.T) {
	d := parsedDoc(t, "The port did what ten towns have long done, she told the panel.",
		[]string{"DET/the/2/det NOUN/port/3/nsubj VERB:VBD/do/12/advcl PRON/what/9/obj NUM/ten/6/nummod " +
			"NOUN:NNS/town/9/nsubj AUX:VBP/have/9/aux ADV/long/9/advmod VERB:VBN/do/3/ccomp PUNCT/,/3/punct " +
			"PRON/she/12/nsubj VERB:VBD/tell/0/root DET/the/14/det NOUN/panel/12/iobj PUNCT/./12/punct"},
		person{"Ana Vik", []string{"she"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "told" {
			if g.text != "The port did what ten towns have long done" || g.speaker != "Ana Vik" {
				t.Errorf("got %+v, want the clause before the comma, told by Ana Vik", g)
			}
			return
		}
	}
	t.Errorf("no quote cued by \"told\" among %+v", describe(d, d.Quotes))
}

func TestClosingToldAfterNameAndTitle(t *testing.T) {
	d := parsedDoc(t, "The port will change its plan, Tom Vik, head of the port told the paper.",
		[]string{"DET/the/2/det NOUN/port/4/nsubj AUX:MD/will/4/aux VERB:VB/change/15/advcl PRON/its/6/nmod:poss " +
			"NOUN/plan/4/obj PUNCT/,/4/punct PROPN/Tom/15/nsubj PROPN/Vik/8/flat PUNCT/,/11/punct NOUN/head/8/appos " +
			"ADP/of/14/case DET/the/14/det NOUN/port/11/nmod VERB:VBD/tell/0/root DET/the/17/det NOUN/paper/15/iobj " +
			"PUNCT/./15/punct"},
		person{"Tom Vik", []string{"Tom Vik"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "told" && strings.Contains(g.text, "Vik") {
			t.Errorf("the speaker's name read as the end of what was told: %+v", g)
		}
	}
}
