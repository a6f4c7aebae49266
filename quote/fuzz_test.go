package quote

import (
	"context"
	"testing"

	"dateline/text"
)

var fuzzRels = []string{"nsubj", "nsubj:pass", "obj", "iobj", "ccomp", "xcomp", "parataxis", "advcl", "acl", "acl:relcl",
	"conj", "mark", "case", "obl", "obl:agent", "nmod:poss", "flat", "compound", "appos", "punct", "root", "fixed",
	"obl:unmarked", "obl:tmod", "nmod:desc", "dep"}
var fuzzUPOS = []string{"VERB", "NOUN", "PROPN", "PRON", "PUNCT", "ADP", "SCONJ", "DET", "AUX", "ADJ"}

// FuzzFind feeds the quote rules any text with any parse, including
// impossible ones (cycles, heads in other sentences, stray relations) and
// mentions of any shape: Find must not panic and its quotes must be in
// bounds and in order.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"“We will win,” Lee said. “Nobody doubts it.”",
		"Lee said that the plan, according to Ruiz, was “a bold one” — and urged voters to act.",
		"“a\n“b” ― Jane Roe\n''c,'' d said: «e»",
		"The union, which said it would strike, met. “No,” she said, “never.” “Yes,” they said. 'a,' \" he said",
	} {
		f.Add(s, []byte{3, 1, 4, 1, 5, 9, 2, 6})
	}
	f.Fuzz(func(t *testing.T, s string, parse []byte) {
		d := text.NewDocument(text.Article{Text: s})
		if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		lemmas := []string{"say", "tell", "accord", "urge", "add", "believe", "mention", "x"}
		for i := range d.Tokens {
			b := byte(i)
			if len(parse) > 0 {
				b = parse[i%len(parse)] ^ byte(i*7)
			}
			tok := &d.Tokens[i]
			tok.UPOS = fuzzUPOS[int(b)%len(fuzzUPOS)]
			tok.Rel = fuzzRels[int(b>>2)%len(fuzzRels)]
			tok.Lemma = lemmas[int(b>>4)%len(lemmas)]
			tok.Head = int(b)%(len(d.Tokens)+2) - 1
		}
		if len(d.Tokens) > 0 && len(parse) > 0 {
			d.Entities = []text.Entity{{ID: "E1", Name: "X", Type: "PERSON"}}
			for i := 0; i+1 < len(d.Tokens) && i < len(parse); i += 3 {
				sp := text.Span{Start: d.Tokens[i].Start, End: d.Tokens[i+int(parse[i])%2].End}
				d.Mentions = append(d.Mentions, text.Mention{Span: sp, Entity: int(parse[i]%3) - 1})
			}
		}
		qs := Find(d, seedLexicon())
		prev := -1
		for i, q := range qs {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || q.Start < prev {
				t.Fatalf("quote %d span %v out of bounds or order in %q", i, q.Span, s)
			}
			prev = q.Start
			if q.Speaker < -1 || q.Speaker >= len(d.Entities) || q.Listener < -1 || q.Listener >= len(d.Entities) {
				t.Fatalf("quote %d: speaker %d, listener %d", i, q.Speaker, q.Listener)
			}
			if q.CueSpan.Start < 0 || q.CueSpan.End > len(s) || q.CueSpan.Start > q.CueSpan.End {
				t.Fatalf("quote %d cue span %v out of bounds", i, q.CueSpan)
			}
		}
		// The stage itself also adds sources and links pronouns; the
		// mentions it adds must point at entities that exist.
		n0 := len(d.Mentions)
		if err := NewStageWith(Config{Lexicon: seedLexicon()}).Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		for i, q := range d.Quotes {
			if q.Start < 0 || q.End > len(s) || q.Speaker < -1 || q.Speaker >= len(d.Entities) {
				t.Fatalf("stage quote %d: span %v, speaker %d of %d entities", i, q.Span, q.Speaker, len(d.Entities))
			}
		}
		for mi, m := range d.Mentions[n0:] {
			if m.Entity < 0 || m.Entity >= len(d.Entities) || m.Start < 0 || m.End > len(s) {
				t.Fatalf("mention %d %+v out of range", mi, m)
			}
		}
	})
}
