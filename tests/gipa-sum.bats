#!/usr/bin/env bats
# gipa-sum: exact, mergeable totals.  Every expected total here is worked
# out by hand (small.tsv, the inline records; the arithmetic is in the
# comments) or computed by tests/data/sum/expect.awk, a plain awk group-by
# over the input, never copied from the program's output.  Larger inputs
# come from tests/data/sum/gen.awk: deterministic reports of the 2021 form
# whose numbers satisfy the identities I1-I4.

load helper

D="$TESTS_DIR/data/sum"
T=$'\t'
HDR="report${T}agency${T}year${T}key${T}value"

setup() {
	TMP="$(mktemp -d)"
}

teardown() {
	rm -rf "$TMP"
}

# Records given as "a|b|c|d|e" rows, with the header line first.
records() {
	printf '%s\n' "$HDR"
	printf '%s\n' "$@" | tr '|' '\t'
}

# Rows "a|b|c|d|e" as TSV, no header.
rows() {
	printf '%s\n' "$@" | tr '|' '\t'
}

gen() {
	awk "$@" -f "$D/gen.awk"
}

expect() {
	local g="$1"
	shift
	awk -v g="$g" -f "$D/expect.awk" "$@"
}

# ---- the basics ------------------------------------------------------------

@test "sum: --help and --version" {
	run_split gipa sum --help
	[ "$status" -eq 0 ]
	[[ "$out" == "Usage: gipa-sum [OPTION]... [FILE]..."* ]]
	[[ "$out" == *"-g, --group=COLS"* ]]
	[[ "$out" == *"-s, --sort"* ]]
	[[ "$out" == *"-H, --no-header"* ]]
	[[ "$out" == *"--check"* ]]
	[ -z "$err" ]
	run_split gipa sum --version
	[ "$status" -eq 0 ]
	[[ "$out" == "gipa-sum (gipa) "* ]]
}

@test "sum: hand-computed totals over everything (small.tsv)" {
	run_split gipa sum "$D/small.tsv"
	# 3 reports.  active_items 128+67+53 = 248; fee_yuan 0+380+20 = 400;
	# license 2+10+7 = 19; fees 1.25+0.5+0.50 = 2.25 (2 places, the most seen);
	# new.natural 3+blank+1 = 4 (blank is 0); new.total 3+4+1 = 8;
	# x.local.note (not a schema key) only in 东区2023: 5, and 2 of 3 lack it.
	# meta.form and meta.date are labels: not summed, not written.
	[ "$status" -eq 1 ]
	[ "$out" = "$(records \
		'*|*|*|meta.reports|3' \
		'*|*|*|meta.active_items|248' \
		'*|*|*|meta.fee_yuan|400' \
		'*|*|*|active.license.decisions|19' \
		'*|*|*|active.fees.amount|2.25' \
		'*|*|*|apply.new.natural|4' \
		'*|*|*|apply.new.total|8' \
		'*|*|*|x.local.note|5' \
		'*|*|*|meta.missing.x.local.note|2')" ]
	[ "$err" = "gipa-sum: *: x.local.note: 2 of 3 reports have no value" ]
}

@test "sum: -g year, groups in first-seen order (small.tsv)" {
	run_split gipa sum -g year "$D/small.tsv"
	# 2024 (seen first): 西区 + 东区: active_items 128+67 = 195, fee_yuan 380,
	# license 12, fees 1.25+0.5 = 1.75, natural 3+0 = 3, total 3+4 = 7.
	# 2023: 东区 alone, fees 0.50 keeps its 2 places.
	[ "$status" -eq 0 ]
	[ -z "$err" ]
	[ "$out" = "$(records \
		'*|*|2024|meta.reports|2' \
		'*|*|2024|meta.active_items|195' \
		'*|*|2024|meta.fee_yuan|380' \
		'*|*|2024|active.license.decisions|12' \
		'*|*|2024|active.fees.amount|1.75' \
		'*|*|2024|apply.new.natural|3' \
		'*|*|2024|apply.new.total|7' \
		'*|*|2023|meta.reports|1' \
		'*|*|2023|meta.active_items|53' \
		'*|*|2023|meta.fee_yuan|20' \
		'*|*|2023|active.license.decisions|7' \
		'*|*|2023|active.fees.amount|0.50' \
		'*|*|2023|apply.new.natural|1' \
		'*|*|2023|apply.new.total|1' \
		'*|*|2023|x.local.note|5')" ]
}

@test "sum: every option of --help is in the man page" {
	for o in $(gipa sum --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "${o//-/\\\\-}" "$REPO_DIR/man/gipa-sum.1" || { echo "missing $o"; false; }
	done
	for o in $(gipa sum --help | grep -o -- ' -[a-zA-Z],' | tr -d ' ,' | sort -u); do
		grep -q -- "${o//-/\\\\-}" "$REPO_DIR/man/gipa-sum.1" || { echo "missing $o"; false; }
	done
}

@test "sum: -s sorts groups by their column values" {
	run_split gipa sum -s -g year "$D/small.tsv"
	[ "$status" -eq 0 ]
	[ "$(cut -f3,4 <<<"$out" | grep meta.reports)" = "2023${T}meta.reports
2024${T}meta.reports" ]
	# by the columns in the order given: year then agency, agency then year
	records 'a|乙|2024|apply.new.total|1' 'b|甲|2023|apply.new.total|2' \
		'c|甲|2024|apply.new.total|4' 'd|乙|2023|apply.new.total|8' >"$TMP/in.tsv"
	run_split gipa sum -s -g year,agency "$TMP/in.tsv"
	[ "$status" -eq 0 ]
	[ "$(grep -v meta <<<"$out")" = "$(records \
		'*|乙|2023|apply.new.total|8' '*|甲|2023|apply.new.total|2' \
		'*|乙|2024|apply.new.total|1' '*|甲|2024|apply.new.total|4')" ]
	run_split gipa sum --sort --group=agency,year "$TMP/in.tsv"
	[ "$(grep -v meta <<<"$out")" = "$(records \
		'*|乙|2023|apply.new.total|8' '*|乙|2024|apply.new.total|1' \
		'*|甲|2023|apply.new.total|2' '*|甲|2024|apply.new.total|4')" ]
	# without -s: first seen
	run_split gipa sum -g agency "$TMP/in.tsv"
	[ "$(grep -v meta <<<"$out")" = "$(records \
		'*|乙|*|apply.new.total|9' '*|甲|*|apply.new.total|6')" ]
}

@test "sum: -g combinations agree with an awk group-by (expect.awk)" {
	gen -v n=23 -v seed=5 -v drop=4 -v unknown=1 >"$TMP/in.tsv"
	for g in "" year agency report agency,year report,year report,agency,year; do
		expect "$g" "$TMP/in.tsv" >"$TMP/want"
		if [ -n "$g" ]; then
			gipa sum -g "$g" "$TMP/in.tsv" >"$TMP/got" 2>/dev/null || true
		else
			gipa sum "$TMP/in.tsv" >"$TMP/got" 2>/dev/null || true
		fi
		diff "$TMP/want" "$TMP/got"
	done
	# the group columns in any order, key named or not: the same groups
	gipa sum -g year,agency "$TMP/in.tsv" >"$TMP/a" 2>/dev/null || true
	gipa sum -g key,agency,year,agency "$TMP/in.tsv" >"$TMP/b" 2>/dev/null || true
	cmp "$TMP/a" "$TMP/b"
}

@test "sum: -g report gives each report's own values back, meta.reports 1" {
	gen -v n=3 -v seed=9 >"$TMP/in.tsv"
	run_split gipa sum -g report,agency,year "$TMP/in.tsv"
	[ "$status" -eq 0 ]
	[ "$(grep -c "${T}meta.reports${T}1\$" <<<"$out")" -eq 3 ]
	# the input's value lines, labels left out, are the output's value lines
	diff <(grep -v -e "${T}meta.form${T}" -e "${T}meta.date${T}" "$TMP/in.tsv") \
		<(grep -v "${T}meta.reports${T}" <<<"$out")
}

@test "sum: decimals at the largest scale seen, exactly" {
	records 'a|A|2024|active.fees.amount|0.50' 'b|B|2024|active.fees.amount|0.50' \
		'a|A|2024|apply.new.total|1.25' 'b|B|2024|apply.new.total|0.5' \
		'a|A|2024|active.license.decisions|0.1' 'b|B|2024|active.license.decisions|0.2' \
		'c|C|2024|active.license.decisions|0.0000000001' \
		'a|A|2024|review.review.total|7' 'b|B|2024|review.review.total|0.000' \
		'a|A|2024|active.license.change|-8' 'b|B|2024|active.license.change|+3' >"$TMP/in.tsv"
	run_split gipa sum "$TMP/in.tsv"
	# 0.50+0.50 = 1.00; 1.25+0.5 = 1.75; 0.1+0.2 = 0.3 exactly (+1e-10);
	# 7 + 0.000 = 7.000; -8 + 3 = -5 (2019 signed key, where the 2019 form
	# prints it: just before 处理决定数量)
	[ "$(grep -v -e meta.reports -e meta.missing <<<"$out")" = "$(records \
		'*|*|*|active.license.change|-5' \
		'*|*|*|active.license.decisions|0.3000000001' \
		'*|*|*|active.fees.amount|1.00' \
		'*|*|*|apply.new.total|1.75' \
		'*|*|*|review.review.total|7.000')" ]
}

@test "sum: keys in schema order (each form its own), unknown keys after them in first-seen order" {
	records 'a|A|2024|z.second|1' 'a|A|2024|review.suit_after.total|1' \
		'a|A|2024|a.third|1' 'a|A|2024|apply.new.natural|1' \
		'a|A|2024|active.rules.issued|1' 'a|A|2024|meta.fee_yuan|1' \
		'a|A|2024|active.services.change|1' 'a|A|2024|meta.period|2024' >"$TMP/in.tsv"
	run_split gipa sum "$TMP/in.tsv"
	[ "$status" -eq 0 ]
	[ "$(cut -f4 <<<"$out" | tr '\n' ' ')" = "key meta.reports meta.fee_yuan active.rules.issued active.services.change apply.new.natural review.suit_after.total z.second a.third " ]
}

@test "sum: -H reads input without a header; without it, a first line that is not one is an error" {
	tail -n +2 "$D/small.tsv" >"$TMP/nohdr.tsv"
	gipa sum -g year "$D/small.tsv" >"$TMP/want"
	run_split gipa sum -H -g year "$TMP/nohdr.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$(cat "$TMP/want")" ]
	run_split gipa sum --no-header -g year <"$TMP/nohdr.tsv"
	[ "$out" = "$(cat "$TMP/want")" ]
	run_split gipa sum "$TMP/nohdr.tsv"
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-sum: $TMP/nohdr.tsv:1: not a gipa record header"* ]]
}

@test "sum: columns found by name, extra columns (gipa-extract -n) ignored" {
	{
		printf 'key\tvalue\tline\treport\tyear\tagency\n'
		printf 'apply.new.total\t3\t17\ta\t2024\tA\n'
		printf 'apply.new.total\t4\t18\tb\t2024\tB\n'
		printf 'apply.new.total\t5\t19\tc\t2023\tB\n'
	} >"$TMP/in.tsv"
	run_split gipa sum -g year "$TMP/in.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$(records '*|*|2024|meta.reports|2' '*|*|2024|apply.new.total|7' \
		'*|*|2023|meta.reports|1' '*|*|2023|apply.new.total|5')" ]
}

@test "sum: standard input, - and several files" {
	run_split gipa sum -g year <"$D/small.tsv"
	[ "$status" -eq 0 ]
	want="$out"
	head -9 "$D/small.tsv" >"$TMP/a.tsv"
	{ head -1 "$D/small.tsv"; tail -n +10 "$D/small.tsv"; } >"$TMP/b.tsv"
	run_split gipa sum -g year "$TMP/a.tsv" - <"$TMP/b.tsv"
	[ "$out" = "$want" ]
}

@test "sum: empty input gives the header line alone" {
	run_split gipa sum </dev/null
	[ "$status" -eq 0 ]
	[ "$out" = "$HDR" ]
	[ -z "$err" ]
	printf '%s\n' "$HDR" >"$TMP/h.tsv"
	run_split gipa sum -g year "$TMP/h.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "$HDR" ]
}

# ---- missing values --------------------------------------------------------

@test "sum: a key some reports lack is summed over the others and said" {
	# 5 reports, 2 years; 2 of the 3 of 2024 lack the whole row deny_secret,
	# 1 of 2024 lacks apply.new.legal, 2023 is complete.
	{
		printf '%s\n' "$HDR"
		for r in a b c; do
			for c in natural commercial research nonprofit legal other_org total; do
				[ "$r" != a ] && echo "$r|A|2024|apply.deny_secret.$c|1"
				[ "$r" = c ] && [ "$c" = legal ] && continue
				echo "$r|A|2024|apply.new.$c|2"
			done
		done | tr '|' '\t'
		for r in d e; do
			printf '%s\tB\t2023\tapply.new.legal\t3\n' "$r"
		done
	} >"$TMP/in.tsv"
	run_split gipa sum -g year "$TMP/in.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: year=2024: apply.new.legal: 1 of 3 reports have no value
gipa-sum: year=2024: apply.deny_secret.*: 1 of 3 reports have no value" ]
	# totals over the reports that have them: new.* 3*2 = 6 (legal 2*2 = 4),
	# deny_secret.* 2*1 = 2; 2023: legal 3+3 = 6
	[[ "$out" == *"*${T}*${T}2024${T}apply.new.legal${T}4"* ]]
	[[ "$out" == *"*${T}*${T}2024${T}apply.new.natural${T}6"* ]]
	[[ "$out" == *"*${T}*${T}2024${T}apply.deny_secret.total${T}2"* ]]
	[[ "$out" == *"*${T}*${T}2024${T}meta.missing.apply.new.legal${T}1"* ]]
	[[ "$out" == *"*${T}*${T}2024${T}meta.missing.apply.deny_secret.natural${T}1"* ]]
	[ "$(grep -c meta.missing <<<"$out")" -eq 8 ]
	[[ "$out" == *"*${T}*${T}2023${T}apply.new.legal${T}6"* ]]
	# a row whose keys lack different counts is said key by key
	records 'a|A|2024|apply.new.natural|1' 'a|A|2024|apply.new.total|1' \
		'b|A|2024|apply.new.natural|1' 'c|A|2024|review.review.total|1' >"$TMP/in2.tsv"
	run_split gipa sum "$TMP/in2.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: *: apply.new.natural: 1 of 3 reports have no value
gipa-sum: *: apply.new.total: 2 of 3 reports have no value
gipa-sum: *: review.review.total: 2 of 3 reports have no value" ]
}

# ---- bad input ---------------------------------------------------------------

@test "sum: bad lines are named, not counted, the rest is summed, exit 1" {
	{
		printf '%s\n' "$HDR"
		printf 'a\tA\t2024\tapply.new.total\t1\n'
		printf 'a\tA\t2024\tapply.new.natural\n'
		printf 'b\tB\t2024\tapply.new.total\tseven\n'
		printf 'c\tC\t2024\tapply.new.total\t4\r\n'
		printf 'd\tD\t2024\tapply.new.total\t1,000\n'
		printf 'e\tE\t2024\tapply.new.total\t2\textra\n'
		printf 'f\tF\t2024\tapply.new.total\t8\n'
		printf 'g\tG\t2024\tapply.new.total\t 5\n'
		printf 'h\tH\t2024\tapply.new.total\t5.\n'
		printf 'i\tI\t2024\tmeta.reports\t1.5\n'
		printf 'j\tJ\t2024\tmeta.missing.apply.new.total\t1\n'
	} >"$TMP/bad.tsv"
	run_split gipa sum "$TMP/bad.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: $TMP/bad.tsv:3: 4 fields where the header has 5, line skipped
gipa-sum: $TMP/bad.tsv:4: apply.new.total: value 'seven' is not a number, line skipped
gipa-sum: $TMP/bad.tsv:5: CR LF line end (convert with dos2unix), line skipped
gipa-sum: $TMP/bad.tsv:6: apply.new.total: value '1,000' is not a number, line skipped
gipa-sum: $TMP/bad.tsv:7: 6 fields where the header has 5, line skipped
gipa-sum: $TMP/bad.tsv:9: apply.new.total: value ' 5' is not a number, line skipped
gipa-sum: $TMP/bad.tsv:10: apply.new.total: value '5.' is not a number, line skipped
gipa-sum: $TMP/bad.tsv:11: meta.reports: '1.5' is not a whole number of reports, line skipped
gipa-sum: $TMP/bad.tsv:12: meta.missing.apply.new.total: no meta.reports before it in its group, line skipped" ]
	# good lines: a (1) and f (8): 2 reports, total 9; the others are not counted
	[ "$out" = "$(records '*|*|*|meta.reports|2' '*|*|*|apply.new.total|9')" ]
}

@test "sum: NUL, invalid UTF-8, long, empty lines and empty keys are named like every gipa reader" {
	{
		printf '\xEF\xBB\xBF%s\n' "$HDR"
		printf 'a\tA\t2024\tapply.new.total\t1\n'
		printf 'a\tA\t2024\tapply.new.natural\t1\0002\n'
		printf 'b\tB\xff\t2024\tapply.new.total\t1\n'
		printf 'a\tA\t2024\tapply.new.legal\t\xe4\xb8\n'
		printf '\n'
		printf 'c\tC\t2024\t\t1\n'
		printf 'd\tD\t2024\tapply.new.total\t'
		head -c 1100000 /dev/zero | tr '\0' 7
		printf '\n'
		printf 'e\t东区\t2024\tapply.new.total\t2'
	} >"$TMP/bad.tsv"
	run_split gipa sum "$TMP/bad.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: $TMP/bad.tsv:3: NUL byte, line skipped
gipa-sum: $TMP/bad.tsv:4: invalid UTF-8, line skipped
gipa-sum: $TMP/bad.tsv:5: invalid UTF-8, line skipped
gipa-sum: $TMP/bad.tsv:6: empty line, skipped
gipa-sum: $TMP/bad.tsv:7: empty key, line skipped
gipa-sum: $TMP/bad.tsv:8: line longer than 1 MiB, skipped" ]
	# a (1) and e (2, last line without LF): 2 reports, 3
	[ "$out" = "$(records '*|*|*|meta.reports|2' '*|*|*|apply.new.total|3')" ]
}

@test "sum: the same key twice for one report is named, not added twice" {
	records 'a|A|2024|apply.new.total|5' 'b|B|2024|apply.new.total|1' \
		'a|A|2024|apply.new.total|5' >"$TMP/in.tsv"
	run_split gipa sum "$TMP/in.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: $TMP/in.tsv:4: apply.new.total: second value for report a, line skipped" ]
	[ "$out" = "$(records '*|*|*|meta.reports|2' '*|*|*|apply.new.total|6')" ]
	# one file given twice: every line of the second copy
	run_split gipa sum "$D/small.tsv" "$D/small.tsv"
	[ "$status" -eq 1 ]
	# 6 + 6 + 7 summed lines in small.tsv (labels are not checked)
	[ "$(grep -c 'second value for report' <<<"$err")" -eq 19 ]
	gipa sum "$D/small.tsv" >"$TMP/once" 2>/dev/null || true
	[ "$out" = "$(cat "$TMP/once")" ]
}

@test "sum: a report whose records come back after many other reports is caught, not counted twice" {
	# a's records, 100 other reports, then a's again: a is no longer among
	# the reports whose keys are kept, only its fingerprint is
	{
		rows 'a|A|2024|apply.new.total|5' 'a|A|2024|apply.new.natural|2'
		for i in $(seq 1 100); do rows "r$i|R|2024|apply.new.total|1"; done
		rows 'a|A|2024|apply.new.total|5' 'a|A|2024|apply.new.natural|2'
		rows 'z|Z|2024|apply.new.total|7'
	} >"$TMP/body"
	{ printf '%s\n' "$HDR"; cat "$TMP/body"; } >"$TMP/in.tsv"
	run_split gipa sum -g year "$TMP/in.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: $TMP/in.tsv:104: report a came before, with other reports' records since (given twice, or records not in report order: see --unordered): its records from here are skipped
gipa-sum: year=2024: apply.new.natural: 101 of 102 reports have no value" ]
	# 102 reports: 5 + 100 + 7; natural only in a (101 reports lack it)
	[ "$out" = "$(records '*|*|2024|meta.reports|102' '*|*|2024|apply.new.natural|2' \
		'*|*|2024|apply.new.total|112' '*|*|2024|meta.missing.apply.new.natural|101')" ]
	# the same file twice: every report caught once, the totals those of one copy
	run_split gipa sum -g year "$TMP/in.tsv" "$TMP/in.tsv"
	[ "$status" -eq 1 ]
	# every report of the second copy named; a each time it comes back
	# (once in the first copy, twice in the second)
	[ "$(grep -c 'came before' <<<"$err")" -eq 104 ]
	[ "$(grep -c 'report a came before' <<<"$err")" -eq 3 ]
	[ "$(grep -o 'report [a-z0-9]* came before' <<<"$err" | sort -u | wc -l)" -eq 102 ]
	gipa sum -g year "$TMP/in.tsv" >"$TMP/once" 2>/dev/null || true
	[ "$out" = "$(cat "$TMP/once")" ]
}

@test "sum --forget: a report back after 64 others is counted again; within 64 still caught; not with --unordered" {
	# a, 100 other reports, a again: with --forget nothing of a is kept
	{
		rows 'a|A|2024|apply.new.total|5' 'a|A|2024|apply.new.natural|2'
		for i in $(seq 1 100); do rows "r$i|R|2024|apply.new.total|1"; done
		rows 'a|A|2024|apply.new.total|5' 'a|A|2024|apply.new.natural|2'
	} >"$TMP/body"
	{ printf '%s\n' "$HDR"; cat "$TMP/body"; } >"$TMP/in.tsv"
	run_split gipa sum -g year --forget "$TMP/in.tsv"
	[ "$status" -eq 1 ] # natural missing from the r reports
	[ "$err" = "gipa-sum: year=2024: apply.new.natural: 100 of 102 reports have no value" ]
	# a counted twice: 102 reports, 5 + 100 + 5, natural 2 + 2
	[ "$out" = "$(records '*|*|2024|meta.reports|102' '*|*|2024|apply.new.natural|4' \
		'*|*|2024|apply.new.total|110' '*|*|2024|meta.missing.apply.new.natural|100')" ]
	# back after 10 others: its keys are still kept, so still caught
	{
		printf '%s\n' "$HDR"
		rows 'a|A|2024|apply.new.total|5'
		for i in $(seq 1 10); do rows "r$i|R|2024|apply.new.total|1"; done
		rows 'a|A|2024|apply.new.total|5'
	} >"$TMP/near.tsv"
	run_split gipa sum --forget "$TMP/near.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: $TMP/near.tsv:13: apply.new.total: second value for report a, line skipped" ]
	[ "$out" = "$(records '*|*|*|meta.reports|11' '*|*|*|apply.new.total|15')" ]
	run_split gipa sum --forget --unordered "$TMP/in.tsv"
	[ "$status" -eq 2 ]
	[ "$out" = "" ]
	[ "$err" = "gipa-sum: --forget and --unordered cannot be used together (--unordered keeps every report's keys)
Try 'gipa-sum --help' for more information." ]
}

@test "sum: records sorted by key: refused report by report, summed with --unordered" {
	for i in $(seq 1 100); do
		rows "r$i|R|2024|apply.new.total|$i" "r$i|R|2024|apply.new.natural|1"
	done >"$TMP/body"
	{ printf '%s\n' "$HDR"; cat "$TMP/body"; } >"$TMP/in.tsv"
	{ printf '%s\n' "$HDR"; sort -t "$(printf '\t')" -k4,4 -k1,1 "$TMP/body"; } >"$TMP/sorted.tsv"
	gipa sum -g year "$TMP/in.tsv" >"$TMP/want"
	run_split gipa sum -g year --unordered "$TMP/sorted.tsv"
	[ "$status" -eq 0 ]
	[ -z "$err" ]
	[ "$out" = "$(cat "$TMP/want")" ]
	# without it: each report's second run of records is named and skipped
	run_split gipa sum -g year "$TMP/sorted.tsv"
	[ "$status" -eq 1 ]
	[ "$(grep -c 'came before' <<<"$err")" -ge 36 ]
	[[ "$err" == *"(given twice, or records not in report order: see --unordered): its records from here are skipped"* ]]
	# --unordered still catches a value given twice
	run_split gipa sum --unordered "$TMP/sorted.tsv" "$TMP/in.tsv"
	[ "$status" -eq 1 ]
	[ "$(grep -c 'second value for report' <<<"$err")" -eq 200 ]
}

@test "sum: groups of gipa-sum outputs come back after many others and merge" {
	# 80 one-report parts summed by report: 80 groups, then the same 80
	# groups' parts again as a second output; by year they are 2 outputs
	# of 80 reports each, every group opening with its meta.reports
	for i in $(seq 1 80); do rows "r$i|R|2024|apply.new.total|$i"; done >"$TMP/body"
	{ printf '%s\n' "$HDR"; cat "$TMP/body"; } >"$TMP/a.tsv"
	gipa sum -g report "$TMP/a.tsv" >"$TMP/a.sum"
	gipa sum -g report "$TMP/a.sum" "$TMP/a.sum" >"$TMP/twice"
	run_split gipa sum -g year "$TMP/twice"
	[ "$status" -eq 0 ]
	[ -z "$err" ]
	# each part stands for its reports: summed twice on purpose, counted twice
	[ "$out" = "$(records '*|*|*|meta.reports|160' '*|*|*|apply.new.total|6480')" ]
}

@test "sum: a sum past 2^63-1 is an error naming the key, exit 2; other totals are written" {
	records 'a|A|2024|apply.new.total|9223372036854775807' 'a|A|2024|apply.new.natural|1' \
		'b|B|2024|apply.new.total|1' 'b|B|2024|apply.new.natural|2' >"$TMP/in.tsv"
	run_split gipa sum -g year "$TMP/in.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: $TMP/in.tsv:4: year=2024: apply.new.total: sum past 9223372036854775807, no total written" ]
	[ "$out" = "$(records '*|*|2024|meta.reports|2' '*|*|2024|apply.new.natural|3')" ]
	# exactly 2^63-1 is fine
	records 'a|A|2024|apply.new.total|9223372036854775806' 'b|B|2024|apply.new.total|1' >"$TMP/max.tsv"
	run_split gipa sum "$TMP/max.tsv"
	[ "$status" -eq 0 ]
	[[ "$out" == *"apply.new.total${T}9223372036854775807" ]]
	# downwards, and in decimals (the limit at that scale)
	records 'a|A|2024|active.license.change|-9223372036854775807' \
		'b|B|2024|active.license.change|-2' \
		'a|A|2024|active.fees.amount|92233720368547758.07' \
		'b|B|2024|active.fees.amount|0.01' >"$TMP/neg.tsv"
	run_split gipa sum "$TMP/neg.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: $TMP/neg.tsv:3: *: active.license.change: sum below -9223372036854775808, no total written
gipa-sum: $TMP/neg.tsv:5: *: active.fees.amount: sum past 92233720368547758.07, no total written" ]
	[ "$out" = "$(records '*|*|*|meta.reports|2')" ]
	# one value too large to hold
	records 'a|A|2024|apply.new.total|9223372036854775808' 'b|B|2024|apply.new.total|1' >"$TMP/big.tsv"
	run_split gipa sum "$TMP/big.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: $TMP/big.tsv:2: *: apply.new.total: value 9223372036854775808 does not fit in 64 bits (18 decimals at most), no total written" ]
	[ "$out" = "$(records '*|*|*|meta.reports|2')" ]
}

@test "sum: unreadable files and directories: exit 2, the other files still summed" {
	run_split gipa sum "$TMP/nonexistent.tsv" "$D/small.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: $TMP/nonexistent.tsv: No such file or directory
gipa-sum: *: x.local.note: 2 of 3 reports have no value" ]
	[[ "$out" == *"meta.reports${T}3"* ]]
	run_split gipa sum "$TMP"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: $TMP: Is a directory" ]
	if [ "$(id -u)" != 0 ]; then
		cp "$D/small.tsv" "$TMP/locked.tsv"
		chmod 000 "$TMP/locked.tsv"
		run_split gipa sum "$TMP/locked.tsv"
		[ "$status" -eq 2 ]
		[ "$err" = "gipa-sum: $TMP/locked.tsv: Permission denied" ]
	fi
}

@test "sum: bad usage exits 2 with a hint" {
	for args in "-g value" "-g report,nope" "-g ''" "-x" "--bogus" "-g" "--group"; do
		eval "run_split gipa sum $args" </dev/null
		[ "$status" -eq 2 ]
		[[ "$err" == *"Try 'gipa-sum --help' for more information." ]]
	done
	run_split gipa sum -g value </dev/null
	[[ "$err" == "gipa-sum: -g: cannot group by 'value' (use report, agency, year)"* ]]
	[ -z "$out" ]
}

@test "sum: output closed early or full: quiet exit or one message" {
	gen -v n=300 -v seed=3 >"$TMP/in.tsv"
	gipa sum -g report "$TMP/in.tsv" 2>"$TMP/err" | head -1 >"$TMP/first"
	[ "$(cat "$TMP/first")" = "$HDR" ]
	[ ! -s "$TMP/err" ]
	gipa sum -g report "$TMP/in.tsv" >/dev/full 2>"$TMP/err" && s=0 || s=$?
	[ "$s" -eq 2 ]
	[ "$(cat "$TMP/err")" = "gipa-sum: write error: No space left on device" ]
}

# ---- mergeable ---------------------------------------------------------------

# Three parts of a corpus: a (some reports lack deny_secret), b (an unknown
# key), c (no fee amount at all: a key absent from a whole part).
make_parts() {
	gen -v n=9 -v seed=1 -v name=a -v drop=4 >"$TMP/a.tsv"
	gen -v n=7 -v seed=2 -v name=b -v unknown=1 -v years=2 >"$TMP/b.tsv"
	gen -v n=5 -v seed=3 -v name=c -v nofees=1 -v drop=2 >"$TMP/c.tsv"
}

@test "sum: summing the concatenated outputs equals summing the inputs" {
	make_parts
	for g in "" year agency agency,year report,agency,year; do
		opt=()
		[ -n "$g" ] && opt=(-g "$g")
		# directly, and checked against awk
		gipa sum "${opt[@]}" "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" >"$TMP/direct" 2>"$TMP/direct.err" && s=0 || s=$?
		expect "$g" "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" | diff - "$TMP/direct"
		# in parts, then the parts' outputs concatenated on stdin
		for p in a b c; do
			gipa sum "${opt[@]}" "$TMP/$p.tsv" >"$TMP/$p.sum" 2>/dev/null || true
		done
		cat "$TMP/a.sum" "$TMP/b.sum" "$TMP/c.sum" | gipa sum "${opt[@]}" >"$TMP/merged" 2>"$TMP/merged.err" && m=0 || m=$?
		diff "$TMP/direct" "$TMP/merged"
		diff "$TMP/direct.err" "$TMP/merged.err"
		[ "$s" -eq "$m" ]
		# as files, in another order, nested: ((c + a) + b)
		gipa sum "${opt[@]}" "$TMP/c.sum" "$TMP/a.sum" >"$TMP/ca.sum" 2>/dev/null || true
		gipa sum "${opt[@]}" "$TMP/ca.sum" "$TMP/b.sum" >"$TMP/nested" 2>"$TMP/nested.err" || true
		gipa sum "${opt[@]}" "$TMP/c.tsv" "$TMP/a.tsv" "$TMP/b.tsv" >"$TMP/direct2" 2>"$TMP/direct2.err" || true
		diff "$TMP/direct2" "$TMP/nested"
		diff "$TMP/direct2.err" "$TMP/nested.err"
	done
	# the counts the merge carries: 21 reports; the fee amount lacks c's 5
	grep -q "^\*${T}\*${T}\*${T}meta.reports${T}21\$" <(gipa sum "$TMP/a.sum" "$TMP/b.sum" "$TMP/c.sum" 2>/dev/null)
	run_split gipa sum "$TMP/a.sum" "$TMP/b.sum" "$TMP/c.sum"
	[[ "$err" == *"gipa-sum: *: active.fees.amount: 5 of 21 reports have no value"* ]]
}

@test "sum: partial sums by report merge into totals by year" {
	make_parts
	gipa sum -g year "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" >"$TMP/direct" 2>"$TMP/direct.err" || true
	for p in a b c; do
		gipa sum -g report,agency,year "$TMP/$p.tsv" >"$TMP/$p.sum" 2>/dev/null || true
	done
	gipa sum -g year "$TMP/a.sum" "$TMP/b.sum" "$TMP/c.sum" >"$TMP/merged" 2>"$TMP/merged.err" || true
	diff "$TMP/direct" "$TMP/merged"
	diff "$TMP/direct.err" "$TMP/merged.err"
	# and a partial without -H input, summed again with -H
	tail -n +2 "$TMP/a.sum" >"$TMP/a.nohdr"
	gipa sum -g year "$TMP/a.tsv" >"$TMP/a.direct" 2>/dev/null || true
	gipa sum -H -g year "$TMP/a.nohdr" >"$TMP/a.merged" 2>/dev/null || true
	diff "$TMP/a.direct" "$TMP/a.merged"
}

@test "sum: interleaved outputs: totals right, the doubtful missing counts said" {
	make_parts
	gipa sum "$TMP/a.tsv" >"$TMP/a.sum" 2>/dev/null || true
	gipa sum "$TMP/b.tsv" >"$TMP/b.sum" 2>/dev/null || true
	# a's header, meta.reports and 5 keys; then all of b; then the rest of a
	{ head -7 "$TMP/a.sum"; tail -n +2 "$TMP/b.sum"; tail -n +8 "$TMP/a.sum"; } >"$TMP/mixed"
	run_split gipa sum "$TMP/mixed"
	[ "$status" -eq 1 ]
	n=$(($(wc -l <"$TMP/b.sum") + 7))
	[[ "$err" == "gipa-sum: $TMP/mixed:$n: active.normative.issued: second value in one group of a gipa-sum output (outputs interleaved?): missing-value counts may be wrong"* ]]
	gipa sum "$TMP/a.tsv" "$TMP/b.tsv" 2>/dev/null | grep -v meta.missing >"$TMP/want" || true
	diff "$TMP/want" <(grep -v meta.missing <<<"$out")
}

@test "sum: parallel runs over parts and one final gipa-sum give the sequential totals" {
	make_parts
	gipa sum -g year "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" >"$TMP/seq" 2>/dev/null || true
	printf '%s\n' "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" |
		xargs -P 3 -n 1 "$GIPA_BIN/gipa-sum" -g year -- 2>/dev/null >"$TMP/parts" || true
	gipa sum -g year "$TMP/parts" >"$TMP/par" 2>/dev/null || true
	# the parts finish in any order: compare with groups in the same order
	gipa sum -s -g year "$TMP/seq" >"$TMP/seq.s" 2>/dev/null || true
	gipa sum -s -g year "$TMP/par" >"$TMP/par.s" 2>/dev/null || true
	diff "$TMP/seq.s" "$TMP/par.s"
	gipa sum -s -g year "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" 2>/dev/null | diff "$TMP/seq.s" - || true
	diff <(gipa sum -s -g year "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" 2>/dev/null) "$TMP/par.s"
}

@test "sum: the man page's parallel recipe gives the sequential totals" {
	command -v parallel >/dev/null || skip "GNU parallel not installed"
	make_parts
	for i in 1 2 3 4; do
		gen -v n=3 -v seed="$i" -v name="d$i" >"$TMP/d$i.tsv"
	done
	gipa sum -s -g year "$TMP"/*.tsv >"$TMP/seq" 2>"$TMP/seq.err" || true
	find "$TMP" -name '*.tsv' | sort |
		parallel -n 2 -j 3 "'$GIPA_BIN/gipa-sum' -g year {} 2>/dev/null" |
		gipa sum -s -g year >"$TMP/par" 2>"$TMP/par.err" || true
	diff "$TMP/seq" "$TMP/par"
	diff "$TMP/seq.err" "$TMP/par.err"
}

# ---- --check -------------------------------------------------------------------

@test "sum: --check is quiet when the identities hold" {
	gen -v n=11 -v seed=4 >"$TMP/in.tsv"
	run_split gipa sum --check "$TMP/in.tsv"
	[ "$status" -eq 0 ]
	[ -z "$err" ]
	run_split gipa sum --check -g agency,year "$TMP/in.tsv"
	[ "$status" -eq 0 ]
	[ -z "$err" ]
	# the totals are the same with and without --check
	[ "$out" = "$(gipa sum -g agency,year "$TMP/in.tsv")" ]
}

# The total of one key over a file, by awk.
tot() {
	awk -F'\t' -v k="$1" '$4 == k { s += $5 } END { print s + 0 }' "$2"
}

@test "sum: --check names broken identities I1-I4 as gipa-extract does" {
	gen -v n=4 -v seed=8 -v years=1 >"$TMP/ok.tsv"
	# plant: carried.natural +1 (breaks I1 natural and I3 carried);
	# granted.research and granted.total +1 (I2 research and total; I3 holds);
	# review.suit_direct.total +2 (I4 suit_direct)
	awk -F'\t' -v OFS='\t' '
		$1 == "r-1.txt" && $4 == "apply.carried.natural" { $5 += 1 }
		$1 == "r-2.txt" && ($4 == "apply.granted.research" || $4 == "apply.granted.total") { $5 += 1 }
		$1 == "r-3.txt" && $4 == "review.suit_direct.total" { $5 += 2 }
		{ print }' "$TMP/ok.tsv" >"$TMP/in.tsv"
	f="$TMP/in.tsv"
	i1l=$(($(tot apply.new.natural "$f") + $(tot apply.carried.natural "$f")))
	i1r=$(($(tot apply.total.natural "$f") + $(tot apply.carry_next.natural "$f")))
	i2=""
	for c in research total; do
		s=0
		for r in granted partial deny_secret deny_lawban deny_safety deny_third deny_internal \
			deny_process deny_enforce deny_query unable_nohold unable_create unable_unclear \
			noproc_petition noproc_repeat noproc_publication noproc_massive noproc_confirm \
			other_nocorrect other_nofee other_misc; do
			s=$((s + $(tot "apply.$r.$c" "$f")))
		done
		i2="$i2${i2:+
}gipa-sum: *: apply I2 outcomes: $c: 总计 $(tot "apply.total.$c" "$f") ≠ sum $s"
	done
	s=0
	for c in natural commercial research nonprofit legal other_org; do
		s=$((s + $(tot "apply.carried.$c" "$f")))
	done
	i3="gipa-sum: *: apply I3 row total: carried: 总计 $(tot apply.carried.total "$f") ≠ sum $s"
	s=0
	for c in upheld corrected other pending; do
		s=$((s + $(tot "review.suit_direct.$c" "$f")))
	done
	i4="gipa-sum: *: review I4: suit_direct: 总计 $(tot review.suit_direct.total "$f") ≠ sum $s"
	run_split gipa sum --check "$f"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: *: apply I1 balance: natural: 新收+结转 $i1l ≠ 办理+结转下年 $i1r
$i2
$i3
$i4" ]
	# grouped: the group is named; only the year holding the planted reports breaks
	gen -v n=2 -v seed=8 -v years=1 -v name=other >"$TMP/y.tsv"
	sed 's/\t2022\t/\t2021\t/' "$TMP/y.tsv" | tail -n +2 >>"$f"
	run_split gipa sum --check -g year "$f"
	[ "$status" -eq 1 ]
	[ "$err" = "$(sed 's/^gipa-sum: \*:/gipa-sum: year=2022:/' <<<"gipa-sum: *: apply I1 balance: natural: 新收+结转 $i1l ≠ 办理+结转下年 $i1r
$i2
$i3
$i4")" ]
	# without --check nothing is said and the exit status is 0
	run_split gipa sum -g year "$f"
	[ "$status" -eq 0 ]
	[ -z "$err" ]
}

@test "sum: --check checks the 2019 form's outcome rows where the group has them" {
	# a 2019-form group: apply.other.* in place of the three other_* rows
	gen -v n=3 -v seed=6 -v years=1 >"$TMP/g.tsv"
	awk -F'\t' -v OFS='\t' '
		$4 ~ /^apply\.other_(nocorrect|nofee|misc)\./ {
			c = $4; sub(/.*\./, "", c); o[$1, c] += $5
			if ($4 ~ /other_misc/) { $4 = "apply.other." c; $5 = o[$1, c]; print }
			next
		}
		{ print }' "$TMP/g.tsv" >"$TMP/in19.tsv"
	! grep -q other_misc "$TMP/in19.tsv"
	grep -q "apply.other.total" "$TMP/in19.tsv"
	run_split gipa sum --check "$TMP/in19.tsv"
	[ "$status" -eq 0 ]
	[ -z "$err" ]
	# break the 2019 row: I2 (outcomes) and I3 (row other) say so
	awk -F'\t' -v OFS='\t' '$1 == "r-0.txt" && $4 == "apply.other.legal" { $5 += 1 } { print }' \
		"$TMP/in19.tsv" >"$TMP/bad19.tsv"
	run_split gipa sum --check "$TMP/bad19.tsv"
	[ "$status" -eq 1 ]
	[[ "$err" == *"apply I2 outcomes: legal: 总计 "* ]]
	[[ "$err" == *"apply I3 row total: other: 总计 "* ]]
	[ "$(wc -l <<<"$err")" -eq 2 ]
}

# ---- determinism ---------------------------------------------------------------

@test "sum: output is byte-identical across runs" {
	make_parts
	for opts in "" "-g year" "-s -g agency,year" "-g report --check"; do
		gipa sum $opts "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" >"$TMP/1" 2>"$TMP/1.err" || true
		gipa sum $opts "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" >"$TMP/2" 2>"$TMP/2.err" || true
		LC_ALL=C gipa sum $opts "$TMP/a.tsv" "$TMP/b.tsv" "$TMP/c.tsv" >"$TMP/3" 2>"$TMP/3.err" || true
		cmp "$TMP/1" "$TMP/2"
		cmp "$TMP/1" "$TMP/3"
		cmp "$TMP/1.err" "$TMP/2.err"
		cmp "$TMP/1.err" "$TMP/3.err"
	done
}
