package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"dateline"
	"dateline/examples"
	"dateline/store"
)

// The browser tests drive Debian's headless Chromium over the fixture
// store: every page loads and draws, a speaker search leads to the quote's
// evidence highlighted in its article, the network and the map render,
// and the hostile article runs nothing. Screenshots go to
// testdata/artifacts (ignored by git), or to $DATELINE_ARTIFACTS.

// chromiumPath finds the browser. Without one the tests skip on a
// developer's machine and fail in CI (CI=true), where .ci/run installs it.
func chromiumPath(t *testing.T) string {
	for _, name := range []string{os.Getenv("DATELINE_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"} {
		if name == "" {
			continue
		}
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatal("no chromium on PATH: CI must install it (apt-get install chromium, see .ci/run)")
	}
	t.Skip("no chromium on PATH; install Debian's chromium to run the browser tests")
	return ""
}

// browser is one headless Chromium tab with what the tests watch.
type browser struct {
	t       *testing.T
	ctx     context.Context
	base    string
	host    string
	shots   string
	mu      sync.Mutex
	foreign []string // requests to another host
	failed  []string // failed requests and HTTP errors
	errs    []string // script exceptions, console and log errors (CSP violations among them)
}

func newBrowser(t *testing.T, base string) *browser {
	exe := chromiumPath(t)
	shots := os.Getenv("DATELINE_ARTIFACTS")
	if shots == "" {
		shots = filepath.Join("testdata", "artifacts")
	}
	if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(base)
	b := &browser{t: t, base: base, host: u.Host, shots: shots}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("no-default-browser-check", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx, chromedp.WithListener(b.watch))
	t.Cleanup(func() { cancel(); cancelAlloc() })
	err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, cdplog.Enable, cdp.Empty{})
		return err
	}))
	if err != nil {
		t.Fatalf("start chromium %s: %v", exe, err)
	}
	b.ctx = ctx
	return b
}

// watch runs on chromedp's reader goroutine: it only records.
func (b *browser) watch(ev any) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		if u, err := url.Parse(ev.Request.URL); err == nil && u.Scheme != "data" && u.Host != b.host {
			b.foreign = append(b.foreign, ev.Request.URL)
		}
	case *network.EventResponseReceived:
		if ev.Response.Status >= 400 {
			b.failed = append(b.failed, fmt.Sprintf("%d %s", ev.Response.Status, ev.Response.URL))
		}
	case *network.EventLoadingFailed:
		if !ev.Canceled {
			b.failed = append(b.failed, fmt.Sprintf("%s (%s %s)", ev.ErrorText, ev.Type, ev.BlockedReason))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		b.errs = append(b.errs, "exception: "+msg)
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
			var parts []string
			for _, a := range ev.Args {
				parts = append(parts, string(a.Value)+a.Description)
			}
			b.errs = append(b.errs, "console: "+strings.Join(parts, " "))
		}
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
			b.errs = append(b.errs, fmt.Sprintf("log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	}
}

// check fails the test for any foreign request, failed request or script
// error seen so far, and forgets them.
func (b *browser) check(t *testing.T) {
	t.Helper()
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, u := range b.foreign {
		t.Errorf("request to another host: %s (the UI must load nothing from elsewhere)", u)
	}
	for _, f := range b.failed {
		t.Errorf("request failed: %s", f)
	}
	for _, e := range b.errs {
		t.Errorf("browser error: %s", e)
	}
	b.foreign, b.failed, b.errs = nil, nil, nil
}

// open goes to a page of the UI and waits until it has drawn.
func (b *browser) open(t *testing.T, hash, page string) {
	t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(b.base+"/"+hash)); err != nil {
		t.Fatalf("navigate to %s: %v", hash, err)
	}
	b.waitPage(t, page)
}

// goTo changes the hash in place, as a click on a link does.
func (b *browser) goTo(t *testing.T, hash, page string) {
	t.Helper()
	b.eval(t, fmt.Sprintf(`document.body.dataset.ready = 'stale'; location.hash = %q; true`, hash))
	b.waitPage(t, page)
}

func (b *browser) waitPage(t *testing.T, page string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	_, err := chromedp.Run(ctx, chromedp.Poll[chromedp.Void](fmt.Sprintf(
		`document.body.dataset.page === %q && document.body.dataset.ready === 'true'`, page)))
	if err != nil {
		state, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string](`location.hash + ' page=' + document.body.dataset.page +
			' ready=' + document.body.dataset.ready + ' ' + ((document.querySelector('.error') || {}).textContent || '')`))
		b.shot(t, "failed-"+page)
		t.Fatalf("page %s did not finish drawing: %v (state: %s; errors so far: %v)", page, err, state, b.errs)
	}
}

func eval[T any](t *testing.T, b *browser, js string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

func (b *browser) eval(t *testing.T, js string) { eval[bool](t, b, js) }

// act runs js, a click or a form sent, and waits until page has drawn
// what it asked for.
func (b *browser) act(t *testing.T, js, page string) {
	t.Helper()
	b.eval(t, "document.body.dataset.ready = 'stale'; "+js+"; true")
	b.waitPage(t, page)
}

func (b *browser) shot(t *testing.T, name string) {
	t.Helper()
	b.eval(t, `document.getElementById('tip').hidden = true; true`)
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	p := filepath.Join(b.shots, name+".png")
	if err := os.WriteFile(p, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", p)
}

func TestBrowser(t *testing.T) {
	s, ids := newTestServer(t, Config{})
	ts := httptest.NewServer(s)
	defer ts.Close()
	b := newBrowser(t, ts.URL)
	sybiha := store.EntityID("PERSON", "Andrii Sybiha")

	t.Run("every page loads and draws", func(t *testing.T) {
		for _, p := range []struct{ hash, page, selector string }{
			{"#/search", "search", ".article-row"},
			{"#/quotes", "quotes", ".quote-card"},
			{"#/entity/" + sybiha, "entity", "svg.timeline rect.bar"},
			{"#/article/" + ids["fx/corridor"], "article", ".article-text .quote"},
			{"#/network", "network", "svg.network path.edge"},
			{"#/map", "map", "svg.worldmap circle.dot"},
			{"#/commitments", "commitments", ".commitment"},
		} {
			b.open(t, p.hash, p.page)
			if n := eval[int](t, b, fmt.Sprintf(`document.querySelectorAll(%q).length`, p.selector)); n == 0 {
				t.Errorf("%s: no %s drawn", p.hash, p.selector)
			}
			if msg := eval[string](t, b, `(document.querySelector('.error') || {}).textContent || ''`); msg != "" {
				t.Errorf("%s shows an error: %s", p.hash, msg)
			}
			b.shot(t, p.page)
		}
		b.check(t)
	})

	t.Run("search a speaker and click a quote through to its evidence", func(t *testing.T) {
		b.open(t, "#/quotes", "quotes")
		// The search changes the hash, and the page redraws on the event
		// that follows: until then the unfiltered page still says ready.
		b.eval(t, `document.body.dataset.ready = 'stale'; true`)
		_, err := chromedp.Run(b.ctx, chromedp.SendKeys(chromedp.CSS(`input[name=speaker]`), "Andrii Sybiha"+kb.Enter))
		if err != nil {
			t.Fatal(err)
		}
		b.waitPage(t, "quotes")
		speakers := eval[[]string](t, b, `[...document.querySelectorAll('.quote-card .speaker')].map(e => e.textContent)`)
		if len(speakers) != 2 || speakers[0] != "Andrii Sybiha" || speakers[1] != "Andrii Sybiha" {
			t.Fatalf("speakers after searching Andrii Sybiha = %q, want his two quotes", speakers)
		}
		b.shot(t, "quotes-by-speaker")
		// The newest quote is in the Kharkiv article, whose curly quotes put
		// byte and UTF-16 offsets apart: the highlight must still be exact.
		b.eval(t, `document.body.dataset.ready = 'stale'; true`)
		if _, err := chromedp.Run(b.ctx, chromedp.Click(chromedp.CSS(`.quote-card .evidence-link`))); err != nil {
			t.Fatal(err)
		}
		b.waitPage(t, "article")
		hl := eval[string](t, b, `[...document.querySelectorAll('.article-text .evidence')].map(e => e.textContent).join('')`)
		if want := "This is a deliberate attack on homes,"; hl != want {
			t.Errorf("highlighted evidence = %q, want %q", hl, want)
		}
		hash := eval[string](t, b, `location.hash`)
		if !strings.Contains(hash, ids["fx/kharkiv"]) {
			t.Errorf("the evidence link went to %s, want the Kharkiv article %s", hash, ids["fx/kharkiv"])
		}
		inView := eval[bool](t, b, `(() => { const r = document.querySelector('.article-text .evidence').getBoundingClientRect();
			return r.top >= 0 && r.bottom <= innerHeight; })()`)
		if !inView {
			t.Errorf("the evidence is not scrolled into view")
		}
		// Hovering a quote names its speaker.
		tip := eval[string](t, b, `(() => { const q = document.querySelector('.article-text .quote');
			const r = q.getBoundingClientRect();
			q.dispatchEvent(new MouseEvent('mouseover', {bubbles: true, clientX: r.left + 2, clientY: r.top + 2}));
			const tip = document.getElementById('tip'); return tip.hidden ? '' : tip.textContent; })()`)
		if !strings.Contains(tip, "Quote by Ihor Terekhov") {
			t.Errorf("tooltip over the first quote = %q, want its speaker", tip)
		}
		// Every entity mention, quote, event and time is highlighted with the
		// exact text its span names.
		got := eval[[]string](t, b, `[...document.querySelectorAll('.article-text .time')].map(e => e.textContent)`)
		if strings.Join(got, "|") != "Thursday" {
			t.Errorf("highlighted times = %q, want [Thursday]", got)
		}
		got = eval[[]string](t, b, `(() => { const out = []; let cur = null;
			for (const n of document.querySelector('.article-text').childNodes) {
				if (n.nodeType === 1 && n.classList.contains('quote')) { cur = (cur === null ? '' : cur) + n.textContent; }
				else if (cur !== null) { out.push(cur); cur = null; } }
			if (cur !== null) out.push(cur); return out; })()`)
		if want := "the shelling hit homes and a school|This is a deliberate attack on homes,"; strings.Join(got, "|") != want {
			t.Errorf("highlighted quotes = %q, want %q", got, want)
		}
		got = eval[[]string](t, b, `[...document.querySelectorAll('.article-text .ent')].map(e => e.textContent)`)
		if want := "Russian forces|city of Kharkiv|Ihor Terekhov|Andrii Sybiha|Moscow"; strings.Join(got, "|") != want {
			t.Errorf("highlighted entities = %q, want %q", got, want)
		}
		b.shot(t, "article-evidence")
		b.check(t)
	})

	t.Run("a commitment's due date says its month, not its first day", func(t *testing.T) {
		b.open(t, "#/article/"+ids["fx/corridor"], "article")
		due := eval[string](t, b, `[...document.querySelectorAll('.side-list li')].map(e => e.textContent).find(s => s.startsWith('reopen')) || ''`)
		if want := "reopen the grain corridor due July 2025"; due != want {
			t.Errorf("commitment line = %q, want %q", due, want)
		}
		b.check(t)
	})

	t.Run("highlights cut the text at its byte offsets", func(t *testing.T) {
		for _, fixture := range []string{"fx/kharkiv", "fx/corridor", "fx/hostile"} {
			b.open(t, "#/article/"+ids[fixture], "article")
			checkPieces(t, b, s, ids[fixture])
		}
		b.check(t)
	})

	t.Run("the network draws edges coloured by quad class", func(t *testing.T) {
		b.open(t, "#/network", "network")
		edges := eval[[]string](t, b, `[...document.querySelectorAll('svg.network path.edge')].map(e => e.getAttribute('class') + ' ' + e.getAttribute('stroke'))`)
		want := map[string]bool{"edge q1 #5aae61": true, "edge q2 #1b7837": true, "edge q3 #f1a340": true, "edge q4 #d73027": true}
		seen := map[string]bool{}
		for _, e := range edges {
			if !want[e] {
				t.Errorf("edge %q: class and colour do not match", e)
			}
			seen[e] = true
		}
		if len(edges) != 5 || len(seen) != 4 {
			t.Errorf("edges = %q, want 5 covering the 4 quad classes", edges)
		}
		nodes := eval[int](t, b, `document.querySelectorAll('svg.network g.node').length`)
		inside := eval[bool](t, b, `[...document.querySelectorAll('svg.network circle')].every(c =>
			+c.getAttribute('cx') > 0 && +c.getAttribute('cx') < 1000 && +c.getAttribute('cy') > 0 && +c.getAttribute('cy') < 620)`)
		if nodes != 7 || !inside {
			t.Errorf("%d nodes (want 7), all inside the drawing: %v", nodes, inside)
		}
		b.goTo(t, "#/network?from=2025-06-06", "network")
		if n := eval[int](t, b, `document.querySelectorAll('svg.network path.edge').length`); n != 1 {
			t.Errorf("edges from 2025-06-06 = %d, want 1", n)
		}
		b.shot(t, "network-from-june-6")
		b.check(t)
	})

	t.Run("the map draws countries and event places", func(t *testing.T) {
		b.open(t, "#/map", "map")
		countries := eval[int](t, b, `document.querySelectorAll('svg.worldmap .land path').length`)
		if countries < 150 {
			t.Errorf("map has %d country outlines, want the world's (~177)", countries)
		}
		// Kharkiv is at about 50.0°N 36.2°E: x = lon+180, y = 90-lat.
		pos := eval[[]float64](t, b, `(() => { const c = document.querySelector('circle.dot[data-name="Kharkiv"]');
			return c ? [+c.getAttribute('cx'), +c.getAttribute('cy')] : []; })()`)
		if len(pos) != 2 || abs(pos[0]-216.2) > 1 || abs(pos[1]-40) > 1 {
			t.Errorf("Kharkiv's dot at %v, want about [216.2 40]", pos)
		}
		// The dot lies on Ukraine's outline as the browser draws it.
		onLand := eval[string](t, b, `(() => { const c = document.querySelector('circle.dot[data-name="Kharkiv"]').getBoundingClientRect();
			const dots = document.querySelector('svg.worldmap .dots'); dots.style.display = 'none';
			const el = document.elementFromPoint(c.left + c.width / 2, c.top + c.height / 2);
			dots.style.display = ''; return el ? (el.querySelector('title') || {}).textContent || el.tagName : ''; })()`)
		if onLand != "Ukraine" {
			t.Errorf("under Kharkiv's dot the map shows %q, want Ukraine", onLand)
		}
		b.check(t)
	})

	t.Run("a hostile article is shown as text and runs nothing", func(t *testing.T) {
		b.open(t, "#/article/"+ids["fx/hostile"], "article")
		b.eval(t, `(() => { for (const el of document.querySelectorAll('.article-text span, a, .article-title')) {
			el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); } return true; })()`)
		title := eval[string](t, b, `document.querySelector('.article-title').textContent`)
		if title != hostileTitle {
			t.Errorf("title shown as %q, want the raw text %q", title, hostileTitle)
		}
		text := eval[string](t, b, `document.querySelector('.article-text').textContent`)
		if text != hostileText {
			t.Errorf("article text shown as %q, want the raw text", text)
		}
		for what, js := range map[string]string{
			"script elements besides the app":    `document.scripts.length === 1 && document.scripts[0].src.endsWith('/ui/js/app.js')`,
			"no image from the article":          `document.querySelectorAll('main img').length === 0`,
			"no javascript: link":                `![...document.querySelectorAll('a')].some(a => (a.getAttribute('href') || '').toLowerCase().startsWith('javascript'))`,
			"no textarea broke out":              `document.querySelectorAll('textarea').length === 0`,
			"no element with an event attribute": `![...document.querySelectorAll('*')].some(el => [...el.attributes].some(a => a.name.startsWith('on')))`,
			"the URL is shown as text":           `document.querySelector('.unsafe-url').textContent.startsWith('javascript:')`,
		} {
			if ok := eval[bool](t, b, js); !ok {
				t.Errorf("%s: failed (%s)", what, js)
			}
		}
		b.shot(t, "hostile-article")
		for _, p := range []struct{ hash, page string }{
			{"#/search?q=Council", "search"}, {"#/quotes?q=fine", "quotes"},
			{"#/entity/" + store.EntityID("PERSON", hostileSpeaker), "entity"},
		} {
			b.goTo(t, p.hash, p.page)
			b.eval(t, `(() => { for (const el of document.querySelectorAll('main *')) el.dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); return true; })()`)
			if !eval[bool](t, b, `document.body.textContent.includes('Mallory') || document.body.textContent.includes('Council')`) {
				t.Errorf("%s does not show the hostile article's strings", p.hash)
			}
		}
		b.shot(t, "hostile-in-quotes")
		if pwned := eval[string](t, b, `String(window.__pwned)`); pwned != "undefined" {
			t.Errorf("the hostile article ran script: window.__pwned = %s", pwned)
		}
		b.check(t)
	})

	// After the subtests that count the fixture's nodes and edges: it adds
	// an article of its own, dated apart from the fixture's.
	t.Run("the network draws no loops and labels every node", func(t *testing.T) {
		x := "Mayor Oskar Vik praised Oskar Vik. The council thanked the mayor. Oskar Vik criticised the council."
		f := newFx(t, "fx/loops", "Council row", "2025-07-20", x).
			entity("E1", "Oskar Vik", "PERSON", "NOR", "NORGOV", "Oskar Vik").
			event("V1", "051", 1, 3.4, "E1", "NORGOV", "E1", "NORGOV", "", "Mayor Oskar Vik praised Oskar Vik.").
			event("V2", "051", 1, 3.4, "---GOV", "---GOV", "---GOV", "---GOV", "", "The council thanked the mayor.").
			event("V3", "111", 3, -2, "E1", "NORGOV", "---GOV", "---GOV", "", "Oskar Vik criticised the council.")
		if _, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: f.a, Analysed: true, Source: store.Source{Input: "loops.jsonl", ItemID: f.a.ID}}); err != nil {
			t.Fatal(err)
		}
		b.open(t, "#/network?from=2025-07-20&to=2025-07-20", "network")
		edges := eval[[]string](t, b, `[...document.querySelectorAll('svg.network path.edge')].map(e => e.dataset.source + ' ' + e.dataset.target)`)
		labels := eval[[]string](t, b, `[...document.querySelectorAll('svg.network g.node')].map(g => (g.querySelector('text') || {}).textContent || '')`)
		vik := store.EntityID("PERSON", "Oskar Vik")
		if len(edges) != 1 || edges[0] != vik+" code:---GOV" {
			t.Errorf("edges = %q, want only Oskar Vik → the council (code:---GOV), no loops", edges)
		}
		if rows := eval[int](t, b, `document.querySelectorAll('.edge-table tbody tr').length`); rows != 1 {
			t.Errorf("the edge table has %d rows, want 1 (no actor acting on itself)", rows)
		}
		slices.Sort(labels)
		if want := []string{"Oskar Vik", "government (country unknown)"}; !slices.Equal(labels, want) {
			t.Errorf("node labels = %q, want %q", labels, want)
		}
		b.shot(t, "network-no-loops")
		b.check(t)
	})

	// A real corpus is many small groups of actors beside one large one.
	t.Run("a network of many groups keeps its edges long enough to see", func(t *testing.T) {
		var sb strings.Builder
		var events []dateline.EventJSON
		add := func(c1, c2 string) {
			clause := fmt.Sprintf("Group %s met group %s.", c1, c2)
			start := sb.Len()
			sb.WriteString(clause + " ")
			events = append(events, dateline.EventJSON{ID: fmt.Sprintf("V%d", len(events)+1), Code: "040", QuadClass: 1, Goldstein: 1,
				Actor1: &dateline.ActorJSON{Code: c1, Name: c1}, Actor2: &dateline.ActorJSON{Code: c2, Name: c2},
				Date: "2025-07-22", Start: start, End: start + len(clause), Text: clause})
		}
		// One group of 40 actors, each tied to the next two, and 30 pairs.
		for i := range 40 {
			add(fmt.Sprintf("H%02dGOV", i), fmt.Sprintf("H%02dGOV", (i+1)%40))
			add(fmt.Sprintf("H%02dGOV", i), fmt.Sprintf("H%02dGOV", (i+7)%40))
		}
		for i := range 30 {
			add(fmt.Sprintf("P%02dGOV", i), fmt.Sprintf("Q%02dGOV", i))
		}
		a := dateline.Analysis{ID: "fx/groups", Title: ptr("Groups"), Published: ptr("2025-07-22"), Language: "en", Text: sb.String(),
			Sentences: []dateline.SentenceJSON{{Start: 0, End: sb.Len()}}, Events: events}
		if _, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: a, Analysed: true, Source: store.Source{Input: "groups.jsonl", ItemID: a.ID}}); err != nil {
			t.Fatal(err)
		}
		b.open(t, "#/network?from=2025-07-22&to=2025-07-22", "network")
		// The length of each drawn edge: the distance between its nodes' centres.
		lengths := eval[[]float64](t, b, `(() => {
			const at = new Map([...document.querySelectorAll('svg.network g.node')].map(g => {
				const c = g.querySelector('circle'); return [g.dataset.id, [+c.getAttribute('cx'), +c.getAttribute('cy')]]; }));
			return [...document.querySelectorAll('svg.network path.edge')].map(e => {
				const a = at.get(e.dataset.source), b = at.get(e.dataset.target); return Math.hypot(a[0] - b[0], a[1] - b[1]); });
		})()`)
		if len(lengths) != 110 {
			t.Fatalf("%d edges drawn, want 110", len(lengths))
		}
		slices.Sort(lengths)
		// A node's circle is at most 18 across: an edge much shorter than
		// that hides under the circles.
		if median := lengths[len(lengths)/2]; median < 40 {
			t.Errorf("median edge length %.1f (of a drawing 1000 wide), want 40 or more: the groups collapsed", median)
		}
		b.shot(t, "network-many-groups")
		b.check(t)
	})

	// Last, because it adds the summit's own events and entities to the
	// store, which would change the counts the subtests above expect.
	t.Run("the default pipeline's summit analysis is highlighted at its byte offsets", func(t *testing.T) {
		// Its curly quotes and apostrophes are multi-byte.
		id := putSummit(t, s)
		b.open(t, "#/article/"+id, "article")
		checkPieces(t, b, s, id)
		b.shot(t, "summit-default-pipeline")
		b.check(t)
	})
}

// checkPieces compares every highlighted piece of the article on screen
// with the stored text cut at the piece's byte offsets, and the whole text
// with the stored one.
func checkPieces(t *testing.T, b *browser, s *Server, id string) {
	t.Helper()
	a, err := s.cfg.Store.Analysis(t.Context(), id)
	if err != nil {
		t.Fatal(err)
	}
	if got := eval[string](t, b, `document.querySelector('.article-text').textContent`); got != a.Text {
		t.Errorf("%s: text on screen differs from the stored text", id)
	}
	type piece struct {
		S, E int
		Text string
	}
	pieces := eval[[]piece](t, b, `[...document.querySelectorAll('.article-text span[data-s]')].map(e =>
		({S: +e.dataset.s, E: +e.dataset.e, Text: e.textContent}))`)
	if len(pieces) == 0 {
		t.Fatalf("%s: no highlighted pieces", id)
	}
	for _, p := range pieces {
		if p.S < 0 || p.E > len(a.Text) || p.S >= p.E || a.Text[p.S:p.E] != p.Text {
			t.Errorf("%s: piece [%d,%d) shows %q", id, p.S, p.E, p.Text)
		}
	}
}

// putSummit analyses the bundled summit article with the default pipeline
// and stores it.
func putSummit(t *testing.T, s *Server) string {
	t.Helper()
	txt, err := examples.FS.ReadFile("summit/article.txt")
	if err != nil {
		t.Fatal(err)
	}
	published, _ := time.Parse("2006-01-02", examples.SummitPublished)
	a, err := dateline.Analyze(t.Context(), dateline.Article{ID: "summit", Text: string(txt), Published: published, Language: "en"})
	if err != nil {
		t.Fatalf("analyse the summit example: %v", err)
	}
	res, err := s.cfg.Store.Put(t.Context(), store.Record{Analysis: a, Analysed: true, Source: store.Source{Input: "examples/summit/article.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	return res.ID
}
