"""Label each predicted quote of a bench keep dir as right or wrong.

Usage: python3 cmd/gen-quotecalib/label.py KEEP/quotes [BENCH_DIR] > labels.tsv

KEEP is a dir written by `../shared/bench/run quotes --split train --keep KEEP`;
BENCH_DIR (default ../shared/bench) holds the bench's quotes.py, whose
matching this uses unchanged: a prediction is "content" right when its words
and a gold quote's overlap by half of each (one gold per prediction, best
Dice first), and "e2e" right when the speaker is right too.

Output: one line per prediction, "kind<TAB>confidence<TAB>content<TAB>e2e"
(0 or 1). It carries no text of the corpus.
"""
import json
import sys

W = sys.argv[1]
sys.path.insert(0, sys.argv[2] if len(sys.argv) > 2 else '../shared/bench')
import quotes as Q  # noqa: E402


def load(path):
    out = {}
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            out[r['id']] = r
    return out


gold = load(W + '/gold.jsonl')
pred = load(W + '/pred.jsonl')
for gid in sorted(gold):
    g = gold[gid]
    p = pred.get(gid, {})
    doc = Q.Doc(g['text'])
    al = Q.Aligner(p.get('text'), g['text'])
    ents = {e['id']: e for e in p.get('entities') or []}
    preds = p.get('quotes') or []
    pt = [Q.pred_tokens(q, al, doc)[0] for q in preds]
    golds = g['quotes']
    gt = [Q.gold_targets(q, doc) for q in golds]
    cands = []
    for gi, ts in enumerate(gt):
        for pi, x in enumerate(pt):
            best = None
            for t in ts:
                ov, np_, ng, _ = Q.overlap(x, t, doc)
                if ov and ov >= .5 * ng and ov >= .5 * np_:
                    d = 2 * ov / (np_ + ng)
                    if best is None or d > best:
                        best = d
            if best:
                cands.append((-best, gi, pi))
    cands.sort()
    gm, pm = {}, {}
    for _, gi, pi in cands:
        if gi not in gm and pi not in pm:
            gm[gi] = pi
            pm[pi] = gi
    for pi, q in enumerate(preds):
        content = pi in pm
        e2e = content and bool(Q.speaker_ok(golds[pm[pi]], q, ents, al))
        print('%s\t%.6f\t%d\t%d' % (q.get('kind'), q.get('confidence') or 0, content, e2e))
