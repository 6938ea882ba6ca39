#!/usr/bin/env bats
# Hostile input for every binary: a table of cases x binaries.
#
# gipa runs unattended over files downloaded from thousands of sites; whatever
# it is fed, each binary must say what is wrong in one clear line (or none,
# when nothing is) and end with the documented exit status: 0 all good, 1
# done but problems found, 2 trouble (DESIGN.md).  Each @test is one case
# (one row); its table gives, for every column, the exit status and the
# whole of standard error.  The columns, each reading one input:
#
#   extract    gipa-extract FILE            FILE: report text (TXT)
#   sum        gipa-sum FILE                FILE: records (REC)
#   tab        gipa-tab FILE                FILE: records
#   tab-p      gipa-tab -p FILE             FILE: records
#   tab-form   gipa-tab --form FILE         FILE: records
#   tab-long   gipa-tab --long FILE         FILE: a wide table (WIDE)
#   diff-new   gipa-diff --check Y2023 FILE FILE: records (this year)
#   diff-old   gipa-diff --check FILE Y2025 FILE: records (last year)
#
# Each case makes its inputs from good ones (one report text, records of two
# reports for 2023, 2024 and 2025, the 2024 ones as a wide table) by
# changing one line; the good inputs themselves give status 0 and say
# nothing.  The per-binary suites test more of each binary's own handling;
# this file makes sure no binary is left out of any case.

load helper

T=$'\t'
HDR="report${T}agency${T}year${T}key${T}value"

setup_file() {
	local d="$BATS_FILE_TMPDIR"
	# Records: the same keys each year, values that change a little (no
	# gipa-diff warning: no table copied, nothing five times larger).
	year_recs() { # year a.total a.natural b.total b.natural
		printf '%s\n' "$HDR" "a.txt${T}甲局${T}$1${T}apply.new.total${T}$2" \
			"a.txt${T}甲局${T}$1${T}apply.new.natural${T}$3" \
			"b.txt${T}乙局${T}$1${T}apply.new.total${T}$4" \
			"b.txt${T}乙局${T}$1${T}apply.new.natural${T}$5"
	}
	year_recs 2023 3 1 4 2 >"$d/y2023.tsv"
	year_recs 2024 4 2 5 3 >"$d/y2024.tsv"
	year_recs 2025 6 3 7 4 >"$d/y2025.tsv"
	printf '%s\n' "report${T}agency${T}year${T}apply.new.natural${T}apply.new.total" \
		"a.txt${T}甲局${T}2024${T}2${T}4" "b.txt${T}乙局${T}2024${T}3${T}5" >"$d/w2024.tsv"
	cp "$FIXTURES/a-tsv.txt" "$d/report.txt"

	# Big inputs, for the closed and full outputs: 300 reports.
	local i
	for i in $(seq 1 300); do
		tail -n +2 "$FIXTURES/a-tsv.txt.expected.tsv" |
			awk -F'\t' -v OFS='\t' -v i="$i" '{ $1 = "r" i ".txt"; $2 = "局" i; print }'
	done | { printf '%s\n' "$HDR"; cat; } >"$d/big.tsv"
	# gipa-diff against them: every value one more, the keys of the
	# cross-year checks left out (nothing to say but the changes)
	next_year() { # year
		awk -F'\t' -v OFS='\t' -v y="$1" 'NR == 1 { print; next }
			$4 ~ /^apply\.(carried|carry_next)\.|^active\..*\.valid$/ { next }
			{ $3 = y; if ($5 ~ /^[0-9]+$/) $5 = $5 + 1; print }' "$d/big.tsv"
	}
	next_year 2023 >"$d/big-old.tsv"
	next_year 2025 >"$d/big-next.tsv"
	"$GIPA_BIN/gipa-tab" "$d/big.tsv" >"$d/big-wide.tsv"
	for i in $(seq 1 300); do cat "$FIXTURES/a-tsv.txt"; done >"$d/big.txt"
}

setup() {
	TMP="$(mktemp -d)"
	D="$BATS_FILE_TMPDIR"
	REC="" WIDE="" TXT=""
}

teardown() {
	chmod -R u+rwx "$TMP" 2>/dev/null || true
	rm -rf "$TMP"
}

# ---- making the inputs ---------------------------------------------------

# Line N of a file replaced by the bytes printf makes of FORMAT.
with_line() { # file n format [args]
	local f=$1 n=$2
	shift 2
	head -n $((n - 1)) "$f"
	# shellcheck disable=SC2059
	printf "$@"
	tail -n +$((n + 1)) "$f"
}

# Line N of a file inserted: the bytes printf makes of FORMAT.
insert_line() { # file n format [args]
	local f=$1 n=$2
	shift 2
	head -n $((n - 1)) "$f"
	# shellcheck disable=SC2059
	printf "$@"
	tail -n +"$n" "$f"
}

# The three inputs of a case from the good ones, with one bad line: the
# bytes printf makes of a format, inserted as REC line 3 (a record of a key
# no other line has: skipped, it takes nothing away) and WIDE line 2 (the
# row of a third report), and replacing TXT line 21 (in the introduction).
hostile_lines() { # rec-format wide-format txt-format
	insert_line "$D/y2024.tsv" 3 "$1" >"$TMP/rec.tsv"
	insert_line "$D/w2024.tsv" 2 "$2" >"$TMP/wide.tsv"
	with_line "$D/report.txt" 21 "$3" >"$TMP/report.txt"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv TXT=$TMP/report.txt
}

# ---- running the table ------------------------------------------------------

# Run column $1 on file $2: $status, $out, $err.
run_col() {
	case $1 in
	extract) run_split gipa extract "$2" ;;
	sum) run_split gipa sum "$2" ;;
	tab) run_split gipa tab "$2" ;;
	tab-p) run_split gipa tab -p "$2" ;;
	tab-form) run_split gipa tab --form "$2" ;;
	tab-long) run_split gipa tab --long "$2" ;;
	diff-new) run_split gipa diff --check "$D/y2023.tsv" "$2" ;;
	diff-old) run_split gipa diff --check "$2" "$D/y2025.tsv" ;;
	*) echo "no column $1" >&2; return 1 ;;
	esac
}

prog_of() {
	case $1 in
	tab*) echo gipa-tab ;;
	diff*) echo gipa-diff ;;
	*) echo "gipa-$1" ;;
	esac
}

input_of() {
	case $1 in
	extract) echo "$TXT" ;;
	tab-long) echo "$WIDE" ;;
	*) echo "$REC" ;;
	esac
}

COLUMNS="extract sum tab tab-p tab-form tab-long diff-new diff-old"

# The table on standard input, one line per column:
#   COLUMN STATUS MESSAGE
# MESSAGE is standard error without the "PROGRAM: " that begins each line;
# FILE stands for the input, " || " separates lines, nothing means silence.
# A status of - leaves the column out (the case does not apply to it).
# Every column must be in the table.  All mismatches are listed, then the
# test fails.
table() {
	local col st msg seen="" fails="" f want line prog
	while read -r col st msg; do
		[ -z "$col" ] || [ "${col:0:1}" = "#" ] && continue
		seen="$seen $col"
		[ "$st" = - ] && continue
		f=$(input_of "$col")
		[ -n "$f" ] || { fails+="$col: no input for this column"$'\n'; continue; }
		prog=$(prog_of "$col")
		want=""
		if [ -n "$msg" ]; then
			msg=${msg//FILE/$f}
			while [ -n "$msg" ]; do
				line=${msg%% || *}
				want+="${want:+$'\n'}$prog: $line"
				[ "$line" = "$msg" ] && msg="" || msg=${msg#* || }
			done
		fi
		run_col "$col" "$f" </dev/null # (not the table)
		if [ "$status" != "$st" ] || [ "$err" != "$want" ]; then
			fails+="$col: want status $st, stderr [$want]"$'\n'
			fails+="${col//?/ }  got  status $status, stderr [$err]"$'\n'
		fi
	done
	for col in $COLUMNS; do
		[[ " $seen " == *" $col "* ]] || fails+="$col: missing from the table"$'\n'
	done
	if [ -n "$fails" ]; then
		printf '%s' "$fails" >&2
		return 1
	fi
}

# ---- the good inputs ----------------------------------------------------------

@test "hostile: the good inputs are read without a word (status 0)" {
	REC=$D/y2024.tsv WIDE=$D/w2024.tsv TXT=$D/report.txt
	table <<-'EOF'
	extract  0
	sum      0
	tab      0
	tab-p    0
	tab-form 0
	tab-long 0
	diff-new 0
	diff-old 0
	EOF
}

# ---- the content of a file ------------------------------------------------------

@test "hostile: empty input" {
	: >"$TMP/empty"
	REC=$TMP/empty WIDE=$TMP/empty TXT=$TMP/empty
	table <<-'EOF'
	extract  1 FILE: empty input
	sum      0
	tab      0
	tab-p    0
	tab-form 0
	tab-long 0
	diff-new 0
	diff-old 0
	EOF
	run_col sum "$REC"
	[ "$out" = "$HDR" ]
}

@test "hostile: wrong field counts: a line with one field too few, one too many" {
	hostile_lines 'a.txt\t甲局\t2024\tapply.new.legal\n' 'c.txt\t丙局\t2024\t2\n' '\n'
	# the report: a table row with one value too many
	sed '52s/86\t12/86\t12\t99/' "$D/report.txt" >"$TMP/report.txt"
	table <<-'EOF'
	extract  1 FILE:52: apply row new (一、本年新收政府信息公开申请数量): 8 values and 2 empty cells where the form has 7 cells; cannot tell which are blank; row not extracted
	sum      1 FILE:3: 4 fields where the header has 5, line skipped
	tab      1 FILE:3: 4 fields where the header has 5, line skipped
	tab-p    1 FILE:3: 4 fields where the header has 5, line skipped
	tab-form 1 FILE:3: 4 fields where the header has 5, line skipped
	tab-long 1 FILE:2: 4 fields where the header has 5, line skipped
	diff-new 1 FILE:3: 4 fields where the header has 5, line skipped
	diff-old 1 FILE:3: 4 fields where the header has 5, line skipped
	EOF
	hostile_lines 'a.txt\t甲局\t2024\tapply.new.legal\t2\tx\tx\n' 'c.txt\t丙局\t2024\t2\t4\tx\tx\n' '\n'
	# the report: a row short of a value
	sed '52s/86\t12\t/86\t/' "$D/report.txt" >"$TMP/report.txt"
	table <<-'EOF'
	extract  1 FILE:52: apply row new (一、本年新收政府信息公开申请数量): 6 values and 2 empty cells where the form has 7 cells; cannot tell which are blank; row not extracted
	sum      1 FILE:3: 7 fields where the header has 5, line skipped
	tab      1 FILE:3: 7 fields where the header has 5, line skipped
	tab-p    1 FILE:3: 7 fields where the header has 5, line skipped
	tab-form 1 FILE:3: 7 fields where the header has 5, line skipped
	tab-long 1 FILE:2: 7 fields where the header has 5, line skipped
	diff-new 1 FILE:3: 7 fields where the header has 5, line skipped
	diff-old 1 FILE:3: 7 fields where the header has 5, line skipped
	EOF
	# the good line after the bad one is still read
	run_col sum "$REC"
	[[ "$out" == *"apply.new.total${T}9"* ]]
}

@test "hostile: missing header line" {
	tail -n +2 "$D/y2024.tsv" >"$TMP/rec.tsv"
	tail -n +2 "$D/w2024.tsv" >"$TMP/wide.tsv"
	# the report: without the heading of table 三 its rows are still found
	sed 47d "$D/report.txt" >"$TMP/report.txt"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv TXT=$TMP/report.txt
	table <<-'EOF'
	extract  0
	sum      2 FILE:1: not a gipa record header (expected the columns report, agency, year, key, value; use -H for input without a header)
	tab      2 FILE:1: not a gipa record header (expected the columns report, agency, year, key, value; use -H for input without a header)
	# -p aligns any TSV: without the header it is not records, shown as it is
	tab-p    0
	tab-form 2 FILE:1: not a gipa record header (expected the columns report, agency, year, key, value; use -H for input without a header)
	tab-long 2 FILE:1: not a wide gipa table (no column named report); file skipped
	diff-new 2 FILE:1: not a gipa record header (expected the columns report, agency, year, key, value; use -H for input without a header)
	diff-old 2 FILE:1: not a gipa record header (expected the columns report, agency, year, key, value; use -H for input without a header)
	EOF
}

@test "hostile: duplicated header: repeated (concatenated inputs), with and without a BOM" {
	with_line "$D/y2024.tsv" 3 '%s\n%s\n' "$HDR" "a.txt${T}甲局${T}2024${T}apply.new.natural${T}2" >"$TMP/rec.tsv"
	with_line "$D/w2024.tsv" 2 '%s\n%s\n' "$(head -1 "$D/w2024.tsv")" "a.txt${T}甲局${T}2024${T}2${T}4" >"$TMP/wide.tsv"
	# the report: two reports in one input (cat), the second named FILE#2
	cat "$D/report.txt" "$D/report.txt" >"$TMP/report.txt"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv TXT=$TMP/report.txt
	table <<-'EOF'
	extract  0
	sum      0
	tab      0
	tab-p    0
	tab-form 0
	tab-long 0
	diff-new 0
	diff-old 0
	EOF
	run_col extract "$TXT"
	[ "$(grep -c "report.txt#1${T}" <<<"$out")" -gt 200 ]
	[ "$(grep -c "report.txt#2${T}" <<<"$out")" = "$(grep -c "report.txt#1${T}" <<<"$out")" ]
	# a header with a BOM in the middle: a spreadsheet export appended
	with_line "$D/y2024.tsv" 3 '\xef\xbb\xbf%s\n%s\n' "$HDR" "a.txt${T}甲局${T}2024${T}apply.new.natural${T}2" >"$TMP/rec.tsv"
	with_line "$D/w2024.tsv" 2 '\xef\xbb\xbf%s\n%s\n' "$(head -1 "$D/w2024.tsv")" "a.txt${T}甲局${T}2024${T}2${T}4" >"$TMP/wide.tsv"
	{ cat "$D/report.txt"; printf '\xef\xbb\xbf'; cat "$D/report.txt"; } >"$TMP/report.txt"
	table <<-'EOF'
	extract  0
	sum      0
	tab      0
	tab-p    0
	tab-form 0
	tab-long 0
	diff-new 0
	diff-old 0
	EOF
	run_col tab-long "$WIDE"
	[ "$(grep -c report <<<"$out")" -eq 1 ]
}

@test "hostile: duplicated header column: which one to read?" {
	printf '%s\n' "$HDR${T}key" "a.txt${T}甲局${T}2024${T}apply.new.total${T}4${T}apply.new.natural" >"$TMP/rec.tsv"
	printf '%s\n' "report${T}agency${T}year${T}apply.new.total${T}apply.new.total" \
		"a.txt${T}甲局${T}2024${T}4${T}5" >"$TMP/wide.tsv"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv
	table <<-'EOF'
	# (a report has no columns)
	extract  -
	sum      2 FILE:1: two columns named key in the header; file not read
	tab      2 FILE:1: two columns named key in the header; file not read
	tab-p    2 FILE:1: two columns named key in the header; file not read
	tab-form 2 FILE:1: two columns named key in the header; file not read
	tab-long 2 FILE:1: key apply.new.total has two columns; file skipped
	diff-new 2 FILE:1: two columns named key in the header; file not read
	diff-old 2 FILE:1: two columns named key in the header; file not read
	EOF
}

@test "hostile: CR LF line ends" {
	sed 's/$/\r/' "$D/y2024.tsv" >"$TMP/rec.tsv"
	sed 's/$/\r/' "$D/w2024.tsv" >"$TMP/wide.tsv"
	sed 's/$/\r/' "$D/report.txt" >"$TMP/report.txt"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv TXT=$TMP/report.txt
	# Records are LF-only (DESIGN.md): a file in CR LF is named once, by its
	# header line.  A wide table and a report may come from Windows.
	table <<-'EOF'
	extract  0
	sum      2 FILE:1: header line: CR LF line end (convert with dos2unix); file not read
	tab      2 FILE:1: header line: CR LF line end (convert with dos2unix); file not read
	tab-p    2 FILE:1: header line: CR LF line end (convert with dos2unix); file not read
	tab-form 2 FILE:1: header line: CR LF line end (convert with dos2unix); file not read
	tab-long 0
	diff-new 2 FILE:1: header line: CR LF line end (convert with dos2unix); file not read
	diff-old 2 FILE:1: header line: CR LF line end (convert with dos2unix); file not read
	EOF
	run_col tab-long "$WIDE"
	[ "$out" = "$(gipa tab --long "$D/w2024.tsv")" ]
	# one CR LF line among LF ones: that line is named and skipped
	hostile_lines 'a.txt\t甲局\t2024\tapply.new.legal\t2\r\n' 'c.txt\t丙局\t2024\t2\t4\r\n' '\r\n'
	table <<-'EOF'
	extract  0
	sum      1 FILE:3: CR LF line end (convert with dos2unix), line skipped
	tab      1 FILE:3: CR LF line end (convert with dos2unix), line skipped
	tab-p    1 FILE:3: CR LF line end (convert with dos2unix), line skipped
	tab-form 1 FILE:3: CR LF line end (convert with dos2unix), line skipped
	tab-long 0
	diff-new 1 FILE:3: CR LF line end (convert with dos2unix), line skipped
	diff-old 1 FILE:3: CR LF line end (convert with dos2unix), line skipped
	EOF
}

@test "hostile: a UTF-8 BOM at the start" {
	{ printf '\xef\xbb\xbf'; cat "$D/y2024.tsv"; } >"$TMP/rec.tsv"
	{ printf '\xef\xbb\xbf'; cat "$D/w2024.tsv"; } >"$TMP/wide.tsv"
	{ printf '\xef\xbb\xbf'; cat "$D/report.txt"; } >"$TMP/report.txt"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv TXT=$TMP/report.txt
	table <<-'EOF'
	extract  0
	sum      0
	tab      0
	tab-p    0
	tab-form 0
	tab-long 0
	diff-new 0
	diff-old 0
	EOF
	run_col sum "$REC"
	[ "$out" = "$(gipa sum "$D/y2024.tsv")" ]
}

@test "hostile: a value that is not a number" {
	hostile_lines 'a.txt\t甲局\t2024\tapply.new.legal\tseven\n' 'c.txt\t丙局\t2024\tseven\t4\n' '\n'
	# the report: a word among the numbers of a table row
	sed '52s/\t86\t/\teighty-six\t/' "$D/report.txt" >"$TMP/report.txt"
	# gipa-tab reshapes values as they are (meta keys hold text); gipa-sum
	# and gipa-diff need numbers under the keys of the form.
	table <<-'EOF'
	extract  1 FILE:52: apply row new (一、本年新收政府信息公开申请数量): 6 values where the form has 7; row not extracted
	sum      1 FILE:3: apply.new.legal: value 'seven' is not a number, line skipped
	tab      0
	tab-p    0
	tab-form 0
	tab-long 0
	diff-new 1 FILE:3: apply.new.legal: value 'seven' is not a number, line skipped
	diff-old 1 FILE:3: apply.new.legal: value 'seven' is not a number, line skipped
	EOF
}

@test "hostile: a word at the end of a row: no value shifted into another column" {
	skip "reported: lib/extract/recog.c takes the two empty stub cells before the values for blank cells when a word cuts the row short, and shifts the values (apply.new.research = 86)"
	sed '52s/\t4\t114$/\tfour\t114/' "$D/report.txt" >"$TMP/report.txt"
	run_col extract "$TMP/report.txt"
	[ "$status" -eq 1 ]
	! grep "${T}apply\.new\." <<<"$out"
}

@test "hostile: values past 2^63" {
	hostile_lines 'a.txt\t甲局\t2024\tapply.new.legal\t9223372036854775808\n' \
		'c.txt\t丙局\t2024\t9223372036854775808\t4\n' '\n'
	sed '52s/^\(一、本年新收政府信息公开申请数量\t\t\t\)86/\19223372036854775808/' "$D/report.txt" >"$TMP/report.txt"
	# gipa-sum cannot write the total (trouble); gipa-diff skips the line.
	# gipa-extract writes the value as the report states it, and the
	# identities it is in go unchecked (reported for lib/extract).
	table <<-'EOF'
	extract  0
	sum      2 FILE:3: *: apply.new.legal: value 9223372036854775808 does not fit in 64 bits (18 decimals at most), no total written
	tab      0
	tab-p    0
	tab-form 0
	tab-long 0
	diff-new 1 FILE:3: apply.new.legal: value 9223372036854775808 does not fit in 64 bits (18 decimals at most), line skipped
	diff-old 1 FILE:3: apply.new.legal: value 9223372036854775808 does not fit in 64 bits (18 decimals at most), line skipped
	EOF
	# the largest and smallest that fit: a sum past 2^63 - 1 is trouble; a
	# ratio past 2^63 tenths is written whole (not cut to 64 bits)
	with_line "$D/y2024.tsv" 2 'a.txt\t甲局\t2024\tapply.new.total\t9223372036854775807\n' >"$TMP/max.tsv"
	run_split gipa sum "$TMP/max.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: $TMP/max.tsv:4: *: apply.new.total: sum past 9223372036854775807, no total written" ]
	run_split gipa diff --check "$D/y2023.tsv" "$TMP/max.tsv"
	[ "$status" -eq 0 ]
	[[ "$out" == *"apply.new.total 3 → 9223372036854775807 (×3074457345618258602.3)" ]]
	with_line "$D/y2024.tsv" 2 'a.txt\t甲局\t2024\tapply.new.total\t-9223372036854775808\n' >"$TMP/min.tsv"
	run_split gipa sum "$TMP/min.tsv"
	[ "$status" -eq 0 ]
	[[ "$out" == *"apply.new.total${T}-9223372036854775803"* ]]
}

@test "hostile: a line of 100 MB" {
	# one line of 100 MB (and a report line of 100 MB of text)
	big() { head -c 100000000 /dev/zero | tr '\0' 7; }
	{ head -2 "$D/y2024.tsv"; printf 'a.txt\t甲局\t2024\tapply.new.legal\t'; big; echo; tail -n +3 "$D/y2024.tsv"; } >"$TMP/rec.tsv"
	{ head -1 "$D/w2024.tsv"; printf 'c.txt\t丙局\t2024\t'; big; printf '\t4\n'; tail -n +2 "$D/w2024.tsv"; } >"$TMP/wide.tsv"
	{ head -20 "$D/report.txt"; big; echo; tail -n +22 "$D/report.txt"; } >"$TMP/report.txt"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv TXT=$TMP/report.txt
	table <<-'EOF'
	extract  1 FILE:21: line longer than 1 MiB, ignored
	sum      1 FILE:3: line longer than 1 MiB, skipped
	tab      1 FILE:3: line longer than 1 MiB, skipped
	tab-p    1 FILE:3: line longer than 1 MiB, skipped
	tab-form 1 FILE:3: line longer than 1 MiB, skipped
	tab-long 1 FILE:2: line longer than 1 MiB, skipped
	diff-new 1 FILE:3: line longer than 1 MiB, skipped
	diff-old 1 FILE:3: line longer than 1 MiB, skipped
	EOF
	run_col sum "$REC"
	[[ "$out" == *"apply.new.total${T}9"* ]]
}

@test "hostile: NUL bytes" {
	hostile_lines 'a.txt\t甲局\t2024\tapply.new.legal\t2\000\n' 'c.txt\t丙局\t2024\t2\000\t4\n' 'x\000y\n'
	# a NUL in the first 8 KiB of a report: binary, not text; later: the line
	table <<-'EOF'
	extract  2 FILE: binary data (a NUL byte at offset 1670), not a text report
	sum      1 FILE:3: NUL byte, line skipped
	tab      1 FILE:3: NUL byte, line skipped
	tab-p    1 FILE:3: NUL byte, line skipped
	tab-form 1 FILE:3: NUL byte, line skipped
	tab-long 1 FILE:2: NUL byte, line skipped
	diff-new 1 FILE:3: NUL byte, line skipped
	diff-old 1 FILE:3: NUL byte, line skipped
	EOF
	# past the first 8 KiB (here after 9000 bytes of blank lines) a NUL is
	# a line of text to ignore
	{ head -c 9000 /dev/zero | tr '\0' '\n'; cat "$D/report.txt"; printf 'a\000b\n'; } >"$TMP/report.txt"
	run_col extract "$TMP/report.txt"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: $TMP/report.txt:9095: NUL byte in the text, line ignored" ]
	# a NUL in the header line: the file is not read
	with_line "$D/y2024.tsv" 1 'report\tagency\tyear\tkey\tval\000ue\n' >"$TMP/rec.tsv"
	run_col sum "$TMP/rec.tsv"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-sum: $TMP/rec.tsv:1: header line: NUL byte; file not read" ]
}

@test "hostile: invalid UTF-8" {
	hostile_lines 'a.txt\t甲\xe5\x9b\t2024\tapply.new.legal\t2\n' 'c.txt\t甲\xe5\x9b\t2024\t2\t4\n' '甲\xe5\x9b\n'
	table <<-'EOF'
	extract  1 FILE:21: invalid UTF-8, bytes replaced by U+FFFD
	sum      1 FILE:3: invalid UTF-8, line skipped
	tab      1 FILE:3: invalid UTF-8, line skipped
	tab-p    1 FILE:3: invalid UTF-8, line skipped
	tab-form 1 FILE:3: invalid UTF-8, line skipped
	tab-long 1 FILE:2: invalid UTF-8, line skipped
	diff-new 1 FILE:3: invalid UTF-8, line skipped
	diff-old 1 FILE:3: invalid UTF-8, line skipped
	EOF
}

# ---- files that cannot be read ---------------------------------------------------

@test "hostile: a directory" {
	mkdir "$TMP/dir"
	REC=$TMP/dir WIDE=$TMP/dir TXT=$TMP/dir
	table <<-'EOF'
	extract  2 FILE: Is a directory
	sum      2 FILE: Is a directory
	tab      2 FILE: Is a directory
	tab-p    2 FILE: Is a directory
	tab-form 2 FILE: Is a directory
	tab-long 2 FILE: Is a directory
	diff-new 2 FILE: Is a directory
	diff-old 2 FILE: Is a directory
	EOF
}

@test "hostile: a file that does not exist" {
	REC=$TMP/none WIDE=$TMP/none TXT=$TMP/none
	table <<-'EOF'
	extract  2 FILE: No such file or directory
	sum      2 FILE: No such file or directory
	tab      2 FILE: No such file or directory
	tab-p    2 FILE: No such file or directory
	tab-form 2 FILE: No such file or directory
	tab-long 2 FILE: No such file or directory
	diff-new 2 FILE: No such file or directory
	diff-old 2 FILE: No such file or directory
	EOF
}

@test "hostile: a read error (EIO) in the middle of a file" {
	# Reading /proc/self/mem at offset 0 fails with EIO: the file opens, the
	# first read fails, as on a bad disk or a vanished network share.
	[ -r /proc/self/mem ] || skip "no /proc/self/mem"
	REC=/proc/self/mem WIDE=/proc/self/mem TXT=/proc/self/mem
	table <<-'EOF'
	extract  2 FILE: read error: Input/output error
	sum      2 FILE: read error: Input/output error
	tab      2 FILE: read error: Input/output error
	tab-p    2 FILE: read error: Input/output error
	tab-form 2 FILE: read error: Input/output error
	tab-long 2 FILE: read error: Input/output error
	diff-new 2 FILE: read error: Input/output error
	diff-old 2 FILE: read error: Input/output error
	EOF
}

# Run the table as an unprivileged user (root reads a chmod 000 file).
@test "hostile: a file without read permission" {
	chmod 755 "$TMP"
	mkdir "$TMP/good"
	cp "$D/y2023.tsv" "$D/y2025.tsv" "$TMP/good/"
	D=$TMP/good
	cp "$BATS_FILE_TMPDIR/y2024.tsv" "$TMP/rec.tsv"
	cp "$BATS_FILE_TMPDIR/w2024.tsv" "$TMP/wide.tsv"
	cp "$BATS_FILE_TMPDIR/report.txt" "$TMP/report.txt"
	chmod 000 "$TMP/rec.tsv" "$TMP/wide.tsv" "$TMP/report.txt"
	REC=$TMP/rec.tsv WIDE=$TMP/wide.tsv TXT=$TMP/report.txt
	if [ "$(id -u)" = 0 ]; then
		command -v setpriv >/dev/null || skip "running as root without setpriv: root reads a chmod 000 file"
		# gipa (helper.bash) as nobody; the good inputs must be readable
		setpriv --reuid=65534 --regid=65534 --clear-groups \
			test -x "$GIPA_BIN/gipa-sum" -a -r "$D/y2023.tsv" ||
			skip "running as root and nobody cannot reach $GIPA_BIN or $D"
		local real_gipa
		real_gipa=$(declare -f gipa)
		eval "real_${real_gipa}"
		export -f real_gipa
		export GIPA_BIN GIPA_VALGRIND GIPA_VALGRIND_LOG
		gipa() { setpriv --reuid=65534 --regid=65534 --clear-groups bash -c 'real_gipa "$@"' gipa "$@"; }
	fi
	table <<-'EOF'
	extract  2 FILE: Permission denied
	sum      2 FILE: Permission denied
	tab      2 FILE: Permission denied
	tab-p    2 FILE: Permission denied
	tab-form 2 FILE: Permission denied
	tab-long 2 FILE: Permission denied
	diff-new 2 FILE: Permission denied
	diff-old 2 FILE: Permission denied
	EOF
}

@test "hostile: gipa-extract --files0-from given a report, not a list of names: one line" {
	# the whole report is one "name" (no NUL in it): not kept, not echoed
	run_split gipa extract -H --files0-from="$D/report.txt"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: $D/report.txt:1: a file name longer than 4096 bytes (not a list of names?), skipped" ]
	[ -z "$out" ]
	head -c 100000000 /dev/zero | tr '\0' x >"$TMP/names"
	run_split gipa extract -H --files0-from="$TMP/names"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: $TMP/names:1: a file name longer than 4096 bytes (not a list of names?), skipped" ]
}

# ---- outputs that cannot be written ------------------------------------------------

# The command line of column $1 on input $2, as words for bash -c, with
# outputs big enough that a closed pipe is written to (gipa-sum -g report;
# gipa-diff with every value changed).
cmd_of() {
	case $1 in
	extract) echo "gipa extract '$2'" ;;
	sum) echo "gipa sum -g report '$2'" ;;
	tab) echo "gipa tab '$2'" ;;
	tab-p) echo "gipa tab -p '$2'" ;;
	tab-form) echo "gipa tab --form '$2'" ;;
	tab-long) echo "gipa tab --long '$2'" ;;
	diff-new) echo "gipa diff '$D/big-old.tsv' '$2'" ;;
	diff-old) echo "gipa diff '$2' '$D/big-next.tsv'" ;;
	esac
}

# Column $1 on the big inputs as `... | head -1`, SIGPIPE as the default
# action (or ignored, with $2 = ignore): $status is the binary's, $err its
# standard error.
piped() {
	local trap="" f
	[ "${2:-}" = ignore ] && trap="trap '' PIPE; "
	f=$(input_of "$1")
	export -f gipa
	export GIPA_BIN GIPA_VALGRIND GIPA_VALGRIND_LOG
	status=0
	env --default-signal=PIPE bash -c \
		"$trap$(cmd_of "$1" "$f") 2>'$TMP/err' | head -1 >/dev/null; exit \${PIPESTATUS[0]}" ||
		status=$?
	err=$(cat "$TMP/err")
}

@test "hostile: closed standard output (| head -1): quiet, ended by SIGPIPE" {
	env --default-signal=PIPE true 2>/dev/null || skip "env --default-signal is missing"
	REC=$D/big.tsv WIDE=$D/big-wide.tsv TXT=$D/big.txt
	# (make check-valgrind: a run killed by SIGPIPE is checked for errors,
	# not for leaks; see helper.bash)
	export GIPA_VALGRIND_LEAK_CHECK=no
	local col fails=""
	for col in $COLUMNS; do
		piped "$col"
		# 141: ended by SIGPIPE, as the shell tells it; never a message
		[ "$status" -eq 141 ] && [ -z "$err" ] || fails+="$col: status $status, stderr [$err]"$'\n'
	done
	[ -z "$fails" ] || { printf '%s' "$fails" >&2; false; }
}

@test "hostile: closed standard output with SIGPIPE ignored: quiet, status 2" {
	env --default-signal=PIPE true 2>/dev/null || skip "env --default-signal is missing"
	REC=$D/big.tsv WIDE=$D/big-wide.tsv TXT=$D/big.txt
	local col fails=""
	for col in $COLUMNS; do
		piped "$col" ignore
		# EPIPE: the reader went away (out.c); no "Broken pipe" message
		[ "$status" -eq 2 ] && [ -z "$err" ] || fails+="$col: status $status, stderr [$err]"$'\n'
	done
	[ -z "$fails" ] || { printf '%s' "$fails" >&2; false; }
}

@test "hostile: a full disk (>/dev/full): one error line, status 2" {
	[ -w /dev/full ] || skip "no /dev/full"
	REC=$D/y2024.tsv WIDE=$D/w2024.tsv TXT=$D/report.txt
	export -f gipa
	export GIPA_BIN GIPA_VALGRIND GIPA_VALGRIND_LOG
	local col fails="" prog
	for col in $COLUMNS; do
		prog=$(prog_of "$col")
		status=0
		bash -c "$(cmd_of "$col" "$(input_of "$col")") >/dev/full 2>'$TMP/err'" || status=$?
		err=$(cat "$TMP/err")
		[ "$status" -eq 2 ] && [ "$err" = "$prog: write error: No space left on device" ] ||
			fails+="$col: status $status, stderr [$err]"$'\n'
	done
	[ -z "$fails" ] || { printf '%s' "$fails" >&2; false; }
}
