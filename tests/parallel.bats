#!/usr/bin/env bats
# Many cores, many machines: gipa-extract over parts of a directory of
# reports, in parallel, then one gipa-sum, gives the totals of one
# sequential run -- with xargs -P (each part to its own file), with GNU
# parallel (which writes each job's output whole), and as Hadoop Streaming
# or Spark pipe() would run it (doc/readme-performance.md): mappers
# `gipa-extract -H` over lists of paths, their lines shuffled and sorted,
# reducers `gipa-sum -H`, and one final gipa-sum over the reducers' outputs.

load helper

setup() {
	TMP="$(mktemp -d)"
	# a directory of reports: every fixture and example, three times over
	# under other names (the report column differs, so each is a report)
	mkdir "$TMP/reports"
	for f in "$FIXTURES"/*.txt "$FIXTURES"/*.html "$REPO_DIR"/examples/reports/*.txt; do
		for c in 1 2 3; do
			cp "$f" "$TMP/reports/c$c-$(basename "$f")"
		done
	done
	# the sequential totals, groups sorted (parts finish in any order)
	(cd "$TMP" && gipa extract reports/* >seq.tsv 2>/dev/null) || true
	gipa sum -s -g year "$TMP/seq.tsv" >"$TMP/seq.year" 2>/dev/null || true
	gipa sum -s -g report "$TMP/seq.tsv" >"$TMP/seq.report" 2>/dev/null || true
}

teardown() {
	rm -rf "$TMP"
}

@test "parallel: the corpus has reports of both forms, complete and not" {
	[ "$(ls "$TMP/reports" | wc -l)" -gt 150 ]
	grep -q "meta.form	2019" "$TMP/seq.tsv"
	grep -q "meta.form	2021" "$TMP/seq.tsv"
	[ "$(grep -c '	meta.reports	' "$TMP/seq.year")" -ge 3 ] # several years
	# some reports are incomplete (refused rows, planted errors): exit 1
	run_split gipa extract "$TMP"/reports/*
	[ "$status" -eq 1 ]
}

@test "parallel: xargs -P over the directory, each part to its own file, then one gipa-sum" {
	mkdir "$TMP/parts"
	cd "$TMP"
	printf '%s\n' reports/* |
		xargs -P 4 -n 7 sh -c '"$0" -H "$@" >"parts/part.$$" 2>/dev/null; [ $? -le 1 ]' \
			"$GIPA_BIN/gipa-extract"
	[ "$(ls parts | wc -l)" -gt 20 ]
	gipa sum -s -H -g year parts/* >par.year 2>/dev/null || true
	diff seq.year par.year
	gipa sum -s -H -g report parts/* >par.report 2>/dev/null || true
	diff seq.report par.report
	# the records themselves: the same set
	diff <(tail -n +2 seq.tsv | sort) <(cat parts/* | sort)
}

@test "parallel: GNU parallel over the directory into one gipa-sum" {
	command -v parallel >/dev/null || skip "GNU parallel not installed"
	cd "$TMP"
	printf '%s\n' reports/* |
		parallel -j 4 -n 7 "'$GIPA_BIN/gipa-extract' -H {} 2>/dev/null; true" |
		gipa sum -s -H -g year >par.year 2>/dev/null || true
	diff seq.year par.year
	# partial sums per job, then a sum of the sums
	printf '%s\n' reports/* |
		parallel -j 4 -n 7 "'$GIPA_BIN/gipa-extract' {} 2>/dev/null | '$GIPA_BIN/gipa-sum' -g year 2>/dev/null; true" |
		gipa sum -s -g year >par2.year 2>/dev/null || true
	diff seq.year par2.year
}

@test "parallel: the map-reduce recipe (examples/mapreduce: mappers, shuffle, two reducers, a final sum)" {
	cd "$TMP"
	export GIPA_BIN
	mr="$REPO_DIR/examples/mapreduce"
	# the input: the list of report paths, ten per map task
	printf '%s\n' "$TMP"/reports/* | split -l 10 - list.
	# map: each task's records (no header: lines stand alone); a task with
	# incomplete reports (exit 1 from gipa-extract) still succeeds
	for l in list.*; do
		"$mr/gipa-map" <"$l" >"map.${l#list.}"
	done
	# shuffle: partition by the key (the report, the text before the first
	# TAB) between two reducers, each sorting its input as Hadoop does
	cat map.* | awk -F'\t' '{ print > ("red." (length($1) % 2)) }'
	for r in red.0 red.1; do
		sort "$r" | "$mr/gipa-reduce" >"$r.out"
	done
	# the reducers' outputs, summed once more
	gipa sum -s -g year red.0.out red.1.out >par.year 2>/dev/null || true
	diff seq.year par.year
	# Spark: a partial sum per partition, then one sum of those
	for l in list.*; do
		"$mr/gipa-map" <"$l" | GIPA_GROUP=year "$mr/gipa-reduce"
	done >partials
	gipa sum -s -g year partials >par2.year 2>/dev/null || true
	diff seq.year par2.year
}

@test "parallel: gipa-map fails on a report that cannot be read, not on an incomplete one" {
	export GIPA_BIN
	mr="$REPO_DIR/examples/mapreduce"
	printf '%s\n' "$FIXTURES/c-md-pipe.txt" | "$mr/gipa-map" >"$TMP/out" 2>/dev/null
	[ -s "$TMP/out" ]
	run_split "$mr/gipa-map" <<<"$TMP/no-such-report.txt"
	[ "$status" -ne 0 ]
	run_split "$mr/gipa-reduce" <<<"garbage"
	[ "$status" -eq 0 ]
	[[ "$err" == *"fields where"* ]]
}
