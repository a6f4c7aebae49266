package timex

import (
	"context"
	"strings"
	"testing"
)

// "to" before a noun phrase is a preposition, not an infinitive whose act
// lies ahead: "due to the storm" made the storm's Friday the coming one,
// and "switched to a new supplier in December", told in November, the
// December to come.
func TestToBeforeANounIsNoInfinitive(t *testing.T) {
	tests := []struct{ name, ref, sentence, want string }{
		{"due to a noun", "2025-08-18", "The delay was due to the storm on Friday.", "[Friday=DATE:2025-08-15]"},
		{"due to a verb", "2025-08-18", "The minister is due to speak on Friday.", "[Friday=DATE:2025-08-22]"},
		{"switched to a noun", "2025-11-20", "The firm switched to a new supplier in December.", "[December=DATE:2024-12]"},
		{"decided to a verb", "2025-11-20", "The firm decided to switch suppliers in December.", "[December=DATE:2025-12]"},
		{"marched to a name", "2025-11-20", "The union marched to Parliament in December.", "[December=DATE:2024-12]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, day(tc.ref), nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}

// A past participle with no auxiliary reports what was done ("the ruling,
// announced Wednesday"); it made a weekday past even when a "will" of the
// clause around it came first. With "be" it is a passive whose auxiliary
// tells the tense.
func TestParticipleIsPast(t *testing.T) {
	const thu, apr = "2025-08-21", "2025-04-19" // a Thursday; a Saturday in April
	tests := []struct {
		name, ref, sentence, tags, want string
	}{
		{"reduced relative", thu, "They will appeal the ruling , announced Wednesday by the court .",
			"PRP MD VB DT NN , VBN NNP IN DT NN .", "2025-08-20"},
		{"participle of a date", thu, "Bonds issued Monday will pay less .",
			"NNS VBN NNP MD VB RBR .", "2025-08-18"},
		{"future passive", thu, "The results will be announced Wednesday .",
			"DT NNS MD VB VBN NNP .", "2025-08-27"},
		{"an expected day", thu, "Traders will watch the figures , expected Wednesday .",
			"NNS MD VB DT NNS , VBN NNP .", "2025-08-27"},
		{"a participle after the time is not its verb", thu, "Friday 's summit , chaired by the mayor , will open the fair .",
			"NNP POS NN , VBN IN DT NN , MD VB DT NN .", "2025-08-22"},
		{"rescheduled", thu, "The concert has been rescheduled for Tuesday .",
			"DT NN VBZ VBN VBN IN NNP .", "2025-08-26"},
		{"schedules as a noun arranges nothing", "2025-08-18", "The clubs have altered their schedules to meet on Thursday .",
			"DT NNS VBP VBN PRP$ NNS TO VB IN NNP .", "2025-08-14"},
		{"present perfect", apr, "Police say they have found evidence in the October killing .",
			"NNS VBP PRP VBP VBN NN IN DT NNP NN .", "2024-10"},
		{"a perfect after the time is another act's", apr, "Fans flock to the farm on 1 September , but its popularity has grown .",
			"NNS VBP IN DT NN IN CD NNP , CC PRP$ NN VBZ VBN .", "2025-09-01"},
		{"modal perfect", apr, "The clause would have forced ministers to revisit it in November .",
			"DT NN MD VB VBN NNS TO VB PRP IN NNP .", "2025-11"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := doc(tc.sentence, tc.ref, strings.Fields(tc.tags)...)
			if err := NewStage().Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if len(d.Times) != 1 || d.Times[0].Value != tc.want {
				t.Fatalf("times = %+v, want one = %s", d.Times, tc.want)
			}
		})
	}
}

// What is put off "until Tuesday", "rescheduled for" a day or given "until 5
// p.m. Friday" lies ahead whatever the tense of the verb; what "had been
// due to" happen on a day lies behind (regression: "had been due to expire
// Friday evening", read on a Monday, was the Friday to come).
func TestArrangedDayLiesAhead(t *testing.T) {
	const ref = "2025-08-21" // a Thursday
	tests := []struct{ name, sentence, want string }{
		{"postponed until", "The court postponed the hearing until Tuesday.", "[Tuesday=DATE:2025-08-26]"},
		{"gave until a clock time", "Officials gave the firm until 5 p.m. Friday to reply.", "[5 p.m. Friday=TIME:2025-08-22T17:00]"},
		{"scheduled a day", "The mayor has scheduled a news conference Monday.", "[Monday=DATE:2025-08-25]"},
		{"the day of the postponing", "The hearing was postponed on Tuesday because of a strike.", "[Tuesday=DATE:2025-08-19]"},
		{"for a reason, then the day", "The court postponed the hearing for security reasons on Tuesday.", "[Tuesday=DATE:2025-08-19]"},
		{"had been due to", "The offer had been due to expire on Monday.", "[Monday=DATE:2025-08-18]"},
		{"is due to", "The offer is due to expire on Monday.", "[Monday=DATE:2025-08-25]"},
		{"had been scheduled to", "The vote had been scheduled to take place on Monday.", "[Monday=DATE:2025-08-18]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := show(tc.sentence, Find(tc.sentence, day(ref), nil)); got != tc.want {
				t.Errorf("Find(%q) = %s, want %s", tc.sentence, got, tc.want)
			}
		})
	}
}
