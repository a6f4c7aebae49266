#!/usr/bin/env bash
# pairs.sh N BIN...: N rounds; in each, every BIN in turn ingests the 2,225
# BBC articles into a fresh database. Prints CPU seconds (user + system),
# peak RSS (MiB), wall seconds and the load average per run: interleaving
# the binaries is what makes CPU seconds comparable on a drifting machine.
set -euo pipefail
N=$1; shift
W=$(scripts/corpus.sh)
# Each run of this script has its own database and timing file, so that two
# people measuring at once do not write over each other's.
T=$(mktemp -d "$W/pairs.XXXXXX")
trap 'rm -rf "$T"' EXIT
for r in $(seq 1 "$N"); do for b in "$@"; do
  rm -f "$T/p.db"*
  /usr/bin/time -f "%U %S %M %e" -o "$T/time.txt" "$b" ingest --db "$T/p.db" "$W"/bbc/{business,entertainment,politics,sport,tech} >/dev/null 2>&1
  read -r u s m e < "$T/time.txt"
  echo "$(basename "$b") cpu=$(echo "$u+$s" | bc) rss=$((m/1024)) wall=$e load=$(cut -d' ' -f1 /proc/loadavg)"
done; done
