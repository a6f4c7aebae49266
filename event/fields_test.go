package event

import (
	"testing"

	"dateline/text"
)

func TestClauseDate(t *testing.T) {
	d := parsed(t,
		"Japan Japan PROPN NNP 2 nsubj",
		"met meet VERB VBD 0 root",
		"China China PROPN NNP 2 obj",
		"in in ADP IN 5 case",
		"March March PROPN NNP 2 obl",
		"and and CCONJ CC 8 cc",
		"Spain Spain PROPN NNP 8 nsubj",
		"criticized criticize VERB VBD 2 conj",
		"Italy Italy PROPN NNP 8 obj",
		"in in ADP IN 11 case",
		"February February PROPN NNP 8 obl")
	at := func(i int, v string) text.Time {
		return text.Time{Span: d.Tokens[i].Span, Type: "DATE", Value: v}
	}
	d.Times = []text.Time{at(4, "2025-03"), at(10, "2025-02")}
	got := codeBuiltin(t, d)
	want := map[string]string{"JPN 040 CHN": "2025-03", "ESP 111 ITA": "2025-02"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want the events of %v", got, want)
	}
	for i, e := range d.Events {
		if w := want[got[i]]; e.Date != w {
			t.Errorf("%s: got date %q, want %q, the time of its own clause", got[i], e.Date, w)
		}
	}
}

func TestCalendarDate(t *testing.T) {
	for _, tc := range []struct {
		v    string
		want bool
	}{
		{"2025", true}, {"2025-02", true}, {"2025-02-14", true},
		{"2025-W07", false}, {"PRESENT_REF", false}, {"XXXX-02", false}, {"P1W", false}, {"2025-02-1", false},
	} {
		if got := calendarDate(tc.v); got != tc.want {
			t.Errorf("calendarDate(%q): got %v, want %v", tc.v, got, tc.want)
		}
	}
}

func TestLocationOnAnArgument(t *testing.T) {
	// "criticized X at the Y Palace" with the place under X, as parsers
	// often attach it.
	d := parsed(t,
		"Japan Japan PROPN NNP 2 nsubj",
		"criticized criticize VERB VBD 0 root",
		"Chinese Chinese ADJ JJ 4 amod",
		"diplomats diplomat NOUN NNS 2 obj",
		"at at ADP IN 8 case",
		"the the DET DT 8 det",
		"Bellevue Bellevue PROPN NNP 8 compound",
		"Palace Palace PROPN NNP 4 nmod")
	codeBuiltin(t, d)
	if len(d.Events) != 1 || d.Events[0].Location != "Bellevue Palace" {
		t.Errorf("got %+v, want one event at Bellevue Palace", d.Events)
	}
}

func TestLocationIsNotATime(t *testing.T) {
	// "Japan met China in October": a month is when, not where; a city
	// in the same place of the parse stays the event's place.
	mk := func(place string) *text.Document {
		return parsed(t,
			"Japan Japan PROPN NNP 2 nsubj",
			"met meet VERB VBD 0 root",
			"China China PROPN NNP 2 obj",
			"in in ADP IN 5 case",
			place+" "+place+" PROPN NNP 2 obl")
	}
	for _, tc := range []struct {
		name, place string
		timed       bool // the time stage marked the place word
		want        string
	}{
		{"a month the time stage found", "October", true, ""},
		{"a month with no time stage", "October", false, ""},
		{"a weekday with no time stage", "Friday", false, ""},
		{"a city", "Geneva", false, "Geneva"},
		{"May without the time stage may be a name", "May", false, "May"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mk(tc.place)
			if tc.timed {
				d.Times = []text.Time{{Span: d.Tokens[4].Span, Type: "DATE", Value: "2025-10"}}
			}
			codeBuiltin(t, d)
			if len(d.Events) != 1 {
				t.Fatalf("got %d events, want 1", len(d.Events))
			}
			if got := d.Events[0].Location; got != tc.want {
				t.Errorf("got location %q, want %q", got, tc.want)
			}
		})
	}
}
