#!/bin/sh
# make demo: extract the bundled reports, as downloaded, and show what came out.
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=$(cd "$here/../build" && pwd)
out=${TMPDIR:-/tmp}/gipa-demo.$$
mkdir -p "$out"
trap 'rm -rf "$out"' EXIT
cd "$here/reports"
docs="dongcheng-2024.pdf jiaotong-2024.docx"
if ! command -v pdftotext >/dev/null 2>&1; then
	echo "(dongcheng-2024.pdf skipped: reading PDF files needs pdftotext: apt-get install poppler-utils)"
	docs="jiaotong-2024.docx"
fi
echo "== examples/reports: two reports as downloaded, and five as text"
echo "   dongcheng-2024.pdf   a PDF (LibreOffice) of the test suite's fictional report A"
echo "   jiaotong-2024.docx   a DOCX (LibreOffice) of its report C, which prints a wrong total"
echo "   0*.txt               five real 2024 reports, as text in five layouts"
echo
echo "== gipa-extract $docs *.txt"
"$bin/gipa-extract" $docs *.txt >"$out/records.tsv"
echo "(exit status $?: jiaotong-2024.docx prints 总计 5 where its cells sum to 4, and seed 001"
echo " has a row with a missing cell, which is refused; each is named above, nothing is guessed)"
echo
echo "== records: $(($(wc -l <"$out/records.tsv") - 1)) lines; from the documents, a few of them:"
grep -E '^(dongcheng|jiaotong)' "$out/records.tsv" |
	grep -E 'meta\.(form|sha256|date)|license|apply\.(new|carried)\.total' | head -14
if [ -x "$bin/gipa-tab" ]; then
	echo
	echo "== gipa-tab -p -k 'active.license.*,active.penalty.*,active.normative.*,apply.new.total'"
	"$bin/gipa-tab" -p -k 'active.license.*,active.penalty.*,active.normative.*,apply.new.total' "$out/records.tsv"
	echo "(an empty cell: the extractor could not establish it — seed 001's 行政规范性文件)"
fi
if [ -x "$bin/gipa-sum" ]; then
	echo
	echo "== gipa-sum -g year: totals over the seven agencies (a few keys)"
	"$bin/gipa-sum" -g year "$out/records.tsv" 2>/dev/null | grep -E 'meta.reports|active\.(license|penalty)|apply\.new\.total'
fi
echo
echo "== every night: examples/cron/gipa-nightly DOWNLOADS DATA (see examples/cron/README.md)"
