#!/usr/bin/env bats
# gipa-extract: every fixture's complete records, bad input, options.

load helper

SEEDS="$REPO_DIR/examples/reports"

setup() {
	TMP="$(mktemp -d)"
}

teardown() {
	rm -rf "$TMP"
}

# Extract FILE (run from its directory, so `report` is its bare name) and
# compare with FILE.expected.tsv, or with the EXPECTED file given.
check_fixture() {
	local dir file expected
	dir="$(dirname "$1")"
	file="$(basename "$1")"
	expected="${2:-$1.expected.tsv}"
	cd "$dir"
	gipa extract "$file" >"$TMP/out.tsv" 2>"$TMP/err.txt" || true
	diff -u "$expected" "$TMP/out.tsv"
}

# ---- the five real seed reports -------------------------------------------

@test "seed 000: PDF text, values after labels, vertical headers, - 6 -" {
	check_fixture "$SEEDS/000_3bc1756062b49192.txt" "$TESTS_DIR/expected/000_3bc1756062b49192.expected.tsv"
}

@test "seed 001: a row with a missing cell is refused and named, exit 1" {
	cd "$SEEDS"
	run_split gipa extract 001_42ec128b6f4a8fbe.txt
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: 001_42ec128b6f4a8fbe.txt:36: active row normative (行政规范性文件): 2 values where the form has 3; row not extracted" ]
	diff -u "$TESTS_DIR/expected/001_42ec128b6f4a8fbe.expected.tsv" <(printf '%s\n' "$out")
}

@test "seed 002: tab-separated rows, shifted stubs, markdown headings" {
	check_fixture "$SEEDS/002_a885d3ab6c8de114.txt" "$TESTS_DIR/expected/002_a885d3ab6c8de114.expected.tsv"
}

@test "seed 003: one cell per line" {
	check_fixture "$SEEDS/003_9efe29012805772b.txt" "$TESTS_DIR/expected/003_9efe29012805772b.expected.tsv"
}

@test "seed 004: one cell per line, agency only in the contact sentence" {
	check_fixture "$SEEDS/004_272ad62144e027d0.txt" "$TESTS_DIR/expected/004_272ad62144e027d0.expected.tsv"
}

# ---- converter fixtures (tests/fixtures/README.md) ---------------------------

@test "every converter fixture gives its complete expected records" {
	local n=0 failed=""
	for e in "$FIXTURES"/*.expected.tsv "$FIXTURES"/hand/*.expected.tsv; do
		f="${e%.expected.tsv}"
		(cd "$(dirname "$f")" && gipa extract "$(basename "$f")" 2>/dev/null) >"$TMP/out.tsv" || true
		cmp -s "$e" "$TMP/out.tsv" || failed="$failed $(basename "$f")"
		n=$((n + 1))
	done
	echo "failed:$failed"
	[ -z "$failed" ]
	[ "$n" -ge 32 ]
}

@test "fixtures with non-zero values in every table (not a program that prints 0)" {
	for f in a-pdftotext-raw.txt a-html-utf8.html a-pandoc-plain.txt a-w3m.txt a-md-pipe.txt a-cell-per-line.txt a-tsv.txt; do
		for t in active apply review; do
			awk -F'\t' -v t="$t" 'index($4, t ".") == 1 && $5 != "" && $5 != "0" {found=1} END {exit !found}' \
				"$FIXTURES/$f.expected.tsv"
		done
	done
}

@test "exact values from real conversions: spot checks" {
	cd "$FIXTURES"
	gipa extract a-pdftotext-layout.txt >"$TMP/o" 2>/dev/null
	grep -qx $'a-pdftotext-layout.txt\t示例市东城区卫生健康局\t2024\tactive.fees.amount\t1.25' "$TMP/o"
	grep -qx $'a-pdftotext-layout.txt\t示例市东城区卫生健康局\t2024\tapply.total.total\t112' "$TMP/o"
	gipa extract b-html-gbk-meta.html >"$TMP/o" 2>/dev/null
	grep -qx $'b-html-gbk-meta.html\t示例县自然资源局\t2024\tactive.rules.repealed\t' "$TMP/o"
	grep -qx $'b-html-gbk-meta.html\t示例县自然资源局\t2024\tmeta.date\t2025-01-20' "$TMP/o"
}

@test "blank cells dropped by pdftotext: those rows are refused, never shifted" {
	cd "$FIXTURES"
	run_split gipa extract b-pdftotext-raw.txt
	[ "$status" -eq 1 ]
	[[ "$err" == *"active row rules (规章): 2 values where the form has 3; row not extracted"* ]]
	! grep -q $'\tactive.rules.' <<<"$out"
	! grep -q $'\tapply.carried.' <<<"$out"
	grep -q $'\tapply.new.natural\t' <<<"$out"
}

@test "planted identity error: exit 1, both broken identities named" {
	cd "$FIXTURES"
	run_split gipa extract c-html-utf8.html
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: c-html-utf8.html:30: apply I1 balance: total: 新收+结转 57 ≠ 办理+结转下年 56
gipa-extract: c-html-utf8.html:31: apply I3 row total: carried: 总计 5 ≠ sum 4" ]
	# the report's own (wrong) total is still what is written
	grep -qx $'c-html-utf8.html\t示例市交通运输局\t2024\tapply.carried.total\t5' <<<"$out"
}

@test "--check writes the findings as TSV instead of records" {
	cd "$FIXTURES"
	run_split gipa extract --check c-pdftotext-raw.txt
	[ "$status" -eq 1 ]
	[ -z "$err" ]
	[ "$(sed -n 1p <<<"$out")" = $'report\tagency\tyear\tline\tseverity\tcheck\tmessage' ]
	grep -q $'^c-pdftotext-raw.txt\t示例市交通运输局\t2024\t[0-9]*\tproblem\tI3\tapply I3 row total: carried: 总计 5 ≠ sum 4$' <<<"$out"
	[ "$(wc -l <<<"$out")" -eq 3 ]
}

@test "--check on a clean report: header only, exit 0" {
	cd "$FIXTURES"
	run_split gipa extract --check a-html-utf8.html
	[ "$status" -eq 0 ]
	[ "$out" = $'report\tagency\tyear\tline\tseverity\tcheck\tmessage' ]
}

@test "blank cells read as 0 for an identity are noted (S6), exit stays 0" {
	cd "$FIXTURES"
	run_split gipa extract b-html-utf8.html
	[ "$status" -eq 0 ]
	[[ "$err" == *"apply I3 row total: carried: holds only when the blank cells are read as 0"* ]]
}

# ---- several reports, names, line numbers -----------------------------------------

@test "cat *.txt | gipa-extract splits and numbers the reports" {
	cd "$SEEDS"
	cat 000_*.txt 001_*.txt 002_*.txt 003_*.txt 004_*.txt | gipa extract >"$TMP/all.tsv" 2>/dev/null || true
	[ "$(cut -f1 "$TMP/all.tsv" | uniq | tr '\n' ' ')" = "report -#1 -#2 -#3 -#4 -#5 " ]
	i=1
	for f in 000_*.txt 001_*.txt 002_*.txt 003_*.txt 004_*.txt; do
		diff <(grep "^-#$i	" "$TMP/all.tsv" | grep -v "	meta.sha256	" | cut -f2-) \
			<(tail -n +2 "$TESTS_DIR/expected/${f%.txt}.expected.tsv" | grep -v "	meta.sha256	" | cut -f2-)
		i=$((i + 1))
	done
	# meta.sha256 is the hash of the whole input, for each report in it
	sha=$(cat 000_*.txt 001_*.txt 002_*.txt 003_*.txt 004_*.txt | sha256sum | cut -c1-64)
	[ "$(awk -F'\t' '$4 == "meta.sha256" {print $5}' "$TMP/all.tsv" | sort | uniq -c | awk '{print $1, $2}')" = "5 $sha" ]
}

@test "--name names standard input; several files in one call" {
	cd "$SEEDS"
	gipa extract --name xq2024.txt <000_3bc1756062b49192.txt >"$TMP/a" 2>/dev/null
	[ "$(sed -n 2p "$TMP/a" | cut -f1-3)" = $'xq2024.txt\t攀枝花市西区卫生健康局\t2024' ]
	gipa extract 000_3bc1756062b49192.txt 003_9efe29012805772b.txt >"$TMP/b" 2>/dev/null
	[ "$(cut -f1 "$TMP/b" | uniq | tr '\n' ' ')" = "report 000_3bc1756062b49192.txt 003_9efe29012805772b.txt " ]
}

@test "-n adds the input line of each value" {
	cd "$SEEDS"
	gipa extract -n 000_3bc1756062b49192.txt >"$TMP/o"
	[ "$(head -1 "$TMP/o")" = $'report\tagency\tyear\tkey\tvalue\tline' ]
	# 行政许可 2 is line 68 of the report
	[ "$(sed -n 68p 000_3bc1756062b49192.txt)" = "行政许可 2" ]
	grep -qx $'000_3bc1756062b49192.txt\t攀枝花市西区卫生健康局\t2024\tactive.license.decisions\t2\t68' "$TMP/o"
}

@test "-H leaves out the header; output is byte-identical across runs" {
	cd "$FIXTURES"
	gipa extract -H a-w3m.txt >"$TMP/1"
	gipa extract -H a-w3m.txt >"$TMP/2"
	cmp "$TMP/1" "$TMP/2"
	[ "$(head -1 "$TMP/1" | cut -f1)" = "a-w3m.txt" ]
}

@test "--schema lists the 200 keys exactly as SCHEMA.md Appendix A, --schema=2019 the 198 of Appendix B" {
	gipa extract --schema | diff -u "$TESTS_DIR/data/schema-2021.tsv" -
	gipa extract --schema=2019 | diff -u "$TESTS_DIR/data/schema-2019.tsv" -
	run gipa extract --schema=2020
	[ "$status" -eq 2 ]
}

# ---- encodings --------------------------------------------------------------------

@test "UTF-16 with a BOM, and CR LF line ends" {
	cd "$FIXTURES/hand"
	iconv -f UTF-8 -t UTF-16 d-variants.txt >"$TMP/d16.txt"
	gipa extract "$TMP/d16.txt" | cut -f4- | grep -v '^meta.sha256' |
		diff - <(cut -f4- d-variants.txt.expected.tsv | grep -v '^meta.sha256')
	sed 's/$/\r/' d-variants.txt >"$TMP/crlf.txt"
	gipa extract "$TMP/crlf.txt" | cut -f4- | grep -v '^meta.sha256' |
		diff - <(cut -f4- d-variants.txt.expected.tsv | grep -v '^meta.sha256')
}

@test "GBK text without any declaration is detected" {
	cd "$FIXTURES/hand"
	iconv -f UTF-8 -t GBK d-variants.txt >"$TMP/gbk.txt"
	gipa extract "$TMP/gbk.txt" | cut -f4- | grep -v '^meta.sha256' |
		diff - <(cut -f4- d-variants.txt.expected.tsv | grep -v '^meta.sha256')
}

# ---- bad input ----------------------------------------------------------------------

@test "empty file: one line, exit 1, header only" {
	: >"$TMP/empty.txt"
	run_split gipa extract "$TMP/empty.txt"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: $TMP/empty.txt: empty input" ]
	[ "$out" = $'report\tagency\tyear\tkey\tvalue' ]
}

@test "binary file: one line, exit 2" {
	printf 'GIF89a\001\000\001\000\000\377\000' >"$TMP/bin.gif"
	run_split gipa extract "$TMP/bin.gif"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: $TMP/bin.gif: binary data (a NUL byte at offset 7), not a text report" ]
}

@test "PDF, DOCX and DOC files that are broken are named as such, exit 2" {
	# (the documents themselves: tests/gipa-extract-files.bats)
	printf 'PK\003\004rest' >"$TMP/r.docx"
	run_split gipa extract "$TMP/r.docx"
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-extract: $TMP/r.docx: a ZIP file that cannot be read (a DOCX cut short?): "* ]]
	command -v pdftotext >/dev/null || skip "pdftotext (poppler-utils) is not installed"
	printf '%%PDF-1.7\n' >"$TMP/r.pdf"
	run_split gipa extract "$TMP/r.pdf"
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-extract: $TMP/r.pdf: pdftotext failed (exit status 1): "* ]]
}

@test "invalid UTF-8 inside a report: named, replaced, the values still read" {
	cd "$SEEDS"
	sed '5s/$/\xff\xfe/' 000_3bc1756062b49192.txt >"$TMP/bad.txt"
	run_split gipa extract "$TMP/bad.txt"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: $TMP/bad.txt:5: invalid UTF-8, bytes replaced by U+FFFD" ]
	diff <(printf '%s\n' "$out" | cut -f4- | grep -v '^meta.sha256') \
		<(cut -f4- "$TESTS_DIR/expected/000_3bc1756062b49192.expected.tsv" | grep -v '^meta.sha256')
}

@test "UTF-8 with a GBK-encoded phrase late in the file: read as UTF-8, that line repaired" {
	# The encoding is told by the start of the file; a bad line late in it
	# is repaired where it is, not taken for a sign of GB18030.
	cd "$SEEDS"
	n=$(wc -l <000_3bc1756062b49192.txt)
	sed "${n}s/\$/$(printf '\xca\xbe\xc0\xfd')/" 000_3bc1756062b49192.txt >"$TMP/late.txt"
	run_split gipa extract "$TMP/late.txt"
	[ "$err" = "gipa-extract: $TMP/late.txt:$n: invalid UTF-8, bytes replaced by U+FFFD" ]
	diff <(printf '%s\n' "$out" | cut -f4- | grep -v '^meta.sha256') \
		<(cut -f4- "$TESTS_DIR/expected/000_3bc1756062b49192.expected.tsv" | grep -v '^meta.sha256')
}

@test "a NUL byte after the start: that line is ignored and named" {
	cd "$SEEDS"
	{ cat 000_3bc1756062b49192.txt; for i in $(seq 200); do echo "附注第 $i 行文字。"; done; printf 'a\000b\n'; } >"$TMP/nul.txt"
	run_split gipa extract "$TMP/nul.txt"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: $TMP/nul.txt:520: NUL byte in the text, line ignored" ]
	[ "$(printf '%s\n' "$out" | wc -l)" -eq 206 ]
}

@test "a 100 MB line: named and skipped in linear time, the report still read" {
	cd "$SEEDS"
	{ head -c 100000000 /dev/zero | tr '\0' 'x'; echo; cat 000_3bc1756062b49192.txt; } >"$TMP/huge.txt"
	run_split gipa extract "$TMP/huge.txt"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: $TMP/huge.txt:1: line longer than 1 MiB, ignored" ]
	[ "$(printf '%s\n' "$out" | wc -l)" -eq 206 ]
}

@test "HTML with its tables in a script's string (SCHEMA 5.10): read when whole, once, never half, layout tables or not" {
	cd "$FIXTURES"
	# whole tables in one string each: read (the fixtures' expected records)
	gipa extract a-html-js.html | cmp - a-html-js.html.expected.tsv
	gipa extract b-html-js.html 2>/dev/null | cmp - b-html-js.html.expected.tsv
	# a table put together when the page runs (a value added with +): not in
	# the page as written, so not read at all rather than read without values
	sed 's|<td align=\\"center\\">|&" + v + "|g' a-html-js.html >"$TMP/dyn.html"
	grep -q '" + v + "' "$TMP/dyn.html"
	run gipa extract "$TMP/dyn.html"
	[ "$status" -eq 1 ]
	[[ "$output" == *"no statistical tables found"* ]]
	# a page laid out with a table of its own (no values in it): the
	# script's tables are still read
	sed 's|<body>|<body><table><tr><td>首页</td><td>政务公开</td></tr></table>|' a-html-js.html >"$TMP/layout.html"
	gipa extract "$TMP/layout.html" >"$TMP/layout.tsv"
	diff <(cut -f4- "$TMP/layout.tsv" | grep -v '^meta.sha256') \
		<(cut -f4- a-html-js.html.expected.tsv | grep -v '^meta.sha256')
	# the page's own tables and a script's copy of them: read once
	sed -n '/<script/,/<\/script>/p' a-html-js.html >"$TMP/script.txt"
	{ sed '/<\/body>/,$d' a-html-utf8.html; cat "$TMP/script.txt"; echo '</body></html>'; } >"$TMP/both.html"
	gipa extract "$TMP/both.html" >"$TMP/both.tsv"
	[ "$(cut -f1 "$TMP/both.tsv" | sort -u | wc -l)" -eq 2 ] # the header and one report
	diff <(cut -f4- "$TMP/both.tsv" | grep -v '^meta.sha256') \
		<(cut -f4- a-html-utf8.html.expected.tsv | grep -v '^meta.sha256')
}

@test "text with no tables: one line, exit 1, no records" {
	printf '一、总体情况\n今年工作顺利。\n六、其他需要报告的事项\n无。\n' >"$TMP/prose.txt"
	run_split gipa extract "$TMP/prose.txt"
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: $TMP/prose.txt: no statistical tables found (not an annual report, or its tables are images)" ]
	[ "$out" = $'report\tagency\tyear\tkey\tvalue' ]
}

@test "a truncated report: what was read is written, the rest named missing" {
	cd "$SEEDS"
	head -n 170 000_3bc1756062b49192.txt >"$TMP/cut.txt"  # cut after （三）8.
	run_split gipa extract "$TMP/cut.txt"
	[ "$status" -eq 1 ]
	[[ "$err" == *"apply row unable_nohold (1.本机关不掌握相关政府信息) not found"* ]]
	[[ "$err" == *"review: table 四、政府信息公开行政复议、行政诉讼情况 not found"* ]]
	grep -q $'\tapply.deny_query.total\t0$' <<<"$out"
	! grep -q $'\tapply.unable_nohold.' <<<"$out"
}

@test "a directory and a vanished file: named, exit 2, other files still read" {
	cd "$SEEDS"
	run_split gipa extract "$TMP" nonexistent.txt 000_3bc1756062b49192.txt
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: $TMP: Is a directory
gipa-extract: nonexistent.txt: No such file or directory" ]
	[ "$(printf '%s\n' "$out" | wc -l)" -eq 206 ]
}

@test "closed stdout: | head -1 exits quietly" {
	cd "$FIXTURES"
	run bash -c "'$GIPA_BIN/gipa-extract' a-*.txt 2>&1 >/dev/null | head -c0; '$GIPA_BIN/gipa-extract' a-*.txt b-*.txt 2>'$TMP/err' | head -1"
	[ "$output" = $'report\tagency\tyear\tkey\tvalue' ]
	[ ! -s "$TMP/err" ] || ! grep -qi "broken pipe" "$TMP/err"
}

@test "a full disk: one error line, exit 2" {
	cd "$SEEDS"
	run_split gipa extract 000_3bc1756062b49192.txt 003_9efe29012805772b.txt '>/dev/full'
	run bash -c "'$GIPA_BIN/gipa-extract' 000_3bc1756062b49192.txt >/dev/full"
	[ "$status" -eq 2 ]
	[ "$output" = "gipa-extract: write error: No space left on device" ]
}

@test "bad usage exits 2; --help and --version exit 0" {
	run gipa extract --bogus
	[ "$status" -eq 2 ]
	[[ "$output" == *"Try 'gipa-extract --help'"* ]]
	run gipa extract --help
	[ "$status" -eq 0 ]
	[[ "$output" == *"Usage: gipa-extract [OPTION]... [FILE]..."* ]]
	run gipa extract --version
	[ "$status" -eq 0 ]
	[[ "$output" == "gipa-extract (gipa) "* ]]
}

# ---- never a silent wrong number ---------------------------------------------------

@test "a row with too many values is refused" {
	cd "$SEEDS"
	sed 's/^规章 0 0 0$/规章 0 0 0 5/' 000_3bc1756062b49192.txt >"$TMP/x.txt"
	run_split gipa extract "$TMP/x.txt"
	[ "$status" -eq 1 ]
	[[ "$err" == *"active row rules (规章): 4 values where the form has 3; row not extracted"* ]]
	! grep -q $'\tactive.rules.' <<<"$out"
}

@test "a row printed twice with other values is refused" {
	cd "$SEEDS"
	sed 's/^2.重复申请 0 0 0 0 0 0 0$/2.重复申请 0 0 0 0 0 0 0\n2.重复申请 1 0 0 0 0 0 1/' 000_3bc1756062b49192.txt >"$TMP/x.txt"
	run_split gipa extract "$TMP/x.txt"
	[ "$status" -eq 1 ]
	[[ "$err" == *"apply row noproc_repeat (2.重复申请) appears again with other values; row not extracted"* ]]
	! grep -q $'\tapply.noproc_repeat.' <<<"$out"
}

@test "an unrecognisable label: its values are not placed, the row is named missing" {
	cd "$SEEDS"
	sed 's/^4.保护第三方合法权益/4.××××××/' 000_3bc1756062b49192.txt >"$TMP/x.txt"
	run_split gipa extract "$TMP/x.txt"
	[ "$status" -eq 1 ]
	[[ "$err" == *"apply: 7 values after '4.××××××' not placed: no row label recognised"* ]]
	[[ "$err" == *"apply row deny_third (4.保护第三方合法权益) not found"* ]]
	grep -q $'\tapply.deny_internal.natural\t0$' <<<"$out"
}

@test "a 2019-form report is read under the 2019 keys, and said to be 2019" {
	cat >"$TMP/r2019.txt" <<'TXT'
示例县审计局2020年政府信息公开工作年度报告
一、总体情况
2020年，我局认真做好政府信息公开工作。
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年新制作数量 本年新公开数量 对外公开总数量
规章 0 0 0
规范性文件 1 1 5
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量 2 0 0 0 0 0 2
四、政府信息公开行政复议、行政诉讼情况
1 0 0 0 1 0 0 0 0 0 0 0 0 0 0
五、存在的主要问题及改进情况
无。
TXT
	run_split gipa extract "$TMP/r2019.txt"
	[ "$status" -eq 1 ]   # the short report lacks most rows: they are named
	[[ "$err" == *"apply row other (（六）其他处理) not found"* ]]
	[[ "$err" != *"other_nocorrect"* ]]
	grep -qx $'.*\tmeta.form\t2019' <<<"$out"
	grep -qx $'.*\tactive.normative.public_total\t5' <<<"$out"
	grep -qx $'.*\treview.review.upheld\t1' <<<"$out"
	! grep -q $'\tactive.normative.issued\t' <<<"$out"
}

@test "on a terminal each input's records are written when it is done, before the next one's messages" {
	command -v script >/dev/null || skip "no script(1)"
	script -qec true /dev/null >/dev/null 2>&1 || skip "script(1) cannot open a terminal here"
	cd "$FIXTURES"
	run script -qec "'$GIPA_BIN/gipa-extract' a-tsv.txt missing.txt" /dev/null
	[ "$status" -eq 2 ]
	mapfile -t lines < <(printf '%s\n' "$output" | tr -d '\r')
	n=$(($(wc -l <a-tsv.txt.expected.tsv) + 1))
	[ "${#lines[@]}" -eq "$n" ]
	[ "${lines[$((n - 2))]%%$'\t'*}" = a-tsv.txt ]
	[ "${lines[$((n - 1))]}" = "gipa-extract: missing.txt: No such file or directory" ]
}
