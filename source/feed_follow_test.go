package source

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// changingFeed serves an RSS feed whose items the test can add to, with an
// ETag per version, answering 304 to a request that has the current one.
type changingFeed struct {
	mu          sync.Mutex
	items       []string
	requests    atomic.Int64
	conditional atomic.Int64 // requests that carried If-None-Match
	notModified atomic.Int64
}

func (c *changingFeed) add(item string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = append(c.items, item)
}

func (c *changingFeed) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	c.requests.Add(1)
	c.mu.Lock()
	etag := fmt.Sprintf(`"v%d"`, len(c.items))
	body := rssFeed(c.items...)
	c.mu.Unlock()
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		c.conditional.Add(1)
		if inm == etag {
			c.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("ETag", etag)
	fmt.Fprint(w, body)
}

func TestFollowerYieldsEachNewItemOnce(t *testing.T) {
	feed := &changingFeed{}
	feed.add(rssItem(1, "https://courier.example.org/1", true))
	feed.add(rssItem(2, "https://courier.example.org/2", true))
	srv := httptest.NewServer(feed)
	defer srv.Close()

	fl, err := NewFollower([]string{srv.URL + "/feed"}, Options{}, FollowConfig{Interval: 10 * time.Millisecond, Feed: FeedConfig{Fetch: quick}})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var got []string
	for a, err := range fl.Articles(ctx) {
		if err != nil {
			t.Fatalf("unexpected error %v", err)
		}
		got = append(got, a.ID)
		if len(got) == 2 {
			// Let a few unchanged polls pass, then publish a third item.
			for feed.notModified.Load() < 2 && ctx.Err() == nil {
				time.Sleep(5 * time.Millisecond)
			}
			feed.add(rssItem(3, "https://courier.example.org/3", true))
		}
		if len(got) == 3 {
			break
		}
	}
	if fmt.Sprint(got) != "[item-1 item-2 item-3]" {
		t.Errorf("got items %v, want [item-1 item-2 item-3], each once", got)
	}
	if feed.conditional.Load() == 0 || feed.notModified.Load() < 2 {
		t.Errorf("%d conditional requests, %d answered 304; want conditional GETs after the first poll", feed.conditional.Load(), feed.notModified.Load())
	}
}

func TestFollowerReportsAFailingFeedAndGoesOn(t *testing.T) {
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if hits.Add(1) == 1 {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		fmt.Fprint(w, rssFeed(rssItem(1, "https://courier.example.org/1", true)))
	}))
	defer srv.Close()
	fl, _ := NewFollower([]string{srv.URL + "/feed"}, Options{}, FollowConfig{Interval: 5 * time.Millisecond, Feed: FeedConfig{Fetch: quick}})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var errs, arts int
	for _, err := range fl.Articles(ctx) {
		if err != nil {
			errs++
			continue
		}
		arts++
		break
	}
	if errs != 1 || arts != 1 {
		t.Errorf("got %d errors then %d articles, want the 404 reported once, then the item", errs, arts)
	}
}

func TestFollowerRereadsAChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "feed.rss")
	write := func(items ...string) {
		if err := os.WriteFile(path, []byte(rssFeed(items...)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	one := rssItem(1, "https://courier.example.org/1", true)
	write(one)
	fl, _ := NewFollower([]string{path}, Options{}, FollowConfig{Interval: 5 * time.Millisecond, Feed: FeedConfig{SkipPages: true}})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var got []string
	for a, err := range fl.Articles(ctx) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a.ID)
		if len(got) == 1 {
			write(one, rssItem(2, "https://courier.example.org/2", true))
		} else {
			break
		}
	}
	if fmt.Sprint(got) != "[item-1 item-2]" {
		t.Errorf("got %v, want [item-1 item-2]", got)
	}
}

func TestFollowerStopsWithItsContext(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, rssFeed())
	}))
	defer srv.Close()
	fl, _ := NewFollower([]string{srv.URL + "/a", srv.URL + "/b"}, Options{}, FollowConfig{Interval: time.Millisecond, Feed: FeedConfig{Fetch: quick}})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	done := make(chan struct{})
	go func() {
		for range fl.Articles(ctx) {
		}
		close(done)
	}()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Articles did not return after its context ended")
	}
}

func TestNewFollowerRefusesNoFeeds(t *testing.T) {
	if _, err := NewFollower(nil, Options{}, FollowConfig{}); err == nil {
		t.Error("NewFollower(nil) succeeded, want an error")
	}
}
