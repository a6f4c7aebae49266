package event

import (
	"strings"
	"testing"

	"dateline/text"
)

// parsedSents builds a Document of several sentences, each given as rows
// for parsed (heads 1-based within the sentence).
func parsedSents(t testing.TB, sents ...[]string) *text.Document {
	t.Helper()
	var rows []string
	var bounds []int
	for _, s := range sents {
		off := len(rows)
		for _, r := range s {
			f := strings.Fields(r)
			if len(f) != 6 {
				t.Fatalf("row %q: want 6 fields", r)
			}
			if h := atoiTest(t, f[4]); h > 0 {
				f[4] = itoa(h + off)
			}
			rows = append(rows, strings.Join(f, " "))
		}
		bounds = append(bounds, len(rows))
	}
	d := parsed(t, rows...)
	d.Sentences = d.Sentences[:0]
	first := 0
	for _, end := range bounds {
		sp := text.Span{Start: d.Tokens[first].Start, End: d.Tokens[end-1].End}
		d.Sentences = append(d.Sentences, text.Sentence{Span: sp, FirstToken: first, EndToken: end})
		first = end
	}
	return d
}

func atoiTest(t testing.TB, s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			t.Fatalf("head %q is not a number", s)
		}
		n = n*10 + int(r-'0')
	}
	return n
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// addEntity files an entity with an actor code over the tokens first …
// last (0-based, inclusive) of d.
func addEntity(d *text.Document, name, code string, first, last int) {
	m := len(d.Mentions)
	d.Mentions = append(d.Mentions, text.Mention{Span: text.Span{Start: d.Tokens[first].Start, End: d.Tokens[last].End}, Kind: text.MentionName, Entity: len(d.Entities)})
	d.Entities = append(d.Entities, text.Entity{ID: "E" + itoa(len(d.Entities)+1), Name: name, Actor: code, Mentions: []int{m}})
}

// The sentences below are written for these tests; their parses include
// the errors a statistical parser makes on news text.
func TestParserErrors(t *testing.T) {
	tests := []struct {
		name  string
		sents [][]string
		want  []string
	}{
		{"two subjects: the one whose head is an actor",
			[][]string{{
				"Before before SCONJ IN 4 mark",
				"the the DET DT 4 det",
				"summit summit NOUN NN 4 compound",
				"talks talk NOUN NNS 7 nsubj",
				", , PUNCT , 4 punct",
				"Japan Japan PROPN NNP 7 nsubj",
				"criticized criticize VERB VBD 0 root",
				"China China PROPN NNP 7 obj"}},
			[]string{"JPN 111 CHN"}},
		{"subject hung on the opening phrase as an apposition",
			[][]string{{
				"After after ADP IN 2 case",
				"talks talk NOUN NNS 9 obl",
				"in in ADP IN 4 case",
				"Beijing Beijing PROPN NNP 2 nmod",
				", , PUNCT , 6 punct",
				"Japan Japan PROPN NNP 4 appos",
				"sharply sharply ADV RB 9 advmod",
				"publicly publicly ADV RB 9 advmod",
				"criticized criticize VERB VBD 0 root",
				"China China PROPN NNP 9 obj"}},
			[]string{"JPN 111 CHN"}},
		{"a verb parsed as a conjunct of a later verb keeps its stranded subject",
			[][]string{{
				"After after ADP IN 2 case",
				"talks talk NOUN NNS 7 obl",
				"in in ADP IN 4 case",
				"Beijing Beijing PROPN NNP 2 nmod",
				", , PUNCT , 6 punct",
				"Japan Japan PROPN NNP 4 appos",
				"criticized criticize VERB VBD 10 conj",
				"China China PROPN NNP 7 obj",
				"and and CCONJ CC 10 cc",
				"left leave VERB VBD 0 root",
				". . PUNCT . 10 punct"}},
			[]string{"JPN 111 CHN"}},
		{"a clause before the reporting verb is not its target",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"criticized criticize VERB VBD 0 root",
				"China China PROPN NNP 2 obj",
				", , PUNCT , 7 punct",
				"a a DET DT 6 det",
				"Korean Korean ADJ JJ 7 nsubj",
				"said say VERB VBD 2 parataxis"}},
			[]string{"JPN 111 CHN"}},
		{"a reported clause with its own event: the event, not the report",
			[][]string{{
				"The the DET DT 3 det",
				"Korean Korean ADJ JJ 3 amod",
				"minister minister NOUN NN 4 nsubj",
				"said say VERB VBD 0 root",
				"Japan Japan PROPN NNP 6 nsubj",
				"criticized criticize VERB VBD 4 ccomp",
				"China China PROPN NNP 6 obj"}},
			[]string{"JPN 111 CHN"}},
		{"a time phrase is not a target",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"protested protest VERB VBD 0 root",
				"years year NOUN NNS 2 obl",
				"after after ADP IN 6 case",
				"Chinese Chinese ADJ JJ 6 amod",
				"riots riot NOUN NNS 3 nmod"}},
			nil},
		{"the target of a gerund clause: would assist in securing X's borders",
			[][]string{{
				"France France PROPN NNP 3 nsubj",
				"will will AUX MD 3 aux",
				"assist assist VERB VB 0 root",
				"in in SCONJ IN 5 mark",
				"securing secure VERB VBG 3 advcl",
				"Chad Chad PROPN NNP 8 nmod:poss",
				"'s 's PART POS 6 case",
				"borders border NOUN NNS 5 obj"}},
			[]string{"FRA 031 TCD"}},
		{"an actor acting on itself is no event",
			[][]string{{
				"Ukraine Ukraine PROPN NNP 2 nsubj",
				"criticized criticize VERB VBD 0 root",
				"Ukrainian Ukrainian ADJ JJ 4 amod",
				"officials official NOUN NNS 2 obj"}},
			nil},
		{"a possessive hung on the verb belongs to the subject",
			[][]string{{
				"Japan Japan PROPN NNP 6 nmod:poss",
				"'s 's PART POS 1 case",
				"Prime prime ADJ NNP 4 amod",
				"Minister Minister PROPN NNP 5 compound",
				"Kishida Kishida PROPN NNP 6 nsubj",
				"criticized criticize VERB VBD 0 root",
				"China China PROPN NNP 6 obj"}},
			[]string{"JPNGOV 111 CHN"}},
		{"the target of an infinitive the parser called adverbial",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"promised promise VERB VBD 0 root",
				"to to PART TO 4 mark",
				"help help VERB VB 2 advcl",
				"Chad Chad PROPN NNP 4 obj"}},
			// The promise's own 030 takes no target inside its
			// infinitive (built-in mode): the infinitive's 033 is the
			// intent.
			[]string{"JPN 033 TCD"}},
		{"a time noun with a target preposition still names the target",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"cooperated cooperate VERB VBD 0 root",
				"with with ADP IN 4 case",
				"years year NOUN NNS 2 obl",
				"of of ADP IN 6 case",
				"China China PROPN NNP 4 nmod"}},
			[]string{"JPN 050 CHN"}},
		{"words of an adverbial phrase are not pattern words",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"welcomed welcome VERB VBD 0 root",
				"China China PROPN NNP 5 nmod:poss",
				"'s 's PART POS 3 case",
				"offer offer NOUN NN 2 obj",
				"as as SCONJ IN 8 mark",
				"a a DET DT 8 det",
				"step step NOUN NN 2 advcl",
				"to to ADP IN 10 case",
				"peace peace NOUN NN 8 nmod"}},
			[]string{"JPN 030 CHN"}},
		{"a phrase of time is no target, even with a name in it",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"protested protest VERB VBD 0 root",
				"after after ADP IN 5 case",
				"Chilean Chilean ADJ JJ 5 amod",
				"riots riot NOUN NNS 2 obl"}},
			nil},
		{"a time phrase inside the object is not part of it",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"restored restore VERB VBD 0 root",
				"ties tie NOUN NNS 2 obj",
				"with with ADP IN 5 case",
				"Borduria Borduria PROPN NNP 3 nmod",
				"years year NOUN NNS 3 nmod",
				"after after ADP IN 9 case",
				"Chilean Chilean ADJ JJ 9 amod",
				"riots riot NOUN NNS 6 nmod"}},
			nil},
		{"subject joined to the opening phrase as a conjunct",
			[][]string{{
				"In in ADP IN 2 case",
				"March March PROPN NNP 7 obl",
				", , PUNCT , 5 punct",
				"Peruvian Peruvian ADJ JJ 5 amod",
				"diplomats diplomat NOUN NNS 2 conj",
				", , PUNCT , 5 punct",
				"criticized criticize VERB VBD 0 root",
				"Chile Chile PROPN NNP 7 obj"}},
			[]string{"PERGOV 111 CHL"}},
		{"a participle with an object is active, British spelling",
			[][]string{{
				"Afghan Afghan ADJ JJ 2 amod",
				"President President PROPN NNP 0 root",
				"Karimov Karimov PROPN NNP 2 flat",
				"criticised criticise VERB VBN 2 acl",
				"neighbour neighbour NOUN NN 4 obj",
				"Pakistan Pakistan PROPN NNP 5 appos"}},
			[]string{"AFGGOV 111 PAK"}},
		{"a role on both sides is a domestic event",
			[][]string{{
				"French French ADJ JJ 2 amod",
				"ministers minister NOUN NNS 3 nsubj",
				"criticized criticize VERB VBD 0 root",
				"French French ADJ JJ 5 amod",
				"mayors mayor NOUN NNS 3 obj"}},
			[]string{"FRAGOV 111 FRAGOV"}},
		{"a relative pronoun is its antecedent, not the subject above",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"rejected reject VERB VBD 0 root",
				"any any DET DT 4 det",
				"plan plan NOUN NN 2 obj",
				"that that PRON WDT 6 nsubj",
				"criticized criticize VERB VBD 4 acl:relcl",
				"China China PROPN NNP 6 obj"}},
			nil},
		{"a nationality split off as a second object modifies it",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"criticized criticize VERB VBD 0 root",
				"Chilean Chilean PROPN NNP 2 obj",
				"diplomats diplomat NOUN NNS 2 obj"}},
			[]string{"JPN 111 CHLGOV"}},
		{"subject hung deep in the opening phrase, verb as a root",
			[][]string{{
				"Following follow VERB VBG 2 case",
				"consultations consultation NOUN NNS 11 obl",
				"with with ADP IN 4 case",
				"Korea Korea PROPN NNP 2 nmod",
				"and and CCONJ CC 6 cc",
				"Vietnam Vietnam PROPN NNP 4 conj",
				"in in ADP IN 8 case",
				"Hanoi Hanoi PROPN NNP 6 nmod",
				", , PUNCT , 10 punct",
				"Japan Japan PROPN NNP 8 conj",
				"criticized criticize VERB VBD 0 root",
				"China China PROPN NNP 11 obj",
				". . PUNCT . 11 punct"}},
			[]string{"JPN 040 VNM", "VNM 040 JPN", "JPN 111 CHN"}},
		{"a noun's source: the subject hung deep in the opening phrase, its verb hung as an oblique",
			[][]string{{
				"After after ADP IN 2 case",
				"discussions discussion NOUN NNS 12 obl",
				"with with ADP IN 4 case",
				"China China PROPN NNP 2 nmod",
				"and and CCONJ CC 6 cc",
				"Vietnam Vietnam PROPN NNP 4 conj",
				"at at ADP IN 9 case",
				"the the DET DT 9 det",
				"palace palace NOUN NN 6 nmod",
				", , PUNCT , 11 punct",
				"Japan Japan PROPN NNP 9 conj",
				"said say VERB VBD 15 obl",
				"it it PRON PRP 15 nsubj:pass",
				"was be AUX VBD 15 aux:pass",
				"prepared prepare VERB VBN 0 root",
				". . PUNCT . 15 punct"}},
			[]string{"JPN 040 CHN", "CHN 040 JPN", "JPN 040 VNM", "VNM 040 JPN"}},
		{"a conjunct deep in the opening phrase that does not end before the verb is not its subject",
			[][]string{{
				"After after ADP IN 2 case",
				"talks talk NOUN NNS 10 obl",
				"with with ADP IN 4 case",
				"Korea Korea PROPN NNP 2 nmod",
				", , PUNCT , 6 punct",
				"Vietnam Vietnam PROPN NNP 4 conj",
				", , PUNCT , 9 punct",
				"last last ADJ JJ 9 amod",
				"week week NOUN NN 10 obl:tmod",
				"criticized criticize VERB VBD 0 root",
				"China China PROPN NNP 10 obj"}},
			nil},
		{"urge, lost from CAMEO.2.0.txt, is an appeal",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"urged urge VERB VBD 0 root",
				"China China PROPN NNP 2 obj",
				"to to PART TO 5 mark",
				"reconsider reconsider VERB VB 2 xcomp"}},
			[]string{"JPN 020 CHN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := codeBuiltin(t, parsedSents(t, tc.sents...))
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestDiscourse(t *testing.T) {
	offer := []string{
		"China China PROPN NNP 2 nsubj",
		"offered offer VERB VBD 0 root",
		"Japan Japan PROPN NNP 2 iobj",
		"aid aid NOUN NN 2 obj"}
	tests := []struct {
		name  string
		sents [][]string
		want  []string
	}{
		{"this offer: the source of the sentence before",
			[][]string{offer, {
				"Japan Japan PROPN NNP 2 nsubj",
				"welcomed welcome VERB VBD 0 root",
				"this this DET DT 4 det",
				"offer offer NOUN NN 2 obj"}},
			[]string{"CHN 030 JPN", "JPN 030 CHN"}}, // the dictionary: offer 030, welcome an offer 030
		{"a bare noun does not point back",
			[][]string{offer, {
				"Japan Japan PROPN NNP 2 nsubj",
				"welcomed welcome VERB VBD 0 root",
				"offers offer NOUN NNS 2 obj"}},
			[]string{"CHN 030 JPN"}},
		{"the recipient of sanctions from another sentence",
			[][]string{{
				"Sanctions sanction NOUN NNS 5 nsubj",
				"on on ADP IN 3 case",
				"Iran Iran PROPN NNP 1 nmod",
				"were be AUX VBD 5 cop",
				"likely likely ADJ JJ 0 root"}, {
				"The the DET DT 2 det",
				"sanctions sanction NOUN NNS 5 nsubj:pass",
				"were be AUX VBD 5 aux:pass",
				"later later ADV RB 5 advmod",
				"imposed impose VERB VBN 0 root",
				"by by ADP IN 7 case",
				"France France PROPN NNP 5 obl:agent"}},
			[]string{"FRA 170 IRN"}}, // the dictionary: impose 170
		{"the arrests: whoever made the arrests before",
			[][]string{{
				"Peru Peru PROPN NNP 2 nsubj",
				"arrested arrest VERB VBD 0 root",
				"Chilean Chilean ADJ JJ 4 amod",
				"diplomats diplomat NOUN NNS 2 obj"}, {
				"Chile Chile PROPN NNP 2 nsubj",
				"criticized criticize VERB VBD 0 root",
				"the the DET DT 4 det",
				"arrests arrest NOUN NNS 2 obj"}},
			[]string{"PER 173 CHLGOV", "CHL 111 PER"}},
		{"a discard phrase drops its own clause only",
			[][]string{{
				"Japan Japan PROPN NNP 2 nsubj",
				"met meet VERB VBD 0 root",
				"China China PROPN NNP 2 obj",
				"after after SCONJ IN 6 mark",
				"Korea Korea PROPN NNP 6 nsubj",
				"attacked attack VERB VBD 2 advcl",
				"Russia Russia PROPN NNP 6 obj",
				"years year NOUN NNS 9 obl:npmod",
				"ago ago ADV RB 6 advmod"}},
			[]string{"JPN 040 CHN"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := codeBuiltin(t, parsedSents(t, tc.sents...))
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

func TestEntityModifierTakesTheHeadsRole(t *testing.T) {
	d := parsed(t,
		"the the DET DT 3 det",
		"Peruvian Peruvian ADJ JJ 3 amod",
		"government government NOUN NN 4 nsubj",
		"criticized criticize VERB VBD 0 root",
		"Chile Chile PROPN NNP 4 obj")
	addEntity(d, "Peruvian", "PER", 1, 1)
	got := codeBuiltin(t, d)
	if len(got) != 1 || got[0] != "PERGOV 111 CHL" {
		t.Errorf("got %q, want PERGOV 111 CHL (the entity PER with the head's role)", got)
	}
}

func TestEntityMoreSpecificPreferred(t *testing.T) {
	// The parser made the nationality the head: "Peruvian" over the name.
	d := parsed(t,
		"Peruvian Peruvian PROPN NNP 5 nsubj",
		"President President PROPN NNP 3 compound",
		"Ana Ana PROPN NNP 1 flat",
		"Torres Torres PROPN NNP 3 flat",
		"criticized criticize VERB VBD 0 root",
		"Chile Chile PROPN NNP 5 obj")
	addEntity(d, "Peruvian", "PER", 0, 0)
	addEntity(d, "Ana Torres", "PERGOV", 2, 3)
	got := codeBuiltin(t, d)
	if len(got) != 1 || got[0] != "PERGOV 111 CHL" {
		t.Errorf("got %q, want PERGOV 111 CHL from the entity Ana Torres", got)
	}
}

func TestEntityHeadPreferred(t *testing.T) {
	d := parsed(t,
		"Japan Japan PROPN NNP 2 nsubj",
		"criticized criticize VERB VBD 0 root",
		"Russian Russian ADJ JJ 4 amod",
		"President President PROPN NNP 5 compound",
		"Ivan Ivan PROPN NNP 2 obj",
		"Petrov Petrov PROPN NNP 5 flat")
	addEntity(d, "Russian", "RUS", 2, 2)
	addEntity(d, "Ivan Petrov", "RUSGOV", 4, 5)
	got := codeBuiltin(t, d)
	if len(got) != 1 || got[0] != "JPN 111 RUSGOV" || d.Events[0].Actor2.Entity != 1 {
		t.Errorf("got %q, want JPN 111 RUSGOV from the entity Ivan Petrov", got)
	}
}

func TestTwoPeopleOneCodeAreTwoEvents(t *testing.T) {
	d := parsed(t,
		"Abe Abe PROPN NNP 4 nsubj",
		"and and CCONJ CC 3 cc",
		"Kishida Kishida PROPN NNP 1 conj",
		"criticized criticize VERB VBD 0 root",
		"China China PROPN NNP 4 obj")
	addEntity(d, "Shinzo Abe", "JPNGOV", 0, 0)
	addEntity(d, "Fumio Kishida", "JPNGOV", 2, 2)
	got := codeBuiltin(t, d)
	if len(got) != 2 || d.Events[0].Actor1.Entity == d.Events[1].Actor1.Entity {
		t.Errorf("got %q, want JPNGOV 111 CHN once for each of the two entities", got)
	}
}
