package entity

import (
	"strings"
	"testing"
)

// TestWordClassesAsTheLists: a token's classes, read from wordClasses,
// are what asking each list says, for the lists' words, their forms with
// full stops and capitals, and ordinary words.
func TestWordClassesAsTheLists(t *testing.T) {
	words := []string{"", ".", "the", "said", "harbour", "minister", "her.", "named.", "leaders."}
	for _, m := range []map[string]bool{keys(pronounWords), appointVerbs, keys(honorifics), keys(extraAgents), titleDeterminers} {
		for w := range m {
			words = append(words, w, w+".", w+"..", strings.ToUpper(w), strings.TrimSuffix(w, "."))
		}
	}
	for _, w := range words {
		if got, want := wordClasses[w], classOf(w); got != want {
			t.Errorf("wordClasses[%q] = %04b; the lists say %04b", w, got, want)
		}
	}
	for w, c := range map[string]uint8{"mrs.": clsHonorific, "her": clsPronoun | clsTitleDet, "appointed": clsAppoint, "leader": clsAgent, "the": clsTitleDet, "dockside": 0} {
		if got := wordClasses[w]; got != c {
			t.Errorf("wordClasses[%q] = %04b; want %04b", w, got, c)
		}
	}
}

func keys[V any](m map[string]V) map[string]bool {
	out := make(map[string]bool, len(m))
	for k := range m {
		out[k] = true
	}
	return out
}
