package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// A square country made of two arcs, the second used reversed, and an
// island that crosses the antimeridian.
const tinyTopo = `{"type": "Topology",
 "transform": {"scale": [0.5, 0.5], "translate": [-180, -90]},
 "arcs": [
  [[360, 180], [20, 0], [0, 20]],
  [[360, 180], [0, 20], [20, 0]],
  [[718, 100], [4, 0], [-2, 4], [-2, -4]]
 ],
 "objects": {"countries": {"type": "GeometryCollection", "geometries": [
  {"type": "Polygon", "id": "001", "arcs": [[0, -2]], "properties": {"name": "Squareland"}},
  {"type": "MultiPolygon", "id": "002", "arcs": [[[2]]], "properties": {"name": "Dateline Island"}},
  {"type": "Point", "id": "003", "coordinates": [0, 0], "properties": {"name": "Nowhere"}}
 ]}}}`

func TestConvert(t *testing.T) {
	b, err := Convert([]byte(tinyTopo), "test")
	if err != nil {
		t.Fatal(err)
	}
	var m Map
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(m.Note, "DO NOT EDIT") || m.Width != 360 || m.Height != 180 {
		t.Errorf("header = %+v", m)
	}
	if len(m.Countries) != 2 {
		t.Fatalf("countries = %+v, want the two polygons (a point is not a country)", m.Countries)
	}
	for _, tc := range []struct {
		name, want string
	}{
		// (0,0) → (10,0) → (10,10), then back along arc 1 reversed: (0,10), (0,0).
		// x = lon+180, y = 90-lat, in tenths.
		{"arcs joined, a reversed arc walked backwards", "M180 90l10 0 0 -10 -10 0 0 10z"},
		// lon 179 → 181 (lat -40): a jump of 2°, not 360°, so one path.
		{"antimeridian", "M359 130l2 0 -1 -2 -1 2z"},
	} {
		got := m.Countries[0].D
		if tc.name == "antimeridian" {
			got = m.Countries[1].D
		}
		if got != tc.want {
			t.Errorf("%s: d = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestWriteRingSplitsAtTheAntimeridian(t *testing.T) {
	var d strings.Builder
	writeRing(&d, [][2]float64{{179, 10}, {179.5, 11}, {-179.5, 11}, {-179, 10}, {179, 10}})
	if got, want := d.String(), "M359 80l0.5 -1z M0.5 79l0.5 1z"; got != want {
		t.Errorf("d = %q, want %q", got, want)
	}
}

func TestTenths(t *testing.T) {
	for n, want := range map[int]string{0: "0", 125: "12.5", 120: "12", -3: "-0.3", -120: "-12"} {
		if got := tenths(n); got != want {
			t.Errorf("tenths(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestConvertRejectsWhatIsNotTopoJSON(t *testing.T) {
	for name, in := range map[string]string{
		"not JSON":           "{",
		"no countries":       `{"arcs": [], "objects": {}}`,
		"arc index too high": `{"arcs": [], "objects": {"countries": {"geometries": [{"type": "Polygon", "arcs": [[5]]}]}}}`,
	} {
		if _, err := Convert([]byte(in), "test"); err == nil {
			t.Errorf("%s: Convert succeeded, want an error", name)
		}
	}
}
