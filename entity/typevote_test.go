package entity

import (
	"context"
	"slices"
	"strings"
	"testing"

	"dateline/syntax"
	"dateline/text"
)

// typedDoc is doc with one type for each occurrence: names are
// "TYPE:phrase" in order of occurrence of phrase in s.
func typedDoc(t *testing.T, s string, names ...string) *text.Document {
	t.Helper()
	return typedDocWith(t, false, s, names...)
}

// typedDocWith is typedDoc, with the dependency parse when parse is set.
func typedDocWith(t *testing.T, parse bool, s string, names ...string) *text.Document {
	t.Helper()
	d := text.NewDocument(text.Article{Text: s})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if parse {
		if err := syntax.NewStage().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	from := map[string]int{}
	for _, n := range names {
		typ, phrase, _ := strings.Cut(n, ":")
		a := -1
		for a < 0 || inside(d.Mentions, a) {
			k := strings.Index(s[from[phrase]:], phrase)
			if k < 0 {
				t.Fatalf("%q: no further %q", s, phrase)
			}
			a = from[phrase] + k
			from[phrase] = a + len(phrase)
		}
		d.Mentions = append(d.Mentions, text.Mention{Span: text.Span{Start: a, End: a + len(phrase)},
			Kind: text.MentionName, Type: typ, Entity: -1})
	}
	slices.SortFunc(d.Mentions, func(a, b text.Mention) int { return a.Start - b.Start })
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// inside: offset a lies in one of the mentions.
func inside(ms []text.Mention, a int) bool {
	for _, m := range ms {
		if m.Start <= a && a < m.End {
			return true
		}
	}
	return false
}

func TestOneNameOneType(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		names  []string
		phrase string // every occurrence must be in one entity of this type
		want   string
	}{
		{"the majority of mentions wins",
			"Brindlecorp cut prices on Monday. Shares in Brindlecorp fell. Brindlecorp will report in May.",
			[]string{"PERSON:Brindlecorp", "ORG:Brindlecorp", "ORG:Brindlecorp"}, "Brindlecorp", "ORG"},
		{"an honorific counts for a person",
			"Talbrook lost the vote. Mr Talbrook said he would carry on regardless.",
			[]string{"ORG:Talbrook", "PERSON:Talbrook"}, "Talbrook", "PERSON"},
		{"the gazetteer breaks a tie",
			"Google sold the unit. Later Google bought it back.",
			[]string{"GPE:Google", "ORG:Google"}, "Google", "ORG"},
		{"a name known only as an organisation is no place",
			"Farmers in Kent now sell their crops through Google.",
			[]string{"GPE:Kent", "GPE:Google"}, "Google", "ORG"},
		{"a given name and a surname someone calls Ms are a person's",
			"The board hired Greta Talmadge in June. Ms Talmadge starts next week.",
			[]string{"ORG:Greta Talmadge", "PERSON:Ms Talmadge"}, "Greta Talmadge", "PERSON"},
		{"a given name and a surname alone keep the tagger's type",
			"The board hired Morgan Talmadge to advise on the sale.",
			[]string{"ORG:Morgan Talmadge"}, "Morgan Talmadge", "ORG"},
		{"a surname alone is the full name's person",
			"Helen Brack took the lead early. Brack held on to win by a length, and Helen Brack thanked her horse.",
			[]string{"PERSON:Helen Brack", "ORG:Brack", "PERSON:Helen Brack"}, "Helen Brack", "PERSON"},
		{"a firm's suffix is no person's",
			"Ravell Bros opened a shop in the high street.",
			[]string{"PERSON:Ravell Bros"}, "Ravell Bros", "ORG"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := typedDoc(t, tc.text, tc.names...)
			if tc.phrase == "Helen Brack" {
				if a, b := entityOf(t, d, "Helen Brack", 0), entityOf(t, d, "Brack", 1); a == nil || a != b {
					t.Errorf("Brack: got %s, want %s", describe(b), describe(a))
				}
			}
			n := strings.Count(tc.text, tc.phrase)
			first := entityOf(t, d, tc.phrase, 0)
			for k := 0; k < n; k++ {
				e := entityOf(t, d, tc.phrase, k)
				if e == nil || e != first || e.Type != tc.want {
					t.Errorf("occurrence %d of %q: got %s, want one %s entity", k, tc.phrase, describe(e), tc.want)
				}
			}
		})
	}
}

func TestPlaceNamesKeepTheirTypes(t *testing.T) {
	// A town names its team as well as itself.
	d := typedDoc(t, "Leeds beat Hull at home. Leeds is a city in the north.",
		"ORG:Leeds", "ORG:Hull", "GPE:Leeds")
	if a, b := entityOf(t, d, "Leeds", 0), entityOf(t, d, "Leeds", 1); a == nil || b == nil || a.Type != "ORG" || b.Type != "GPE" {
		t.Errorf("got %s and %s, want an ORG and a GPE", describe(a), describe(b))
	}
}

// TestBandBeforeMemberTitle: a name before a band member's title and a
// name is the band ("Dunmore Keys frontman Tom Weller"), even when the
// name stage took it for a person; a nationality or a hyphened
// description before the title is not ("Ukrainian singer Ana Ruiz").
func TestBandBeforeMemberTitle(t *testing.T) {
	d := typedDoc(t, "Dunmore Keys frontman Tom Weller spoke . Ukrainian singer Ana Ruiz sang . Grammy-winning singer Bo Lee came .",
		"PERSON:Dunmore Keys", "PERSON:Tom Weller", "NORP:Ukrainian", "PERSON:Ana Ruiz", "MISC:Grammy-winning", "PERSON:Bo Lee")
	for name, want := range map[string]string{"Dunmore Keys": "ORG", "Tom Weller": "PERSON", "Ukrainian": "NORP", "Grammy-winning": "MISC"} {
		if e := entityAt(d, name); e == nil || e.Type != want {
			t.Errorf("%s is %s, want %s", name, describe(e), want)
		}
	}
}
