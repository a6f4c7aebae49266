#!/usr/bin/env bash
# cg.sh BIN TAG [GOGC]: instructions (valgrind's callgrind) of one ingest of
# 300 BBC articles (60 a category) with one worker, the collector off unless
# GOGC is given. The count is steady where CPU seconds drift with the
# machine's load; prints "TAG instr=…G" and leaves $DATELINE_WORK/cg.TAG.out
# for callgrind_annotate. GODEBUG keeps valgrind from a SIGILL on rdtscp.
set -euo pipefail
B=$(readlink -f "$1"); T=$2; G=${3:-off}
W=$(scripts/corpus.sh)
rm -f "$W/cg_$T.db"*
# Batches cut by size alone: under valgrind the 1 s default delay cuts them
# by how slow the machine is at the moment, and the count moves with it.
# Binaries before --batch-delay (session 30) cut them so. The help is read
# whole before it is searched: with grep -q, pipefail and a help still
# being written when grep quits, the test failed now and then (SIGPIPE)
# and the run went without the flag.
DELAY=()
HELP=$("$B" ingest --help 2>&1 || true)
if [[ $HELP == *-batch-delay* ]]; then DELAY=(--batch-delay 1h); fi
GOGC=$G GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off valgrind --tool=callgrind --callgrind-out-file="$W/cg.$T.out" \
  "$B" ingest --workers 1 "${DELAY[@]}" --db "$W/cg_$T.db" "$W"/bbc300/{business,entertainment,politics,sport,tech} >/dev/null 2>"$W/cg.$T.err"
echo "$T instr=$(callgrind_annotate "$W/cg.$T.out" 2>/dev/null | grep 'PROGRAM TOTALS' | awk '{gsub(",","",$1); printf "%.3fG", $1/1e9}')"
