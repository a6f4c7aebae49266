#!/usr/bin/env bash
# check.sh BIN TAG: the quick accuracy check run before and after a change
# to quotes, entities or events (from the project root). Prints per PolNeAR
# slice (dev; train articles 1-250; 251-500) content_f1, speaker_acc,
# e2e_f1, e2e_p and n_pred, then the events bench RESULT and the summit
# fixture RESULT. Outputs stay in $DATELINE_WORK/out_TAG_<slice>.jsonl.
set -euo pipefail
BIN=$(readlink -f "$1"); TAG=$2
SHARED=$(readlink -f "${SHARED:-../shared}")
W=$(scripts/corpus.sh)
for s in dev tr250 slice; do
  "$BIN" extract --format jsonl < "$W/prep_$s/input.jsonl" > "$W/out_${TAG}_$s.jsonl" 2>/dev/null
  python3 "$SHARED/bench/quotes.py" score "$W/prep_$s/gold.jsonl" "$W/out_${TAG}_$s.jsonl" 2>/dev/null | grep RESULT |
    python3 -c "
import re, sys
d = dict(re.findall(r'(\w+)=([\d.]+)', sys.stdin.read()))
print('$s', *(d.get(k) for k in ('content_f1', 'speaker_acc', 'e2e_f1', 'e2e_p', 'n_pred')))"
done
"$SHARED/bench/run" events --bin "$BIN" 2>/dev/null | grep RESULT
"$BIN" extract --format jsonl --published 2025-08-18 "$SHARED/fixtures/summit/article.txt" > "$W/summit_$TAG.jsonl"
python3 "$SHARED/bench/fixture.py" "$SHARED/fixtures/summit/gold.json" "$W/summit_$TAG.jsonl" | grep RESULT
