#!/usr/bin/env bats
# gipa-extract on reports as downloaded: PDF, DOCX, DOC files (told by their
# content), meta.sha256, --files0-from, and documents that cannot be read.
# Fixtures: tests/fixtures/files/ (made by tests/fixtures/src/make_files.py).

load helper

FILES="$FIXTURES/files"

setup() {
	TMP="$(mktemp -d)"
}

teardown() {
	rm -rf "$TMP"
}

need_pdftotext() {
	command -v pdftotext >/dev/null || skip "pdftotext (poppler-utils) is not installed"
}

need_wvware() {
	command -v wvWare >/dev/null || skip "wvWare (wv) is not installed"
}

# Extract FILE from its directory and compare with FILE.expected.tsv.
check_file() {
	(cd "$FILES" && gipa extract "$1" 2>"$TMP/err") >"$TMP/out.tsv" || true
	diff -u "$FILES/$1.expected.tsv" "$TMP/out.tsv"
}

# A C program of tests/unit/ built against the library under test.
build_unit() {
	local lib="$GIPA_BIN/libgipa.a" san=""
	[ -f "$lib" ] || skip "no $lib"
	[ "$(basename "$GIPA_BIN")" = san ] && san="-fsanitize=address,undefined"
	cc -std=c11 -D_DEFAULT_SOURCE -g $san -I"$REPO_DIR/lib" -o "$TMP/$1" \
		"$TESTS_DIR/unit/$1.c" "$lib" $(pkg-config --libs libutf8proc libzip expat)
}

# ---- SHA-256 -------------------------------------------------------------------

@test "sha256: FIPS 180-2 examples (abc, empty, 448 and 896 bits, a million a), in pieces" {
	command -v cc >/dev/null || skip "no C compiler"
	cc -std=c11 -Wall -Wextra -Werror -D_DEFAULT_SOURCE -O1 -g -fsanitize=address,undefined \
		-I"$REPO_DIR/lib" -o "$TMP/sha" "$TESTS_DIR/unit/sha256-test.c" "$REPO_DIR/lib/sha256.c"
	run "$TMP/sha"
	echo "$output"
	[ "$status" -eq 0 ]
	[ "$output" = "38 passed, 0 failed" ]
}

@test "a text report of 64 KiB less one, exactly, and one more (the first read's size), from a file and a pipe: its records, its hash" {
	# the bytes of the first read become the line reader's buffer
	# (lines_init_buf): its edges, with and without a final newline
	local f=$FIXTURES/a-tsv.txt size total last pad
	gipa extract "$f" | cut -f4- | grep -v '^meta.sha256' >"$TMP/want"
	[ "$(wc -l <"$TMP/want")" -gt 200 ]
	size=$(wc -c <"$f")
	for total in 65535 65536 65537; do
		for last in lf nolf; do
			pad=$((total - size))
			{
				cat "$f"
				if [ "$last" = lf ]; then
					head -c $((pad - 1)) /dev/zero | tr '\0' ' '
					echo
				else
					head -c "$pad" /dev/zero | tr '\0' ' '
				fi
			} >"$TMP/r.txt"
			[ "$(wc -c <"$TMP/r.txt")" -eq "$total" ]
			gipa extract "$TMP/r.txt" >"$TMP/file.tsv"
			gipa extract - <"$TMP/r.txt" >"$TMP/pipe.tsv"
			for o in file pipe; do
				diff "$TMP/want" <(cut -f4- "$TMP/$o.tsv" | grep -v '^meta.sha256')
				[ "$(grep -P '\tmeta.sha256\t' "$TMP/$o.tsv" | cut -f5)" = \
					"$(sha256sum <"$TMP/r.txt" | cut -c1-64)" ]
			done
		done
	done
}

@test "meta.sha256 is the hash of the file's bytes, right after meta.form, for every kind" {
	cd "$FILES"
	for f in a.docx "$FIXTURES/a-html-utf8.html" "$FIXTURES/hand/d-variants.txt"; do
		gipa extract "$f" >"$TMP/o" 2>/dev/null || true
		[ "$(sed -n 3p "$TMP/o" | cut -f4-)" = "meta.sha256	$(sha256sum <"$f" | cut -c1-64)" ]
		[ "$(sed -n 2p "$TMP/o" | cut -f4)" = meta.form ]
	done
}

# ---- the documents ---------------------------------------------------------------

@test "DOCX read from its XML: A, B (14 blank cells), E (2019 form) give every key" {
	for f in a.docx e.docx b.docx; do
		check_file "$f"
	done
	# B's blank cells are empty values, not zeros and not missing
	[ "$(grep -c $'\t$' "$TMP/out.tsv")" -eq 14 ]
}

@test "DOCX as Word writes it: frame table, bare vMerge, other prefix, hidden/deleted/fallback text" {
	check_file a-word.docx
	! grep -q -e 999 -e 888 -e PAGE "$TMP/out.tsv"
	grep -qx $'a-word.docx\t示例市东城区卫生健康局\t2024\tactive.license.decisions\t215' "$TMP/out.tsv"
}

@test "PDF through pdftotext -layout: A and E whole, B without its rows with blank cells" {
	need_pdftotext
	for f in a.pdf b.pdf e.pdf; do
		check_file "$f"
	done
	# B: the 11 rows whose blank cells pdftotext drops are refused and named
	run_split gipa extract "$FILES/b.pdf"
	[ "$status" -eq 1 ]
	[[ "$err" == *"apply row carried"*"values where the form has 7; row not extracted"* ]]
}

@test "DOC through wvWare: A, B, E give every key" {
	need_wvware
	for f in a.doc b.doc e.doc; do
		check_file "$f"
	done
}

@test "the kind is told by the content, not by the name" {
	need_pdftotext
	cp "$FILES/a.docx" "$TMP/report.pdf"
	cp "$FILES/a.pdf" "$TMP/report.txt"
	cp "$FILES/a.pdf" "$TMP/noname"
	cd "$TMP"
	for f in report.pdf report.txt noname; do
		gipa extract "$f" 2>/dev/null | cut -f4- | grep -v '^meta.sha256' >"$TMP/$f.out"
	done
	diff "$TMP/report.pdf.out" <(cut -f4- "$FILES/a.docx.expected.tsv" | grep -v '^meta.sha256')
	diff "$TMP/report.txt.out" <(cut -f4- "$FILES/a.pdf.expected.tsv" | grep -v '^meta.sha256')
	diff "$TMP/noname.out" "$TMP/report.txt.out"
}

@test "documents on standard input (a pipe): the same records, the same hash" {
	need_pdftotext
	need_wvware
	cd "$FILES"
	for f in a.pdf a.docx a.doc; do
		cat "$f" | gipa extract --name "$f" 2>/dev/null | diff -u "$f.expected.tsv" -
	done
	gipa extract --name a.docx <a.docx | diff -u a.docx.expected.tsv -
}

@test "documents in memory (extract_memory, as the fuzz harness calls it)" {
	need_pdftotext
	need_wvware
	command -v cc >/dev/null || skip "no C compiler"
	build_unit extract-mem
	cd "$FILES"
	for f in a.docx a.pdf b.doc e.docx; do
		"$TMP/extract-mem" "$f" "$f" 2>/dev/null | diff -u "$f.expected.tsv" -
	done
	run "$TMP/extract-mem" truncated.docx truncated.docx
	[ "$status" -eq 2 ]
}

@test "several reports in one file: each gets the file's hash" {
	cd "$REPO_DIR/examples/reports"
	cat 000_*.txt 003_*.txt >"$TMP/two.txt"
	gipa extract "$TMP/two.txt" >"$TMP/o" 2>/dev/null || true
	[ "$(cut -f1 "$TMP/o" | uniq | wc -l)" -eq 3 ]
	sha=$(sha256sum <"$TMP/two.txt" | cut -c1-64)
	[ "$(awk -F'\t' '$4 == "meta.sha256" {print $5}' "$TMP/o" | tr '\n' ' ')" = "$sha $sha " ]
}

# ---- what cannot be read: one line each, never "no tables" ------------------------

@test "a scanned PDF (pictures only) and a blank page: no text layer, exit 2" {
	need_pdftotext
	cd "$FILES"
	for f in scanned.pdf blank-page.pdf; do
		run_split gipa extract "$f"
		[ "$status" -eq 2 ]
		[ "$err" = "gipa-extract: $f: PDF has no text layer (scanned?); OCR it first" ]
		[ "$out" = $'report\tagency\tyear\tkey\tvalue' ]
	done
}

@test "an empty .pdf file is empty input, exit 1" {
	cd "$FILES"
	run_split gipa extract empty.pdf
	[ "$status" -eq 1 ]
	[ "$err" = "gipa-extract: empty.pdf: empty input" ]
}

@test "a truncated PDF: pdftotext's own reason, exit 2" {
	need_pdftotext
	cd "$FILES"
	run_split gipa extract truncated.pdf
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: truncated.pdf: pdftotext failed (exit status 1): Syntax Error: Couldn't read xref table" ]
}

@test "a truncated DOCX, a zip that is not a DOCX, an ODT: one line each, exit 2" {
	cd "$FILES"
	run_split gipa extract truncated.docx
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: truncated.docx: a ZIP file that cannot be read (a DOCX cut short?): Not a zip archive" ]
	run_split gipa extract other.zip
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: other.zip: a ZIP file that is not a DOCX (no word/document.xml in it)" ]
	run_split gipa extract report.odt
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: report.odt: an OpenDocument file (ODT?), not a DOCX: save it as DOCX or PDF" ]
}

@test "DOCX with XML that is not well-formed, or with a DTD: one line, exit 2" {
	cd "$FILES"
	run_split gipa extract bad-xml.docx
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: bad-xml.docx: word/document.xml:2: mismatched tag" ]
	run_split gipa extract dtd.docx
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: dtd.docx: word/document.xml has a DTD; not read" ]
}

@test "a truncated DOC: wvWare's reason, exit 2" {
	need_wvware
	cd "$FILES"
	run_split gipa extract truncated.doc
	[ "$status" -eq 2 ]
	[[ "$err" == "gipa-extract: truncated.doc: wvWare failed (exit status 255): "* ]]
	[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ]
}

@test "a converter that is not installed: one line naming the package, exit 2, others still read" {
	mkdir "$TMP/nobin"
	cd "$FILES"
	run_split env PATH="$TMP/nobin" "$GIPA_BIN/gipa-extract" a.pdf a.doc a.docx
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: a.pdf: reading this file needs pdftotext, which is not installed: install poppler-utils (apt-get install poppler-utils)
gipa-extract: a.doc: reading this file needs wvWare, which is not installed: install wv (apt-get install wv)" ]
	diff <(printf '%s\n' "$out") a.docx.expected.tsv
}

@test "temporary copies are removed, also when standard output closes early" {
	need_pdftotext
	need_wvware
	mkdir "$TMP/t"
	cd "$FILES"
	TMPDIR="$TMP/t" gipa extract - a.doc <a.pdf >/dev/null 2>&1
	cat a.doc | TMPDIR="$TMP/t" gipa extract >/dev/null 2>&1
	cat truncated.pdf | TMPDIR="$TMP/t" gipa extract >/dev/null 2>&1 || true
	cat a.pdf | TMPDIR="$TMP/t" "$GIPA_BIN/gipa-extract" - a.doc a.docx | head -1 >/dev/null
	[ -z "$(ls -A "$TMP/t")" ]
}

@test "--check on documents: findings only, no meta.sha256" {
	need_pdftotext
	cd "$FILES"
	run_split gipa extract --check a.docx b.pdf
	[ "$status" -eq 1 ]
	! grep -q sha256 <<<"$out"
	grep -q $'^b.pdf\t示例县自然资源局\t2024\t[0-9]*\tproblem\tcount\t' <<<"$out"
	! grep -q '^a.docx' <<<"$out"
}

# ---- --files0-from -------------------------------------------------------------------

@test "--files0-from=-: find -print0 names, any name; failures named, the run goes on" {
	mkdir "$TMP/dl"
	cp "$FILES/a.docx" "$TMP/dl/报告 一.docx"
	cp "$FILES/e.docx" "$TMP/dl/$(printf 'two\nlines.docx')"
	cp "$FILES/truncated.docx" "$TMP/dl/cut.docx"
	cp "$FIXTURES/hand/d-variants.txt" "$TMP/dl/d.txt"
	cd "$TMP/dl"
	run_split bash -c "find . -type f -print0 | sort -z | '$GIPA_BIN/gipa-extract' --files0-from=-"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: ./cut.docx: a ZIP file that cannot be read (a DOCX cut short?): Not a zip archive" ]
	[ "$(printf '%s\n' "$out" | cut -f1 | uniq | tr '\n' '|')" = "report|./d.txt|./two lines.docx|./报告 一.docx|" ]
	# the same records as naming the files
	diff <(printf '%s\n' "$out" | tail -n +2 | grep '^./报告' | cut -f2-) <(tail -n +2 "$FILES/a.docx.expected.tsv" | cut -f2-)
}

@test "--files0-from=FILE; problems only: exit 1; a name without a final NUL" {
	cd "$FIXTURES"
	printf 'c-html-utf8.html\0a-tsv.txt' >"$TMP/list"
	run_split gipa extract -H --files0-from="$TMP/list"
	[ "$status" -eq 1 ]
	[ "$(printf '%s\n' "$out" | cut -f1 | uniq | tr '\n' ' ')" = "c-html-utf8.html a-tsv.txt " ]
}

@test "--files0-from: empty names, - from standard input, operands, an unreadable list" {
	cd "$FIXTURES"
	run_split bash -c "printf 'a-tsv.txt\0\0-\0' | '$GIPA_BIN/gipa-extract' -H --files0-from=-"
	[ "$status" -eq 2 ]
	[ "$err" = "gipa-extract: -:2: invalid zero-length file name
gipa-extract: when reading file names from standard input, no file name of '-' allowed" ]
	[ "$(printf '%s\n' "$out" | cut -f1 | uniq)" = "a-tsv.txt" ]
	run_split gipa extract --files0-from=- a-tsv.txt
	[ "$status" -eq 2 ]
	[[ "$err" == *"extra operand 'a-tsv.txt': file operands cannot be combined with --files0-from"* ]]
	run_split gipa extract --files0-from="$TMP/none"
	[ "$status" -eq 2 ]
	[[ "$err" == *"cannot open '$TMP/none' for reading: No such file or directory" ]]
	: >"$TMP/empty"
	run_split gipa extract --files0-from="$TMP/empty"
	[ "$status" -eq 0 ]
	[ "$out" = $'report\tagency\tyear\tkey\tvalue' ]
}
