package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"time"
)

// Causes of an InputError for a fetched URL.
var (
	ErrTimeout    = errors.New("timed out")
	ErrHTTPStatus = errors.New("HTTP error status")
)

// Defaults for the zero FetchConfig.
const (
	DefaultFetchTimeout = 30 * time.Second
	DefaultHostDelay    = time.Second
	DefaultRetries      = 3
	DefaultBackoff      = time.Second
	DefaultMaxBackoff   = time.Minute
	DefaultUserAgent    = "dateline/0.1 (news research; polite feed reader)"
)

// FetchConfig says how feeds and article pages are fetched over HTTP. The
// zero value works: every zero field takes its default.
type FetchConfig struct {
	// Client sends the requests; nil means a client of its own. Its own
	// Timeout, if any, applies on top of Timeout below.
	Client *http.Client
	// UserAgent is sent with every request; "" means DefaultUserAgent.
	UserAgent string
	// Timeout bounds one attempt, headers and body; 0 means 30 s.
	Timeout time.Duration
	// HostDelay is the least time between a request to a host and the next
	// one, whichever feed or page they are for: the host schedule is shared
	// by every reader in the process (politeness); 0 means 1 s, negative none.
	HostDelay time.Duration
	// Retries is how many more attempts follow a failure that may pass (a
	// network error, a timeout, 429 or a 5xx status); 0 means 3, negative none.
	Retries int
	// Backoff is the wait before the first retry, doubled for each next one
	// up to MaxBackoff (a Retry-After header is honoured up to MaxBackoff);
	// 0 means 1 s and 1 min.
	Backoff, MaxBackoff time.Duration
}

// Validate names the field at fault.
func (c FetchConfig) Validate() error {
	switch {
	case c.Timeout < 0:
		return fmt.Errorf("source: FetchConfig.Timeout %v: want 0 (default) or a positive duration", c.Timeout)
	case c.Backoff < 0:
		return fmt.Errorf("source: FetchConfig.Backoff %v: want 0 (default) or a positive duration", c.Backoff)
	case c.MaxBackoff < 0:
		return fmt.Errorf("source: FetchConfig.MaxBackoff %v: want 0 (default) or a positive duration", c.MaxBackoff)
	}
	return nil
}

func (c FetchConfig) withDefaults() FetchConfig {
	if c.Client == nil {
		c.Client = &http.Client{}
	}
	if c.UserAgent == "" {
		c.UserAgent = DefaultUserAgent
	}
	if c.Timeout == 0 {
		c.Timeout = DefaultFetchTimeout
	}
	switch {
	case c.HostDelay == 0:
		c.HostDelay = DefaultHostDelay
	case c.HostDelay < 0:
		c.HostDelay = 0
	}
	switch {
	case c.Retries == 0:
		c.Retries = DefaultRetries
	case c.Retries < 0:
		c.Retries = 0
	}
	if c.Backoff == 0 {
		c.Backoff = DefaultBackoff
	}
	if c.MaxBackoff == 0 {
		c.MaxBackoff = DefaultMaxBackoff
	}
	return c
}

// fetcher gets URLs politely: requests to a host at least HostDelay apart,
// each attempt under Timeout, retried with exponential backoff. Safe for
// concurrent use.
type fetcher struct {
	cfg      FetchConfig
	maxBytes int64
	hosts    *hostClock
}

func newFetcher(cfg FetchConfig, maxBytes int64) *fetcher {
	return &fetcher{cfg: cfg.withDefaults(), maxBytes: maxBytes, hosts: sharedHosts}
}

// hostClock books each host's next request time. One clock serves every
// fetcher in the process, so feeds opened one by one (an ingest of many
// feed URLs) are as polite to a shared host as the feeds of one Follower.
type hostClock struct {
	mu   sync.Mutex
	next map[string]time.Time // host → earliest time of its next request
}

var sharedHosts = &hostClock{next: map[string]time.Time{}}

// hostClockPrune is the number of hosts above which past bookings are
// dropped, so following pages on many sites keeps the map small.
const hostClockPrune = 4096

// book returns how long to wait for host's turn and books the next one
// delay after it.
func (c *hostClock) book(host string, delay time.Duration) time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := time.Now()
	if len(c.next) > hostClockPrune {
		for h, t := range c.next {
			if t.Before(now) {
				delete(c.next, h)
			}
		}
	}
	slot := now
	if next := c.next[host]; next.After(now) {
		slot = next
	}
	c.next[host] = slot.Add(delay)
	return slot.Sub(now)
}

// validators are the conditional GET headers remembered from the last
// response of a URL.
type validators struct {
	ETag, LastModified string
}

// fetched is a response read whole.
type fetched struct {
	Body        []byte
	ContentType string
	NotModified bool // 304: Body is empty, the last copy is current
	Validators  validators
	FinalURL    string // after redirects
}

// get fetches rawURL, sending If-None-Match / If-Modified-Since from v.
// Failures are *InputErrors naming rawURL.
func (f *fetcher) get(ctx context.Context, rawURL string, v validators) (fetched, error) {
	u, err := url.Parse(rawURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fetched{}, &InputError{Input: rawURL, Reason: "not an http(s) URL", Err: err}
	}
	wait := f.cfg.Backoff
	for attempt := 0; ; attempt++ {
		if err := f.polite(ctx, u.Host); err != nil {
			return fetched{}, &InputError{Input: rawURL, Reason: "stopped", Err: err}
		}
		res, retryAfter, err := f.once(ctx, rawURL, v)
		if err == nil || attempt >= f.cfg.Retries || retryAfter < 0 || ctx.Err() != nil {
			return res, err
		}
		d := min(max(wait, retryAfter), f.cfg.MaxBackoff)
		wait *= 2
		if err := sleep(ctx, d); err != nil {
			return fetched{}, &InputError{Input: rawURL, Reason: "stopped", Err: err}
		}
	}
}

// polite waits for host's turn.
func (f *fetcher) polite(ctx context.Context, host string) error {
	return sleep(ctx, f.hosts.book(host, f.cfg.HostDelay))
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// once makes one attempt. retryAfter is negative when a retry cannot help
// (a 404, a body over the limit), else the least wait the server asked for.
func (f *fetcher) once(ctx context.Context, rawURL string, v validators) (res fetched, retryAfter time.Duration, err error) {
	ctx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return res, -1, &InputError{Input: rawURL, Reason: "bad request", Err: err}
	}
	req.Header.Set("User-Agent", f.cfg.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.8, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := f.cfg.Client.Do(req)
	if err != nil {
		// A name that does not exist will not exist a second later: no
		// retry (a --follow poll tries again at its next interval).
		if dns := (*net.DNSError)(nil); errors.As(err, &dns) && dns.IsNotFound {
			return res, -1, &InputError{Input: rawURL, Reason: "cannot fetch", Err: dns}
		}
		return res, 0, f.netError(ctx, rawURL, err)
	}
	defer resp.Body.Close()
	res.FinalURL = resp.Request.URL.String()
	res.ContentType = resp.Header.Get("Content-Type")
	res.Validators = validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		res.NotModified = true
		if res.Validators == (validators{}) {
			res.Validators = v
		}
		return res, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		return res, retryAfterHeader(resp.Header.Get("Retry-After")), &InputError{Input: rawURL, Reason: "HTTP " + resp.Status, Err: ErrHTTPStatus}
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return res, -1, &InputError{Input: rawURL, Reason: "HTTP " + resp.Status, Err: ErrHTTPStatus}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, f.maxBytes+1))
	if err != nil {
		return res, 0, f.netError(ctx, rawURL, err)
	}
	if int64(len(body)) > f.maxBytes {
		return res, -1, &InputError{Input: rawURL, Reason: fmt.Sprintf("larger than the limit of %s (Options.MaxBytes)", byteSize(f.maxBytes)), Err: ErrTooLarge}
	}
	res.Body = body
	return res, 0, nil
}

func (f *fetcher) netError(ctx context.Context, rawURL string, err error) error {
	if errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.Is(err, context.DeadlineExceeded) {
		return &InputError{Input: rawURL, Reason: fmt.Sprintf("no complete answer within %v (the fetch timeout: --fetch-timeout)", f.cfg.Timeout), Err: ErrTimeout}
	}
	return &InputError{Input: rawURL, Reason: "cannot fetch", Err: err}
}

// retryAfterHeader reads a Retry-After of seconds; dates and junk count as 0.
func retryAfterHeader(h string) time.Duration {
	if s, err := strconv.Atoi(h); err == nil && s > 0 {
		return time.Duration(s) * time.Second
	}
	return 0
}
