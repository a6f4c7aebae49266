package source

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"
	lingua "github.com/pemistahl/lingua-go"
)

// newsLanguages is the bounded set the detector chooses from: the ~20
// languages most of the world's online news is written in. A text in a
// language outside the set gets the closest one in it (Catalan may come out
// as Spanish); what ingest needs to know is whether it is English.
var newsLanguages = []lingua.Language{
	lingua.English, lingua.Spanish, lingua.French, lingua.German,
	lingua.Portuguese, lingua.Italian, lingua.Dutch, lingua.Swedish,
	lingua.Polish, lingua.Russian, lingua.Ukrainian, lingua.Turkish,
	lingua.Arabic, lingua.Persian, lingua.Hindi, lingua.Indonesian,
	lingua.Vietnamese, lingua.Chinese, lingua.Japanese, lingua.Korean,
}

// NewsLanguages returns the ISO 639-1 codes DetectLanguage can return.
func NewsLanguages() []string {
	out := make([]string, len(newsLanguages))
	for i, l := range newsLanguages {
		out[i] = strings.ToLower(l.IsoCode639_1().String())
	}
	return out
}

// The detector is built once and shared. Low-accuracy mode uses only the
// trigram models: with the 20 languages loaded the process holds about
// 15 MB of them instead of about 675 MB, and on article-length text the
// trigram models alone are as good; lingua's own evaluation shows the loss
// only on texts of a few words. The models are not preloaded: lingua rules
// languages out by their alphabet first and loads a model when a text
// needs it (safely from many goroutines: its model maps are sync.Maps), so
// a run over Latin-script news holds the 12 Latin-script models, about
// 11 MB, and never the Cyrillic, Arabic, Devanagari and CJK ones.
var detector = sync.OnceValue(func() lingua.LanguageDetector {
	return lingua.NewLanguageDetectorBuilder().
		FromLanguages(newsLanguages...).
		WithLowAccuracyMode().
		Build()
})

// langSampleBytes bounds the text looked at: a hundred words decide the
// language of an article, and lingua's cost grows with the length (about
// 1 ms for 600 bytes, 3 ms for 1,500 on this machine).
const langSampleBytes = 600

// minLangLetters is the fewest letters worth a guess.
const minLangLetters = 20

// DetectLanguage returns the ISO 639-1 code ("en", "fr", …) of the language
// text is written in, chosen among NewsLanguages, or "" when the text is too
// short or too mixed to tell. It reads at most the first 600 bytes. Safe
// for concurrent use; a call loads the models it needs the first time.
func DetectLanguage(text string) string {
	sample := langSample(text)
	if sample == "" {
		return ""
	}
	if surelyEnglish(sample) {
		return "en"
	}
	return linguaLanguage(sample)
}

// surelyEnglish asks whatlanggo first: its trigram profiles are Go tables
// already in the binary (go-trafilatura links it), so it loads nothing,
// where lingua's first call in a process loads its Latin-script models
// (about 0.2 CPU s, and about 15 MB of heap that stays for the whole run
// and that the collector marks at every cycle). It is also the cheaper
// call on English (BenchmarkDetectLanguage: 0.6-0.9 ms against 1.1-1.9 ms
// for lingua). Only a reliable English is taken; any other answer goes to
// lingua, which stays the judge of every other language. Measured on the
// first 600 bytes of each text, as DetectLanguage reads them: of the 1,032
// pages of the trafilatura evaluation set (mostly German, Spanish and
// French), whatlanggo called 185 reliably English and lingua said English
// for every one of them (it said English for one more, which goes to
// lingua as before); of the 2,225 BBC articles, 2,224 and the same.
func surelyEnglish(sample string) bool {
	info := whatlanggo.Detect(sample)
	return info.Lang == whatlanggo.Eng && info.IsReliable()
}

// linguaLanguage is lingua's answer for sample, "" when it has none.
func linguaLanguage(sample string) string {
	lang, ok := detector().DetectLanguageOf(sample)
	if !ok {
		return ""
	}
	return strings.ToLower(lang.IsoCode639_1().String())
}

// langSample cuts text to langSampleBytes at a word boundary and returns ""
// when it has too few letters to judge.
func langSample(text string) string {
	if len(text) > langSampleBytes {
		cut := langSampleBytes
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if sp := strings.LastIndexAny(text[:cut], " \n\t"); sp > cut/2 {
			cut = sp
		}
		text = text[:cut]
	}
	letters := 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if letters >= minLangLetters {
				return text
			}
		}
	}
	return ""
}
