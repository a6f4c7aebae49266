package source

import (
	"testing"

	trafilatura "github.com/markusmobius/go-trafilatura"
)

func TestPageAuthor(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"hCard byline in a post pruned by the extractor",
			`<div class="post-7 post category-garden"><p class="meta">by <span class="author vcard"><a class="url fn n" href="/author/pat/">pat</a></span></p><p>Beans grew.</p></div>`,
			"pat"},
		{"rel=author link",
			`<article><p>Posted by <a rel="author" href="/u/7">Morag Quill</a></p></article>`,
			"Morag Quill"},
		{"JSON-LD author by @id",
			`<script type="application/ld+json">{"@graph":[{"@type":"BlogPosting","headline":"Beans","author":{"@id":"https://x.example/#p"}},{"@type":"Person","@id":"https://x.example/#p","name":"Tove"}]}</script><p>Beans grew.</p>`,
			"Tove"},
		{"microdata authors of the byline, not of the answers",
			`<p><span itemprop="author">Ann Lee</span> and <span itemprop="author">Bo Chen</span></p><div><p>Answer <span itemprop="author">user42</span></p></div>`,
			"Ann Lee; Bo Chen"},
		{"microdata author name",
			`<div itemprop="author" itemscope><img alt=""><span itemprop="name">Ines Roth</span><span>Reporter since 2019</span></div>`,
			"Ines Roth"},
		{"commenters are not the author",
			`<p>Beans grew.</p><ol class="commentlist"><li><a rel="author" href="/u/9">Gardenfan</a> says</li></ol>`,
			""},
		{"a long link is not a byline",
			`<p><a rel="author" href="/about">About the team that writes this garden blog every week of the year</a></p>`,
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parseTestHTML(t, "<html><head></head><body>"+tt.page+"</body></html>")
			if got := pageAuthor(doc); got != tt.want {
				t.Errorf("pageAuthor = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestRestoreSpelling(t *testing.T) {
	tests := []struct{ name, author, page, want string }{
		{"initial keeps its dot", "Leah Q Marsh", `<p class="byline">By Leah Q. Marsh</p>`, "Leah Q. Marsh"},
		{"suffix keeps its dot", "Tom Brandt Jr", `<span>Tom Brandt Jr.</span>`, "Tom Brandt Jr."},
		{"initials run together", "R J Okafor", `<b>R.J. Okafor</b>`, "R.J. Okafor"},
		{"handle with an underscore", "Mister Quill", `<a href="/u/1">Mister_Quill</a>`, "Mister_Quill"},
		{"lower-case name the extractor capitalised", "Gartenwerk Gmbh", `<p>© gartenwerk GmbH</p>`, "gartenwerk GmbH"},
		{"handle in a link is not the signature", "Nina Park", `<a href="/x">nina_park</a> <p>Nina Park</p>`, "Nina Park"},
		{"handle only in other capitals", "Nina Park", `<a href="/x">nina_park</a>`, "Nina Park"},
		{"e-mail address", "Jo Ames", `<a href="mailto:jo.ames@mail.example">write</a>`, "Jo Ames"},
		{"several names", "Leah Q Marsh; Bo Chen", `By Leah Q. Marsh and Bo Chen`, "Leah Q. Marsh; Bo Chen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := restoreSpelling(tt.author, tt.page); got != tt.want {
				t.Errorf("restoreSpelling(%q) = %q, want %q", tt.author, got, tt.want)
			}
		})
	}
}

func TestArticleAuthorSiteName(t *testing.T) {
	empty := parseTestHTML(t, "<html><body><p>Beans grew.</p></body></html>")
	byline := parseTestHTML(t, `<html><body><p>By <a rel="author" href="/a">Ann Lee</a></p></body></html>`)
	tests := []struct {
		name, author, site, host string
		doc                      bool
		want, wantSite           string
	}{
		{"site beside a person dropped", "Ann Lee; Metro Daily", "Metro Daily", "metrodaily.example", false, "Ann Lee", ""},
		{"host beside a person dropped", "Ann Lee; Metrodaily Com", "", "www.metrodaily.com", false, "Ann Lee", ""},
		{"site alone kept for last", "Metro Daily", "Metro Daily", "", false, "", "Metro Daily"},
		{"site alone: the page's byline", "Metro Daily", "Metro Daily", "", true, "Ann Lee", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := empty
			if tt.doc {
				doc = byline
			}
			m := trafilatura.Metadata{Author: tt.author, Sitename: tt.site, Hostname: tt.host}
			got, site := articleAuthor(m, doc, "")
			if got != tt.want || site != tt.wantSite {
				t.Errorf("articleAuthor(%q) = %q, %q; want %q, %q", tt.author, got, site, tt.want, tt.wantSite)
			}
		})
	}
}
