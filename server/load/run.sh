#!/usr/bin/env bash
# Load test of GET /api/quotes?speaker=… with wrk (Debian package) on
# loopback, over a database of 100,000 synthetic quotes (made once, not
# committed). Usage, from the repository root:
#
#   server/load/run.sh [DB] [CONNECTIONS] [SECONDS]
#
# It prints wrk's latency distribution and one RESULT line per run: the
# most quoted speaker alone, then the ten most quoted in turn.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
db=${1:-/tmp/dateline-load.db}
conns=${2:-16}
secs=${3:-20}
command -v wrk >/dev/null || { echo "load: install wrk (apt-get install wrk)" >&2; exit 1; }

bin=$(mktemp -d)/dateline
go build -o "$bin" ./cmd/dateline
if [ ! -f "$db" ]; then
	"$bin" demo --db "$db" --synthetic 10000 --no-serve
fi
"$bin" stats --db "$db" | grep -E 'articles|quotes'

out=$(mktemp)
"$bin" serve --db "$db" --addr 127.0.0.1:0 >"$out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q http "$out" && break; sleep 0.1; done
base=$(grep -o 'http://[0-9.:]*' "$out" | head -1)
echo "load: server at $base; load average $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores"

# Warm the page cache, then measure.
wrk -t2 -c"$conns" -d3s "$base/api/quotes?speaker=Amara+Adeyemi" >/dev/null
for run in "Amara Adeyemi" ""; do
	if [ -n "$run" ]; then
		echo "== the most quoted speaker ($run), $conns connections, ${secs}s"
		set -- "$run"
	else
		echo "== the ten most quoted speakers in turn, $conns connections, ${secs}s"
		set --
	fi
	wrk -t2 -c"$conns" -d"${secs}s" --latency -s server/load/speakers.lua "$base/" -- "$@"
done
