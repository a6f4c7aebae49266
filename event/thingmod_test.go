package event_test

import (
	"strings"
	"testing"
	"time"
)

// An adjective that is also an agent word says what kind of thing its head
// is ("criminal charges", "military action"): no actor. On a head that
// names people it stays their role ("military officials", "Christian
// groups").
func TestThingModifierIsNoActor(t *testing.T) {
	const body = "Court report\n\nThe two traders are facing criminal charges over the loss of the pension fund. " +
		"The government threatened military action against the rebels on Monday. " +
		"Military officials criticized the rebels on Tuesday. Christian groups criticized the government on Wednesday.\n"
	d := analyse(t, body, time.Date(2025, 6, 10, 0, 0, 0, 0, time.UTC))
	roles, groups := false, false
	for _, e := range d.Events {
		for _, a := range []string{e.Actor1.Code, e.Actor2.Code} {
			if strings.Contains(a, "CRM") || a == "---MILREB" {
				t.Errorf("event %s %s -> %s gives the adjective a role: %q", e.Code, e.Actor1.Code, e.Actor2.Code, a)
			}
		}
		roles = roles || e.Actor1.Code == "---MIL"
		groups = groups || e.Actor1.Code == "---CHR"
	}
	if !roles || !groups {
		t.Errorf("military officials or Christian groups lost their role: %+v", d.Events)
	}
}
