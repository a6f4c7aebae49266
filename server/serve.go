package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// ServeOptions tune Serve. The zero value works.
type ServeOptions struct {
	// Grace is how long in-flight requests may take to finish after ctx is
	// done; 0 means DefaultGrace. Past it, connections are closed.
	Grace time.Duration
	// Force, when closed during the grace period, ends it at once (the CLI
	// closes it on a second SIGINT/SIGTERM).
	Force <-chan struct{}
}

// DefaultGrace is the default shutdown grace period: longer than a request
// may take (DefaultRequestTimeout), so a drain never cuts one short.
const DefaultGrace = 15 * time.Second

// Serve answers on ln until ctx is done, then shuts down gracefully: the
// listener closes, idle connections close, and requests in flight get up
// to opt.Grace to finish. It returns nil after a clean shutdown.
func (s *Server) Serve(ctx context.Context, ln net.Listener, opt ServeOptions) error {
	if opt.Grace <= 0 {
		opt.Grace = DefaultGrace
	}
	srv := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		// A POST body of MaxBodyBytes over a slow link, then the answer.
		ReadTimeout:    60 * time.Second,
		WriteTimeout:   s.cfg.RequestTimeout + FetchTimeout + 10*time.Second,
		IdleTimeout:    2 * time.Minute,
		MaxHeaderBytes: 64 << 10,
		// The server's own complaints (bad requests it answers itself,
		// accept errors) go to the same logger, at warning level.
		ErrorLog:    slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext: func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("server: serve on %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), opt.Grace)
	defer cancel()
	if opt.Force != nil {
		go func() {
			select {
			case <-opt.Force:
				cancel()
			case <-sctx.Done():
			}
		}()
	}
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return fmt.Errorf("server: serve on %s: %w", ln.Addr(), serr)
	}
	if err != nil {
		srv.Close()
		return fmt.Errorf("server: shutdown: requests still running after the grace period were cut: %w", err)
	}
	return nil
}
