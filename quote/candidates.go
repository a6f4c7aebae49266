package quote

import "dateline/text"

// Candidate is a verb that holds content the way cues do, found from the
// parse alone, before the lexicon is asked. Mining a cue lexicon from an
// annotated corpus (cmd/gen-cues) labels candidates against the corpus's
// cues and counts them by lemma and frame.
type Candidate struct {
	Tok     int    // the verb's token index
	Lemma   string // the lexicon key: a verb's lemma, "claim/n", "sure/a"
	Frame   Frame
	Content text.Span // what the verb holds: a clause, an object, a quotation
	Subj    int       // the token of who holds it (the subject, the source of "according to"), -1
}

// Candidates returns every cue candidate of a segmented and parsed
// document: verbs with a complement (frames ccomp, xcomp, obj, parataxis)
// and verbs right next to a quotation (frame quote), with the quotation as
// content.
func Candidates(d *text.Document) []Candidate {
	w := &work{all: true}
	w.reset(d, seedLexicon())
	if len(d.Tokens) == 0 {
		return nil
	}
	w.findCues()
	var out []Candidate
	for _, c := range w.cues {
		if c.frame == FrameParataxis && c.source {
			continue // "according to" is not a verb
		}
		out = append(out, Candidate{Tok: c.tok, Lemma: c.key, Frame: c.frame, Subj: c.subj,
			Content: text.Span{Start: d.Tokens[c.lo].Start, End: d.Tokens[c.hi-1].End}})
	}
	for k := range w.stretches {
		s := &w.stretches[k]
		for _, t := range w.nearVerbs(k, nil) {
			out = append(out, Candidate{Tok: t, Lemma: lower(d.Tokens[t].Lemma), Frame: FrameQuote, Content: s.Span, Subj: -1})
		}
	}
	return out
}
