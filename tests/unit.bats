#!/usr/bin/env bats
# Unit tests in C (tests/unit/*-test.c) for pieces of lib/ rewritten for
# speed, each checked against the simple code it replaced on many random
# and hand-made inputs.  Built against the library under test: the
# sanitizer build's libgipa.a, with the sanitizers, when GIPA_BIN is
# build/san (make check), else build/libgipa.a.

load helper

setup() {
	TMP="$(mktemp -d)"
}

teardown() {
	rm -rf "$TMP"
}

# Build tests/unit/NAME.c against $GIPA_BIN/libgipa.a into $TMP/NAME.
# build_unit NAME [CC ARGS...]: tests/unit/NAME.c against the library, with
# the extra arguments (flags, sources that replace the library's objects)
build_unit() {
	local name=$1 lib="$GIPA_BIN/libgipa.a" san=""
	shift
	command -v cc >/dev/null || skip "no C compiler"
	[ -f "$lib" ] || skip "no $lib"
	[ "$(basename "$GIPA_BIN")" = san ] &&
		san="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"
	cc -std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -O1 -g $san \
		-I"$REPO_DIR/lib" -I"$REPO_DIR/lib/extract" -o "$TMP/$name" \
		"$TESTS_DIR/unit/$name.c" "$@" "$lib" $(pkg-config --libs libutf8proc libzip expat)
}

@test "text_set_scan, text_find, text_last_end: as a naive search, on random texts and phrase sets, broken UTF-8 too; text_set_scan_memo as text_set_scan" {
	build_unit textsearch-test
	run "$TMP/textsearch-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "textsearch: 300000 random cases and the hand-written ones agree"*"the memo with the scan in 300 sets"* ]]
}

@test "norm_line: as memchr for NUL, utf8_invalid_at, the lone no-break space rule and utf8_nfkc one after the other; an unchanged line uncopied" {
	build_unit norm-test
	run "$TMP/norm-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "norm: 200082 lines, norm_line agrees"* ]]
}

@test "squeeze_fold_append, squeeze_append, fold_append, lineinfo_set: as the old squeeze then fold, on random lines and every code point" {
	build_unit fold-test
	run "$TMP/fold-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "fold: 1374687 lines, squeeze and fold agree"* ]]
}

@test "out_reserve, out_commit, out_commit_line: records written in place, longer than the 64 KiB blocks too, come out as built, whole lines only" {
	build_unit out-test
	run "$TMP/out-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "out: 8000 steps ("*"), output as built" ]]
}

@test "lex_line, lex_cells, lex_is_furniture: as the old lexer, on every line of the fixtures and examples and on random lines" {
	build_unit lex-test
	# the files some converter cannot read say so on stderr: kept apart
	run sh -c '"$@" 2>"$0"' "$TMP/stderr" "$TMP/lex-test" $(find "$FIXTURES" "$REPO_DIR/examples" -type f | sort)
	echo "$output"
	[ "$status" -eq 0 ] || cat "$TMP/stderr"
	[ "$status" -eq 0 ]
	[[ "$output" == "lex: "*" lines ("*" files), lex_line, lex_cells and lex_is_furniture agree with the old lexer" ]]
}

@test "gb18030_decode: as iconv_read's iconv loop, on every 1- and 2-byte input, 4-byte codes and random GB bytes in random pieces" {
	build_unit gb18030-test
	run "$TMP/gb18030-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "gb18030: 569928 inputs, gb18030_decode agrees"* ]]
}

@test "html_read: as the byte-at-a-time reader it replaced, on the HTML fixtures and random HTML-ish documents, in random reads" {
	build_unit html-test
	# not the pages whose tables are in a script's strings: the old reader
	# dropped scripts (those pages: jsstr-test and the fixtures' expected records)
	run "$TMP/html-test" $(ls "$FIXTURES"/*.html | grep -v -- '-html-js\.html$')
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "html: "*" documents, "*" html_read agrees with the byte-at-a-time reader" ]]
}

@test "lines_next: as a split at each LF, for reads of any size, lines longer than maxline and a last line without LF" {
	build_unit lines-test
	run "$TMP/lines-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "lines: 1000 random inputs and the hand-made ones, "*" lines, as split at LFs" ]]
}

@test "lines_next without SSE2: the portable LF search of other machines, as a split at each LF too" {
	# lib/lines.c built again without __SSE2__, in place of the library's
	build_unit lines-test -U__SSE2__ "$REPO_DIR/lib/lines.c"
	run "$TMP/lines-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "lines: 1000 random inputs and the hand-made ones, "*" lines, as split at LFs" ]]
}

@test "js_table_strings: the script strings that hold whole tables, escapes decoded; tables made when the page runs left out" {
	build_unit jsstr-test
	run "$TMP/jsstr-test"
	echo "$output"
	[ "$status" -eq 0 ]
	[[ "$output" == "jsstr: "*" scripts, the strings with whole tables as written" ]]
}
