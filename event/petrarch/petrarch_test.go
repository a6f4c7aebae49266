package petrarch

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadActors(t *testing.T) {
	const dict = `# header comment
<!-- a comment
spanning lines [XXX] -->
NUMENOR_ [NUM]  # island
+WESTERNESSE
+ELENNA_
DOL_AMROTH
	[DOL < 950630]
	[AMR]
SHIRE [FRO/BIL]
NOCODE_HERE
ORTHANC
	[ISE 19950101 - 19991231] [SAR]
`
	acts, err := ReadActors(strings.NewReader(dict), "test")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(acts), 4; got != want {
		t.Fatalf("entries: got %d, want %d (%+v)", got, want, acts)
	}
	tests := []struct {
		name  string
		entry int
		date  int
		want  []string
	}{
		{"undated code", 0, 20200101, []string{"NUM"}},
		{"before a cutoff", 1, 19940101, []string{"DOL"}},
		{"after a cutoff falls back to the default", 1, 19960101, []string{"AMR"}},
		{"slash makes two actors", 2, 0, []string{"FRO", "BIL"}},
		{"date range", 3, 19970505, []string{"ISE"}},
		{"outside a range", 3, 20050505, []string{"SAR"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := acts[tc.entry].CodesOn(tc.date); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("CodesOn(%d): got %v, want %v", tc.date, got, tc.want)
			}
		})
	}
	if got, want := len(acts[0].Phrases), 3; got != want {
		t.Errorf("synonyms: got %d phrases, want %d", got, want)
	}
	if w := acts[0].Phrases[0][0]; !w.Stopped || w.Text != "NUMENOR" {
		t.Errorf("stopped word: got %+v", w)
	}
}

func TestReadAgents(t *testing.T) {
	const dict = `!PERSON! = MAN, WOMAN
STEWARD [~GOV]
FERRY!PERSON! [~CVL]
ENT_WIFE {ENT_WIVES} [~ENT]
PALANTIR {} [~SPY]
GREY_COMPANY [RNG~]
`
	ags, err := ReadAgents(strings.NewReader(dict), "test")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range ags {
		var ph []string
		for _, p := range a.Phrases {
			var ws []string
			for _, w := range p {
				ws = append(ws, w.Text)
			}
			ph = append(ph, strings.Join(ws, " "))
		}
		pre := ""
		if a.Prefix {
			pre = "prefix "
		}
		got = append(got, pre+a.Code+": "+strings.Join(ph, ", "))
	}
	want := []string{
		"GOV: STEWARD, STEWARDS",
		"CVL: FERRYMAN, FERRYMANS, FERRYWOMAN, FERRYWOMANS",
		"ENT: ENT WIFE, ENT WIVES",
		"SPY: PALANTIR",
		"prefix RNG: GREY COMPANY, GREY COMPANIES",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("agents:\n got %q\nwant %q", got, want)
	}
}

func TestReadVerbs(t *testing.T) {
	const dict = `&BEAST
+WARG
+OLIPHAUNT_
+&STEED

&STEED
+HORSE

--- RIDE [042] ---
RIDE {RODE RIDDEN RIDING}
+RIDE_OUT [043]
- * (TO +) [042:043]
- $ * &BEAST AGAINST + [190]
- NOT * [---]
~ a (a b ATTACK) SAY = a b 015
--- HALT [---] ---
HALT
`
	d, err := ReadVerbs(strings.NewReader(dict), "test")
	if err != nil {
		t.Fatal(err)
	}
	if got := len(d.Blocks); got != 2 {
		t.Fatalf("blocks: got %d, want 2", got)
	}
	b := d.Blocks[0]
	if b.Code != "042" || len(b.Verbs) != 2 || len(b.Patterns) != 3 {
		t.Fatalf("block: got code %q, %d verbs, %d patterns", b.Code, len(b.Verbs), len(b.Patterns))
	}
	if v := b.Verbs[1]; len(v.Words) != 2 || v.Words[1].Text != "OUT" || v.Code != "043" {
		t.Errorf("multi-word verb: got %+v", v)
	}
	if got := len(b.Verbs[0].Forms); got != 3 {
		t.Errorf("irregular forms: got %d, want 3", got)
	}
	p := b.Patterns[0]
	if p.Code != "042" || p.Reverse != "043" || len(p.Post) != 1 || p.Post[0].Kind != ElemPrep {
		t.Errorf("pattern (TO +): got %+v", p)
	}
	if sub := p.Post[0].Sub; len(sub) != 2 || sub[0].Word.Text != "TO" || sub[1].Kind != ElemTarget {
		t.Errorf("prep phrase: got %+v", sub)
	}
	p = b.Patterns[1]
	if len(p.Pre) != 1 || p.Pre[0].Kind != ElemSource || len(p.Post) != 3 || p.Post[0].Kind != ElemSynset {
		t.Errorf("pattern with $ and synset: got %+v", p)
	}
	if got := len(d.Synsets["&BEAST"]); got != 3 {
		t.Errorf("synset members: got %d, want 3", got)
	}
}

func TestReadConfig(t *testing.T) {
	dir := t.TempDir()
	dicts := filepath.Join(dir, "dictionaries")
	if err := os.Mkdir(dicts, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(filepath.Join(dicts, "v.txt"), "--- MEET [040] ---\nMEET\n")
	write(filepath.Join(dicts, "a.txt"), "GONDOR [GON]\n")
	write(filepath.Join(dir, "b.txt"), "ROHAN [ROH]\n")
	cfg := filepath.Join(dir, "PETR_config.ini")
	write(cfg, "[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt, "+filepath.Join(dir, "b.txt")+
		"\n\n[Options]\nrequire_dyad = False\n")
	c, err := ReadConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	d, err := c.Load()
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Actors) != 2 || len(d.Verbs.Blocks) != 1 || d.Options["require_dyad"] != "False" {
		t.Errorf("loaded: %d actors, %d blocks, options %v", len(d.Actors), len(d.Verbs.Blocks), d.Options)
	}
	t.Run("missing dictionary is named", func(t *testing.T) {
		write(cfg, "[Dictionaries]\nverbfile_name = nope.txt\nactorfile_list = a.txt\n")
		_, err := ReadConfig(cfg)
		if err == nil || !strings.Contains(err.Error(), `"nope.txt"`) {
			t.Errorf("got %v, want an error naming nope.txt", err)
		}
	})
}

// TestReadPETRARCHDictionaries reads the real PETRARCH-2 dictionaries lent
// under ../shared (present in CI at the same relative path).
func TestReadPETRARCHDictionaries(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "bench", "data", "events", "petrarch2", "dictionaries")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no PETRARCH dictionaries at %s", dir)
	}
	v, err := readFile(filepath.Join(dir, "CAMEO.2.0.txt"), ReadVerbs)
	if err != nil {
		t.Fatal(err)
	}
	np := 0
	for _, b := range v.Blocks {
		np += len(b.Patterns)
	}
	if len(v.Blocks) < 390 || np < 4500 {
		t.Errorf("CAMEO.2.0.txt: got %d blocks, %d patterns; want about 397 and 4,668", len(v.Blocks), np)
	}
	a, err := readFile(filepath.Join(dir, "Phoenix.Countries.actors.txt"), ReadActors)
	if err != nil {
		t.Fatal(err)
	}
	if len(a) < 15000 {
		t.Errorf("Phoenix.Countries.actors.txt: got %d entries, want > 15000", len(a))
	}
	ag, err := readFile(filepath.Join(dir, "Phoenix.agents.txt"), ReadAgents)
	if err != nil {
		t.Fatal(err)
	}
	if len(ag) < 1500 {
		t.Errorf("Phoenix.agents.txt: got %d entries, want > 1500", len(ag))
	}
}

func FuzzReadVerbs(f *testing.F) {
	f.Add("--- A [010] ---\nA {B C}\n- * (TO +) {X Y} [1:2]\n&S\n+T_U\n")
	f.Add("- * [")
	f.Fuzz(func(t *testing.T, s string) {
		_, _ = ReadVerbs(strings.NewReader(s), "fuzz")
		_, _ = ReadActors(strings.NewReader(s), "fuzz")
		_, _ = ReadAgents(strings.NewReader(s), "fuzz")
		_, _ = ReadDiscards(strings.NewReader(s), "fuzz")
	})
}
