package gazetteer

import (
	"reflect"
	"strings"
	"testing"
)

// TestTokenCacheMatchesAsMatch checks that matching through a token cache,
// cold and warm, finds what Match finds, on sentences whose tokens recur
// in other cases ("US", "us"), with and without full stops ("U.S."), in
// other cases of one phrase ("New York", "new york"), and too long to be
// cached. It fails if the cache keeps a token's id or cases under another
// token's text.
func TestTokenCacheMatchesAsMatch(t *testing.T) {
	g := Default()
	sents := []string{
		"The US ambassador met us in New York on Monday .",
		"Officials in new york said the U.S. would send us aid .",
		"Paris and paris , Turkey and turkey , Chad and chad .",
		"The Supercalifragilisticexpialidocious Party of Wales won in Cardiff .",
		"NEW YORK ( Reuters ) - The United Nations met in Geneva .",
		"He flew from Washington to Moscow , then to washington state .",
	}
	tc := tokenCacheFor(g)
	defer tokenCaches.Put(tc)
	for round := 0; round < 2; round++ {
		for _, s := range sents {
			words := strings.Fields(s)
			want := g.Match(words)
			if got := g.appendMatches(nil, words, tc); !reflect.DeepEqual(got, want) {
				t.Errorf("round %d, %q: got %v, want %v", round, s, got, want)
			}
		}
	}
}

// TestTokenCacheKeepsTokensApart checks that a token is not found in the
// slot of another token of its length that shares it.
func TestTokenCacheKeepsTokensApart(t *testing.T) {
	var c tokenCache
	i, ok := c.slot("us")
	if ok {
		t.Fatal(`empty cache: found "us"`)
	}
	c.fill(i, "us", 7, 0)
	if j, ok := c.slot("us"); !ok || j != i || c.slots[j].id != 7 {
		t.Fatalf(`"us": got slot %d found %v, want %d true with id 7`, j, ok, i)
	}
	found := 0
	for a := byte('!'); a <= '~'; a++ {
		for b := byte('!'); b <= '~'; b++ {
			tok := string([]byte{a, b})
			if j, ok := c.slot(tok); j == i && tok != "us" {
				found++
				if ok {
					t.Errorf("%q: found in the slot filled by %q", tok, "us")
				}
			}
		}
	}
	if found == 0 {
		t.Fatal(`no other two-byte token shares "us"'s slot: the test tests nothing`)
	}
}
