package entity

import (
	"strings"
	"testing"

	"dateline/text"
)

// In a headline in title case a capitalised verb ends the name before
// it: the tagger's run of capitals is not one name.
func TestTitleCaseVerbEndsName(t *testing.T) {
	tests := []struct {
		line, name, verb string
	}{
		{"Marta Quillon Says Harbour Tax Is Too High", "Marta Quillon", "Says"},
		{"Governor Tomas Ekwueme Warns Of Deep Cuts To Schools", "Ekwueme", "Warns"},
		{"Petra Lindqvist Vows To Fight Ruling In Higher Court", "Petra Lindqvist", "Vows"},
		{"Rafael Okonjo Denied Taking Money From Donors", "Rafael Okonjo", "Denied"},
		{"Marta Quillon And Tomas Ekwueme Are Fighting Over Harbour Fees", "Tomas Ekwueme", "Are"},
		{"Senator Ilse Varga Finally Endorses Harbour Bond Plan", "Ilse Varga", "Finally"},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			d := read(t, tc.line+"\n\nThe story went on in plain sentences about the matter.")
			k := strings.Index(d.Text, tc.verb)
			for _, m := range d.Mentions {
				if m.Kind == text.MentionName && m.Start <= k && k < m.End {
					t.Errorf("name mention %q holds the verb %q", d.Slice(m.Span), tc.verb)
				}
			}
			if e := entityAt(d, tc.name); e == nil || !strings.Contains(e.Name, tc.name) {
				t.Errorf("%s is %s, want an entity named so", tc.name, describe(e))
			}
		})
	}
}

// Outside a title-case line the same word stays in a name the tagger
// made, and the lexicon's forms are the verb's, not the bare noun's.
func TestTitleVerbOnlyInTitleCase(t *testing.T) {
	d := read(t, "Her review ran in Consumer Reports last spring, the editor said.")
	if e := entityAt(d, "Consumer Reports"); e == nil || e.Name != "Consumer Reports" {
		t.Errorf("Consumer Reports is %s, want the whole name", describe(e))
	}
	for w, want := range map[string]bool{"says": true, "warns": true, "vows": true, "denies": true, "denied": true,
		"slammed": true, "urged": true, "told": true, "say": false, "warning": false, "report": false} {
		if got := speechForms[w]; got != want {
			t.Errorf("speechForms[%q] = %v, want %v", w, got, want)
		}
	}
}

// A headline in capitals is no title case (the wire's "MILLER DEFENDS
// TITLE"): the tagger's names there are no better than its verbs, and a
// cut would split one wrong name into two. Title case, with or without a
// short acronym in it, is.
func TestTitleCaseLineNotCapitals(t *testing.T) {
	for line, want := range map[string]bool{
		"Marta Quillon Says Harbour Tax Is Too High":      true,
		"Marta Quillon Says NHS Harbour Tax Is Too High":  true,
		"MARTA QUILLON SAYS HARBOUR TAX IS TOO HIGH":      false,
		"Marta Quillon said the harbour tax was too high": false,
	} {
		d := read(t, line+"\n\nThe story went on in plain sentences about the matter.")
		r := newResolver(d, nil)
		if got := r.titleCaseLine(0); got != want {
			t.Errorf("titleCaseLine(%q) = %v, want %v", line, got, want)
		}
	}
}

// titleCaseLine stops at a sentence's second small word, and answers as
// counting every word does.
func TestTitleCaseLineAsCounted(t *testing.T) {
	lines := []string{
		"Marta Quillon Says Harbour Tax Is Too High",
		"Harbour Board Warns of Strikes in the Port",
		"Harbour Board warns Of Strikes",
		"the harbour board met on Tuesday",
		"Harbour board met",
		"HARBOUR BOARD WARNS OF STRIKES",
		"Harbour BOARD WARNS Of Strikes",
		"Vows , To Fight - Ruling",
		"One Two three Four five",
		"One Two Three",
	}
	counted := func(words []string) bool {
		n, caps, allCaps := 0, 0, 0
		for _, w := range words {
			if !isWord(w) || !startsUpper(w) && minorTitleWords[w] {
				continue
			}
			n++
			if startsUpper(w) {
				caps++
			}
			if len(w) > 1 && strings.ToUpper(w) == w {
				allCaps++
			}
		}
		return n >= 4 && caps >= n-1 && allCaps*2 <= n
	}
	for _, line := range lines {
		words := strings.Fields(line)
		toks := make([]text.Token, len(words))
		at := 0
		for i, w := range words {
			at += strings.Index(line[at:], w)
			toks[i] = text.Token{Span: text.Span{Start: at, End: at + len(w)}}
			at += len(w)
		}
		d := text.NewDocument(text.Article{Text: line})
		d.Tokens = toks
		d.Sentences = []text.Sentence{{Span: text.Span{Start: 0, End: len(line)}, FirstToken: 0, EndToken: len(toks)}}
		r := &resolver{d: d, words: words}
		if got, want := r.titleCaseLine(0), counted(words); got != want {
			t.Errorf("titleCaseLine(%q) = %v, counting gives %v", line, got, want)
		}
	}
}
