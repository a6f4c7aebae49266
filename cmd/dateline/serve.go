package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"dateline/metrics"
	"dateline/server"
	"dateline/store"
)

func init() {
	register(command{name: "serve", summary: "serve the JSON API and the web UI over a database", run: runServe})
}

// serveFlags are the flags serve and demo share.
type serveFlags struct {
	addr    string
	token   string
	timeout time.Duration
	verbose bool
	metrics string
}

func (f *serveFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.addr, "addr", "127.0.0.1:8080", "`host:port` to listen on (port 0 picks a free one)")
	fs.StringVar(&f.token, "token", "", "accept POST /api/articles from requests with this bearer `token` (default $DATELINE_TOKEN; unset: read-only)")
	fs.DurationVar(&f.timeout, "timeout", server.DefaultRequestTimeout, "longest a request may run")
	fs.BoolVar(&f.verbose, "v", false, "log every request to stderr")
	fs.StringVar(&f.metrics, "metrics", "", "serve Prometheus metrics (store latencies, Go runtime) at http://`host:port`/metrics, apart from the API")
}

func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "the database: a `FILE` or a postgres:// URL")
	var sf serveFlags
	sf.register(fs)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), helpText("dateline serve --db FILE [--addr 127.0.0.1:8080] [--token TOKEN]",
			"Serves the web UI at / and the JSON API at /api/ (described at /api/openapi.json) over a\n"+
				"database made by 'dateline ingest'. Read-only unless a token is set (--token or the\n"+
				"DATELINE_TOKEN environment variable, which keeps it out of the process list): then\n"+
				"POST /api/articles with \"Authorization: Bearer TOKEN\" analyses and stores an article.\n"+
				"SIGINT or SIGTERM drains requests in flight and stops; a second one stops at once.\n\n"+
				"Searches (the q parameter of /api/articles, /api/quotes and /api/entities, and the UI's\n"+
				"search boxes) need every word; words in double quotes (\"climate change\") are a phrase,\n"+
				"found only in that order and next to each other; a word with a * after it (negotiat*)\n"+
				"matches the words it begins.",
			"dateline serve --db news.db",
			"DATELINE_TOKEN=$(openssl rand -hex 16) dateline serve --db news.db --addr 127.0.0.1:9000",
			"curl 'http://127.0.0.1:8080/api/quotes?speaker=Vladimir+Putin&limit=5'",
			"curl 'http://127.0.0.1:8080/api/articles?q=%22interest+rates%22+bank*'"))
		fs.PrintDefaults()
	}
	if code, ok := parseFlags(fs, args, stdout, stderr); !ok {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "dateline serve: unexpected argument %q; name the database with --db\n", fs.Arg(0))
		return 2
	}
	st, code := openExisting(ctx, "serve", *db, stderr)
	if st == nil {
		return code
	}
	defer st.Close()
	return serveStore(ctx, "serve", st, sf, nil, stdout, stderr)
}

// serveStore serves st until ctx ends (the first signal), draining requests
// in flight; a second signal cuts the drain short.
// listen opens the address to serve on; a failure says how to pick another.
func listen(cmd, addr string, stderr io.Writer) (net.Listener, bool) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		fmt.Fprintf(stderr, "dateline %s: listen on %q: %v (pick another with --addr, or --addr 127.0.0.1:0 for any free port)\n", cmd, addr, err)
		return nil, false
	}
	return ln, true
}

// serveStore serves st on ln, or on sf.addr when ln is nil.
func serveStore(ctx context.Context, cmd string, st store.Store, sf serveFlags, ln net.Listener, stdout, stderr io.Writer) int {
	defer func() {
		if ln != nil {
			ln.Close() // after Serve, a second close: harmless
		}
	}()
	token := sf.token
	if token == "" {
		token = os.Getenv("DATELINE_TOKEN")
	}
	level := slog.LevelInfo
	if sf.verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	if sf.metrics != "" {
		m := metrics.New()
		addr, err := metrics.Serve(ctx, sf.metrics, m.Handler())
		if err != nil {
			fmt.Fprintf(stderr, "dateline %s: %v\n", cmd, err)
			return 1
		}
		fmt.Fprintf(stdout, "dateline %s: metrics on http://%s/metrics\n", cmd, addr)
		st = m.Store(st)
	}
	srv, err := server.New(server.Config{Store: st, Token: token, Logger: logger, RequestTimeout: sf.timeout})
	if err != nil {
		fmt.Fprintf(stderr, "dateline %s: %v\n", cmd, err)
		return 1
	}
	if ln == nil {
		var ok bool
		if ln, ok = listen(cmd, sf.addr, stderr); !ok {
			return 1
		}
	}
	if token != "" {
		fmt.Fprintf(stderr, "dateline %s: POST /api/articles accepts requests with the bearer token\n", cmd)
		if host, _, _ := net.SplitHostPort(ln.Addr().String()); !net.ParseIP(host).IsLoopback() {
			fmt.Fprintf(stderr, "dateline %s: warning: the token travels in clear over plain HTTP on %s; put TLS in front\n", cmd, host)
		}
	}
	fmt.Fprintf(stdout, "dateline %s: serving on http://%s/ (API: http://%s/api/openapi.json)\n", cmd, ln.Addr(), ln.Addr())

	// The first SIGINT/SIGTERM cancels ctx (see main); this counts them so
	// the second can end the drain.
	force := make(chan struct{})
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	defer func() { signal.Stop(sigs); close(done) }()
	go func() {
		n := 0
		for {
			select {
			case <-sigs:
				if n++; n == 2 {
					close(force)
					return
				}
			case <-done:
				return
			}
		}
	}()
	err = srv.Serve(ctx, ln, server.ServeOptions{Force: force})
	if err != nil && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(stderr, "dateline %s: %v\n", cmd, err)
		return 1
	}
	fmt.Fprintf(stderr, "dateline %s: stopped\n", cmd)
	return 0
}
