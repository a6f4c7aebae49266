package syntax

import (
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
	tWnm1 // unused: no gain on EWT dev
	tUnkWnFlags
	tUnkWnSuf3
	tUnkMorph
	tUnkTm1Wn
	tUnkMorphFlags
	tWn0Flags
	tWn0Amb0 // unused: no gain on EWT dev
	tTm1Wn0
	tUnkHyphWn
	// Word clusters (clusters.go), for a model trained with them.
	tCl0
	tCl0g64
	tClm1
	tClp1
	tTm1Cl0
	tCl0Flags
	tUnkCl256Suf3
	tClp1g64Cl0
)

// tagFeatures appends the features of token i given the two previous tags
// (-1 before the sentence). ws is padded: ws[i+2] is token i. first holds
// the first pass's tags in the second pass, and is nil in the first.
// clus adds the features of word clusters.
func tagFeatures(feats []uint64, ws []word, i int, tm1, tm2 int32, first []int32, clus bool) []uint64 {
	w := &ws[i+2]
	m1, m2, p1, p2 := &ws[i+1], &ws[i], &ws[i+3], &ws[i+4]
	t1, t2 := uint64(tm1+1), uint64(tm2+1)
	feats = append(feats,
		pc.Hash(tBias),
		pc.Hash1(tSuf1, w.suf[0]),
		pc.Hash1(tSuf2, w.suf[1]),
		pc.Hash1(tSuf3, w.suf[2]),
		pc.Hash1(tSuf4, w.suf[3]),
		pc.Hash1(tPre1, w.pre[0]),
		pc.Hash1(tPre2, w.pre[1]),
		pc.Hash1(tPre3, w.pre[2]),
		pc.Hash1(tShape0, w.shape),
		pc.Hash1(tFlags0, w.flags),
		pc.Hash1(tWm1, m1.lower),
		pc.Hash1(tWm2, m2.lower),
		pc.Hash1(tWp1, p1.lower),
		pc.Hash1(tWp2, p2.lower),
		pc.Hash1(tTm1, t1),
		pc.Hash1(tTm2, t2),
		pc.Hash2(tTm1Tm2, t1, t2),
		pc.Hash1(tSuf3m1, m1.suf[2]),
		pc.Hash1(tSuf3p1, p1.suf[2]),
		pc.Hash1(tShapem1, m1.shape),
		pc.Hash1(tShapep1, p1.shape),
		pc.Hash1(tAmb0, w.amb),
		pc.Hash1(tAmbp1, p1.amb),
		pc.Hash1(tAmbm1, m1.amb),
		pc.Hash2(tTm1Ambp1, t1, p1.amb),
		pc.Hash2(tAmb0Suf3, w.amb, w.suf[2]),
		pc.Hash2(tShape0Flags, w.shape, w.flags),
		pc.Hash1(tAmbp2, p2.amb),
		pc.Hash1(tWn0, w.wn),
		pc.Hash1(tWnp1, p1.wn),
		pc.Hash2(tWn0Flags, w.wn, w.flags),
		pc.Hash2(tTm1Wn0, t1, w.wn),
	)
	if w.known {
		feats = append(feats,
			pc.Hash1(tW0, w.lower),
			pc.Hash1(tForm0, w.form),
			pc.Hash2(tTm1W0, t1, w.lower),
			pc.Hash2(tWm1W0, m1.lower, w.lower),
			pc.Hash2(tW0Wp1, w.lower, p1.lower),
			hash3(tTm1W0Wp1, t1, w.lower, p1.lower),
		)
	} else {
		feats = append(feats,
			pc.Hash2(tUnknownSuf, w.suf[3], w.flags),
			pc.Hash1(tUnkSuf5, w.suf5),
			pc.Hash1(tUnkPre4, w.pre4),
			pc.Hash1(tUnkHyph, w.hyphAmb),
			pc.Hash2(tUnkSuf3Flags, w.suf[2], w.flags),
			pc.Hash2(tUnkTm1Suf3, t1, w.suf[2]),
			pc.Hash2(tUnkTm1Shape, t1, w.shape),
			pc.Hash2(tUnkSuf2Shape, w.suf[1], w.shape),
			pc.Hash2(tUnkAmbp1Suf3, p1.amb, w.suf[2]),
			pc.Hash2(tUnkWnFlags, w.wn, w.flags),
			pc.Hash2(tUnkWnSuf3, w.wn, w.suf[2]),
			pc.Hash1(tUnkMorph, w.morph),
			hash3(tUnkTm1Wn, t1, w.wn, w.morph),
			pc.Hash2(tUnkMorphFlags, w.morph, w.flags),
			pc.Hash2(tUnkHyphWn, w.hyphWn, w.suf[1]),
		)
	}
	if clus {
		feats = append(feats,
			pc.Hash1(tCl0, w.cl.fine),
			pc.Hash1(tCl0g64, w.cl.g64),
			pc.Hash1(tClm1, m1.cl.fine),
			pc.Hash1(tClp1, p1.cl.fine),
			pc.Hash2(tTm1Cl0, t1, w.cl.fine),
			pc.Hash2(tCl0Flags, w.cl.fine, w.flags),
			pc.Hash2(tClp1g64Cl0, p1.cl.g64, w.cl.fine),
		)
		if !w.known {
			feats = append(feats, pc.Hash2(tUnkCl256Suf3, w.cl.g256, w.suf[2]))
		}
	}
	if first != nil {
		feats = secondPassFeatures(feats, w, i, t1, first)
	}
	return feats
}

// secondPassFeatures appends the second pass's features of word w (token
// i) over the first pass's tags; t1 is the previous tag plus one.
func secondPassFeatures(feats []uint64, w *word, i int, t1 uint64, first []int32) []uint64 {
	f := func(j int) uint64 {
		if j < 0 || j >= len(first) {
			return 0
		}
		return uint64(first[j] + 1)
	}
	f0, fp1, fp2, fm1 := f(i), f(i+1), f(i+2), f(i-1)
	return append(feats,
		pc.Hash1(tF0, f0),
		pc.Hash1(tFp1, fp1),
		pc.Hash1(tFp2, fp2),
		pc.Hash2(tFp1Fp2, fp1, fp2),
		pc.Hash2(tFp1W0, fp1, w.lower),
		pc.Hash2(tTm1Fp1, t1, fp1),
		pc.Hash2(tF0W0, f0, w.suf[2]),
		pc.Hash2(tFp1Suf3, fp1, w.suf[2]),
		hash3(tFm1F0Fp1, fm1, f0, fp1),
	)
}

// lookupLex fills each word's lexicon fields: the ambiguity class by
// lower-case form, the dictionary tag by the form as written ("May" and
// "may" differ), the WordNet classes and, for words the treebank did not
// show, the WordNet classes of a regular stem; and with cl not nil the
// word clusters. words are ws's strings.
func lookupLex(amb map[uint64]uint64, dict map[uint64]int32, cl *clusterLex, ws []word, words []string) {
	wn := wordnet()
	for i := range ws {
		w := &ws[i]
		if cl != nil {
			w.cl = cl.lookup(w.lower)
		}
		w.amb, w.known = amb[w.lower]
		w.wn = uint64(wn[w.lower])
		w.hyphWn = 0
		if w.hyph != 0 {
			w.hyphWn = uint64(wn[w.hyph]) + 1
		}
		w.morph = 0
		if !w.known && w.wn == 0 && i < len(words) {
			w.morph = wnMorph(wn, words[i])
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
