package event

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"

	"dateline/event/petrarch"
)

// Lexicon is a set of PETRARCH dictionaries indexed for the dependency
// coder: verbs by lemma and inflected form, actor and agent phrases by
// their first word. It is read-only once built and shared by all
// goroutines.
type Lexicon struct {
	blocks   []petrarch.VerbBlock
	verbs    map[string][]verbRef // upper-case lemma or form of the verb word
	synsets  map[string][][]petrarch.Word
	actors   phraseIndex[*petrarch.Actor]
	agents   phraseIndex[*petrarch.Agent]
	discards phraseIndex[*petrarch.Discard]
	options  map[string]string
	// req lists, per block and pattern, the literal words the pattern
	// needs, so most patterns are ruled out by a scan of the clause.
	req [][][]string
	// petrarch is true for a lexicon read through a PETRARCH config: code
	// as PETRARCH would (no intent or nominal events of this coder's own).
	petrarch bool
}

type verbRef struct {
	block, verb int
}

// lexiconFile is the serialized form the generator writes: the parsed
// dictionaries, comments and unused sections dropped, synonym sets in name
// order so the file is the same on every run.
type lexiconFile struct {
	Source   string
	Blocks   []petrarch.VerbBlock
	Synsets  []synset
	Actors   []petrarch.Actor
	Agents   []petrarch.Agent
	Discards []petrarch.Discard
}

type synset struct {
	Name    string
	Members [][]petrarch.Word
}

// WriteLexicon writes dictionaries in the compressed form that the
// built-in lexicon embeds. source names where they came from.
func WriteLexicon(w io.Writer, d *petrarch.Dictionaries, source string) error {
	f := lexiconFile{Source: source, Blocks: d.Verbs.Blocks, Actors: d.Actors, Agents: d.Agents, Discards: d.Discards}
	for name, m := range d.Verbs.Synsets {
		f.Synsets = append(f.Synsets, synset{name, m})
	}
	sort.Slice(f.Synsets, func(i, j int) bool { return f.Synsets[i].Name < f.Synsets[j].Name })
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("encoding lexicon: %w", err)
	}
	return zw.Close()
}

func readLexicon(b []byte) (*Lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	var f lexiconFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, err
	}
	d := &petrarch.Dictionaries{Verbs: &petrarch.VerbDict{Blocks: f.Blocks, Synsets: map[string][][]petrarch.Word{}},
		Actors: f.Actors, Agents: f.Agents, Discards: f.Discards}
	for _, s := range f.Synsets {
		d.Verbs.Synsets[s.Name] = s.Members
	}
	return NewLexicon(d), nil
}

//go:embed lexicon.gob.gz
var builtinLexicon []byte

var (
	builtinOnce sync.Once
	builtin     *Lexicon
	builtinErr  error
)

// Builtin returns the lexicon generated from PETRARCH-2's CAMEO verb
// dictionary and the Phoenix actor and agent dictionaries (see
// cmd/gen-cameo). It is decoded once and shared.
func Builtin() (*Lexicon, error) {
	builtinOnce.Do(func() {
		builtin, builtinErr = readLexicon(builtinLexicon)
		if builtinErr != nil {
			builtinErr = fmt.Errorf("event: embedded lexicon.gob.gz: %w", builtinErr)
		}
	})
	return builtin, builtinErr
}

// LoadPetrarchConfig reads a PETR_config.ini and the dictionaries it names
// into a lexicon that codes the way PETRARCH does with them.
func LoadPetrarchConfig(path string) (*Lexicon, error) {
	c, err := petrarch.ReadConfig(path)
	if err != nil {
		return nil, err
	}
	d, err := c.Load()
	if err != nil {
		return nil, err
	}
	lx := NewLexicon(d)
	lx.petrarch = true
	return lx, nil
}

// NewLexicon indexes dictionaries for the coder.
func NewLexicon(d *petrarch.Dictionaries) *Lexicon {
	lx := &Lexicon{verbs: map[string][]verbRef{}, synsets: map[string][][]petrarch.Word{}, options: d.Options}
	if d.Verbs != nil {
		lx.blocks = d.Verbs.Blocks
		for name := range d.Verbs.Synsets {
			lx.synsets[name] = expandSynset(d.Verbs.Synsets, name, 0)
		}
	}
	for bi := range lx.blocks {
		for vi, v := range lx.blocks[bi].Verbs {
			ref := verbRef{bi, vi}
			head := v.Words[v.Head].Text
			keys := append([]string{head}, inflections(head)...)
			for _, f := range v.Forms {
				if v.Head < len(f) {
					keys = append(keys, f[v.Head].Text)
				}
			}
			seen := map[string]bool{}
			for _, k := range keys {
				if !seen[k] {
					seen[k] = true
					lx.verbs[k] = append(lx.verbs[k], ref)
				}
			}
		}
	}
	lx.req = make([][][]string, len(lx.blocks))
	for bi := range lx.blocks {
		lx.req[bi] = make([][]string, len(lx.blocks[bi].Patterns))
		for pi, p := range lx.blocks[bi].Patterns {
			var words []string
			words = literalWords(words, p.Pre)
			words = literalWords(words, p.Post)
			lx.req[bi][pi] = words
		}
	}
	for i := range d.Actors {
		for _, p := range d.Actors[i].Phrases {
			lx.actors.add(p, &d.Actors[i])
		}
	}
	for i := range d.Agents {
		for _, p := range d.Agents[i].Phrases {
			lx.agents.add(p, &d.Agents[i])
		}
	}
	for i := range d.Discards {
		lx.discards.add(d.Discards[i].Phrase, &d.Discards[i])
	}
	lx.actors.sort()
	lx.agents.sort()
	lx.discards.sort()
	return lx
}

// literalWords collects the plain words of pattern elements, inside
// prepositional phrases and noun groups too (synonym sets are left out:
// any member may do).
func literalWords(out []string, elems []petrarch.Elem) []string {
	for _, e := range elems {
		switch e.Kind {
		case petrarch.ElemWord:
			out = append(out, e.Word.Text)
		case petrarch.ElemPrep, petrarch.ElemGroup:
			out = literalWords(out, e.Sub)
		}
	}
	return out
}

// expandSynset resolves members that name other synsets ("+&TIETYPES").
func expandSynset(all map[string][][]petrarch.Word, name string, depth int) [][]petrarch.Word {
	if depth > 8 {
		return nil
	}
	var out [][]petrarch.Word
	for _, m := range all[name] {
		if len(m) == 1 && strings.HasPrefix(m[0].Text, "&") {
			out = append(out, expandSynset(all, m[0].Text, depth+1)...)
			continue
		}
		out = append(out, m)
	}
	return out
}

// inflections returns the regular forms of an upper-case base verb:
// -S/-ES, -ED/-D, -ING (with a final E dropped and a final consonant
// doubled after a short vowel), so a verb is found even when the
// lemmatizer missed it.
func inflections(v string) []string {
	n := len(v)
	if n < 2 {
		return nil
	}
	out := []string{}
	last, prev := v[n-1], v[n-2]
	vowel := func(c byte) bool { return strings.IndexByte("AEIOU", c) >= 0 }
	switch {
	case last == 'Y' && !vowel(prev):
		out = append(out, v[:n-1]+"IES", v[:n-1]+"IED", v+"ING")
	case last == 'E':
		out = append(out, v+"S", v+"D", v[:n-1]+"ING")
	default:
		s := v + "S"
		if strings.HasSuffix(v, "S") || strings.HasSuffix(v, "SH") || strings.HasSuffix(v, "CH") || last == 'X' || last == 'Z' {
			s = v + "ES"
		}
		out = append(out, s, v+"ED", v+"ING")
		if !vowel(last) && vowel(prev) && n >= 3 && !vowel(v[n-3]) && strings.IndexByte("WXY", last) < 0 {
			out = append(out, v+string(last)+"ED", v+string(last)+"ING")
		}
	}
	return out
}

// phraseIndex finds dictionary phrases in a token sequence. Phrases are
// filed under their first word.
type phraseIndex[T any] struct {
	byFirst map[string][]phraseEntry[T]
}

type phraseEntry[T any] struct {
	words []petrarch.Word
	val   T
}

func (ix *phraseIndex[T]) add(words []petrarch.Word, v T) {
	if len(words) == 0 {
		return
	}
	if ix.byFirst == nil {
		ix.byFirst = map[string][]phraseEntry[T]{}
	}
	k := words[0].Text
	ix.byFirst[k] = append(ix.byFirst[k], phraseEntry[T]{words, v})
}

// sort puts longer phrases first so the longest match wins.
func (ix *phraseIndex[T]) sort() {
	for _, es := range ix.byFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
	}
}

// wordMatches says whether dictionary word w matches a token, given the
// token's upper-case form and lemma. PETRARCH-2 matches whole words (the
// Phoenix files say so: regular plurals are generated, stems are not
// used), so a word matches the form, the lemma, or the form's regular
// plural.
func wordMatches(w petrarch.Word, form, lemma string) bool {
	if w.Text == form || w.Text == lemma {
		return true
	}
	return len(form) == len(w.Text)+1 && form[len(form)-1] == 'S' && form[:len(w.Text)] == w.Text
}

// match finds the longest phrase starting at words[i]; forms and lemmas
// are the upper-case token texts. It returns the entry and the number of
// tokens matched (0 when none).
func (ix *phraseIndex[T]) match(forms, lemmas []string, i int) (T, int) {
	var zero T
	if ix.byFirst == nil {
		return zero, 0
	}
	best, bestN := zero, 0
	try := func(key string) {
		for _, e := range ix.byFirst[key] {
			if len(e.words) <= bestN {
				return // sorted longest first
			}
			if i+len(e.words) > len(forms) {
				continue
			}
			ok := true
			for k, w := range e.words {
				if !wordMatches(w, forms[i+k], lemmas[i+k]) {
					ok = false
					break
				}
			}
			if ok {
				best, bestN = e.val, len(e.words)
				return
			}
		}
	}
	try(forms[i])
	if lemmas[i] != forms[i] {
		try(lemmas[i])
	}
	return best, bestN
}
