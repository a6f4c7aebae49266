package syntax

import (
	"encoding/gob"
	"fmt"
	"os"
	"time"
)

// jackknifeBoth tags each training sentence with both passes of a tagger
// trained on the other folds. jackknife gives the parser first-pass tags
// only, while at run time it sees the second pass's, which are better:
// with these it learns from tags made as they will be. first holds the
// first pass's jackknifed tags of every sentence, which each fold's second
// pass learns from (the tags of its own sentences came from taggers that
// saw the held-out fold, but only as tags; the fold's taggers never see
// its words). clus says whether the taggers use word clusters.
func jackknifeBoth(train []*tsent, v *vocab, clus bool, first [][]int32, o TrainOptions, start time.Time) ([][]int32, error) {
	out := make([][]int32, len(train))
	cache := jackknifeCache(clus, o)
	if cache != "" {
		cache += ".both"
		if f, err := os.Open(cache); err == nil {
			defer f.Close()
			if err := gob.NewDecoder(f).Decode(&out); err == nil && len(out) == len(train) {
				fmt.Fprintf(o.Log, "two-pass jackknifed tags from %s\n", cache)
				return out, nil
			}
		}
	}
	for fold := 0; fold < o.Jackknife; fold++ {
		var in []*tsent
		var inFirst [][]int32
		for i, s := range train {
			if i%o.Jackknife != fold {
				in = append(in, s)
				inFirst = append(inFirst, first[i])
			}
		}
		fm := foldModel(in, v, clus)
		var err error
		// The seeds of jackknife's fold taggers, so the first pass is the
		// one that made first.
		if fm.tagger, err = trainTagger(fm, in, nil, o, o.Seed+uint64(fold)+1); err != nil {
			return nil, err
		}
		if fm.tagger2, err = trainTagger(fm, in, inFirst, o, o.Seed+uint64(fold)+101); err != nil {
			return nil, err
		}
		for i, s := range train {
			if i%o.Jackknife == fold {
				out[i] = fm.tagWords(s.words)
			}
		}
		fmt.Fprintf(o.Log, "two-pass jackknife fold %d/%d tagged (%s)\n", fold+1, o.Jackknife, time.Since(start).Round(time.Second))
	}
	if cache != "" {
		if f, err := os.Create(cache); err == nil {
			gob.NewEncoder(f).Encode(out)
			f.Close()
		}
	}
	return out, nil
}
