package event_test

import (
	"strings"
	"testing"
	"time"
)

// A headline event the body codes again with the same code and actors is
// one event, recorded with the body's evidence; one the body does not
// restate is kept.
func TestHeadlineRestatedByTheBody(t *testing.T) {
	const head = "Kenya and Tanzania sign water accord\n\n"
	tests := []struct {
		name, body string
		fromHead   int // 057 events whose evidence is in the headline
		fromBody   int
	}{
		{"restated in the lede", "NAIROBI, March 3 (Reuters) - Kenya signed a water-sharing accord with Tanzania on Tuesday.\n", 0, 2},
		{"not restated", "The ministers of both countries met in Mombasa on Monday to discuss the river.\n", 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, head+tt.body, time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC))
			inHead, inBody := 0, 0
			var got []string
			for _, e := range d.Events {
				got = append(got, e.Code+" "+d.Slice(e.Span))
				switch {
				case e.Code != "057":
				case e.End <= len(strings.TrimSpace(head)):
					inHead++
				default:
					inBody++
				}
			}
			if inHead != tt.fromHead || inBody != tt.fromBody {
				t.Errorf("057 events from the headline %d, from the body %d; want %d, %d (events %q)", inHead, inBody, tt.fromHead, tt.fromBody, got)
			}
		})
	}
}
