package syntax

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"

	"dateline/internal/gzfile"
	pc "dateline/internal/perceptron"
	"dateline/internal/u64tab"
)

// modelMagic heads a model file of a fast parser; modelMagicAll one whose
// parser also uses the templates of extraFeatures; modelMagicSenses one
// whose parser and labeller also use the word classes of senses.go;
// modelMagicFlags one followed by flags saying which features its models
// use (the word clusters of clusters.go among them).
const (
	modelMagic       = "DLSYNTAX2\n"
	modelMagicAll    = "DLSYNTAX1\n"
	modelMagicSenses = "DLSYNTAX3\n"
	modelMagicFlags  = "DLSYNTAX4\n"
)

// Feature flags of a DLSYNTAX4 model.
const (
	flagAllTemplates = 1 << iota
	flagSenses
	flagTagClusters
	flagParseClusters
	flagParseDrop // followed by the positions of the dropped parser features
	flagLabelDrop // followed by those of the dropped labeller features
	flagTagLex    // the tagger uses the tag lexicon of taglex.go
	knownFlags    = 1<<iota - 1
)

// maxParseFeatures bounds the number of features of a parser
// configuration (all templates of all kinds).
const maxParseFeatures = 256

// ErrModelFormat is wrapped by every error about a malformed model file.
var ErrModelFormat = errors.New("malformed syntax model")

// Write writes the model Zstandard-compressed (gzfile.NewModelWriter).
// The same model always gives the same bytes.
func (m *Model) Write(w io.Writer) error {
	zw, err := gzfile.NewModelWriter(w)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	e := &enc{w: bw}
	if m.tagClusters || m.parseClusters || m.tagLex || m.parseDrop != nil || m.labelDrop != nil {
		e.bytes([]byte(modelMagicFlags))
		e.uvarint(m.flags())
		for _, list := range [][]bool{m.parseDrop, m.labelDrop} {
			if list == nil {
				continue
			}
			var drop []uint64
			for i, d := range list {
				if d {
					drop = append(drop, uint64(i))
				}
			}
			e.uvarint(uint64(len(drop)))
			for _, i := range drop {
				e.uvarint(i)
			}
		}
	} else if m.senses {
		e.bytes([]byte(modelMagicSenses))
	} else if m.allTemplates {
		e.bytes([]byte(modelMagicAll))
	} else {
		e.bytes([]byte(modelMagic))
	}
	e.uvarint(uint64(len(m.tags)))
	for _, t := range m.tags {
		e.str(t.UPOS)
		e.str(t.XPOS)
	}
	e.uvarint(uint64(len(m.rels)))
	for _, r := range m.rels {
		e.str(r)
	}
	e.uvarint(uint64(m.rootRel))
	// Ambiguity classes: a table of the distinct classes, then per word
	// its class's number.
	keys := sortedKeys(m.amb)
	var classes []uint64
	classID := map[uint64]uint64{}
	for _, k := range keys {
		if _, ok := classID[m.amb.Value(k)]; !ok {
			classID[m.amb.Value(k)] = uint64(len(classes))
			classes = append(classes, m.amb.Value(k))
		}
	}
	e.uvarint(uint64(len(classes)))
	for _, c := range classes {
		e.u64(c)
	}
	e.keys(keys, func(k uint64) { e.uvarint(classID[m.amb.Value(k)]) })
	e.keys(sortedKeys(m.dict), func(k uint64) { e.uvarint(uint64(m.dict.Value(k))) })
	e.keys(sortedKeys(m.lemmas.except), func(k uint64) { e.str(m.lemmas.except.Value(k)) })
	e.keys(sortedKeys(m.lemmas.rules), func(k uint64) {
		r := m.lemmas.rules.Value(k)
		e.uvarint(uint64(r.strip))
		e.str(r.add)
	})
	for _, pm := range []*pc.Model{m.tagger, m.tagger2, m.parser, m.labeler} {
		if pm == nil {
			e.uvarint(0)
			continue
		}
		e.uvarint(1)
		if e.err == nil {
			_, e.err = pm.WriteTo(bw)
		}
	}
	if e.err != nil {
		return e.err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// flags returns the feature flags of m for a DLSYNTAX4 header.
func (m *Model) flags() uint64 {
	var f uint64
	for _, b := range []struct {
		on   bool
		flag uint64
	}{{m.allTemplates, flagAllTemplates}, {m.senses, flagSenses}, {m.tagClusters, flagTagClusters}, {m.parseClusters, flagParseClusters}, {m.parseDrop != nil, flagParseDrop}, {m.labelDrop != nil, flagLabelDrop}, {m.tagLex, flagTagLex}} {
		if b.on {
			f |= b.flag
		}
	}
	return f
}

func sortedKeys[V any](t *u64tab.Table[V]) []uint64 {
	keys := make([]uint64, 0, t.Len())
	t.All(func(k uint64, _ V) { keys = append(keys, k) })
	slices.Sort(keys)
	return keys
}

type enc struct {
	w   *bufio.Writer
	err error
	buf [binary.MaxVarintLen64]byte
}

func (e *enc) bytes(b []byte) {
	if e.err == nil {
		_, e.err = e.w.Write(b)
	}
}
func (e *enc) uvarint(v uint64) { e.bytes(e.buf[:binary.PutUvarint(e.buf[:], v)]) }
func (e *enc) u64(v uint64)     { e.bytes(binary.LittleEndian.AppendUint64(e.buf[:0], v)) }
func (e *enc) str(s string) {
	e.uvarint(uint64(len(s)))
	e.bytes([]byte(s))
}

// keys writes sorted map keys delta-coded, each followed by its value.
func (e *enc) keys(keys []uint64, val func(uint64)) {
	e.uvarint(uint64(len(keys)))
	var prev uint64
	for _, k := range keys {
		e.uvarint(k - prev)
		prev = k
		val(k)
	}
}

// ReadModel reads a model written by Write; name is used in errors.
func ReadModel(r io.Reader, name string) (*Model, error) { return readModel(r, name, false) }

// LoadModel reads a model only to parse with, as Default does: its
// perceptrons keep no copy of their keys (pc.ReadCompact; about 18 MB less
// for a 3-parser model), so it cannot be written again. It gets the
// label table (labelsure.go) when the table was made for this model file.
func LoadModel(r io.Reader, name string) (*Model, error) {
	id, err := modelIdentity(r)
	if err != nil {
		return nil, fmt.Errorf("syntax model %q: %w", name, err)
	}
	m, err := readModel(r, name, true)
	if err == nil {
		m.attachSureLabels(id)
	}
	return m, err
}

func readModel(r io.Reader, name string, compact bool) (*Model, error) {
	zr, err := gzfile.NewModelReader(r)
	if err != nil {
		return nil, fmt.Errorf("syntax model %q: %w (%v)", name, ErrModelFormat, err)
	}
	// Inflated on a goroutine of its own, a little ahead of the decoding;
	// the tagger's lexicons, which finish waits for, on another.
	go func() { wordnet(); senses() }()
	ahead := gzfile.NewAhead(zr)
	defer ahead.Close()
	d := &dec{r: bufio.NewReader(ahead), compact: compact}
	m, err := d.model(name)
	if err != nil {
		return nil, fmt.Errorf("syntax model %q: %w", name, err)
	}
	return m, nil
}

type dec struct {
	r       *bufio.Reader
	err     error
	compact bool // read the perceptrons with pc.ReadCompact
}

func (d *dec) fail(what string, err error) {
	if d.err == nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		d.err = fmt.Errorf("%s: %w (%v)", what, ErrModelFormat, err)
	}
}

func (d *dec) uvarint(what string, limit uint64) uint64 {
	if d.err != nil {
		return 0
	}
	v, err := binary.ReadUvarint(d.r)
	if err != nil || v > limit {
		d.fail(what, err)
		return 0
	}
	return v
}

func (d *dec) u64(what string) uint64 {
	var b [8]byte
	if d.err == nil {
		if _, err := io.ReadFull(d.r, b[:]); err != nil {
			d.fail(what, err)
		}
	}
	return binary.LittleEndian.Uint64(b[:])
}

func (d *dec) str(what string) string {
	n := d.uvarint(what, 1<<16)
	if d.err != nil {
		return ""
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(d.r, b); err != nil {
		d.fail(what, err)
	}
	return string(b)
}

func (d *dec) keys(what string, val func(k uint64)) {
	n := d.uvarint(what+" count", 1<<24)
	var k uint64
	for i := uint64(0); i < n && d.err == nil; i++ {
		k += d.uvarint(what, 1<<64-1)
		val(k)
	}
}

func (d *dec) model(name string) (*Model, error) {
	head := make([]byte, len(modelMagic))
	if _, err := io.ReadFull(d.r, head); err != nil {
		return nil, fmt.Errorf("no syntax model header: %w", ErrModelFormat)
	}
	m := &Model{amb: u64tab.New[uint64](0), dict: u64tab.New[int32](0), lemmas: newLemmatizer()}
	switch string(head) {
	case modelMagic:
	case modelMagicAll:
		m.allTemplates = true
	case modelMagicSenses:
		m.allTemplates, m.senses = true, true
	case modelMagicFlags:
		f := d.uvarint("feature flags", knownFlags)
		if d.err != nil {
			return nil, d.err
		}
		m.allTemplates, m.senses = f&flagAllTemplates != 0, f&flagSenses != 0
		m.tagClusters, m.parseClusters = f&flagTagClusters != 0, f&flagParseClusters != 0
		m.tagLex = f&flagTagLex != 0
		if f&flagParseDrop != 0 {
			m.parseDrop = d.dropList("dropped parser feature")
		}
		if f&flagLabelDrop != 0 {
			m.labelDrop = d.dropList("dropped labeller feature")
		}
		if d.err != nil {
			return nil, d.err
		}
	default:
		return nil, fmt.Errorf("no syntax model header: %w", ErrModelFormat)
	}
	nt := d.uvarint("tag count", 1<<15)
	for i := uint64(0); i < nt && d.err == nil; i++ {
		m.tags = append(m.tags, Tag{d.str("tag"), d.str("tag")})
	}
	nr := d.uvarint("relation count", 1<<15)
	for i := uint64(0); i < nr && d.err == nil; i++ {
		m.rels = append(m.rels, d.str("relation"))
	}
	if d.err == nil && (nt == 0 || nr == 0) {
		d.fail("no tags or relations", nil)
	}
	m.rootRel = int32(d.uvarint("root relation", max(nr, 1)-1))
	nc := d.uvarint("ambiguity class count", 1<<20)
	classes := make([]uint64, 0, min(nc, 1<<12))
	for i := uint64(0); i < nc && d.err == nil; i++ {
		classes = append(classes, d.u64("ambiguity class"))
	}
	d.keys("ambiguity", func(k uint64) {
		if c := d.uvarint("ambiguity class", max(nc, 1)-1); d.err == nil {
			m.amb.Put(k, classes[c])
		}
	})
	d.keys("dictionary", func(k uint64) { m.dict.Put(k, int32(d.uvarint("dictionary tag", max(nt, 1)-1))) })
	d.keys("lemma exception", func(k uint64) { m.lemmas.except.Put(k, d.str("lemma")) })
	d.keys("lemma rule", func(k uint64) {
		strip := d.uvarint("lemma rule", 255)
		m.lemmas.rules.Put(k, rule{strip: uint8(strip), add: d.str("lemma rule")})
	})
	if d.err != nil {
		return nil, d.err
	}
	want := []int{len(m.tags), len(m.tags), nActions, len(m.rels)}
	models := make([]*pc.Model, 4)
	for i := range models {
		if d.uvarint("model flag", 1) == 0 {
			if d.err == nil && i != 1 {
				return nil, fmt.Errorf("model %d missing: %w", i, ErrModelFormat)
			}
			continue
		}
		if d.err != nil {
			return nil, d.err
		}
		read := pc.Read
		if d.compact {
			read = pc.ReadCompact
		}
		pm, err := read(d.r, name)
		if err != nil {
			return nil, err
		}
		if pm.Classes() != want[i] {
			return nil, fmt.Errorf("model %d has %d classes, want %d: %w", i, pm.Classes(), want[i], ErrModelFormat)
		}
		models[i] = pm
	}
	m.tagger, m.tagger2, m.parser, m.labeler = models[0], models[1], models[2], models[3]
	if err := m.finish(); err != nil {
		return nil, err
	}
	return m, nil
}

// dropList reads a list of dropped template positions.
func (d *dec) dropList(what string) []bool {
	n := d.uvarint(what+"s", maxParseFeatures)
	drop := make([]bool, maxParseFeatures)
	for i := uint64(0); i < n && d.err == nil; i++ {
		drop[d.uvarint(what, maxParseFeatures-1)] = true
	}
	return drop
}

// finish derives what the model file does not store; it fails on a list
// of dropped templates that does not fit the model's.
func (m *Model) finish() error {
	wordnet() // the tagger's lexicon: decoded with the model, not on the first sentence
	if m.sureMargin == 0 {
		m.sureMargin = defaultSureMargin
	}
	m.uposOf = make([]uint64, len(m.tags))
	ids := map[string]uint64{}
	for i, t := range m.tags {
		if _, ok := ids[t.UPOS]; !ok {
			ids[t.UPOS] = uint64(len(ids)) + 1
		}
		m.uposOf[i] = ids[t.UPOS]
	}
	m.nnp, m.vbd, m.nns = -1, -1, -1
	m.renamable = make([]bool, len(m.tags))
	for i, t := range m.tags {
		switch {
		case t.UPOS == "PROPN" && t.XPOS == "NNP":
			m.nnp = int32(i)
		case t.UPOS == "VERB" && t.XPOS == "VBD":
			m.vbd = int32(i)
			m.renamable[i] = true
		case t.UPOS == "NOUN" && t.XPOS == "NNS":
			m.nns = int32(i)
			m.renamable[i] = true
		case t.UPOS == "NOUN" || t.UPOS == "VERB" || t.UPOS == "ADJ" || t.UPOS == "X":
			m.renamable[i] = true
		}
	}
	m.lemmas.propn = make([]bool, len(m.tags))
	for i, t := range m.tags {
		m.lemmas.propn[i] = t.UPOS == "PROPN"
	}
	m.lemmas.setInflected(m.tags)
	senses()
	if m.tagClusters || m.parseClusters {
		clusters()
	}
	if m.tagLex {
		tagLex()
	}
	m.setSenseKinds()
	m.labAllowed = make([]bool, len(m.rels))
	for i := range m.labAllowed {
		m.labAllowed[i] = int32(i) != m.rootRel
	}
	return m.setTemplates()
}
