package event_test

import "testing"

// A firm that goes into administration is insolvent; it meets no
// government. "The administration" with its article stays one.
func TestAdministrationAsInsolvency(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The two companies had gone into administration by March.", nil, []string{"---GOV"}},
		{"Three companies went into administration last year.", nil, []string{"---GOV"}},
		{"Several companies are going into administration.", nil, []string{"---GOV"}},
		{"The Bush administration criticised Iran.", []string{"USAELI 111 IRN"}, nil},
		{"The administration in Kabul criticised Pakistan.", []string{"AFGGOV 111 PAK"}, nil},
	})
}

// "in court", "in parliament": a bare noun after "in" is where the act
// is done, not the side it is done to.
func TestSettingIsNoTarget(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Greenpeace will contest the decision in court.", nil, []string{"---JUD"}},
		{"The company said it would challenge the fine in court.", nil, []string{"---JUD"}},
		{"The minister criticised the plan in parliament on Tuesday.", nil, []string{"---LEG"}},
		{"Russia intervened in Syria in 2015.", []string{"RUS 070 SYR"}, nil},
	})
}

// Repelling "an attack by X on Y" is done against X, the attacker; Y, the
// place attacked, is no side. An attacker with no code gives no target.
func TestAttackByAgentIsTheSide(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Chad's army repelled an attack by rebels on Abeche.", []string{"TCDMIL 190 ---REB"}, []string{"TCDREB"}},
		{"The Malian army repelled an assault by the Ansar Kalif group on Gao.", nil, []string{"MLI 190 MLI", "MLIMIL 190 MLI"}},
		{"Britain condemned the attack by Russia on Ukraine.", []string{"RUS 190 UKR"}, nil},
	})
}

// "sentenced X … for seizing land": X seized it, also when the parser
// makes the name a second subject; the court did not. (Taking bribes was
// the example until "take" with money as its object stopped coding 171:
// see TestTakeAThingIsNoSeizure.)
func TestGerundAfterMisparsedObject(t *testing.T) {
	checkEvents(t, []eventCase{
		{"A Ugandan court on Wednesday sentenced former energy minister Peter Okello to five years in prison for seizing land from a Chinese construction firm.", []string{"---GOV 192 CHN"}, []string{"UGAJUD 192"}},
		{"A Kenyan court on Wednesday sentenced former energy minister Peter Kamau to eight years in jail for seizing land from a Turkish firm.", nil, []string{"KENJUD 192"}},
		// The gerund hung on "prison": the sentenced man seized it.
		{"A Ghanaian court on Tuesday sentenced former energy minister John Mensah to six years in prison for seizing land from a Chinese construction firm.", []string{"---GOV 192 CHN"}, []string{"---COP"}},
		{"A Ugandan court on Wednesday sentenced former energy minister Peter Okello to five years in prison for taking bribes from a Chinese construction firm.", nil, []string{"UGAJUD 171", "---GOV 171"}},
	})
}

// "A Cabinet Office spokeswoman" files no "Office" as the media: the
// Foreign Office is the government later on.
func TestOfficeAfterSpokesman(t *testing.T) {
	checkEvents(t, []eventCase{
		{"A Cabinet Office spokeswoman said the plan would go ahead.\n\nThe Foreign Office criticised Iran on Monday.", []string{"---GOV 111 IRN"}, []string{"---GOVMED", "---MED"}},
	})
}

// An event noun that a verb reacts to ("condemned the attack on X") is
// not the reacting side's own act; one a support verb governs ("launched
// an attack", "held talks") is.
func TestReactionIsNotTheAct(t *testing.T) {
	checkEvents(t, []eventCase{
		{"Norway condemned the attack on Mali.", nil, []string{"NOR 190"}},
		{"Peru welcomed the agreement with Chile.", nil, []string{"PER 050", "CHL 050"}},
		{"Peru ended the agreement with Chile.", nil, []string{"PER 050"}},
		{"Norway launched an attack on Mali.", []string{"NOR 190 MLI"}, nil},
		{"Ghana held talks with Togo on Monday.", []string{"GHA 046 TGO"}, nil},
	})
}
