#!/usr/bin/env bats
# The record reader (lib/record.c) that gipa-sum, gipa-diff and gipa-tab
# share: the same line names the same problem in each, whatever the line
# shares with the one before it (the reader scans only what differs after
# report, agency and year), and however many columns the header has.

load helper

T=$'\t'
HDR="report${T}agency${T}year${T}key${T}value"

setup() {
	TMP="$(mktemp -d)"
}

teardown() {
	rm -rf "$TMP"
}

# Bad lines among good ones; most share their start with a good line.
bad_input() {
	printf '%s\n' "$HDR"
	printf 'a\tA\t2024\tapply.new.total\t1\n'
	printf 'a\tA\t2024\tapply.new.natural\t1\0002\n'          # 3: NUL after the shared start
	printf 'a\tA\t2024\tapply.new.legal\t\xc0\xaf\n'          # 4: overlong form
	printf 'a\tA\t2024\tapply.new.research\t\xed\xa0\x80\n'   # 5: surrogate
	printf 'a\tA\t2024\tapply.new.other_org\t\xf4\x90\x80\x80\n' # 6: past U+10FFFF
	printf 'a\tA\t2024\tapply.new.nonprofit\t\xe4\xb8\0\n'     # 7: invalid, then NUL: NUL named
	printf 'a\tA\t2024\tapply.new.commercial\t1\r\n'          # 8: CR LF
	printf 'a\tA\t2024\tapply.carried.total\t1\t\n'           # 9: six fields
	printf 'a\tA\t2024\n'                                     # 10: three fields, the start only
	printf 'a\tA\t2024\t\t1\n'                                # 11: empty key
	printf 'a\tA\xff\t2024\tapply.carried.natural\t1\n'       # 12: invalid in the agency
	printf 'a\tA\t2024\tapply.carried.legal\t3\n'             # 13: good again
}

expect_err() {
	local p=$1 f=$2
	printf '%s\n' \
		"$p: $f:3: NUL byte, line skipped" \
		"$p: $f:4: invalid UTF-8, line skipped" \
		"$p: $f:5: invalid UTF-8, line skipped" \
		"$p: $f:6: invalid UTF-8, line skipped" \
		"$p: $f:7: NUL byte, line skipped" \
		"$p: $f:8: CR LF line end (convert with dos2unix), line skipped" \
		"$p: $f:9: 6 fields where the header has 5, line skipped" \
		"$p: $f:10: 3 fields where the header has 5, line skipped" \
		"$p: $f:11: empty key, line skipped" \
		"$p: $f:12: invalid UTF-8, line skipped"
}

@test "record: gipa-sum, gipa-diff and gipa-tab name the same bad lines alike" {
	bad_input >"$TMP/bad.tsv"
	run_split gipa sum "$TMP/bad.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "$(expect_err gipa-sum "$TMP/bad.tsv")" ]
	[ "$out" = "$(printf '%s\n' "$HDR" "*${T}*${T}*${T}meta.reports${T}1" \
		"*${T}*${T}*${T}apply.new.total${T}1" "*${T}*${T}*${T}apply.carried.legal${T}3")" ]

	run_split gipa tab "$TMP/bad.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "$(expect_err gipa-tab "$TMP/bad.tsv")" ]
	[ "$out" = "$(printf 'report\tagency\tyear\tapply.new.total\tapply.carried.legal\na\tA\t2024\t1\t3')" ]

	printf '%s\n' "$HDR" "a${T}A${T}2023${T}apply.new.total${T}1" \
		"a${T}A${T}2023${T}apply.carried.legal${T}3" >"$TMP/old.tsv"
	run_split gipa diff "$TMP/old.tsv" "$TMP/bad.tsv"
	# (gipa-diff names other things too: the changes are its output)
	[ "$(grep ': NUL byte\|: invalid UTF-8\|: CR LF\|fields where\|empty key' <<<"$err")" = \
		"$(expect_err gipa-diff "$TMP/bad.tsv")" ]
}

@test "record: more columns than the reader keeps TABs for; the five found by name" {
	# 70 columns: c1..c65, then the five record columns
	{
		for i in $(seq 1 65); do printf 'c%d\t' "$i"; done
		printf '%s\n' "$HDR"
		for r in a b; do
			for k in apply.new.total apply.new.natural; do
				for i in $(seq 1 65); do printf 'x\t'; done
				printf '%s\t%s\t2024\t%s\t2\n' "$r" "${r^^}" "$k"
			done
		done
		for i in $(seq 1 66); do printf 'x\t'; done # 71 fields
		printf 'c\tC\t2024\tapply.new.total\t5\n'
	} >"$TMP/wide.tsv"
	run_split gipa sum "$TMP/wide.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: $TMP/wide.tsv:6: 71 fields where the header has 70, line skipped" ]
	[ "$out" = "$(printf '%s\n' "$HDR" "*${T}*${T}*${T}meta.reports${T}2" \
		"*${T}*${T}*${T}apply.new.natural${T}4" "*${T}*${T}*${T}apply.new.total${T}4")" ]
	run_split gipa tab "$TMP/wide.tsv"
	[ "$status" -eq 1 ]
	[ "$out" = "$(printf 'report\tagency\tyear\tapply.new.natural\tapply.new.total\na\tA\t2024\t2\t2\nb\tB\t2024\t2\t2')" ]
}

@test "record: key and value before report, agency and year" {
	printf 'value\tkey\tyear\tagency\treport\n3\tapply.new.total\t2024\tA\ta\n4\tapply.new.total\t2024\tB\tb\n4\tapply.new.total\t2024\tB\tb\xff\n' \
		>"$TMP/odd.tsv"
	run_split gipa sum -g report "$TMP/odd.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-sum: $TMP/odd.tsv:4: invalid UTF-8, line skipped" ]
	[ "$out" = "$(printf '%s\n' "$HDR" "a${T}*${T}*${T}meta.reports${T}1" "a${T}*${T}*${T}apply.new.total${T}3" \
		"b${T}*${T}*${T}meta.reports${T}1" "b${T}*${T}*${T}apply.new.total${T}4")" ]
}

@test "record: plain TSV (gipa-tab -p, --long) drops a CR and names NUL and invalid UTF-8" {
	printf 'a\tb\r\n1\t2\r\n3\t\0004\n5\t\xff\n6\t7\n' >"$TMP/p.tsv"
	run_split gipa tab -p "$TMP/p.tsv"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-tab: $TMP/p.tsv:3: NUL byte, line skipped
gipa-tab: $TMP/p.tsv:4: invalid UTF-8, line skipped" ]
	[ "$(grep -c . <<<"$out")" -eq 4 ] # header, rule, two rows
}
