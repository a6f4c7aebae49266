package text

import "strings"

// special returns the length of a URL, e-mail address, @handle, #hashtag
// or emoticon starting at s[k], or 0. They are tried before the word rules
// because their dots, slashes and colons would otherwise split them.
func (tz *tokenizer) special(k, start, end int) int {
	s := tz.s
	switch c := s[k]; c {
	case 'h', 'H', 'f', 'F', 'w', 'W':
		if n := urlLen(s, k, end); n > 0 {
			return n
		}
	case '@':
		if !afterWord(s, k, start) {
			return handleLen(s, k, end)
		}
		return 0
	case '#':
		if !afterWord(s, k, start) {
			return hashtagLen(s, k, end)
		}
		return 0
	case ':', ';', '=', '<', '^':
		if k == start || !afterWord(s, k, start) {
			return emoticonLen(s, k, end)
		}
		return 0
	}
	if tz.hasAt && !afterWord(s, k, start) {
		return emailLen(s, k, end)
	}
	return 0
}

var urlPrefixes = [...]string{"https://", "http://", "ftp://", "www."}

// urlLen matches a URL that starts with a scheme or "www." and runs to the
// end of the chunk, less the punctuation that closes the sentence or the
// brackets and quotes around it.
func urlLen(s string, k, end int) int {
	var plen int
	for _, p := range urlPrefixes {
		if end-k > len(p) && strings.EqualFold(s[k:k+len(p)], p) {
			plen = len(p)
			break
		}
	}
	if plen == 0 {
		return 0
	}
	if r, _ := decode(s, k+plen); !isWordRune(r) {
		return 0
	}
	e := end
	for e > k+plen+1 {
		r, w := decodeLast(s, e)
		u := s[k : e-w]
		trim := false
		switch r {
		case '.', ',', ';', ':', '!', '?', '\'', '"', '”', '’', '»', '>':
			trim = true
		case ')':
			trim = strings.Count(u, "(") < strings.Count(u, ")")+1
		case ']':
			trim = strings.Count(u, "[") < strings.Count(u, "]")+1
		}
		if !trim {
			break
		}
		e -= w
	}
	return e - k
}

// handleLen matches "@name": ASCII letters, digits and underscores.
func handleLen(s string, k, end int) int {
	n := 1
	for k+n < end && isHandleByte(s[k+n]) {
		n++
	}
	if n == 1 {
		return 0
	}
	return n
}

func isHandleByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) || c == '_'
}

// hashtagLen matches "#tag" with at least one letter, so "#1" stays "#" "1".
func hashtagLen(s string, k, end int) int {
	n, letters := 1, 0
	for k+n < end {
		r, w := decode(s, k+n)
		if !isWordRune(r) && r != '_' {
			break
		}
		if isLetter(r) {
			letters++
		}
		n += w
	}
	if letters == 0 {
		return 0
	}
	return n
}

// emailLen matches local@domain.tld, the domain having at least one dot.
func emailLen(s string, k, end int) int {
	at := strings.IndexByte(s[k:end], '@')
	if at <= 0 {
		return 0
	}
	for i := k; i < k+at; i++ {
		c := s[i]
		if !isHandleByte(c) && c != '.' && c != '%' && c != '+' && c != '-' {
			return 0
		}
	}
	if s[k] == '.' {
		return 0
	}
	e, dots, lastDot := k+at+1, 0, -1
	for e < end {
		c := s[e]
		switch {
		case c == '.':
			if e == lastDot+1 || e == k+at+1 {
				goto done
			}
			dots, lastDot = dots+1, e
		case isHandleByte(c) && c != '_', c == '-':
		default:
			goto done
		}
		e++
	}
done:
	for e > k+at+1 && (s[e-1] == '.' || s[e-1] == '-') {
		if s[e-1] == '.' {
			dots--
		}
		e--
	}
	if dots == 0 || e == k+at+1 {
		return 0
	}
	return e - k
}

var emoticons = [...]string{
	":-)", ":-(", ":-D", ":-P", ":-p", ":-/", ";-)", ":'(",
	":)", ":(", ":D", ":P", ":p", ":/", ";)", ":?", ":O", ":o", "=)", "<3", "^_^", "^^",
}

func isEmoticon(t string) bool {
	if len(t) < 2 || len(t) > 3 || !strings.ContainsRune(":;=<^", rune(t[0])) {
		return false
	}
	for _, e := range emoticons {
		if t == e {
			return true
		}
	}
	return false
}

// emoticonLen matches a small set of emoticons standing on their own.
func emoticonLen(s string, k, end int) int {
	for _, e := range emoticons {
		if strings.HasPrefix(s[k:end], e) {
			if k+len(e) < end {
				r, _ := decode(s, k+len(e))
				if isWordRune(r) || r == '/' {
					continue
				}
			}
			return len(e)
		}
	}
	return 0
}

// hyphenPrefixes are the bound prefixes that EWT keeps attached to a
// hyphenated word ("e-mail", "non-human", "re-election"); every other
// hyphen splits when splitHyphens is on.
var hyphenPrefixes = setOf(
	"a", "anti", "bi", "co", "contra", "counter", "de", "e", "eco", "ex",
	"extra", "hyper", "infra", "inter", "intra", "macro", "mega", "meta",
	"micro", "mid", "mini", "mis", "mono", "multi", "neo", "non", "over",
	"pan", "para", "peri", "post", "pre", "pro", "pseudo", "re", "semi",
	"sub", "super", "supra", "trans", "tri", "ultra", "un", "under", "vice",
)

// piece emits s[a:b], split at its hyphens when splitHyphens is on.
func (tz *tokenizer) piece(a, b int) {
	if !tz.splitHyphens {
		tz.emit(a, b)
		return
	}
	s := tz.s
	from := a
	for i := a; i < b; {
		r, w := decode(s, i)
		if isHyphen(r) && i > a {
			// Bound prefixes and digit groups ("303-832-8160") stay joined.
			digits := isDigit(s[i-1]) && i+w < b && isDigit(s[i+w])
			if !digits && !(from == a && in(hyphenPrefixes, strings.ToLower(s[a:i]))) {
				tz.emit(from, i)
				tz.emit(i, i+w)
				from = i + w
			}
		}
		i += w
	}
	if from < b {
		tz.emit(from, b)
	}
}
