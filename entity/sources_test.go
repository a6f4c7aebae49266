package entity

import (
	"context"
	"strings"
	"testing"

	"dateline/text"
)

// parsed segments s, sets a hand-written parse (one head and relation per
// token; the head of a "nsubj" is tagged VERB), adds name mentions and runs
// the stage.
func parsed(t *testing.T, s string, heads []int, rels []string, names ...string) *text.Document {
	t.Helper()
	d := text.NewDocument(text.Article{Text: s})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Tokens) != len(heads) || len(rels) != len(heads) {
		t.Fatalf("%d tokens, %d heads, %d rels", len(d.Tokens), len(heads), len(rels))
	}
	for i := range d.Tokens {
		d.Tokens[i].Head, d.Tokens[i].Rel = heads[i], rels[i]
		d.Tokens[i].UPOS = "NOUN"
	}
	for i := range d.Tokens {
		if h := heads[i]; strings.HasPrefix(rels[i], "nsubj") && h >= 0 {
			d.Tokens[h].UPOS = "VERB"
		}
	}
	for _, n := range names {
		typ, phrase, _ := strings.Cut(n, ":")
		k := strings.Index(s, phrase)
		d.Mentions = append(d.Mentions, text.Mention{Span: text.Span{Start: k, End: k + len(phrase)},
			Kind: text.MentionName, Type: typ, Entity: -1})
	}
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// entityAt returns the entity of the shortest mention covering the first
// occurrence of word, or nil.
func entityAt(d *text.Document, word string) *text.Entity {
	k := strings.Index(d.Text, word)
	best := -1
	for i, m := range d.Mentions {
		if m.Start <= k && k+len(word) <= m.End && m.Entity >= 0 && (best < 0 || m.End-m.Start < d.Mentions[best].End-d.Mentions[best].Start) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	return &d.Entities[d.Mentions[best].Entity]
}

func TestNominalSources(t *testing.T) {
	tests := []struct {
		name   string
		s      string
		heads  []int
		rels   []string
		names  []string
		word   string
		want   string // describe() of the entity, "<none>" for none
		wantMK text.MentionKind
	}{
		{
			name:  "plural officials with a metonym become a government group",
			s:     "White House officials said the plan was dead .",
			heads: []int{1, 2, 3, -1, 5, 7, 7, 3, 3},
			rels:  []string{"compound", "compound", "nsubj", "root", "det", "nsubj", "cop", "ccomp", "punct"},
			word:  "officials", want: "White House officials GROUP USA [] USAGOV", wantMK: text.MentionNominal,
		},
		{
			name:  "a singular spokesman drops the article and takes the role",
			s:     "A campaign spokesman told reporters the race was close .",
			heads: []int{2, 2, 3, -1, 3, 6, 8, 8, 3, 3},
			rels:  []string{"det", "compound", "nsubj", "root", "obj", "det", "nsubj", "cop", "ccomp", "punct"},
			word:  "spokesman", want: "campaign spokesman PERSON  [Spokesman] ", wantMK: text.MentionNominal,
		},
		{
			name:  "a nationality gives country and actor",
			s:     "Several Kenyan lawmakers argued that the vote was unfair .",
			heads: []int{2, 2, 3, -1, 8, 6, 8, 8, 3, 3},
			rels:  []string{"amod", "amod", "nsubj", "root", "mark", "det", "nsubj", "cop", "ccomp", "punct"},
			word:  "lawmakers", want: "Kenyan lawmakers GROUP KEN [] KENLEG", wantMK: text.MentionNominal,
		},
		{
			name:  "a speaker noun the gazetteer lacks is still a role",
			s:     "A senior aide denied it .",
			heads: []int{2, 2, 3, -1, 3, 3},
			rels:  []string{"det", "amod", "nsubj", "root", "obj", "punct"},
			word:  "aide", want: "senior aide PERSON  [Senior Aide] ", wantMK: text.MentionNominal,
		},
		{
			name:  "a collective body is an organisation",
			s:     "The administration denied the report .",
			heads: []int{1, 2, -1, 4, 2, 2},
			rels:  []string{"det", "nsubj", "root", "det", "obj", "punct"},
			word:  "administration", want: "administration ORG  [] ", wantMK: text.MentionNominal,
		},
		{
			name:  "a capitalised noun opening the sentence still counts",
			s:     "Critics say the law goes too far .",
			heads: []int{1, -1, 3, 4, 1, 6, 4, 1},
			rels:  []string{"nsubj", "root", "det", "nsubj", "ccomp", "advmod", "advmod", "punct"},
			word:  "Critics", want: "Critics GROUP  [] ", wantMK: text.MentionNominal,
		},
		{
			name:  "the object of according to is a source",
			s:     "The road closed , according to local residents .",
			heads: []int{1, 2, -1, 2, 7, 4, 7, 2, 2},
			rels:  []string{"det", "nsubj", "root", "punct", "case", "fixed", "amod", "obl", "punct"},
			word:  "residents", want: "local residents GROUP  [] ", wantMK: text.MentionNominal,
		},
		{
			name:  "a spokesman in apposition joins the named person",
			s:     "A spokesman , Tom Hale , said the talks ended .",
			heads: []int{1, 6, 3, 1, 3, 3, -1, 8, 9, 6, 6},
			rels:  []string{"det", "nsubj", "punct", "appos", "flat", "punct", "root", "det", "nsubj", "ccomp", "punct"},
			names: []string{"PERSON:Tom Hale"},
			word:  "spokesman", want: "Tom Hale PERSON  [Spokesman] ", wantMK: text.MentionNominal,
		},
		{
			name:  "a relative pronoun stands for its antecedent",
			s:     "Critics , who say the law is unfair , marched .",
			heads: []int{9, 3, 3, 0, 5, 7, 7, 3, 3, -1, 9},
			rels:  []string{"nsubj", "punct", "nsubj", "acl:relcl", "det", "nsubj", "cop", "ccomp", "punct", "root", "punct"},
			word:  "who", want: "Critics GROUP  [] ", wantMK: text.MentionPronoun,
		},
		{
			name:  "a possessor's honorific the parse hung elsewhere stays in the phrase",
			s:     "Even Ms Okafor's closest allies concede the toll works .",
			heads: []int{6, 6, 5, 2, 5, 6, -1, 8, 9, 6, 6},
			rels:  []string{"advmod", "compound", "nmod:poss", "case", "amod", "nsubj", "root", "det", "nsubj", "ccomp", "punct"},
			word:  "allies", want: "Ms Okafor's closest allies GROUP  [] ", wantMK: text.MentionNominal,
		},
		{
			name:  "a phrase never starts inside a possessor's name",
			s:     "Only Ana Ruiz's own advisers backed the plan .",
			heads: []int{6, 6, 5, 2, 5, 6, -1, 8, 6, 6},
			rels:  []string{"advmod", "compound", "nmod:poss", "case", "amod", "nsubj", "root", "det", "obj", "punct"},
			names: []string{"PERSON:Ana Ruiz"},
			word:  "advisers", want: "Ana Ruiz's own advisers GROUP  [] ", wantMK: text.MentionNominal,
		},
		{
			name:  "an object is not a source",
			s:     "Reporters asked officials about the plan .",
			heads: []int{1, -1, 1, 5, 5, 1, 1},
			rels:  []string{"nsubj", "root", "obj", "case", "det", "obl", "punct"},
			word:  "officials", want: "<none>",
		},
		{
			name:  "a subject that is no person is not a source",
			s:     "The bridge collapsed overnight .",
			heads: []int{1, 2, -1, 2, 2},
			rels:  []string{"det", "nsubj", "root", "advmod", "punct"},
			word:  "bridge", want: "<none>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsed(t, tt.s, tt.heads, tt.rels, tt.names...)
			e := entityAt(d, tt.word)
			if got := describe(e); got != tt.want {
				t.Errorf("%q -> %s, want %s", tt.word, got, tt.want)
			}
			if e == nil || tt.wantMK == "" {
				return
			}
			k := strings.Index(d.Text, tt.word)
			for _, mi := range e.Mentions {
				m := d.Mentions[mi]
				if m.Start <= k && k < m.End && m.Kind != tt.wantMK {
					t.Errorf("mention %q is %s, want %s", d.Text[m.Start:m.End], m.Kind, tt.wantMK)
				}
			}
		})
	}
}

func TestNominalSourceSaidTwiceIsOneEntity(t *testing.T) {
	s := "Officials said the road was shut . Officials added it would reopen ."
	heads := []int{1, -1, 3, 5, 5, 1, 1, 8, -1, 11, 11, 8, 8}
	rels := []string{"nsubj", "root", "det", "nsubj:pass", "aux:pass", "ccomp", "punct",
		"nsubj", "root", "nsubj", "aux", "ccomp", "punct"}
	d := parsed(t, s, heads, rels)
	var ids []int
	for _, m := range d.Mentions {
		if d.Text[m.Start:m.End] == "Officials" {
			ids = append(ids, m.Entity)
		}
	}
	if len(ids) != 2 || ids[0] < 0 || ids[0] != ids[1] {
		t.Errorf("entities of the two Officials = %v, want one entity twice", ids)
	}
}

func TestAddSource(t *testing.T) {
	s := "The report says costs rose . The report adds that he left . Nina Park said so ."
	// 0 The 1 report 2 says 3 costs 4 rose 5 . 6 The 7 report 8 adds 9 that
	// 10 he 11 left 12 . 13 Nina 14 Park 15 said 16 so 17 .
	heads := []int{1, 2, -1, 4, 2, 2, 7, 8, -1, 11, 11, 8, 8, 15, 13, -1, 15, 15}
	rels := []string{"det", "nsubj", "root", "nsubj", "ccomp", "punct", "det", "nsubj", "root", "mark",
		"nsubj", "ccomp", "punct", "nsubj", "flat", "root", "advmod", "punct"}
	d := parsed(t, s, heads, rels, "PERSON:Nina Park")
	d.Tokens[10].UPOS = "PRON"
	d.Tokens[13].UPOS, d.Tokens[14].UPOS = "PROPN", "PROPN"
	before := len(d.Entities)
	first := AddSource(d, 1)
	tests := []struct {
		name string
		h    int
		want string // describe() of the entity, "<none>" for -1
	}{
		{"a document subject gets an entity of its own", 1, "report MISC  [] "},
		{"the same phrase again is the same entity", 7, "report MISC  [] "},
		{"a pronoun gets none", 10, "<none>"},
		{"a named subject keeps its entity", 14, "Nina Park PERSON  [] "},
		{"a token out of range gets none", 99, "<none>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := describeSource(d, tt.h); got != tt.want {
				t.Errorf("AddSource(%d) -> %s, want %s", tt.h, got, tt.want)
			}
		})
	}
	if got, want := len(d.Entities), before+1; got != want {
		t.Errorf("%d entities after, want %d (one new)", got, want)
	}
	if AddSource(d, 7) != first {
		t.Errorf("second report is entity %d, want %d", AddSource(d, 7), first)
	}
}

// TestPluralDocumentSourceIsNoGroup: a plural subject no person or group
// noun heads ("polls", "figures") is documents, like "the report".
func TestPluralDocumentSourceIsNoGroup(t *testing.T) {
	s := "New polls show costs rose ."
	// 0 New 1 polls 2 show 3 costs 4 rose 5 .
	d := parsed(t, s, []int{1, 2, -1, 4, 2, 2}, []string{"amod", "nsubj", "root", "nsubj", "ccomp", "punct"})
	d.Tokens[1].UPOS, d.Tokens[1].XPOS = "NOUN", "NNS"
	if got, want := describeSource(d, 1), "New polls MISC  [] "; got != want {
		t.Errorf("AddSource(polls) -> %s, want %s", got, want)
	}
}

// TestThingAcronymSourceIsNoPerson: an acronym of a thing made, read as a
// proper noun, heading a non-speech verb's subject ("The DVD also holds
// …") is a thing, not a person.
func TestThingAcronymSourceIsNoPerson(t *testing.T) {
	s := "The box holds a CD . The DVD also holds old footage ."
	// 0 The 1 box 2 holds 3 a 4 CD 5 . 6 The 7 DVD 8 also 9 holds 10 old 11 footage 12 .
	d := parsed(t, s, []int{1, 2, -1, 4, 2, 2, 7, 9, 9, -1, 11, 9, 9},
		[]string{"det", "nsubj", "root", "det", "obj", "punct", "det", "nsubj", "advmod", "root", "amod", "obj", "punct"})
	d.Tokens[7].UPOS, d.Tokens[7].XPOS = "PROPN", "NNP"
	if got, want := describeSource(d, 7), "DVD MISC  [] "; got != want {
		t.Errorf("AddSource(DVD) -> %s, want %s", got, want)
	}
}

// TestLettersSourceIsBody: capitals the tagger left unnamed as a speech
// verb's subject are a body's letters ("KTL said"), not a person's name;
// a post's letters stay a person ("The QC said").
func TestLettersSourceIsBody(t *testing.T) {
	s := "KTL said sales fell . The QC said so ."
	// 0 KTL 1 said 2 sales 3 fell 4 . 5 The 6 QC 7 said 8 so 9 .
	d := parsed(t, s, []int{1, -1, 3, 1, 1, 6, 7, -1, 7, 7},
		[]string{"nsubj", "root", "nsubj", "ccomp", "punct", "det", "nsubj", "root", "advmod", "punct"})
	d.Tokens[0].UPOS, d.Tokens[6].UPOS = "PROPN", "PROPN"
	for h, want := range map[int]string{0: "KTL ORG  [] ", 6: "QC PERSON"} {
		if got := describeSource(d, h); !strings.HasPrefix(got, want) {
			t.Errorf("AddSource(%d) -> %s, want %s", h, got, want)
		}
	}
}

// TestAddSourceHonorificHead: "Ms Park" parsed with the honorific as the
// head and the name as its flat dependent, the name's mention leaving the
// honorific out, is the name's entity, not a new person called "Ms".
func TestAddSourceHonorificHead(t *testing.T) {
	s := "Ms Park agreed , and said the rates would fall ."
	// 0 Ms 1 Park 2 agreed 3 , 4 and 5 said 6 the 7 rates 8 would 9 fall 10 .
	heads := []int{2, 0, -1, 5, 5, 2, 7, 9, 9, 5, 2}
	rels := []string{"nsubj", "flat", "root", "punct", "cc", "conj", "det", "nsubj", "aux", "ccomp", "punct"}
	d := parsed(t, s, heads, rels, "PERSON:Park")
	d.Tokens[0].UPOS, d.Tokens[1].UPOS = "PROPN", "PROPN"
	before := len(d.Entities)
	if got, want := describeSource(d, 0), "Park PERSON  [] "; got != want {
		t.Errorf("AddSource(Ms) -> %s, want %s", got, want)
	}
	if len(d.Entities) != before {
		t.Errorf("%d entities after, want %d (none new)", len(d.Entities), before)
	}
}

// TestFamilyIsASource: "her family said" gives the family an entity of
// its own, a group of people; without one the quote stage took the
// possessive's person for the speaker.
func TestFamilyIsASource(t *testing.T) {
	s := "Ana Park left . Her family said so ."
	// 0 Ana 1 Park 2 left 3 . 4 Her 5 family 6 said 7 so 8 .
	heads := []int{2, 0, -1, 2, 5, 6, -1, 6, 6}
	rels := []string{"nsubj", "flat", "root", "punct", "nmod:poss", "nsubj", "root", "advmod", "punct"}
	d := parsed(t, s, heads, rels, "PERSON:Ana Park")
	e, park := entityAt(d, "Her family"), entityAt(d, "Ana Park")
	if e == nil || e == park {
		t.Errorf("her family is %s, want an entity of its own", describe(e))
	}
}

// TestNoOneIsNoSource: "If no candidate wins" names nobody: no entity.
func TestNoOneIsNoSource(t *testing.T) {
	d := parsed(t, "If no candidate wins , officials said .",
		[]int{3, 2, 3, 6, 6, 6, -1, 6},
		[]string{"mark", "det", "nsubj", "advcl", "punct", "nsubj", "root", "punct"})
	if e := entityAt(d, "no candidate"); e != nil {
		t.Errorf("no candidate is %s, want no entity", describe(e))
	}
}

// TestTitledBeside: the person a role phrase names when the parse leaves
// them apart, by a second title joined by "and" or an unclosed comma.
func TestTitledBeside(t *testing.T) {
	d := parsed(t, "Harbour Party leader and Prime Minister Ana Ruiz said so .",
		[]int{2, 2, 8, 5, 5, 2, 5, 5, -1, 8, 8},
		[]string{"compound", "compound", "nsubj", "cc", "amod", "conj", "flat", "flat", "root", "advmod", "punct"},
		"ORG:Harbour Party", "PERSON:Ana Ruiz")
	if a, b := entityAt(d, "Harbour Party leader"), entityAt(d, "Ana Ruiz"); a == nil || a != b {
		t.Errorf("the party leader is %s, want %s", describe(a), describe(b))
	}
	d = parsed(t, "The union's leader , Tom Vik announced he would retire .",
		[]int{1, 3, 1, 7, 3, 7, 5, -1, 10, 10, 7, 7},
		[]string{"det", "nmod:poss", "case", "nsubj", "punct", "nsubj", "flat", "root", "nsubj", "aux", "ccomp", "punct"},
		"PERSON:Tom Vik")
	if a, b := entityAt(d, "The union's leader"), entityAt(d, "Tom Vik"); a == nil || a != b {
		t.Errorf("the union's leader is %s, want %s", describe(a), describe(b))
	}
}

// TestOfficeHoldersAreSources: "the commissioner said" is a person's
// word, with the role, not a document's.
func TestOfficeHoldersAreSources(t *testing.T) {
	d := parsed(t, "The commissioner said so .", []int{1, 2, -1, 2, 2}, []string{"det", "nsubj", "root", "advmod", "punct"})
	if e := entityAt(d, "The commissioner"); e == nil || e.Type != "PERSON" {
		t.Errorf("the commissioner is %s, want a PERSON", describe(e))
	}
}

// describeSource makes the source AddSource finds at token h and
// describes it; describe(nil) when there is none.
func describeSource(d *text.Document, h int) string {
	var e *text.Entity
	if i := AddSource(d, h); i >= 0 {
		e = &d.Entities[i]
	}
	return describe(e)
}
