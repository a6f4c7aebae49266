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
	"archive/tar"
	"compress/gzip"
	"dateline/internal/npmpack"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
)

const pkg = "world-atlas"

func main() {
	version := flag.String("version", "2.0.2", "version of the npm package "+pkg)
	tgz := flag.String("tgz", "", "read this package tarball instead of running npm pack")
	out := flag.String("out", "server/ui/world.json", "file to write")
	flag.Parse()
	if err := run(*version, *tgz, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen-worldmap:", err)
		os.Exit(1)
	}
}

func run(version, tgz, out string) error {
	if tgz == "" {
		dir, err := os.MkdirTemp("", "gen-worldmap")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		if tgz, err = npmpack.Pack(dir, pkg+"@"+version); err != nil {
			return err
		}
	}
	topo, err := readFromTarball(tgz, "package/countries-110m.json")
	if err != nil {
		return err
	}
	m, err := Convert(topo, fmt.Sprintf("%s@%s", pkg, version))
	if err != nil {
		return fmt.Errorf("%s: %w", tgz, err)
	}
	return os.WriteFile(out, m, 0o644)
}

// readFromTarball returns one file of an npm package tarball.
func readFromTarball(tgz, name string) ([]byte, error) {
	f, err := os.Open(tgz)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", tgz, err)
	}
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("%s: no %s in the package", tgz, name)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", tgz, err)
		}
		if h.Name == name {
			return io.ReadAll(io.LimitReader(tr, 64<<20))
		}
	}
}
