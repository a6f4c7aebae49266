package timex

import "sync"

// wordTable finds a word's lexicon entry without the map: an open-addressed
// table of 2,048 slots for the ~420 entries, probed from an FNV-1a hash of
// the word's bytes. The lexer looks up every word the filter passes and
// every punctuation mark ("the", "of", ","); the map's hashing and probing
// of its groups took a tenth of the stage.
type wordTable struct {
	// slots hold the top 16 bits of an entry's hash and its index in
	// ents plus one; 0 is an empty slot. A probe whose bits differ skips
	// the string comparison.
	slots [tableSize]uint32
	ents  []*entry
}

const tableSize = 1 << 11

func hashWord[W ~string | ~[]byte](w W) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// lexTable is built on first use, once the rules (compile) and the init
// functions have added all their words; it completes the words' entries
// then (completeStarts).
var lexTable = sync.OnceValue(func() *wordTable {
	completeStarts()
	t := &wordTable{}
	for w, e := range lexicon {
		h := hashWord(w)
		i := h & (tableSize - 1)
		for t.slots[i] != 0 {
			i = (i + 1) & (tableSize - 1)
		}
		t.ents = append(t.ents, e)
		t.slots[i] = h&0xffff0000 | uint32(len(t.ents))
	}
	return t
})

// find returns lexicon[string(w)].
func find[W ~string | ~[]byte](t *wordTable, w W) *entry {
	h := hashWord(w)
	for i := h & (tableSize - 1); ; i = (i + 1) & (tableSize - 1) {
		s := t.slots[i]
		if s == 0 {
			return nil
		}
		if s&0xffff0000 == h&0xffff0000 {
			if e := t.ents[s&0xffff-1]; e.word == string(w) {
				return e
			}
		}
	}
}
