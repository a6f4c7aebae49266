package event_test

import (
	"testing"
	"time"
)

// A title the parser left as a subject of its own before the person's
// name ("Secretary of State X met …" parsed with two subjects) is the
// person's: the event's actor is the person, with his code, not the
// title coded ---GOV with no entity (regression).
func TestNameAfterTitleIsTheActor(t *testing.T) {
	for _, body := range []string{
		"Talks in Cairo\n\nSecretary of State Condoleezza Rice met the Egyptian foreign minister in Cairo on Tuesday.\n",
		"Talks in Jerusalem\n\nSecretary of State Colin Powell met the Israeli prime minister in Jerusalem on Sunday.\n",
	} {
		d := analyse(t, body, time.Date(2005, 3, 10, 0, 0, 0, 0, time.UTC))
		codes := actorCodes(d)
		if _, ok := codes["Secretary of State"]; ok {
			t.Errorf("%q: the title is an actor of its own: %v", body, codes)
		}
		found := false
		for name, cs := range codes {
			for _, c := range cs {
				if len(c) >= 3 && c[:3] == "USA" && name != "Secretary of State" {
					found = true
				}
			}
		}
		if !found {
			t.Errorf("%q: no US person among the actors: %v", body, codes)
		}
	}
}
