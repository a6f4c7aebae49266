package quote

import (
	"testing"

	"dateline/text"
)

// TestRelativeSubjectOfReportedClause checks "N, which she said held …":
// the relative pronoun is the subject of the clause reported, and the
// pronoun after it is who speaks, not the noun the clause describes.
func TestRelativeSubjectOfReportedClause(t *testing.T) {
	wantQuoteIn(t, "Ana Ruiz gave the papers to the Harbour Board, which she said held all her records.",
		got{kind: text.QuoteIndirect, text: "held all her records", speaker: "Ana Ruiz", cue: "said"})
	// The relative pronoun alone as the subject still speaks for its noun.
	wantQuoteIn(t, "The Harbour Board, which said it held the records, refused.",
		got{kind: text.QuoteIndirect, text: "it held the records", speaker: "Harbour Board", cue: "said"})
}

// TestRelativeAfterAge checks "Weller, 56, who …, told …": the age between
// commas is passed over to the name the relative pronoun stands for (the
// paper told had been taken for an inverted subject).
func TestRelativeAfterAge(t *testing.T) {
	wantQuoteIn(t, "Weller, 56, who has run the port for a decade, told the Harlow Courier the levy was clear.",
		got{kind: text.QuoteIndirect, text: "the levy was clear", speaker: "Weller", cue: "told", listener: "Harlow Courier"})
	// With no subject in the parse, the name is found by position,
	// past the relative clause and the age.
	wantQuoteIn(t, "Weller, 56, who has run the port for a decade, said the levy was clear.",
		got{kind: text.QuoteIndirect, text: "the levy was clear", speaker: "Weller", cue: "said"})
}

// TestToldAfterAside checks that the noun after "told" is not read as an
// inverted subject when a comma before the verb closes an aside: "…,” a
// customs official, who …, told Radio Velmont" was not said by the radio.
func TestToldAfterAside(t *testing.T) {
	d := analyse(t, "“The lorries are stuck at the border,” a customs official, who was not allowed to speak publicly, told Radio Velmont.")
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "told" && g.speaker == "Radio Velmont" {
			t.Errorf("got %+v, want the radio station as no speaker", g)
		}
	}
}

// TestNameAfterQuotationBeforeComma checks "“…,” Ana Ruiz from the Guild,
// told the Courier.": a stray comma between the speaker's phrase and the
// verb leaves the parse no subject before it; the name that opens the
// phrase after the quotation speaks, not the paper told.
func TestNameAfterQuotationBeforeComma(t *testing.T) {
	wantQuoteIn(t, "“Everything is going online,” Marta Oldway from the Harlow Traders Guild, told the Velmont Courier.",
		got{kind: text.QuoteDirect, text: "Everything is going online,", speaker: "Marta Oldway", cue: "told", listener: "Velmont Courier"})
	wantQuoteIn(t, "“Everything is going online,” Marta Oldway from the Harlow Traders Guild, said.",
		got{kind: text.QuoteDirect, text: "Everything is going online,", speaker: "Marta Oldway", cue: "said"})
}

// TestToldNotInverted checks a parse that made the one told the inverted
// subject of "told" ("“…,” a source told Kestrel News" with "News" the
// subject): "tell" is not inverted, so the noun before it speaks.
func TestToldNotInverted(t *testing.T) {
	txt := "“The agents are tired,” a source told Kestrel News."
	d := parsedDoc(t, txt, []string{"PUNCT/“/5/punct DET/the/3/det NOUN/agent/5/nsubj AUX/be/5/cop ADJ/tired/10/ccomp PUNCT/,/5/punct PUNCT/”/5/punct " +
		"DET/a/9/det NOUN/source/10/dep VERB:VBD/tell/0/root PROPN/Kestrel/12/compound PROPN/News/10/nsubj PUNCT/./10/punct"},
		person{"ORG:Kestrel News", []string{"Kestrel News"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "told" && g.speaker != "source" {
			t.Errorf("got %+v, want the source as the speaker", g)
		}
	}
	if len(d.Quotes) == 0 {
		t.Error("got no quote")
	}
}

// TestPluralNounReadAsVerbSpeaks checks a plural noun subject the tagger
// read as a verb before the cue ("Delegates questioned …", "Weller aides
// acknowledged …"): two finite verbs do not follow each other, so the
// first is the subject.
func TestPluralNounReadAsVerbSpeaks(t *testing.T) {
	wantQuoteIn(t, "Delegates questioned how Ruiz could break a pledge she had made.",
		got{kind: text.QuoteIndirect, text: "how Ruiz could break a pledge she had made", speaker: "Delegates", cue: "questioned"})
	wantQuoteIn(t, "Tom Weller aides acknowledged a close link with the council.",
		got{kind: text.QuoteIndirect, text: "a close link with the council", speaker: "Tom Weller aides", cue: "acknowledged"})
}

// TestNameInAppositionBeforeVerbReadAsNoun checks "X's running mate, Gov.
// Ana Ruiz, plans to …" with "plans" tagged a plural noun: the name that
// closes the apposition right before it is the speaker.
func TestNameInAppositionBeforeVerbReadAsNoun(t *testing.T) {
	wantQuoteIn(t, "Weller's running mate, Harlow Gov. Ana Ruiz, plans to release her own accounts soon.",
		got{kind: text.QuoteIndirect, text: "to release her own accounts soon", speaker: "Ana Ruiz", cue: "plans"})
}
