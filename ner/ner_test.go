package ner

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"dateline/gazetteer"
	"dateline/text"
)

// A small annotated sample written for these tests (not from any corpus).
const sample = `-DOCSTART- -X- -X- O

Marta NNP B-NP B-PER
Lindqvist NNP I-NP I-PER
flew VBD B-VP O
to TO B-PP O
Oslo NNP B-NP B-LOC
. . O O

Smith's NNP B-NP B-PER
firm NN I-NP O
joined VBD B-VP O
the DT B-NP O
Nordic NNP I-NP I-ORG
Council NNP I-NP I-ORG
. . O O

-DOCSTART- -X- -X- O

Swedish JJ B-NP B-MISC
fans NNS I-NP O
cheered VBD B-VP O
. . O O
`

func TestReadCoNLL(t *testing.T) {
	docs, err := ReadCoNLL(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	d := docs[0]
	if want := "Marta Lindqvist flew to Oslo .\nSmith's firm joined the Nordic Council ."; d.Doc.Text != want {
		t.Errorf("text %q, want %q", d.Doc.Text, want)
	}
	var got []string
	for i, tok := range d.Doc.Tokens {
		got = append(got, d.Doc.Slice(tok.Span)+"/"+d.Tags[i])
	}
	// "Smith's" is one CoNLL word but two of our tokens: both take the
	// entity. "the Nordic Council" starts with I- (IOB1): read as B-.
	want := []string{"Marta/B-PER", "Lindqvist/I-PER", "flew/O", "to/O", "Oslo/B-LOC", "./O",
		"Smith/B-PER", "'s/I-PER", "firm/O", "joined/O", "the/O", "Nordic/B-ORG", "Council/I-ORG", "./O"}
	if !slices.Equal(got, want) {
		t.Errorf("tokens/tags\n got %v\nwant %v", got, want)
	}
	if len(d.Doc.Sentences) != 2 {
		t.Errorf("got %d sentences, want 2", len(d.Doc.Sentences))
	}
}

func TestReadCoNLLErrors(t *testing.T) {
	_, err := ReadCoNLL(strings.NewReader("word\n"), "bad.txt")
	if err == nil || !strings.Contains(err.Error(), `"bad.txt"`) {
		t.Errorf("got %v, want an error naming the file", err)
	}
}

func TestSpans(t *testing.T) {
	c := func(ts ...string) []int { return classesOf(ts) }
	tests := []struct {
		name string
		in   []int
		want []Span
	}{
		{"two names", c("B-PER", "I-PER", "O", "B-LOC"), []Span{{0, 2, "PER"}, {3, 4, "LOC"}}},
		{"adjacent entities", c("B-ORG", "B-ORG", "I-ORG"), []Span{{0, 1, "ORG"}, {1, 3, "ORG"}}},
		{"a stray I- starts an entity", c("O", "I-MISC", "I-MISC"), []Span{{1, 3, "MISC"}}},
		{"a type change starts another", c("B-PER", "I-LOC"), []Span{{0, 1, "PER"}, {1, 2, "LOC"}}},
		{"nothing", c("O", "O"), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := spans(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestAllowedTransitions(t *testing.T) {
	for p := 0; p <= nTags; p++ {
		for c := 0; c < nTags; c++ {
			want := !isInside(c) || (p < nTags && p > 0 && typeOf(p) == typeOf(c))
			if allowed[p][c] != want {
				t.Errorf("allowed[%v][%s] = %v, want %v", p, tags[c], allowed[p][c], want)
			}
		}
	}
}

func TestTrainWriteRead(t *testing.T) {
	var docs []Doc
	for i := 0; i < 4; i++ {
		ds, err := ReadCoNLL(strings.NewReader(sample), "sample")
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, ds...)
	}
	m, sc, err := Train(docs, docs[:2], TrainOptions{Epochs: 5, Folds: 2, Seed: 3})
	if err != nil {
		t.Fatal(err)
	}
	if sc.F1 < 0.99 {
		t.Errorf("F1 on its own training data %.3f, want ≥ 0.99 (%s)", sc.F1, sc)
	}
	var buf bytes.Buffer
	if err := m.Write(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(bytes.NewReader(buf.Bytes()), "trained")
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer.Default()
	a, b := NewTagger(m, g).Tag(docs[0].Doc), NewTagger(m2, g).Tag(docs[0].Doc)
	if !slices.Equal(a, b) {
		t.Errorf("tags differ after a write and read: %v vs %v", a, b)
	}
	var buf2 bytes.Buffer
	if err := m2.Write(&buf2); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadModel(bytes.NewReader(buf.Bytes()[:buf.Len()/2]), "half.gz"); err == nil {
		t.Error("a truncated model was read without error")
	}
}

func TestReadModelRejectsGarbage(t *testing.T) {
	_, err := ReadModel(strings.NewReader("not a model"), "junk.gz")
	if err == nil || !strings.Contains(err.Error(), `"junk.gz"`) {
		t.Errorf("got %v, want an error naming the input", err)
	}
}

func segmented(t testing.TB, s string) *text.Document {
	d := text.NewDocument(text.Article{Text: s})
	if err := text.NewSegmenter().Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func TestRefine(t *testing.T) {
	g := gazetteer.Default()
	tests := []struct {
		name, text, phrase, conll, want string
	}{
		{"person", "We met Olaf Brandt there.", "Olaf Brandt", "PER", "PERSON"},
		{"country", "They flew to Norway.", "Norway", "LOC", "GPE"},
		{"city", "They flew to Lagos.", "Lagos", "LOC", "GPE"},
		{"state", "They drove to Texas.", "Texas", "LOC", "GPE"},
		{"sea", "They sailed the Baltic Sea.", "Baltic Sea", "LOC", "LOC"},
		{"continent", "They toured Africa.", "Africa", "LOC", "LOC"},
		{"building word", "They landed at Heathrow Airport.", "Heathrow Airport", "LOC", "FAC"},
		{"metonym building", "A source at the Kremlin said so.", "Kremlin", "LOC", "FAC"},
		{"capital metonym stays a place", "Talks in Brussels ended.", "Brussels", "LOC", "GPE"},
		{"nationality", "Swedish fans cheered.", "Swedish", "MISC", "NORP"},
		{"demonym compound", "The Franco-German plan.", "Franco-German", "MISC", "MISC"},
		{"event", "They won the World Cup.", "World Cup", "MISC", "EVENT"},
		{"other misc", "He drove a Volvo.", "Volvo", "MISC", "MISC"},
		{"country read as an organisation", "The US said no.", "US", "ORG", "GPE"},
		{"country before a title", "Then US President Joe Biden spoke.", "US", "MISC", "GPE"},
		{"organisation", "The World Bank lent money.", "World Bank", "ORG", "ORG"},
		{"agency credit read as a person", "OSLO, June 2 (Nordpress) - The mayor resigned.", "Nordpress", "PER", "ORG"},
		{"agency credit read as a place", "LIMA (Andina) — Prices rose again.", "Andina", "LOC", "ORG"},
		{"brackets later in the sentence are no credit", "The mayor thanked the fire chief, her deputy and the harbour master (Tom Vik) - all three.", "Tom Vik", "PER", "PERSON"},
		{"a river named by the word before its name, read as a person", "Rescuers searched the banks of the River Vell.", "River Vell", "PER", "LOC"},
		{"a mountain read as a town", "Climbers died on Mount Tarn last week.", "Mount Tarn", "LOC", "LOC"},
		{"a club named after a river stays a body", "River Vell beat the visitors.", "River Vell", "ORG", "ORG"},
		{"a river's lower-case word", "Farmers live along the Tarn river.", "Tarn", "LOC", "LOC"},
		{"a dateline's city read as an organisation", "LEEDS, 3 March - The mayor resigned.", "LEEDS", "ORG", "GPE"},
		{"a sports header is no dateline city", "SOCCER - Vell beat Tarn.", "SOCCER", "MISC", "MISC"},
		{"an institution read as a person", "The Marine Office fined the ferry firm.", "Marine Office", "PER", "ORG"},
		{"a newspaper read as a person", "She spoke on Harbour News last night.", "Harbour News", "PER", "ORG"},
		{"a council read as a place", "The Tarn County Council voted on Monday.", "Tarn County Council", "LOC", "ORG"},
		{"a country named a federation stays a place", "Trade with the Russian Federation fell.", "Russian Federation", "LOC", "GPE"},
		{"a surname that names bodies elsewhere stays a person", "Lena Church sang.", "Lena Church", "PER", "PERSON"},
		{"a road read as a person", "Traffic on Quarry Road stopped.", "Quarry Road", "PER", "FAC"},
		{"a square read as a person", "Crowds filled Market Square at noon.", "Market Square", "PER", "FAC"},
		{"a lane after a preposition of place", "A van caught fire in Orchard Lane.", "Orchard Lane", "PER", "FAC"},
		{"a person surnamed Lane stays a person", "Actor Tobias Lane arrived late.", "Tobias Lane", "PER", "PERSON"},
		{"a lane read as a place", "Residents of Orchard Lane complained.", "Orchard Lane", "LOC", "FAC"},
		{"one street word alone stays as tagged", "Street said no.", "Street", "PER", "PERSON"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := segmented(t, tc.text)
			k := strings.Index(tc.text, tc.phrase)
			sp := Span{First: -1, Type: tc.conll}
			for i, tok := range d.Tokens {
				if tok.Start == k {
					sp.First = i
				}
				if tok.End == k+len(tc.phrase) {
					sp.End = i + 1
				}
			}
			if sp.First < 0 || sp.End <= sp.First {
				t.Fatalf("phrase %q is not a token range", tc.phrase)
			}
			if got := Refine(g, d, sp); got != tc.want {
				t.Errorf("Refine(%q, %s) = %s, want %s", tc.phrase, tc.conll, got, tc.want)
			}
		})
	}
}

func TestStage(t *testing.T) {
	d := segmented(t, "Angela Merkel flew to Washington on Monday to meet officials of the World Bank.\n"+
		"“We are ready,” Merkel told German reporters.")
	st := NewStage()
	if err := st.Process(context.Background(), d); err != nil {
		if errors.Is(err, ErrNoModel) {
			t.Fatal("no embedded model: run dateline train ner")
		}
		t.Fatal(err)
	}
	var got []string
	for _, m := range d.Mentions {
		got = append(got, d.Slice(m.Span)+"/"+m.Type)
		if m.Kind != text.MentionName || m.Entity != -1 {
			t.Errorf("mention %q: kind %q entity %d, want name and -1", d.Slice(m.Span), m.Kind, m.Entity)
		}
	}
	want := []string{"Angela Merkel/PERSON", "Washington/GPE", "World Bank/ORG", "Merkel/PERSON", "German/NORP"}
	if !slices.Equal(got, want) {
		t.Errorf("mentions\n got %v\nwant %v", got, want)
	}
	var tagsGot []string
	for _, tok := range d.Tokens[:4] {
		tagsGot = append(tagsGot, tok.NER)
	}
	if want := []string{"B-PERSON", "I-PERSON", "O", "O"}; !slices.Equal(tagsGot, want) {
		t.Errorf("token tags %v, want %v", tagsGot, want)
	}
}

func TestStageEmptyAndOddDocuments(t *testing.T) {
	for _, s := range []string{"", "   ", "“", "—", "1996-08-22", strings.Repeat("A ", 300)} {
		d := segmented(t, s)
		if err := NewStage().Process(context.Background(), d); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add(sample)
	f.Add("-DOCSTART- -X- -X- O\n\nA B C I-PER\nb x y I-ORG\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		docs, err := ReadCoNLL(strings.NewReader(s), "fuzz")
		if err != nil {
			return
		}
		for _, d := range docs {
			if len(d.Tags) != len(d.Doc.Tokens) {
				t.Fatalf("%d tags for %d tokens", len(d.Tags), len(d.Doc.Tokens))
			}
			for _, tg := range d.Tags {
				if tg != "O" && tagIndex(tg) < 0 && !strings.Contains(tg, "-") {
					t.Fatalf("bad tag %q", tg)
				}
			}
		}
	})
}
