package entity

import (
	"context"
	"testing"

	"dateline/gazetteer"
	"dateline/text"
)

// TestResolverNamedKeptWithCache: a resolver's token -> name table is the
// scratch its word cache carries from document to document, and each new
// resolver finds it cleared and cut to its own document, whatever the
// document before it marked.
func TestResolverNamedKeptWithCache(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	seg := func(s string) *text.Document {
		d := text.NewDocument(text.Article{Text: s})
		if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		return d
	}
	long := seg("Mayor Ilse Marrow of Valdora met Tomas Brandt in Ostrava on Monday. Brandt said the talks went well.")
	short := seg("Ilse Marrow left.")
	r := newResolver(long, g)
	for i := range r.named { // as names() marks the tokens of name mentions
		r.named[i] = i
	}
	c := r.cache
	r2 := newResolver(short, g) // another resolver while r is held gets its own cache
	if &r2.named[0] == &r.named[0] {
		t.Fatal("two live resolvers share a named table")
	}
	putWordCache(r2.cache)
	r3 := resolverWith(short, g, c) // as the next document would take c
	if len(r3.named) != len(short.Tokens) {
		t.Fatalf("named has %d entries, want one per token (%d)", len(r3.named), len(short.Tokens))
	}
	if &r3.named[0] != &c.named[0] {
		t.Error("the resolver made a new named table, not the cache's")
	}
	for i, m := range r3.named {
		if m != -1 {
			t.Errorf("named[%d] = %d left from the document before, want -1", i, m)
		}
	}
}
