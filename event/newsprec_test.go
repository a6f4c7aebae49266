package event_test

import "testing"

// In a sports report a country or city names a team or an athlete's
// nationality: beating, attacking or criticising another one is no act
// between states. A coded role (a government, the police) still acts.
func TestSportsStoryTeamsAreNoStates(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Chile beat Peru 3-1 in Lima on Saturday, and the coach praised the squad. Peru attacked Chile late on, but the defender held firm. The Peruvian striker criticised Chile after the match.",
			nil, []string{"CHL", "PER"}},
		{"Chile beat Peru 3-1 in Lima on Saturday, and the coach praised the squad. The Peruvian government criticised the Chilean police after the match.",
			[]string{"PERGOV 111 CHLCOP"}, []string{"CHL 190 PER"}},
		// The same verbs in a story with no sports words.
		{"Chile beat Peru in the vote in Lima on Saturday. Peru attacked Chile over the result, and the Peruvian minister criticised Chile after the meeting.",
			[]string{"CHL 190 PER", "PERGOV 111 CHL"}, nil},
	})
}

// "take" with an amount, a prize or notice as its object is earning,
// winning or heeding, not seizing (171); taking people stays an event.
// "hit", "beat" and "strike" with sales or forecasts are no force.
func TestTakeAThingIsNoSeizure(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Mexican comedy took $12m at the box office in the US.", nil, []string{"MEX 171"}},
		{"The Italian director took the audience award in Germany.", nil, []string{"ITA 171"}},
		{"The Brazilian singer took the prize for best album from Argentina's Mercedes Sosa.", nil, []string{"BRA 171"}},
		{"Chile took no notice of the protests in Peru.", nil, []string{"CHL 171"}},
		{"Kenya took its complaint against Uganda to the African Union.", nil, []string{"KEN 171"}},
		{"Rebels took the Malian soldiers to a camp in the desert.", []string{"---REB 171 MLIMIL"}, nil},
		{"Militants took three Kenyan aid workers near the border.", []string{"---UAF 181 KENLAB"}, nil},
		// Force verbs the same way: sales are hit, people and buildings
		// are attacked.
		{"The sluggish European economy has hit sales at Swiss firms.", nil, []string{"EUR 190"}},
		{"Chilean police beat protesters in Lima.", []string{"CHLCOP 190 PEROPP"}, nil},
		{"Russian missiles hit a power station in Kharkiv.", []string{"RUS 193 UKR"}, nil},
		{"Russian troops hit Ukrainian forces near Bakhmut.", []string{"RUSMIL 190 UKRMIL"}, nil},
	})
}

// An attack, a bombing or an arrest that a clause only mentions is not
// the act of its subject; with no side named it is no event, and the
// side attacked is never its own attacker. Mutual acts (talks with X)
// and visits stay the subject's, as do acts a support verb governs.
func TestMentionedAttackHasNoSubjectAsAttacker(t *testing.T) {
	checkEvents(t, []eventCase{
		{"After the bombing of Kiev, Poland sent aid.", nil, []string{"POL 190"}},
		{"The minister spoke after the attack on Kabul.", nil, []string{"---GOV 190"}},
		{"Norway suffered losses after the attack on its embassy in Mali.", nil, []string{"NOR 190"}},
		{"Norway launched an attack on Mali.", []string{"NOR 190 MLI"}, nil},
		{"During a visit to Ghana, the Togolese president praised the army.", []string{"TGOGOV 042 GHA"}, nil},
		{"Ghana held talks with Togo on Monday.", []string{"GHA 046 TGO"}, nil},
	})
}

// One actor named alike on both sides (an organisation and its own
// spokesman, the same word read as two roles) acts on no one; two roles
// of one code named differently are still a domestic event.
func TestSameNamedSidesAreOneActor(t *testing.T) {
	checkEvents(t, []eventCase{
		{"A Microsoft spokesman said Microsoft would appeal against the ruling.", nil, []string{"MNCUSA 010 MNCUSA"}},
		{"People urged people to vote.", nil, []string{"---PPL 020 ---PPL"}},
		{"The interior minister condemned mayors in the north.", []string{"---GOV 111 ---GOV"}, nil},
		{"Peruvian officials criticised Peru's central bank.", []string{"PERGOV 111 PERGOVBUS"}, nil},
	})
}

// A past participle with a "by" agent and no auxiliary is passive even
// when the parser gives it an active subject: a headline, or a
// participle set off by commas. A finite verb joined to it keeps its
// subject acting.
func TestReducedPassiveHasItsAgentAsSource(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Chile's president, criticised by Peru last week, met the Pope.", []string{"PER 111 CHLGOV"}, []string{"CHLGOV 111 PER"}},
		{"The Chilean minister, backed by Peru, criticised Bolivia.", []string{"PER 050 CHLGOV", "CHLGOV 111 BOL"}, []string{"CHLGOV 050 PER"}},
		{"Peru, angered by Chile's decision, recalled its ambassador from Santiago.", []string{"PER 161 CHL"}, nil},
		{"Chile has been criticised by Peru.", []string{"PER 111 CHL"}, nil},
	})
}

// A firm's or a broadcaster's product does not act: "Sony's new console"
// is no Sony. A country's weapons are its forces, and a firm's property
// seized is an act on the firm.
func TestProductIsNoActor(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Sony's new console goes on sale in Japan on Thursday.", nil, []string{"MNCJPN 040"}},
		{"Russian missiles hit a power station in Kharkiv.", []string{"RUS 193 UKR"}, nil},
		{"Iranian forces seized Shell's tanker.", []string{"IRNMIL 171 ---BUS"}, nil},
		{"A Google spokesman criticised the European Commission.", []string{"MNCUSAMED 111 IGOEUREEC"}, nil},
	})
}

// A place inside the name of an organisation the entity stage could not
// code is part of the name: with no role word the organisation is no
// country. With one the country stays the organisation's.
func TestPlaceInOrganisationName(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Beijing News said the company may pay a fine.", nil, []string{"CHN 010"}},
		{"Air New Zealand criticised the government.", nil, []string{"NZL 111"}},
		{"Leeds University researchers criticised the police.", []string{"GBREDU 111 ---COP"}, nil},
		{"The Ukrainian Defence Ministry accused Russia of shelling Kharkiv.", []string{"UKRGOV 112 RUS"}, nil},
	})
}
