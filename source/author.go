package source

import (
	"regexp"
	"strings"
)

// Author metadata scraped from pages often carries the words around the
// name ("View all posts by …", "Autor: …") or is a form label or a
// placeholder ("Name", "admin"). cleanAuthor keeps the names only.

var authorLead = regexp.MustCompile(`(?i)^(?:(?:(?:view|see|show|zeige|alle|all)\s+)*(?:posts?|articles?|stories|beiträge|beitrag|artikel) (?:by|von)|(?:zum )?profil von|(?:written|posted|published|reported|words|text|story) by|by|von|par|por|door|di|autor(?:in)?|author|auteur|verfasser(?:in)?|redakteur(?:in)?)\s*[:\-–—]?\s+`)

// authorTrail: "Jane Doe says" / "Jane Doe at" are comment headers and
// dangling link text, not bylines.
var authorTrail = regexp.MustCompile(`(?i)\s+(?:says|said|sagt|schreibt|writes|wrote|at|am|um|on)$`)

// placeholderAuthors are what pages put where a name should be.
var placeholderAuthors = setOf("name", "admin", "administrator", "wordpressadmin", "webmaster", "author",
	"authors", "autor", "autoren", "auteur", "auteurs", "autore", "human", "no author", "anonymous",
	"anonym", "unknown", "guest", "user", "editor", "staff", "null", "none", "n/a")

// cleanAuthor tidies an author field ("A; B" for several names).
func cleanAuthor(s string) string {
	var keep []string
	for _, name := range strings.Split(s, ";") {
		name = collapseSpace(name)
		for {
			n := authorLead.ReplaceAllString(name, "")
			n = authorTrail.ReplaceAllString(n, "")
			if n == name {
				break
			}
			name = n
		}
		name = strings.Trim(name, " ,:;|-–—")
		if name == "" || placeholderAuthors[strings.ToLower(name)] || strings.ContainsAny(name, "@") {
			continue
		}
		keep = append(keep, name)
	}
	return strings.Join(keep, "; ")
}
