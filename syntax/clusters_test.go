package syntax

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func gzipped(t *testing.T, s string) []byte {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestDecodeClustersReadsTheGeneratorsFormat: a file in the generator's
// form gives each word its cluster and the cluster's groups, and a word
// the file lacks gets none.
func TestDecodeClustersReadsTheGeneratorsFormat(t *testing.T) {
	l, err := decodeClusters(gzipped(t, "# Code generated … DO NOT EDIT.\n0\t0\t0\t0\n1\t0\t0\t0\n2\t1\t0\t0\nreporter\t0\njournalist\t0\nmonday\t2\nSunday\t2\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, word string
		want       clusterIDs
	}{
		{"a word of the first cluster", "journalist", clusterIDs{1, 1, 1, 1}},
		{"a word of another group of 256", "monday", clusterIDs{3, 2, 1, 1}},
		{"a word found whatever its case", "Monday", clusterIDs{3, 2, 1, 1}},
		{"a word written with capitals in the file", "sunday", clusterIDs{3, 2, 1, 1}},
		{"a word not in the file", "tuesday", clusterIDs{}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := l.lookup(lowerKey(tt.word)); got != tt.want {
				t.Errorf("lookup(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

// TestDecodeClustersRejectsBrokenFiles: a damaged file is an error naming
// the line, not a panic or a silently wrong lexicon.
func TestDecodeClustersRejectsBrokenFiles(t *testing.T) {
	for _, tt := range []struct{ name, file, want string }{
		{"a word of a cluster never declared", "0\t0\t0\t0\nword\t1\n", "line 2"},
		{"clusters out of order", "1\t0\t0\t0\n", "line 1"},
		{"a line of three fields", "0\t0\t0\t0\nword\t0\t1\n", "line 2"},
		{"a group that is not a number", "0\tx\t0\t0\n", "line 1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := decodeClusters(gzipped(t, tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one naming %s", err, tt.want)
			}
		})
	}
	if _, err := decodeClusters([]byte("not gzip")); err == nil {
		t.Error("decodeClusters accepted bytes that are not gzip")
	}
}

// TestEmbeddedClusters: the embedded file decodes whole, and words used
// alike in news share a cluster while words used differently do not.
func TestEmbeddedClusters(t *testing.T) {
	l, err := decodeClusters(clustersGz)
	if err != nil {
		t.Fatal(err)
	}
	if len(l.word) < 150000 || len(l.group) != 1024 {
		t.Fatalf("%d words in %d clusters, want at least 150,000 in 1,024", len(l.word), len(l.group))
	}
	if got := clusters(); len(got.word) != len(l.word) {
		t.Errorf("clusters() has %d words, the file %d", len(got.word), len(l.word))
	}
	k := func(w string) clusterIDs { return l.lookup(lowerKey(w)) }
	for _, tt := range []struct {
		name string
		a, b string
		same bool
	}{
		{"speech verbs", "said", "told", true},
		{"speech verbs, regular and irregular", "warned", "told", true},
		{"day names", "Monday", "Tuesday", true},
		{"people who report", "reporters", "journalists", true},
		{"a speech verb and a day name differ", "said", "Monday", false},
		{"a determiner and a speech verb differ", "the", "said", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, b := k(tt.a), k(tt.b)
			if a.fine == 0 || b.fine == 0 {
				t.Fatalf("%q or %q has no cluster: %v %v", tt.a, tt.b, a, b)
			}
			if got := a.fine == b.fine; got != tt.same {
				t.Errorf("cluster(%s) = %d, cluster(%s) = %d: same = %v, want %v", tt.a, a.fine, tt.b, b.fine, got, tt.same)
			}
		})
	}
}

// TestClusterFeaturesOnlyForModelsTrainedWithThem: the cluster templates
// add features to the tagger, parser and labeller of a model trained with
// them, and a model trained before them gets exactly the features it was
// trained on.
func TestClusterFeaturesOnlyForModelsTrainedWithThem(t *testing.T) {
	words := []string{"Officials", "cautioned", "reporters", "on", "Tuesday", "."}
	count := func(tagCl, parCl bool) (tagKnown, tagUnknown, parse, label int) {
		m := tinyModel(t)
		m.allTemplates, m.senses = true, true
		m.tagClusters, m.parseClusters = tagCl, parCl
		if err := m.finish(); err != nil {
			t.Fatal(err)
		}
		sc := m.getScratch()
		m.prepare(sc, words)
		if parCl && sc.ws[3].cl.fine == 0 {
			t.Fatalf("%q has no cluster", words[1])
		}
		sc.ws[2].known, sc.ws[3].known = true, false
		tagKnown = len(tagFeatures(nil, sc.ws, 0, -1, -1, nil, m.tagClusters))
		tagUnknown = len(tagFeatures(nil, sc.ws, 1, 0, -1, nil, m.tagClusters))
		tags := make([]int32, len(words))
		m.setSent(&sc.x, sc.ws, tags)
		m.setClasses(&sc.x, sc.ws, tags, words, words)
		var s state
		s.reset(len(words))
		s.apply(shift, -1)
		s.apply(shift, -1)
		parse = len(m.parseFeatures(nil, &sc.pv, &sc.x, &s))
		label = len(m.labelFeatures(nil, &sc.lv, &sc.x, sc.ws[2:len(words)+2], &s, 1, 0))
		return
	}
	k0, u0, p0, l0 := count(false, false)
	for _, tt := range []struct {
		name                 string
		tagCl, parCl         bool
		dKnown, dUnk, dP, dL int
	}{
		{"tagger and parser", true, true, 7, 8, 10, 5},
		{"tagger only", true, false, 7, 8, 0, 0},
		{"parser only", false, true, 0, 0, 10, 5},
	} {
		t.Run(tt.name, func(t *testing.T) {
			k, u, p, l := count(tt.tagCl, tt.parCl)
			if k-k0 != tt.dKnown || u-u0 != tt.dUnk || p-p0 != tt.dP || l-l0 != tt.dL {
				t.Errorf("more features: tagger %d (unknown word %d), parser %d, labeller %d; want %d, %d, %d, %d",
					k-k0, u-u0, p-p0, l-l0, tt.dKnown, tt.dUnk, tt.dP, tt.dL)
			}
		})
	}
}

// TestDroppedTemplatesSurviveTheFile: a parser and labeller trained
// without some templates parse without them after a round trip through
// their file, and only those features are left out, with or without word
// clusters.
func TestDroppedTemplatesSurviveTheFile(t *testing.T) {
	words := []string{"Officials", "cautioned", "reporters", "on", "Tuesday", "."}
	for _, clusters := range []bool{false, true} {
		t.Run(fmt.Sprintf("clusters %v", clusters), func(t *testing.T) {
			m := tinyModel(t)
			m.allTemplates, m.senses, m.tagClusters, m.parseClusters = true, true, clusters, clusters
			if err := m.finish(); err != nil {
				t.Fatal(err)
			}
			features := func(m *Model) (parse, label []uint64) {
				sc, s := afterTwoShifts(m, words)
				parse = m.parseFeatures(nil, &sc.pv, &sc.x, s)
				label = m.labelFeatures(nil, &sc.lv, &sc.x, sc.ws[2:len(words)+2], s, 1, 0)
				return parse, label
			}
			allParse, allLabel := features(m)
			m.parseDrop, m.labelDrop = make([]bool, maxParseFeatures), make([]bool, maxParseFeatures)
			m.parseDrop[3], m.parseDrop[70], m.labelDrop[1] = true, true, true
			var b bytes.Buffer
			if err := m.Write(&b); err != nil {
				t.Fatal(err)
			}
			m2, err := ReadModel(bytes.NewReader(b.Bytes()), "tiny")
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(m2.parseDrop, m.parseDrop) || !slices.Equal(m2.labelDrop, m.labelDrop) {
				t.Fatalf("dropped positions did not survive the file")
			}
			parse, label := features(m2)
			wantParse := slices.DeleteFunc(slices.Clone(allParse), func(f uint64) bool {
				return f == parseFeatureAt(t, m, words, 3) || f == parseFeatureAt(t, m, words, 70)
			})
			if len(parse) != len(allParse)-2 || !sameSet(parse, wantParse) {
				t.Errorf("got %d parser features, want the %d but those of positions 3 and 70", len(parse), len(allParse))
			}
			if len(label) != len(allLabel)-1 || slices.Contains(label, allLabel[1]) {
				t.Errorf("got %d labeller features, want the %d but that of position 1", len(label), len(allLabel))
			}
		})
	}
}

// parseFeatureAt is the feature of m's template at position pos of its
// parser's order, in the configuration of TestDroppedTemplatesSurviveTheFile.
func parseFeatureAt(t *testing.T, m *Model, words []string, pos int) uint64 {
	t.Helper()
	sc, s := afterTwoShifts(m, words)
	bufferFeatures(&sc.pv, &sc.x, s.b)
	m.stateFeatures(&sc.pv, &sc.x, s)
	return sc.pv[m.parseOrder()[pos]]
}

func sameSet(a, b []uint64) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestModelFileRejectsDroppedTemplatesOutOfRange: a damaged list of
// dropped templates is a format error, not a panic.
func TestModelFileRejectsDroppedTemplatesOutOfRange(t *testing.T) {
	raw := "DLSYNTAX4\n" + string([]byte{flagTagClusters | flagParseDrop, 1, 0xff, 0x7f})
	_, err := ReadModel(bytes.NewReader(gzipped(t, raw)), "broken")
	if err == nil || !strings.Contains(err.Error(), "dropped parser feature") {
		t.Errorf("error = %v, want one about the dropped parser feature", err)
	}
}
