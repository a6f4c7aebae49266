package event

import (
	"testing"

	"dateline/event/petrarch"
)

func TestPastTitle(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"talks were led by the former dutch ", true},
		{"on monday, ex-", true},
		{"the late ", true},
		{"a speech by the then ", true},
		{"the outgoing finnish ", true},
		{"on friday the ", false},
		{"the former minister said. ", false},       // punctuation closes the phrase
		{"budget row, warns ex-adviser\n\n", false}, // a headline above
		{"a former striker who now coaches the national ", false},
	} {
		if got := pastTitle(tc.before); got != tc.want {
			t.Errorf("pastTitle(%q): got %v, want %v", tc.before, got, tc.want)
		}
	}
}

func TestTitleWords(t *testing.T) {
	for _, tc := range []struct {
		role   string
		want   string
		former bool
	}{
		{"President", "PRESIDENT", false},
		{"Former Prime Minister", "PRIME MINISTER", true},
		{"ex-Senator", "SENATOR", true},
		{"Foreign Minister", "FOREIGN MINISTER", false},
	} {
		words, former := titleWords(tc.role)
		got := ""
		for i, w := range words {
			if i > 0 {
				got += " "
			}
			got += w
		}
		if got != tc.want || former != tc.former {
			t.Errorf("titleWords(%q): got %q %v, want %q %v", tc.role, got, former, tc.want, tc.former)
		}
	}
}

func TestComposeEliteTakesTheOffice(t *testing.T) {
	gov := &petrarch.Agent{Code: "GOV"}
	bus := &petrarch.Agent{Code: "BUS"}
	ngo := &petrarch.Agent{Code: "NGO", Prefix: true}
	for _, tc := range []struct {
		code   string
		agents []*petrarch.Agent
		want   string
	}{
		{"USAELI", []*petrarch.Agent{gov}, "USAGOV"},
		{"FRAELI", []*petrarch.Agent{bus}, "FRABUS"},
		{"USAGOV", []*petrarch.Agent{gov}, "USAGOV"},
		{"USAGOV", []*petrarch.Agent{bus}, "USAGOVBUS"},
		{"USAELI", []*petrarch.Agent{ngo}, "NGOUSAELI"},
		{"USAELI", nil, "USAELI"},
	} {
		if got := compose(tc.code, tc.agents); got != tc.want {
			t.Errorf("compose(%q, %v): got %q, want %q", tc.code, tc.agents, got, tc.want)
		}
	}
}

func TestDemonymPlace(t *testing.T) {
	for word, want := range map[string]string{"Turkish": "Türkiye" /* the gazetteer's name */, "Peruvian": "Peru", "European": "Europe", "Xyzzian": ""} {
		if got := demonymPlace(word); got != want {
			t.Errorf("demonymPlace(%q): got %q, want %q", word, got, want)
		}
	}
}
