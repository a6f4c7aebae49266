//go:build experiment

package main

import "flag"

// Learners measured against the logistic regression for issue 5, held
// out only: with one of these flags gen-cues -model prints the learner's
// held-out figures, but the weights it writes are still the logistic
// regression's, fitted on the whole split (see quote/README.md, "Nonlinear
// cue models"). Build with -tags experiment.
var exp struct {
	hidden         int
	boost          boostOptions
	treesOnly      bool
	softmax, chose bool
}

func init() {
	flag.IntVar(&exp.hidden, "hidden", 0, "with -model: held out, a net with this many hidden units beside the linear term")
	flag.IntVar(&exp.boost.trees, "trees", 0, "with -model: held out, boosted trees over the logistic regression's margin")
	flag.IntVar(&exp.boost.depth, "depth", 3, "with -trees: depth of the trees")
	flag.Float64Var(&exp.boost.shrink, "shrink", 0.1, "with -trees: shrinkage of each tree")
	flag.Float64Var(&exp.boost.lambda, "lambda", 1, "with -trees: L2 penalty of a leaf's margin")
	flag.Float64Var(&exp.boost.minHess, "minhess", 5, "with -trees: least hessian on each side of a split")
	flag.BoolVar(&exp.treesOnly, "treesonly", false, "with -trees: the trees alone, from a zero margin")
	flag.BoolVar(&exp.softmax, "softmax", false, "with -model: held out, the ends of a cue and none in one softmax")
	flag.BoolVar(&exp.chose, "endchooser", false, "with -model: held out, the logistic regression decides whether a cue is reported, a softmax over its ends which end")
	lr := fitHeldOut
	fitHeldOut = func(train []doc, o fitOptions, seed uint64) func(doc) []float64 {
		names, idx := indexFeatures(train, o.minCount)
		exs := examples(train, idx, o.label)
		switch {
		case exp.softmax:
			w := groupSoftmax(groups(train, idx, o.label), len(names), o.epochs, o.rate, o.l2, seed)
			return func(d doc) []float64 { return groupProbs(d, idx, w) }
		case exp.chose:
			return endChooser(lr(train, o, seed), train, idx, len(names), o, seed)
		case exp.hidden > 0:
			return probs(idx, trainMLP(exs, len(names), exp.hidden, o.epochs, o.rate, o.l2, seed).prob)
		case exp.boost.trees > 0:
			w := make([]float64, len(names))
			if !exp.treesOnly {
				w = logreg(exs, len(names), o.epochs, o.rate, o.l2, seed)
			}
			return probs(idx, boosted(exs, w, exp.boost))
		}
		return lr(train, o, seed)
	}
}

// boosted fits trees over the margins of the linear weights w and returns
// the probability of both.
func boosted(exs []example, w []float64, o boostOptions) func([]int32) float64 {
	base := make([]float64, len(exs))
	for i, ex := range exs {
		base[i] = dot(w, ex.f)
	}
	ts := boost(exs, len(w), base, o)
	return func(f []int32) float64 {
		s := dot(w, f)
		for _, t := range ts {
			s += t.margin(func(k int32) bool { return contains(f, k) })
		}
		return sigmoid(s)
	}
}
