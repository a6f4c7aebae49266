package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

// extract fills "language" as ingest does: detected when the input does
// not say, kept when it does. It was always "" before.
func TestExtractLanguage(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"en","text":"The harbour council said on Tuesday that the old swing bridge would reopen to walkers and cyclists in the spring, after two years of repairs that ran over budget."}`,
		`{"id":"fr","text":"Le conseil municipal a annoncé mardi que le vieux pont tournant rouvrira aux piétons et aux cyclistes au printemps, après deux années de travaux qui ont coûté plus que prévu."}`,
		`{"id":"said","language":"de","text":"The council said the bridge would reopen in the spring after two years of repairs."}`,
	}, "\n") + "\n"
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"extract", "--format", "jsonl", "-"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("extract: exit %d, stderr %s", code, errb.String())
	}
	want := map[string]string{"en": "en", "fr": "fr", "said": "de"}
	dec := json.NewDecoder(&out)
	n := 0
	for dec.More() {
		var a struct{ ID, Language string }
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		n++
		if a.Language != want[a.ID] {
			t.Errorf("%s: language %q, want %q", a.ID, a.Language, want[a.ID])
		}
	}
	if n != len(want) {
		t.Errorf("got %d analyses, want %d", n, len(want))
	}
}

// An article in another language is analysed by English models: extract
// says so on stderr, naming the first input of the language, and counts
// them at the end; an English one gets no line.
func TestExtractWarnsOfOtherLanguages(t *testing.T) {
	es := `{"id":"es","text":"El ayuntamiento anunció el martes que el viejo puente giratorio volverá a abrirse a peatones y ciclistas en primavera, tras dos años de obras que costaron más de lo previsto."}`
	in := strings.Join([]string{
		`{"id":"en","text":"The harbour council said on Tuesday that the old swing bridge would reopen to walkers and cyclists in the spring, after two years of repairs that ran over budget."}`,
		es, es, es,
	}, "\n") + "\n"
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"extract", "--format", "jsonl", "-"}, strings.NewReader(in), &out, &errb); code != 0 {
		t.Fatalf("extract: exit %d, stderr %s", code, errb.String())
	}
	// One line for the language's first article, one count at the end:
	// a corpus in Spanish is not a line an article.
	if got := strings.Count(errb.String(), "warning: language"); got != 1 || !strings.Contains(errb.String(), `-:2: warning: language "es"`) {
		t.Errorf("stderr %q: want one warning, for line 2 in Spanish", errb.String())
	}
	if !strings.Contains(errb.String(), "3 of 4 articles not in English (es 3)") {
		t.Errorf("stderr %q: want the count at the end", errb.String())
	}
}
