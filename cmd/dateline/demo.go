package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"time"

	"dateline/examples"
	"dateline/ingest"
	"dateline/server/synth"
	"dateline/source"
	"dateline/store/sqlite"
)

func init() {
	register(command{name: "demo", summary: "ingest the bundled examples into a temporary database and serve them", run: runDemo})
}

func runDemo(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "keep the database in this `FILE` instead of a temporary one (reused if it exists)")
	synthetic := fs.Int("synthetic", 0, "also write `N` synthetic articles with 10 quotes each (a load test's data)")
	noServe := fs.Bool("no-serve", false, "fill the database and exit without serving")
	var sf serveFlags
	sf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline demo [--addr 127.0.0.1:8080] [--db FILE] [--synthetic N]",
			"Ingests the bundled examples (the summit article of 2025-08-18 and 77 Wikinews world-affairs\n"+
				"articles) into a temporary database, then serves the web UI and the API over it and prints\n"+
				"the URL. Stop it with Ctrl-C; the temporary database is removed.",
			"dateline demo",
			"dateline demo --addr 127.0.0.1:0",
			"dateline demo --db /tmp/load.db --synthetic 10000 --no-serve   # 100,000 quotes for a load test"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	fail := func(err error) int {
		fmt.Fprintf(stderr, "dateline demo: %v\n", err)
		return 1
	}
	// The address first: a busy port should not cost the analysis of the
	// examples before it is found out.
	var ln net.Listener
	if !*noServe {
		var ok bool
		if ln, ok = listen("demo", sf.addr, stderr); !ok {
			return 1
		}
		defer ln.Close()
	}
	path := *db
	if path == "" {
		dir, err := os.MkdirTemp("", "dateline-demo-")
		if err != nil {
			return fail(err)
		}
		defer os.RemoveAll(dir)
		path = filepath.Join(dir, "demo.db")
	}
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		return fail(err)
	}
	defer st.Close()

	sources, err := exampleSources()
	if err != nil {
		return fail(err)
	}
	fmt.Fprintf(stderr, "dateline demo: analysing the bundled examples into %s\n", path)
	p, err := ingest.Run(ctx, st, sources, ingest.Options{DetectLanguage: source.DetectLanguage})
	if err != nil {
		return fail(err)
	}
	summarise(stderr, p)
	if *synthetic > 0 {
		start := time.Now()
		sum, err := synth.Generate(ctx, st, synth.Options{Articles: *synthetic, Progress: func(n int) {
			fmt.Fprintf(stderr, "dateline demo: %d synthetic articles written\n", n)
		}})
		if err != nil {
			return fail(err)
		}
		fmt.Fprintf(stderr, "dateline demo: %d synthetic articles, %d quotes, %d events in %s; most quoted: %q\n",
			sum.Articles, sum.Quotes, sum.Events, time.Since(start).Round(time.Millisecond), sum.TopSpeakers[:min(3, len(sum.TopSpeakers))])
	}
	if s, err := st.Stats(ctx); err == nil {
		fmt.Fprintf(stderr, "dateline demo: %d articles, %d entities, %d quotes, %d events, %d commitments\n",
			s.Articles, s.Entities, s.Quotes, s.Events, s.Commitments)
	}
	if *noServe {
		return 0
	}
	return serveStore(ctx, "demo", st, sf, ln, stdout, stderr)
}

// exampleSources reads the embedded examples. The summit file carries no
// date, so it gets its publication date as the ingest's --published would
// give it; the Wikinews lines say "date" where the JSONL contract says
// "published", so each line is renamed on the way in.
func exampleSources() ([]source.Source, error) {
	summit, err := examples.FS.ReadFile("summit/article.txt")
	if err != nil {
		return nil, err
	}
	published, _ := time.Parse("2006-01-02", examples.SummitPublished)
	s1, err := source.OpenReader("examples/summit/article.txt", bytes.NewReader(summit), source.Options{Published: published})
	if err != nil {
		return nil, err
	}
	wiki, err := examples.FS.ReadFile("wikinews/world_affairs.jsonl")
	if err != nil {
		return nil, err
	}
	lines, err := datesAsPublished(wiki)
	if err != nil {
		return nil, fmt.Errorf("examples/wikinews/world_affairs.jsonl: %w", err)
	}
	s2, err := source.OpenReader("examples/wikinews/world_affairs.jsonl", bytes.NewReader(lines), source.Options{})
	if err != nil {
		return nil, err
	}
	return []source.Source{s1, s2}, nil
}

// datesAsPublished copies "date" to "published" on each JSONL line that
// has no "published".
func datesAsPublished(jsonl []byte) ([]byte, error) {
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(jsonl))
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := bytes.TrimSpace(sc.Bytes())
		if len(line) == 0 {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if _, ok := m["published"]; !ok {
			if d, ok := m["date"]; ok {
				m["published"] = d
				delete(m, "date")
			}
		}
		b, err := json.Marshal(m)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		out.Write(b)
		out.WriteByte('\n')
	}
	return out.Bytes(), sc.Err()
}
