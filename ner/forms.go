package ner

// formTable numbers the distinct lower-cased forms (tokInfo.key) of a
// document, so that what the document says of a form (how running text
// cases it, how the first pass tagged it) is kept in slices indexed by
// number rather than in maps keyed by the form: a token's form is found
// once, by the hash fill made anyway, where the maps hashed the string
// again at every one of three lookups.
type formTable struct {
	slots []formSlot
	bits  uint
	gen   uint32 // slots of other generations are empty
	n     int32  // forms numbered so far
}

type formSlot struct {
	h   uint64
	key string
	gen uint32
	id  int32
}

// reset empties the table for a document of n tokens.
func (ft *formTable) reset(n int) {
	bits := uint(4)
	for 1<<bits < 2*n {
		bits++
	}
	if bits > ft.bits {
		ft.slots, ft.bits, ft.gen = make([]formSlot, 1<<bits), bits, 0
	}
	ft.gen++
	if ft.gen == 0 { // wrapped: old generations would read as current
		clear(ft.slots)
		ft.gen = 1
	}
	ft.n = 0
}

// id returns the number of form key, whose hash is h, numbering it if new.
func (ft *formTable) id(h uint64, key string) int32 {
	mask := uint64(len(ft.slots) - 1)
	i := (h * 0x9e3779b97f4a7c15) >> (64 - ft.bits)
	for {
		s := &ft.slots[i]
		if s.gen != ft.gen {
			*s = formSlot{h: h, key: key, gen: ft.gen, id: ft.n}
			ft.n++
			return s.id
		}
		if s.h == h && s.key == key {
			return s.id
		}
		i = (i + 1) & mask
	}
}
