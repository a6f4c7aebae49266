package syntax

import "testing"

func TestAsideSubjectRepair(t *testing.T) {
	checkRepair(t, asideSubjectRepair, []treeCase{
		{
			"a subject with an apposition, then its verb",
			"Ana/NNP/PROPN/-1/root Ruiz/NNP/PROPN/0/flat ,/,/PUNCT/4/punct the/DT/DET/4/det treasurer/NN/NOUN/0/appos " +
				",/,/PUNCT/6/punct signed/VBD/VERB/0/conj the/DT/DET/8/det budget/NN/NOUN/6/obj ./././0/punct",
			"Ana>6:nsubj Ruiz>0:flat ,>4:punct the>4:det treasurer>0:appos ,>6:punct signed>-1:root the>8:det " +
				"budget>6:obj .>6:punct",
		},
		{
			"a subject with an adverb between commas",
			"Others/NNS/NOUN/-1/root ,/,/PUNCT/2/punct though/RB/ADV/0/advmod ,/,/PUNCT/4/punct sounded/VBD/VERB/0/conj " +
				"calm/JJ/ADJ/4/xcomp ./././0/punct",
			"Others>4:nsubj ,>2:punct though>0:advmod ,>4:punct sounded>-1:root calm>4:xcomp .>4:punct",
		},
		{
			"a list of nouns with a verb after it is left alone when no aside closes the phrase",
			"Tea/NN/NOUN/-1/root ,/,/PUNCT/3/punct rose/VBD/VERB/0/conj ./././0/punct",
			"Tea>-1:root ,>3:punct rose>0:conj .>0:punct",
		},
		{
			"a predicate noun with a copula is left alone",
			"It/PRP/PRON/2/nsubj is/VBZ/AUX/2/cop home/NN/NOUN/-1/root ,/,/PUNCT/5/punct sadly/RB/ADV/2/advmod " +
				",/,/PUNCT/7/punct sits/VBZ/VERB/2/conj empty/JJ/ADJ/7/xcomp",
			"It>2:nsubj is>2:cop home>-1:root ,>5:punct sadly>2:advmod ,>7:punct sits>2:conj empty>7:xcomp",
		},
		{
			"a conjunct with its conjunction is left alone",
			"Lee/NNP/PROPN/-1/root ,/,/PUNCT/2/punct now/RB/ADV/0/advmod ,/,/PUNCT/5/punct and/CC/CCONJ/5/cc " +
				"left/VBD/VERB/0/conj",
			"Lee>-1:root ,>2:punct now>0:advmod ,>5:punct and>5:cc left>0:conj",
		},
		{
			"a verb the parse hung on the aside's noun",
			"Tom/NNP/PROPN/-1/root Vik/NNP/PROPN/0/flat ,/,/PUNCT/6/punct of/IN/ADP/6/case the/DT/DET/6/det " +
				"harbour/NN/NOUN/6/compound board/NN/NOUN/0/nmod ,/,/PUNCT/8/punct described/VBD/VERB/6/acl " +
				"the/DT/DET/10/det damage/NN/NOUN/8/obj ./././0/punct",
			"Tom>8:nsubj Vik>0:flat ,>6:punct of>6:case the>6:det harbour>6:compound board>0:nmod ,>8:punct " +
				"described>-1:root the>10:det damage>8:obj .>8:punct",
		},
		{
			"a participle on the aside's noun is left alone",
			"Tom/NNP/PROPN/-1/root ,/,/PUNCT/3/punct of/IN/ADP/3/case Leeds/NNP/PROPN/0/nmod ,/,/PUNCT/5/punct " +
				"based/VBN/VERB/3/acl in/IN/ADP/7/case Hull/NNP/PROPN/5/obl",
			"Tom>-1:root ,>3:punct of>3:case Leeds>0:nmod ,>5:punct based>3:acl in>7:case Hull>5:obl",
		},
	})
}
