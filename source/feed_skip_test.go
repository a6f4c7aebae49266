package source

import "testing"

// Options.SkipFeedPages keeps a feed file's items to their own text: a
// local feed whose items are summaries made a request for every item's
// page, with no way to stop it from the command line.
func TestOpenSkipFeedPages(t *testing.T) {
	srv, pages := newsServer(t, func(base string) string { return "" })
	path := writeTemp(t, "local.rss", []byte(rssFeed(rssItem(7, srv.URL+"/page/7", false), rssItem(8, srv.URL+"/page/8", false))))
	for _, tc := range []struct {
		skip  bool
		pages int64
	}{{false, 2}, {true, 0}} {
		pages.Store(0)
		src, err := Open(path, Options{SkipFeedPages: tc.skip})
		if err != nil {
			t.Fatal(err)
		}
		arts, errs := collect(t, src)
		if len(arts) != 2 || len(errs) != 0 || pages.Load() != tc.pages {
			t.Errorf("SkipFeedPages %v: %d articles, errors %v, %d pages fetched; want 2, none, %d", tc.skip, len(arts), errs, pages.Load(), tc.pages)
		}
	}
}
