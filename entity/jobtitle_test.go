package entity

import (
	"context"
	"slices"
	"strings"
	"testing"

	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
)

// read runs the segmenter, the parser, the tagger and the entity stage on s.
func read(t *testing.T, s string) *text.Document {
	t.Helper()
	d := text.NewDocument(text.Article{Text: s})
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), syntax.NewStage(), ner.NewStage(), NewStage()} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// A job title of several words is the role whole, before a name, in an
// apposition and in a description, written in capitals or in lower case.
func TestJobTitleKeepsAllItsWords(t *testing.T) {
	tests := []struct{ s, name, role string }{
		{"Marketing Director Lena Foss opened the new store in Bergen on Friday.", "Lena Foss", "Marketing Director"},
		{"Chief Operating Officer Tariq Haddad declined to comment on the merger.", "Tariq Haddad", "Chief Operating Officer"},
		{"The club said head coach Pavel Novak had signed a new contract.", "Pavel Novak", "Head Coach"},
		{"Managing Director Grete Holm told staff the plant would close.", "Grete Holm", "Managing Director"},
		{"Oskar Lind, the sales director, said orders had doubled.", "Oskar Lind", "Sales Director"},
		{"Defence Secretary Helen Carew visited the base.", "Helen Carew", "Defence Secretary"},
		{"The party's foreign affairs spokesman Tom Reeve said the deal was weak.", "Tom Reeve", "Foreign Affairs Spokesman"},
		{"The bank's top finance official Tom Reeve said the deal was weak.", "Tom Reeve", "Finance Official"},
		{"A confident shadow home secretary Tom Reeve said the deal was weak.", "Tom Reeve", "Shadow Home Secretary"},
		{"Rovers levelled when substitute Jamie Cole scored in the last minute.", "Jamie Cole", "Substitute"},
		{"Oskar Lind, chief technical officer at the firm, said orders had doubled.", "Oskar Lind", "Chief Technical Officer"},
		{"The insurer's new finance chief Ida Berg starts in May.", "Ida Berg", "Finance Chief"},
		{"Finance director Rajiv Menon told analysts the plan was on track.", "Rajiv Menon", "Finance Director"},
		{"Dr Ana Lopes, head of marine research at the institute, led the survey.", "Ana Lopes", "Head"},
		{"Jorge Pinto, the project's coordinator, said the work would take a year.", "Jorge Pinto", "Coordinator"},
		// A rank opening the sentence is the title's, whatever the
		// tagger made of its capital.
		{"Shadow transport secretary Mara Quist said the fares were too high.", "Mara Quist", "Shadow Transport Secretary"},
		{"Interim chief executive Tomas Brek said profits had risen.", "Tomas Brek", "Interim Chief Executive"},
		{"Acting head teacher Ruth Oduya said the school would reopen.", "Ruth Oduya", "Acting Head Teacher"},
		{"The pound will fall, said currency analyst Mara Quist.", "Mara Quist", "Currency Analyst"},
		{"Chief market strategist Ivo Pell said shares were cheap.", "Ivo Pell", "Chief Market Strategist"},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		e := entityAt(d, tc.name)
		if e == nil || !slices.Contains(e.Roles, tc.role) {
			t.Errorf("%q: %s, want the role %s", tc.s, describe(e), tc.role)
		}
	}
}

// Words that say when or how good, and names of bodies and nations, are
// no part of the title.
func TestJobTitleStopsAtOtherWords(t *testing.T) {
	tests := []struct{ s, name, role string }{
		{"Former striker Ivo Santos now coaches the youth team.", "Ivo Santos", "Striker"},
		{"Veteran defender Carl Moe signed for two more years.", "Carl Moe", "Defender"},
		{"Norwegian Foreign Minister Espen Barth Eide met his Swedish counterpart.", "Espen Barth Eide", "Foreign Minister"},
		{"Ann Lee, a lecturer at the University of Tarn, said so.", "Ann Lee", "Lecturer"},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		e := entityAt(d, tc.name)
		if e == nil || !slices.Equal(e.Roles, []string{tc.role}) {
			t.Errorf("%q: %s, want the one role %s", tc.s, describe(e), tc.role)
		}
	}
}

// The words of a title before a name are no source of their own.
func TestTitleWordIsNoSource(t *testing.T) {
	d := read(t, "Chief Financial Officer Mei Tanaka declined to comment.")
	for _, e := range d.Entities {
		if e.Name == "Chief" || e.Name == "Chief Financial" {
			t.Errorf("the title made an entity of its own: %s", describe(&e))
		}
	}
}

// A title given by a verb or after "as" is a role of the person it is
// said of.
func TestTitleGivenByAVerbOrAs(t *testing.T) {
	tests := []struct{ s, name, role string }{
		{"Nora Dahl ran the shop for years. In May the board named her chief operating officer.", "Nora Dahl", "Chief Operating Officer"},
		{"The insurer appointed Helen Marsh as finance director on Monday.", "Helen Marsh", "Finance Director"},
		{"Helen Marsh joined the insurer as chief executive in 2019.", "Helen Marsh", "Chief Executive"},
		{"Helen Marsh, who served as sales director, left in June.", "Helen Marsh", "Sales Director"},
		{"Helen Marsh was appointed managing director of the bank in June.", "Helen Marsh", "Managing Director"},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		e := entityAt(d, tc.name)
		if e == nil || !slices.Contains(e.Roles, tc.role) {
			t.Errorf("%q: %s, want the role %s", tc.s, describe(e), tc.role)
		}
	}
}

// "As" in "such as", "as a child" (a description, not a post), a role word
// that only modifies the noun after it and a job said of a body are no
// one's role.
func TestTitleAfterAsNeedsAPerson(t *testing.T) {
	tests := []struct{ s, name string }{
		{"Helen Marsh praised staff such as the sales director for their work.", "Helen Marsh"},
		{"Helen Marsh said the firm named its chief executive last week.", "Helen Marsh"},
		{"Helen Marsh went to the village school as a child.", "Helen Marsh"},
		{"Helen Marsh made her name as chief conductor of the city orchestra.", "Helen Marsh"},
	}
	for _, tc := range tests {
		d := read(t, tc.s)
		if e := entityAt(d, tc.name); e == nil || len(e.Roles) != 0 {
			t.Errorf("%q: %s, want no role", tc.s, describe(e))
		}
	}
}

// A name ending in a word only bodies end in is a body when the tagger
// typed it a body once and a person once ("Kestrel City", a club); a
// person's name is left alone.
func TestClubNameIsABodyOnATie(t *testing.T) {
	for _, tc := range []struct{ name, want string }{{"Kestrel City", "ORG"}, {"Calder Town", "ORG"}, {"Kestrel Mandla", ""}} {
		s := tc.name + " beat Barnford on Tuesday. Fans cheered " + tc.name + " again."
		d := text.NewDocument(text.Article{Text: s})
		if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		second := strings.LastIndex(s, tc.name)
		d.Mentions = []text.Mention{
			{Span: text.Span{Start: 0, End: len(tc.name)}, Kind: text.MentionName, Type: "ORG", Entity: -1},
			{Span: text.Span{Start: second, End: second + len(tc.name)}, Kind: text.MentionName, Type: "PERSON", Entity: -1},
		}
		if err := NewStage().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		same := d.Mentions[0].Type == d.Mentions[1].Type
		if tc.want != "" && (!same || d.Mentions[0].Type != tc.want) || tc.want == "" && same {
			t.Errorf("%s typed %s and %s", tc.name, d.Mentions[0].Type, d.Mentions[1].Type)
		}
	}
}

// "Sam Obi, of the University of Tarn," says where he works: no role.
func TestAffiliationIsNoRole(t *testing.T) {
	d := read(t, "Dr Sam Obi, of the University of Tarn, said the benefit was modest.")
	if e := entityAt(d, "Sam Obi"); e == nil || len(e.Roles) != 0 {
		t.Errorf("Sam Obi: %s, want no role", describe(e))
	}
}
