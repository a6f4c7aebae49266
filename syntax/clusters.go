package syntax

import (
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"dateline/internal/gzfile"
)

// Distributional word clusters: words whose GloVe vectors (trained on
// Wikipedia and Gigaword news) lie close together share a cluster, so
// that what the treebank teaches about "warned" carries over to
// "cautioned", which it never shows. Each fine cluster also has a path of
// coarser groups (256, 64, 16), used as the prefixes of Brown clusters
// are by Koo, Carreras and Collins (2008). See clusters/README.md.
//
//go:embed clusters/clusters.tsv.gz
var clustersGz []byte

// clusterLex maps a word's lower-case hash (lowerKey) to its cluster.
type clusterLex struct {
	word map[uint64]uint16 // lowerKey -> fine cluster + 1
	// group[c] holds fine cluster c's groups, finest first: 1 + its number
	// among 256, among 64, among 16.
	group [][3]uint16
}

// Cluster numbers of one word for features: 0 for a word without a
// cluster, else 1 + its fine cluster and 1 + its groups.
type clusterIDs struct{ fine, g256, g64, g16 uint64 }

func (l *clusterLex) lookup(lower uint64) clusterIDs {
	c := l.word[lower]
	if c == 0 || int(c) > len(l.group) {
		return clusterIDs{}
	}
	g := l.group[c-1]
	return clusterIDs{uint64(c), uint64(g[0]), uint64(g[1]), uint64(g[2])}
}

// clusters returns the embedded cluster lexicon, decoded once. A broken
// embedded file is a build error caught by the tests; at run time it
// gives an empty lexicon, never a panic.
var clusters = sync.OnceValue(func() *clusterLex {
	l, err := decodeClusters(clustersGz)
	if err != nil {
		return &clusterLex{word: map[uint64]uint16{}}
	}
	return l
})

// decodeClusters reads the generator's file: "cluster<TAB>g256<TAB>g64<TAB>g16"
// lines numbering the clusters 0, 1, …, then "word<TAB>cluster" lines.
func decodeClusters(gz []byte) (*clusterLex, error) {
	l := &clusterLex{word: make(map[uint64]uint16, 200000)}
	num := func(s string, limit int) (uint16, error) {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 || n >= limit {
			return 0, fmt.Errorf("%q is not a number below %d", s, limit)
		}
		return uint16(n), nil
	}
	err := gzfile.Lines(bytes.NewReader(gz), func(ln int, line string) error {
		f := strings.Split(line, "\t")
		switch len(f) {
		case 4:
			c, err := num(f[0], 1<<15)
			if err != nil || int(c) != len(l.group) {
				return fmt.Errorf("line %d: cluster %q out of order", ln, f[0])
			}
			var g [3]uint16
			for i := range g {
				n, err := num(f[i+1], 1<<15)
				if err != nil {
					return fmt.Errorf("line %d: %w", ln, err)
				}
				g[i] = n + 1
			}
			l.group = append(l.group, g)
		case 2:
			c, err := num(f[1], len(l.group))
			if err != nil {
				return fmt.Errorf("line %d: cluster of %q: %w", ln, f[0], err)
			}
			l.word[lowerHash(fnvOffset, f[0])] = c + 1
		default:
			return fmt.Errorf("line %d: %d fields, want 2 or 4", ln, len(f))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("word clusters: %w", err)
	}
	return l, nil
}
