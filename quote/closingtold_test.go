package quote

import (
	"testing"

	"dateline/text"
)

// TestClosingToldSubjectAsHead checks "…, a port official told the
// Courier." with the parse making the official the root and "told" a
// participle on it: the sentence up to the comma is what was told.
func TestClosingToldSubjectAsHead(t *testing.T) {
	txt := "The ferry was late again, a port official told the Courier."
	d := parsedDoc(t, txt, []string{"DET/the/2/det NOUN/ferry/4/nsubj AUX:VBD/be/4/cop ADJ/late/9/amod ADV/again/4/advmod PUNCT/,/4/punct " +
		"DET/a/9/det NOUN/port/9/compound NOUN/official/0/root VERB:VBD/tell/9/acl DET/the/12/det PROPN/Courier/10/iobj PUNCT/./9/punct"},
		person{"GROUP:port official", []string{"port official"}}, person{"ORG:Courier", []string{"Courier"}})
	runQuotes(t, d)
	wantCuedQuote(t, d, got{kind: "indirect", text: "The ferry was late again", speaker: "port official", cue: "told", listener: "Courier"})
}

// TestClosingToldOnNews runs the whole pipeline over closing attributions
// whose subject is a title and a name between commas, or a long title
// run.
func TestClosingToldOnNews(t *testing.T) {
	for _, tc := range []struct{ text, content, speaker, cue string }{
		{"Despite two weeks of heavy rain, the old mill remains open to visitors, its new owner, Tom Weller, told the Courier.",
			"Despite two weeks of heavy rain, the old mill remains open to visitors", "Tom Weller", "told"},
		{"Two fishing boats were still missing on Sunday, the national coast guard service spokesman Karim Benali Haddad said.",
			"Two fishing boats were still missing on Sunday", "Karim Benali Haddad", "said"},
	} {
		d := analyse(t, tc.text)
		found := false
		for _, g := range describe(d, d.Quotes) {
			if g.cue == tc.cue {
				found = true
				if g.text != tc.content || g.speaker != tc.speaker || g.kind != text.QuoteIndirect {
					t.Errorf("got %+v, want %q by %q", g, tc.content, tc.speaker)
				}
			}
		}
		if !found {
			t.Errorf("no quote cued by %q in %q", tc.cue, tc.text)
		}
	}
}
