package quote

import (
	"strings"
	"testing"
)

// TestLexiconFindsAsTheMap checks Lexicon.find against the map it indexes:
// every key found whole and cut before its "/n" or "/a", as findCues asks,
// with the map's entry; keys the lexicon lacks, among them a known lemma
// with another suffix, not found; and the same answers when the index is
// left for the map (a lexicon whose keys share a hash). It fails when find
// takes a key of the same hash for the one asked, or hashes the parts
// otherwise than the whole.
func TestLexiconFindsAsTheMap(t *testing.T) {
	l := testLexicon(t)
	joined := &Lexicon{m: l.m, ix: l.ix}
	joined.ix.joined = true
	for _, lx := range []*Lexicon{l, joined} {
		for k, e := range l.m {
			lemma, suffix := k, ""
			if i := strings.LastIndexByte(k, '/'); i > 0 {
				lemma, suffix = k[:i], k[i:]
			}
			if got, ge := lx.find(lemma, suffix); got != k || ge != e {
				t.Fatalf("find(%q, %q) = %q %p, want %q %p (joined %v)", lemma, suffix, got, ge, k, e, lx.ix.joined)
			}
			if lx.lookup(k) != e {
				t.Fatalf("lookup(%q) is not the map's entry (joined %v)", k, lx.ix.joined)
			}
		}
		for _, k := range [][2]string{{"zzquibble", "/n"}, {"say", "/n"}, {"sa", "y"}, {"", ""}, {"claim", "/q"}} {
			if _, ok := l.m[k[0]+k[1]]; ok {
				continue // the lexicon has it after all
			}
			if got, e := lx.find(k[0], k[1]); got != "" || e != nil {
				t.Errorf("find(%q, %q) = %q, want nothing (joined %v)", k[0], k[1], got, lx.ix.joined)
			}
		}
	}
	if l.ix.joined {
		t.Errorf("two keys of the embedded lexicon share a hash: find reads the map")
	}
}

// TestCueLookupAsCueKeyOf compares what findCues reads of each token
// (cueLookup) with the key cueKeyOf makes and the lexicon's entry for it,
// with the lexicon's bar and without (where a noun's or adjective's key is
// left "" for findCues to make), on two documents read in turn by one
// work. It fails when a key is taken from the lexicon for a word it does
// not have, or a memo of the first document is read for the second.
func TestCueLookupAsCueKeyOf(t *testing.T) {
	lex := testLexicon(t)
	w := &work{minReported: minReportedCue}
	known, deferred := 0, 0
	for _, txt := range []string{
		string(testArticle(t)),
		"Pilots' union charges that repairs were late. The claim that fees would rise angered dockers, " +
			"who were convinced that the board hinted at cuts.\n",
	} {
		d := analyse(t, txt)
		w.reset(d, lex)
		for _, all := range []bool{true, false} { // without the bar first: cueKeyOf then makes the keys
			w.all = all
			for i := range d.Tokens {
				key, e, misread, ok := w.cueLookup(i)
				wantKey, wantMisread := w.cueKeyOf(i)
				if ok != (wantKey != "") || misread != wantMisread {
					t.Fatalf("cueLookup(%q) ok %v misread %v, cueKeyOf %q %v", w.word(i), ok, misread, wantKey, wantMisread)
				}
				switch {
				case !ok:
				case !all:
					if wantE := lex.m[wantKey]; e != wantE || e != nil && key != wantKey {
						t.Errorf("cueLookup(%q) = %q %p, want %q %p", w.word(i), key, e, wantKey, wantE)
					}
					if e != nil {
						known++
					}
				case key == "":
					deferred++
					if u := d.Tokens[i].UPOS; u != "NOUN" && u != "ADJ" {
						t.Errorf("cueLookup(%q) left the key of a %s to make", w.word(i), u)
					}
				case key != wantKey:
					t.Errorf("cueLookup(%q) without the bar = %q, want %q", w.word(i), key, wantKey)
				}
			}
			w.all = false
		}
	}
	if known == 0 || deferred == 0 {
		t.Fatalf("%d keys known, %d left to make: the test reads too little", known, deferred)
	}
}
