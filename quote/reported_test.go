package quote

import (
	"bytes"
	"compress/gzip"
	"context"
	"strings"
	"testing"

	"dateline/entity"
	"dateline/ner"
	"dateline/text"
)

// TestReportedBoundaries checks where the content of reported speech ends,
// with the real parser, on sentences written for this test. The content
// runs to the end of the reporting clause, but not over a comment the
// writer adds after a comma, a second verb of the speaker, or more words
// about the source.
func TestReportedBoundaries(t *testing.T) {
	tests := []struct {
		name, text, cue, want string
	}{
		{"a that clause keeps its complementiser",
			"Mayor Ana Ruiz said that the ferry would stop running in March.",
			"said", "that the ferry would stop running in March"},
		{"a relative clause after a comma is the writer's",
			"Ruiz said the repairs would cost $4 million, which is twice the town's yearly budget.",
			"said", "the repairs would cost $4 million"},
		{"a concession after a comma is the writer's",
			"Okafor insisted her bakery would stay open, although most shops on the street have closed.",
			"insisted", "her bakery would stay open"},
		{"a second verb of the speaker is not content",
			"Okafor said the council had ignored her letters, and then she walked out of the meeting.",
			"said", "the council had ignored her letters"},
		{"an apposition of the source is not content",
			"Ticket sales fell by half last spring, according to Tom Weller, an analyst at a travel firm.",
			"according to", "Ticket sales fell by half last spring"},
		{"a participle on the source is not content",
			"Ticket sales fell by half last spring, according to a survey published on Monday by the ministry.",
			"according to", "Ticket sales fell by half last spring"},
		{"a source opening the sentence ends at its comma",
			"According to early results of polls taken for the networks, nearly half of voters in Ohio were young.",
			"According to", "nearly half of voters in Ohio were young"},
		{"a call for something",
			"The union called for a full inquiry into the crash.",
			"called", "a full inquiry into the crash"},
		{"a time between a cue and its open clause is no part of it",
			"The two councils agreed on Tuesday to share a ferry service.",
			"agreed", "to share a ferry service"},
		{"a stance with a preposition",
			"Okafor pointed to the empty shops on Main Street as proof of the damage.",
			"pointed", "the empty shops on Main Street as proof of the damage"},
		{"an impression holds its subject",
			"The ferry plan appears to have failed after the vote in May.",
			"appears", "The ferry plan appears to have failed after the vote in May"},
		{"a subject parsed as the object joins its clause",
			"The spokesman responded Friday, saying local farmers and traders have donated to the fund.",
			"saying", "local farmers and traders have donated to the fund"},
		{"a subject parsed as the object joins a verb parsed as the speaker's",
			"The mayor said his deputy and her aide, a lawyer from Leeds, drafted the new budget.",
			"said", "his deputy and her aide, a lawyer from Leeds, drafted the new budget"},
		{"the person told is not the subject of what was told",
			"Okafor told the reporters waiting outside she would appeal the ruling.",
			"told", "she would appeal the ruling"},
		{"a demonstrative subject after the cue is not a relative pronoun",
			"Ruiz said that was a fair price for the land.",
			"said", "that was a fair price for the land"},
		{"a demonstrative subject of a verb after the cue",
			"The mayor said that overlooked the cost of the new road.",
			"said", "that overlooked the cost of the new road"},
		{"a phrase the reported clause puts first is content",
			"Okafor says despite the rain, she plans to open the market on Sunday.",
			"says", "despite the rain, she plans to open the market on Sunday"},
		{"a clause parsed apart from its cue by a fronted phrase",
			"Ruiz says after the vote, the council will meet again in March.",
			"says", "after the vote, the council will meet again in March"},
		{"the circumstances of the saying are not content",
			"Lee said in a statement, the council will meet again.",
			"said", "the council will meet again"},
		{"a lone name before a colon",
			"Matthews: Well, the polls were wrong again in Ohio.",
			":", "Well, the polls were wrong again in Ohio"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantIndirectSpan(t, tt.text, tt.cue, tt.want)
		})
	}
}

// TestNamedHolder checks that, with the lexicon bar deciding
// (Config.MinReported, in place of the cue model), a cue the lexicon is
// unsure of is kept when a named person holds its content and dropped
// when a pronoun does.
func TestNamedHolder(t *testing.T) {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte("# test\nponder\tccomp\t7\t3\n")) // score 0.30
	zw.Close()
	lex, err := ReadLexicon(&b, "test")
	if err != nil {
		t.Fatal(err)
	}
	stage := NewStageWith(Config{Lexicon: lex, MinReported: minReportedCue})
	tests := []struct {
		name, text string
		want       int
	}{
		{"a named person", "Grace Okafor pondered that the bakery might have to close.", 1},
		{"a pronoun", "She pondered that the bakery might have to close.", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := text.NewDocument(text.Article{ID: "test", Text: tt.text})
			ctx := context.Background()
			for _, st := range []interface {
				Process(context.Context, *text.Document) error
			}{text.NewSegmenter(), parser(t), ner.NewStage(), entity.NewStage(), stage} {
				if err := st.Process(ctx, d); err != nil {
					t.Fatal(err)
				}
			}
			if got := len(d.Quotes); got != tt.want {
				t.Errorf("got %d quotes %+v, want %d", got, describe(d, d.Quotes), tt.want)
			}
		})
	}
}

// TestReportedSpeaker checks the speaker of reported speech where the
// parse's subject is not the speaker: the subject of a passive cue is who
// was asked or expected, not who spoke, and a dateline is no one.
func TestReportedSpeaker(t *testing.T) {
	tests := []struct {
		name, text, cue, speaker string // speaker: a word of the name, "" for none
	}{
		{"a passive with no agent", "Mayor Ana Ruiz was asked whether the ferry would run again in May.", "asked", ""},
		{"a participle opening the sentence", "Asked about the delay, Mayor Ana Ruiz said the ferry would run again in May.", "Asked", ""},
		{"the active verb keeps its subject", "Mayor Ana Ruiz asked whether the ferry would run again in May.", "asked", "Ruiz"},
		{"a dateline is not the subject", "RIVERTON (AP) — Mayor Ana Ruiz is insisting that the ferry will run again in May.", "insisting", "Ruiz"},
		{"a second verb parsed as parataxis shares the subject",
			"Mayor Ana Ruiz thanked the volunteers at City Hall, then says she will open the bridge in May.", "says", "Ruiz"},
		{"an impression has no holder", "The ferry plan appears to have failed after the vote in May.", "appears", ""},
		{"the clause after the participle keeps its subject", "Asked about the delay, Mayor Ana Ruiz said the ferry would run again in May.", "said", "Ruiz"},
		{"a connective between commas opens the second clause's subject",
			"The ministry initially denied all claims that the envoy was poisoned, however, a UN report eventually concluded the evidence supported murder.", "concluded", "UN"},
		{"a participle after a passive is its agent's",
			"The results were described by Mayor Ana Ruiz as a clear mandate, saying she intends to reopen the ferry in May.", "saying", "Ruiz"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := analyse(t, tt.text)
			for _, g := range describe(d, d.Quotes) {
				if g.cue != tt.cue {
					continue
				}
				if tt.speaker == "" && g.speaker != "" || !strings.Contains(g.speaker, tt.speaker) {
					t.Errorf("quote cued by %q has speaker %q, want %q", tt.cue, g.speaker, tt.speaker)
				}
				return
			}
			t.Errorf("no quote cued by %q among %+v", tt.cue, describe(d, d.Quotes))
		})
	}
}
