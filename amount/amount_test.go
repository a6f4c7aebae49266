package amount

import (
	"context"
	"strings"
	"testing"

	"dateline/text"
)

func TestFind(t *testing.T) {
	type want struct {
		text, kind string
		value      float64
		unit       string
		approx     bool
		object     string
	}
	tests := []struct {
		name, sentence string
		want           []want
	}{
		{"half a million", "Officials think nearly half a million children skip school.",
			[]want{{"nearly half a million children", "count", 5e5, "child", true, "children"}}},
		{"metres before a race", "She won the 400m title and the 60m hurdles.",
			[]want{{"400m", "count", 400, "m", false, ""}, {"60m", "count", 60, "m", false, ""}}},
		{"millions before other nouns", "The site holds 300m entries.",
			[]want{{"300m entries", "count", 3e8, "entry", false, "entries"}}},
		{"a range's scale and currency written once", "Repairs to the dam will cost between $20 and 30 million.",
			[]want{{"$20", "money", 2e7, "USD", false, ""}, {"30 million", "money", 3e7, "USD", false, ""}}},
		{"a range's currency after the upper bound", "Tickets rose from 4 to 6 pounds.",
			[]want{{"4", "money", 4, "GBP", false, ""}, {"6 pounds", "money", 6, "GBP", false, ""}}},
		{"a range of people", "Police counted between 50 and 80 fishermen at the port.",
			[]want{{"50", "count", 50, "fishermen", false, "fishermen"}, {"80 fishermen", "count", 80, "fishermen", false, "fishermen"}}},
		{"a list is no range", "The ferries carried 40 and 60 cars.",
			[]want{{"60 cars", "count", 60, "car", false, "cars"}}},
		{"dollars with scale and object", "Kyiv plans to buy approximately $90 billion worth of military equipment.",
			[]want{{"approximately $90 billion", "money", 9e10, "USD", true, "military equipment"}}},
		{"euro symbol glued scale", "The bank set aside €2.5bn for losses.",
			[]want{{"€2.5bn", "money", 2.5e9, "EUR", false, ""}}},
		{"currency word after", "The club paid 1.2 million euros for the striker.",
			[]want{{"1.2 million euros", "money", 1.2e6, "EUR", false, ""}}},
		{"pound symbol m", "The council faces a £300m gap.",
			[]want{{"£300m", "money", 3e8, "GBP", false, "gap"}}},
		{"prefixed dollar", "Tickets cost US$5 at the gate.",
			[]want{{"US$5", "money", 5, "USD", false, ""}}},
		{"iso code before", "The fund raised USD 40 million in a week.",
			[]want{{"USD 40 million", "money", 4e7, "USD", false, ""}}},
		{"adjective dollars", "Ottawa pledged 10 billion Canadian dollars.",
			[]want{{"10 billion Canadian dollars", "money", 1e10, "CAD", false, ""}}},
		{"money in", "Brussels approved $2 billion in aid.",
			[]want{{"$2 billion", "money", 2e9, "USD", false, "aid"}}},
		{"cubic measure of something", "The dam will hold 12 billion cubic meters of river water.",
			[]want{{"12 billion cubic meters", "count", 1.2e10, "cubic meter", false, "river water"}}},
		{"square measure", "Fires burned 300 square kilometres of forest in Chile.",
			[]want{{"300 square kilometres", "count", 300, "square kilometre", false, "forest"}}},
		{"mass measure", "Ukraine shipped 2 million tonnes of maize to Spain.",
			[]want{{"2 million tonnes", "count", 2e6, "tonne", false, "maize"}}},
		{"vague measure", "Rebels seized thousands of barrels of crude.",
			[]want{{"thousands of barrels", "count", 1e3, "barrel", true, "crude"}}},
		{"measure alone", "The convoy drove 40 kilometres.",
			[]want{{"40 kilometres", "count", 40, "kilometre", false, ""}}},
		{"money adjective", "The city took a $5 million loan.",
			[]want{{"$5 million", "money", 5e6, "USD", false, "loan"}}},
		{"cents", "Bread costs 50 cents more.",
			[]want{{"50 cents", "money", 0.5, "USD", false, ""}}},
		{"count with digits", "The alliance sent 20,000 troops north.",
			[]want{{"20,000 troops", "count", 20000, "troop", false, "troops"}}},
		{"count with adjective", "Officials moved 3,000 wounded civilians.",
			[]want{{"3,000 wounded civilians", "count", 3000, "civilian", false, "wounded civilians"}}},
		{"count in words", "The bill has four provisions on data.",
			[]want{{"four provisions", "count", 4, "provision", false, "provisions"}}},
		{"proportion in words", "The survey found one in six homes at risk.",
			[]want{{"one in six homes", "percent", 16.6666666667, "percent", false, "homes"}}},
		{"proportion out of", "Nearly two out of three voters backed the plan.",
			[]want{{"Nearly two out of three voters", "percent", 66.6666666667, "percent", true, "voters"}}},
		{"proportion in digits with every", "Now 1 in every 4 adults smokes.",
			[]want{{"1 in every 4 adults", "percent", 25, "percent", false, "adults"}}},
		{"a goal in minutes is no proportion", "He scored two in 10 minutes.",
			nil},
		{"count of people", "More than 300 people were hurt.",
			[]want{{"More than 300 people", "count", 300, "person", true, "people"}}},
		{"vague count", "Thousands of protesters marched.",
			[]want{{"Thousands of protesters", "count", 1000, "protester", true, "protesters"}}},
		{"tens of thousands", "Tens of thousands of farmers struck.",
			[]want{{"Tens of thousands of farmers", "count", 10000, "farmer", true, "farmers"}}},
		{"percent sign", "Inflation rose to 5.2% in July.",
			[]want{{"5.2%", "percent", 5.2, "percent", false, ""}}},
		{"percent word", "Turnout fell about 12 percent.",
			[]want{{"about 12 percent", "percent", 12, "percent", true, ""}}},
		{"per cent", "Rates rose 3 per cent.",
			[]want{{"3 per cent", "percent", 3, "percent", false, ""}}},
		{"dates and times are no amounts", "On Aug. 18, 2025 at 3:30 the 9/11 panel met for the 11th time.", nil},
		{"year before a noun is no count", "The 2025 budget passed.", nil},
		{"durations are no counts", "He served five years.", nil},
		{"weight is no money", "Police found 500 pounds of explosives.", nil},
		{"a scaled decimal has no binary noise", "Profit will be £4.1bn this year.",
			[]want{{"£4.1bn", "money", 4.1e9, "GBP", false, ""}}},
		{"pence glued", "Shares closed at 812p.",
			[]want{{"812p", "money", 8.12, "GBP", false, ""}}},
		{"a glued unit is the measure", "They drilled a 2.8km core of ice.",
			[]want{{"2.8km", "count", 2.8, "km", false, ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Find(tc.sentence, nil)
			if len(got) != len(tc.want) {
				var b strings.Builder
				for _, a := range got {
					b.WriteString(tc.sentence[a.Start:a.End] + "; ")
				}
				t.Fatalf("Find(%q) found %d (%s), want %d", tc.sentence, len(got), b.String(), len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if s := tc.sentence[g.Start:g.End]; s != w.text {
					t.Errorf("text = %q, want %q", s, w.text)
				}
				if g.Kind != w.kind || g.Value != w.value || g.Unit != w.unit || g.Approximate != w.approx || g.Object != w.object {
					t.Errorf("%q = {%s %g %s approx=%v %q}, want {%s %g %s approx=%v %q}", w.text,
						g.Kind, g.Value, g.Unit, g.Approximate, g.Object, w.kind, w.value, w.unit, w.approx, w.object)
				}
			}
		})
	}
}

func TestStageUsesLemmaFromSyntax(t *testing.T) {
	s := "Rescuers found 12 geese."
	d := text.NewDocument(text.Article{Text: s})
	d.Sentences = []text.Sentence{{Span: text.Span{Start: 0, End: len(s)}}}
	d.Tokens = []text.Token{{Span: text.Span{Start: 18, End: 23}, Lemma: "goose"}}
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Amounts) != 1 || d.Amounts[0].Unit != "goose" {
		t.Fatalf("amounts = %+v, want one count of goose", d.Amounts)
	}
}

// A number before a verb the tagger marked counts nothing: "a crowd of
// 24,312 watched".
func TestVerbIsNoCountedNoun(t *testing.T) {
	s := "A crowd of 24,312 watched the game."
	d := text.NewDocument(text.Article{Text: s})
	d.Sentences = []text.Sentence{{Span: text.Span{Start: 0, End: len(s)}}}
	at := strings.Index(s, "watched")
	d.Tokens = []text.Token{{Span: text.Span{Start: at, End: at + len("watched")}, XPOS: "VBD", Lemma: "watch"}}
	if err := NewStage().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if len(d.Amounts) != 0 {
		t.Fatalf("amounts = %+v, want none", d.Amounts)
	}
}

func TestLemma(t *testing.T) {
	for in, want := range map[string]string{"troops": "troop", "countries": "country", "people": "person",
		"buses": "bus", "churches": "church", "news": "news", "status": "status", "crisis": "crisis"} {
		if got := lemma(in); got != want {
			t.Errorf("lemma(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"approximately $90 billion worth of military equipment", "€2.5bn and £300m",
		"US$5, USD 40 million, 1.2 million euros", "Tens of thousands of farmers", "5.2% 3 per cent",
		"$", "US$", "1,000,000.5 m", "hundreds of thousands of", "\xff$9\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range Find(s, nil) {
			if a.Start < 0 || a.End > len(s) || a.Start >= a.End {
				t.Fatalf("span [%d,%d) out of bounds for %q", a.Start, a.End, s)
			}
			if a.Kind == "" || a.Unit == "" {
				t.Fatalf("amount %+v in %q has no kind or unit", a, s)
			}
		}
	})
}
