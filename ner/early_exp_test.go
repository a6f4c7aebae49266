//go:build experiment

package ner

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"dateline/gazetteer"
	"dateline/internal/bbccorpus"
	"dateline/text"
)

// The staged decisions (early.go), measured: EARLY_TEXT names the texts
// (train and valid: CoNLL-2003's; bbc: every other BBC article) and
// EARLY_T the margins, e.g.
//
//	EARLY_TEXT=train,bbc EARLY_T=32,40,48,56 go test -tags experiment ./ner -run TestEarlyExact -v
//
// For each margin: the share of each pass's decisions taken early; of
// tokens whose weak features were looked up (full); of lookups saved
// against the full tagger (all of them: own features of the words the
// cache misses, context, tag history), and of "cold" lookups saved (a
// proxy of the cache misses: lookups of a feature not among the last
// 8,192 looked up); the tokens whose weak features each pass's batch
// looked up (pref), and those a decision looked up alone (dem); and the
// first-pass and final tags that differ from the full tagger's.

// expDocs reads the texts EARLY_TEXT names.
func expDocs(t *testing.T) map[string][]*text.Document {
	out := map[string][]*text.Document{}
	corp := os.Getenv("EARLY_TEXT")
	if corp == "" {
		corp = "train"
	}
	for _, c := range strings.Split(corp, ",") {
		switch c {
		case "train", "valid":
			f, err := os.Open("../../shared/bench/data/ner/conll2003/" + c + ".txt")
			if err != nil {
				t.Skip(err)
			}
			ds, err := ReadCoNLL(f, c)
			f.Close()
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range ds {
				out[c] = append(out[c], d.Doc)
			}
		case "bbc":
			out[c], _ = bbccorpus.Documents(t, "..", 2, text.NewSegmenter())
		}
	}
	return out
}

// TestEarlyExact tags the texts with the full tagger and staged, for each
// margin, and counts the lookups spared and the tags changed.
func TestEarlyExact(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	g := gazetteer.Default()
	var ts []float32
	for _, s := range strings.Split(envOr("EARLY_T", "32,40,48,56"), ",") {
		v, _ := strconv.ParseFloat(s, 32)
		ts = append(ts, float32(v))
	}
	for name, docs := range expDocs(t) {
		type tags struct{ p1, out []int }
		run := func(T float32) ([]tags, *earlyStats) {
			tg := NewTagger(m, g)
			tg.margin = T
			tg.dc.es = new(earlyStats)
			var res []tags
			for _, d := range docs {
				tg.Tag(d)
				res = append(res, tags{append([]int(nil), tg.p1...), append([]int(nil), tg.out...)})
			}
			return res, tg.dc.es
		}
		ref, rs := run(1e4)
		total, cold := 0, 0
		for k := range rs.lookups {
			total += rs.lookups[k]
			cold += rs.cold[k]
		}
		t.Logf("%s: %d docs, %d decisions a pass, %d lookups (own %d, strong %d, weak %d, history %d), cold %d", name, len(docs), rs.decisions[0], total, rs.lookups[lkOwn], rs.lookups[lkStrong], rs.lookups[lkWeak], rs.lookups[lkHistory], cold)
		t.Logf("%5s %7s %7s %7s %7s %7s %8s %8s %6s %6s %6s %6s", "T", "early1", "early2", "full", "saved", "cold", "pref1", "pref2", "dem1", "dem2", "diff1", "diffO")
		for _, T := range ts {
			got, es := run(T)
			d1, dO := 0, 0
			for k := range got {
				for i := range got[k].p1 {
					if got[k].p1[i] != ref[k].p1[i] {
						d1++
					}
					if got[k].out[i] != ref[k].out[i] {
						dO++
					}
				}
			}
			tot, cl := 0, 0
			for k := range es.lookups {
				tot += es.lookups[k]
				cl += es.cold[k]
			}
			full := es.prefetched[0] + es.prefetched[1] + es.ondemand[0] + es.ondemand[1]
			n := float64(es.decisions[0])
			t.Logf("%5.1f %7.3f %7.3f %7.3f %7.3f %7.3f %8d %8d %6d %6d %6d %6d", T,
				float64(es.early[0])/n, float64(es.early[1])/n, float64(full)/n,
				1-float64(tot)/float64(total), 1-float64(cl)/float64(cold),
				es.prefetched[0], es.prefetched[1], es.ondemand[0], es.ondemand[1], d1, dO)
		}
	}
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
