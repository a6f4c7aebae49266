package entity

import (
	"slices"
	"testing"
)

// A name a hard-wrapped text breaks over two lines is named on one line.
func TestNameOverLineWrap(t *testing.T) {
	d := read(t, "MILLBROOK, May 4 - Calder Mills Inc said its finance director Tomas\n"+
		"Brek would retire in June after ten years with the company.\n"+
		"    The Ruritanian wool\n"+
		"producers said prices would hold.\n")
	var names []string
	for _, e := range d.Entities {
		names = append(names, e.Name)
	}
	for _, want := range []string{"Tomas Brek", "Ruritanian wool producers"} {
		if !slices.Contains(names, want) {
			t.Errorf("entities %q, want one named %q", names, want)
		}
	}
}
