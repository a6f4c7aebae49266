package syntax

import (
	"io"
	"strings"
	"testing"
)

// TestLabelTableIsTheModels: the embedded label table names the embedded
// model, so Default uses it; regenerate it (cmd/gen-labels) after
// retraining the model. A model file of other bytes gets no table.
func TestLabelTableIsTheModels(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if m.sure == nil {
		t.Fatal("the embedded label table was not made for the embedded model: run go run ./cmd/gen-labels")
	}
	other, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sure := other.sure
	defer func() { other.sure = sure }()
	other.sure = nil
	for _, c := range []struct {
		r    io.Reader
		want bool
	}{
		{strings.NewReader(modelFile[:len(modelFile)-1]), false},   // other bytes
		{struct{ io.Reader }{strings.NewReader(modelFile)}, false}, // cannot seek: unknown
		{strings.NewReader(modelFile), true},
	} {
		other.sure = nil
		id, err := modelIdentity(c.r)
		if err != nil {
			t.Fatal(err)
		}
		other.attachSureLabels(id)
		if (other.sure != nil) != c.want {
			t.Errorf("model %q: table attached %v, want %v", id, other.sure != nil, c.want)
		}
	}
	// Read to get the identity, the file is decoded from where it was.
	r := strings.NewReader(modelFile)
	m2, err := LoadModel(r, "copy")
	if err != nil || m2.sure == nil {
		t.Errorf("LoadModel of the embedded bytes: %v, table %v", err, m2 != nil && m2.sure != nil)
	}
}

// withTable parses words with m's label table replaced by the one text
// describes (a "model" line added), and returns the relations.
func withTable(t *testing.T, m *Model, text string, words []string) []string {
	t.Helper()
	tab, _, err := m.parseSureLabels("model\tx\n" + text)
	if err != nil {
		t.Fatal(err)
	}
	sure := m.sure
	defer func() { m.sure = sure }()
	m.sure = tab
	s := Sentence{Words: words}
	m.Parse(&s)
	return s.Rel
}

// TestLabelTableDecidesItsArcs: an arc whose key is in the table takes the
// table's label without the labeller (a deliberately wrong label shows
// it), by its tags or, under a key marked for words, by its word; the
// arcs of other keys and words are the labeller's.
func TestLabelTableDecidesItsArcs(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"The", "ferryman", "of", "Quillby", "sold", "a", "boat", "."}
	plain := withTable(t, m, "", words)
	if plain[5] != "det" || plain[0] != "det" {
		t.Fatalf("without a table: %v", plain)
	}
	byTags := withTable(t, m, "tags\tDET/DT\tNOUN/NN\tbefore,next,leaf\tnsubj\t1\n", words)
	if byTags[5] != "nsubj" || byTags[0] != "nsubj" {
		t.Errorf("by tags: the determiners' labels are %q and %q, want the table's nsubj", byTags[0], byTags[5])
	}
	byWord := withTable(t, m, "word\ta\tDET/DT\tNOUN/NN\tbefore,next,leaf\tnsubj\t1\n", words)
	if byWord[5] != "nsubj" || byWord[0] != "det" {
		t.Errorf("by word: %q (a) and %q (The), want nsubj from the table and det from the labeller", byWord[5], byWord[0])
	}
	apart := withTable(t, m, "tags\tDET/DT\tNOUN/NN\tbefore,apart,leaf\tnsubj\t1\n", words)
	if apart[5] != "det" {
		t.Errorf("a key of another arc shape labelled the arc: %q", apart[5])
	}
}

// TestLabelTableRejectsBadLines: a table that names an unknown tag or
// relation, or a word under a key decided by tags, is not used.
func TestLabelTableRejectsBadLines(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{
		"model\tx\ntags\tDET/XX\tNOUN/NN\tbefore,next,leaf\tdet\t1\n",
		"model\tx\ntags\tDET/DT\tNOUN/NN\tbefore,next,leaf\tnolabel\t1\n",
		"model\tx\ntags\tDET/DT\tNOUN/NN\tbefore,near,leaf\tdet\t1\n",
		"model\tx\ntags\tDET/DT\tNOUN/NN\tbefore,next,leaf\tdet\t1\nword\tthe\tDET/DT\tNOUN/NN\tbefore,next,leaf\tdet\t1\n",
		"tags\tDET/DT\tNOUN/NN\tbefore,next,leaf\tdet\t1\n",
	} {
		if _, _, err := m.parseSureLabels(text); err == nil {
			t.Errorf("accepted %q", text)
		}
	}
}

// TestLabelTableRows: a key over tags is kept with enough arcs and few
// enough labelled otherwise; under it, with Known, only the words seen
// often enough there, always with its label, are listed instead.
func TestLabelTableRows(t *testing.T) {
	c := &LabelCounts{keys: map[labelKey]map[int32]int{}}
	key := labelKey{dt: 1, ht: 2, a: arcShape{before: true, next: true, leaf: true}}
	c.keys[key] = map[int32]int{7: 998, 3: 2}
	word := func(w string, labels map[int32]int) {
		k := key
		k.word = w
		c.keys[k] = labels
	}
	word("zeb", map[int32]int{7: 30})
	word("quon", map[int32]int{7: 5})
	word("blik", map[int32]int{7: 24, 3: 1})
	rows := func(o LabelTableOptions) (out []string) {
		for _, r := range c.rows(o) {
			out = append(out, r.k.word+"="+string(rune('0'+r.l)))
		}
		return out
	}
	if got := rows(LabelTableOptions{MinArcs: 1000, Purity: 0.998}); len(got) != 1 || got[0] != "=7" {
		t.Errorf("by tags: %v, want the key alone", got)
	}
	if got := rows(LabelTableOptions{MinArcs: 1000, MinWordArcs: 100, Purity: 0.999}); len(got) != 0 {
		t.Errorf("2 of 1,000 labelled otherwise at purity 0.999: %v, want none", got)
	}
	if got := rows(LabelTableOptions{MinArcs: 1001, MinWordArcs: 100, Purity: 0.998}); len(got) != 0 {
		t.Errorf("too few arcs: %v, want none", got)
	}
	if got := rows(LabelTableOptions{MinArcs: 2000, MinWordArcs: 25, Purity: 0.998}); len(got) != 1 || got[0] != "zeb=7" {
		t.Errorf("under a key not kept: %v, want zeb alone (quon too rare, blik once otherwise)", got)
	}
	if got := rows(LabelTableOptions{MinArcs: 1000, Purity: 0.998, Known: 20}); len(got) != 1 || got[0] != "zeb=7" {
		t.Errorf("known words: %v, want zeb alone (quon too rare, blik once otherwise)", got)
	}
}
