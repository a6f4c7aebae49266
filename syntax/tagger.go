package syntax

import (
	"strings"

	pc "dateline/internal/perceptron"
)

// Tag is one class of the tagger: a universal and a treebank-specific tag
// predicted together, so the two always agree.
type Tag struct{ UPOS, XPOS string }

// Tagger feature templates. Numbers are part of the model: append, never
// renumber.
const (
	tBias = iota + 1
	tW0
	tForm0
	tSuf1
	tSuf2
	tSuf3
	tSuf4
	tPre1
	tPre2
	tPre3
	tShape0
	tFlags0
	tWm1
	tWm2
	tWp1
	tWp2
	tTm1
	tTm2
	tTm1Tm2
	tTm1W0
	tSuf3m1
	tSuf3p1
	tShapem1
	tShapep1
	tWm1W0
	tW0Wp1
	tAmb0
	tAmbp1
	tAmbm1
	tTm1Ambp1
	tAmb0Suf3
	tShape0Flags
	tUnknownSuf
	tAmbp2
	tTm1W0Wp1
	// Second pass: the first pass's tags, mostly of the words to the right.
	tF0
	tFp1
	tFp2
	tFp1Fp2
	tFp1W0
	tTm1Fp1
	tF0W0
	tFp1Suf3
	tFm1F0Fp1
	// Unknown words (seen fewer than twice in training): their identity
	// says nothing, so they are described by their parts instead.
	tUnkSuf5
	tUnkPre4
	tUnkHyph
	tUnkSuf3Flags
	tUnkTm1Suf3
	tUnkTm1Shape
	tUnkSuf2Shape
	tUnkAmbp1Suf3
	// WordNet classes (see wordnet.go): of the word, of its neighbours and,
	// for unknown words, of a stem found by removing a regular ending.
	tWn0
	tWnp1
	tWnm1
	tUnkWnFlags
	tUnkWnSuf3
	tUnkMorph
	tUnkTm1Wn
	tUnkMorphFlags
	tWn0Flags
	tWn0Amb0
	tTm1Wn0
	tUnkHyphWn
)

// tagFeatures appends the features of token i given the two previous tags
// (-1 before the sentence). ws is padded: ws[i+2] is token i. first holds
// the first pass's tags in the second pass, and is nil in the first.
func tagFeatures(feats []uint64, ws []word, i int, tm1, tm2 int32, first []int32) []uint64 {
	w := &ws[i+2]
	m1, m2, p1, p2 := &ws[i+1], &ws[i], &ws[i+3], &ws[i+4]
	t1, t2 := uint64(tm1+1), uint64(tm2+1)
	feats = append(feats,
		pc.Hash(tBias),
		pc.Hash(tSuf1, w.suf[0]),
		pc.Hash(tSuf2, w.suf[1]),
		pc.Hash(tSuf3, w.suf[2]),
		pc.Hash(tSuf4, w.suf[3]),
		pc.Hash(tPre1, w.pre[0]),
		pc.Hash(tPre2, w.pre[1]),
		pc.Hash(tPre3, w.pre[2]),
		pc.Hash(tShape0, w.shape),
		pc.Hash(tFlags0, w.flags),
		pc.Hash(tWm1, m1.lower),
		pc.Hash(tWm2, m2.lower),
		pc.Hash(tWp1, p1.lower),
		pc.Hash(tWp2, p2.lower),
		pc.Hash(tTm1, t1),
		pc.Hash(tTm2, t2),
		pc.Hash(tTm1Tm2, t1, t2),
		pc.Hash(tSuf3m1, m1.suf[2]),
		pc.Hash(tSuf3p1, p1.suf[2]),
		pc.Hash(tShapem1, m1.shape),
		pc.Hash(tShapep1, p1.shape),
		pc.Hash(tAmb0, w.amb),
		pc.Hash(tAmbp1, p1.amb),
		pc.Hash(tAmbm1, m1.amb),
		pc.Hash(tTm1Ambp1, t1, p1.amb),
		pc.Hash(tAmb0Suf3, w.amb, w.suf[2]),
		pc.Hash(tShape0Flags, w.shape, w.flags),
		pc.Hash(tAmbp2, p2.amb),
		pc.Hash(tWn0, w.wn),
		pc.Hash(tWnp1, p1.wn),
		pc.Hash(tWnm1, m1.wn),
		pc.Hash(tWn0Flags, w.wn, w.flags),
		pc.Hash(tTm1Wn0, t1, w.wn),
	)
	if w.known {
		feats = append(feats,
			pc.Hash(tW0, w.lower),
			pc.Hash(tForm0, w.form),
			pc.Hash(tTm1W0, t1, w.lower),
			pc.Hash(tWm1W0, m1.lower, w.lower),
			pc.Hash(tW0Wp1, w.lower, p1.lower),
			pc.Hash(tTm1W0Wp1, t1, w.lower, p1.lower),
			pc.Hash(tWn0Amb0, w.wn, w.amb),
		)
	} else {
		feats = append(feats,
			pc.Hash(tUnknownSuf, w.suf[3], w.flags),
			pc.Hash(tUnkSuf5, w.suf5),
			pc.Hash(tUnkPre4, w.pre4),
			pc.Hash(tUnkHyph, w.hyphAmb),
			pc.Hash(tUnkSuf3Flags, w.suf[2], w.flags),
			pc.Hash(tUnkTm1Suf3, t1, w.suf[2]),
			pc.Hash(tUnkTm1Shape, t1, w.shape),
			pc.Hash(tUnkSuf2Shape, w.suf[1], w.shape),
			pc.Hash(tUnkAmbp1Suf3, p1.amb, w.suf[2]),
			pc.Hash(tUnkWnFlags, w.wn, w.flags),
			pc.Hash(tUnkWnSuf3, w.wn, w.suf[2]),
			pc.Hash(tUnkMorph, w.morph),
			pc.Hash(tUnkTm1Wn, t1, w.wn, w.morph),
			pc.Hash(tUnkMorphFlags, w.morph, w.flags),
			pc.Hash(tUnkHyphWn, w.hyphWn, w.suf[1]),
		)
	}
	if first != nil {
		f := func(j int) uint64 {
			if j < 0 || j >= len(first) {
				return 0
			}
			return uint64(first[j] + 1)
		}
		f0, fp1, fp2, fm1 := f(i), f(i+1), f(i+2), f(i-1)
		feats = append(feats,
			pc.Hash(tF0, f0),
			pc.Hash(tFp1, fp1),
			pc.Hash(tFp2, fp2),
			pc.Hash(tFp1Fp2, fp1, fp2),
			pc.Hash(tFp1W0, fp1, w.lower),
			pc.Hash(tTm1Fp1, t1, fp1),
			pc.Hash(tF0W0, f0, w.suf[2]),
			pc.Hash(tFp1Suf3, fp1, w.suf[2]),
			pc.Hash(tFm1F0Fp1, fm1, f0, fp1),
		)
	}
	return feats
}

// lookupLex fills each word's lexicon fields: the ambiguity class by
// lower-case form, the dictionary tag by the form as written ("May" and
// "may" differ), the WordNet classes and, for words the treebank did not
// show, the WordNet classes of a regular stem. words are ws's strings.
func lookupLex(amb map[uint64]uint64, dict map[uint64]int32, ws []word, words []string) {
	wn := wordnet()
	for i := range ws {
		w := &ws[i]
		w.amb, w.known = amb[w.lower]
		w.wn = uint64(wn[w.lower])
		w.hyphWn = 0
		if w.hyph != 0 {
			w.hyphWn = uint64(wn[w.hyph]) + 1
		}
		w.morph = 0
		if !w.known && w.wn == 0 && i < len(words) {
			w.morph = wnMorph(wn, strings.ToLower(words[i]))
		}
		w.hyphAmb = 0
		if w.hyph != 0 {
			w.hyphAmb = amb[w.hyph] + 1
		}
		w.lexTag = -1
		if t, ok := dict[w.form]; ok {
			w.lexTag = t
		}
	}
}
