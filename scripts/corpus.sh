#!/usr/bin/env bash
# corpus.sh: prepare the development data the other scripts read, once, in
# $DATELINE_WORK (default /tmp/dateline-work), from ../shared/bench (run from
# the project root):
#   bbc/<category>/*.txt   the 2,225 BBC articles (bench corpus tarball)
#   bbc300/<category>/     the first 60 files of each category, sorted
#   bbcfiles.txt           every BBC file, sorted, relative to $DATELINE_WORK
#   prep_dev, prep_tr250, prep_slice
#                          PolNeAR quotes: dev; train articles 1-250; 251-500
# Nothing here is copied into the repository.
set -euo pipefail
SHARED=$(readlink -f "${SHARED:-../shared}")
W=${DATELINE_WORK:-/tmp/dateline-work}
mkdir -p "$W"
if [ ! -d "$W/bbc" ]; then
  tar xzf "$SHARED/bench/data/corpus/bbc-fulltext.tar.gz" -C "$W"
fi
if [ ! -d "$W/bbc300" ]; then
  for c in business entertainment politics sport tech; do
    mkdir -p "$W/bbc300/$c"
    ls "$W/bbc/$c" | sort | head -60 | while read -r f; do cp "$W/bbc/$c/$f" "$W/bbc300/$c/"; done
  done
fi
[ -f "$W/bbcfiles.txt" ] || (cd "$W" && find bbc -name '*.txt' | sort > bbcfiles.txt)
Q="$SHARED/bench/quotes.py"
[ -d "$W/prep_dev" ] || python3 "$Q" prep --out "$W/prep_dev" >/dev/null
[ -d "$W/prep_tr250" ] || python3 "$Q" prep --split train --limit 250 --out "$W/prep_tr250" >/dev/null
if [ ! -d "$W/prep_slice" ]; then
  python3 "$Q" prep --split train --limit 500 --out "$W/prep_tr500" >/dev/null
  mkdir -p "$W/prep_slice"
  for f in input.jsonl gold.jsonl; do tail -n +251 "$W/prep_tr500/$f" > "$W/prep_slice/$f"; done
fi
echo "$W"
