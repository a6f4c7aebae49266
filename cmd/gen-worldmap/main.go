// Command gen-worldmap builds the web UI's offline world map,
// server/ui/world.json, from the npm package world-atlas (TopoJSON by Mike
// Bostock, ISC licence, of Natural Earth's 1:110m countries, public
// domain). It runs `npm pack world-atlas@VERSION` in a temporary folder, or
// reads a package tarball given with -tgz, decodes countries-110m.json and
// writes each country as an SVG path in an equirectangular projection
// (x = lon + 180, y = 90 - lat, so the map is 360 × 180 units), with
// coordinates rounded to 0.1°.
//
//	go run ./cmd/gen-worldmap                  # fetch with npm, write server/ui/world.json
//	go run ./cmd/gen-worldmap -tgz world-atlas-2.0.2.tgz -out /tmp/world.json
package main

import (
	"dateline/internal/npmpack"
	"fmt"
	"os"
)

const pkg = "world-atlas"

func main() { npmpack.Main("gen-worldmap", pkg, "2.0.2", "server/ui/world.json", run) }

// run writes out from the package tarball tgz of the given version.
func run(tgz, version, out string) error {
	topo, err := npmpack.ReadFile(tgz, "package/countries-110m.json", 64<<20)
	if err != nil {
		return err
	}
	m, err := Convert(topo, fmt.Sprintf("%s@%s", pkg, version))
	if err != nil {
		return fmt.Errorf("%s: %w", tgz, err)
	}
	return os.WriteFile(out, m, 0o644)
}
