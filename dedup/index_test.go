package dedup

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func story(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func paragraphs(s string) []string { return strings.Split(strings.TrimSpace(s), "\n\n") }

// Syndicated copies are built from the stories in testdata the way sites
// change wire copy: a new headline and byline, one paragraph rewritten, the
// end cut off, different typography.
func variants(t testing.TB) map[string]string {
	bridge := paragraphs(story(t, "bridge.txt"))
	rewritten := append([]string{}, bridge...)
	rewritten[4] = "Not everyone agreed. Dev Prasad, one of the two councillors who opposed the plan, warned that traders east of the river faced a hard winter and urged a lighter weight limit instead."
	typo := strings.NewReplacer(`"`, "“", "'", "’", " - ", " – ").Replace(strings.Join(bridge, "\n\n"))
	return map[string]string{
		"headline and byline":             "Harwick shuts historic bridge over rusting beams\nBy Ana Ruiz, Regional Affairs Correspondent\n\n" + strings.Join(bridge, "\n\n"),
		"one paragraph rewritten":         strings.Join(rewritten, "\n\n"),
		"end cut off":                     "HARWICK (Wire) - " + strings.Join(bridge[:5], "\n\n") + "\n\nReporting by Ana Ruiz; editing by Tom Kerr",
		"typography only":                 strings.ToUpper(typo[:80]) + typo[80:],
		"only the first three paragraphs": strings.Join(bridge[:3], "\n\n"),
	}
}

func TestIndexLinksSyndicatedCopies(t *testing.T) {
	for name, copy := range variants(t) {
		t.Run(name, func(t *testing.T) {
			x := NewIndex(0)
			if g, near := x.Add("orig", story(t, "bridge.txt")); g != "orig" || near {
				t.Fatalf("first Add = (%q, %v), want (orig, false)", g, near)
			}
			x.Add("harvest", story(t, "harvest.txt"))
			m, _ := x.Find(SketchOf(copy))
			g, near := x.Add("copy", copy)
			if g != "orig" || !near {
				t.Errorf("Add(copy) = (%q, %v), want (orig, true); best match %+v", g, near, m)
			}
		})
	}
}

func TestIndexKeepsDifferentStoriesApart(t *testing.T) {
	tests := []struct{ name, file string }{
		{"another story on the same topic", "bridge_other.txt"},
		{"a story on another topic", "harvest.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := NewIndex(0)
			x.Add("orig", story(t, "bridge.txt"))
			if g, near := x.Add("other", story(t, tt.file)); g != "other" || near {
				m, _ := x.Find(SketchOf(story(t, tt.file)))
				t.Errorf("Add(other) = (%q, %v), want (other, false); match %+v", g, near, m)
			}
		})
	}
}

func TestIndexAddIsIdempotent(t *testing.T) {
	x := NewIndex(0)
	x.Add("a", story(t, "bridge.txt"))
	copy := variants(t)["one paragraph rewritten"]
	g1, n1 := x.Add("b", copy)
	g2, n2 := x.Add("b", "whatever text comes the second time")
	if g1 != g2 || n1 != n2 {
		t.Errorf("second Add(b) = (%q, %v), first was (%q, %v)", g2, n2, g1, n1)
	}
	if got := x.Len(); got != 2 {
		t.Errorf("Len = %d, want 2", got)
	}
}

func TestIndexGroupsChainThroughTheFirstArticle(t *testing.T) {
	// A copy of a copy joins the group of the original, not a new group.
	x := NewIndex(0)
	v := variants(t)
	x.Add("orig", story(t, "bridge.txt"))
	x.Add("c1", v["end cut off"])
	if g, _ := x.Add("c2", v["headline and byline"]); g != "orig" {
		t.Errorf("group = %q, want orig", g)
	}
}

func TestIndexWindowForgetsOldGenerations(t *testing.T) {
	x := NewIndex(2)
	x.Add("orig", story(t, "bridge.txt"))
	for i := range 4 {
		x.Add(fmt.Sprint("filler", i), fmt.Sprintf("unrelated filler text number %d about nothing much at all", i))
	}
	if got := x.Len(); got > 4 {
		t.Errorf("Len = %d, want at most 2×window = 4", got)
	}
	if g, near := x.Add("copy", story(t, "bridge.txt")); near {
		t.Errorf("Add(copy) = (%q, true) after the original left the window, want a new group", g)
	}
}

func TestIndexRestore(t *testing.T) {
	x := NewIndex(0)
	x.Restore("copy1", "orig", SketchOf(story(t, "bridge.txt")))
	if g, near := x.Add("copy2", variants(t)["headline and byline"]); g != "orig" || !near {
		t.Errorf("Add after Restore = (%q, %v), want (orig, true)", g, near)
	}
}

func TestIndexEmptyTextIsNearNothing(t *testing.T) {
	x := NewIndex(0)
	x.Add("e1", "")
	if g, near := x.Add("e2", " ... "); g != "e2" || near {
		t.Errorf("Add(empty) = (%q, %v), want (e2, false)", g, near)
	}
}

func TestSketchMarshalRoundTrip(t *testing.T) {
	s := SketchOf(story(t, "harvest.txt"))
	b, err := s.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var got Sketch
	if err := got.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if got != s {
		t.Errorf("round trip changed the sketch")
	}
	b[0]++
	if err := got.UnmarshalBinary(b); err == nil {
		t.Errorf("UnmarshalBinary accepted another version")
	}
	if err := got.UnmarshalBinary(b[:10]); err == nil {
		t.Errorf("UnmarshalBinary accepted a short buffer")
	}
}

func TestJaccardEstimate(t *testing.T) {
	// Two texts sharing exactly half their distinct shingles have Jaccard 1/3.
	var a, b []string
	for i := range 300 {
		w := fmt.Sprintf("w%d", i)
		if i < 200 {
			a = append(a, w)
		}
		if i >= 100 {
			b = append(b, w)
		}
	}
	got := SketchOf(strings.Join(a, " ")).Jaccard(SketchOf(strings.Join(b, " ")))
	want := float64(196) / float64(196+2*104) // shared shingles over the union
	if got < want-0.15 || got > want+0.15 {
		t.Errorf("Jaccard = %.2f, want %.2f ± 0.15", got, want)
	}
}

func BenchmarkSketchOf(b *testing.B) {
	text := story(b, "bridge.txt") + story(b, "harvest.txt") + story(b, "bridge_other.txt")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		SketchOf(text)
	}
}

func BenchmarkIndexAdd(b *testing.B) {
	base := paragraphs(story(b, "bridge.txt") + "\n\n" + story(b, "harvest.txt"))
	x := NewIndex(0)
	i := 0
	for b.Loop() {
		// Each text differs so the index grows as in an ingest.
		x.Add(fmt.Sprint(i), fmt.Sprint(i)+" "+base[i%len(base)]+fmt.Sprint(" item ", i*7919))
		i++
	}
}

// BenchmarkIndexMemory reports the heap the index holds per article, with
// ids like a WARC-Record-ID.
func BenchmarkIndexMemory(b *testing.B) {
	const n = 100_000
	rng := rand.New(rand.NewPCG(1, 2))
	sketches := make([]Sketch, n)
	for i := range sketches {
		for j := range sketches[i].Min {
			sketches[i].Min[j] = rng.Uint32()
		}
		sketches[i].Shingles = 300
	}
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		x := NewIndex(n)
		for i, s := range sketches {
			x.AddSketch(fmt.Sprintf("urn:uuid:00000000-0000-4000-8000-%012d", i), s)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/n, "bytes/article")
		runtime.KeepAlive(x)
	}
}
