package event

import "dateline/text"

// dropRestatedHeadline drops each event of the headline that the body
// codes again with the same code and actors: "Kenya and Tanzania sign
// water accord" and "Kenya and Tanzania signed a water-sharing accord on
// Tuesday" are one signing, and a count of events would count it twice.
// The body's record stays, with its evidence and the date of its clause;
// a headline event the body does not restate stays too, as GDELT keeps
// the event of a headline.
func dropRestatedHeadline(d *text.Document, events []text.Event) []text.Event {
	end := d.HeadlineEnd()
	if end == 0 {
		return events
	}
	keep := 0
	for _, e := range events {
		if e.End > end || !restated(e, events, end) {
			events[keep] = e
			keep++
		}
	}
	return events[:keep]
}

// restated reports whether an event after byte end has e's code and
// actors.
func restated(e text.Event, events []text.Event, end int) bool {
	for _, b := range events {
		if b.Start >= end && b.Code == e.Code && sameActor(b.Actor1, e.Actor1) && sameActor(b.Actor2, e.Actor2) {
			return true
		}
	}
	return false
}

// sameActor: the same code, and the same entity when both have one.
func sameActor(a, b text.Actor) bool {
	return a.Code == b.Code && (a.Entity < 0 || b.Entity < 0 || a.Entity == b.Entity)
}
