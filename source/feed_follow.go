package source

import (
	"context"
	"fmt"
	"iter"
	"os"
	"strings"
	"sync"
	"time"

	"dateline/text"
)

// DefaultFollowInterval is how often a followed feed is polled.
const DefaultFollowInterval = 5 * time.Minute

// FollowConfig says how feeds are followed. The zero value works.
type FollowConfig struct {
	Feed FeedConfig
	// Interval is the time between the end of one poll of a feed and the
	// start of the next; 0 means DefaultFollowInterval.
	Interval time.Duration
}

// Validate names the field at fault.
func (c FollowConfig) Validate() error {
	if c.Interval < 0 {
		return fmt.Errorf("source: FollowConfig.Interval %v: want 0 (default) or a positive duration", c.Interval)
	}
	return c.Feed.Validate()
}

// Follower polls feeds (URLs or files) on an interval and yields each new
// item once, as the CLI's --follow does. A URL is fetched with a
// conditional GET (If-None-Match / If-Modified-Since from the last answer),
// so an unchanged feed costs a 304; a file is re-read when its size or
// modification time changes. Requests to one host, feeds and pages alike,
// are spaced by FetchConfig.HostDelay across all the feeds followed, each
// has FetchConfig.Timeout and is retried with exponential backoff. A poll
// that fails (a feed that times out, a 500 after the retries) yields one
// *InputError naming the feed, and polling goes on.
type Follower struct {
	feeds []string
	opt   Options
	cfg   FollowConfig
	f     *fetcher
}

// NewFollower returns a Follower of feeds; it does nothing until Articles
// is ranged over.
func NewFollower(feeds []string, opt Options, cfg FollowConfig) (*Follower, error) {
	if len(feeds) == 0 {
		return nil, fmt.Errorf("source: NewFollower: no feeds to follow")
	}
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.Interval == 0 {
		cfg.Interval = DefaultFollowInterval
	}
	cfg.Feed = cfg.Feed.withDefaults()
	cfg.Feed.SkipPages = cfg.Feed.SkipPages || opt.SkipFeedPages
	if cfg.Feed.Fetch.Timeout == 0 {
		cfg.Feed.Fetch.Timeout = opt.FetchTimeout
	}
	opt = opt.withDefaults()
	return &Follower{feeds: feeds, opt: opt, cfg: cfg, f: newFetcher(cfg.Feed.Fetch, opt.MaxBytes)}, nil
}

// Name lists the feeds followed.
func (fl *Follower) Name() string { return "follow:" + strings.Join(fl.feeds, ",") }

type followResult struct {
	a   text.Article
	err error
}

// Articles polls every feed, each in its own goroutine, until ctx is done
// or the caller stops ranging; it returns only after those goroutines have
// ended. Items are yielded in the order their feeds list them.
func (fl *Follower) Articles(ctx context.Context) iter.Seq2[text.Article, error] {
	return func(yield func(text.Article, error) bool) {
		ctx, cancel := context.WithCancel(ctx)
		defer cancel()
		out := make(chan followResult)
		var wg sync.WaitGroup
		for _, feed := range fl.feeds {
			wg.Go(func() { fl.follow(ctx, feed, out) })
		}
		go func() { wg.Wait(); close(out) }()
		for r := range out {
			if !yield(r.a, r.err) {
				break
			}
		}
		cancel()
		for range out { // let blocked senders see the cancel and end
		}
	}
}

// feedState is what one followed feed remembers between polls.
type feedState struct {
	v       validators
	size    int64
	modTime time.Time
	seen    map[string]bool // item keys in the last copy read
}

func (fl *Follower) follow(ctx context.Context, feed string, out chan<- followResult) {
	st := &feedState{seen: map[string]bool{}}
	for {
		fl.poll(ctx, feed, st, out)
		if sleep(ctx, fl.cfg.Interval) != nil {
			return
		}
	}
}

func (fl *Follower) poll(ctx context.Context, feed string, st *feedState, out chan<- followResult) {
	send := func(a text.Article, err error) bool {
		select {
		case out <- followResult{a, err}:
			return true
		case <-ctx.Done():
			return false
		}
	}
	origin := text.Origin{Path: feed}
	var body []byte
	if isURL(feed) {
		res, err := fl.f.get(ctx, feed, st.v)
		if err != nil {
			if ctx.Err() == nil {
				send(text.Article{Origin: origin}, err)
			}
			return
		}
		if res.NotModified {
			return
		}
		st.v, body = res.Validators, res.Body
	} else {
		fi, err := os.Stat(feed)
		if err != nil {
			send(text.Article{Origin: origin}, &InputError{Input: feed, Reason: "cannot open", Err: err})
			return
		}
		if fi.Size() == st.size && fi.ModTime().Equal(st.modTime) {
			return
		}
		if body, err = readAll(fileInput(feed, ""), fl.opt); err != nil {
			send(text.Article{Origin: origin}, err)
			return
		}
		st.size, st.modTime = fi.Size(), fi.ModTime()
	}
	parsed, err := parseFeed(feed, body)
	if err != nil {
		send(text.Article{Origin: origin}, err)
		return
	}
	current := make(map[string]bool, len(parsed.Items))
	for _, item := range parsed.Items {
		key := itemKey(item, resolveLink(feed, parsed.Link, item.Link))
		current[key] = true
		if st.seen[key] {
			continue
		}
		for a, err := range itemArticles(ctx, feed, parsed, item, fl.opt, fl.cfg.Feed, fl.f) {
			if !send(a, err) {
				return
			}
		}
	}
	// Items that left the feed are forgotten, so the set stays the size of
	// the feed.
	st.seen = current
}
