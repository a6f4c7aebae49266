// Package export writes Analyses in formats other tools read. GDELT 2.0
// event records (tab-separated, 61 columns in GDELT's order) let existing
// GDELT tooling read Dateline's events.
package export

import (
	"bufio"
	"fmt"
	"hash/fnv"
	"io"
	"strconv"
	"strings"
	"time"

	"dateline"
	"dateline/gazetteer"
)

// GDELTColumns are the 61 columns of a GDELT 2.0 event record, in order.
var GDELTColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
	"NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

// GDELTOptions change how records are written. The zero value works.
type GDELTOptions struct {
	Header bool      // write the column names first (GDELT's own files have none)
	Added  time.Time // DATEADDED; zero means the time of writing
}

// GDELTWriter writes GDELT 2.0 event records. It is not safe for
// concurrent use.
type GDELTWriter struct {
	w      *bufio.Writer
	opt    GDELTOptions
	added  string
	header bool
	row    []string
	gaz    *gazetteer.Gazetteer
}

// NewGDELTWriter writes to w; call Flush when done.
func NewGDELTWriter(w io.Writer, opt GDELTOptions) *GDELTWriter {
	added := opt.Added
	if added.IsZero() {
		added = time.Now()
	}
	// Without the gazetteer (it is embedded, so only a broken build lacks
	// it) places are written as no match.
	gaz, _ := gazetteer.Load()
	return &GDELTWriter{w: bufio.NewWriter(w), opt: opt, added: added.UTC().Format("20060102150405"), row: make([]string, len(GDELTColumns)), gaz: gaz}
}

// Write writes the events of one analysis. Identical events (same actors,
// code and date) in one article become one record whose NumMentions
// counts them, as in GDELT.
func (g *GDELTWriter) Write(a dateline.Analysis) error {
	if g.opt.Header && !g.header {
		g.header = true
		if _, err := g.w.WriteString(strings.Join(GDELTColumns, "\t") + "\n"); err != nil {
			return err
		}
	}
	type key struct{ a1, a2, code, date string }
	counts := map[key]int{}
	for _, e := range a.Events {
		counts[key{actorCode(e.Actor1), actorCode(e.Actor2), e.Code, eventDate(e, a)}]++
	}
	done := map[key]bool{}
	for _, e := range a.Events {
		k := key{actorCode(e.Actor1), actorCode(e.Actor2), e.Code, eventDate(e, a)}
		if done[k] {
			continue
		}
		done[k] = true
		g.fill(a, e, counts[k])
		for i, f := range g.row {
			if i > 0 {
				g.w.WriteByte('\t')
			}
			g.w.WriteString(clean(f))
		}
		if err := g.w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

// Flush writes what is buffered.
func (g *GDELTWriter) Flush() error { return g.w.Flush() }

func (g *GDELTWriter) fill(a dateline.Analysis, e dateline.EventJSON, mentions int) {
	r := g.row
	for i := range r {
		r[i] = ""
	}
	r[0] = strconv.FormatUint(eventID(a.ID, e.ID), 10)
	if d, ok := parseDate(eventDate(e, a)); ok {
		r[1] = d.Format("20060102")
		r[2] = d.Format("200601")
		r[3] = d.Format("2006")
		r[4] = strconv.FormatFloat(float64(d.Year())+float64(int(d.Month())*30+d.Day())/365, 'f', 4, 64)
	}
	actorFields(r[5:15], e.Actor1)
	actorFields(r[15:25], e.Actor2)
	r[25] = "0"
	if len(a.Sentences) > 0 && e.Start < a.Sentences[0].End {
		r[25] = "1" // in the lead, GDELT's proxy for importance
	}
	r[26] = e.Code
	r[27] = prefix(e.Code, 3)
	r[28] = prefix(e.Code, 2)
	r[29] = strconv.Itoa(e.QuadClass)
	r[30] = strconv.FormatFloat(e.Goldstein, 'f', -1, 64)
	r[31] = strconv.Itoa(mentions)
	r[32] = "1"
	r[33] = "1"
	r[34] = "0"
	if a.Tone != nil {
		r[34] = strconv.FormatFloat(a.Tone.Tone, 'f', -1, 64)
	}
	// An actor's place is its country, when its code has one (USAGOV is
	// in the United States), matched as ActionGeo matches a country.
	actorGeo(g.gaz, r[7]).fill(r[35:43])
	actorGeo(g.gaz, r[17]).fill(r[43:51])
	// The action's place is the one its clause names, when the gazetteer
	// knows it, read in the article ("Atlanta, Georgia" is the US state).
	var m geoMatch
	if e.Location != nil {
		m = locateIn(g.gaz, *e.Location, a.Text)
	}
	m.fill(r[51:59])
	r[59] = g.added
	// SOURCEURL is "the URL or citation" of the report: an article read
	// from a file is cited by its input (path, path:line), which finds it
	// again where its id ("001", a hash) does not.
	switch {
	case a.URL != nil && *a.URL != "":
		r[60] = *a.URL
	case a.Source != "":
		r[60] = a.Source
	default:
		r[60] = a.ID
	}
}

// eventID is a stable 53-bit id from the article and event ids, so the
// same input always exports the same GLOBALEVENTID and the value survives
// tools that read numbers as doubles.
func eventID(doc, ev string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(doc))
	h.Write([]byte{0})
	h.Write([]byte(ev))
	return h.Sum64() & (1<<53 - 1)
}

// parseDate reads an event date of day, month or year precision. A month
// or a year is dated on its first day: GDELT's SQLDATE has no way to say
// "February 2025", and the first day keeps MonthYear and Year right.
func parseDate(s string) (time.Time, bool) {
	for _, layout := range [...]string{"2006-01-02", "2006-01", "2006"} {
		if len(s) == len(layout) {
			d, err := time.Parse(layout, s)
			return d, err == nil
		}
	}
	return time.Time{}, false
}

func eventDate(e dateline.EventJSON, a dateline.Analysis) string {
	if e.Date != "" {
		return e.Date
	}
	if a.Published != nil {
		return *a.Published
	}
	return ""
}

func actorCode(x *dateline.ActorJSON) string {
	if x == nil {
		return ""
	}
	return x.Code
}

func prefix(s string, n int) string {
	if len(s) < n {
		return s
	}
	return s[:n]
}

// clean keeps a field on one line and out of the column structure.
func clean(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
}

// actorFields fills Code, Name, CountryCode, KnownGroupCode, EthnicCode,
// Religion1Code, Religion2Code, Type1Code, Type2Code, Type3Code from a
// CAMEO actor code read in three-letter segments.
func actorFields(f []string, x *dateline.ActorJSON) {
	if x == nil || x.Code == "" {
		return
	}
	// PETRARCH writes "---" for an unknown country; GDELT writes no
	// country at all ("GOV", "MOSREB"), so the dashes are dropped from the
	// code too, not only from CountryCode.
	code := strings.TrimPrefix(strings.ToUpper(x.Code), "---")
	f[0] = code
	f[1] = strings.ToUpper(x.Name)
	var types, rels []string
	for i := 0; i+3 <= len(code); i += 3 {
		seg := code[i : i+3]
		switch {
		case i == 0 && !gazetteer.RoleCode(seg) && !gazetteer.ReligionCode(seg) && !gazetteer.GroupType(seg):
			f[2] = seg
		case gazetteer.ReligionCode(seg):
			rels = append(rels, seg)
		case gazetteer.RoleCode(seg) || gazetteer.GroupType(seg):
			types = append(types, seg)
		case f[3] == "" && len(types) > 0 && gazetteer.GroupType(types[len(types)-1]):
			f[3] = seg // the group after IGO/NGO/IMG…: UNO, NAT, ALQ
		}
	}
	for i := 0; i < len(rels) && i < 2; i++ {
		f[5+i] = rels[i]
	}
	for i := 0; i < len(types) && i < 3; i++ {
		f[7+i] = types[i]
	}
}

// ReadAnalyses calls fn for each Analysis in a stream (the output of
// `dateline extract`, JSONL or pretty JSON). A bad record is an error
// giving its position.
func ReadAnalyses(r io.Reader, fn func(dateline.Analysis) error) error {
	dec := newLineDecoder(r)
	for {
		a, line, err := dec.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("analysis %d: %w", line, err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
}
