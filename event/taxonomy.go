// Package event codes "who did what to whom" in CAMEO, the event
// vocabulary of GDELT, ICEWS and Phoenix: the taxonomy (every code with
// its name, root, QuadClass and Goldstein score) and a coder that reads
// clauses off the dependency parse.
package event

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"

	"dateline/internal/gzfile"
)

// Info describes one CAMEO event code.
type Info struct {
	Code      string  // "036", "0211", "19"
	Name      string  // "Express intent to meet or negotiate"
	Root      string  // the two-digit root, "03"
	Base      string  // the three-digit base code ("025" for "0251")
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein float64 // -10 … +10, from GDELT's table
}

//go:generate go run ../cmd/gen-cameo -data ../../shared/bench/data/events -out .

//go:embed cameo.tsv.gz
var cameoTSV []byte

var (
	taxOnce sync.Once
	taxMap  map[string]Info
	taxList []Info
	taxErr  error
)

func loadTaxonomy() {
	zr, err := gzfile.NewReader(bytes.NewReader(cameoTSV))
	if err != nil {
		taxErr = fmt.Errorf("event: embedded cameo.tsv.gz: %w", err)
		return
	}
	defer zr.Close()
	taxMap = map[string]Info{}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		t := sc.Text()
		if t == "" || t[0] == '#' {
			continue
		}
		f := strings.Split(t, "\t")
		if len(f) != 4 {
			taxErr = fmt.Errorf("event: embedded cameo.tsv.gz: bad line %q", t)
			return
		}
		g, err := strconv.ParseFloat(f[2], 64)
		if err != nil {
			taxErr = fmt.Errorf("event: embedded cameo.tsv.gz: goldstein %q: %w", f[2], err)
			return
		}
		q, _ := strconv.Atoi(f[1])
		in := Info{Code: f[0], Name: f[3], QuadClass: q, Goldstein: g, Root: root(f[0]), Base: base(f[0])}
		taxMap[in.Code] = in
		taxList = append(taxList, in)
	}
	taxErr = sc.Err()
	sort.Slice(taxList, func(i, j int) bool { return taxList[i].Code < taxList[j].Code })
}

func root(c string) string {
	if len(c) < 2 {
		return c
	}
	return c[:2]
}

func base(c string) string {
	if len(c) < 3 {
		return c
	}
	return c[:3]
}

// Lookup returns the taxonomy entry of a CAMEO code. A code the table does
// not list ("0873", or a dictionary's private code) falls back to its base
// and then its root for QuadClass and Goldstein; ok is false then.
func Lookup(code string) (Info, bool) {
	taxOnce.Do(loadTaxonomy)
	if in, ok := taxMap[code]; ok {
		return in, true
	}
	in := Info{Code: code, Root: root(code), Base: base(code)}
	for _, c := range []string{base(code), root(code)} {
		if p, ok := taxMap[c]; ok {
			in.QuadClass, in.Goldstein = p.QuadClass, p.Goldstein
			break
		}
	}
	if in.QuadClass == 0 {
		in.QuadClass = QuadClass(code)
	}
	return in, false
}

// Codes returns every code of the taxonomy in code order.
func Codes() ([]Info, error) {
	taxOnce.Do(loadTaxonomy)
	return taxList, taxErr
}

// QuadClass maps a code's root to GDELT's four classes: 01–05 verbal
// cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20
// material conflict. 0 for a code whose root is not a CAMEO root.
func QuadClass(code string) int {
	if len(code) < 2 {
		return 0
	}
	r, err := strconv.Atoi(code[:2])
	if err != nil {
		return 0
	}
	switch {
	case r >= 1 && r <= 5:
		return 1
	case r >= 6 && r <= 8:
		return 2
	case r >= 9 && r <= 13:
		return 3
	case r >= 14 && r <= 20:
		return 4
	}
	return 0
}
