#!/bin/sh
# bench/run.sh - run every benchmark script bench/*.sh (but this one and
# the helpers), then print all their rows as one table: task, tool, median
# seconds, CPU seconds, MB/s, the time as a multiple of gipa's, peak memory.  Each
# script prints its own table too; see the README's performance section.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
BENCH_ROWS=$(mktemp)
export BENCH_ROWS
trap 'rm -f "$BENCH_ROWS"' EXIT
status=0
for b in "$here"/*.sh; do
	case $(basename "$b") in run.sh | lib.sh | mktemplates.sh) continue ;; esac
	echo "== $(basename "$b" .sh)"
	sh "$b" || status=1
done
echo
echo "== all: $(bench_machine)"
awk -F'\t' '
	BEGIN { printf "%-16s %-24s %10s %8s %9s %8s %9s\n", "task", "tool", "median s", "CPU s", "MB/s", "x gipa", "peak MB" }
	{ printf "%-16s %-24s %10.3f %8.2f %9.0f %8.2f %9s\n", $1, $2, $3, $4, $5, $6, $7 }' "$BENCH_ROWS"
exit $status
