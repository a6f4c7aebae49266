package amount

import (
	"strings"
	"testing"
)

func TestVagueBaseIsTheMap(t *testing.T) {
	words := []string{"", "s", "dozen", "dozens", "scores", "hundreds", "thousands", "millions", "billions",
		"trillions", "tens", "sixes", "harbours", "councils", "dozensx", "thousandss"}
	for w := range vague {
		words = append(words, w, strings.TrimSuffix(w, "s"), w+"s")
	}
	for _, w := range words {
		got, gok := vagueBase(w)
		want, wok := vague[w]
		if got != want || gok != wok {
			t.Errorf("vagueBase(%q) = %v, %v; want %v, %v", w, got, gok, want, wok)
		}
	}
}
