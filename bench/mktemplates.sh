#!/bin/sh
# bench/mktemplates.sh - remake bench/templates/*.tpl, the reports the
# benchmark corpus is made from (see bench/gen-corpus.c), from the fixtures
# that gipa-extract reads completely and the real reports of examples/.
# Run after `make build/gipa-extract build/gen-corpus` when a fixture
# changes; the templates are committed so that the corpus stays the same
# bytes whatever the extractor does.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
cd "$repo"
gen=build/gen-corpus
ex=build/gipa-extract
mkdir -p bench/templates
rm -f bench/templates/*.tpl
# fixture [encoding]: with its expected records as the truth
fix() {
	f=tests/fixtures/$1
	name=$(basename "$1" | sed 's/\.[a-z]*$//')
	"$gen" template -t "$f.expected.tsv" -e "${2:-utf-8}" "$f" "$ex" >"bench/templates/$name.tpl"
}
for l in cell-per-line cell-per-line-noblank docx2txt lynx md-pipe pandoc-md pandoc-plain \
	pdftotext-layout pdftotext-raw pdftotext pipe-rows tsv w3m; do
	fix a-$l.txt
done
fix a-html-utf8.html
fix a-html-gbk-meta.html gbk
fix a-html-gb18030-nometa.html gb18030
for l in cell-per-line docx2txt md-pipe pandoc-plain pdftotext-layout pdftotext-raw tsv w3m; do
	fix e-$l.txt
done
fix e-html-utf8.html
fix e-html-gbk-meta.html gbk
# real reports (pdftotext of the published PDFs): gipa-extract's records
# are the truth, checked by the form's identities (exit status 0)
for f in examples/reports/000_*.txt examples/reports/002_*.txt examples/reports/003_*.txt \
	examples/reports/004_*.txt; do
	"$gen" template "$f" "$ex" >"bench/templates/real-$(basename "$f" | cut -c1-3).tpl"
done
ls bench/templates | wc -l
