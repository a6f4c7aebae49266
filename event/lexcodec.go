package event

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"

	"dateline/event/petrarch"
)

// The built-in lexicon's encoding. Every process that codes events
// decodes it once; gob, which it replaced, made a string and often a
// slice for each of about 160,000 words (600,000 allocations, about 50
// CPU-ms of the load). Here each distinct string is stored once, in a
// table cut from one string, and the words, phrases and pattern elements
// are cut from three arrays sized by the header, so a load makes a few
// thousand allocations and the heap the collector marks at every cycle
// holds a few large objects instead of hundreds of thousands.
//
// Layout, after lexMagic: the counts of words, of phrases and of pattern
// elements in the whole file; the string table (count, each length, then
// the bytes of all); then the source, blocks, synonym sets, actors,
// agents and discards, each a count and its items. A string is its index
// in the table, a word its index shifted left once with the stop flag
// below, a list a count and its items, a number a varint (zig-zag). An
// empty list decodes as nil, as gob left it.
const lexMagic = "DLLEX\x01"

// errLexicon is wrapped by every error about a malformed lexicon.
var errLexicon = errors.New("malformed lexicon")

type lexEncoder struct {
	buf  []byte
	ids  map[string]uint64
	strs []string
	// counts of what the decoder cuts from its arrays
	nWords, nPhrases, nElems uint64
}

// encodeLexicon encodes f; the same f always gives the same bytes.
func encodeLexicon(f *lexiconFile) []byte {
	e := &lexEncoder{ids: map[string]uint64{}}
	e.str(f.Source)
	e.num(len(f.Blocks))
	for _, b := range f.Blocks {
		e.str(b.Name)
		e.str(b.Code)
		e.num(b.Line)
		e.num(len(b.Verbs))
		for _, v := range b.Verbs {
			e.wordList(v.Words)
			e.num(v.Head)
			e.phrases(v.Forms)
			e.str(v.Code)
		}
		e.num(len(b.Patterns))
		for _, p := range b.Patterns {
			e.elemList(p.Pre)
			e.elemList(p.Post)
			e.flag(p.PreJoined)
			e.str(p.Code)
			e.str(p.Reverse)
			e.num(p.Line)
		}
	}
	e.num(len(f.Synsets))
	for _, s := range f.Synsets {
		e.str(s.Name)
		e.phrases(s.Members)
	}
	e.num(len(f.Actors))
	for _, a := range f.Actors {
		e.phrases(a.Phrases)
		e.num(len(a.Codes))
		for _, c := range a.Codes {
			e.str(c.Code)
			e.num(c.From)
			e.num(c.To)
		}
		e.num(a.Line)
	}
	e.num(len(f.Agents))
	for _, a := range f.Agents {
		e.phrases(a.Phrases)
		e.str(a.Code)
		e.flag(a.Prefix)
		e.num(a.Line)
	}
	e.num(len(f.Discards))
	for _, d := range f.Discards {
		e.wordList(d.Phrase)
		e.flag(d.Story)
	}
	out := []byte(lexMagic)
	for _, n := range []int{int(e.nWords), int(e.nPhrases), int(e.nElems), len(e.strs)} {
		out = binary.AppendVarint(out, int64(n))
	}
	for _, s := range e.strs {
		out = binary.AppendVarint(out, int64(len(s)))
	}
	for _, s := range e.strs {
		out = append(out, s...)
	}
	return append(out, e.buf...)
}

func (e *lexEncoder) id(s string) uint64 {
	id, ok := e.ids[s]
	if !ok {
		id = uint64(len(e.strs))
		e.ids[s] = id
		e.strs = append(e.strs, s)
	}
	return id
}

func (e *lexEncoder) str(s string) { e.buf = binary.AppendUvarint(e.buf, e.id(s)) }
func (e *lexEncoder) num(n int)    { e.buf = binary.AppendVarint(e.buf, int64(n)) }

func (e *lexEncoder) flag(b bool) {
	v := byte(0)
	if b {
		v = 1
	}
	e.buf = append(e.buf, v)
}

func (e *lexEncoder) word(w petrarch.Word) {
	v := e.id(w.Text) << 1
	if w.Stopped {
		v |= 1
	}
	e.buf = binary.AppendUvarint(e.buf, v)
}

func (e *lexEncoder) wordList(ws []petrarch.Word) {
	e.num(len(ws))
	e.nWords += uint64(len(ws))
	for _, w := range ws {
		e.word(w)
	}
}

func (e *lexEncoder) phrases(ps [][]petrarch.Word) {
	e.num(len(ps))
	e.nPhrases += uint64(len(ps))
	for _, p := range ps {
		e.wordList(p)
	}
}

func (e *lexEncoder) elemList(es []petrarch.Elem) {
	e.num(len(es))
	e.nElems += uint64(len(es))
	for _, el := range es {
		e.num(int(el.Kind))
		e.flag(el.Joined)
		e.word(el.Word)
		e.str(el.Name)
		e.elemList(el.Sub)
	}
}

type lexDecoder struct {
	b    []byte
	strs []string
	err  error
	// the arrays lists are cut from; a list that does not fit (a header
	// that undercounts) is made on its own
	words   []petrarch.Word
	phrases [][]petrarch.Word
	elems   []petrarch.Elem
}

// decodeLexicon decodes what encodeLexicon wrote.
func decodeLexicon(data string) (*lexiconFile, error) {
	if !strings.HasPrefix(data, lexMagic) {
		return nil, fmt.Errorf("%w: no header", errLexicon)
	}
	d := &lexDecoder{b: []byte(data[len(lexMagic):])}
	nw, np, ne := d.count(), d.count(), d.count()
	d.words = make([]petrarch.Word, nw)
	d.phrases = make([][]petrarch.Word, np)
	d.elems = make([]petrarch.Elem, ne)
	ns := d.count()
	lens := make([]int, ns)
	total := 0
	for i := range lens {
		lens[i] = d.count()
		total += lens[i]
	}
	if d.err != nil || total > len(d.b) {
		return nil, fmt.Errorf("%w: string table", errLexicon)
	}
	// One string holds them all; each is a slice of it.
	all := string(d.b[:total])
	d.b = d.b[total:]
	d.strs = make([]string, ns)
	for i, n := range lens {
		d.strs[i], all = all[:n], all[n:]
	}
	f := &lexiconFile{Source: d.str()}
	if n := d.count(); n > 0 {
		f.Blocks = make([]petrarch.VerbBlock, n)
	}
	for i := range f.Blocks {
		b := &f.Blocks[i]
		b.Name, b.Code, b.Line = d.str(), d.str(), d.num()
		if n := d.count(); n > 0 {
			b.Verbs = make([]petrarch.Verb, n)
		}
		for j := range b.Verbs {
			v := &b.Verbs[j]
			v.Words = d.wordList()
			v.Head = d.num()
			v.Forms = d.phraseList()
			v.Code = d.str()
		}
		if n := d.count(); n > 0 {
			b.Patterns = make([]petrarch.Pattern, n)
		}
		for j := range b.Patterns {
			p := &b.Patterns[j]
			p.Pre, p.Post = d.elemList(0), d.elemList(0)
			p.PreJoined = d.flag()
			p.Code, p.Reverse, p.Line = d.str(), d.str(), d.num()
		}
	}
	if n := d.count(); n > 0 {
		f.Synsets = make([]synset, n)
	}
	for i := range f.Synsets {
		f.Synsets[i] = synset{Name: d.str(), Members: d.phraseList()}
	}
	if n := d.count(); n > 0 {
		f.Actors = make([]petrarch.Actor, n)
	}
	for i := range f.Actors {
		a := &f.Actors[i]
		a.Phrases = d.phraseList()
		if n := d.count(); n > 0 {
			a.Codes = make([]petrarch.DatedCode, n)
		}
		for j := range a.Codes {
			a.Codes[j] = petrarch.DatedCode{Code: d.str(), From: d.num(), To: d.num()}
		}
		a.Line = d.num()
	}
	if n := d.count(); n > 0 {
		f.Agents = make([]petrarch.Agent, n)
	}
	for i := range f.Agents {
		a := &f.Agents[i]
		a.Phrases, a.Code, a.Prefix, a.Line = d.phraseList(), d.str(), d.flag(), d.num()
	}
	if n := d.count(); n > 0 {
		f.Discards = make([]petrarch.Discard, n)
	}
	for i := range f.Discards {
		f.Discards[i] = petrarch.Discard{Phrase: d.wordList(), Story: d.flag()}
	}
	if d.err == nil && len(d.b) != 0 {
		d.fail("trailing bytes")
	}
	if d.err != nil {
		return nil, d.err
	}
	return f, nil
}

func (d *lexDecoder) fail(what string) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: %s", errLexicon, what)
	}
	d.b = nil
}

func (d *lexDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("bad or missing number")
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *lexDecoder) num() int {
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("bad or missing number")
		return 0
	}
	d.b = d.b[n:]
	return int(v)
}

// count is a length: not negative, and not more than the bytes left
// (every item takes at least one), so that a corrupt one cannot ask for
// gigabytes.
func (d *lexDecoder) count() int {
	n := d.num()
	if n < 0 || n > len(d.b) {
		d.fail("bad count")
		return 0
	}
	return n
}

func (d *lexDecoder) flag() bool {
	if len(d.b) == 0 {
		d.fail("missing flag")
		return false
	}
	v := d.b[0]
	d.b = d.b[1:]
	return v != 0
}

func (d *lexDecoder) str() string {
	id := d.uvarint()
	if id >= uint64(len(d.strs)) {
		d.fail("bad string index")
		return ""
	}
	return d.strs[id]
}

func (d *lexDecoder) word() petrarch.Word {
	v := d.uvarint()
	if v>>1 >= uint64(len(d.strs)) {
		d.fail("bad string index")
		return petrarch.Word{}
	}
	return petrarch.Word{Text: d.strs[v>>1], Stopped: v&1 != 0}
}

func (d *lexDecoder) wordList() []petrarch.Word {
	n := d.count()
	if n == 0 {
		return nil
	}
	var ws []petrarch.Word
	if n <= len(d.words) {
		ws, d.words = d.words[:n:n], d.words[n:]
	} else {
		ws = make([]petrarch.Word, n)
	}
	for i := range ws {
		ws[i] = d.word()
	}
	return ws
}

func (d *lexDecoder) phraseList() [][]petrarch.Word {
	n := d.count()
	if n == 0 {
		return nil
	}
	var ps [][]petrarch.Word
	if n <= len(d.phrases) {
		ps, d.phrases = d.phrases[:n:n], d.phrases[n:]
	} else {
		ps = make([][]petrarch.Word, n)
	}
	for i := range ps {
		ps[i] = d.wordList()
	}
	return ps
}

// maxElemDepth bounds the nesting of pattern elements (a phrase in a
// group in a phrase...), so that a corrupt file cannot recurse deeply.
const maxElemDepth = 32

func (d *lexDecoder) elemList(depth int) []petrarch.Elem {
	n := d.count()
	if n == 0 {
		return nil
	}
	if depth > maxElemDepth {
		d.fail("pattern elements nested too deep")
		return nil
	}
	var es []petrarch.Elem
	if n <= len(d.elems) {
		es, d.elems = d.elems[:n:n], d.elems[n:]
	} else {
		es = make([]petrarch.Elem, n)
	}
	for i := range es {
		e := &es[i]
		e.Kind = petrarch.ElemKind(d.num())
		e.Joined = d.flag()
		e.Word = d.word()
		e.Name = d.str()
		e.Sub = d.elemList(depth + 1)
	}
	return es
}
