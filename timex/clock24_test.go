package timex

import "testing"

// A four-digit 24-hour clock time is no year (regression: "at 1330 GMT"
// was the year 1330, "1200 GMT" the year 1200 and "the prior year" after
// it 1199).
func TestClock24(t *testing.T) {
	ref := day("2025-08-18")
	tests := []struct{ name, sentence, want string }{
		{"zone", "The talks in Oslo are due to start at 1330 GMT on Friday.", "[1330 GMT on Friday=TIME:2025-08-22T13:30]"},
		{"leading zero", "Trading was halted by 0900 BST.", "[0900 BST=TIME:2025-08-18T09:00]"},
		{"local time", "The polls close at 2100 local time.", "[2100 local time=TIME:2025-08-18T21:00]"},
		{"hours", "The convoy left at 1800 hours.", "[1800 hours=TIME:2025-08-18T18:00]"},
		{"a zone's restatement after local time", "Polls closed at 1700 local time (0100 GMT) on Sunday.", "[1700 local time=TIME:2025-08-18T17:00, Sunday=DATE:2025-08-17]"},
		{"a range", "The bridge stays shut from 1130 to 1215 GMT.", "[1130=TIME:2025-08-18T11:30, 1215 GMT=TIME:2025-08-18T12:15]"},
		{"a range with and", "Voting runs between 0700 and 2200 BST.", "[0700=TIME:2025-08-18T07:00, 2200 BST=TIME:2025-08-18T22:00]"},
		{"after at, no plausible year", "The board will meet at 1415 in Brussels.", "[1415=TIME:2025-08-18T14:15]"},
		{"after at, a plausible year ending the phrase", "The polls close at 1930.", "[1930=TIME:2025-08-18T19:30]"},
		{"after at, a plausible year before a day", "The board will meet at 2015 on Friday.", "[2015 on Friday=TIME:2025-08-22T20:15]"},
		{"prior year after a clock", "By 1200 GMT the shares were down. Sales will be lower than the prior year.", "[1200 GMT=TIME:2025-08-18T12:00, the prior year=DATE:2024]"},
		{"a zone's restatement", "The quake struck at 9:20 a.m. (0020 GMT) on Friday.", "[9:20 a.m.=TIME:2025-08-18T09:20, Friday=DATE:2025-08-15]"},
		{"a zone's restatement, afternoon", "The quake struck at 8:35 p.m. (1735 GMT) on Friday.", "[8:35 p.m.=TIME:2025-08-18T20:35, Friday=DATE:2025-08-15]"},
		{"a year after at", "Output stood at 1990 levels.", "[1990=DATE:1990]"},
		{"a possessive year after at", "The band played at 1985's big concert.", "[1985=DATE:1985]"},
		{"a price after at", "Shares closed at 1218 pence.", "[]"},
		{"an old number is a quantity", "The index rose 1650 points in a week.", "[a week=DURATION:P1W]"},
		{"an old year after the", "The 1701 Act still governs the succession.", "[1701=DATE:1701]"},
		{"a glued unit", "She won the 1500m in Paris.", "[]"},
		{"a year in", "The bridge was built in 1330.", "[1330=DATE:1330]"},
		{"a news year's digits before points", "The index closed at 1930 points on Friday.", "[Friday=DATE:2025-08-15]"},
		{"a news year's digits rising by points", "The Nikkei rose 2010 points in a month.", "[a month=DURATION:P1M]"},
		{"a climb in metres", "The road makes a climb of 1950 metres.", "[]"},
		{"a year before a points table", "The 2004 points table was lost.", "[2004=DATE:2004]"},
		{"a year that opens a clause", "In 1998 points were docked for fouls.", "[1998=DATE:1998]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}

// Without a zone after the second number, a range of four-digit numbers is
// no range of clock times, and when a noun follows it counts that noun: no
// years either (regression: "from 1130 to 1215 points" was two years).
func TestClock24RangeNeedsZone(t *testing.T) {
	s := "Prices rose from 1130 to 1215 points."
	if got := show(s, Find(s, day("2025-08-18"), nil)); got != "[]" {
		t.Errorf("Find(%q) = %s, want no time", s, got)
	}
}

// An old number after a word that also introduces an amount counts the
// noun after it; a year after such a word keeps its reading when no noun
// follows (regression: "fell by 1215 points" was the year 1215).
func TestOldNumberCountsNoun(t *testing.T) {
	ref := day("2025-08-18")
	tests := []struct{ name, sentence, want string }{
		{"by", "The index fell by 1215 points.", "[]"},
		{"between", "Between 1130 and 1215 votes were cast.", "[]"},
		{"of", "A crowd of 1500 people gathered.", "[]"},
		{"a range of years", "The war ran from 1642 to 1651 and ended in a truce.", "[1642=DATE:1642, 1651=DATE:1651]"},
		{"a year and a relative pronoun", "The laws date from 1695 which is long ago.", "[1695=DATE:1695]"},
		{"in", "In 1850 prices rose.", "[1850=DATE:1850]"},
		{"a news year before a noun", "The firm restated its figures from 2003 results.", "[2003=DATE:2003]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, ref, nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
