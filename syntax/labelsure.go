package syntax

import (
	_ "embed"
	"fmt"
	"hash/crc32"
	"io"
	"strconv"
	"strings"

	"dateline/internal/gzfile"
	pc "dateline/internal/perceptron"
	"dateline/internal/u64tab"
)

// Many arcs get the same label whatever their context: a determiner
// next to its noun, an adposition before its noun, a modal before its
// verb. The label table (model/labels.tsv.gz, made by cmd/gen-labels
// from the committed labeller's own labels of EWT train) lists the keys
// (dependent's tag, head's tag and arc shape, with or without the
// dependent's lower-case word) whose arcs the labeller labelled one way
// (nearly) every time; an arc with such a key takes that label and skips
// the labeller's ~37 lookups. The table agrees with the labeller, not
// with the gold labels, so that the parses stay the labeller's. It
// names the model it was made with (the CRC-32 and length of the model
// file): another model gets no table.

//go:embed model/labels.tsv.gz
var labelsGz []byte

// sureByWord marks, in byTag, a key whose words decide (byWord).
const sureByWord = -1

// sureLabels is a label table resolved against a model's tags and
// relations.
type sureLabels struct {
	nt int32
	// byTag holds, for each (dependent's tag, head's tag, arc shape),
	// its label + 1; 0 for none, sureByWord when its words decide.
	byTag []int16
	// byWord holds sureWordKey -> label + 1 for the words listed; a
	// word not listed under a key marked sureByWord goes to the labeller.
	byWord *u64tab.Table[int16]
}

// arcShape is the arc's direction, whether its words are next to each
// other and whether the dependent has no dependents of its own.
type arcShape struct{ before, next, leaf bool }

// String is the shape as the table writes it: "before,next,leaf".
func (a arcShape) String() string {
	pick := func(b bool, yes, no string) string {
		if b {
			return yes
		}
		return no
	}
	return pick(a.before, "before", "after") + "," + pick(a.next, "next", "apart") + "," + pick(a.leaf, "leaf", "kids")
}

func parseArcShape(s string) (arcShape, bool) {
	for b := range 8 {
		a := arcShape{before: b&1 != 0, next: b&2 != 0, leaf: b&4 != 0}
		if a.String() == s {
			return a, true
		}
	}
	return arcShape{}, false
}

func (a arcShape) bits() int {
	b := 0
	if a.before {
		b |= 1
	}
	if a.next {
		b |= 2
	}
	if a.leaf {
		b |= 4
	}
	return b
}

// sureIndex is the byTag slot of the arc from a head tagged ht to a
// dependent tagged dt.
func (t *sureLabels) sureIndex(dt, ht int32, a arcShape) int {
	return int(dt*t.nt+ht)*8 + a.bits()
}

// sureWordKey is byWord's key for a dependent's lower-case hash under the
// byTag slot i.
func sureWordKey(lower uint64, i int) uint64 { return pc.Hash2(0x1ab, lower, uint64(i)) }

// get returns the label of the arc from a head tagged ht to a dependent
// tagged dt with lower-case hash lower, -1 when the labeller must decide.
func (t *sureLabels) get(lower uint64, dt, ht int32, a arcShape) int32 {
	i := t.sureIndex(dt, ht, a)
	v := t.byTag[i]
	if v == sureByWord {
		v = t.byWord.Value(sureWordKey(lower, i))
	}
	return int32(v) - 1
}

// modelIdentity returns what a label table's "model" line names for the
// model file r holds from where it is (its CRC-32 and length), and puts r
// back there; "" when r cannot seek. It reads the file before the model
// is decoded, not alongside: the decoding inflates ahead on a goroutine
// of its own.
func modelIdentity(r io.Reader) (string, error) {
	rs, ok := r.(io.ReadSeeker)
	if !ok {
		return "", nil
	}
	at, err := rs.Seek(0, io.SeekCurrent)
	if err != nil {
		return "", nil
	}
	crc, n := crc32.NewIEEE(), int64(0)
	buf := make([]byte, 64<<10)
	for {
		k, err := rs.Read(buf)
		crc.Write(buf[:k])
		n += int64(k)
		if err == io.EOF {
			break
		}
		if err != nil {
			return "", err
		}
	}
	if _, err := rs.Seek(at, io.SeekStart); err != nil {
		return "", err
	}
	return fmt.Sprintf("crc32=%08x bytes=%d", crc.Sum32(), n), nil
}

// attachSureLabels gives m the embedded label table when it was made for
// the model file of identity id; otherwise (another model, or a table
// that does not parse) none, and every arc goes to the labeller.
func (m *Model) attachSureLabels(id string) {
	if id == "" || len(labelsGz) == 0 {
		return
	}
	text, err := gzfile.Text(labelsGz)
	if err != nil {
		return
	}
	t, model, err := m.parseSureLabels(text)
	if err != nil || model != id {
		return
	}
	m.sure = t
}

// parseSureLabels reads a label table's text against m's tags and
// relations, and returns it with the model identity it names.
func (m *Model) parseSureLabels(text string) (*sureLabels, string, error) {
	tags := map[string]int32{}
	for i, tg := range m.tags {
		tags[tg.UPOS+"/"+tg.XPOS] = int32(i)
	}
	rels := map[string]int16{}
	for i, r := range m.rels {
		rels[r] = int16(i)
	}
	t := &sureLabels{nt: int32(len(m.tags)), byTag: make([]int16, 8*len(m.tags)*len(m.tags)), byWord: u64tab.New[int16](64)}
	var model string
	for line := range strings.Lines(text) {
		f := strings.Split(strings.TrimRight(line, "\n"), "\t")
		if f[0] == "" || strings.HasPrefix(f[0], "#") {
			continue
		}
		if f[0] == "model" && len(f) == 2 {
			model = f[1]
			continue
		}
		word := ""
		if f[0] == "word" && len(f) == 7 {
			word, f = f[1], f[1:]
		} else if f[0] != "tags" || len(f) != 6 {
			return nil, "", fmt.Errorf("label table: bad line %q", line)
		}
		dt, okd := tags[f[1]]
		ht, okh := tags[f[2]]
		l, okl := rels[f[4]]
		a, oka := parseArcShape(f[3])
		if !okd || !okh || !okl || !oka {
			return nil, "", fmt.Errorf("label table: unknown tag, arc shape or relation in %q", line)
		}
		if _, err := strconv.Atoi(f[5]); err != nil {
			return nil, "", fmt.Errorf("label table: bad count in %q", line)
		}
		i := t.sureIndex(dt, ht, a)
		v := t.byTag[i]
		if (word == "" && v != 0) || (word != "" && v > 0) {
			return nil, "", fmt.Errorf("label table: a key both by tags and by words, or twice, in %q", line)
		}
		if word == "" {
			t.byTag[i] = l + 1
			continue
		}
		t.byTag[i] = sureByWord
		t.byWord.Put(sureWordKey(lowerHash(fnvOffset, word), i), l+1)
	}
	if model == "" {
		return nil, "", fmt.Errorf("label table: no model line")
	}
	return t, model, nil
}

// shape is the arc h -> d's arcShape now (d's subtree is complete when
// the arc is made).
func (s *state) shape(d, h int32) arcShape {
	return arcShape{before: d < h, next: d == h-1 || d == h+1, leaf: s.lc1[d] < 0 && s.rc1[d] < 0}
}
