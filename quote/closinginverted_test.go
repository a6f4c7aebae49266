package quote

import (
	"testing"

	"dateline/text"
)

// TestClosingInvertedAttribution checks "…, said X." closing its sentence
// when the parse did not hang the cue below what it reports: the cue as
// the root with the clause's subject as its own, and the speaker read as
// the cue's object. What comes before the comma is what X said.
func TestClosingInvertedAttribution(t *testing.T) {
	txt := "Rising rents forced the closure of most shops in the town, said Ana Ruiz, an economist at the bank."
	d := parsedDoc(t, txt, []string{"VERB:VBG/rise/2/amod NOUN:NNS/rent/13/nsubj VERB:VBD/force/2/acl DET/the/5/det NOUN/closure/3/obj " +
		"ADP/of/8/case ADJ/most/8/amod NOUN:NNS/shop/5/nmod ADP/in/11/case DET/the/11/det NOUN/town/8/nmod PUNCT/,/13/punct " +
		"VERB:VBD/say/0/root PROPN/Ana/13/nsubj PROPN/Ruiz/14/flat PUNCT/,/18/punct DET/an/18/det NOUN/economist/14/appos " +
		"ADP/at/21/case DET/the/21/det NOUN/bank/18/nmod PUNCT/./13/punct"},
		person{"Ana Ruiz", []string{"Ana Ruiz"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "Rising rents forced the closure of most shops in the town", speaker: "Ana Ruiz", cue: "said"})

	txt = "The bridge will not open before May, noted the port's Tom Weller."
	d = parsedDoc(t, txt, []string{"DET/the/2/det NOUN/bridge/5/nsubj AUX:MD/will/5/aux PART/not/5/advmod VERB:VB/open/9/ccomp " +
		"ADP/before/7/case PROPN/May/5/obl PUNCT/,/9/punct VERB:VBD/note/0/root DET/the/11/det NOUN/port/14/nmod:poss PART/'s/11/case " +
		"PROPN/Tom/9/obj PROPN/Weller/13/flat PUNCT/./9/punct"},
		person{"Tom Weller", []string{"Tom Weller"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The bridge will not open before May", speaker: "Tom Weller", cue: "noted"})
}

// TestClosingInvertedNeedsSomeone checks that an object after a verb
// following a comma is no inverted speaker when it names no one ("…,
// said goodbye"): that is a second verb of the sentence's subject.
func TestClosingInvertedNeedsSomeone(t *testing.T) {
	txt := "The mayor walked out of the hall, said goodbye."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/mayor/3/nsubj VERB:VBD/walk/0/root ADP/out/7/case ADP/of/7/case DET/the/7/det " +
		"NOUN/hall/3/obl PUNCT/,/9/punct VERB:VBD/say/3/conj NOUN/goodbye/9/obj PUNCT/./3/punct"})
	runQuotes(t, d)
	for _, q := range d.Quotes {
		if d.Slice(q.Span) == "The mayor walked out of the hall" {
			t.Errorf("got %q reported by %q", d.Slice(q.Span), q.Cue)
		}
	}
}

// TestClosingInvertedOnNews runs the whole pipeline over inverted closing
// attributions after long clauses, as wire copy writes them.
func TestClosingInvertedOnNews(t *testing.T) {
	for _, tc := range []struct{ text, content, speaker, cue string }{
		{"Budget cuts across the state's school districts forced the closure of all but three of the roughly 40 rural clinics, said Martha Quinn, a senior analyst with the council that monitors them.",
			"Budget cuts across the state's school districts forced the closure of all but three of the roughly 40 rural clinics", "Martha Quinn", "said"},
		{"However, fares by their very nature are unlikely to decide the vote, noted Reuters' Tom Baker.",
			"However, fares by their very nature are unlikely to decide the vote", "Tom Baker", "noted"},
	} {
		wantQuoteIn(t, tc.text, got{kind: text.QuoteIndirect, text: tc.content, speaker: tc.speaker, cue: tc.cue})
	}
}

// TestClosingInvertedNotAfterSubject checks that a verb whose subject
// stands before an aside ("A poll, taken in May, shows Ana Ruiz ahead")
// acts on its object: the object is no speaker of the aside.
func TestClosingInvertedNotAfterSubject(t *testing.T) {
	txt := "A new poll, taken by the college in May, shows Ana Ruiz with a clear lead."
	d := parsedDoc(t, txt, []string{"DET/a/3/det ADJ/new/3/amod NOUN/poll/12/nsubj PUNCT/,/5/punct VERB:VBN/take/3/acl ADP/by/8/case " +
		"DET/the/8/det NOUN/college/5/obl ADP/in/10/case PROPN/May/5/obl PUNCT/,/5/punct VERB:VBZ/show/0/root PROPN/Ana/12/obj " +
		"PROPN/Ruiz/13/flat ADP/with/18/case DET/a/18/det ADJ/clear/18/amod NOUN/lead/12/obl PUNCT/./12/punct"},
		person{"Ana Ruiz", []string{"Ana Ruiz"}})
	runQuotes(t, d)
	for _, q := range d.Quotes {
		if q.Speaker == 0 && q.Cue == "shows" {
			t.Errorf("Ana Ruiz speaks %q", d.Slice(q.Span))
		}
	}
}

// TestClosingInvertedNotANaming checks that a participle naming the noun
// before it ("a chapter …, called the Annual Risk Review") is no inverted
// attribution: the name is no speaker of the sentence.
func TestClosingInvertedNotANaming(t *testing.T) {
	d := analyse(t, "The regulator will soon require all listed firms to report their climate risks in a chapter of their annual reports, called the Annual Risk Review.")
	for _, q := range d.Quotes {
		if q.Cue == "called" {
			t.Errorf("got %q reported by %q", d.Slice(q.Span), q.Cue)
		}
	}
}

// TestInvertedTitlesJoinedByAnd checks "said X founder and director Ana
// Ruiz": two titles of one person lead to her name, not to the body.
func TestInvertedTitlesJoinedByAnd(t *testing.T) {
	wantQuoteIn(t, "\u201cThe field is stronger than ever,\u201d said Dunmore Trust founder and director Ana Ruiz.",
		got{kind: text.QuoteDirect, text: "The field is stronger than ever,", speaker: "Ana Ruiz", cue: "said"})
}

// TestClosingInvertedPluralVerb checks "…, warn traders" with the plural
// verb read as a base form, and "they" after "the MPs said" naming the
// MPs, who are no one person.
func TestClosingInvertedPluralVerb(t *testing.T) {
	wantQuoteIn(t, "Shops could close within a year if rents keep rising so fast, warn traders in the town.",
		got{kind: text.QuoteIndirect, text: "Shops could close within a year if rents keep rising so fast", speaker: "traders", cue: "warn"})
	wantQuoteIn(t, "Parents who live apart from their children are let down by the courts, MPs said.\n\n"+
		"\"Every family is different and the rules must allow for that,\" the MPs said.\n\n"+
		"They said the rules ought to be rewritten to give courts more room.",
		got{kind: text.QuoteIndirect, text: "the rules ought to be rewritten to give courts more room", speaker: "MPs", cue: "said"})
	wantQuoteIn(t, "Tom Lee, who has worked for the firm since he left school in 1990, blasted the board as a disgrace on Tuesday.",
		got{kind: text.QuoteIndirect, text: "the board as a disgrace", speaker: "Tom Lee", cue: "blasted"})
	for _, txt := range []string{
		"The prizes, which were started in 1997, honour the best websites of the year.",
		"The chart, which included France and Germany, put the band's old hit at number one.",
	} {
		for _, q := range analyse(t, txt).Quotes {
			t.Errorf("%q: got %q cued by %q", txt, txt[q.Start:q.End], q.Cue)
		}
	}
}

// TestClosingInvertedDocument checks that a document closing its
// sentence after the verb ("…, says a new report") speaks, as a person
// there does.
func TestClosingInvertedDocument(t *testing.T) {
	wantQuoteIn(t, "Ferry fares on the Dunmore crossing will rise by a tenth next spring, says a new report.",
		got{kind: text.QuoteIndirect, text: "Ferry fares on the Dunmore crossing will rise by a tenth next spring", speaker: "new report", cue: "says"})
}
