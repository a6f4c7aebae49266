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
		{"The Turkish foreign minister said Greece had violated its airspace.", []string{"TURGOV 010 GRC"}, nil},
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
