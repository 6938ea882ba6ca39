#!/usr/bin/env bats
# gipa-tab: wide tables, --long, --csv, --labels, -p, --form.  Expected
# outputs are written out here by hand; the two full --form drawings are in
# tests/data/tab/*.form (checked by eye against the official form, and
# pinned below by a few hand-written lines each).

load helper

D="$TESTS_DIR/data/tab"
T=$'\t'
HDR="report${T}agency${T}year${T}key${T}value"

setup() {
	TMP="$(mktemp -d)"
}

teardown() {
	rm -rf "$TMP"
}

# Rows given as "a|b|c", turned into TSV lines.
tsv() {
	printf '%s\n' "$@" | tr '|' '\t'
}

# ---- wide ----------------------------------------------------------------

@test "tab: wide table, one row per report, keys present in schema order" {
	run_split gipa tab "$D/two.tsv"
	[ "$status" -eq 0 ]
	[ "$err" = "" ]
	[ "$out" = "$(tsv \
		'report|agency|year|meta.form|meta.date|active.rules.issued|active.normative.valid|apply.new.natural|apply.new.total' \
		'a.txt|甲局|2024|2021||0|-|3|3' \
		'b.txt|乙局|2023|2021|2024-01-20|12|||10')" ]
}

@test "tab: blank value is '-', absent key is an empty cell, dash-only values get one dash more" {
	run_split gipa tab "$D/dashes.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$(tsv \
		'report|agency|year|meta.period|active.rules.issued|active.rules.repealed|active.rules.valid|active.normative.issued|apply.deny_secret.natural' \
		'r|A|2024|2024-01-01至2024-12-31|--|---|-|-8|1')" ]
	run_split gipa tab "$D/two.tsv"
	# a.txt has no meta.date record: empty; its active.normative.valid is blank: '-'
	[ "$(printf '%s\n' "$out" | sed -n 2p | cut -f5,7)" = "${T}-" ]
}

@test "tab: standard input (copied to a temporary file) gives the same table as a file" {
	gipa tab "$D/full2021.tsv" "$D/two.tsv" >"$TMP/file"
	cat "$D/full2021.tsv" "$D/two.tsv" | gipa tab >"$TMP/pipe"
	cmp "$TMP/file" "$TMP/pipe"
	cat "$D/two.tsv" | gipa tab "$D/full2021.tsv" - >"$TMP/mixed"
	cmp "$TMP/file" "$TMP/mixed"
	# standard input that is a regular file is read twice from where it began
	gipa tab "$D/full2021.tsv" - <"$D/two.tsv" >"$TMP/redirect"
	cmp "$TMP/file" "$TMP/redirect"
	{ echo junk; cat "$D/two.tsv"; } >"$TMP/junk"
	{ read -r _; gipa tab -; } <"$TMP/junk" >"$TMP/offset"
	[ "$(cat "$TMP/offset")" = "$(gipa tab "$D/two.tsv")" ]
}

@test "tab: -k selects columns by glob; columns stay in schema order" {
	run_split gipa tab -k 'apply.new.*,active.rules.issued' "$D/two.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$(tsv \
		'report|agency|year|active.rules.issued|apply.new.natural|apply.new.total' \
		'a.txt|甲局|2024|0|3|3' \
		'b.txt|乙局|2023|12||10')" ]
	run_split gipa tab -k 'apply.new.total' -k 'meta.*' "$D/two.tsv"
	[ "$out" = "$(tsv \
		'report|agency|year|meta.form|meta.date|apply.new.total' \
		'a.txt|甲局|2024|2021||3' \
		'b.txt|乙局|2023|2021|2024-01-20|10')" ]
}

@test "tab: -k pattern matching no schema key is warned about" {
	run_split gipa tab -k 'apply.nwe.*' "$D/two.tsv"
	[ "$status" -eq 0 ]
	[ "$err" = "gipa-tab: warning: -k 'apply.nwe.*' matches no key of the schema" ]
	[ "$out" = "$(tsv 'report|agency|year' 'a.txt|甲局|2024' 'b.txt|乙局|2023')" ]
}

@test "tab: --all-keys gives every schema key a column (7 meta, 200 of 2021, 26 only 2019)" {
	run_split gipa tab --all-keys /dev/null
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$out" | head -1 | tr '\t' '\n' | wc -l)" -eq 236 ]
	[ "$(printf '%s\n' "$out" | wc -l)" -eq 1 ]
	run_split gipa tab --all-keys -k 'review.suit_after.*' "$D/full2021.tsv"
	[ "$out" = "$(tsv \
		'report|agency|year|review.suit_after.upheld|review.suit_after.corrected|review.suit_after.other|review.suit_after.pending|review.suit_after.total' \
		'seed000.txt|攀枝花市西区卫生健康局|2024|7|1|8|2|9')" ]
}

@test "tab: --all-keys has no column for a key outside the schema: said once, status 1" {
	run_split gipa tab --all-keys -k 'x.*,z.*,apply.new.total' "$D/unknown.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: warning: -k 'x.*' matches no key of the schema
gipa-tab: warning: -k 'z.*' matches no key of the schema
gipa-tab: $D/unknown.tsv:5: key z.note is not in the schema: --all-keys gives it no column, its records are dropped
gipa-tab: $D/unknown.tsv:6: key x.first is not in the schema: --all-keys gives it no column, its records are dropped" ]
	[ "$out" = "$(tsv 'report|agency|year|apply.new.total' 'r1|A|2024|3' 'r2|B|2024|5')" ]
}

@test "tab: the 2019-only keys sit among the 2021 ones so that both forms keep their order" {
	run_split gipa tab -k 'active.rules.*,active.license.*,active.fees.*' "$D/full2021.tsv" "$D/full2019.tsv"
	[ "$(printf '%s\n' "$out" | head -1)" = "$(tsv \
		'report|agency|year|active.rules.issued|active.rules.repealed|active.rules.valid|active.rules.made|active.rules.published|active.rules.public_total|active.license.prev_items|active.license.change|active.license.decisions|active.fees.amount|active.fees.prev_items|active.fees.change')" ]
	[ "$(printf '%s\n' "$out" | sed -n 3p)" = "$(tsv '上海2019.html|上海市人民政府办公厅|2019||||7|1|8|10|4|11||3|-')" ]
}

@test "tab: a key the schema lacks follows the key it came after in the input" {
	run_split gipa tab "$D/unknown.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$(tsv \
		'report|agency|year|x.first|meta.form|meta.apply_received|active.rules.issued|apply.new.total|z.note' \
		'r1|A|2024||2021|3||3|hello' \
		'r2|B|2024|1|2021||2|5|')" ]
}

@test "tab: --labels heads the columns with the official labels" {
	run_split gipa tab --labels "$D/dashes.tsv"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$out" | head -1)" = "$(tsv \
		'report|agency|year|meta.period|二规章·本年制发件数|二规章·本年废止件数|二规章·现行有效件数|二行政规范性文件·本年制发件数|三（三）1.属于国家秘密·自然人')" ]
	run_split gipa tab --labels -k 'apply.new.commercial,review.suit_direct.upheld,review.review.total' "$D/full2021.tsv"
	[ "$(printf '%s\n' "$out" | head -1)" = "$(tsv \
		'report|agency|year|三·一、本年新收政府信息公开申请数量·法人或其他组织·商业企业|四行政复议·总计|四行政诉讼·未经复议直接起诉·结果维持')" ]
}

@test "tab: the official labels of all 233 schema keys are distinct" {
	gipa tab --all-keys --labels /dev/null | head -1 | tr '\t' '\n' >"$TMP/labels"
	[ "$(wc -l <"$TMP/labels")" -eq 236 ]
	[ "$(sort "$TMP/labels" | uniq -d)" = "" ]
}

# ---- --csv ------------------------------------------------------------------

@test "tab: --csv is RFC 4180 with a UTF-8 BOM and CRLF; fields with , or \" are quoted" {
	tsv "$HDR" 'a,b.txt|某局 "试点"|2024|apply.new.total|3' 'c.txt||2024|apply.new.total|' >"$TMP/in"
	gipa tab --csv "$TMP/in" >"$TMP/out"
	printf '\357\273\277report,agency,year,apply.new.total\r\n"a,b.txt","某局 ""试点""",2024,3\r\nc.txt,,2024,-\r\n' >"$TMP/want"
	cmp "$TMP/out" "$TMP/want"
}

@test "tab: --csv --labels" {
	run_split gipa tab --csv --labels -k 'apply.partial.total' "$D/full2021.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = $'\357\273\277report,agency,year,三（二）部分公开（区分处理的，只计这一情形，不计其他情形）·总计\r\nseed000.txt,攀枝花市西区卫生健康局,2024,32\r' ]
}

# ---- --long and the round trip -----------------------------------------------

@test "tab: --long turns a wide table back into records" {
	tsv 'report|agency|year|apply.new.natural|apply.new.total|meta.date' \
		'a.txt|甲局|2024|3|-|' \
		'b.txt||2023||---|2024-01-20' >"$TMP/wide"
	run_split gipa tab --long "$TMP/wide"
	[ "$status" -eq 0 ]
	[ "$out" = "$(tsv "$HDR" \
		'a.txt|甲局|2024|apply.new.natural|3' \
		'a.txt|甲局|2024|apply.new.total|' \
		'b.txt||2023|apply.new.total|--' \
		'b.txt||2023|meta.date|2024-01-20')" ]
}

@test "tab: --long reads official labels, a BOM and CRLF (a spreadsheet's TSV)" {
	printf '\357\273\277report\tagency\tyear\t三（三）1.属于国家秘密·自然人\tz.note\r\nr\tA\t2024\t5\tok\r\n' >"$TMP/wide"
	run_split gipa tab --long "$TMP/wide"
	[ "$status" -eq 0 ]
	[ "$out" = "$(tsv "$HDR" 'r|A|2024|apply.deny_secret.natural|5' 'r|A|2024|z.note|ok')" ]
}

@test "tab: --long -k selects keys; a repeated header line is skipped" {
	tsv 'report|agency|year|apply.new.natural|apply.new.total' 'a|A|2024|1|2' \
		'report|agency|year|apply.new.natural|apply.new.total' 'b|B|2024|3|4' >"$TMP/wide"
	run_split gipa tab --long -k '*.total' "$TMP/wide"
	[ "$out" = "$(tsv "$HDR" 'a|A|2024|apply.new.total|2' 'b|B|2024|apply.new.total|4')" ]
}

@test "tab: --long bad input: a short line is skipped (1); no report column or a key twice (2)" {
	tsv 'report|agency|year|apply.new.total' 'a|A|2024|1' 'b|B|2024' 'c|C|2024|3' >"$TMP/short"
	run_split gipa tab --long "$TMP/short"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: $TMP/short:3: 3 fields where the header has 4, line skipped" ]
	[ "$out" = "$(tsv "$HDR" 'a|A|2024|apply.new.total|1' 'c|C|2024|apply.new.total|3')" ]
	tsv 'name|apply.new.total' 'a|1' >"$TMP/noreport"
	tsv 'report|apply.new.total|三·一、本年新收政府信息公开申请数量·总计' 'a|1|2' >"$TMP/twice"
	run_split gipa tab --long "$TMP/noreport" "$TMP/twice" "$TMP/short"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-tab: $TMP/noreport:1: not a wide gipa table (no column named report); file skipped
gipa-tab: $TMP/twice:1: key apply.new.total has two columns; file skipped
gipa-tab: $TMP/short:3: 3 fields where the header has 4, line skipped" ]
	[ "$out" = "$(tsv "$HDR" 'a|A|2024|apply.new.total|1' 'c|C|2024|apply.new.total|3')" ]
}

# Records of a file, as the five named columns (a file may carry others).
five() {
	awk -F'\t' 'BEGIN { OFS = "\t" }
		NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i }
		{ print $c["report"], $c["agency"], $c["year"], $c["key"], $c["value"] }' "$1"
}

@test "tab: round trip records -> wide -> --long gives the same records, every record file" {
	# Every record file of the suite with a record header.  The extraction
	# fixtures and tests/data/tab have each report's keys in the order of
	# its form: they must come back byte for byte.  Other hand-written
	# record files need not be in that order: their records must come back
	# (as a set); a file that gipa-tab finds fault with (bad lines on
	# purpose) is not expected to come back whole.
	n=0
	for f in "$FIXTURES"/*.expected.tsv "$FIXTURES"/*/*.expected.tsv "$TESTS_DIR"/data/*/*.tsv; do
		[ -f "$f" ] || continue
		head -1 "$f" | tr '\t' '\n' | grep -qx key || continue
		head -1 "$f" | tr '\t' '\n' | grep -qx value || continue
		exact=0
		case $f in "$FIXTURES"/* | "$D"/*) exact=1 ;; esac
		if ! gipa tab "$f" >"$TMP/wide" 2>/dev/null; then
			[ "$exact" = 0 ] || { echo "gipa-tab fails on $f"; return 1; }
			continue
		fi
		five "$f" >"$TMP/want"
		gipa tab --long "$TMP/wide" >"$TMP/got"
		if [ "$exact" = 0 ]; then
			LC_ALL=C sort "$TMP/want" -o "$TMP/want"
			LC_ALL=C sort "$TMP/got" -o "$TMP/got"
		fi
		if ! cmp -s "$TMP/want" "$TMP/got"; then
			echo "round trip differs: $f"
			diff "$TMP/want" "$TMP/got" | head -5
			return 1
		fi
		n=$((n + 1))
	done
	[ "$n" -ge 6 ]
}

@test "tab: round trip of all record files at once, and through --labels and --all-keys" {
	files=()
	for f in "$FIXTURES"/*.expected.tsv "$D"/*.tsv; do
		[ -f "$f" ] && head -1 "$f" | grep -q "^report${T}agency${T}year${T}key${T}value$" && files+=("$f")
	done
	{ echo "$HDR"; for f in "${files[@]}"; do tail -n +2 "$f"; done; } >"$TMP/want"
	gipa tab "${files[@]}" 2>/dev/null | gipa tab --long >"$TMP/got"
	cmp "$TMP/want" "$TMP/got"
	gipa tab --labels "${files[@]}" 2>/dev/null | gipa tab --long >"$TMP/got"
	cmp "$TMP/want" "$TMP/got"
	# --all-keys has no column for keys outside the schema
	grep -v "${T}[xz]\.[a-z]*${T}\|${T}meta\.apply_received${T}" "$TMP/want" >"$TMP/want2"
	gipa tab --all-keys --labels "${files[@]}" 2>/dev/null | gipa tab --long >"$TMP/got"
	cmp "$TMP/want2" "$TMP/got"
}

# ---- bad record input -----------------------------------------------------------

@test "tab: bad lines are said once (not again on the second reading) and skipped, status 1" {
	tsv "$HDR" 'a|A|2024|apply.new.total|1' 'bad line' 'a|A|2024|apply.new.natural|2' >"$TMP/in"
	run_split gipa tab "$TMP/in"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: $TMP/in:3: 1 fields where the header has 5, line skipped" ]
	[ "$out" = "$(tsv 'report|agency|year|apply.new.natural|apply.new.total' 'a|A|2024|2|1')" ]
	run_split bash -c "cat '$TMP/in' | '$GIPA_BIN/gipa-tab'"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: -:3: 1 fields where the header has 5, line skipped" ]
}

@test "tab: a key repeated in a report keeps its first value, status 1" {
	tsv "$HDR" 'a|A|2024|apply.new.total|1' 'a|A|2024|apply.new.total|2' >"$TMP/in"
	run_split gipa tab "$TMP/in"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: $TMP/in:3: key apply.new.total repeated in report 'a'; only its first value is kept" ]
	[ "$out" = "$(tsv 'report|agency|year|apply.new.total' 'a|A|2024|1')" ]
}

@test "tab: a report that comes back after another makes a second row, status 1" {
	tsv "$HDR" 'a|A|2024|apply.new.total|1' 'b|B|2024|apply.new.total|2' 'a|A|2024|apply.new.natural|3' >"$TMP/in"
	run_split gipa tab "$TMP/in"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: $TMP/in:4: report 'a' (agency 'A', year '2024') comes again after other reports; its records here make a row of their own (records of one report belong together)" ]
	[ "$out" = "$(tsv 'report|agency|year|apply.new.natural|apply.new.total' 'a|A|2024||1' 'b|B|2024||2' 'a|A|2024|3|')" ]
}

@test "tab: a missing file is trouble (2); the others are still read" {
	run_split gipa tab "$TMP/nonesuch" "$D/two.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-tab: $TMP/nonesuch: No such file or directory" ]
	[ "$(printf '%s\n' "$out" | wc -l)" -eq 3 ]
}

@test "tab: not a record header is trouble (2)" {
	tsv 'a|b' '1|2' >"$TMP/in"
	run_split gipa tab "$TMP/in"
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-tab: $TMP/in:1: not a gipa record header"* ]]
	[ "$out" = "report${T}agency${T}year" ]
}

@test "tab: -H reads records without a header line" {
	tail -n +2 "$D/two.tsv" >"$TMP/in"
	run_split gipa tab -H "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$out" = "$(gipa tab "$D/two.tsv")" ]
}

@test "tab: output cut short by a closed pipe ends quietly" {
	# 400 reports: far more than a pipe holds
	awk -F'\t' 'BEGIN { OFS = "\t" } NR == 1 { print; next } { r[NR] = $0 }
		END { for (i = 1; i <= 400; i++) for (j = 2; j <= NR; j++) {
			$0 = r[j]; $1 = "r" i; print } }' "$D/full2021.tsv" | grep -v x.extra >"$TMP/big"
	[ "$(wc -l <"$TMP/big")" -eq 81201 ]
	for mode in "" --all-keys --csv --form -p; do
		run_split bash -c "'$GIPA_BIN/gipa-tab' $mode '$TMP/big' | head -c 10 >/dev/null"
		[ "$err" = "" ]
	done
}

# ---- -p -----------------------------------------------------------------------------

@test "tab: -p aligns any TSV by display width; numbers right, text left; header underlined" {
	run_split gipa tab -p "$D/diff.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "agency                  key                        old   new  change  percent
----------------------  ------------------------  ----  ----  ------  -------
攀枝花市西区卫生健康局  apply.new.total              0    12      12
东城区局                active.license.decisions     2     3       1     50.0
ＡＢＣ                  active.fees.amount        1.50  0.75   -0.75    -50.0" ]
}

@test "tab: -p columns line up on screen (display width), not in bytes" {
	gipa tab -p "$D/diff.tsv" >"$TMP/out"
	# Lines ending in the right-aligned percent column are equally wide on
	# screen (wc -L counts CJK as 2) though their byte lengths differ.
	widths=$(sed -n '1p;4p;5p' "$TMP/out" | while IFS= read -r l; do printf '%s' "$l" | wc -L; done | sort -u)
	[ "$widths" = "77" ]
	bytes=$(sed -n '1p;4p;5p' "$TMP/out" | while IFS= read -r l; do printf '%s' "$l" | wc -c; done | sort -u | wc -l)
	[ "$bytes" -eq 3 ]
	# The key column starts at screen column 25 on every line.
	while IFS= read -r l; do
		prefix=${l%%[a-z-]*}
		[ "$(printf '%s' "$prefix" | wc -L)" -eq 24 ]
	done < <(sed -n '3,5p' "$TMP/out")
}

@test "tab: -p --lookahead: a wider cell later widens its column from then on" {
	tsv 'name|n' 'ab|1' 'abc|2' '长名字很长|3' 'x|4' >"$TMP/in"
	run_split gipa tab -p --lookahead 1 "$TMP/in"
	[ "$status" -eq 0 ]
	[ "$out" = "name  n
----  -
ab    1
abc   2
长名字很长  3
x           4" ]
	run_split gipa tab -p "$TMP/in"
	[ "$out" = "name        n
----------  -
ab          1
abc         2
长名字很长  3
x           4" ]
}

@test "tab: -p -H: no header, nothing underlined; repeated headers of concatenated tables dropped" {
	tsv 'a|1' 'bb|22' >"$TMP/in"
	run_split gipa tab -p -H "$TMP/in"
	[ "$out" = "a    1
bb  22" ]
	tsv 'k|v' 'a|1' >"$TMP/t1"
	tsv 'k|v' 'bbb|10' >"$TMP/t2"
	run_split gipa tab -p "$TMP/t1" "$TMP/t2"
	[ "$out" = "k     v
---  --
a     1
bbb  10" ]
}

@test "tab: -p on records shows the wide table aligned; -k and --labels apply" {
	want="report  agency  year  active.rules.issued  active.normative.valid  apply.new.total
------  ------  ----  -------------------  ----------------------  ---------------
a.txt   甲局    2024                    0                       -                3
b.txt   乙局    2023                   12                                       10"
	run_split gipa tab -p -k 'active.*,apply.new.total' "$D/two.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$want" ]
	# the same from a pipe (its first line read, the rest copied), and from
	# a wide table
	run_split bash -c "cat '$D/two.tsv' | '$GIPA_BIN/gipa-tab' -p -k 'active.*,apply.new.total'"
	[ "$out" = "$want" ]
	run_split bash -c "'$GIPA_BIN/gipa-tab' -k 'active.*,apply.new.total' '$D/two.tsv' | '$GIPA_BIN/gipa-tab' -p"
	[ "$out" = "$want" ]
	run_split gipa tab -p --labels -k 'apply.new.*' "$D/two.tsv"
	[ "$out" = "report  agency  year  三·一、本年新收政府信息公开申请数量·自然人  三·一、本年新收政府信息公开申请数量·总计
------  ------  ----  ------------------------------------------  ----------------------------------------
a.txt   甲局    2024                                           3                                         3
b.txt   乙局    2023                                                                                    10" ]
}

@test "tab: -p on records: bad lines said once, status 1" {
	tsv "$HDR" 'a|A|2024|apply.new.total|1' 'bad' >"$TMP/in"
	run_split bash -c "cat '$TMP/in' | '$GIPA_BIN/gipa-tab' -p"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: -:3: 1 fields where the header has 5, line skipped" ]
	[ "$out" = "report  agency  year  apply.new.total
------  ------  ----  ---------------
a       A       2024                1" ]
}

@test "tab: -k, --labels, --all-keys with -p need records" {
	run_split gipa tab -p -k 'apply.*' "$D/diff.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-tab: $D/diff.tsv: not gipa records (no columns report, agency, year, key, value): -k, --labels and --all-keys need records" ]
	[ "$out" = "" ]
	run_split gipa tab -p -H --labels "$D/diff.tsv"
	[ "$status" -eq 2 ]
}

# ---- --form ---------------------------------------------------------------------------

@test "tab: --form draws the 2021 report as the three official tables" {
	run_split gipa tab --form "$D/full2021.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$(cat "$D/full2021.form")" ]
	# Pinned by hand: the heading, a row of each table, blank and missing.
	[ "$(printf '%s\n' "$out" | head -10)" = "report: seed000.txt
agency: 攀枝花市西区卫生健康局
year: 2024
form: 2021 (meta.form)
meta.form: 2021
meta.date: 2025-01-10
meta.active_items: 128
meta.fee_yuan: 0

二、主动公开政府信息情况" ]
	[[ "$out" == *"│ 行政规范性文件 │            2 │            9 │            - │"* ]]
	[[ "$out" == *"│    │  （三）  │ 4.保护第三方合法权益       │        4 │       11 │        5 │       12 │        ? │        0 │       34 │"* ]]
	[[ "$out" == *"│ 维持 │ 纠正 │ 结果 │ 审结 │      │ 结果 │ 结果 │ 其他 │ 尚未 │ 总计 │ 结果 │ 结果 │ 其他 │ 尚未 │ 总计 │"* ]]
	[[ "$out" == *"records not in the 2021 form:
x.extra: note

- blank in the report   ? missing (not extracted)" ]]
}

@test "tab: --form draws a 2019 report as the 2019 tables" {
	run_split gipa tab --form "$D/full2019.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$(cat "$D/full2019.form")" ]
	[[ "$out" == *"form: 2019 (meta.form)"* ]]
	[[ "$out" == *"│                           第二十条第（九）项                            │"* ]]
	[[ "$out" == *"│ 其他对外管理服务事项 │              5 │             12 │              6 │"* ]]
	[[ "$out" == *"│ 行政事业性收费       │                       3 │                      - │"* ]]
	[[ "$out" == *"│ 政府集中采购         │                       4 │               251000元 │"* ]]
	[[ "$out" == *"│    │ （六）其他处理                        │        3 │        4 │        0 │        1 │        2 │        3 │        4 │"* ]]
	[[ "$out" != *"records not in"* ]]
}

@test "tab: --form without meta.form tells the form by its keys" {
	grep -v 'meta.form' "$D/full2019.tsv" >"$TMP/in"
	run_split gipa tab --form "$TMP/in"
	[[ "$out" == *"form: 2019 (no meta.form; from the keys)"* ]]
	[[ "$out" == *"第二十条第（九）项"* ]]
	# no agency, no year: empty, not the blank mark
	tsv "$HDR" 'r|||apply.new.total|3' 'r|||meta.date|' >"$TMP/in"
	run_split gipa tab --form "$TMP/in"
	[ "$(printf '%s\n' "$out" | head -5)" = "report: r
agency:
year:
form: 2021 (no meta.form; from the keys)
meta.date: -" ]
}

@test "tab: --form: every value cell is drawn; box lines agree in width on every line" {
	gipa tab --form "$D/full2021.tsv" >"$TMP/out"
	# 200 value cells: each shows a number, '-' or '?'
	[ "$(grep -c '^│' "$TMP/out")" -gt 0 ]
	for t in '二、' '三、' '四、'; do
		sed -n "/^$t/,/^└/p" "$TMP/out" | tail -n +2 >"$TMP/table"
		[ "$(while IFS= read -r l; do printf '%s' "$l" | wc -L; done <"$TMP/table" | sort -u | wc -l)" -eq 1 ]
	done
}

@test "tab: --form: two reports, one after the other" {
	run_split gipa tab --form "$D/two.tsv"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$out" | grep -v '^[│├└┌]')" = "report: a.txt
agency: 甲局
year: 2024
form: 2021 (meta.form)
meta.form: 2021

二、主动公开政府信息情况

三、收到和处理政府信息公开申请情况

四、政府信息公开行政复议、行政诉讼情况

- blank in the report   ? missing (not extracted)

report: b.txt
agency: 乙局
year: 2023
form: 2021 (meta.form)
meta.form: 2021
meta.date: 2024-01-20

二、主动公开政府信息情况

三、收到和处理政府信息公开申请情况

四、政府信息公开行政复议、行政诉讼情况

- blank in the report   ? missing (not extracted)" ]
}

# ---- options ------------------------------------------------------------------------------

@test "tab: --help and --version" {
	run_split gipa tab --help
	[ "$status" -eq 0 ]
	[[ "$out" == "Usage: gipa-tab [OPTION]... [FILE]..."* ]]
	for o in --keys --all-keys --labels --csv --long --pretty --lookahead --form --no-header; do
		[[ "$out" == *"$o"* ]]
	done
	run_split gipa tab --version
	[ "$status" -eq 0 ]
	[[ "$out" == "gipa-tab (gipa) "* ]]
}

@test "tab: usage errors exit 2" {
	run_split gipa tab --form --long
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-tab: choose one of --pretty, --long and --form
Try 'gipa-tab --help' for more information." ]
	run_split gipa tab --csv -p
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-tab: --csv writes the wide table as CSV; it does not go with --pretty"* ]]
	run_split gipa tab --lookahead 5
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-tab: --lookahead goes with --pretty"* ]]
	run_split gipa tab -p --lookahead -1
	[ "$status" -eq 2 ]
	run_split gipa tab --long -H
	[ "$status" -eq 2 ]
	run_split gipa tab --form -k 'apply.*'
	[ "$status" -eq 2 ]
	run_split gipa tab --bogus
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-tab: invalid option '--bogus'"* ]]
	run_split gipa tab -k
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-tab: option requires an argument -- 'k'"* ]]
}

@test "tab: every long option of --help is in man/gipa-tab.1" {
	for o in $(gipa tab --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "${o//-/\\\\-}" "$REPO_DIR/man/gipa-tab.1" || { echo "missing $o"; false; }
	done
}
