package event

import (
	"errors"
	"reflect"
	"testing"

	"dateline/event/petrarch"
)

// inventedLexicon has one of everything the encoding stores: nested
// pattern elements, stopped words, dated codes, flags, and empty lists
// (which must come back nil, as gob gave them).
func inventedLexicon() *lexiconFile {
	w := func(s string, stopped bool) petrarch.Word { return petrarch.Word{Text: s, Stopped: stopped} }
	return &lexiconFile{
		Source: "invented for the test",
		Blocks: []petrarch.VerbBlock{{
			Name: "MOOR", Code: "040", Line: 12,
			Verbs: []petrarch.Verb{
				{Words: []petrarch.Word{w("MOOR", false)}, Forms: [][]petrarch.Word{{w("MOORED", false)}, {w("MOORS", false)}}},
				{Words: []petrarch.Word{w("TIE", false), w("UP", true)}, Head: 0, Code: "041"},
			},
			Patterns: []petrarch.Pattern{
				{Pre: []petrarch.Elem{{Kind: petrarch.ElemSource}}, Post: []petrarch.Elem{
					{Kind: petrarch.ElemPrep, Sub: []petrarch.Elem{
						{Kind: petrarch.ElemWord, Word: w("AT", false)},
						{Kind: petrarch.ElemGroup, Joined: true, Sub: []petrarch.Elem{{Kind: petrarch.ElemSynset, Name: "&HARBOUR"}}},
					}},
					{Kind: petrarch.ElemTarget, Joined: true},
				}, PreJoined: true, Code: "042", Reverse: "043", Line: -3},
				{Line: 14},
			},
		}, {Name: "EMPTY", Code: "---"}},
		Synsets: []synset{{Name: "&HARBOUR", Members: [][]petrarch.Word{{w("QUAY", false)}, {w("DRY", false), w("DOCK", true)}}}},
		Actors: []petrarch.Actor{
			{Phrases: [][]petrarch.Word{{w("VELLMARK", true)}}, Codes: []petrarch.DatedCode{{Code: "VLM"}, {Code: "VLMGOV", From: 19990101, To: 20041231}}, Line: 7},
			{Phrases: [][]petrarch.Word{{w("PORT", false), w("AUTHORITY", false)}}},
		},
		Agents:   []petrarch.Agent{{Phrases: [][]petrarch.Word{{w("HARBOURMASTER", false)}}, Code: "GOV", Prefix: true, Line: 2}},
		Discards: []petrarch.Discard{{Phrase: []petrarch.Word{w("REGATTA", false)}, Story: true}, {}},
	}
}

func TestLexiconCodecRoundTrip(t *testing.T) {
	want := inventedLexicon()
	data := encodeLexicon(want)
	got, err := decodeLexicon(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("decoded\n%+v\nwant\n%+v", got, want)
	}
	if again := encodeLexicon(got); string(again) != string(data) {
		t.Errorf("re-encoding the decoded lexicon changed its bytes")
	}
}

// TestLexiconCodecRejectsMalformed: every cut of an encoding and every
// byte changed to 0xff either decodes or gives errLexicon, and never
// panics.
func TestLexiconCodecRejectsMalformed(t *testing.T) {
	data := encodeLexicon(inventedLexicon())
	for cut := range len(data) {
		if _, err := decodeLexicon(string(data[:cut])); !errors.Is(err, errLexicon) {
			t.Errorf("cut at %d of %d bytes: got %v, want errLexicon", cut, len(data), err)
		}
	}
	for i := range data {
		bad := []byte(string(data))
		bad[i] = 0xff
		if _, err := decodeLexicon(string(bad)); err != nil && !errors.Is(err, errLexicon) {
			t.Errorf("byte %d changed: got %v, want errLexicon or a lexicon", i, err)
		}
	}
}
