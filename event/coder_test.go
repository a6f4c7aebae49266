package event

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"dateline/text"
)

// parsed builds a one-sentence Document from CoNLL-U-like rows written
// for these tests: "FORM LEMMA UPOS XPOS HEAD REL" (HEAD 1-based, 0 for
// the root). The text is the forms joined by spaces.
func parsed(t testing.TB, rows ...string) *text.Document {
	t.Helper()
	var b strings.Builder
	for i, r := range rows {
		f := strings.Fields(r)
		if len(f) != 6 {
			t.Fatalf("row %q: want 6 fields", r)
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\t%s\t_\t_\n", i+1, f[0], f[1], f[2], f[3], f[4], f[5])
	}
	d := conlluDoc(b.String(), time.Date(2025, 8, 18, 0, 0, 0, 0, time.UTC))
	if d == nil {
		t.Fatal("bad rows")
	}
	return d
}

func codeBuiltin(t testing.TB, d *text.Document) []string {
	t.Helper()
	st, err := NewStage(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range d.Events {
		out = append(out, e.Actor1.Code+" "+e.Code+" "+e.Actor2.Code)
	}
	return out
}

// The sentences below are written for these tests; their parses are the
// ones a UD parser gives.
var (
	rowsMet = []string{
		"Ukrainian Ukrainian ADJ JJ 2 amod",
		"President president PROPN NNP 4 compound",
		"Petro Petro PROPN NNP 4 compound",
		"Levko Levko PROPN NNP 5 nsubj",
		"met meet VERB VBD 0 root",
		"Russian Russian ADJ JJ 7 amod",
		"diplomats diplomat NOUN NNS 5 obj",
		"in in ADP IN 9 case",
		"Geneva Geneva PROPN NNP 5 obl",
		". . PUNCT . 5 punct"}
	rowsWillMeet = []string{
		"Japan Japan PROPN NNP 3 nsubj",
		"will will AUX MD 3 aux",
		"meet meet VERB VB 0 root",
		"China China PROPN NNP 3 obj"}
	rowsNotMeet = []string{
		"Japan Japan PROPN NNP 4 nsubj",
		"did do AUX VBD 4 aux",
		"not not PART RB 4 advmod",
		"meet meet VERB VB 0 root",
		"China China PROPN NNP 4 obj"}
	rowsCompound = []string{
		"France France PROPN NNP 4 nsubj",
		"and and CCONJ CC 3 cc",
		"Germany Germany PROPN NNP 1 conj",
		"criticized criticize VERB VBD 0 root",
		"Iran Iran PROPN NNP 4 obj"}
	rowsPassive = []string{
		"Syria Syria PROPN NNP 3 nsubj:pass",
		"was be AUX VBD 3 aux:pass",
		"attacked attack VERB VBN 0 root",
		"by by ADP IN 5 case",
		"Turkey Turkey PROPN NNP 3 obl:agent"}
	rowsAgentless = []string{
		"Syria Syria PROPN NNP 3 nsubj:pass",
		"was be AUX VBD 3 aux:pass",
		"attacked attack VERB VBN 0 root",
		"on on ADP IN 5 case",
		"Monday Monday PROPN NNP 3 obl"}
	rowsNominal = []string{
		"Poland Poland PROPN NNP 2 nsubj",
		"condemned condemn VERB VBD 0 root",
		"Russia Russia PROPN NNP 5 nmod:poss",
		"'s 's PART POS 3 case",
		"invasion invasion NOUN NN 2 obj",
		"of of ADP IN 7 case",
		"Ukraine Ukraine PROPN NNP 5 nmod"}
	rowsOpenTo = []string{
		"Kenya Kenya PROPN NNP 3 nsubj",
		"is be AUX VBZ 3 cop",
		"open open ADJ JJ 0 root",
		"to to ADP IN 7 case",
		"a a DET DT 7 det",
		"direct direct ADJ JJ 7 amod",
		"meeting meeting NOUN NN 3 obl",
		"with with ADP IN 9 case",
		"Somalia Somalia PROPN NNP 7 nmod"}
)

func TestCoderBuiltin(t *testing.T) {
	tests := []struct {
		name string
		rows []string
		want []string
	}{
		{"country and role compose: Ukrainian President X", rowsMet, []string{"UKRGOV 040 RUSGOV"}},
		{"future is an intent to meet", rowsWillMeet, []string{"JPN 036 CHN"}},
		{"negation gives no event", rowsNotMeet, nil},
		{"compound subject gives one event each", rowsCompound, []string{"FRA 111 IRN", "DEU 111 IRN"}},
		{"passive: the by-agent acts", rowsPassive, []string{"TUR 190 SYR"}},
		{"agentless passive codes nothing", rowsAgentless, nil},
		{"nominal event with possessor and of-phrase", rowsNominal, []string{"POL 111 RUS", "RUS 192 UKR"}},
		{"open to a meeting is one side's intent", rowsOpenTo, []string{"KEN 036 SOM"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := codeBuiltin(t, parsed(t, tc.rows...))
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestEventFields(t *testing.T) {
	d := parsed(t, rowsMet...)
	d.Times = []text.Time{{Span: text.Span{Start: 0, End: 0}, Type: "DATE", Value: "2025-08-17"}}
	codeBuiltin(t, d)
	if len(d.Events) != 1 {
		t.Fatalf("got %d events, want 1", len(d.Events))
	}
	e := d.Events[0]
	checks := []struct{ name, got, want string }{
		{"id", e.ID, "V1"},
		{"evidence", d.Slice(e.Span), "Ukrainian President Petro Levko met Russian diplomats"},
		{"actor1 name: the phrase the nationality heads, not the bare adjective", e.Actor1.Name, "Ukrainian President Petro Levko"},
		{"location", e.Location, "Geneva"},
		{"date from the clause's time", e.Date, "2025-08-17"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, c.got, c.want)
		}
	}
	if e.QuadClass != 1 || e.Goldstein != 1 || e.InQuote || e.Actor1.Entity != -1 {
		t.Errorf("got quad %d goldstein %v in_quote %v entity %d", e.QuadClass, e.Goldstein, e.InQuote, e.Actor1.Entity)
	}
	t.Run("publication date without a time", func(t *testing.T) {
		d := parsed(t, rowsWillMeet...)
		codeBuiltin(t, d)
		if len(d.Events) != 1 || d.Events[0].Date != "2025-08-18" {
			t.Errorf("got %+v, want one event dated 2025-08-18", d.Events)
		}
	})
}

func TestInQuote(t *testing.T) {
	t.Run("quotation marks in the text", func(t *testing.T) {
		d := parsed(t,
			`" " PUNCT `+"``"+` 4 punct`,
			"Japan Japan PROPN NNP 4 nsubj",
			"will will AUX MD 4 aux",
			"meet meet VERB VB 0 root",
			"China China PROPN NNP 4 obj",
			`" " PUNCT '' 4 punct`)
		codeBuiltin(t, d)
		if len(d.Events) != 1 || !d.Events[0].InQuote {
			t.Errorf("got %+v, want one event in a quote", d.Events)
		}
	})
	t.Run("quote spans from the quotes stage", func(t *testing.T) {
		d := parsed(t, rowsWillMeet...)
		d.Quotes = []text.Quote{{Kind: text.QuoteDirect, Span: text.Span{Start: 0, End: len(d.Text)}}}
		codeBuiltin(t, d)
		if len(d.Events) != 1 || !d.Events[0].InQuote {
			t.Errorf("got %+v, want one event in a quote", d.Events)
		}
	})
}

func TestNewDefaultStage(t *testing.T) {
	d := parsed(t, rowsWillMeet...)
	if err := NewDefaultStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Code != "036" {
		t.Errorf("got %+v, want one 036 event", d.Events)
	}
}

func TestEntitiesFirst(t *testing.T) {
	d := parsed(t, rowsWillMeet...)
	d.Mentions = []text.Mention{{Span: text.Span{Start: 0, End: 5}, Kind: text.MentionName, Entity: 0}}
	d.Entities = []text.Entity{{ID: "E1", Name: "Japan", Actor: "JPNGOV", Mentions: []int{0}}}
	got := codeBuiltin(t, d)
	if len(got) != 1 || got[0] != "JPNGOV 036 CHN" || d.Events[0].Actor1.Entity != 0 {
		t.Errorf("got %q (entity %d), want the entity's code JPNGOV", got, d.Events[0].Actor1.Entity)
	}
}

func TestNameRememberedAcrossSentences(t *testing.T) {
	rows := append(append([]string{}, rowsMet...),
		"Levko Levko PROPN NNP 12 nsubj",
		"criticized criticize VERB VBD 0 root",
		"Poland Poland PROPN NNP 12 obj")
	d := parsed(t, rows...)
	cut := d.Tokens[10].Start
	d.Sentences = []text.Sentence{
		{Span: text.Span{Start: 0, End: d.Tokens[9].End}, FirstToken: 0, EndToken: 10},
		{Span: text.Span{Start: cut, End: len(d.Text)}, FirstToken: 10, EndToken: 13},
	}
	got := codeBuiltin(t, d)
	want := []string{"UKRGOV 040 RUSGOV", "UKRGOV 111 POL"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestPronounTakesLastPerson(t *testing.T) {
	d := heCriticizedPoland(t)
	got := codeBuiltin(t, d)
	if len(got) != 2 || got[1] != "UKRGOV 111 POL" {
		t.Errorf("got %q, want the second event from UKRGOV", got)
	}
}
