package syntax

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// LabelCounts are the labels a model's labeller gave, per key of the
// label table (labelsure.go), along its own parses of some sentences.
type LabelCounts struct {
	m    *Model
	keys map[labelKey]map[int32]int
	// Arcs is the number of arcs the labeller labelled.
	Arcs int
}

// labelKey is a key of the label table: word "" for the tags alone.
type labelKey struct {
	word   string
	dt, ht int32
	a      arcShape
}

// CountLabels parses each sentence (gold tokens, the pipeline's tags) as
// Parse does, with every arc labelled by the labeller, and counts the
// labels per key. It is not safe to call while m parses elsewhere.
func (m *Model) CountLabels(sents [][]string) *LabelCounts {
	c := &LabelCounts{m: m, keys: map[labelKey]map[int32]int{}}
	sure := m.sure
	m.sure = nil
	defer func() { m.sure = sure }()
	m.eachArc(sents, func(sc *scratch, words []string, d, h int32) {
		c.Arcs++
		k := labelKey{dt: sc.tags[d], ht: sc.tags[h], a: sc.st.shape(d, h)}
		c.add(k, sc.st.rel[d])
		// A word key only where its hash is the lower-case form's,
		// which the table's loader hashes.
		if w := strings.ToLower(words[d]); lowerHash(fnvOffset, w) == sc.ws[d+2].lower && !strings.ContainsAny(w, "\t\n") {
			k.word = w
			c.add(k, sc.st.rel[d])
		}
	})
	return c
}

// eachArc parses each sentence (gold tokens, the pipeline's tags) as
// Parse does and calls visit with every arc below the root: dependent d,
// head h, and the scratch that holds the parse.
func (m *Model) eachArc(sents [][]string, visit func(sc *scratch, words []string, d, h int32)) {
	for _, words := range sents {
		s := Sentence{Words: words}
		sc := m.tagInto(&s)
		if sc == nil {
			continue
		}
		n := len(words)
		sc.words, sc.lemma = s.Words, s.Lemma
		m.parse(sc, n)
		sc.words, sc.lemma = nil, nil
		for d := range int32(n) {
			if h := sc.st.head[d]; int(h) < n {
				visit(sc, words, d, h)
			}
		}
		m.pool.Put(sc)
	}
}

func (c *LabelCounts) add(k labelKey, l int32) {
	t := c.keys[k]
	if t == nil {
		t = map[int32]int{}
		c.keys[k] = t
	}
	t[l]++
}

// LabelTableOptions are the thresholds of a label table: a key is kept
// when it had at least MinArcs arcs (MinWordArcs for a word key) and at
// least Purity of them had its most frequent label.
type LabelTableOptions struct {
	MinArcs, MinWordArcs int
	Purity               float64
	// Known, if not 0, keeps under a key kept by tags only the words
	// seen at least Known times under it, always with its label: a word
	// the labeller never labelled there goes to it.
	Known int
}

// labelRow is a kept key, its label and its arcs.
type labelRow struct {
	k    labelKey
	l    int32
	arcs int
}

// rows returns the kept keys: those over tags, then word keys under the
// tag keys not kept.
func (c *LabelCounts) rows(o LabelTableOptions) []labelRow {
	sure := func(t map[int32]int, min int) (int32, int, bool) {
		n, best, bl := 0, 0, int32(-1)
		for l, k := range t {
			n += k
			if k > best || (k == best && l < bl) {
				best, bl = k, l
			}
		}
		return bl, n, n >= min && float64(best) >= o.Purity*float64(n)
	}
	var rows []labelRow
	byTags := map[labelKey]int32{}
	for k, t := range c.keys {
		if k.word == "" {
			if l, n, ok := sure(t, o.MinArcs); ok {
				if o.Known == 0 {
					rows = append(rows, labelRow{k, l, n})
				}
				byTags[k] = l
			}
		}
	}
	for k, t := range c.keys {
		if k.word == "" {
			continue
		}
		if kl, ok := byTags[labelKey{dt: k.dt, ht: k.ht, a: k.a}]; ok {
			n := 0
			for _, x := range t {
				n += x
			}
			if o.Known > 0 && t[kl] == n && n >= o.Known {
				rows = append(rows, labelRow{k, kl, n})
			}
		} else if l, n, ok := sure(t, o.MinWordArcs); ok {
			rows = append(rows, labelRow{k, l, n})
		}
	}
	return rows
}

// WriteTable writes the label table of the kept keys, for the model file
// named by model (modelIdentity), with a header of comment lines,
// and returns the number of keys and the arcs they cover.
func (c *LabelCounts) WriteTable(w io.Writer, o LabelTableOptions, model string, header []string) (keys, arcs int, err error) {
	var lines []string
	for _, r := range c.rows(o) {
		dt, ht := c.m.tags[r.k.dt], c.m.tags[r.k.ht]
		line := fmt.Sprintf("%s/%s\t%s/%s\t%s\t%s\t%d", dt.UPOS, dt.XPOS, ht.UPOS, ht.XPOS, r.k.a, c.m.rels[r.l], r.arcs)
		if r.k.word != "" {
			line = "word\t" + r.k.word + "\t" + line
		} else {
			line = "tags\t" + line
		}
		lines = append(lines, line)
		arcs += r.arcs
	}
	// Tag keys first, each group in a fixed order.
	slices.SortFunc(lines, func(a, b string) int {
		if (a[0] == 't') != (b[0] == 't') {
			if a[0] == 't' {
				return -1
			}
			return 1
		}
		return strings.Compare(a, b)
	})
	var b strings.Builder
	for _, h := range header {
		b.WriteString("# " + h + "\n")
	}
	b.WriteString("model\t" + model + "\n")
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	_, err = io.WriteString(w, b.String())
	return len(lines), arcs, err
}

// ModelIdentity returns the identity of the model file at path that a
// label table names.
func ModelIdentity(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return modelIdentity(f)
}
