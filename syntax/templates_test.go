package syntax

import (
	"slices"
	"testing"
)

// TestEveryTemplateIsComputed: each template of a model's order is set by
// bufferFeatures (exactly the bufferTemplates) or by stateFeatures (the
// others), so that gathering never reads a stale or missing feature, and
// the buffer's depend on the buffer front alone.
func TestEveryTemplateIsComputed(t *testing.T) {
	words := []string{"Officials", "cautioned", "reporters", "on", "Tuesday", "."}
	m := tinyModel(t)
	m.allTemplates, m.senses, m.tagClusters, m.parseClusters = true, true, true, true
	if err := m.finish(); err != nil {
		t.Fatal(err)
	}
	sc, s := afterTwoShifts(m, words)
	var inState, buffer parseVec
	m.stateFeatures(&inState, &sc.x, s)
	bufferFeatures(&buffer, &sc.x, s.b)
	order := m.parseOrder()
	if got, want := len(order), 65+48+8+10; got != want {
		t.Fatalf("got %d templates in the order, want %d", got, want)
	}
	for _, tpl := range order {
		inBuffer := slices.Contains(bufferTemplates, tpl)
		if got := buffer[tpl] != 0; got != inBuffer {
			t.Errorf("template %d: set by bufferFeatures = %v, want %v", tpl, got, inBuffer)
		}
		if got := inState[tpl] != 0; got == inBuffer {
			t.Errorf("template %d: set by stateFeatures = %v, want %v", tpl, got, !inBuffer)
		}
	}
	// Another configuration with the same buffer front: the stack and
	// arcs differ, the buffer's features do not.
	s.apply(right, 0)
	var again parseVec
	bufferFeatures(&again, &sc.x, s.b)
	if again != buffer {
		t.Errorf("the buffer's features changed with the stack")
	}
}

// TestDroppedTemplatePastTheOrderIsAnError: a list of dropped templates
// that names a position the model's templates do not have is refused.
func TestDroppedTemplatePastTheOrderIsAnError(t *testing.T) {
	m := tinyModel(t)
	m.parseDrop = make([]bool, maxParseFeatures)
	m.parseDrop[65] = true // a fast parser has 65 templates: 0 to 64
	if err := m.setTemplates(); err == nil {
		t.Errorf("dropping template 65 of 65: got no error")
	}
	m.parseDrop[65], m.parseDrop[64] = false, true
	if err := m.setTemplates(); err != nil {
		t.Errorf("dropping template 64 of 65: %v", err)
	}
}

// TestDropsAfterTrainingAddToThoseBefore: templates left out after
// training join those the model was trained without, and a position past
// the model's templates is refused.
func TestDropsAfterTrainingAddToThoseBefore(t *testing.T) {
	before := make([]bool, maxParseFeatures)
	before[2] = true
	tests := []struct {
		name    string
		drop    []bool
		pos     []int
		want    []int // dropped positions; nil for an error
		wantErr bool
	}{
		{"none after", before, nil, []int{2}, false},
		{"more after", before, []int{5, 7}, []int{2, 5, 7}, false},
		{"none before", nil, []int{5}, []int{5}, false},
		{"past the templates", before, []int{65}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := addDrops(tt.drop, "parser", tt.pos, 65)
			if (err != nil) != tt.wantErr {
				t.Fatalf("addDrops error = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr {
				return
			}
			var pos []int
			for i, d := range got {
				if d {
					pos = append(pos, i)
				}
			}
			if !slices.Equal(pos, tt.want) {
				t.Errorf("dropped %v, want %v", pos, tt.want)
			}
		})
	}
}

// afterTwoShifts readies m's scratch for words (every tag 0, each word its
// own lemma) and returns the state after two shifts, where the feature
// tests read the templates.
func afterTwoShifts(m *Model, words []string) (*scratch, *state) {
	sc := m.getScratch()
	m.prepare(sc, words)
	tags := make([]int32, len(words))
	m.setSent(&sc.x, sc.ws, tags)
	m.setClasses(&sc.x, sc.ws, tags, words, words)
	s := &state{}
	s.reset(len(words))
	s.apply(shift, -1)
	s.apply(shift, -1)
	return sc, s
}
