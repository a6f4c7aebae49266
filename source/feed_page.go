package source

import (
	"mime"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decodePage turns fetched HTML bytes into valid UTF-8: bytes that are not
// UTF-8 are decoded from the charset the HTTP Content-Type names, else from
// the page's own <meta> charset (decodeHTML), else have their bad bytes
// replaced and flagged.
func decodePage(name string, b []byte, contentType string, opt Options) (string, []string) {
	if !utf8.Valid(b) && contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			if enc, canon := charset.Lookup(params["charset"]); enc != nil && canon != "utf-8" {
				if s, err := enc.NewDecoder().Bytes(b); err == nil && utf8.Valid(s) {
					return string(s), nil
				}
			}
		}
	}
	return decodeHTML(name, b, opt)
}
