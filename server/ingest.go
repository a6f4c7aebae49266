package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"time"
	"unicode/utf8"

	"dateline"
	"dateline/source"
	"dateline/store"
	"dateline/text"
)

// postBody is what POST /api/articles takes: one article as a line of the
// JSONL input contract ({"id", "text" | "html", "url", "title",
// "published"}), or only a "url" for the server to fetch.
type postBody struct {
	ID        string `json:"id,omitempty"`
	Text      string `json:"text,omitempty"`
	HTML      string `json:"html,omitempty"`
	URL       string `json:"url,omitempty"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
}

// postAnswer says what a POST stored.
type postAnswer struct {
	ID       string `json:"id"`
	Created  bool   `json:"created"` // false: the article was stored already
	Analysed bool   `json:"analysed"`
	Language string `json:"language,omitempty"`
	Error    string `json:"error,omitempty"` // a stage that failed; the article is stored anyway
}

// postArticle analyses and stores one article. It needs the bearer token;
// without a configured token the server is read-only (403).
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) {
	if s.cfg.Token == "" {
		s.fail(w, r, errorf(http.StatusForbidden, "this server is read-only: start it with --token (or DATELINE_TOKEN) to accept articles"))
		return
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dateline"`)
		s.fail(w, r, errorf(http.StatusUnauthorized, "missing or wrong bearer token: send Authorization: Bearer TOKEN"))
		return
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		s.fail(w, r, errorf(http.StatusUnsupportedMediaType, "Content-Type %q: send application/json", r.Header.Get("Content-Type")))
		return
	}
	var body postBody
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, s.cfg.MaxBodyBytes))
	dec.DisallowUnknownFields()
	err := dec.Decode(&body)
	if err == nil {
		// One article a request: a second value (or junk) after the first
		// was dropped without a word while the first was stored.
		if _, more := dec.Token(); more != io.EOF {
			err = errors.New("more than one JSON value: send one article a request")
			if errors.As(more, new(*http.MaxBytesError)) {
				err = more
			}
		}
	}
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.fail(w, r, err)
			return
		}
		s.fail(w, r, errorf(http.StatusBadRequest, "body is not one JSON article: %v", err))
		return
	}
	art, err := s.readPosted(r.Context(), body)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ans, err := s.store(r.Context(), art)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	status := http.StatusOK
	if ans.Created {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/articles/"+url.PathEscape(ans.ID))
	}
	writeJSON(w, r, status, ans)
}

// readPosted turns a body into an Article with the readers the ingest uses,
// so a POSTed article is cleaned exactly like the same line in a file.
func (s *Server) readPosted(ctx context.Context, b postBody) (text.Article, error) {
	switch {
	case b.Text != "" && b.HTML != "":
		return text.Article{}, errorf(http.StatusBadRequest, `give "text" or "html", not both`)
	case b.Text == "" && b.HTML == "" && b.URL == "":
		return text.Article{}, errorf(http.StatusBadRequest, `give the article as "text" or "html", or a "url" to fetch`)
	}
	if b.ID == "" {
		b.ID = "api"
	}
	if b.Text == "" && b.HTML == "" {
		u, err := url.Parse(b.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return text.Article{}, errorf(http.StatusBadRequest, "url %q: want an http or https URL", b.URL)
		}
		page, err := s.cfg.Fetch(ctx, b.URL)
		if err != nil {
			return text.Article{}, errorf(http.StatusBadGateway, "fetch %q: %v", b.URL, err)
		}
		if !utf8.ValidString(page) {
			page = string(bytes.ToValidUTF8([]byte(page), []byte("\uFFFD")))
		}
		b.HTML = page
	}
	line, err := json.Marshal(b)
	if err != nil {
		return text.Article{}, err
	}
	src, err := source.OpenReader("api", bytes.NewReader(line), source.Options{})
	if err != nil {
		return text.Article{}, errorf(http.StatusBadRequest, "%v", err)
	}
	for a, err := range src.Articles(ctx) {
		if err != nil {
			return text.Article{}, errorf(http.StatusUnprocessableEntity, "%v", err)
		}
		return a, nil
	}
	return text.Article{}, errorf(http.StatusUnprocessableEntity, "the body holds no article")
}

// analysedLanguages are the languages the stages analyse; others are
// stored unanalysed, as the ingest does.
var analysedLanguages = []string{"en"}

// store analyses an article and stores it. Like the ingest it is
// idempotent on the content hash: a known article is not analysed again.
// POSTed articles are not grouped into near-duplicate stories (the ingest's
// index lives in its run).
func (s *Server) store(ctx context.Context, a text.Article) (postAnswer, error) {
	hash := store.ContentHash(a.Title, a.Text)
	src := store.Source{Input: "api", ItemID: a.ID, URL: a.URL}
	if id, err := s.cfg.Store.LookupHash(ctx, hash); err == nil {
		if _, err := s.cfg.Store.AddSource(ctx, id, src); err != nil {
			return postAnswer{}, err
		}
		meta, err := s.cfg.Store.Article(ctx, id)
		if err != nil {
			return postAnswer{}, err
		}
		return postAnswer{ID: id, Analysed: meta.Analysed, Language: meta.Language}, nil
	} else if !errors.Is(err, store.ErrNotFound) {
		return postAnswer{}, err
	}
	if a.Language == "" {
		a.Language = source.DetectLanguage(a.Text)
	}
	analyse := a.Language == "" || slices.Contains(analysedLanguages, a.Language)
	doc := text.NewDocument(a)
	var stageErr *dateline.StageError
	if analyse {
		pipe := s.cfg.Pipeline
		if pipe == nil {
			var err error
			if pipe, err = dateline.DefaultPipeline(); err != nil {
				return postAnswer{}, err
			}
		}
		var err error
		doc, err = pipe.Run(ctx, a)
		if err != nil {
			if ctx.Err() != nil {
				return postAnswer{}, ctx.Err()
			}
			if !errors.As(err, &stageErr) {
				stageErr = &dateline.StageError{Article: "api:" + a.ID, Err: err}
			}
		}
	}
	rec := store.Record{Analysis: dateline.NewAnalysis(doc, dateline.ViewOptions{}), Hash: hash,
		Analysed: analyse && stageErr == nil, Source: src}
	ans := postAnswer{Analysed: rec.Analysed, Language: a.Language}
	if stageErr != nil {
		rec.Err = &store.ErrorRecord{Input: "api:" + a.ID, Stage: stageErr.Stage, Message: stageErr.Err.Error(), Time: time.Now()}
		ans.Error = stageErr.Error()
	}
	res, err := s.cfg.Store.Put(context.WithoutCancel(ctx), rec)
	if err != nil {
		return postAnswer{}, err
	}
	ans.ID, ans.Created = res.ID, res.Created
	return ans, nil
}

// fetchPage is the default Config.Fetch: one GET with a deadline, HTML
// only, at most the source size limit.
func fetchPage(ctx context.Context, pageURL string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pageURL, nil)
	if err != nil {
		return "", err
	}
	req.Header.Set("User-Agent", "dateline/"+dateline.Version)
	req.Header.Set("Accept", "text/html,application/xhtml+xml")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("status %s", resp.Status)
	}
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "" && mt != "text/html" && mt != "application/xhtml+xml" {
		return "", fmt.Errorf("content type %q is not HTML", mt)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, source.DefaultMaxBytes+1))
	if err != nil {
		return "", err
	}
	if len(b) > source.DefaultMaxBytes {
		return "", fmt.Errorf("page over %d bytes", source.DefaultMaxBytes)
	}
	return string(b), nil
}
