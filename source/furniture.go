package source

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Page furniture is recognised by the shape of the whole line, never by one
// exact string: each rule below is a family of labels that sites put around
// an article (navigation, widgets, calls to action), matched on the line
// lower-cased, with bullets, arrows and trailing colons or ellipses removed.

// furniturePhrases are whole-line labels; a line matches only when nothing
// else is on it, so a headline that starts with "Share" or "Advertisement"
// survives.
var furniturePhrases = regexp.MustCompile(`^(?:` + strings.Join([]string{
	// skip links and page chrome
	`(?:skip|jump|go|back|scroll) to (?:the )?(?:main )?(?:content|navigation|menu|search|footer|top|article)`,
	`(?:toggle|open|close|main) (?:navigation|menu|search)`,
	`menu|close|search|home|next|previous|prev|more|print|comments?|\d+ comments?|loading`,
	`(?:log|sign) ?(?:in|out|up)|register|subscribe|my account|account`,
	`(?:next|previous|prev) (?:article|story|post|page)`,
	// advertising
	`advertisements?|advertising|advert|ads?|sponsored(?: content| links| stories| post| by \S+(?: \S+)?)?|paid (?:content|post|partner(?:ship)?)|promoted(?: content| stories)?`,
	`(?:story|article|text) continues (?:below|after)(?: (?:this|the))?(?: (?:ad|advertisement|advert))?`,
	`continue reading(?: (?:below|the main story|the article))?|scroll (?:down )?to continue(?: reading| with content)?`,
	// language and edition pickers
	`(?:select|choose|change|switch|pick) (?:your |a |the )?(?:language|edition|region|country)(?: edition)?`,
	`languages?|translate(?: this (?:page|article))?|powered by google translate|language: .{1,30}`,
	// sharing and engagement
	`share(?: this| the)?(?: article| story| page| post| video| link)?(?: (?:on|via|with|to) [a-z+ ]{1,20})?`,
	`(?:tweet|email|e-mail|print|save|bookmark|pin)(?: this)?(?: article| story| page| post)?`,
	`copy(?: article| the)? link|link copied|(?:show|view|read|hide|leave|post|add)(?: a| all| the)? comments?|comment now|join the (?:conversation|discussion)`,
	`follow us(?: on .{1,40})?|like us on facebook|(?:listen|watch) (?:to )?(?:this|the) (?:article|story|video)|\d+ min(?:ute)?s? read|listen|watch`,
	// onward links
	`read (?:more|next|also|the (?:full|whole) (?:article|story))|(?:more|also) read|see also|further reading`,
	`related(?: articles?| stories| content| coverage| news| topics| links| posts)?|more (?:stories|news|on this(?: story| topic)?|from \S+(?: \S+)?)`,
	`recommended(?: for you| stories| articles| reading)?|you (?:may|might) (?:also )?(?:like|enjoy)|(?:most|more) (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|editor'?s picks?`,
	// newsletters and subscriptions
	`(?:sign up|subscribe|register)(?: now| today| for free| here| free)?`,
	`(?:sign up|subscribe|register) (?:for|to) .{0,40}(?:newsletters?|alerts|updates|briefing|digest|emails?|inbox)(?: .{0,40})?`,
	`(?:get|receive) (?:our|the) .{0,40}(?:newsletters?|briefing|alerts)(?: .{0,40})?|newsletter(?: sign[ -]?up)?`,
	`get (?:the )?(?:latest|top|best) .{0,50}(?:delivered )?(?:to|in) your inbox.{0,30}`,
	// credits that are page chrome, not prose
	`(?:image|photo|picture|video) (?:source|credit|copyright)s?[,:]? .{1,50}|(?:image|photo|picture)s?: .{1,50}`,
	// cookie banner buttons
	`(?:accept|reject|allow|decline)(?: all)?(?: cookies)?|(?:manage|cookie) (?:cookies|settings|preferences|policy)|cookie settings|got it`,

	// The same families in the other languages of the world's news
	// (German, French, Spanish, Portuguese, Italian): labels only, never
	// sentences.
	`werbung|anzeige|publicidad|publicité|publicidade|pubblicità|patrocinado|contenu sponsorisé`,
	`teilen|drucken|compartir|imprimir|partager|imprimer|condividi|stampa|compartilhar|(?:artikel|beitrag) (?:teilen|drucken)|(?:diesen )?artikel (?:teilen|empfehlen)`,
	`(?:keine |\d+ )?kommentare?|kommentieren|(?:sin |\d+ )?comentarios?|(?:aucun |\d+ )?commentaires?|(?:nessun |\d+ )?commenti|(?:sem |\d+ )?comentários`,
	`(?:zum |für den |unseren? )?newsletter (?:anmelden|abonnieren|bestellen)|(?:jetzt|kostenlos) (?:zum newsletter )?(?:anmelden|abonnieren)(?: .{0,30})?|kostenlos zum newsletter anmelden`,
	`(?:suscríbete|suscribirse|abonnez-vous|s'abonner|inscreva-se|iscriviti)(?: (?:a|à|al|alla|na|en) .{0,40})?`,
	`(?:das |dies )?könnte (?:sie|dich) auch interessieren|schon gelesen|(?:mehr|weitere) (?:zum thema|themen|artikel|nachrichten|beiträge|informationen)|(?:neueste|ähnliche|verwandte|beliebte|meistgelesene) (?:artikel|beiträge|nachrichten)|meistgelesen|auch interessant|lesen sie auch|lesetipp`,
	`(?:artículos|noticias|notas) relacionad[ao]s|(?:lo )?más (?:leído|visto)|te puede interesar|le puede interesar|(?:lee|lea|vea|ver) (?:también|más)|(?:articles?|sur le même sujet) (?:similaires|liés)|(?:à )?lire aussi|(?:les )?plus lus|leia (?:também|mais)|(?:mais )?lidas|leggi anche|(?:i )?più letti`,
	`(?:zum )?seitenanfang|nach oben|zurück(?: zur übersicht)?|startseite|suche|anmelden|abmelden|(?:ir al )?inicio|buscar|retour en haut|accueil|rechercher|voltar ao topo|cerca`,
}, "|") + `)$`)

// stripDecor removes what surrounds a label: bullets, arrows and pipes in
// front, colons, ellipses and arrows behind; it lower-cases and folds
// apostrophes.
func stripDecor(s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimLeft(s, "•·*-–—>|›»→↑↓▶► \t")
	s = strings.TrimRight(s, ":.…!»›>→↑↓▶►|-–— \t")
	return strings.Join(strings.Fields(s), " ")
}

// maxLabelBytes bounds the labels above; a longer line can only be a
// cookie notice, so article paragraphs skip the label rules.
const maxLabelBytes = 200

// isFurniture reports whether a trimmed, non-empty line is page furniture.
func isFurniture(line string) bool {
	if len(line) > maxLabelBytes {
		return isCookieNotice(line)
	}
	norm := stripDecor(line)
	words := strings.Fields(norm)
	if len(words) == 0 {
		// Only decoration ("|", "•••", "—"): a separator, not text.
		return !hasLetter(line) && !hasDigit(line)
	}
	// A sentence of nine words or more is no label; this spares most
	// article lines the regular expressions below.
	sentence := len(words) >= 9 && endsSentence(line)
	if len(words) <= 12 && !sentence && (furniturePhrases.MatchString(norm) ||
		isLabelRow(norm, languageNames, languageFirst) || isLabelRow(norm, socialNames, socialFirst)) {
		return true
	}
	if len(words) <= 15 && isLinkLine(line) {
		return true
	}
	return isCookieNotice(line)
}

func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// linkLine is "READ MORE: <headline>", "Related » <headline>": an onward
// label, a separator, then a title with no sentence inside it.
var linkLine = regexp.MustCompile(`(?i)^(?:read (?:more|also|next)|also read|see also|related(?: article| story| coverage)?|more|watch|listen|recommended|further reading|more on this(?: story)?|` +
	`lesen sie (?:auch|mehr)|auch interessant|mehr zum thema|siehe auch|lesetipp|` +
	`(?:lea|lee|vea|ver|mira) (?:también|más)|lea|le puede interesar|te puede interesar|relacionad[ao]s?|` +
	`(?:à )?lire aussi|voir aussi|leia (?:também|mais)|veja (?:também|mais)|leggi anche)\s*[:»›|>→–—-]\s*\S`)

func isLinkLine(line string) bool {
	// The separator comes within the first few words.
	if !strings.ContainsAny(line[:min(len(line), 48)], ":»›|>→–—-") || !linkLine.MatchString(line) {
		return false
	}
	_, rest, _ := strings.Cut(line, " ")
	return !hasSentence(rest)
}

// sentenceEnd finds the end of a sentence inside a line: terminal
// punctuation, maybe a closing quote, then a space and a capital or the
// line's end.
var sentenceEnd = regexp.MustCompile(`[a-z0-9)][.!?]["'”’]?(?:\s+["“‘]?\p{Lu}|\s*$)`)

func hasSentence(s string) bool { return sentenceEnd.MatchString(s) }

// labelSep splits a row of labels: pipes, bullets, slashes and commas.
var labelSep = regexp.MustCompile(`\s*[|•·/,]\s*|\s{2,}`)

// isLabelRow: a line made only of known labels (two or more), such as a
// language picker "English | Español | Français" or a share row "Facebook
// Twitter Email".
func isLabelRow(norm string, names, first map[string]bool) bool {
	w, _, _ := strings.Cut(norm, " ")
	if !first[strings.TrimRight(w, "|•·/,")] {
		return false
	}
	parts := labelSep.Split(norm, -1)
	if len(parts) < 2 {
		parts = strings.Fields(norm)
	}
	n := 0
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if !names[p] {
			return false
		}
		n++
	}
	return n >= 2
}

// languageNames are language names in English and in the language itself,
// lower-cased, as pickers show them.
var languageNames = setOf(
	"english", "español", "spanish", "français", "french", "deutsch", "german", "italiano", "italian",
	"português", "portuguese", "русский", "russian", "українська", "ukrainian", "中文", "简体中文",
	"繁體中文", "简体", "繁體", "chinese", "日本語", "japanese", "한국어", "korean", "العربية", "arabic",
	"türkçe", "turkish", "polski", "polish", "nederlands", "dutch", "svenska", "swedish", "dansk",
	"danish", "norsk", "norwegian", "suomi", "finnish", "हिन्दी", "hindi", "فارسی", "persian", "farsi",
	"עברית", "hebrew", "ελληνικά", "greek", "română", "romanian", "čeština", "czech", "magyar",
	"hungarian", "tiếng việt", "vietnamese", "bahasa indonesia", "indonesian", "bahasa melayu",
	"malay", "ไทย", "thai", "kiswahili", "swahili", "català", "catalan", "hrvatski", "croatian",
	"srpski", "српски", "serbian", "български", "bulgarian", "slovenčina", "slovak", "slovenščina",
	"lietuvių", "latviešu", "eesti", "বাংলা", "bangla", "bengali", "اردو", "urdu", "தமிழ்", "tamil",
	"hausa", "yorùbá", "yoruba", "amharic", "አማርኛ", "af-soomaali", "somali", "pashto", "پښتو",
	"en", "es", "fr", "de", "it", "pt", "ru", "uk", "zh", "ja", "ko", "ar", "tr", "pl", "nl",
)

// languageFirst and socialFirst hold the first word of each name, to
// reject most lines before splitting them.
var languageFirst, socialFirst = firstWords(languageNames), firstWords(socialNames)

func firstWords(names map[string]bool) map[string]bool {
	m := make(map[string]bool, len(names))
	for n := range names {
		w, _, _ := strings.Cut(n, " ")
		m[w] = true
	}
	return m
}

// socialNames are share and follow targets and the verbs on their buttons.
var socialNames = setOf(
	"facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "print", "share",
	"reddit", "pinterest", "telegram", "messenger", "flipboard", "tumblr", "threads", "bluesky",
	"instagram", "youtube", "tiktok", "sms", "copy link", "copy", "link", "tweet", "pin", "rss",
	"mastodon", "vk", "weibo", "wechat", "line", "viber", "pocket", "save", "comment", "comments",
)

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Cookie notices are long sentences, so they get their own rule: the site
// speaking about its cookies to the reader ("We use cookies…", "By using
// this site you agree to our use of cookies"). A line with quotation marks
// is reporting someone's words about cookies, which is news, and stays.
var cookieVoice = []*regexp.Regexp{
	regexp.MustCompile(`(?i)\b(?:we|this (?:web)?site|our (?:web)?site|our partners)\b(?: and [\pL ]{1,30})? (?:use|uses|may use|place|places|set|sets|store|stores|collect)\b[^.]{0,20}\bcookies?\b`),
	regexp.MustCompile(`(?i)\bcookies?\b[^.]*\b(?:you|your)\b[^.]*\b(?:consent|accept|agree|settings|preferences|experience|browser)\b`),
	regexp.MustCompile(`(?i)\b(?:you|your)\b[^.]*\b(?:agree|consent|accept)\b[^.]*\bcookies?\b`),
}

// cookieTopic: a notice also speaks of the site, the reader's browsing or
// consent, which a sentence about baking does not.
var cookieTopic = regexp.MustCompile(`(?i)experience|brows|site|consent|privacy|policy|personali[sz]|analytics|advertis|content|traffic|services?\b`)

func isCookieNotice(line string) bool {
	if !strings.Contains(line, "ookie") && !strings.Contains(line, "OOKIE") {
		return false
	}
	if utf8.RuneCountInString(line) > 400 || strings.ContainsAny(line, "\"“”«»") {
		return false
	}
	if !cookieTopic.MatchString(line) {
		return false
	}
	for _, re := range cookieVoice {
		if re.MatchString(line) {
			return true
		}
	}
	return false
}
