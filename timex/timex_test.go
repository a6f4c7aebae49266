package timex

import (
	"testing"
	"time"

	"dateline/text"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// want is one expected time expression; empty fields are not checked.
type want struct {
	text, typ, value, mod, start, end string
}

func TestFind(t *testing.T) {
	const ref = "2025-08-18" // a Monday
	tests := []struct {
		name, sentence, ref string
		want                []want
	}{
		// Weekdays by the clause's tense.
		{"weekday same day in past clause", "The minister stated Monday that talks had ended.", ref,
			[]want{{text: "Monday", typ: "DATE", value: "2025-08-18"}}},
		{"weekday before in past clause", "The mayor resigned on Thursday after a vote.", ref,
			[]want{{text: "Thursday", value: "2025-08-14"}}},
		{"weekday after in future clause", "The two leaders will meet on Friday in Geneva.", ref,
			[]want{{text: "Friday", value: "2025-08-22"}}},
		{"weekday with going to", "Officials are going to announce the result Wednesday.", ref,
			[]want{{text: "Wednesday", value: "2025-08-20"}}},
		{"last weekday is strictly before", "Prices rose last Monday.", ref,
			[]want{{text: "last Monday", value: "2025-08-11"}}},
		{"next weekday is strictly after", "The vote is next Tuesday.", ref,
			[]want{{text: "next Tuesday", value: "2025-08-19"}}},
		{"weekday after a verb of expecting", "Traders expect the central bank to cut rates on Thursday.", ref,
			[]want{{text: "Thursday", value: "2025-08-21"}}},
		{"clock time on a weekday", "The ferry sank at about 5 a.m. on Saturday, the coastguard said.", ref,
			[]want{{text: "about 5 a.m. on Saturday", typ: "TIME", value: "2025-08-16T05:00", mod: "APPROX"}}},
		{"clock time on the day named before it in its sentence", "The ferry left on Aug. 12 and sank at 9 p.m., the coastguard said.", ref,
			[]want{{text: "Aug. 12", value: "2025-08-12"}, {text: "9 p.m.", typ: "TIME", value: "2025-08-12T21:00"}}},
		{"british clock with a dot", "The match kicked off at 7.45pm on Saturday.", ref,
			[]want{{text: "7.45pm on Saturday", typ: "TIME", value: "2025-08-16T19:45"}}},
		{"a decimal is no clock", "Shares rose 7.45 percent.", ref, nil},
		{"ordinal second is no duration", "The striker headed a second and the party sought a second term.", ref, nil},
		{"a second after for is a duration", "The lights went out for a second.", ref,
			[]want{{text: "a second", typ: "DURATION", value: "PT1S"}}},
		{"second half of the year", "Demand should pick up in the second half of the year.", ref,
			[]want{{text: "the second half of the year", value: "2025-H2"}}},
		{"last half of a year", "Orders should recover in the last half of 2026.", ref,
			[]want{{text: "the last half of 2026", value: "2026-H2"}}},
		{"latter half of the year", "Hiring picked up in the latter half of the year.", ref,
			[]want{{text: "the latter half of the year", value: "2025-H2"}}},
		{"second half of a year", "Exports slowed in the second half of 2023.", ref,
			[]want{{text: "the second half of 2023", value: "2023-H2"}}},
		{"a May named earlier is a person after", "Prime Minister Olga May resigned. Critics had attacked May's budget in June, and May said little.", ref,
			[]want{{text: "June", value: "2025-06"}}},
		{"a possessive May with no one named May is the month", "Shops reopened in May. May's sales were the best in years.", ref,
			[]want{{text: "May", value: "2025-05"}, {text: "May", value: "2025-05"}, {text: "years", value: "PXY"}}},
		{"since a month still to come this year is last year's", "The bank has raised rates five times since June.", "2025-03-18",
			[]want{{text: "June", value: "2024-06"}}},
		{"since a day", "Fares have doubled since 5 November.", "2025-03-18",
			[]want{{text: "5 November", value: "2024-11-05"}}},
		{"a day without its year in a past story", "The port closed on March 2, 2019, after a fire. It reopened on June 30 with two berths.", ref,
			[]want{{text: "March 2, 2019", value: "2019-03-02"}, {text: "June 30", value: "2019-06-30"}}},
		{"a story moves forward into the next year", "The treaty was signed on October 9, 2016. It came into force on February 1.", ref,
			[]want{{text: "October 9, 2016", value: "2016-10-09"}, {text: "February 1", value: "2017-02-01"}}},
		{"a day near publication is the news, not the story", "The law passed on March 3, 2015. On Aug. 14 a court struck it down.", ref,
			[]want{{text: "March 3, 2015", value: "2015-03-03"}, {text: "Aug. 14", value: "2025-08-14"}}},
		{"a future clause after a past story is ahead of the reader", "The mill shut on May 3, 2012. The new owners will open it on December 1.", ref,
			[]want{{text: "May 3, 2012", value: "2012-05-03"}, {text: "December 1", value: "2025-12-01"}}},
		{"weekday without reference date", "The council met on Monday.", "",
			[]want{{text: "Monday", value: "XXXX-WXX-1"}}},

		// Months and month-days by tense and distance.
		{"month earlier this year in past clause", "The meeting in February was tense.", ref,
			[]want{{text: "February", value: "2025-02"}}},
		{"month ahead in future clause", "The plant will open in November.", ref,
			[]want{{text: "November", value: "2025-11"}}},
		{"month after year end in future clause", "The law will take effect in January.", ref,
			[]want{{text: "January", value: "2026-01"}}},
		{"abbreviated month and day", "Payments resume Sept. 11 under the deal.", ref,
			[]want{{text: "Sept. 11", value: "2025-09-11"}}},
		{"day month year", "The treaty was signed on 11 September 2025 in Oslo.", ref,
			[]want{{text: "11 September 2025", value: "2025-09-11"}}},
		{"US date with year", "The bank reported on Aug. 18, 2025 that rates held.", ref,
			[]want{{text: "Aug. 18, 2025", value: "2025-08-18"}}},
		{"ISO date", "The filing dated 2025-08-18 was public.", ref,
			[]want{{text: "2025-08-18", value: "2025-08-18"}}},
		{"month and year", "Inflation peaked in October 2022.", ref,
			[]want{{text: "October 2022", value: "2022-10"}}},
		{"last month name", "Sales fell last May.", ref,
			[]want{{text: "last May", value: "2025-05"}}},
		{"May as a name is no month", "Former prime minister Theresa May spoke.", ref, nil},
		{"Jan as a name is no month", "Foreign minister Jan Lipavsky spoke.", ref, nil},

		// Years, decades, centuries.
		{"bare year", "The dam was built in 1998.", ref, []want{{text: "1998", value: "1998"}}},
		{"decade with article", "Growth was fast in the 1990s.", ref,
			[]want{{text: "the 1990s", value: "199"}}},
		{"decade with apostrophe", "It was a hit in the '80s.", ref,
			[]want{{text: "the '80s", value: "198"}}},
		{"late decade", "The plan dates from the late 1970s.", ref,
			[]want{{text: "the late 1970s", value: "197", mod: "END"}}},
		{"century", "The bridge opened in the 20th century.", ref,
			[]want{{text: "the 20th century", value: "19"}}},
		{"year spelled out", "He left in nineteen ninety-six.", ref,
			[]want{{text: "nineteen ninety-six", value: "1996"}}},
		{"money is no year", "The firm paid $2000 in fees.", ref, nil},

		// Deictic words and relative units.
		{"today", "The court rules today.", ref, []want{{text: "today", value: "2025-08-18"}}},
		{"yesterday", "Rain fell yesterday.", ref, []want{{text: "yesterday", value: "2025-08-17"}}},
		{"tomorrow", "Rain is due tomorrow.", ref, []want{{text: "tomorrow", value: "2025-08-19"}}},
		{"now", "Prices are now higher.", ref, []want{{text: "now", value: "PRESENT_REF"}}},
		{"recently", "The firm recently hired staff.", ref, []want{{text: "recently", value: "PAST_REF"}}},
		{"the future", "Nobody can know the future.", ref, []want{{text: "the future", value: "FUTURE_REF"}}},
		{"this week", "Talks resume this week.", ref, []want{{text: "this week", value: "2025-W34"}}},
		{"last week", "Talks stalled last week.", ref, []want{{text: "last week", value: "2025-W33"}}},
		{"next year", "Elections are due next year.", ref, []want{{text: "next year", value: "2026"}}},
		{"last month", "Exports fell last month.", ref, []want{{text: "last month", value: "2025-07"}}},
		{"earlier this month", "Earlier this month the port reopened.", ref,
			[]want{{text: "Earlier this month", value: "2025-08", mod: "START"}}},
		{"this summer", "Tourism rose this summer.", ref, []want{{text: "this summer", value: "2025-SU"}}},
		{"the weekend after a weekday", "Protests spread over the weekend.", ref,
			[]want{{text: "the weekend", value: "2025-W33-WE"}}},

		// Relative expressions with durations.
		{"years ago with a half", "The war began nearly three and a half years ago.", ref,
			[]want{{text: "nearly three and a half years ago", typ: "DATE", value: "2022-02", mod: "APPROX"}}},
		{"years ago", "The mine closed two years ago.", ref, []want{{text: "two years ago", value: "2023"}}},
		{"months ago", "The deal collapsed five months ago.", ref, []want{{text: "five months ago", value: "2025-03"}}},
		{"days ago", "The ship sank 10 days ago.", ref, []want{{text: "10 days ago", value: "2025-08-08"}}},
		{"vague ago", "The rule changed years ago.", ref, []want{{text: "years ago", value: "PAST_REF"}}},
		{"range of durations", "The guarantees would be formalized within the next week to ten days.", ref,
			[]want{{text: "the next week to ten days", typ: "DURATION", start: "2025-08-25", end: "2025-08-28"}}},
		{"range in numbers", "The repairs take two to three weeks.", ref,
			[]want{{text: "two to three weeks", typ: "DURATION", value: "P2W"}}},

		// Durations.
		{"duration years", "He served five years in office.", ref,
			[]want{{text: "five years", typ: "DURATION", value: "P5Y"}}},
		{"duration with a half", "The project took three and a half years.", ref,
			[]want{{text: "three and a half years", value: "P3Y6M"}}},
		{"duration hyphenated", "It signed a 10-year lease.", ref, []want{{text: "10-year", value: "P10Y"}}},
		{"duration of the past months", "Prices doubled over the past two months.", ref,
			[]want{{text: "the past two months", value: "P2M"}}},
		{"duration vague", "The strike lasted several weeks.", ref,
			[]want{{text: "several weeks", value: "PXW"}}},
		{"duration hours and a half", "The hearing ran an hour and a half.", ref,
			[]want{{text: "an hour and a half", value: "PT1H30M"}}},
		{"duration more than", "The siege lasted more than four months.", ref,
			[]want{{text: "more than four months", value: "P4M", mod: "MORE_THAN"}}},
		{"duration about", "The flight takes about six hours.", ref,
			[]want{{text: "about six hours", value: "PT6H", mod: "APPROX"}}},
		{"age is no duration", "A 37-year-old man was arrested.", ref, nil},

		// Quarters, halves, fiscal years.
		{"third quarter past", "Profit rose in the third quarter.", ref,
			[]want{{text: "the third quarter", value: "2025-Q3"}}},
		{"fourth quarter past clause is last year", "Profit fell in the fourth quarter, the firm said.", ref,
			[]want{{text: "the fourth quarter", value: "2024-Q4"}}},
		{"quarter adjective", "Its third-quarter profit doubled.", ref,
			[]want{{text: "third-quarter", value: "2025-Q3"}}},
		{"Q2 with year", "Sales in Q2 2024 were flat.", ref, []want{{text: "Q2 2024", value: "2024-Q2"}}},
		{"fiscal year", "The budget for fiscal 2026 is smaller.", ref,
			[]want{{text: "fiscal 2026", value: "2026"}}},
		{"first half of year", "Output grew in the first half of 2025.", ref,
			[]want{{text: "the first half of 2025", value: "2025-H1"}}},
		{"anaphoric year ago quarter", "Profit rose in the second quarter. It was lower a year ago.", ref,
			[]want{{text: "the second quarter", value: "2025-Q2"}, {text: "a year ago", value: "2024-Q2"}}},

		// Times and parts of days.
		{"clock time", "The market closed at 3:30 p.m. on the day.", ref,
			[]want{{text: "3:30 p.m.", typ: "TIME", value: "2025-08-18T15:30"}}},
		{"hour am", "The train left at 9 a.m.", ref, []want{{text: "9 a.m.", value: "2025-08-18T09:00"}}},
		{"noon", "The vote is at noon.", ref, []want{{text: "noon", value: "2025-08-18T12:00"}}},
		{"weekday morning", "The blast hit Saturday morning.", ref,
			[]want{{text: "Saturday morning", typ: "TIME", value: "2025-08-16TMO"}}},
		{"this morning", "Markets fell this morning.", ref, []want{{text: "this morning", value: "2025-08-18TMO"}}},
		{"last night", "Fighting resumed last night.", ref, []want{{text: "last night", value: "2025-08-17TNI"}}},
		{"tonight", "The result comes tonight.", ref, []want{{text: "tonight", value: "2025-08-18TNI"}}},
		{"time with day", "Polls close at 10 p.m. Wednesday, officials said.", ref,
			[]want{{text: "10 p.m. Wednesday", value: "2025-08-13T22:00"}}},

		// Holidays.
		{"christmas", "Shops open on Christmas Eve.", ref, []want{{text: "Christmas Eve", value: "2025-12-24"}}},
		{"boxing day", "The club hosts Millbrook on Boxing Day.", ref, []want{{text: "Boxing Day", value: "2025-12-26"}}},
		{"boxing is a sport", "Boxing and judo drew crowds on the day.", ref, nil},
		{"thanksgiving", "Families met on Thanksgiving Day last year, she said.", ref,
			[]want{{text: "Thanksgiving Day", value: "2024-11-28"}, {text: "last year", value: "2024"}}},

		// Sets.
		{"every weekday", "The club meets every Monday.", ref, []want{{text: "every Monday", typ: "SET", value: "XXXX-WXX-1"}}},
		{"weekly", "The paper is printed weekly.", ref, []want{{text: "weekly", typ: "SET", value: "P1W"}}},
		{"each month", "Rent is paid each month.", ref, []want{{text: "each month", typ: "SET", value: "P1M"}}},
		{"twice a week", "Ferries sail twice a week.", ref, []want{{text: "twice a week", typ: "SET", value: "P1W"}}},
		{"plural weekday", "Markets close early on Fridays.", ref, []want{{text: "Fridays", typ: "SET", value: "XXXX-WXX-5"}}},

		// Modifiers.
		{"early month", "The harvest starts in early December.", ref,
			[]want{{text: "early December", mod: "START"}}},
		{"mid year", "The merger closed in mid-2024.", ref,
			[]want{{text: "mid-2024", value: "2024", mod: "MID"}}},
		{"end of year", "Rates will fall by the end of the year.", ref,
			[]want{{text: "the end of the year", value: "2025", mod: "END"}}},
		{"about is a preposition before words", "They argued about the future.", ref,
			[]want{{text: "the future", mod: ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r time.Time
			if tc.ref != "" {
				r = day(tc.ref)
			}
			got := Find(tc.sentence, r, nil)
			if len(got) != len(tc.want) {
				t.Fatalf("Find(%q) = %s; want %d times", tc.sentence, show(tc.sentence, got), len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				if s := tc.sentence[g.Start:g.End]; s != w.text {
					t.Errorf("time %d text = %q, want %q", i, s, w.text)
				}
				check := func(field, got, want string) {
					if want != "" && got != want {
						t.Errorf("time %d (%q) %s = %q, want %q", i, w.text, field, got, want)
					}
				}
				check("type", g.Type, w.typ)
				check("value", g.Value, w.value)
				check("start_value", g.StartValue, w.start)
				check("end_value", g.EndValue, w.end)
				check("mod", g.Mod, w.mod)
			}
		})
	}
}

func show(s string, ts []text.Time) string {
	out := "["
	for i, t := range ts {
		if i > 0 {
			out += ", "
		}
		out += s[t.Start:t.End] + "=" + t.Type + ":" + t.Value
		if t.Mod != "" {
			out += "/" + t.Mod
		}
	}
	return out + "]"
}
