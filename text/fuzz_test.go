package text

import "testing"

// FuzzSegment checks the segmentation invariants (see checkSegmentation) on
// any input, valid UTF-8 or not, with hyphens whole and split.
func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"",
		" ",
		"\n\n\r\n",
		"Hello.",
		"“It’s done—finally,” he said. ‘Yes.’ Then…",
		"The U.S. Army (D-Va.) met at 9 a.m. on Sept. 3. The U.K. didn't.",
		"$90 billion, 3.5%, 1,000,000 and .5 of -3",
		"see https://example.org/a_(b)?q=1. Or www.x.io), mail a.b+c@d.example.co.uk.",
		"#tag @user_1 :) :-( <3 ^_^",
		"one-on-one--two---three—four–five",
		"can't won't ain't y'all o'clock ’90s '",
		"''\"\"“”‘’«»",
		"...?!…!!??..",
		"1. First\n2. Second\n- third\n• fourth",
		"A.\nB.\nI.",
		"a\xffb\xfe\xc3",
		"\xe2\x80",
		"👍🏽👨‍👩‍👧 ok\u200d",
		"cafe\u0301\u0301 \u0301x",
		"\u00a0\u2009x\u200by\ufeff",
		"U.S.",
		"etc.",
		"Mr.",
		"x.",
		".",
		"'",
		"@",
		"#",
		"http://",
		"www.",
		"a@b.",
		"a@b.c",
		"x@@y.z",
		"1,",
		"1,0000",
		"5:",
		"a/",
		"/b",
		"-.5",
		"’s",
		"n't",
		"Sen.-elect",
		"\u2028para\u2029graph\u0085end",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, split := range []bool{false, true} {
			paras, sents, toks := segment(s, split)
			checkSegmentation(t, s, paras, sents, toks)
		}
	})
}
