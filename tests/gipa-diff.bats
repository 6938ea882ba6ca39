#!/usr/bin/env bats
# gipa-diff: year-over-year comparison.  The fixtures in tests/data/diff are
# hand-written record files; every expected delta and percent below was
# worked out by hand from them (the arithmetic is in the comments).

load helper

D="$TESTS_DIR/data/diff"
T=$'\t'
HDR="report${T}agency${T}year${T}key${T}value"

setup() {
	TMP="$(mktemp -d)"
}

teardown() {
	rm -rf "$TMP"
}

# Lines of $1 given as "a|b|c" rows, turned into TSV.
tsv() {
	printf '%s\n' "$@" | tr '|' '\t'
}

@test "diff: --help and --version" {
	run_split gipa diff --help
	[ "$status" -eq 0 ]
	[[ "$out" == *"Usage: gipa-diff [OPTION]... OLD NEW"* ]]
	[[ "$out" == *"--min-pct"* ]]
	run_split gipa diff --version
	[ "$status" -eq 0 ]
	[[ "$out" == "gipa-diff (gipa) "* ]]
}

@test "diff: two years, hand-computed deltas and percents" {
	run_split gipa diff "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 1 ]
	# 攀枝花市西区卫生健康局 (NEW) = 西区卫生健康局 (OLD), place prefix 攀枝花市:
	#   normative.issued 2→3: +1, 1/2 = 50.0%; repealed 1→0: −1, −100.0%;
	#   normative.valid 10→12: +2, 20.0%; license 120→612: +492, 492/120 = 410.0%;
	#   penalty 8→6: −2, −25.0%; fees 3.54→4.1: +0.56, 0.56/3.54 = 15.819…% → 15.8;
	#   new.* 5→7: +2, 40.0%; carried.* 0→2, 0→3: no percent from 0;
	#   granted.* 2→6: +4, 200.0%; total.natural 2→8: +6, 300.0%;
	#   total.total 2→9: +7, 350.0%; carry_next.* 3→1: −2, −66.67 → −66.7.
	#   meta.form and meta.date label the report: not compared.
	# 东区教育局: active_items 30→45: +15, 50.0%; fees 1.50 = 1.5 (unchanged);
	#   blank→0 is a change without delta; review.review.total only OLD,
	#   review.suit_direct.total only NEW; x.local.note (not a schema key) last.
	# 米易县民政局 only NEW; 盐边县司法局 12→0: −12, −100.0%;
	# 仁和区财政局 only OLD: written last.
	expected="$(tsv \
		'agency|key|old|new|delta|pct' \
		'攀枝花市西区卫生健康局|active.normative.issued|2|3|1|50.0' \
		'攀枝花市西区卫生健康局|active.normative.repealed|1|0|-1|-100.0' \
		'攀枝花市西区卫生健康局|active.normative.valid|10|12|2|20.0' \
		'攀枝花市西区卫生健康局|active.license.decisions|120|612|492|410.0' \
		'攀枝花市西区卫生健康局|active.penalty.decisions|8|6|-2|-25.0' \
		'攀枝花市西区卫生健康局|active.fees.amount|3.54|4.1|0.56|15.8' \
		'攀枝花市西区卫生健康局|apply.new.natural|5|7|2|40.0' \
		'攀枝花市西区卫生健康局|apply.new.total|5|7|2|40.0' \
		'攀枝花市西区卫生健康局|apply.carried.natural|0|2|2|' \
		'攀枝花市西区卫生健康局|apply.carried.total|0|3|3|' \
		'攀枝花市西区卫生健康局|apply.granted.natural|2|6|4|200.0' \
		'攀枝花市西区卫生健康局|apply.granted.total|2|6|4|200.0' \
		'攀枝花市西区卫生健康局|apply.total.natural|2|8|6|300.0' \
		'攀枝花市西区卫生健康局|apply.total.total|2|9|7|350.0' \
		'攀枝花市西区卫生健康局|apply.carry_next.natural|3|1|-2|-66.7' \
		'攀枝花市西区卫生健康局|apply.carry_next.total|3|1|-2|-66.7' \
		'东区教育局|meta.active_items|30|45|15|50.0' \
		'东区教育局|apply.new.natural||0||' \
		'东区教育局|apply.carry_next.natural||0||' \
		'东区教育局|review.review.total|4|||' \
		'东区教育局|review.suit_direct.total||2||' \
		'东区教育局|x.local.note|a|b||' \
		'米易县民政局|apply.new.total||2||' \
		'盐边县司法局|apply.new.natural|12|0|-12|-100.0' \
		'盐边县司法局|apply.new.total|12|0|-12|-100.0' \
		'仁和区财政局|apply.new.total|4|||' \
		'仁和区财政局|apply.carry_next.total|1|||')"
	[ "$out" = "$expected" ]
}

@test "diff: pairing note, X1 message and the further findings on stderr" {
	run_split gipa diff "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 1 ]
	expected="gipa-diff: note: paired agency 西区卫生健康局 (OLD) with 攀枝花市西区卫生健康局 (NEW): the same name but for a place prefix
gipa-diff: 攀枝花市西区卫生健康局: carried.natural 2 ≠ last year's carry_next.natural 3
gipa-diff: 攀枝花市西区卫生健康局: warning: normative.valid 12 ≠ last year's normative.valid 10 + issued 3 − repealed 0 = 13 [X3]
gipa-diff: 攀枝花市西区卫生健康局: warning: table review is identical to last year's in all 2 non-zero cells (copied from last year's report?) [H1]
gipa-diff: 攀枝花市西区卫生健康局: warning: active.license.decisions 120 → 612 (×5.1) [H2]
gipa-diff: 东区教育局: warning: table active is identical to last year's in its only non-zero cell (copied from last year's report?) [H1]
gipa-diff: 盐边县司法局: warning: every value is 0 or blank, after 2 non-zero values last year [H3]"
	[ "$err" = "$expected" ]
}

@test "diff: --check writes the findings as TSV, notes included" {
	run_split gipa diff --check "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 1 ] # X1 is broken
	expected="$(tsv \
		'agency|check|level|key|expected|found|message' \
		"攀枝花市西区卫生健康局|X1|error|apply.carried.natural|3|2|carried.natural 2 ≠ last year's carry_next.natural 3" \
		"攀枝花市西区卫生健康局|X3|warning|active.normative.valid|13|12|normative.valid 12 ≠ last year's normative.valid 10 + issued 3 − repealed 0 = 13" \
		"攀枝花市西区卫生健康局|H1|warning|review.*|2|2|table review is identical to last year's in all 2 non-zero cells (copied from last year's report?)" \
		"攀枝花市西区卫生健康局|H2|warning|active.license.decisions|120|612|active.license.decisions 120 → 612 (×5.1)" \
		"东区教育局|X1|note|apply.carried.natural||0|carried.natural 0 = last year's carry_next.natural blank only with blank read as 0" \
		"东区教育局|H1|warning|active.*|1|1|table active is identical to last year's in its only non-zero cell (copied from last year's report?)" \
		"盐边县司法局|H3|warning|*|2|0|every value is 0 or blank, after 2 non-zero values last year")"
	[ "$out" = "$expected" ]
	# Only the pairing note stays on stderr.
	[ "$err" = "gipa-diff: note: paired agency 西区卫生健康局 (OLD) with 攀枝花市西区卫生健康局 (NEW): the same name but for a place prefix" ]
}

@test "diff: --check without broken identity exits 0 even with differences" {
	run_split gipa diff --check "$D/jump-old.tsv" "$D/jump-new.tsv"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$out" | cut -f2,3 | sort | uniq -c | awk '{print $1, $2, $3}')" = "3 H2 warning
1 check level" ]
}

@test "diff: identical inputs: header only, exit 0, checks skipped for same year" {
	run_split gipa diff "$D/old.tsv" "$D/old.tsv"
	[ "$status" -eq 0 ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	[ "$err" = "gipa-diff: note: cross-year checks skipped for 4 paired agencies whose years are not consecutive (西区卫生健康局 2023 → 2023)" ]
}

@test "diff: no value changed but X1 broken: exit 1" {
	# carried 1 this year, but last year carried 2 over (natural and total).
	run_split gipa diff "$D/carry-old.tsv" "$D/carry-new.tsv"
	[ "$status" -eq 1 ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	[[ "$err" == *"gipa-diff: 仁和区审计局: carried.natural 1 ≠ last year's carry_next.natural 2"* ]]
	[[ "$err" == *"gipa-diff: 仁和区审计局: carried.total 1 ≠ last year's carry_next.total 2"* ]]
	[[ "$err" == *"table apply is identical to last year's in all 6 non-zero cells"*"[H1]"* ]]
}

@test "diff: X1 holds: no message; filtered-out changes do not count" {
	tsv "$HDR" 'a|甲局|2023|apply.new.total|3' 'a|甲局|2023|apply.carry_next.total|2' >"$TMP/o"
	tsv "$HDR" 'b|甲局|2024|apply.new.total|4' 'b|甲局|2024|apply.carried.total|2' \
		'b|甲局|2024|apply.carry_next.total|2' >"$TMP/n"
	run_split gipa diff --keys 'apply.carry_next.*' "$TMP/o" "$TMP/n"
	[ "$status" -eq 0 ]
	[ "$err" = "" ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	# 3→4 is +1 < 2: left out; carried.total is NEW only (no delta): kept.
	run_split gipa diff --min-delta 2 "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '甲局|apply.carried.total||2||')" ]
	run_split gipa diff --min-delta 2 -k 'apply.new.*' "$TMP/o" "$TMP/n"
	[ "$status" -eq 0 ]
}

@test "diff: H2 jumps: ×5 either way, 10 and up, from 0" {
	run_split gipa diff "$D/jump-old.tsv" "$D/jump-new.tsv"
	[ "$status" -eq 1 ]
	# license 2→9: under 10, ignored; penalty 0→10: from 0; coercion 50→10: ÷5.0;
	# new.natural 3→15: ×5.0; new.total 12→59: 59 < 60, not ×5.
	# X3 holds: rules 4+1−0 = 5, normative 30+6−1 = 35.
	expected="gipa-diff: 东区市场监督管理局: warning: active.penalty.decisions 0 → 10 (from 0) [H2]
gipa-diff: 东区市场监督管理局: warning: active.coercion.decisions 50 → 10 (÷5.0) [H2]
gipa-diff: 东区市场监督管理局: warning: apply.new.natural 3 → 15 (×5.0) [H2]"
	[ "$err" = "$expected" ]
	# 47/12 = 3.91666… → 391.7; 5/30 → 16.7
	[[ "$out" == *"apply.new.total${T}12${T}59${T}47${T}391.7"* ]]
	[[ "$out" == *"active.normative.valid${T}30${T}35${T}5${T}16.7"* ]]
}

@test "diff: X2 on the 2019 form (prev_items = last year's prev_items + change)" {
	run_split gipa diff "$D/x2-old.tsv" "$D/x2-new.tsv"
	[ "$status" -eq 1 ]
	# license 40 + (−8) = 32 holds; fees 3 + 0 = 3 but 4 printed.
	[ "$err" = "gipa-diff: 盐边县人民政府办公室: warning: fees.prev_items 4 ≠ last year's fees.prev_items 3 + change 0 = 3 [X2]" ]
	# change −8 → 2: +10, 10/−8 = −125.0%
	[[ "$out" == *"active.license.change${T}-8${T}2${T}10${T}-125.0"* ]]
}

@test "diff: -a writes unchanged keys with delta 0" {
	run_split gipa diff -a --keys 'apply.new.*' "$D/carry-old.tsv" "$D/carry-new.tsv"
	[ "$status" -eq 1 ] # X1
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '仁和区审计局|apply.new.total|5|5|0|0.0')" ]
}

@test "diff: --keys globs, comma list and repeated; --min-pct keeps changes from 0" {
	run_split gipa diff --keys 'apply.*.total' --min-pct 50 "$D/old.tsv" "$D/new.tsv"
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		'攀枝花市西区卫生健康局|apply.carried.total|0|3|3|' \
		'攀枝花市西区卫生健康局|apply.granted.total|2|6|4|200.0' \
		'攀枝花市西区卫生健康局|apply.total.total|2|9|7|350.0' \
		'攀枝花市西区卫生健康局|apply.carry_next.total|3|1|-2|-66.7' \
		'米易县民政局|apply.new.total||2||' \
		'盐边县司法局|apply.new.total|12|0|-12|-100.0' \
		'仁和区财政局|apply.new.total|4|||' \
		'仁和区财政局|apply.carry_next.total|1|||')"
	[ "$out" = "$expected" ]
	run_split gipa diff --keys 'active.fees.*,meta.*' -k 'x.*' "$D/old.tsv" "$D/new.tsv"
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		'攀枝花市西区卫生健康局|meta.date|2024-01-20|2025-01-10||' \
		'攀枝花市西区卫生健康局|active.fees.amount|3.54|4.1|0.56|15.8' \
		'东区教育局|meta.active_items|30|45|15|50.0' \
		'东区教育局|x.local.note|a|b||')"
	[ "$out" = "$expected" ]
}

@test "diff: --min-pct compares the printed percent" {
	# 3.54 → 4.1 is 15.8 %: kept at 15.8, dropped at 15.9.
	run_split gipa diff -k active.fees.amount --min-pct 15.8 "$D/old.tsv" "$D/new.tsv"
	[[ "$out" == *"active.fees.amount"* ]]
	run_split gipa diff -k active.fees.amount --min-pct 15.9 "$D/old.tsv" "$D/new.tsv"
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
}

@test "diff: ambiguous place prefixes are not paired, and said so" {
	run_split gipa diff "$D/ambiguous-old.tsv" "$D/ambiguous-new.tsv"
	[ "$status" -eq 1 ]
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		'攀枝花市西区卫生健康局|apply.new.total||1||' \
		'攀枝花市东区卫生健康局|apply.new.total||1||' \
		'西区卫生健康局|apply.new.total|1|||' \
		'东区卫生健康局|apply.new.total|1|||' \
		'卫生健康局|apply.new.total|1|||')"
	[ "$out" = "$expected" ]
	[[ "$err" == *"not pairing agency 西区卫生健康局 (OLD) with 攀枝花市西区卫生健康局 (NEW): ambiguous"*"--names"* ]]
	[ "$(grep -c 'not pairing' <<<"$err")" -eq 4 ]
}

@test "diff: --names decides (names normalised as the agency column is)" {
	run_split gipa diff --names "$D/names.tsv" "$D/ambiguous-old.tsv" "$D/ambiguous-new.tsv"
	[ "$status" -eq 1 ]
	# 1 → 1 twice: unchanged; only the unmapped 东区卫生健康局 remains.
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '东区卫生健康局|apply.new.total|1|||')" ]
	[[ "$err" != *"pair"* ]]
}

@test "diff: --names wins over an exact name; unknown names are noted" {
	tsv "$HDR" 'a|甲局|2023|apply.new.total|1' 'a|乙局|2023|apply.new.total|5' >"$TMP/o"
	tsv "$HDR" 'a|乙局|2024|apply.new.total|2' >"$TMP/n"
	printf '甲局\t乙局\n丙局\t丁局\n' >"$TMP/map"
	run_split gipa diff --names "$TMP/map" "$TMP/o" "$TMP/n"
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '乙局|apply.new.total|1|2|1|100.0' '乙局|apply.new.total|5|||')" ]
	[[ "$err" == *"map:2: note: 丙局 is not in OLD"* ]]
	[[ "$err" == *"OLD agency 乙局 is not paired by its name: --names maps 甲局 to it"* ]]
}

@test "diff: bad --names file is trouble" {
	printf 'only-one-column\n' >"$TMP/map"
	run_split gipa diff --names "$TMP/map" "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-diff: $TMP/map:1: expected two TAB-separated columns: old name, new name" ]
	printf 'a\tb\na\tc\n' >"$TMP/map"
	run_split gipa diff --names "$TMP/map" "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 2 ]
	[[ "$err" == *":2: a is mapped twice"* ]]
	run_split gipa diff --names "$TMP/none" "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 2 ]
	[[ "$err" == *"none: No such file or directory"* ]]
}

@test "diff: --exact-names never pairs by place prefix" {
	run_split gipa diff -E -k apply.new.total "$D/old.tsv" "$D/new.tsv"
	[[ "$out" == *"攀枝花市西区卫生健康局${T}apply.new.total${T}${T}7${T}${T}"* ]]
	[[ "$out" == *"西区卫生健康局${T}apply.new.total${T}5${T}${T}${T}"* ]]
	[[ "$err" != *"paired"* ]]
}

@test "diff: --by report pairs reports (names from a map)" {
	printf '西区2023.txt\t西区2024.txt\n' >"$TMP/map"
	run_split gipa diff --by report --names "$TMP/map" -k 'apply.new.*' "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 1 ]
	expected="$(tsv 'report|key|old|new|delta|pct' \
		'西区2024.txt|apply.new.natural|5|7|2|40.0' \
		'西区2024.txt|apply.new.total|5|7|2|40.0' \
		'东区2024.txt|apply.new.natural||0||' \
		'东区2024.txt|apply.new.total||0||' \
		'米易2024.txt|apply.new.total||2||' \
		'盐边2024.txt|apply.new.natural||0||' \
		'盐边2024.txt|apply.new.total||0||' \
		'东区2023.txt|apply.new.natural||||' \
		'东区2023.txt|apply.new.total|0|||' \
		'仁和2023.txt|apply.new.total|4|||' \
		'盐边2023.txt|apply.new.natural|12|||' \
		'盐边2023.txt|apply.new.total|12|||')"
	[ "$out" = "$expected" ]
	[[ "$err" == *"西区2024.txt: carried.natural 2 ≠ last year's carry_next.natural 3"* ]]
}

@test "diff: NEW from a pipe, OLD from stdin, OLD in any order: same output" {
	gipa diff "$D/old.tsv" "$D/new.tsv" >"$TMP/ref" 2>/dev/null || true
	cat "$D/new.tsv" | gipa diff "$D/old.tsv" - >"$TMP/pipe" 2>"$TMP/pipe.err" || true
	cmp "$TMP/ref" "$TMP/pipe"
	grep -q 'paired agency 西区卫生健康局' "$TMP/pipe.err"
	gipa diff - "$D/new.tsv" <"$D/old.tsv" >"$TMP/stdin" 2>/dev/null || true
	cmp "$TMP/ref" "$TMP/stdin"
	{ head -1 "$D/old.tsv"; tail -n +2 "$D/old.tsv" | sort -r; } >"$TMP/rev"
	gipa diff "$TMP/rev" "$D/new.tsv" >"$TMP/rev.out" 2>/dev/null || true
	cmp "$TMP/ref" "$TMP/rev.out"
}

@test "diff: NEW as a pipe, unpaired first block, much data after it" {
	# The name scan copies the rest of the pipe to a temporary file and
	# the comparison reads on from there.
	{
		echo "$HDR"
		echo "r${T}攀枝花市西区卫生健康局${T}2024${T}x.k1${T}1"
		for i in $(seq 1 20000); do
			echo "s${T}东区教育局${T}2024${T}x.k$i${T}$i"
		done
		echo "s${T}东区教育局${T}2024${T}apply.new.total${T}9"
	} >"$TMP/n"
	tsv "$HDR" 'r|西区卫生健康局|2023|x.k1|1' 's|东区教育局|2023|apply.new.total|3' >"$TMP/o"
	cat "$TMP/n" | gipa diff "$TMP/o" - >"$TMP/out" 2>"$TMP/err" || true
	[ "$(wc -l <"$TMP/out")" -eq 20002 ] # header, 3→9, x.k1…x.k20000 NEW only
	[ "$(sed -n 2p "$TMP/out")" = "东区教育局${T}apply.new.total${T}3${T}9${T}6${T}200.0" ]
	grep -q 'paired agency 西区卫生健康局 (OLD) with 攀枝花市西区卫生健康局' "$TMP/err"
	gipa diff "$TMP/o" - <"$TMP/n" >"$TMP/out2" 2>/dev/null || true
	cmp "$TMP/out" "$TMP/out2"
}

@test "diff: -H reads inputs without header" {
	gipa diff "$D/old.tsv" "$D/new.tsv" >"$TMP/ref" 2>/dev/null || true
	gipa diff -H <(tail -n +2 "$D/old.tsv") <(tail -n +2 "$D/new.tsv") >"$TMP/out" 2>/dev/null || true
	cmp "$TMP/ref" "$TMP/out"
}

@test "diff: an agency's records resuming later in NEW are skipped and named" {
	tsv "$HDR" 'a|甲局|2023|apply.new.total|1' 'b|乙局|2023|apply.new.total|2' >"$TMP/o"
	tsv "$HDR" 'a|甲局|2024|apply.new.total|1' 'b|乙局|2024|apply.new.total|2' \
		'a|甲局|2024|apply.carried.total|3' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	[[ "$err" == *"gipa-diff: $TMP/n:4: the records of agency 甲局 resume here after other agencies; skipped up to the next agency"* ]]
}

@test "diff: repeated keys and a second report of an agency are named, first kept" {
	tsv "$HDR" 'a|甲局|2023|apply.new.total|1' 'a|甲局|2023|apply.new.total|7' \
		'z|甲局|2023|apply.new.natural|1' >"$TMP/o"
	tsv "$HDR" 'b|甲局|2024|apply.new.total|2' 'b|甲局|2024|apply.new.total|8' \
		'y|甲局|2024|apply.new.total|9' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '甲局|apply.new.total|1|2|1|100.0')" ]
	[[ "$err" == *"o:4: agency 甲局 has a second report z (the first is a); its records are skipped"* ]]
	[[ "$err" == *"o:3: 甲局: key apply.new.total given again; 1 repeated key skipped"* ]]
	[[ "$err" == *"n:4: agency 甲局 has a second report y (the first is b)"* ]]
	[[ "$err" == *"n:3: 甲局: key apply.new.total given again"* ]]
}

@test "diff: bad lines are named, not counted, exit 1; the rest is compared" {
	{
		echo "$HDR"
		echo "a${T}甲局${T}2023${T}apply.new.total${T}1"
		printf 'a\t甲局\t2023\tapply.carried.total\t1\r\n'
		echo "a${T}甲局${T}2023${T}apply.total.total"
		printf 'a\t甲局\t2023\tapply.new.natural\t\xff\n'
	} >"$TMP/o"
	tsv "$HDR" 'a|甲局|2024|apply.new.total|1' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	[[ "$err" == *"o:3: CR LF line end"* ]]
	[[ "$err" == *"o:4: 4 fields where the header has 5, line skipped"* ]]
	[[ "$err" == *"o:5: invalid UTF-8, line skipped"* ]]
}

@test "diff: a value that is not a number under a numeric key: named, skipped" {
	tsv "$HDR" 'a|甲局|2023|apply.new.total|1' 'a|甲局|2023|apply.new.natural|一' \
		'a|甲局|2023|meta.fee_yuan|12345678901234567890' 'a|甲局|2023|meta.period|全年' \
		'a|甲局|2023|x.note|无' >"$TMP/o"
	tsv "$HDR" 'a|甲局|2024|apply.new.total|3件' 'a|甲局|2024|apply.new.natural|1' \
		'a|甲局|2024|meta.period|全年' 'a|甲局|2024|x.note|有' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	[[ "$err" == *"o:3: apply.new.natural: value '一' is not a number, line skipped"* ]]
	[[ "$err" == *"o:4: meta.fee_yuan: value 12345678901234567890 does not fit in 64 bits (18 decimals at most), line skipped"* ]]
	[[ "$err" == *"n:2: apply.new.total: value '3件' is not a number, line skipped"* ]]
	# Left: new.total only OLD, new.natural only NEW; text keys compared as text.
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '甲局|apply.new.natural||1||' \
		'甲局|apply.new.total|1|||' '甲局|x.note|无|有||')" ]
}

@test "diff: a report without agency is named and left out" {
	tsv "$HDR" 'a||2023|apply.new.total|1' >"$TMP/o"
	tsv "$HDR" 'a||2024|apply.new.total|2' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	[[ "$err" == *"o:2: report a names no agency; its records are not compared (try --by report)"* ]]
	[[ "$err" == *"n:2: report a names no agency"* ]]
	run_split gipa diff --by report "$TMP/o" "$TMP/n"
	[ "$out" = "$(tsv 'report|key|old|new|delta|pct' 'a|apply.new.total|1|2|1|100.0')" ]
}

@test "diff: checks skipped when years are not consecutive" {
	sed 's/\t2024\t/\t2025\t/' "$D/carry-new.tsv" >"$TMP/n"
	run_split gipa diff "$D/carry-old.tsv" "$TMP/n"
	[ "$status" -eq 0 ]
	[ "$err" = "gipa-diff: note: cross-year checks skipped for 1 paired agency whose years are not consecutive (仁和区审计局 2023 → 2025)" ]
}

@test "diff: exact decimals, large values, text values" {
	tsv "$HDR" 'a|甲局|2023|active.fees.amount|0.0001' 'a|甲局|2023|apply.new.total|9000000000000000000' \
		'a|甲局|2023|meta.fee_yuan|12.5' 'a|甲局|2023|zz.text|无' >"$TMP/o"
	tsv "$HDR" 'a|甲局|2024|active.fees.amount|12.35' 'a|甲局|2024|apply.new.total|9000000000000000001' \
		'a|甲局|2024|meta.fee_yuan|12.50' 'a|甲局|2024|zz.text|无' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	# 12.35 − 0.0001 = 12.3499; 12.3499/0.0001 = 123499 → 12349900.0 %
	# 1/9e18 → 0.0 %; 12.5 = 12.50 and 无 = 无 unchanged
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		'甲局|active.fees.amount|0.0001|12.35|12.3499|12349900.0' \
		'甲局|apply.new.total|9000000000000000000|9000000000000000001|1|0.0')"
	[ "$out" = "$expected" ]
}

@test "diff: percent past 2^63 tenths is still exact (dec_pct in 128 bits)" {
	tsv "$HDR" 'a|甲局|2023|active.fees.amount|0.01' 'a|甲局|2023|apply.new.total|1' >"$TMP/o"
	tsv "$HDR" 'a|甲局|2024|active.fees.amount|9000000000000000' \
		'a|甲局|2024|apply.new.total|9000000000000000000' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	# (9e15 − 0.01) / 0.01 × 100 = 8999999999999999.99 × 10^4 = 89999999999999999900.0
	# (9e18 − 1) / 1 × 100 = 899999999999999999900.0
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		'甲局|active.fees.amount|0.01|9000000000000000|8999999999999999.99|89999999999999999900.0' \
		'甲局|apply.new.total|1|9000000000000000000|8999999999999999999|899999999999999999900.0')"
	[ "$out" = "$expected" ]
}

@test "diff: usage errors and unreadable input are trouble (exit 2)" {
	run_split gipa diff "$D/old.tsv"
	[ "$status" -eq 2 ]
	[[ "$err" == *"missing operand"*"Try 'gipa-diff --help'"* ]]
	run_split gipa diff a b c
	[ "$status" -eq 2 ]
	[[ "$err" == *"extra operand 'c'"* ]]
	run_split gipa diff - -
	[ "$status" -eq 2 ]
	[[ "$err" == *"cannot both be standard input"* ]]
	run_split gipa diff --by year "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 2 ]
	run_split gipa diff --min-pct -3 "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 2 ]
	[[ "$err" == *"--min-pct: '-3' is not a non-negative number"* ]]
	run_split gipa diff --bogus "$D/old.tsv" "$D/new.tsv"
	[ "$status" -eq 2 ]
	run_split gipa diff "$TMP/missing" "$D/new.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-diff: $TMP/missing: No such file or directory" ]
	[ "$out" = "" ]
	run_split gipa diff "$D/old.tsv" "$TMP"
	[ "$status" -eq 2 ]
	[[ "$err" == *"Is a directory"* ]]
	echo "not a header" >"$TMP/bad"
	run_split gipa diff "$TMP/bad" "$D/new.tsv"
	[ "$status" -eq 2 ]
	[[ "$err" == *"bad:1: not a gipa record header"* ]]
}

@test "diff: empty inputs" {
	: >"$TMP/empty"
	echo "$HDR" >"$TMP/hdr"
	run_split gipa diff "$TMP/empty" "$TMP/hdr"
	[ "$status" -eq 0 ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	run_split gipa diff "$TMP/hdr" "$D/new.tsv"
	[ "$status" -eq 1 ]
	# every NEW key but meta.form and meta.date: 22 + 10 + 1 + 3, and the header
	[ "$(wc -l <<<"$out")" -eq 37 ]
}

@test "diff: output cut short by head: quiet" {
	{
		echo "$HDR"
		for i in $(seq 1 50000); do echo "r${T}甲局${T}2024${T}x.k$i${T}$i"; done
	} >"$TMP/n"
	echo "$HDR" >"$TMP/o"
	run_split bash -c "'$GIPA_BIN/gipa-diff' '$TMP/o' '$TMP/n' | head -1"
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	[ "$err" = "" ]
}

@test "diff: every long option of --help is in the man page" {
	for o in $(gipa diff --help | grep -o -- '--[a-z][a-z-]*' | sort -u); do
		grep -q -- "${o//-/\\\\-}" "$REPO_DIR/man/gipa-diff.1" || { echo "missing $o"; false; }
	done
}

# ---- across the 2020→2021 change of form (SCHEMA.md §6.4) ------------------
#
# OLD is report E (tests/fixtures/e-*, 示例县审计局 2020, 2019 form), extracted
# for real; NEW is tests/data/diff/e-2021.txt, the same agency's 2021 report in
# the 2021 form, written by hand: its apply.carried.* are E's
# apply.carry_next.* (4 0 0 1 0 1 6), so X1 holds.  e-2021-x1.txt is the same
# report with carried.legal 1 (carried.total 7; carry_next.legal 2, .total 9
# to keep I1): X1 breaks in the legal and the total column.

# Extract E (2020) and NEW ($1, default e-2021.txt) into $TMP/e2020.tsv, $TMP/e2021.tsv.
e_years() {
	(cd "$FIXTURES" && gipa extract e-html-utf8.html) >"$TMP/e2020.tsv"
	(cd "$D" && gipa extract "${1:-e-2021.txt}") >"$TMP/e2021.tsv"
}

@test "diff 2019→2021: the 2021 reports of 示例县审计局 extract as their expected records" {
	cd "$D"
	for f in e-2021.txt e-2021-x1.txt; do
		run_split gipa extract "$f"
		[ "$status" -eq 0 ] # I1–I4 hold in both
		[ "$err" = "" ]
		[ "$out" = "$(cat "$f.expected.tsv")" ]
	done
	(cd "$FIXTURES" && gipa extract e-html-utf8.html) | diff - "$FIXTURES/e-html-utf8.html.expected.tsv"
}

@test "diff 2019→2021: comparable keys only, apply.other through the 2021 sum, hand-computed" {
	e_years
	run_split gipa diff "$TMP/e2020.tsv" "$TMP/e2021.tsv"
	[ "$status" -eq 1 ]
	# E 2020 (2019 form) → 2021 (2021 form); unchanged keys are not written.
	#   meta.active_items 312→340: +28, 28/312 = 8.97… → 9.0
	#   active: only license/penalty/coercion.decisions compare: 41→47: +6,
	#     6/41 = 14.63… → 14.6; penalty 8→8; coercion 1→2: +1, 100.0
	#   new       38 6 1 2 4 3 54 → 40 5 0 1 3 2 51: +2 (5.26→5.3), −1 (−16.67→−16.7),
	#             −1 (−100.0), −1 (−50.0), −1 (−25.0), −1 (−33.33→−33.3), −3 (−5.56→−5.6)
	#   carried   3 1 0 0 1 0 5 → 4 0 0 1 0 1 6: +1 (33.3), −1, =, 0→1 (no %), −1, 0→1, +1 (20.0)
	#   granted   15 3 1 0 2 1 22 → 18 2 0 1 1 1 23: +3 (20.0), −1 (−33.3), −1, 0→1, −1 (−50.0), =, +1 (4.55→4.5)
	#   partial   4 … 1 … 6 → 5 … 1 … 7: natural +1 (25.0), total +1 (16.67→16.7)
	#   deny_secret, deny_internal, deny_enforce, unable_unclear, noproc_confirm:
	#             natural and total 1→0 (−100.0); deny_safety 1 = 1
	#   deny_third 2 1 … 3 → 1 1 … 2: natural −1 (−50.0), total −1 (−33.3)
	#   deny_process legal 1→0, total 3→2 (−33.3)
	#   unable_nohold 3 1 0 0 0 0 4 → 4 0 0 0 0 1 5: +1 (33.3), −1, 0→1, +1 (25.0)
	#   unable_create nonprofit 1→0, total 2→1 (−50.0)
	#   noproc_petition natural 2→3 (50.0), other_org 1→0, total 3 = 3
	#   noproc_repeat legal 1→0, total 2→1 (−50.0)
	#   other: 2019 row 1 1 0 0 0 0 2 against the 2021 sum other_nocorrect +
	#     other_nofee + other_misc = (2+0+1) (0+0+1) 0 0 0 0 (2+0+2) = 3 1 0 0 0 0 4:
	#     natural 1→3: +2, 200.0; commercial 1 = 1; total 2→4: +2, 100.0
	#   total 37 7 1 1 5 2 53 → 39 5 0 1 2 2 49: +2 (2/37 = 5.41→5.4), −2 (−28.57→−28.6),
	#     −1, =, −3 (−60.0), =, −4 (−4/53 = −7.55→−7.5)
	#   carry_next 4 0 0 1 0 1 6 → 5 0 0 1 1 1 8: +1 (25.0), 0→1, +2 (33.3)
	#   review 1 0 1 1 3 → 2 0 1 0 3: upheld +1 (100.0), pending −1 (−100.0);
	#   suit_direct 1 1 0 0 2 → 1 0 1 0 2: corrected −1, other 0→1;
	#   suit_after 0 0 0 1 1 → 0 0 0 0 0: pending −1, total −1
	# The 47 keys only one form has (2019 active.*.made…, 2021 active.*.issued…,
	# apply.other_*) are not written.
	A='示例县审计局'
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		"$A|meta.active_items|312|340|28|9.0" \
		"$A|active.license.decisions|41|47|6|14.6" \
		"$A|active.coercion.decisions|1|2|1|100.0" \
		"$A|apply.new.natural|38|40|2|5.3" \
		"$A|apply.new.commercial|6|5|-1|-16.7" \
		"$A|apply.new.research|1|0|-1|-100.0" \
		"$A|apply.new.nonprofit|2|1|-1|-50.0" \
		"$A|apply.new.legal|4|3|-1|-25.0" \
		"$A|apply.new.other_org|3|2|-1|-33.3" \
		"$A|apply.new.total|54|51|-3|-5.6" \
		"$A|apply.carried.natural|3|4|1|33.3" \
		"$A|apply.carried.commercial|1|0|-1|-100.0" \
		"$A|apply.carried.nonprofit|0|1|1|" \
		"$A|apply.carried.legal|1|0|-1|-100.0" \
		"$A|apply.carried.other_org|0|1|1|" \
		"$A|apply.carried.total|5|6|1|20.0" \
		"$A|apply.granted.natural|15|18|3|20.0" \
		"$A|apply.granted.commercial|3|2|-1|-33.3" \
		"$A|apply.granted.research|1|0|-1|-100.0" \
		"$A|apply.granted.nonprofit|0|1|1|" \
		"$A|apply.granted.legal|2|1|-1|-50.0" \
		"$A|apply.granted.total|22|23|1|4.5" \
		"$A|apply.partial.natural|4|5|1|25.0" \
		"$A|apply.partial.total|6|7|1|16.7" \
		"$A|apply.deny_secret.natural|1|0|-1|-100.0" \
		"$A|apply.deny_secret.total|1|0|-1|-100.0" \
		"$A|apply.deny_third.natural|2|1|-1|-50.0" \
		"$A|apply.deny_third.total|3|2|-1|-33.3" \
		"$A|apply.deny_internal.natural|1|0|-1|-100.0" \
		"$A|apply.deny_internal.total|1|0|-1|-100.0" \
		"$A|apply.deny_process.legal|1|0|-1|-100.0" \
		"$A|apply.deny_process.total|3|2|-1|-33.3" \
		"$A|apply.deny_enforce.natural|1|0|-1|-100.0" \
		"$A|apply.deny_enforce.total|1|0|-1|-100.0" \
		"$A|apply.unable_nohold.natural|3|4|1|33.3" \
		"$A|apply.unable_nohold.commercial|1|0|-1|-100.0" \
		"$A|apply.unable_nohold.other_org|0|1|1|" \
		"$A|apply.unable_nohold.total|4|5|1|25.0" \
		"$A|apply.unable_create.nonprofit|1|0|-1|-100.0" \
		"$A|apply.unable_create.total|2|1|-1|-50.0" \
		"$A|apply.unable_unclear.natural|1|0|-1|-100.0" \
		"$A|apply.unable_unclear.total|1|0|-1|-100.0" \
		"$A|apply.noproc_petition.natural|2|3|1|50.0" \
		"$A|apply.noproc_petition.other_org|1|0|-1|-100.0" \
		"$A|apply.noproc_repeat.legal|1|0|-1|-100.0" \
		"$A|apply.noproc_repeat.total|2|1|-1|-50.0" \
		"$A|apply.noproc_confirm.natural|1|0|-1|-100.0" \
		"$A|apply.noproc_confirm.total|1|0|-1|-100.0" \
		"$A|apply.other.natural|1|3|2|200.0" \
		"$A|apply.other.total|2|4|2|100.0" \
		"$A|apply.total.natural|37|39|2|5.4" \
		"$A|apply.total.commercial|7|5|-2|-28.6" \
		"$A|apply.total.research|1|0|-1|-100.0" \
		"$A|apply.total.legal|5|2|-3|-60.0" \
		"$A|apply.total.total|53|49|-4|-7.5" \
		"$A|apply.carry_next.natural|4|5|1|25.0" \
		"$A|apply.carry_next.legal|0|1|1|" \
		"$A|apply.carry_next.total|6|8|2|33.3" \
		"$A|review.review.upheld|1|2|1|100.0" \
		"$A|review.review.pending|1|0|-1|-100.0" \
		"$A|review.suit_direct.corrected|1|0|-1|-100.0" \
		"$A|review.suit_direct.other|0|1|1|" \
		"$A|review.suit_after.pending|1|0|-1|-100.0" \
		"$A|review.suit_after.total|1|0|-1|-100.0")"
	[ "$out" = "$expected" ]
	# One line says what was not compared; X1 holds (no message), no warning.
	# 2019: rules, normative, services, fees, procure whole (3+3+3+2+2), and
	#   prev_items, change of license, penalty, coercion (6): 19 keys;
	# 2021: rules, normative (6), fees.amount, other_nocorrect/nofee/misc (21): 28.
	[ "$err" = "gipa-diff: 示例县审计局: 2019→2021 form change: 47 keys not comparable (2019: active.rules.*, active.normative.*, active.license.{prev_items,change}, active.services.*, active.penalty.{prev_items,change}, active.coercion.{prev_items,change}, active.fees.*, active.procure.*; 2021: active.rules.*, active.normative.*, active.fees.*, apply.other_nocorrect.*, apply.other_nofee.*, apply.other_misc.*) [F1]" ]
}

@test "diff 2019→2021: every complete layout of E gives the same comparison" {
	e_years
	gipa diff "$TMP/e2020.tsv" "$TMP/e2021.tsv" >"$TMP/ref" 2>"$TMP/ref.err" || true
	for f in e-cell-per-line.txt e-docx2txt.txt e-html-gbk-meta.html e-md-pipe.txt \
		e-pandoc-plain.txt e-pdftotext-layout.txt e-pdftotext-raw.txt e-tsv.txt e-w3m.txt; do
		(cd "$FIXTURES" && gipa extract "$f") >"$TMP/o.tsv"
		gipa diff "$TMP/o.tsv" "$TMP/e2021.tsv" >"$TMP/out" 2>"$TMP/err" || true
		cmp "$TMP/ref" "$TMP/out" || { echo "$f"; false; }
		cmp "$TMP/ref.err" "$TMP/err" || { echo "$f"; false; }
	done
}

@test "diff 2019→2021: X1 across the change: holds, and breaks in one column" {
	e_years
	run_split gipa diff --check "$TMP/e2020.tsv" "$TMP/e2021.tsv"
	[ "$status" -eq 0 ] # only F1 notes: X1 holds in all 7 columns
	[ "$(cut -f2 <<<"$out" | sort | uniq -c | awk '{print $1, $2}')" = "47 F1
1 check" ]
	e_years e-2021-x1.txt
	# carried.legal 1 ≠ E's carry_next.legal 0; carried.total 7 ≠ 6.
	run_split gipa diff --check "$TMP/e2020.tsv" "$TMP/e2021.tsv"
	[ "$status" -eq 1 ]
	[ "$(grep -v "${T}F1${T}" <<<"$out")" = "$(tsv 'agency|check|level|key|expected|found|message' \
		"示例县审计局|X1|error|apply.carried.legal|0|1|carried.legal 1 ≠ last year's carry_next.legal 0" \
		"示例县审计局|X1|error|apply.carried.total|6|7|carried.total 7 ≠ last year's carry_next.total 6")" ]
	[ "$err" = "" ]
	run_split gipa diff -k 'apply.carr*' "$TMP/e2020.tsv" "$TMP/e2021.tsv"
	[ "$status" -eq 1 ]
	# No key of the selection is form-only: no F1 line.  carried 3 1 0 0 1 0 5 →
	# 4 0 0 1 1 1 7: legal 1 = 1 now; total 5→7: +2, 40.0
	[ "$err" = "gipa-diff: 示例县审计局: carried.legal 1 ≠ last year's carry_next.legal 0
gipa-diff: 示例县审计局: carried.total 7 ≠ last year's carry_next.total 6" ]
	[[ "$out" == *"示例县审计局${T}apply.carried.total${T}5${T}7${T}2${T}40.0"* ]]
}

@test "diff 2019→2021: --check names each key not compared (F1, note)" {
	e_years
	run_split gipa diff --check "$TMP/e2020.tsv" "$TMP/e2021.tsv"
	[[ "$out" == *"示例县审计局${T}F1${T}note${T}active.license.change${T}-2${T}${T}active.license.change is in the 2019 form only: not comparable with the 2021 form"* ]]
	[[ "$out" == *"示例县审计局${T}F1${T}note${T}active.normative.valid${T}${T}25${T}active.normative.valid is in the 2021 form only: not comparable with the 2019 form"* ]]
	[[ "$out" == *"示例县审计局${T}F1${T}note${T}apply.other_misc.total${T}${T}2${T}apply.other_misc.total is in the 2021 form only: compared within apply.other.total"* ]]
	# The three 处理决定数量 keys, review.* and the shared apply keys are compared.
	! grep -q "${T}F1${T}.*\(decisions\|review\.\|apply\.total\|apply\.other\.\)" <<<"$out"
	# F1 follows --keys (it is about what the comparison leaves out).
	run_split gipa diff --check -k 'active.fees.*' "$TMP/e2020.tsv" "$TMP/e2021.tsv"
	[ "$(cut -f4 <<<"$out" | tail -n +2 | paste -sd' ')" = "active.fees.amount active.fees.prev_items active.fees.change" ]
}

@test "diff 2019→2021: -a writes the keys only one form has, other side empty, not as differences" {
	tsv "$HDR" 'a|甲局|2020|meta.form|2019' 'a|甲局|2020|active.license.prev_items|6' \
		'a|甲局|2020|active.license.decisions|5' 'a|甲局|2020|apply.other.total|3' >"$TMP/o"
	tsv "$HDR" 'b|甲局|2021|meta.form|2021' 'b|甲局|2021|active.license.decisions|5' \
		'b|甲局|2021|apply.other_nocorrect.total|1' 'b|甲局|2021|apply.other_nofee.total|0' \
		'b|甲局|2021|apply.other_misc.total|2' >"$TMP/n"
	# 5 = 5; apply.other.total 3 = 1 + 0 + 2: nothing changed.
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$status" -eq 0 ]
	[ "$out" = "agency${T}key${T}old${T}new${T}delta${T}pct" ]
	[ "$err" = "gipa-diff: 甲局: 2019→2021 form change: 4 keys not comparable (2019: active.license.prev_items; 2021: apply.other_nocorrect.total, apply.other_nofee.total, apply.other_misc.total) [F1]
gipa-diff: 甲局: warning: table apply is identical to last year's in its only non-zero cell (copied from last year's report?) [H1]" ]
	run_split gipa diff -a "$TMP/o" "$TMP/n"
	[ "$status" -eq 0 ]
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		'甲局|active.license.prev_items|6|||' \
		'甲局|active.license.decisions|5|5|0|0.0' \
		'甲局|apply.other_nocorrect.total||1||' \
		'甲局|apply.other_nofee.total||0||' \
		'甲局|apply.other_misc.total||2||' \
		'甲局|apply.other.total|3|3|0|0.0')"
	[ "$out" = "$expected" ]
}

@test "diff 2019→2021: the sum of the three 2021 rows: blanks, a missing row, exact" {
	tsv "$HDR" 'a|甲局|2020|meta.form|2019' 'a|甲局|2020|apply.other.natural|2' \
		'a|甲局|2020|apply.other.legal|3' 'a|甲局|2020|apply.other.other_org|0' \
		'a|甲局|2020|apply.other.total|4' >"$TMP/o"
	tsv "$HDR" 'b|甲局|2021|meta.form|2021' \
		'b|甲局|2021|apply.other_nocorrect.natural|' 'b|甲局|2021|apply.other_nofee.natural|' \
		'b|甲局|2021|apply.other_misc.natural|' \
		'b|甲局|2021|apply.other_nocorrect.legal|' 'b|甲局|2021|apply.other_nofee.legal|1' \
		'b|甲局|2021|apply.other_misc.legal|' \
		'b|甲局|2021|apply.other_nocorrect.other_org|9000000000000000000' \
		'b|甲局|2021|apply.other_nofee.other_org|1' 'b|甲局|2021|apply.other_misc.other_org|2' \
		'b|甲局|2021|apply.other_nocorrect.total|1' 'b|甲局|2021|apply.other_misc.total|3' >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	# natural: three blanks → blank (a change from 2, without delta);
	# legal: blank + 1 + blank = 1: 3→1, −2, −66.67 → −66.7;
	# other_org: 9000000000000000000 + 1 + 2 = 9000000000000000003, exact (no % from 0);
	# total: other_nofee.total missing → no sum: OLD only.
	expected="$(tsv 'agency|key|old|new|delta|pct' \
		'甲局|apply.other.natural|2|||' \
		'甲局|apply.other.legal|3|1|-2|-66.7' \
		'甲局|apply.other.other_org|0|9000000000000000003|9000000000000000003|' \
		'甲局|apply.other.total|4|||')"
	[ "$out" = "$expected" ]
}

@test "diff 2019→2021: the forms told by the keys when meta.form is absent; OLD 2021, NEW 2019" {
	e_years
	gipa diff "$TMP/e2020.tsv" "$TMP/e2021.tsv" >"$TMP/ref" 2>"$TMP/ref.err" || true
	grep -v "${T}meta.form${T}" "$TMP/e2020.tsv" >"$TMP/o"
	grep -v "${T}meta.form${T}" "$TMP/e2021.tsv" >"$TMP/n"
	run_split gipa diff "$TMP/o" "$TMP/n"
	[ "$out" = "$(cat "$TMP/ref")" ]
	[ "$err" = "$(cat "$TMP/ref.err")" ]
	# Only the apply table tells (apply.other.* vs apply.other_*), only the active table.
	grep -v "${T}active\.\|${T}meta.form" "$TMP/e2020.tsv" >"$TMP/o"
	grep -v "${T}active\.\|${T}meta.form" "$TMP/e2021.tsv" >"$TMP/n"
	run_split gipa diff -k 'apply.other*' "$TMP/o" "$TMP/n"
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '示例县审计局|apply.other.natural|1|3|2|200.0' \
		'示例县审计局|apply.other.total|2|4|2|100.0')" ]
	grep -v "${T}apply\.other\|${T}meta.form" "$TMP/e2020.tsv" >"$TMP/o"
	grep -v "${T}apply\.other\|${T}meta.form" "$TMP/e2021.tsv" >"$TMP/n"
	run_split gipa diff -k 'active.*' "$TMP/o" "$TMP/n"
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '示例县审计局|active.license.decisions|41|47|6|14.6' \
		'示例县审计局|active.coercion.decisions|1|2|1|100.0')" ]
	[[ "$err" == *"2019→2021 form change: 26 keys not comparable"* ]]
	# The other way round (a 2021 report as OLD): the 2021 side is summed all the same.
	# 3 → 1: −2, −66.67 → −66.7; 4 → 2: −2, −50.0
	run_split gipa diff -k 'apply.other*' "$TMP/e2021.tsv" "$TMP/e2020.tsv"
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '示例县审计局|apply.other.natural|3|1|-2|-66.7' \
		'示例县审计局|apply.other.total|4|2|-2|-50.0')" ]
	[[ "$err" == *"示例县审计局: 2021→2019 form change: 21 keys not comparable (2021: apply.other_nocorrect.*, apply.other_nofee.*, apply.other_misc.*) [F1]"* ]]
}

@test "diff 2019→2021: a row the extractor refused in OLD is missing, not 'not comparable'" {
	# e-pdftotext.txt: pdftotext's default mode loses the rows from deny_query on
	# (SCHEMA §5; tests/fixtures/README.md): OLD has no apply.other.*,
	# apply.total.*, apply.carry_next.*.
	(cd "$FIXTURES" && gipa extract e-pdftotext.txt) >"$TMP/o" 2>/dev/null || true
	(cd "$D" && gipa extract e-2021.txt) >"$TMP/n"
	run_split gipa diff -k 'apply.other.*,apply.carry_next.total' "$TMP/o" "$TMP/n"
	[ "$status" -eq 1 ]
	# The 2021 sums stand alone (3 1 0 0 0 0 4); no X1 without last year's carry_next.
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' \
		'示例县审计局|apply.other.natural||3||' '示例县审计局|apply.other.commercial||1||' \
		'示例县审计局|apply.other.research||0||' '示例县审计局|apply.other.nonprofit||0||' \
		'示例县审计局|apply.other.legal||0||' '示例县审计局|apply.other.other_org||0||' \
		'示例县审计局|apply.other.total||4||' '示例县审计局|apply.carry_next.total||8||')" ]
	[[ "$err" != *"carried"* ]]
}

@test "diff 2019→2021: H1 and H2 see apply.other through the sum" {
	tsv "$HDR" 'a|甲局|2020|meta.form|2019' 'a|甲局|2020|apply.new.total|7' \
		'a|甲局|2020|apply.other.natural|2' 'a|甲局|2020|apply.other.total|2' >"$TMP/o"
	tsv "$HDR" 'b|甲局|2021|meta.form|2021' 'b|甲局|2021|apply.new.total|7' \
		'b|甲局|2021|apply.other_nocorrect.natural|1' 'b|甲局|2021|apply.other_nofee.natural|0' \
		'b|甲局|2021|apply.other_misc.natural|1' 'b|甲局|2021|apply.other_nocorrect.total|1' \
		'b|甲局|2021|apply.other_nofee.total|0' 'b|甲局|2021|apply.other_misc.total|1' >"$TMP/n"
	# new.total 7 = 7, other 2 = 1 + 0 + 1 twice: the three non-zero cells identical.
	run_split gipa diff --check "$TMP/o" "$TMP/n"
	[ "$status" -eq 0 ]
	[[ "$out" == *"甲局${T}H1${T}warning${T}apply.*${T}3${T}3${T}table apply is identical to last year's in all 3 non-zero cells"* ]]
	# other_misc 11: 2 → 1 + 0 + 11 = 12, ×6.0
	sed 's/\(other_misc\.[a-z]*\)\t1$/\1\t11/' "$TMP/n" >"$TMP/n2"
	run_split gipa diff --check "$TMP/o" "$TMP/n2"
	[ "$(grep -v "${T}F1${T}" <<<"$out")" = "$(tsv 'agency|check|level|key|expected|found|message' \
		'甲局|H2|warning|apply.other.natural|2|12|apply.other.natural 2 → 12 (×6.0)' \
		'甲局|H2|warning|apply.other.total|2|12|apply.other.total 2 → 12 (×6.0)')" ]
}

@test "diff: same form on both sides: no F1, apply.other_* compared as themselves" {
	e_years
	sed 's/\t2021\t/\t2022\t/' "$TMP/e2021.tsv" >"$TMP/n"
	run_split gipa diff --check "$TMP/e2021.tsv" "$TMP/n"
	[ "$status" -eq 1 ] # a copy: carried 4 0 0 1 0 1 6 ≠ carry_next 5 0 0 1 1 1 8 (X1);
	# normative.valid 25 ≠ 25 + 3 − 1 = 27 (X3); three tables identical (H1)
	[ "$(cut -f2 <<<"$out" | sort -u | paste -sd' ')" = "H1 X1 X3 check" ]
	run_split gipa diff -a -k 'apply.other*.total' "$TMP/e2021.tsv" "$TMP/n"
	[ "$out" = "$(tsv 'agency|key|old|new|delta|pct' '示例县审计局|apply.other_nocorrect.total|2|2|0|0.0' \
		'示例县审计局|apply.other_nofee.total|0|0|0|' '示例县审计局|apply.other_misc.total|2|2|0|0.0')" ]
	[[ "$err" != *"F1"* && "$err" != *"form change"* ]]
}
