package quote

import (
	"testing"

	"dateline/text"
)

// A title with the body it heads ("Minister of the Interior") names the
// person after it, not the body: the name hung on the body in the parse
// is still the title's.
func TestTitleOfBodyNamesThePerson(t *testing.T) {
	t.Run("a title word", func(t *testing.T) {
		wantCuedQuote(t, analyse(t, "Ruritania will cut its fuel tax in May, Minister of the Interior Ana Ruiz said."),
			got{text.QuoteIndirect, "Ruritania will cut its fuel tax in May", "Ana Ruiz", "said", ""})
	})
	t.Run("a title after the place that qualifies it", func(t *testing.T) {
		d := parsedDoc(t, "Dunmore Minister of the Interior Ana Ruiz said the fees would rise.",
			[]string{"PROPN/Dunmore/2/compound NOUN/minister/8/nsubj ADP/of/5/case DET/the/5/det PROPN/Interior/2/nmod " +
				"PROPN/Ana/5/flat PROPN/Ruiz/6/flat VERB:VBD/say/0/root DET/the/10/det NOUN/fee/12/nsubj AUX:MD/would/12/aux " +
				"VERB:VB/rise/8/ccomp PUNCT/./8/punct"},
			person{"GPE:Dunmore", []string{"Dunmore"}}, person{"ORG:Interior", []string{"Interior"}}, person{"Ana Ruiz", []string{"Ana Ruiz"}})
		runQuotes(t, d)
		wantCuedQuote(t, d, got{text.QuoteIndirect, "the fees would rise", "Ana Ruiz", "said", ""})
	})
	t.Run("two things a title is of name no one", func(t *testing.T) {
		d := parsedDoc(t, "Star of Gold Rush and Tom Vik said the fees would rise.",
			[]string{"NOUN/star/8/nsubj ADP/of/4/case PROPN/Gold/4/compound PROPN/Rush/1/nmod CCONJ/and/6/cc PROPN/Tom/4/conj PROPN/Vik/6/flat " +
				"VERB:VBD/say/0/root DET/the/10/det NOUN/fee/12/nsubj AUX:MD/would/12/aux VERB:VB/rise/8/ccomp PUNCT/./8/punct"},
			person{"MISC:Gold Rush", []string{"Gold Rush"}}, person{"Tom Vik", []string{"Tom Vik"}})
		runQuotes(t, d)
		wantCuedQuote(t, d, got{text.QuoteIndirect, "the fees would rise", "Gold Rush", "said", ""})
	})
	t.Run("a head no title list knows", func(t *testing.T) {
		d := parsedDoc(t, "Custodian of State Ana Ruiz said the fees would rise.",
			[]string{"NOUN/custodian/6/nsubj ADP/of/3/case PROPN/State/1/nmod PROPN/Ana/3/flat PROPN/Ruiz/4/flat " +
				"VERB:VBD/say/0/root DET/the/8/det NOUN/fee/10/nsubj AUX:MD/would/10/aux VERB:VB/rise/6/ccomp PUNCT/./6/punct"},
			person{"ORG:State", []string{"State"}}, person{"Ana Ruiz", []string{"Ana Ruiz"}})
		runQuotes(t, d)
		wantCuedQuote(t, d, got{text.QuoteIndirect, "the fees would rise", "Ana Ruiz", "said", ""})
	})
}
