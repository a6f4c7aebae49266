package conllu

import (
	"bufio"
	"errors"
	"strings"
	"testing"
)

// A sentence written for this test: a multiword token, an empty node and comments.
const sample = "# sent_id = t1\n# text = We can't go.\n" +
	"1\tWe\twe\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n" +
	"2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
	"2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n" +
	"3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n" +
	"4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n" +
	"4.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t_\t_\n" +
	"5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\tSpaceAfter=No\n" +
	"\n" +
	"1\tYes\tyes\tINTJ\tUH\t_\t0\troot\t_\t_\n" +
	"\n"

func TestRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(sents), 2; got != want {
		t.Fatalf("sentences: got %d, want %d", got, want)
	}
	var b strings.Builder
	w := bufio.NewWriter(&b)
	for _, s := range sents {
		if err := Write(w, s); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	if got := b.String(); got != sample {
		t.Errorf("round trip:\ngot  %q\nwant %q", got, sample)
	}
}

func TestWordsAndHeads(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	s := sents[0]
	if got, want := len(s.Words()), 5; got != want {
		t.Errorf("words: got %d, want %d (ranges and empty nodes skipped)", got, want)
	}
	heads, err := s.Heads()
	if err != nil {
		t.Fatal(err)
	}
	want := []int{3, 3, 3, -1, 3}
	for i := range want {
		if heads[i] != want[i] {
			t.Errorf("head of word %d: got %d, want %d", i, heads[i], want[i])
		}
	}
}

func TestMalformed(t *testing.T) {
	tests := []struct{ name, in string }{
		{"too few columns", "1\tWe\twe\n\n"},
		{"empty form", "1\t\twe\tPRON\tPRP\t_\t0\troot\t_\t_\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAll(strings.NewReader(tt.in), "bad.conllu")
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("got %v, want ErrFormat", err)
			}
			if !strings.Contains(err.Error(), "bad.conllu:1") {
				t.Errorf("error %q does not name the input and line", err)
			}
		})
	}
}

func TestBadHead(t *testing.T) {
	s := &Sentence{Lines: []Line{{ID: "1", Form: "Hi", Head: "7"}}}
	if _, err := s.Heads(); err == nil {
		t.Error("got no error for a head outside the sentence")
	}
}

func FuzzReader(f *testing.F) {
	f.Add(sample)
	f.Add("#\n\n\n1\ta\tb\tc\td\te\tf\tg\th\ti")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadAll(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, s := range sents {
			s.Words()
			s.Heads()
		}
	})
}
