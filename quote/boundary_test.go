package quote

import (
	"strconv"
	"testing"

	"dateline/text"
)

// TestFrontedClauseEndsContent checks that the content of a cue in a
// clause fronted before the main clause stops at the comma that closes
// that clause, over a parse that makes the fronted clause the root and
// hangs the main clause on it, and that a cue in the main clause after a
// fronted clause keeps its content. The sentences are written for this
// test.
func TestFrontedClauseEndsContent(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		cue, want  string
	}{
		{
			name: "a when clause made the root stops before the main clause",
			text: "When Lee praised the new ferry to win over the crowd, she kept quiet about the fees.",
			parse: []string{"ADV/when/3/advmod PROPN/Lee/3/nsubj VERB:VBD/praise/0/root DET/the/6/det ADJ/new/6/amod " +
				"NOUN/ferry/3/obj PART/to/8/mark VERB:VB/win/3/advcl ADP/over/8/compound:prt DET/the/11/det NOUN/crowd/8/obj " +
				"PUNCT/,/14/punct PRON/she/14/nsubj VERB:VBD/keep/3/parataxis ADJ/quiet/14/xcomp ADP/about/18/case " +
				"DET/the/18/det NOUN/fee/15/obl PUNCT/./3/punct"},
			people: []person{{"Mia Lee", []string{"Lee", "she"}}},
			cue:    "praised",
			want:   "the new ferry to win over the crowd",
		},
		{
			name: "a fronted participle stops before the main clause's subject",
			text: "Criticising the plan as too costly, the union asked for a new vote.",
			parse: []string{"VERB:VBG/criticise/10/advcl DET/the/3/det NOUN/plan/1/obj ADP/as/6/case ADV/too/6/advmod " +
				"ADJ/costly/1/obl PUNCT/,/10/punct DET/the/9/det NOUN/union/10/nsubj " +
				"VERB:VBD/ask/0/root ADP/for/14/case DET/a/14/det ADJ/new/14/amod NOUN/vote/10/obl PUNCT/./10/punct"},
			people: []person{{"ORG:union", []string{"the union"}}},
			cue:    "Criticising",
			want:   "the plan as too costly",
		},
		{
			name: "a cue in the main clause after a fronted clause keeps its content",
			text: "While touring the docks, Lee said the fee, the highest in years, would stay.",
			parse: []string{"SCONJ/while/2/mark VERB:VBG/tour/7/advcl DET/the/4/det NOUN/dock/2/obj PUNCT/,/7/punct " +
				"PROPN/Lee/7/nsubj VERB:VBD/say/0/root DET:DT/the/9/det NOUN/fee/17/nsubj PUNCT/,/12/punct DET/the/12/det " +
				"ADJ/high/9/appos ADP/in/14/case NOUN/year/12/obl PUNCT/,/12/punct AUX:MD/would/17/aux VERB:VB/stay/7/ccomp " +
				"PUNCT/./7/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}},
			cue:    "said",
			want:   "the fee, the highest in years, would stay",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			w := &work{minReported: minReportedCue}
			w.reset(d, testLexicon(t))
			w.findCues()
			var got []string
			for ci := range w.cues {
				c := &w.cues[ci]
				if w.word(c.tok) != tt.cue || c.lo <= c.tok {
					continue // a content after its cue
				}
				got = append(got, d.Text[d.Tokens[c.lo].Start:d.Tokens[c.hi-1].End])
				for e, h := range c.ends {
					if h > c.hi {
						t.Errorf("end %s runs on to %q, past the fronted clause", endNames[e], d.Text[d.Tokens[c.lo].Start:d.Tokens[h-1].End])
					}
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("contents after %q = %q, want [%q]", tt.cue, got, tt.want)
			}
		})
	}
}

// TestLongNamedAttributionIsAside checks that an attribution after a
// comma whose speaker is a long name with its title ends the content
// before it, as a short one does.
func TestLongNamedAttributionIsAside(t *testing.T) {
	d := parsedDoc(t, "The mayor has denied the charge, the county council member Tom Berg said.",
		[]string{"DET/the/2/det NOUN/mayor/4/nsubj AUX:VBZ/have/4/aux VERB:VBN/deny/14/ccomp DET/the/6/det NOUN/charge/4/obj " +
			"PUNCT/,/14/punct DET/the/12/det NOUN/county/10/compound NOUN/council/11/compound NOUN/member/12/nmod:desc " +
			"PROPN/Tom/14/nsubj PROPN/Berg/12/flat VERB:VBD/say/0/root PUNCT/./14/punct"},
		person{"Tom Berg", []string{"Tom Berg"}}, person{"mayor", []string{"The mayor"}})
	w := &work{minReported: minReportedCue}
	w.reset(d, testLexicon(t))
	if v := w.asideVerb(7, len(d.Tokens)); v != 13 {
		t.Errorf("asideVerb after the comma = %d, want 13 (said)", v)
	}
	if !w.writersAside(7, len(d.Tokens)) {
		t.Errorf("writersAside(%q) = false, want true", d.Text[d.Tokens[7].Start:])
	}
	runQuotes(t, d)
}

// TestAsideInReportedSubject checks that an aside set off by two commas
// inside the subject of what was said does not end the content, when the
// parse takes that subject for the cue's object and hangs the cue on the
// reported verb.
func TestAsideInReportedSubject(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       string
	}{
		{
			name: "a relative clause between commas",
			text: "Lee said the toll, which rose in May, would stay.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/11/advcl DET:DT/the/4/det NOUN/toll/2/obj PUNCT/,/7/punct " +
				"PRON/which/7/nsubj VERB:VBD/rise/4/acl:relcl ADP/in/9/case PROPN/May/7/obl PUNCT/,/2/punct " +
				"AUX:MD/would/11/aux VERB:VB/stay/0/root PUNCT/./11/punct"},
			want: "the toll, which rose in May, would stay",
		},
		{
			name: "an apposition read as a conjunct",
			text: "Lee said the toll, the highest in years, would stay.",
			parse: []string{"PROPN/Lee/2/nsubj VERB:VBD/say/11/advcl DET:DT/the/4/det NOUN/toll/2/obj PUNCT/,/7/punct " +
				"DET:DT/the/7/det ADJ:JJS/high/4/conj ADP/in/9/case NOUN/year/7/obl PUNCT/,/2/punct " +
				"AUX:MD/would/11/aux VERB:VB/stay/0/root PUNCT/./11/punct"},
			want: "the toll, the highest in years, would stay",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Mia Lee", []string{"Lee"}})
			got := contentsOf(t, d, "said")
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("contents of said = %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestNounConjunctOfCueIsObject checks that a noun phrase the parse hangs
// on the cue verb as a conjunct is a second object, part of the content,
// while a conjoined verb is the speaker's next act and "but" opens the
// writer's words.
func TestNounConjunctOfCueIsObject(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       string
	}{
		{
			name: "a second object hung on the verb",
			text: "Ruiz denounced the toll and its hidden fees.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/denounce/0/root DET:DT/the/4/det NOUN/toll/2/obj " +
				"CCONJ/and/8/cc PRON:PRP$/its/8/nmod:poss ADJ/hidden/8/amod NOUN/fee/2/conj PUNCT/./2/punct"},
			want: "the toll and its hidden fees",
		},
		{
			name: "a conjoined verb is the speaker's next act",
			text: "Ruiz denounced the toll and left the hall.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/denounce/0/root DET:DT/the/4/det NOUN/toll/2/obj " +
				"CCONJ/and/6/cc VERB:VBD/leave/2/conj DET:DT/the/8/det NOUN/hall/6/obj PUNCT/./2/punct"},
			want: "the toll",
		},
		{
			name: "a noun after but is the writer's",
			text: "Ruiz denounced the toll, but not the fees.",
			parse: []string{"PROPN/Ruiz/2/nsubj VERB:VBD/denounce/0/root DET:DT/the/4/det NOUN/toll/2/obj " +
				"PUNCT/,/9/punct CCONJ/but/9/cc PART/not/9/advmod DET:DT/the/9/det NOUN/fee/2/conj PUNCT/./2/punct"},
			want: "the toll",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Ana Ruiz", []string{"Ruiz"}})
			got := contentsOf(t, d, "denounced")
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("contents of denounced = %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestParticipleAfterMidAttribution checks that a cue set between commas
// with a participle after it closes the clause before it ("…, Lee said,
// adding that …": the participle is a remark of its own), while a gerund
// that is the subject of the rest keeps the sentence around the cue.
func TestParticipleAfterMidAttribution(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       string
	}{
		{
			name: "a participle remark after the cue",
			text: "The ferry will close in May, Lee said, adding that the port would stay open.",
			parse: []string{"DET:DT/the/2/det NOUN:NN/ferry/4/nsubj AUX:MD/will/4/aux VERB:VB/close/0/root ADP/in/6/case " +
				"PROPN:NNP/May/4/obl PUNCT/,/9/punct PROPN:NNP/Lee/9/nsubj VERB:VBD/say/4/parataxis PUNCT/,/11/punct " +
				"VERB:VBG/add/9/advcl SCONJ/that/16/mark DET:DT/the/14/det NOUN:NN/port/16/nsubj AUX:MD/would/16/aux " +
				"VERB:VB/stay/11/ccomp ADJ:JJ/open/16/xcomp PUNCT/./4/punct"},
			want: "The ferry will close in May",
		},
		{
			name: "a gerund subject after the cue",
			text: "The ferry is popular, Lee said, keeping it would cost less.",
			parse: []string{"DET:DT/the/2/det NOUN:NN/ferry/4/nsubj AUX:VBZ/be/4/cop ADJ:JJ/popular/0/root PUNCT/,/7/punct " +
				"PROPN:NNP/Lee/7/nsubj VERB:VBD/say/4/parataxis PUNCT/,/9/punct VERB:VBG/keep/12/csubj PRON:PRP/it/9/obj " +
				"AUX:MD/would/12/aux VERB:VB/cost/4/parataxis ADJ:JJR/less/12/obj PUNCT/./4/punct"},
			want: "The ferry is popular, Lee said, keeping it would cost less",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Mia Lee", []string{"Lee"}})
			got := contentsOf(t, d, "said")
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("contents of said = %q, want [%q]", got, tt.want)
			}
		})
	}
}

// TestRaisingVerbOverSpeechVerb checks that "seem" or "appear" over a
// verb of saying or thinking with a content of its own leaves the cue to
// that verb, held by the subject of "seem", and stays the cue otherwise.
func TestRaisingVerbOverSpeechVerb(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		cue, subj  string // the cue word kept and its subject; subj "" for none
		dropped    string // a cue word that must not be a cue
		people     []person
	}{
		{
			name: "a thinking verb under seemed",
			text: "Okafor seemed to think the toll was unfair.",
			parse: []string{"PROPN:NNP/Okafor/2/nsubj VERB:VBD/seem/0/root PART:TO/to/4/mark VERB:VB/think/2/xcomp " +
				"DET:DT/the/6/det NOUN:NN/toll/8/nsubj AUX:VBD/be/8/cop ADJ:JJ/unfair/4/ccomp PUNCT/./2/punct"},
			cue: "think", subj: "Okafor", dropped: "seemed",
			people: []person{{"Ada Okafor", []string{"Okafor"}}},
		},
		{
			name: "an impression with no speech verb stays the writer's",
			text: "The toll seems to have failed.",
			parse: []string{"DET:DT/the/2/det NOUN:NN/toll/3/nsubj VERB:VBZ/seem/0/root PART:TO/to/6/mark " +
				"AUX:VB/have/6/aux VERB:VBN/fail/3/xcomp PUNCT/./3/punct"},
			cue: "seems", subj: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			w := &work{minReported: minReportedCue}
			w.reset(d, testLexicon(t))
			w.findCues()
			found := false
			for ci := range w.cues {
				c := &w.cues[ci]
				switch w.word(c.tok) {
				case tt.dropped:
					t.Errorf("%q is a cue, want none", tt.dropped)
				case tt.cue:
					found = true
					subj := ""
					if c.subj >= 0 {
						subj = w.word(c.subj)
					}
					if subj != tt.subj {
						t.Errorf("subject of %q = %q, want %q", tt.cue, subj, tt.subj)
					}
				}
			}
			if !found {
				t.Errorf("no cue %q", tt.cue)
			}
		})
	}
}

// TestRelativeClauseEndsContent checks that no end of a content in a
// relative clause set off by commas runs on into the main clause's
// predicate when the parse makes the relative clause the root and the
// main verb its conjunct.
func TestRelativeClauseEndsContent(t *testing.T) {
	d := parsedDoc(t, "Ruiz, who has called for lower fees on the ferry, attacked the plan.",
		[]string{"PROPN:NNP/Ruiz/5/nsubj:pass PUNCT/,/1/punct PRON:WP/who/5/nsubj AUX:VBZ/have/5/aux VERB:VBN/call/0/root " +
			"ADP/for/8/case ADJ:JJR/low/8/amod NOUN:NNS/fee/5/obl ADP/on/11/case DET:DT/the/11/det NOUN:NN/ferry/5/obl " +
			"PUNCT/,/13/punct VERB:VBD/attack/5/conj DET:DT/the/15/det NOUN:NN/plan/13/obj PUNCT/./5/punct"},
		person{"Ana Ruiz", []string{"Ruiz"}})
	w := &work{minReported: minReportedCue}
	w.reset(d, testLexicon(t))
	w.findCues()
	for ci := range w.cues {
		c := &w.cues[ci]
		if w.word(c.tok) != "called" {
			continue
		}
		for e, h := range c.ends {
			if h > 11 {
				t.Errorf("end %s of called = %q, runs past the relative clause", endNames[e], d.Text[d.Tokens[c.lo].Start:d.Tokens[h-1].End])
			}
		}
		return
	}
	t.Error("no cue called")
}

// TestConjoinedSpeechVerb checks that a speech verb conjoined to the verb
// of what was said ends that content and is an attribution of its own,
// and that a repeated attribution verb ("says … and says …") keeps the
// first one's subject.
func TestConjoinedSpeechVerb(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		people     []person
		want       map[string][2]string // cue word: content, subject word
	}{
		{
			name: "a second speaker's verb after and",
			text: "Lee says Okafor praised the ferry and warned that fees would rise.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBZ/say/0/root PROPN:NNP/Okafor/4/nsubj VERB:VBD/praise/2/ccomp " +
				"DET:DT/the/6/det NOUN:NN/ferry/4/obj CCONJ/and/8/cc VERB:VBD/warn/4/conj SCONJ/that/12/mark " +
				"NOUN:NNS/fee/12/nsubj AUX:MD/would/12/aux VERB:VB/rise/8/ccomp PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee"}}, {"Ada Okafor", []string{"Okafor"}}},
			want: map[string][2]string{
				"says":   {"Okafor praised the ferry", "Lee"},
				"warned": {"that fees would rise", "Okafor"},
			},
		},
		{
			name: "the same attribution verb repeated",
			text: "Lee says the toll was a mistake and says she will cut it.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBZ/say/0/root DET:DT/the/4/det NOUN:NN/toll/7/nsubj " +
				"AUX:VBD/be/7/cop DET:DT/a/7/det NOUN:NN/mistake/2/ccomp CCONJ/and/9/cc VERB:VBZ/say/7/conj " +
				"PRON:PRP/she/12/nsubj AUX:MD/will/12/aux VERB:VB/cut/9/ccomp PRON:PRP/it/12/obj PUNCT/./2/punct"},
			people: []person{{"Mia Lee", []string{"Lee", "she"}}},
			want: map[string][2]string{
				"says#1": {"the toll was a mistake", "Lee"},
				"says#2": {"she will cut it", "Lee"},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, tt.people...)
			w := &work{minReported: minReportedCue}
			w.reset(d, testLexicon(t))
			w.findCues()
			seen := map[string]int{}
			got := map[string][2]string{}
			for ci := range w.cues {
				c := &w.cues[ci]
				word := w.word(c.tok)
				if c.lo <= c.tok {
					continue
				}
				seen[word]++
				key := word
				if _, twice := tt.want[word+"#1"]; twice {
					key = word + "#" + strconv.Itoa(seen[word])
				}
				subj := ""
				if c.subj >= 0 {
					subj = w.word(c.subj)
				}
				got[key] = [2]string{d.Text[d.Tokens[c.lo].Start:d.Tokens[c.hi-1].End], subj}
			}
			for k, want := range tt.want {
				if got[k] != want {
					t.Errorf("cue %s: content and subject = %q, want %q", k, got[k], want)
				}
			}
		})
	}
}

// TestRelativeClauseInsideContent checks that a relative clause set off
// by two commas on a noun of what was said does not end the content when
// the content goes on after it, unless it holds an attribution of its own
// (a speech verb with a clause: a speech verb with an object is no
// attribution there).
func TestRelativeClauseInsideContent(t *testing.T) {
	tests := []struct {
		name, text string
		parse      []string
		want       string
	}{
		{
			name: "the subject of the reported clause",
			text: "Lee warned that the mayor, who is now the port's chair, would block the plan.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBD/warn/0/root SCONJ/that/16/mark DET:DT/the/5/det NOUN:NN/mayor/16/nsubj " +
				"PUNCT/,/13/punct PRON:WP/who/13/nsubj AUX:VBZ/be/13/cop ADV/now/13/advmod DET:DT/the/11/det " +
				"NOUN:NN/port/13/nmod:poss PART:POS/'s/11/case NOUN:NN/chair/5/acl:relcl PUNCT/,/13/punct AUX:MD/would/16/aux " +
				"VERB:VB/block/2/ccomp DET:DT/the/18/det NOUN:NN/plan/16/obj PUNCT/./2/punct"},
			want: "that the mayor, who is now the port's chair, would block the plan",
		},
		{
			name: "a cue verb in the clause with no clause of its own",
			text: "Lee warned that the mayor, who has praised the toll, would block the plan.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBD/warn/0/root SCONJ/that/14/mark DET:DT/the/5/det NOUN:NN/mayor/14/nsubj " +
				"PUNCT/,/9/punct PRON:WP/who/9/nsubj AUX:VBZ/have/9/aux VERB:VBN/praise/5/acl:relcl DET:DT/the/11/det " +
				"NOUN:NN/toll/9/obj PUNCT/,/9/punct AUX:MD/would/14/aux VERB:VB/block/2/ccomp DET:DT/the/16/det " +
				"NOUN:NN/plan/14/obj PUNCT/./2/punct"},
			want: "that the mayor, who has praised the toll, would block the plan",
		},
		{
			name: "an attribution of its own ends it",
			text: "Lee warned that the mayor, who has claimed the toll is fair, would block the plan.",
			parse: []string{"PROPN:NNP/Lee/2/nsubj VERB:VBD/warn/0/root SCONJ/that/16/mark DET:DT/the/5/det NOUN:NN/mayor/16/nsubj " +
				"PUNCT/,/9/punct PRON:WP/who/9/nsubj AUX:VBZ/have/9/aux VERB:VBN/claim/5/acl:relcl DET:DT/the/11/det " +
				"NOUN:NN/toll/13/nsubj AUX:VBZ/be/13/cop ADJ:JJ/fair/9/ccomp PUNCT/,/9/punct AUX:MD/would/16/aux " +
				"VERB:VB/block/2/ccomp DET:DT/the/18/det NOUN:NN/plan/16/obj PUNCT/./2/punct"},
			want: "that the mayor",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parsedDoc(t, tt.text, tt.parse, person{"Mia Lee", []string{"Lee"}})
			got := contentsOf(t, d, "warned")
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("contents of warned = %q, want [%q]", got, tt.want)
			}
		})
	}
}

// contentsOf finds the cues of d and returns the contents of those on the
// written word.
func contentsOf(t *testing.T, d *text.Document, word string) []string {
	t.Helper()
	w := &work{minReported: minReportedCue}
	w.reset(d, testLexicon(t))
	w.findCues()
	var got []string
	for ci := range w.cues {
		if c := &w.cues[ci]; w.word(c.tok) == word {
			got = append(got, d.Text[d.Tokens[c.lo].Start:d.Tokens[c.hi-1].End])
		}
	}
	return got
}

// TestRelativeClauseIsNoAside checks that a cue in a relative clause set
// off by commas ("Ana Ruiz, who denied the charge, was freed") holds its
// object, not the sentence around the clause, as ", Ruiz said," would.
func TestRelativeClauseIsNoAside(t *testing.T) {
	d := parsedDoc(t, "Ana Ruiz, who denied the charge, was freed on bail.",
		[]string{"PROPN/Ana/9/nsubj:pass PROPN/Ruiz/1/flat PUNCT/,/5/punct PRON:WP/who/5/nsubj VERB:VBD/deny/1/acl:relcl " +
			"DET/the/7/det NOUN/charge/5/obj PUNCT/,/5/punct AUX:VBD/be/9/aux:pass VERB:VBN/free/0/root ADP/on/11/case " +
			"NOUN/bail/9/obl PUNCT/./9/punct"},
		person{"Ana Ruiz", []string{"Ana Ruiz"}})
	got := contentsOf(t, d, "denied")
	if len(got) != 1 || got[0] != "the charge" {
		t.Errorf("contents of denied = %q, want [%q]", got, "the charge")
	}
}
