#!/bin/sh
# make demo: extract the bundled real reports and show what came out.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$here/../build" && pwd)
out=${TMPDIR:-/tmp}/gipa-demo.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
cd "$here/reports"
echo "== gipa-extract examples/reports/*.txt  (5 real 2024 reports, 5 layouts)"
"$bin/gipa-extract" *.txt >"$out/records.tsv"
echo "(exit status $?: seed 001 prints a row with a missing cell, which is refused and named above)"
echo
echo "== records: $(($(wc -l <"$out/records.tsv") - 1)) lines; a few of them:"
grep -E 'meta\.|license|penalty|apply\.new\.total' "$out/records.tsv" | head -20
if [ -x "$bin/gipa-tab" ]; then
	echo
	echo "== gipa-tab -p -k 'active.license.*,active.penalty.*,active.normative.*,apply.new.total'"
	"$bin/gipa-tab" -p -k 'active.license.*,active.penalty.*,active.normative.*,apply.new.total' "$out/records.tsv"
	echo "(an empty cell: the extractor could not establish it — seed 001's 行政规范性文件)"
fi
if [ -x "$bin/gipa-sum" ]; then
	echo
	echo "== gipa-sum -g year: totals over the five agencies (a few keys)"
	"$bin/gipa-sum" -g year "$out/records.tsv" 2>/dev/null | grep -E 'meta.reports|active\.(license|penalty)|apply\.new\.total'
fi
