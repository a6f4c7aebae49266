package entity

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"dateline/gazetteer"
	"dateline/text"
)

// TestWordCacheAnswersAsRead reads two documents in turn with one cache,
// as a worker does, and compares what the cache gives, asked twice, with
// the gazetteer and sourceHead's reading of the word itself: it fails when
// an answer is kept under the wrong word or another question's. The keys
// kept must be copies, not pieces of a document's text (which the cache
// would otherwise hold on to).
func TestWordCacheAnswersAsRead(t *testing.T) {
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	c := takeWordCache(g)
	defer putWordCache(c)
	texts := []string{
		"Officials in Valdora said the ministry and the police would act. Spokesmen for Ostrava declined.",
		"The ministry said Valdora police and union leaders met in Paris. Analysts and the army disagreed.",
	}
	heads := 0
	for _, s := range texts {
		d := text.NewDocument(text.Article{Text: s})
		if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		r := newResolver(d, g)
		putWordCache(r.cache)
		r.cache = c
		for round := range 2 {
			for i := range d.Tokens {
				a, org, listed := r.sourceHead(i)
				wa, worg, wlisted := r.readSourceHead(r.folded(i))
				if a != wa || org != worg || listed != wlisted {
					t.Errorf("round %d: sourceHead(%q) = %v %v %v, read %v %v %v", round, r.words[i], a, org, listed, wa, worg, wlisted)
				}
				if listed {
					heads++
				}
				if got, want := r.lookup(r.words[i]), g.Lookup(r.words[i]); !reflect.DeepEqual(got, want) {
					t.Errorf("round %d: lookup(%q) = %v, gazetteer %v", round, r.words[i], got, want)
				}
			}
		}
		lo := uintptr(unsafe.Pointer(unsafe.StringData(s)))
		hi := lo + uintptr(len(s))
		for k := range c.looked {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(k))); k != "" && p >= lo && p < hi {
				t.Errorf("kept key %q is a piece of the document's text", k)
			}
		}
		for k := range c.heads {
			if p := uintptr(unsafe.Pointer(unsafe.StringData(k))); k != "" && p >= lo && p < hi {
				t.Errorf("kept key %q is a piece of the document's text", k)
			}
		}
	}
	if heads == 0 || len(c.looked) == 0 || !strings.Contains(strings.Join(mapKeys(c.heads), " "), "ministry") {
		t.Fatalf("%d source heads, %d names looked up: the test reads none", heads, len(c.looked))
	}
}

func mapKeys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

// TestAppointVerbsReadOnce compares the appointing verbs predicateRoles
// reads once a document with reading each token as asked: it fails when
// the kept answers are another token's.
func TestAppointVerbsReadOnce(t *testing.T) {
	d := read(t, "The board named Ruth Adeyemi finance director on Monday. She was appointed managing director "+
		"of Tarnby Mills, and Pavel Novak was elected chairman. He joined the bank as chief executive.")
	g, err := gazetteer.Load()
	if err != nil {
		t.Fatal(err)
	}
	r := newResolver(d, g)
	defer putWordCache(r.cache)
	r.predicateRoles()
	appointing := 0
	for i := range d.Tokens {
		if got, want := r.isAppointVerb(i), r.readAppointVerb(i); got != want {
			t.Errorf("isAppointVerb(%q) = %v, read %v", r.words[i], got, want)
		}
		if r.isAppointVerb(i) {
			appointing++
		}
	}
	if len(r.appoint) != len(d.Tokens) || appointing < 3 {
		t.Fatalf("%d answers kept, %d appointing verbs: the test reads none", len(r.appoint), appointing)
	}
}
