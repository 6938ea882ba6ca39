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
