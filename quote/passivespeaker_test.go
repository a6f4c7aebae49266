package quote

import (
	"testing"

	"dateline/text"
)

// TestPassiveSpeaker checks who speaks through a passive cue: the agent
// after the quoted words, which the parse hangs on the quoted noun; the
// subject of "was quoted as saying", not the paper that relays it; and
// no one for a headline's participle with "be" dropped, whose subject was
// spoken to or of. The sentences are written for this test.
func TestPassiveSpeaker(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{
			name: "an agent after a quoted noun",
			text: "The new toll on the ferry has been branded a \"scandalous grab\" by local traders.",
			cue:  "branded", want: "local traders",
		},
		{
			name: "a named agent after a quoted description",
			text: "Mr Okafor was described as \"a careful and honest man\" by his neighbour Tom Weller.",
			cue:  "described", want: "Tom Weller",
		},
		{
			name: "an agent named after a title that is no source noun",
			text: "Ana Ruiz was asked by host Karl Brandt whether the ferry plan would pass.",
			cue:  "asked", want: "Karl Brandt",
		},
		{
			name: "a by phrase on the writer's noun names no speaker",
			text: "The levy was described as \"a fresh start for the docks\" in a report by the harbour board.",
			cue:  "described", want: "",
		},
		{
			name: "quoted as saying, with the paper that relays it",
			text: "\"We will not sell the harbour,\" the port chairman was quoted as saying by a weekly paper.",
			cue:  "quoted", want: "port chairman",
		},
		{
			name: "a headline participle without be",
			text: "Dock workers warned over strike pay\n\nThe port told its dock workers on Monday that strikers would lose a week of wages.",
			cue:  "warned over", want: "",
		},
		{
			name: "a headline's naming participle with the quoted name alone",
			text: "Harbour bridge dubbed 'a costly folly'\n\nThe bridge opened in May.",
			cue:  "dubbed", want: "",
		},
		{
			name: "a headline participle with an object stays active",
			text: "Dunmore mayor urged ferry firms to cut fares\n\nThe mayor of Dunmore spoke to the ferry firms on Monday.",
			cue:  "urged", want: "Dunmore mayor",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, q := range d.Quotes {
				if q.Cue != tt.cue {
					continue
				}
				got := ""
				if q.Speaker >= 0 {
					got = d.Entities[q.Speaker].Name
				}
				if got != tt.want {
					t.Errorf("speaker of the quote cued by %q = %q, want %q (%s)", tt.cue, got, tt.want, d.QuoteText(&q))
				}
				return
			}
			t.Errorf("no quote cued by %q among %+v", tt.cue, describe(d, d.Quotes))
		})
	}
}

// TestHeadlinePassiveListenerVerb checks that a headline's past form of a
// verb whose object is the one told, with what was said before it and no
// object, is a passive ("…, council told"): its subject was told, and
// speaks no words.
func TestHeadlinePassiveListenerVerb(t *testing.T) {
	d := parsedDoc(t, "Act on the ferry fares, council told\n\nThe council met on Monday.", []string{
		"VERB:VB/act/8/ccomp ADP/on/5/case DET/the/5/det NOUN/ferry/5/compound NOUN/fare/1/obl PUNCT/,/8/punct " +
			"NOUN/council/8/nsubj VERB:VBD/tell/0/root",
		"DET/the/2/det NOUN/council/3/nsubj VERB:VBD/meet/0/root ADP/on/5/case PROPN/Monday/3/obl PUNCT/./3/punct"},
		person{"GROUP:council", []string{"council"}})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "told" {
			if g.speaker != "" {
				t.Errorf("speaker of %q = %q, want none", g.text, g.speaker)
			}
			return
		}
	}
	t.Errorf("no quote cued by told among %+v", describe(d, d.Quotes))
}

// TestHeadlinePassiveReducedRelative checks that a headline's participle
// the parse hung on the noun before it, with no subject of its own ("'Ferry
// levy' harbour plan touted"), names no speaker: not the noun it hangs on.
func TestHeadlinePassiveReducedRelative(t *testing.T) {
	d := parsedDoc(t, "'Ferry levy' harbour plan touted\n\nThe harbour board met on Monday.", []string{
		"PUNCT/'/0/root ADJ/Ferry/3/amod NOUN/levy/6/compound PUNCT/'/3/punct NOUN/harbour/6/compound " +
			"NOUN/plan/1/nsubj VERB:VBN/tout/6/acl",
		"DET/the/3/det NOUN/harbour/3/compound NOUN/board/4/nsubj VERB:VBD/meet/0/root ADP/on/6/case PROPN/Monday/4/obl PUNCT/./4/punct"})
	runQuotes(t, d)
	for _, g := range describe(d, d.Quotes) {
		if g.cue == "touted" {
			if g.speaker != "" {
				t.Errorf("speaker of %q = %q, want none", g.text, g.speaker)
			}
			return
		}
	}
	t.Errorf("no quote cued by touted among %+v", describe(d, d.Quotes))
}

// TestQuotedAuxiliaryIsNoPassive checks that an auxiliary inside the
// quotation, which the parse may hang on the cue after it, does not make
// the cue passive and take its speaker away. The sentence is written for
// this test.
func TestQuotedAuxiliaryIsNoPassive(t *testing.T) {
	d := analyse(t, "Karl Brandt spoke on Monday.\n\n''Some fees are fair, others are not,'' said Karl Brandt, a lawyer.")
	wantCuedQuote(t, d, got{kind: text.QuoteDirect, text: "Some fees are fair, others are not,", speaker: "Karl Brandt", cue: "said"})
}

// TestDashAsideIsNoDateline checks that a subject followed by an aside
// between two dashes keeps its verb: one dash after the first words is a
// dateline's, two make an aside. The sentence is written for this test.
func TestDashAsideIsNoDateline(t *testing.T) {
	d := analyse(t, "Ana Ruiz sailed on Monday.\n\nReached by phone on Tuesday, Ruiz — who is a pilot in Dunmore — told the Herald she was not planning an appeal.")
	wantCuedQuote(t, d, got{kind: text.QuoteIndirect, text: "she was not planning an appeal", speaker: "Ana Ruiz", cue: "told", listener: "Herald"})
}
