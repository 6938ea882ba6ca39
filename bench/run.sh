#!/bin/sh
# bench/run.sh - run every benchmark script bench/*.sh (except this one).
# Each prints its own table; see the README's performance section.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
status=0
for b in "$here"/*.sh; do
	[ "$(basename "$b")" = run.sh ] && continue
	echo "== $(basename "$b" .sh)"
	sh "$b" || status=1
done
exit $status
