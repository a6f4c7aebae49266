package event_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"dateline/entity"
	"dateline/event"
	"dateline/ner"
	"dateline/syntax"
	"dateline/text"
	"dateline/timex"
)

// analyse runs the real stages up to the event coder on text written for
// the test.
func analyse(t *testing.T, body string, published time.Time) *text.Document {
	t.Helper()
	ctx := context.Background()
	d := text.NewDocument(text.Article{Text: body, Published: published})
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), syntax.NewStage(), ner.NewStage(), entity.NewStage(), timex.NewStage(), event.NewDefaultStage()} {
		if err := st.Process(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// actorCodes maps each actor name seen in the events to its codes.
func actorCodes(d *text.Document) map[string][]string {
	out := map[string][]string{}
	for _, e := range d.Events {
		for _, a := range []text.Actor{e.Actor1, e.Actor2} {
			if !strings.Contains(strings.Join(out[a.Name], " "), a.Code) {
				out[a.Name] = append(out[a.Name], a.Code)
			}
		}
	}
	return out
}

// The dictionaries code Joe Biden USAELI outside his terms; an article
// dated after them that calls him President (a wrong or missing date, or
// a look back) is about the president, in every event of his. A former
// president is an elite in every event of his.
func TestTitleBeatsTheDictionary(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		date       time.Time
		want       string
	}{
		{"Joe Biden", "Visit to Nairobi\n\nPresident Joe Biden thanked Kenya for its help on Friday. Biden later criticized Venezuela over its elections.\n",
			time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC), "USAGOV"},
		{"Barack Obama", "Speech in Accra\n\nFormer President Barack Obama praised Ghana on Monday. Obama also thanked Nigeria.\n",
			time.Date(2012, 6, 10, 0, 0, 0, 0, time.UTC), "USAELI"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := analyse(t, tc.body, tc.date)
			got := actorCodes(d)[tc.name]
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("%s coded %v, want [%s] in all his events; events %+v", tc.name, got, tc.want, d.Events)
			}
		})
	}
}

// A nationality adjective that only modifies the phrase's head is not
// shown as the actor's name.
func TestDemonymIsNotTheActorName(t *testing.T) {
	const body = "Water dispute\n\nEgypt criticized the Ethiopian dam project on Sunday. Peru welcomed Chilean investment in its ports.\n"
	d := analyse(t, body, time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC))
	if len(d.Events) == 0 {
		t.Fatal("no events")
	}
	for _, e := range d.Events {
		for _, a := range []text.Actor{e.Actor1, e.Actor2} {
			if a.Name == "Ethiopian" || a.Name == "Chilean" {
				t.Errorf("event %s %s: actor named by the bare adjective %q (%s)", e.ID, e.Code, a.Name, a.Code)
			}
		}
	}
	if got := actorCodes(d)["Ethiopian dam project"]; len(got) != 1 || got[0] != "ETH" {
		t.Errorf("got actors %v, want \"Ethiopian dam project\" coded ETH", actorCodes(d))
	}
}

// An article that reads "Georgia" as the US state codes the state's
// actors as American; one about the country keeps GEO.
func TestUSStateNamedLikeACountry(t *testing.T) {
	for _, tc := range []struct {
		name, body, want string
	}{
		{"the state", "Storm aid row\n\nGeorgia Gov. Ann Reyes criticized the federal government over storm aid. Georgia also accused FEMA of delays. Farmers met officials in Macon, Georgia.\n", "USA"},
		{"the country", "Border row\n\nGeorgia accused Russia of provocations on Monday. Officials in Tbilisi said talks would resume.\n", "GEO"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := analyse(t, tc.body, time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC))
			got := actorCodes(d)["Georgia"]
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("Georgia coded %v, want [%s]; events %+v", got, tc.want, d.Events)
			}
		})
	}
}

// A person who owns the head of the phrase ("X's lawyers") lends it his
// country, not his office (USAJUD, not USAGOVJUD), and the phrase is
// shown: the person himself keeps one code.
func TestPossessorLendsHisCountry(t *testing.T) {
	for _, tc := range []struct{ sentence, phrase, want string }{
		{"Trump's lawyers accused India of delays.", "Trump's lawyers", "USAJUD"},
		{"Trump's generals warned Iran.", "Trump's generals", "USAMIL"},
	} {
		t.Run(tc.phrase, func(t *testing.T) {
			body := "Trade talks\n\nPresident Donald Trump criticized Canada on Monday. " + tc.sentence + "\n"
			d := analyse(t, body, time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC))
			codes := actorCodes(d)
			if got := codes["Donald Trump"]; len(got) != 1 || got[0] != "USAGOV" {
				t.Errorf("Donald Trump coded %v, want [USAGOV]", got)
			}
			if got := codes[tc.phrase]; len(got) != 1 || got[0] != tc.want {
				t.Errorf("got actors %v, want %q coded %s", codes, tc.phrase, tc.want)
			}
		})
	}
}

// A person coded by a title and met again by the surname alone ("Mayor
// Joan Whitfield … Whitfield told reporters"), and then as "he" or "she",
// is the actor as the entity stage knows her: the events had the bare
// surname and no entity, so her profile did not list them.
func TestRecalledNameIsThePerson(t *testing.T) {
	for _, tc := range []struct{ body, person, word string }{
		{"Council votes on buses\n\nMayor Joan Whitfield said on Tuesday that the city would buy new buses. Whitfield told reporters at the town hall that the money was there.\n",
			"Joan Whitfield", "Whitfield"},
		{"Harbour dispute\n\nFisheries Minister Tomas Berglund met the harbour workers on Monday. Later he criticized Norway over its quotas.\n",
			"Tomas Berglund", "he"},
	} {
		d := analyse(t, tc.body, time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC))
		found := false
		for _, e := range d.Events {
			a := e.Actor1
			if !strings.Contains(d.Text[e.Start:e.End], tc.word) || strings.Contains(d.Text[e.Start:e.End], tc.person) {
				continue // an event of the first sentence, where the name is whole
			}
			found = true
			if a.Entity < 0 || !strings.Contains(d.Entities[a.Entity].Name, tc.person) {
				t.Errorf("%q: actor 1 %+v has no entity, or not %s's", d.Text[e.Start:e.End], a, tc.person)
			}
		}
		if !found {
			t.Errorf("%q: no event of %q; events %+v", tc.body, tc.word, d.Events)
		}
	}
}
