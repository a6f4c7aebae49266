package event_test

import (
	"slices"
	"strings"
	"testing"
	"time"

	"dateline/text"
)

// eventRows lists a document's events as "A1 CODE A2", actor codes only.
func eventRows(evs []text.Event) []string {
	var out []string
	for _, e := range evs {
		out = append(out, e.Actor1.Code+" "+e.Code+" "+e.Actor2.Code)
	}
	return out
}

// eventCase is a sentence with the events ("SRC CODE TGT", or a part of
// one) it must and must not give.
type eventCase struct {
	body      string
	want, not []string
}

// checkEvents runs the real stages on each body and checks that every
// wanted event is coded and no unwanted one is.
func checkEvents(t *testing.T, cases []eventCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.body, func(t *testing.T) {
			d := analyse(t, "Talks\n\n"+tc.body+"\n", time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC))
			got := eventRows(d.Events)
			for _, w := range tc.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, n := range tc.not {
				for _, g := range got {
					if strings.HasPrefix(g, n) || strings.Contains(g, " "+n+" ") || strings.HasSuffix(g, " "+n) {
						t.Errorf("unwanted %q in %q", n, got)
					}
				}
			}
		})
	}
}

// Coordinated actors of a reciprocal act act on each other, both ways;
// a city the act happens in is not its target.
func TestCoordinatedReciprocalActors(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Chile and Peru signed a border agreement on Friday.", []string{"CHL 057 PER", "PER 057 CHL"}, nil},
		{"Norway and Sweden will meet next week.", []string{"NOR 036 SWE", "SWE 036 NOR"}, nil},
		{"India and Pakistan clashed along the disputed border on Sunday.", []string{"IND 190 PAK", "PAK 190 IND"}, nil},
		{"Ghana and Togo met in Accra to discuss the dispute.", []string{"GHA 040 TGO", "TGO 040 GHA"}, []string{"GHA 040 GHA"}},
		// A counterpart of their own stays the target; attacking has a direction.
		{"Ghana and Togo met Nigerian officials on Monday.", []string{"GHA 040 NGAGOV", "TGO 040 NGAGOV"}, []string{"GHA 040 TGO"}},
		{"France and Britain attacked Libya.", []string{"FRA 190 LBY", "GBR 190 LBY"}, []string{"FRA 190 GBR"}},
		{"Brazil and Uruguay signed a trade treaty on Monday.", []string{"BRA 0311 URY", "URY 0311 BRA"}, nil},
		// Signing is two-sided whatever the pact's code (062 for defence).
		{"Norway and Iceland signed a defence pact on Monday.", []string{"NOR 062 ISL", "ISL 062 NOR"}, nil},
		{"Norway and Iceland signed a letter to Denmark.", nil, []string{"NOR 062 ISL"}},
		// "deal" is an agreement as "pact" and "accord" are.
		{"Norway and Iceland signed a deal on Monday.", []string{"NOR 057 ISL", "ISL 057 NOR"}, nil},
		{"Uganda and Rwanda agreed on Monday after a long dispute.", []string{"UGA 050 RWA", "RWA 050 UGA"}, nil},
		{"Turkey and Greece opened negotiations in Geneva.", []string{"TUR 036 GRC", "GRC 036 TUR"}, []string{"TUR 036 CHE"}},
		// A generic code is not a reciprocal act: travelling, revealing.
		{"Uganda and Rwanda travelled to Geneva on Monday.", nil, []string{"UGA 040 RWA", "RWA 040 UGA"}},
		{"Uganda and Rwanda revealed their budgets on Monday.", nil, []string{"UGA 050 RWA", "RWA 050 UGA"}},
		// A dateline the parse took for the subject is no actor.
		{"LIMA, May 4 (Dateline) - Chile and Peru signed an agreement on Monday.", []string{"CHL 057 PER", "PER 057 CHL"}, nil},
	})
}

// A dateline the parse took for the subject gives way to the phrase
// after its dash, however the parse hung that phrase.
func TestDatelineIsNoSubject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"ACCRA, June 2 (Dateline) - Hundreds of Ghanaian farmers accused the government of neglect on Monday.", []string{"GHAAGR 112 ---GOV"}, []string{"GHA 112"}},
		{"QUITO, June 2 (Dateline) - Ecuador's Supreme Court criticized the army on Monday.", nil, []string{"ECU 111"}},
	})
}

// "X will visit Y" is X's intent; the mirrored host act (Y → X) is only
// coded when the visit happened.
func TestIntendedVisitIsNotMirrored(t *testing.T) {
	checkEvents(t, []eventCase{
		{"French President Emmanuel Macron will visit Nairobi in June.", []string{"FRAGOV 036 KEN"}, []string{"KEN 036"}},
		{"The Japanese foreign minister will visit Seoul next month.", []string{"JPNGOV 036 KOR"}, []string{"KOR 036"}},
		{"French President Emmanuel Macron visited Nairobi on Monday.", []string{"FRAGOV 042 KEN", "KEN 043 FRAGOV"}, nil},
	})
}

// Freeing persons (CAMEO 0841) needs persons to free; the reporters a
// statement is made to are not named after the city they are in.
func TestReleaseNeedsAPerson(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Egyptian minister told reporters that Cairo would release 2 million tonnes of grain.", []string{"EGYGOV 010 ---MED"}, []string{"0841"}},
		{"Sudan said it would release 300 tonnes of fuel to Chad.", nil, []string{"0841"}},
		{"Iran released two French prisoners on Monday.", []string{"IRN 0841 FRA"}, nil},
		{"The Chinese government released the Canadian hostages.", []string{"CHNGOV 0841 CAN"}, nil},
	})
	d := analyse(t, "Talks\n\nThe Kenyan president told reporters in Addis Ababa that the deal was fair.\n", time.Date(2026, 3, 3, 0, 0, 0, 0, time.UTC))
	if len(d.Events) == 0 {
		t.Fatal("no event")
	}
	for _, e := range d.Events {
		if e.Actor2.Name == "Addis Ababa" {
			t.Errorf("the reporters are named after the city: %+v", e)
		}
	}
}

// A participle hung on its own subject ("Officers fired …", "fired" an acl
// of "Officers") is the event, not who did it: its target is no source.
func TestOwnClauseIsNoSource(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Officers fired tear gas at demonstrators, the ministry said.", nil, []string{"---OPP 175 ---OPP"}},
		{"Police fired tear gas at demonstrators, the ministry said.", []string{"---COP 175 ---OPP"}, nil},
		{"Police arrested opposition leaders.", []string{"---COP 173 ---OPP"}, nil},
	})
}

// "State Department" alone is the US one, and its spokesman speaks for it.
func TestStateDepartment(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The State Department criticized Iran on Monday.", []string{"USAGOV 111 IRN"}, nil},
		{"A State Department spokesman criticized Iran on Monday.", []string{"USAGOV 111 IRN"}, []string{"---MED"}},
		// The dictionary's "the US" does not hide the entity's longer name.
		{"The US State Department criticized Iran on Monday.", []string{"USAGOV 111 IRN"}, []string{"USA 111"}},
	})
}

// "sanction" as a verb is CAMEO 163, as "impose sanctions" is.
func TestSanctionVerb(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Japan sanctioned North Korea on Monday.", []string{"JPN 163 PRK"}, nil},
		{"Japan imposed sanctions on North Korea on Monday.", []string{"JPN 163 PRK"}, nil},
	})
}

// "slammed" with an actor for its object is criticism; a crash has none.
func TestSlamIsCriticism(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Japan slammed North Korea on Monday.", []string{"JPN 111 PRK"}, nil},
		{"A Japanese truck slammed into a wall on Monday.", nil, []string{"JPN"}},
	})
}

// What one side urges, asks or calls on another to do has not happened:
// the appeal is the event, not the act it asks for, nor one it asks to stop.
func TestRequestedActIsNoEvent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Norway urged Sweden to respect Finland's borders.", []string{"NOR 020 SWE"}, []string{"SWE 051"}},
		{"Norway asked Sweden to help Finland.", []string{"NOR 020 SWE"}, []string{"SWE 070"}},
		{"Norway called on Sweden to stop attacking Finland.", []string{"NOR 020 SWE"}, []string{"NOR 190", "NOR 0871", "SWE 190"}},
		{"Sweden attacked Finland on Monday.", []string{"SWE 190 FIN"}, nil},
	})
}

// "accused X of doing", "thanked X for doing": X did it.
func TestAccusedDidIt(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Norway accused Sweden of attacking Finland.", []string{"NOR 112 SWE", "SWE 190 FIN"}, []string{"NOR 190"}},
		{"Norway thanked Sweden for helping Finland.", []string{"NOR 051 SWE", "SWE 070 FIN"}, []string{"NOR 070"}},
		{"Norway responded by attacking Sweden.", []string{"NOR 190 SWE"}, nil},
	})
}

// A passive's agent is who acted, even where a pattern that codes nothing
// could read it as an object ("fighting fires with aircraft").
func TestPassiveAgentActs(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Norway was attacked by Swedish jets on Monday.", []string{"SWE 190 NOR"}, nil},
		{"Swedish jets attacked Norway on Monday.", []string{"SWE 195 NOR"}, nil},
	})
}

// What a denial says did not happen is no event; the denial is.
func TestDeniedActIsNoEvent(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Norway denied that Norwegian jets had attacked Swedish ships.", nil, []string{"NOR 190", "NOR 195"}},
		{"Norway rejected claims that its troops had shelled a Swedish village.", nil, []string{"NORMIL 190", "NORMIL 194"}},
		{"Norway denied attacking Sweden.", []string{"NOR 016 SWE"}, []string{"NOR 190"}},
		{"Norway said that Norwegian jets had attacked Swedish ships.", nil, []string{"NOR 016"}},
	})
}
