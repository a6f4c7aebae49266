package quote

import "dateline/internal/u64tab"

// findCues looks up the key of every verb, noun and adjective outside
// quotations in the lexicon, and a noun's or adjective's key is its lemma
// joined to "/n" or "/a": a new string for each, most of them for words
// the lexicon does not have. The lexicon is indexed again by the hash of
// each key (featHash, as the cue model's names are), so that a key is
// looked up by its two parts, hashed one after the other, and the string
// taken from the lexicon when it has the key; a hit is checked against the
// key itself, so the answer is the map's.

// lexIndex is a Lexicon's keys by hash.
type lexIndex struct {
	ids   *u64tab.Table[int32] // hash of a key → its place in names and ents
	names []string
	ents  []*entry
	// joined: two keys share a hash, and find looks the joined key up
	// in the map instead.
	joined bool
}

// index fills l.ix from l.m; the constructors call it last.
func (l *Lexicon) index() {
	ix := lexIndex{ids: u64tab.New[int32](len(l.m))}
	for k, e := range l.m {
		h := uint64(featOffset.str(k))
		if _, dup := ix.ids.Get(h); dup {
			ix.joined = true
		}
		ix.ids.Put(h, int32(len(ix.names)))
		ix.names = append(ix.names, k)
		ix.ents = append(ix.ents, e)
	}
	l.ix = ix
}

// find returns the key lemma+suffix as the lexicon holds it and its
// entry; "" and nil when the lexicon lacks it.
func (l *Lexicon) find(lemma, suffix string) (string, *entry) {
	ix := &l.ix
	if ix.ids == nil || ix.joined {
		k := lemma + suffix
		if e := l.m[k]; e != nil {
			return k, e
		}
		return "", nil
	}
	i, ok := ix.ids.Get(uint64(featOffset.str(lemma).str(suffix)))
	if !ok {
		return "", nil
	}
	k := ix.names[i]
	if len(k) != len(lemma)+len(suffix) || k[:len(lemma)] != lemma || k[len(lemma):] != suffix {
		return "", nil // another key of the same hash
	}
	return k, ix.ents[i]
}

// lookup is l.m[key].
func (l *Lexicon) lookup(key string) *entry {
	_, e := l.find(key, "")
	return e
}

// cueKeyParts is the key findCues looks token i up by (see cueKeyOf) in
// two parts, the lemma and "/n", "/a" or "", with whether the token is a
// noun misread for a verb; ok is false when the key is "" (the token is
// no verb, noun or adjective, or a verb with no lemma).
func (w *work) cueKeyParts(i int) (lemma, suffix string, misread, ok bool) {
	f := w.keyRead[i]
	if f == keyUnread { // both passes of findCues ask
		f = w.readKey(i)
	}
	if f == keyNone {
		return "", "", false, false
	}
	return w.lemma(i), keySuffixes[f], f == keyMisread, true
}

// What keyRead holds of a token: which key cueKeyParts gives it.
const (
	keyUnread  int8 = iota
	keyNone         // no key
	keyVerb         // the lemma
	keyNoun         // the lemma and "/n"
	keyAdj          // the lemma and "/a"
	keyMisread      // a noun misread for a verb (misreadVerb): the verb's lemma
)

var keySuffixes = [...]string{keyNoun: "/n", keyAdj: "/a", keyMisread: ""}

// readKey sets and returns keyRead[i].
func (w *work) readKey(i int) int8 {
	f := keyNone
	switch w.d.Tokens[i].UPOS {
	case "VERB":
		f = keyVerb
	case "NOUN":
		f = keyNoun
		if w.misreadVerb(i) {
			f = keyMisread
		}
	case "ADJ":
		f = keyAdj
	}
	if (f == keyVerb || f == keyMisread) && w.lemma(i) == "" {
		f = keyNone
	}
	w.keyRead[i] = f
	return f
}

// cueLookup is cueKeyOf for findCues, with the key's lexicon entry, made
// without joining a noun's or adjective's key: with the lexicon's bar (not
// w.all) the key is the lexicon's own string, and a word the lexicon
// lacks, most nouns, needs none; without the bar, a noun's or adjective's
// key is left "" for findCues to make (cueKeyOf) once the word has been
// found to hold content, which few do.
func (w *work) cueLookup(i int) (key string, known *entry, misread, ok bool) {
	lemma, suffix, misread, ok := w.cueKeyParts(i)
	switch {
	case !ok:
	case !w.all:
		key, known = w.lex.find(lemma, suffix)
	case suffix == "":
		key = lemma
	default:
		key = w.keys[i] // "" until cueKeyOf makes it
	}
	return key, known, misread, ok
}
