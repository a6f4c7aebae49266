package event_test

import "testing"

// "The court heard that …" reports evidence: the court meets no one in
// the clause, and the clause keeps its own actors.
func TestHeardClauseIsNoMeeting(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The court heard that the minister accepted cash from two companies.", nil, []string{"---JUD"}},
		{"The jury heard that Mr Doyle took money from three companies.", nil, []string{"---JUD"}},
		{"The tribunal heard that the mayor had met Russian officials in Riga.", []string{"---GOV 040 RUSGOV"}, []string{"---JUD"}},
		{"Police learned that the company had paid the minister.", []string{"---BUS 061 ---GOV"}, []string{"---COP"}},
	})
}
