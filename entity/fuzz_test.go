package entity

import (
	"context"
	"testing"

	"dateline/ner"
	"dateline/text"
)

// FuzzStage runs segmentation, NER and the entity stage on any text: no
// panic, every mention inside the text, every entity's mentions pointing
// back to it, IDs in order.
func FuzzStage(f *testing.F) {
	for _, s := range []string{
		article,
		"He said. She said. They said its.",
		"“I”, Mr. Smith said, “we will.” Smith, the CEO of Acme Corp, left.",
		"Former US President Barack Obama, the author, met the Ukrainian leader.",
		"the the the , , President",
		"Mr.",
	} {
		f.Add(s)
	}
	ctx := context.Background()
	nerStage, st := ner.NewStage(), NewStage()
	f.Fuzz(func(t *testing.T, s string) {
		d := text.NewDocument(text.Article{Text: s})
		for _, p := range []interface {
			Process(context.Context, *text.Document) error
		}{text.NewSegmenter(), nerStage, st} {
			if err := p.Process(ctx, d); err != nil {
				t.Fatal(err)
			}
		}
		for i, e := range d.Entities {
			if want := "E" + itoa(i+1); e.ID != want {
				t.Fatalf("entity %d has ID %q, want %q", i, e.ID, want)
			}
			if len(e.Mentions) == 0 {
				t.Fatalf("entity %s has no mention", e.ID)
			}
			for _, mi := range e.Mentions {
				m := d.Mentions[mi]
				if m.Entity != i {
					t.Fatalf("mention %d of %s points to %d", mi, e.ID, m.Entity)
				}
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End {
					t.Fatalf("mention span %v outside the text (%d bytes)", m.Span, len(s))
				}
			}
		}
	})
}
