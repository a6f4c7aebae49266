package text

import (
	"slices"
	"strings"
	"testing"
)

// tokenTexts segments s and returns the text of every token.
func tokenTexts(s string, splitHyphens bool) []string {
	_, _, toks := segment(s, splitHyphens)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = s[t.Start:t.End]
	}
	return out
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // tokens joined by "|"
	}{
		// quotes
		{"curly double quotes stand alone", "“Yes,” she said.", "“|Yes|,|”|she|said|."},
		{"straight double quotes stand alone", `He wrote "never" twice.`, `He|wrote|"|never|"|twice|.`},
		{"curly single quotes around a phrase", "the ‘red line’ was crossed", "the|‘|red|line|’|was|crossed"},
		{"straight single quotes around a word", "a 'safe' bet", "a|'|safe|'|bet"},
		// dashes
		{"em dash without spaces splits", "agreed—backed by all—to wait", "agreed|—|backed|by|all|—|to|wait"},
		{"em dash with a space on one side", "it is here— but not for long", "it|is|here|—|but|not|for|long"},
		{"en dash in a range splits", "pages 10–12", "pages|10|–|12"},
		{"double hyphen is one dash", "wait--what", "wait|--|what"},
		// clitics
		{"curly apostrophe s after a pronoun", "he’s ready", "he|’s|ready"},
		{"possessive of a country", "Britain’s navy", "Britain|’s|navy"},
		{"n't splits before the n", "they don't know", "they|do|n't|know"},
		{"can't keeps ca", "we can't", "we|ca|n't"},
		{"won't keeps wo", "it won’t", "it|wo|n’t"},
		{"capitalised negation", "Don't go", "Do|n't|go"},
		{"other clitics", "I'm sure we're fine, they'll say you'd have I've", "I|'m|sure|we|'re|fine|,|they|'ll|say|you|'d|have|I|'ve"},
		{"upper-case clitic", "IT'S OVER", "IT|'S|OVER"},
		{"plural possessive apostrophe splits", "the workers' union", "the|workers|'|union"},
		{"possessive of a name ending in s", "James's car", "James|'s|car"},
		{"possessive of a hyphenated word", "the secretary-general's office", "the|secretary-general|'s|office"},
		{"apostrophe inside a name stays", "O'Brien and o'clock", "O'Brien|and|o'clock"},
		{"cannot is two words", "Cannot stop", "Can|not|stop"},
		{"gonna is two words", "we're gonna win", "we|'re|gon|na|win"},
		{"decade with apostrophe stays whole", "the ’80s and '90s", "the|’80s|and|'90s"},
		// abbreviations
		{"country abbreviation keeps its periods", "the U.S. economy", "the|U.S.|economy"},
		{"month abbreviation", "on Sept. 11, 2001", "on|Sept.|11|,|2001"},
		{"military and senate titles", "Gen. Ray met Sen. Liu", "Gen.|Ray|met|Sen.|Liu"},
		{"party and state tag", "Rep. Ann Lee (D-Va.) said", "Rep.|Ann|Lee|(|D-Va.|)|said"},
		{"party and dotted state tag", "Sen. Bo Li (R-N.Y.) and (D-W.Va.) aides", "Sen.|Bo|Li|(|R-N.Y.|)|and|(|D-W.Va.|)|aides"},
		{"courtesy titles", "Mr. and Mrs. Park", "Mr.|and|Mrs.|Park"},
		{"time of day", "at 9 a.m. sharp", "at|9|a.m.|sharp"},
		{"latin abbreviations", "fruit, e.g. pears, i.e. food", "fruit|,|e.g.|pears|,|i.e.|food"},
		{"initial in a name", "John Q. Public", "John|Q.|Public"},
		{"company suffix", "Acme Corp. and Beta Inc. merged", "Acme|Corp.|and|Beta|Inc.|merged"},
		{"a title after a hyphened prefix keeps its period", "then-Sen. Ruth Obi", "then-Sen.|Ruth|Obi"},
		{"a hyphened compound of another word gives up its period", "is Next-Gen. The", "is|Next-Gen|.|The"},
		{"No. before a number is an abbreviation", "ranked No. 3", "ranked|No.|3"},
		{"no. before a word is a word and a stop", "She said no. Then", "She|said|no|.|Then"},
		{"unknown short word keeps the stop apart", "the end. Start", "the|end|.|Start"},
		{"abbreviation ending a sentence gives up its period", "It was built in the U.K.", "It|was|built|in|the|U.K|."},
		{"etc. ending a sentence gives up its period", "apples, pears, etc. Prices rose.", "apples|,|pears|,|etc|.|Prices|rose|."},
		// numbers and money
		{"dollar sign splits from the number", "$90 billion", "$|90|billion"},
		{"percent splits, decimal stays", "3.5%", "3.5|%"},
		{"thousands separators stay", "1,000 and 2,500,000", "1,000|and|2,500,000"},
		{"comma between a number and more digits is a list", "1,2,3", "1|,|2|,|3"},
		{"clock time stays", "at 5:30 today", "at|5:30|today"},
		{"leading decimal point", "a .5 rise", "a|.5|rise"},
		{"domain suffix and file extension", "the .com and .co.uk names, a .pdf.", "the|.com|and|.co.uk|names|,|a|.pdf|."},
		{"euro and pound signs", "€20m and £3", "€|20m|and|£|3"},
		{"negative number keeps its sign apart", "fell -3 points", "fell|-|3|points"},
		{"date with slashes stays", "on 08/16/2024", "on|08/16/2024"},
		{"and/or splits at the slash", "cash and/or bonds", "cash|and|/|or|bonds"},
		{"b/c stays whole", "b/c it rained", "b/c|it|rained"},
		{"money run of signs", "all about the $$$", "all|about|the|$$$"},
		{"ordinal", "the 4th time", "the|4th|time"},
		// web
		{"URL with scheme", "see https://example.org/path?q=1&r=2.", "see|https://example.org/path?q=1&r=2|."},
		{"URL in parentheses", "(www.example.com/news)", "(|www.example.com/news|)"},
		{"URL keeping balanced parentheses", "at https://en.example.org/wiki/Foo_(bar), then", "at|https://en.example.org/wiki/Foo_(bar)|,|then"},
		{"URL in quotes", `"http://a.example.com"`, `"|http://a.example.com|"`},
		{"e-mail address", "write to press@example.co.uk.", "write|to|press@example.co.uk|."},
		{"e-mail with a plus", "<a.b+news@mail.example.com>", "<|a.b+news@mail.example.com|>"},
		{"domain name", "bought on Amazon.com today", "bought|on|Amazon.com|today"},
		{"hashtag", "tagged #Election2024!", "tagged|#Election2024|!"},
		{"number sign before a number", "ranked #1", "ranked|#|1"},
		{"handle", "via @jdoe_22:", "via|@jdoe_22|:"},
		{"emoticon", "great :) thanks", "great|:)|thanks"},
		// words
		{"hyphenated words stay whole", "an in-person, one-on-one, post-conflict talk", "an|in-person|,|one-on-one|,|post-conflict|talk"},
		{"hyphenated number and noun stay whole", "a 15-year-old", "a|15-year-old"},
		{"ampersand between capitals", "AT&T and S&P", "AT&T|and|S&P"},
		{"ampersand between words", "salt & pepper", "salt|&|pepper"},
		{"ellipsis in three dots", "Wait... what", "Wait|...|what"},
		{"ellipsis character", "Wait… what", "Wait|…|what"},
		{"repeated sentence marks", "Really?! No!!", "Really|?!|No|!!"},
		{"brackets", "[sic] (AFP)", "[|sic|]|(|AFP|)"},
		{"accented and non-Latin words", "café Zürich Київ 東京", "café|Zürich|Київ|東京"},
		{"combining accent stays in the word", "cafe\u0301 open", "cafe\u0301|open"},
		{"emoji with a skin tone is one token", "ok 👍🏽 done", "ok|👍🏽|done"},
		{"non-breaking space separates", "10\u00a0km", "10|km"},
		{"invalid UTF-8 byte is its own token", "a\xffb", "a|\xff|b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(tokenTexts(tc.in, false), "|")
			if got != tc.want {
				t.Errorf("tokens of %q\n got %s\nwant %s", tc.in, got, tc.want)
			}
		})
	}
}

func TestTokenizeSplitHyphens(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"compound splits at every hyphen", "one-on-one", []string{"one", "-", "on", "-", "one"}},
		{"number and noun split", "a 15-year term", []string{"a", "15", "-", "year", "term"}},
		{"bound prefix stays", "e-mail and non-binding", []string{"e-mail", "and", "non-binding"}},
		{"prefix then compound", "re-run-off", []string{"re-run", "-", "off"}},
		{"phone number stays", "call 555-867-5309", []string{"call", "555-867-5309"}},
		{"party tag splits, state keeps its period", "Lee (D-Va.) said", []string{"Lee", "(", "D", "-", "Va.", ")", "said"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tokenTexts(tc.in, true); !slices.Equal(got, tc.want) {
				t.Errorf("tokens of %q\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}
