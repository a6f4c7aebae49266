package event_test

import "testing"

// "take the step of V-ing", "make the decision to V": the light verb's
// clause is the act, with the light verb's subject; nothing is taken (no
// 181 from "take … minister" matched inside the clause) or made.
func TestLightVerbClauseIsTheAct(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Labour MPs took the step of writing to the prime minister.", nil, []string{"181"}},
		{"The French government took the unusual step of expelling the Russian ambassador.", []string{"FRAGOV 174 RUSGOV"}, []string{"181"}},
		{"The Italian government made the decision to expel the Chinese ambassador.", []string{"ITAGOV 174 CHNGOV"}, nil},
		{"The German chancellor took the opportunity to thank the Polish president.", []string{"DEUGOV 051 POLGOV"}, nil},
		// Taking people is still seizing.
		{"Rebels took the minister hostage.", []string{"---REB 181 ---GOV"}, nil},
		{"Police took the minister into custody.", []string{"---COP 173 ---GOV"}, nil},
	})
}

// A reported clause with a subject of its own is not searched for the
// speaker's target: the places and groups inside it are what that
// subject acts on or is about. Its subject may still be the target, and
// a pronoun subject (the speaker again) or an infinitive is searched.
func TestReportedClauseKeepsItsPhrases(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Japanese firm said the console would ship to the US and Europe in March.", nil, []string{"USA", "EUR"}},
		{"The Danish minister said economic migration helped Norway.", nil, []string{"DNKGOV 010 NOR"}},
		{"The Austrian chancellor warned that rising costs were clouding the outlook for Hungary.", nil, []string{"HUN"}},
		{"The Chilean president said he would visit Argentina next month.", []string{"CHLGOV 036 ARG"}, nil},
		{"The Kenyan government vowed to wage war on the Somali militants.", []string{"KENGOV 138 SOMREB"}, nil},
		// Nor is its subject the target of a statement, which is only
		// whom it is said to (statement_test.go).
		{"The Turkish foreign minister said Greece had violated its airspace.", nil, []string{"TURGOV 010 GRC"}},
		// A thing with an actor inside it is no target either.
		{"The Danish minister said the price of Norwegian salmon would rise next year.", nil, []string{"NOR"}},
		{"The Danish minister said India's economy grew by 6% last year.", nil, []string{"IND"}},
	})
}

// Central banks named "Bank of <country>" or by their own name, and the
// World Trade Organization, are actors; "Bank of" alone makes none (the
// Bank of Scotland is a commercial bank).
func TestCentralBanksAndWTOAreActors(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Bank of Japan criticised the Korean government.", []string{"JPNGOVBUS 111 KORGOV"}, nil},
		{"The Bundesbank warned the Greek government on Monday.", []string{"DEUGOVBUS 130 GRCGOV"}, nil},
		{"Brazil asked the World Trade Organisation to investigate the tariffs.", []string{"BRA 020 IGOBUSWTO"}, nil},
		{"The WTO praised the Chilean government.", []string{"IGOBUSWTO 051 CHLGOV"}, nil},
		{"The Bank of Scotland criticised the Korean government.", nil, []string{"GBRGOVBUS"}},
	})
}

// A verb that reports a clause and addresses no one takes its sense from
// the clause: arguing that something is so is a statement (not 110),
// insisting that it is so a statement (a demand only for what should be
// done), warning that it is so a pessimistic comment (a threat only when
// someone is warned).
func TestReportingVerbSenseFromItsClause(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Dutch minister insisted to Belgian officials that the Belgian government had complied with the law.", []string{"NLDGOV 010 BELGOV"}, []string{"100"}},
		{"The Dutch minister insisted the Belgian government should apologise.", []string{"NLDGOV 100 BELGOV"}, nil},
		{"The Dutch minister argued to Belgian officials that the budget was right.", []string{"NLDGOV 010 BELGOV"}, []string{"110"}},
		{"The Dutch minister argued with the Belgian government over the budget.", []string{"NLDGOV 110 BELGOV"}, nil},
		// No one is warned: a comment on Belgium, addressed to no one.
		{"The Dutch minister warned that Belgium was heading for a recession.", nil, []string{"130", "BEL"}},
		{"The Dutch minister warned the Belgian government that it would face sanctions.", []string{"NLDGOV 130 BELGOV"}, nil},
	})
}

// People in general ("people", "men" with no country, group or number)
// are no side of an event, except as those arrested or assaulted.
func TestPeopleInGeneralAreNoSide(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Most people watch the TV at home.", nil, []string{"---PPL"}},
		{"The Irish minister said people would not be forced to work longer.", nil, []string{"---PPL"}},
		{"Services in the US let people transfer recordings to their phones.", nil, []string{"---PPL"}},
		{"In Wiltshire, police arrested four men suspected of hunting.", []string{"---COP 173 ---PPL"}, nil},
		{"Police arrested the men in Leeds.", []string{"---COP 173 ---PPL"}, nil},
		{"British people criticised the French government.", []string{"GBR 111 FRAGOV"}, nil},
	})
}

// A country before a currency, or a city before an agreement named after
// it, names the thing, not a side; a country before a deal may be its
// party. An "as" phrase is a role, not a side.
func TestNamesOfThingsAndRolesAreNoSides(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Cuban leader's decision to ban all cash transactions in US dollars angered exporters.", nil, []string{"USA"}},
		{"South Korea said it plans to boost holdings of the Australian and Canadian dollar.", nil, []string{"AUS", "CAN"}},
		{"The Dutch prime minister praised the Lisbon agreement.", nil, []string{"PRT"}},
		{"The Canadian minister criticised the Kyoto protocol.", nil, []string{"JPN"}},
		{"The Dutch prime minister criticised the Iran deal.", []string{"NLDGOV 111 IRN"}, nil},
		{"The French president spoke as a guest of the Polish government.", nil, []string{"POLGOV"}},
		{"The Chilean president praised Peru as a partner.", []string{"CHLGOV 051 PER"}, nil},
	})
}

// Verbs the dictionaries give 040 (consult) or 030 by their own code
// that name no partner: facing a thing, deliberating, wanting something
// done without asking anyone. Facing people, meeting, wanting someone to
// act and wanting to meet still code.
func TestNoPartnerNoConsultation(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Japanese firm faces competition from Korean rivals.", nil, []string{"JPN", "KOR"}},
		{"The German government is facing opposition from French MPs.", nil, []string{"040"}},
		{"The games industry will consider ways of protecting Dutch children.", nil, []string{"---BUS"}},
		{"The Irish minister thinks the French government is wrong.", nil, []string{"040"}},
		{"The British government wants to make Kenya's problems a priority.", nil, []string{"GBRGOV 030 KEN"}},
		{"The British plan is leaving a scar across rural Ireland.", nil, []string{"IRL"}},
		{"The Dutch prime minister joined a minute's silence across the EU.", nil, []string{"IGOEUREEC"}},
		{"The Dutch minister left Iraq on Monday.", []string{"NLDGOV 040 IRQ"}, nil},
		{"The Kenyan president met the Ugandan foreign minister.", []string{"KENGOV 040 UGAGOV"}, nil},
		{"The Greek minister wants closer ties with Turkey.", []string{"GRCGOV 030 TUR"}, nil},
		{"The Belgian unions want the Dutch government to withdraw the rules.", []string{"BEL 025 NLDGOV"}, nil},
		{"The Italian prime minister wants to meet the Spanish king.", []string{"ITAGOV 036 ESPGOV"}, []string{"030"}},
	})
}

// An event noun that is the object of a verb whose clause was coded is
// that clause's event: "held talks with X" is 046, not also TALK's 010.
func TestEventNounOfACodedVerbOnce(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Greek prime minister held talks with the Turkish president.", []string{"GRCGOV 046 TURGOV", "TURGOV 046 GRCGOV"}, []string{"010"}},
		{"Norway launched an attack on Mali.", []string{"NOR 190 MLI"}, nil},
		// Not the object of a coded verb: the noun codes.
		{"The Greek prime minister spoke after talks with the Turkish president.", []string{"GRCGOV 010 TURGOV"}, nil},
	})
}

// A death with no one who killed, and surpassing, are no force: the
// dictionaries code "die" only through patterns that name the fight.
func TestDeathsAndSurpassingAreNoForce(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Italian conductor died in Germany on Friday.", nil, []string{"190"}},
		{"China overtook the US as the biggest market for phones.", nil, []string{"190"}},
		{"Three Kenyan soldiers died in clashes with Somali militants.", []string{"KENMIL 190 SOMREB"}, nil},
		{"Russian troops destroyed the Ukrainian bridge.", []string{"RUSMIL 190 UKR"}, nil},
	})
}

// "Going to" before an infinitive is the future, not a journey.
func TestGoingToIsNoJourney(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Dutch king is going to meet the Belgian prime minister.", []string{"NLDGOV 036 BELGOV"}, []string{"040"}},
		{"The French president is going to Algeria next week.", []string{"FRAGOV 040 DZA"}, nil},
	})
}
