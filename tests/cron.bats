#!/usr/bin/env bats
# examples/cron/gipa-nightly: a download folder read night after night.

load helper

NIGHTLY="$REPO_DIR/examples/cron/gipa-nightly"

setup() {
	TMP="$(mktemp -d)"
	command -v pdftotext >/dev/null || skip "pdftotext (poppler-utils) is not installed"
	command -v wvWare >/dev/null || skip "wvWare (wv) is not installed"
	export GIPA_BIN
	# the folder: this year's report twice (DOCX, and the same bytes again),
	# its PDF (same values), another agency's PDF with blank cells (rows
	# refused), a scan, last year's report as text, a 2020 report as DOC
	DL="$TMP/downloads"
	mkdir -p "$DL/2024" "$DL/older"
	cp "$FIXTURES/files/a.docx" "$DL/2024/东城区卫健局 2024.docx"
	cp "$FIXTURES/files/a.docx" "$DL/2024/copy.docx"
	cp "$FIXTURES/files/a.pdf" "$DL/2024/dongcheng.pdf"
	cp "$FIXTURES/files/b.pdf" "$DL/2024/b.pdf"
	cp "$FIXTURES/files/scanned.pdf" "$DL/2024/scan.pdf"
	cp "$FIXTURES/files/e.doc" "$DL/older/audit2020.doc"
	sed -e 's/2024/2023/g' -e 's/2025/2024/g' -e 's/^行政许可\t215/行政许可\t180/' \
		-e 's/^行政处罚\t36/行政处罚\t52/' "$FIXTURES/a-tsv.txt" >"$DL/older/东城区2023.txt"
	DATA="$TMP/data"
}

teardown() {
	rm -rf "$TMP"
}

# every file under DATA with its hash
snapshot() {
	(cd "$DATA" && find . -type f | LC_ALL=C sort | xargs -d '\n' sha256sum)
}

@test "first night: reports filed by year, totals, last year compared, who needs a person; exit 1" {
	run_split "$NIGHTLY" "$DL" "$DATA"
	echo "$out"; echo "$err"
	[ "$status" -eq 1 ]
	[ -z "$err" ]
	[ "$out" = "gipa-nightly: $DL
files: 6 new, 1 seen before; reports filed: 4
needs a person (2):
  2024/b.pdf: 11 problems: count: active row rules (规章): 2 values where the form has 3; row not extracted; ...
  2024/scan.pdf: not read: PDF has no text layer (scanned?); OCR it first
notes:
  2024/dongcheng.pdf: the same report as 2024/copy.docx (same values): not filed again
2020: 1 reports in records/2020.tsv, totals in totals/2020.tsv
2023: 1 reports in records/2023.tsv, totals in totals/2023.tsv
2024: 2 reports in records/2024.tsv, totals in totals/2024.tsv
  compared with 2023 (changes/2024.tsv): 130 values changed; cross-year checks (changes/2024.checks.tsv): 5 errors, 3 warnings
    示例市东城区卫生健康局 active.license.decisions: 180 -> 215 (+35, +19.4%)
    示例市东城区卫生健康局 active.penalty.decisions: 52 -> 36 (-16, -30.8%)" ]
	[ "$(cat "$DATA/summary.txt")" = "$out" ]
	# the records of a report are gipa-extract's, once, under its year
	diff <(grep '^2024/copy.docx' "$DATA/records/2024.tsv" | cut -f2-) \
		<(tail -n +2 "$FIXTURES/files/a.docx.expected.tsv" | cut -f2-)
	[ "$(awk -F'\t' '$4 == "meta.sha256"' "$DATA/records/2024.tsv" | wc -l)" -eq 2 ]
	[ "$(head -1 "$DATA/records/2024.tsv")" = $'report\tagency\tyear\tkey\tvalue' ]
	[ "$(tail -n +2 "$DATA/records/2020.tsv" | cut -f1,3 | sort -u)" = $'older/audit2020.doc\t2020' ]
	# totals and changes are gipa-sum's and gipa-diff's
	diff "$DATA/totals/2024.tsv" <("$GIPA_BIN/gipa-sum" -g year "$DATA/records/2024.tsv" 2>/dev/null)
	grep -qx $'示例市东城区卫生健康局\tactive.license.decisions\t180\t215\t35\t19.4' "$DATA/changes/2024.tsv"
	[ "$(cut -f2 "$DATA/notfiled.tsv" | tr '\n' ' ')" = "2024/dongcheng.pdf 2024/scan.pdf " ]
	[ ! -e "$DATA/.lock" ]
}

@test "second night on the same folder: nothing new, nothing changed, exit 0" {
	"$NIGHTLY" "$DL" "$DATA" >/dev/null || true
	before=$(snapshot)
	run_split "$NIGHTLY" "$DL" "$DATA"
	[ "$status" -eq 0 ]
	[ "$out" = "gipa-nightly: nothing new in $DL (7 files seen before)" ]
	[ "$(snapshot)" = "$before" ]
	run_split "$NIGHTLY" -q "$DL" "$DATA"
	[ "$status" -eq 0 ]
	[ -z "$out$err" ]
	[ "$(snapshot)" = "$before" ]
}

@test "a later night: only the new files are read; a second version of a filed report needs a person" {
	"$NIGHTLY" "$DL" "$DATA" >/dev/null || true
	cp "$FIXTURES/c-html-utf8.html" "$DL/2024/交通运输局.html"
	cp "$FIXTURES/files/b.docx" "$DL/2024/b.docx"
	cp "$FIXTURES/files/a.docx" "$DL/renamed again.docx"
	run_split "$NIGHTLY" "$DL" "$DATA"
	echo "$out"
	[ "$status" -eq 1 ]
	[[ "$out" == *"files: 2 new, 8 seen before; reports filed: 1"* ]]
	[[ "$out" == *"  2024/b.docx: 示例县自然资源局 2024 is filed already, from 2024/b.pdf, with other values: not filed (a correction? keep one in records/2024.tsv)"* ]]
	[[ "$out" == *"  2024/交通运输局.html: 2 problems: I1: apply I1 balance: total: 新收+结转 57 ≠ 办理+结转下年 56; ..."* ]]
	[[ "$out" == *"2024: 3 reports in records/2024.tsv"* ]]
	[ "$(cut -f1 "$DATA/records/2024.tsv" | uniq | tail -n +2 | tr '\n' ' ')" = "2024/b.pdf 2024/copy.docx 2024/交通运输局.html " ]
}

@test "one run at a time; bad usage; a missing binary: exit 2" {
	mkdir -p "$DATA/.lock"
	run_split "$NIGHTLY" "$DL" "$DATA"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-nightly: $DATA/.lock exists: another run is going (or remove it)" ]
	rmdir "$DATA/.lock"
	run_split "$NIGHTLY" "$TMP/none" "$DATA"
	[ "$status" -eq 2 ]
	[[ "$err" == "usage: gipa-nightly [-q] DOWNLOADS DATA"* ]]
	run_split env GIPA_BIN="$TMP" "$NIGHTLY" "$DL" "$DATA"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-nightly: $TMP/gipa-extract not found" ]
	[ ! -e "$DATA/.lock" ]
}
