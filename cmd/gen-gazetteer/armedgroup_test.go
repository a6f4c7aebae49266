package main

import (
	"reflect"
	"strings"
	"testing"
)

// TestArmedGroupIsNoPerson: an armed group's open dated code makes no
// person of it, and the leaders its block lists stay people (regression:
// "THE_ISLAMIC_STATE [IMGMUSISI >20130408]" was filed as a person, and
// the tagger typed "Islamic State" PERSON).
func TestArmedGroupIsNoPerson(t *testing.T) {
	const in = `NORTHERN_HAND_
+NORTHERN_HAND_OF_ARNOR_
+ABU_TARIQ_AL-ARNORI_
+MARCUS_VELD_
+AL-HAND_IN_ARNOR_
	[IMGARNHND >20100101]
VELD_RIDERS_BRIGADE_
	[GONREB >20100101]
OSWIN_HARL_
	[GONREB 19900101-20050101]
AL_HAND_
	[IMGARNHND]
`
	groups, _, err := parseActors(strings.NewReader(in), "test.actors")
	if err != nil {
		t.Fatal(err)
	}
	b := &builder{givenNames: map[string]bool{"marcus": true, "oswin": true, "al": true}, commonWords: map[string]bool{"hand": true}}
	persons := map[string]bool{}
	for _, g := range groups {
		persons[g.names[0]] = b.isPerson(g)
	}
	want := map[string]bool{"NORTHERN_HAND_": false, "VELD_RIDERS_BRIGADE_": false, "OSWIN_HARL_": true, "AL_HAND_": false}
	if !reflect.DeepEqual(persons, want) {
		t.Errorf("isPerson = %v, want %v", persons, want)
	}
	group, leaders := b.splitLeaders(groups[0])
	if got, want := leaders.names, []string{"ABU_TARIQ_AL-ARNORI_", "MARCUS_VELD_"}; !reflect.DeepEqual(got, want) {
		t.Errorf("leaders = %q, want %q", got, want)
	}
	if got, want := group.names, []string{"NORTHERN_HAND_", "NORTHERN_HAND_OF_ARNOR_", "AL-HAND_IN_ARNOR_"}; !reflect.DeepEqual(got, want) {
		t.Errorf("group = %q, want %q", got, want)
	}
	if _, leaders := b.splitLeaders(groups[2]); len(leaders.names) != 0 {
		t.Errorf("a person's block split: %q", leaders.names)
	}
}
