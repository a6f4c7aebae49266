package syntax

import (
	"strings"
	"testing"
)

// tree builds a Sentence from "word/XPOS/UPOS/head/rel" items (head
// 0-based, -1 for the root).
func tree(t *testing.T, items string) *Sentence {
	t.Helper()
	s := &Sentence{}
	for _, it := range strings.Fields(items) {
		f := strings.Split(it, "/")
		if len(f) != 5 {
			t.Fatalf("bad item %q", it)
		}
		h := 0
		for _, c := range strings.TrimPrefix(f[3], "-") {
			h = h*10 + int(c-'0')
		}
		if strings.HasPrefix(f[3], "-") {
			h = -h
		}
		s.Words = append(s.Words, f[0])
		s.XPOS = append(s.XPOS, f[1])
		s.UPOS = append(s.UPOS, f[2])
		s.Head = append(s.Head, h)
		s.Rel = append(s.Rel, f[4])
	}
	return s
}

func arcs(s *Sentence) string {
	var b strings.Builder
	for i, w := range s.Words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w + ">" + itoa(s.Head[i]) + ":" + s.Rel[i])
	}
	return b.String()
}

func itoa(i int) string {
	if i < 0 {
		return "-" + itoa(-i)
	}
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

func TestRelativeRepair(t *testing.T) {
	checkRepair(t, relativeRepair, []treeCase{
		{
			"the verb after a relative clause is the subject's, not the clause's conjunct",
			"The/DT/DET/1/det coach/NN/NOUN/-1/root ,/,/PUNCT/4/punct who/WP/PRON/4/nsubj joined/VBD/VERB/1/acl:relcl " +
				"in/IN/ADP/6/case May/NNP/PROPN/4/obl ,/,/PUNCT/8/punct insisted/VBD/VERB/4/conj the/DT/DET/10/det " +
				"squad/NN/NOUN/11/nsubj improved/VBD/VERB/8/ccomp ./././1/punct",
			"The>1:det coach>8:nsubj ,>4:punct who>4:nsubj joined>1:acl:relcl in>6:case May>4:obl ,>4:punct " +
				"insisted>-1:root the>10:det squad>11:nsubj improved>8:ccomp .>8:punct",
		},
		{
			"a clause beside the head noun becomes a relative clause of the noun before its comma",
			"Doctors/NNS/NOUN/-1/root at/IN/ADP/2/case clinics/NNS/NOUN/0/nmod ,/,/PUNCT/5/punct which/WDT/PRON/5/nsubj " +
				"treat/VBP/VERB/0/parataxis children/NNS/NOUN/5/obj ,/,/PUNCT/8/punct warned/VBD/VERB/5/conj of/IN/ADP/10/case " +
				"shortages/NNS/NOUN/8/obl ./././0/punct",
			"Doctors>8:nsubj at>2:case clinics>0:nmod ,>5:punct which>5:nsubj treat>2:acl:relcl children>5:obj ,>5:punct " +
				"warned>-1:root of>10:case shortages>8:obl .>8:punct",
		},
		{
			"the verb after a relative clause that the parser made the root",
			"The/DT/DET/1/det mayor/NN/NOUN/4/nsubj ,/,/PUNCT/1/punct who/WP/PRON/4/nsubj said/VBD/VERB/-1/root " +
				"taxes/NNS/NOUN/6/nsubj rose/VBD/VERB/4/ccomp ,/,/PUNCT/8/punct resigned/VBN/VERB/6/conj ./././4/punct",
			"The>1:det mayor>8:nsubj ,>1:punct who>4:nsubj said>1:acl:relcl taxes>6:nsubj rose>4:ccomp ,>4:punct " +
				"resigned>-1:root .>8:punct",
		},
		{
			"a verb in a list of what was said is left alone",
			"The/DT/DET/1/det mayor/NN/NOUN/4/nsubj ,/,/PUNCT/1/punct who/WP/PRON/4/nsubj said/VBD/VERB/-1/root " +
				"taxes/NNS/NOUN/6/nsubj rose/VBD/VERB/4/ccomp ,/,/PUNCT/8/punct fell/VBD/VERB/6/conj and/CC/CCONJ/10/cc " +
				"rose/VBD/VERB/6/conj ./././4/punct",
			"The>1:det mayor>4:nsubj ,>1:punct who>4:nsubj said>-1:root taxes>6:nsubj rose>4:ccomp ,>8:punct " +
				"fell>6:conj and>10:cc rose>6:conj .>4:punct",
		},
		{
			"a conjunct with its own subject is left alone",
			"The/DT/DET/1/det coach/NN/NOUN/-1/root ,/,/PUNCT/4/punct who/WP/PRON/4/nsubj left/VBD/VERB/1/acl:relcl " +
				",/,/PUNCT/7/punct she/PRP/PRON/7/nsubj said/VBD/VERB/4/conj ./././1/punct",
			"The>1:det coach>-1:root ,>4:punct who>4:nsubj left>1:acl:relcl ,>7:punct she>7:nsubj said>4:conj .>1:punct",
		},
		{
			"a pronoun with a subject after it is no subject",
			"The/DT/DET/1/det mine/NN/NOUN/-1/root ,/,/PUNCT/5/punct which/WDT/PRON/5/nsubj Lee/NNP/PROPN/5/obj " +
				"says/VBZ/VERB/1/acl:relcl ,/,/PUNCT/7/punct closed/VBD/VERB/5/conj ./././1/punct",
			"The>1:det mine>-1:root ,>5:punct which>5:nsubj Lee>5:obj says>1:acl:relcl ,>7:punct closed>5:conj .>1:punct",
		},
		{
			"a sentence with a verb for root is left alone",
			"Ana/NNP/PROPN/6/nsubj ,/,/PUNCT/3/punct who/WP/PRON/3/nsubj runs/VBZ/VERB/0/acl:relcl it/PRP/PRON/3/obj " +
				",/,/PUNCT/3/punct said/VBD/VERB/-1/root so/RB/ADV/6/advmod ./././6/punct",
			"Ana>6:nsubj ,>3:punct who>3:nsubj runs>0:acl:relcl it>3:obj ,>3:punct said>-1:root so>6:advmod .>6:punct",
		},
	})
}

// treeCase is a sentence as "word/XPOS/UPOS/head/rel" items and the arcs
// a repair should leave.
type treeCase struct{ name, in, want string }

// checkRepair runs repair on each case's tree and compares the arcs.
func checkRepair(t *testing.T, repair func(*Sentence), tests []treeCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tree(t, tt.in)
			repair(s)
			if got := arcs(s); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}
