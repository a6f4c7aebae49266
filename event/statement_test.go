package event_test

import "testing"

// A statement's target is whom it is said to: the object of a telling
// verb, a "to" or "with" phrase, the broadcast it is said on, the one a
// statement or interview is given to. Not what it is about: the subject
// or the phrases of the reported clause, nor the object of a verb whose
// object is what is said ("highlighted", "outlined") or seen ("saw").
func TestStatementTargetIsTheAddressee(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Norwegian minister told the Swedish government that the talks had failed.", []string{"NORGOV 010 SWEGOV"}, nil},
		{"The Norwegian minister said to the Swedish ambassador that the talks had failed.", []string{"NORGOV 010 SWEGOV"}, nil},
		{"In a statement to the Swedish parliament, the Norwegian minister said the talks had failed.", []string{"NORGOV 010 SWELEG"}, nil},
		{"In an interview with a Swedish newspaper, the Norwegian minister said the talks had failed.", []string{"NORGOV 010 SWEMED"}, nil},
		{"Speaking on Danish television, the Norwegian minister said the talks had failed.", []string{"NORGOV 010 DNKMED"}, nil},
		// The hearer the parser hung inside the reported clause.
		{"The Norwegian minister told Swedish radio he had seen the report.", []string{"NORGOV 010 SWE"}, nil},
		// What it is about.
		{"The Norwegian minister said Sweden had broken the agreement.", nil, []string{"SWE"}},
		{"The Norwegian minister said the rule would be given force by the laws of Sweden.", nil, []string{"SWE"}},
		{"In a speech in Stockholm, the Norwegian minister said the talks had failed.", nil, []string{"SWE"}},
		{"The Norwegian minister highlighted the Swedish government's willingness to cut spending.", nil, []string{"SWEGOV"}},
		{"The Finnish firm saw strong sales in Germany last year.", nil, []string{"DEU"}},
		// The reported clause's own event stays.
		{"The Norwegian minister said he would meet the Swedish prime minister.", []string{"NORGOV 036 SWEGOV"}, nil},
		// A pattern of the verb still codes what it names.
		{"The Norwegian minister expressed concern over the Swedish decision.", []string{"NORGOV 012 SWE"}, nil},
	})
}

// The words of a clause with a subject of its own are its verb's, not
// pattern words of the verb that reports it: "* DEAL" (060) codes
// "announced a deal", not "told X the deal was off".
func TestReportedClauseWordsAreNotPatternWords(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Norwegian minister told the Swedish government that the deal was off.", []string{"NORGOV 010 SWEGOV"}, []string{"060"}},
		{"The Norwegian minister told Swedish radio the deal was off.", []string{"NORGOV 010 SWE"}, []string{"060"}},
		{"The Norwegian minister announced a deal with the Swedish government.", []string{"NORGOV 060 SWEGOV"}, nil},
		{"The Norwegian minister agreed to sign a deal with the Swedish government.", []string{"NORGOV 032 SWEGOV"}, nil},
	})
}

// Verbs that say, show or learn that something is so report a clause:
// a statement, whose target is whom it is told, not the clause's subject
// (also when the parser made that subject the verb's object). What
// should be done ("suggested the judges should …") keeps the verb's own
// code and target.
func TestReportedClauseMakesAStatement(t *testing.T) {
	checkEvents(t, []eventCase{
		{"The Polish minister claimed the Czech government was on the brink of collapse.", nil, []string{"110", "CZEGOV"}},
		{"The Polish minister suggested the Czech government may decide next year.", nil, []string{"020", "CZEGOV"}},
		{"A Polish court ruled that the Czech firm must stop selling the cars.", nil, []string{"060"}},
		{"The Polish minister asked what the Czech government had to hide.", nil, []string{"020"}},
		{"The Polish minister hoped the Czech government would act.", nil, []string{"020"}},
		{"The Polish minister suggested the Czech government should apologise.", []string{"POLGOV 020 CZEGOV"}, nil},
		{"The Polish minister insisted the Czech government should apologise.", []string{"POLGOV 100 CZEGOV"}, nil},
		{"The Polish minister asked the Czech government to explain.", []string{"POLGOV 020 CZEGOV"}, nil},
		{"The Polish minister warned the Czech government that it would face sanctions.", []string{"POLGOV 130 CZEGOV"}, nil},
	})
}
