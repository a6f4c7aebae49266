// Command gen-cameo generates the event package's embedded data:
//
//   - cameo.tsv.gz, the CAMEO taxonomy: every event code with its QuadClass,
//     Goldstein score and name. Goldstein scores come from GDELT's lookup
//     table CAMEO.goldsteinscale.txt (GDELT data, free to use with
//     citation); names from GDELT's CAMEO event-code table as packaged by
//     gdeltPyR (cameoCodes.json), with the few sub-codes that table lacks
//     named below from the CAMEO codebook.
//   - lexicon.gob.gz, the built-in lexicon: PETRARCH-2's CAMEO.2.0.txt verb
//     patterns, the Phoenix actor dictionaries (Countries, International,
//     MilNonState), Phoenix.agents.txt and Phoenix.discards.txt (MIT, Open
//     Event Data Alliance; the notice is in event/petrarch/NOTICE), parsed
//     into the verb/pattern/phrase form the dependency coder indexes.
//
// Usage (from the repository root):
//
//	go run ./cmd/gen-cameo -data ../shared/bench/data/events -out event
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"dateline/event"
	"dateline/event/petrarch"
)

// codebookNames names the CAMEO sub-codes that GDELT's Goldstein table
// scores but the gdeltPyR name table omits (CAMEO codebook 1.1b3 wording).
var codebookNames = map[string]string{
	"0251": "Appeal for easing of administrative sanctions",
	"0252": "Appeal for easing of popular dissent",
	"0253": "Appeal for release of persons or property",
	"0254": "Appeal for easing of economic sanctions, boycott, or embargo",
	"0255": "Appeal for target to allow international involvement (non-mediation)",
	"0256": "Appeal for de-escalation of military engagement",
	"0313": "Express intent to engage in judicial cooperation",
	"0314": "Express intent to engage in intelligence cooperation",
	"1011": "Demand economic cooperation",
	"1012": "Demand military cooperation",
	"1013": "Demand judicial cooperation",
	"1014": "Demand intelligence cooperation",
	"1031": "Demand economic aid",
	"1032": "Demand military aid",
	"1033": "Demand humanitarian aid",
	"1034": "Demand military protection or peacekeeping",
	"1051": "Demand easing of administrative sanctions",
	"1052": "Demand easing of political dissent",
	"1054": "Demand easing of economic sanctions, boycott, or embargo",
	"1055": "Demand that target allows international involvement (non-mediation)",
	"1056": "Demand de-escalation of military engagement",
	"116":  "Find guilty or liable (legally)",
	"1221": "Reject request for economic aid",
	"1222": "Reject request for military aid",
	"1223": "Reject request for humanitarian aid",
	"1224": "Reject request for military protection or peacekeeping",
	"1241": "Refuse to ease administrative sanctions",
	"1242": "Refuse to ease popular dissent",
	"1243": "Refuse to release persons or property",
	"1244": "Refuse to ease economic sanctions, boycott, or embargo",
	"1245": "Refuse to allow international involvement (non mediation)",
	"1246": "Refuse to de-escalate military engagement",
	"129":  "Veto",
	"1661": "Expel or withdraw peacekeepers",
	"1662": "Expel or withdraw inspectors, observers",
	"1663": "Expel or withdraw aid agencies",
}

func main() {
	data := flag.String("data", "../shared/bench/data/events", "folder with gdelt/ and petrarch2/dictionaries/")
	out := flag.String("out", "event", "folder to write cameo.tsv.gz and lexicon.gob.gz into")
	flag.Parse()
	if err := run(*data, *out); err != nil {
		fmt.Fprintln(os.Stderr, "gen-cameo:", err)
		os.Exit(1)
	}
}

func run(data, out string) error {
	tax, err := taxonomy(filepath.Join(data, "gdelt"))
	if err != nil {
		return err
	}
	if err := writeGz(filepath.Join(out, "cameo.tsv.gz"), tax); err != nil {
		return err
	}
	dir := filepath.Join(data, "petrarch2", "dictionaries")
	cfg := &petrarch.Config{
		Verbs: filepath.Join(dir, "CAMEO.2.0.txt"),
		Actors: []string{filepath.Join(dir, "Phoenix.Countries.actors.txt"),
			filepath.Join(dir, "Phoenix.International.actors.txt"),
			filepath.Join(dir, "Phoenix.MilNonState.actors.txt")},
		Agents:   filepath.Join(dir, "Phoenix.agents.txt"),
		Discards: filepath.Join(dir, "Phoenix.discards.txt"),
	}
	d, err := cfg.Load()
	if err != nil {
		return err
	}
	var b bytes.Buffer
	if err := event.WriteLexicon(&b, d, event.LexiconSource); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "lexicon.gob.gz"), b.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gen-cameo: %d verb blocks, %d actors, %d agents, %d discards; lexicon %d bytes\n",
		len(d.Verbs.Blocks), len(d.Actors), len(d.Agents), len(d.Discards), b.Len())
	return nil
}

// taxonomy builds the TSV: code, QuadClass, Goldstein, name.
func taxonomy(dir string) ([]byte, error) {
	gold := map[string]string{}
	var codes []string
	gp := filepath.Join(dir, "CAMEO.goldsteinscale.txt")
	f, err := os.Open(gp)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) != 2 || fs[0] == "CAMEOEVENTCODE" {
			continue
		}
		if _, err := strconv.ParseFloat(fs[1], 64); err != nil {
			return nil, fmt.Errorf("%q: goldstein %q: %w", gp, fs[1], err)
		}
		gold[fs[0]] = fs[1]
		codes = append(codes, fs[0])
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	np := filepath.Join(dir, "gdeltPyR_cameoCodes.json")
	raw, err := os.ReadFile(np)
	if err != nil {
		return nil, err
	}
	var names struct {
		Description map[string]string
	}
	if err := json.Unmarshal(raw, &names); err != nil {
		return nil, fmt.Errorf("%q: %w", np, err)
	}
	sort.Strings(codes)
	var b bytes.Buffer
	b.WriteString("# Code generated by cmd/gen-cameo from GDELT CAMEO.goldsteinscale.txt and GDELT's CAMEO event-code names (via gdeltPyR cameoCodes.json). DO NOT EDIT.\n")
	b.WriteString("# code\tquad_class\tgoldstein\tname\n")
	for _, c := range codes {
		name := strings.Join(strings.Fields(names.Description[c]), " ")
		if name == "" {
			name = codebookNames[c]
		}
		if name == "" {
			return nil, fmt.Errorf("no name for CAMEO code %q", c)
		}
		q := event.QuadClass(c)
		if q == 0 {
			return nil, fmt.Errorf("CAMEO code %q has no root 01-20", c)
		}
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\n", c, q, gold[c], name)
	}
	return b.Bytes(), nil
}

func writeGz(path string, data []byte) error {
	var b bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
