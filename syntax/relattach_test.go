package syntax

import "testing"

func TestRelativeAttach(t *testing.T) {
	checkRepair(t, relativeAttach, []treeCase{
		{
			"a relative clause read as parataxis of the verb hangs on its noun",
			"She/PRP/PRON/1/nsubj thanked/VBD/VERB/-1/root the/DT/DET/3/det nurses/NNS/NOUN/1/obj ,/,/PUNCT/6/punct " +
				"who/WP/PRON/6/nsubj worked/VBD/VERB/1/parataxis late/RB/ADV/6/advmod ./././1/punct",
			"She>1:nsubj thanked>-1:root the>3:det nurses>1:obj ,>6:punct who>6:nsubj worked>3:acl:relcl " +
				"late>6:advmod .>1:punct",
		},
		{
			"a relative clause read as a complement, with an auxiliary before its verb",
			"Police/NNS/NOUN/1/nsubj named/VBD/VERB/-1/root Ortiz/NNP/PROPN/1/obj ,/,/PUNCT/6/punct which/WDT/PRON/6/nsubj:pass " +
				"was/VBD/AUX/6/aux:pass charged/VBN/VERB/1/ccomp ./././1/punct",
			"Police>1:nsubj named>-1:root Ortiz>1:obj ,>6:punct which>6:nsubj:pass was>6:aux:pass charged>2:acl:relcl .>1:punct",
		},
		{
			"a relative clause after a name of two words hangs on its first",
			"We/PRP/PRON/1/nsubj met/VBD/VERB/-1/root Ana/NNP/PROPN/1/obj Ruiz/NNP/PROPN/2/flat ,/,/PUNCT/6/punct " +
				"who/WP/PRON/6/nsubj leads/VBZ/VERB/1/parataxis it/PRP/PRON/6/obj",
			"We>1:nsubj met>-1:root Ana>1:obj Ruiz>2:flat ,>6:punct who>6:nsubj leads>2:acl:relcl it>6:obj",
		},
		{
			"a relative clause read as a conjunct of the sentence's verb",
			"Lee/NNP/PROPN/1/nsubj backs/VBZ/VERB/-1/root Ortiz/NNP/PROPN/1/obj ,/,/PUNCT/5/punct who/WP/PRON/5/nsubj " +
				"says/VBZ/VERB/1/conj it/PRP/PRON/7/nsubj works/VBZ/VERB/5/ccomp",
			"Lee>1:nsubj backs>-1:root Ortiz>1:obj ,>5:punct who>5:nsubj says>2:acl:relcl it>7:nsubj works>5:ccomp",
		},
		{
			"a clause after a time is left alone",
			"Lee/NNP/PROPN/1/nsubj released/VBD/VERB/-1/root it/PRP/PRON/1/obj in/IN/ADP/4/case June/NNP/PROPN/1/obl " +
				",/,/PUNCT/7/punct which/WDT/PRON/7/nsubj showed/VBD/VERB/1/parataxis losses/NNS/NOUN/7/obj",
			"Lee>1:nsubj released>-1:root it>1:obj in>4:case June>1:obl ,>7:punct which>7:nsubj showed>1:parataxis losses>7:obj",
		},
		{
			"a question word after a comma with no noun before it is left alone",
			"He/PRP/PRON/1/nsubj asked/VBD/VERB/-1/root ,/,/PUNCT/4/punct who/WP/PRON/4/nsubj paid/VBD/VERB/1/ccomp ?/./PUNCT/1/punct",
			"He>1:nsubj asked>-1:root ,>4:punct who>4:nsubj paid>1:ccomp ?>1:punct",
		},
		{
			"a pronoun that is no subject is left alone",
			"Lee/NNP/PROPN/1/nsubj said/VBD/VERB/-1/root Friday/NNP/PROPN/1/obl:tmod ,/,/PUNCT/6/punct which/WDT/PRON/6/obj " +
				"he/PRP/PRON/6/nsubj chose/VBD/VERB/1/parataxis ./././1/punct",
			"Lee>1:nsubj said>-1:root Friday>1:obl:tmod ,>6:punct which>6:obj he>6:nsubj chose>1:parataxis .>1:punct",
		},
		{
			"a noun inside the clause cannot take it",
			"Officials/NNS/NOUN/1/nsubj said/VBD/VERB/-1/root aid/NN/NOUN/5/nsubj ,/,/PUNCT/5/punct who/WP/PRON/5/nsubj " +
				"came/VBD/VERB/1/ccomp",
			"Officials>1:nsubj said>-1:root aid>5:nsubj ,>5:punct who>5:nsubj came>1:ccomp",
		},
		{
			"a clause already relative is left as it is",
			"The/DT/DET/1/det mayor/NN/NOUN/5/nsubj ,/,/PUNCT/4/punct who/WP/PRON/4/nsubj left/VBD/VERB/1/acl:relcl " +
				"spoke/VBD/VERB/-1/root",
			"The>1:det mayor>5:nsubj ,>4:punct who>4:nsubj left>1:acl:relcl spoke>-1:root",
		},
	})
}
