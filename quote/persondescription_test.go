package quote

import (
	"context"
	"testing"

	"dateline/entity"
	"dateline/ner"
	"dateline/text"
)

// TestPersonDescriptionSpeaker: "the singer said", "the 32-year-old
// rapper told" speak as the one person the story named right after that
// word before ("pop singer Jo Penn"); with no one so named, or two, the
// description is a person of its own; a parent's epithet with no one so
// named is the person in focus, as an age is (sentences written for the
// test, through the tagger, the parser and the entity stage).
func TestPersonDescriptionSpeaker(t *testing.T) {
	tests := []struct{ name, text, cue, want string }{
		{"the one singer named",
			"Pop singer Joan Penn will play in Leeds in May. Tickets sold out in an hour. \"It is a great city,\" the singer said.",
			"said", "Joan Penn"},
		{"an age before the noun",
			"US rapper Tom Vale has cancelled his tour of Europe. The 32-year-old rapper told reporters he was tired.",
			"told", "Tom Vale"},
		{"two singers named: no one",
			"Singer Joan Penn and singer Ruth Lomas will play in Leeds in May. \"It is a great city,\" the singer said.",
			"said", "singer"},
		{"no one so named: a person of its own",
			"Joan Penn will play in Leeds in May. Tom Vale will not. \"It is a great city,\" the singer said.",
			"said", "singer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCueSpeaker(t, quotedDoc(t, tt.text), tt.cue, tt.want)
		})
	}
}

// TestPronounPrefersTheNamed: "he" after a person the story calls only
// "the comedian", in a sentence that names a person, is the person named
// (the writer's description of him), not a stranger by the noun; with no
// one named in that sentence the description goes on (sentences written
// for the test).
func TestPronounPrefersTheNamed(t *testing.T) {
	tests := []struct{ name, text, cue, want string }{
		{"named in the description's sentence",
			"Stars join Marsden show\n\nTom Vale and Sam Kirby have signed up for Peter Marsden's new comedy, the comedian has told BBC News.\n\nHe said they had both read the scripts and had agreed to appear in the show.\n",
			"said", "Peter Marsden"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkCueSpeaker(t, quotedDoc(t, tt.text), tt.cue, tt.want)
		})
	}
}

// quotedDoc runs the real stages before quotes (segmenter, ner, parser,
// entities) and the quote stage over txt.
func quotedDoc(t *testing.T, txt string) *text.Document {
	t.Helper()
	d := text.NewDocument(text.Article{ID: "test", Text: txt})
	for _, st := range []interface {
		Process(context.Context, *text.Document) error
	}{text.NewSegmenter(), ner.NewStage(), parser(t), entity.NewStage()} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	runQuotes(t, d)
	return d
}
