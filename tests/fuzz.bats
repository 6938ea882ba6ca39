#!/usr/bin/env bats
# The fuzz harnesses (tests/fuzz/README.md) on their committed inputs, when
# they are built (make fuzz builds them; make check does not need clang):
# every corpus input and every input of a bug they found runs clean.  And
# the inputs of those bugs through the binaries themselves.

load helper

FUZZ_BIN="$REPO_DIR/build/fuzz"
FUZZ_DIR="$TESTS_DIR/fuzz"

replay() { # harness
	local h=$1 dirs
	[ -x "$FUZZ_BIN/$h" ] || skip "$h is not built (make build/fuzz/$h)"
	dirs=("$FUZZ_DIR/corpus/$h")
	[ -d "$FUZZ_DIR/regress/$h" ] && dirs+=("$FUZZ_DIR/regress/$h")
	# -runs=0: each input once, then stop
	run "$FUZZ_BIN/$h" -runs=0 -timeout=5 -rss_limit_mb=2048 "${dirs[@]}"
	[ "$status" -eq 0 ] || { printf '%s\n' "$output" | tail -40; false; }
}

@test "fuzz: fuzz_extract runs its corpus and regression inputs clean" {
	replay fuzz_extract
}

@test "fuzz: fuzz_records runs its corpus and regression inputs clean" {
	replay fuzz_records
}

@test "fuzz: fuzz_wide runs its corpus and regression inputs clean" {
	replay fuzz_wide
}

# Each regression input through the binaries that read such bytes: an exit
# status of 0, 1 or 2, and no sanitizer report (make check) or valgrind
# error (make check-valgrind: status 99).
@test "fuzz: the inputs of the bugs found, through the binaries" {
	local f n=0 fails=""
	try() { # what... (the command)
		run_split "$@"
		if [ "$status" -gt 2 ] || [[ "$err" == *Sanitizer* ]] || [[ "$err" == *"runtime error"* ]]; then
			fails+="$*: status $status: $(head -c 400 <<<"$err")"$'\n'
		fi
		n=$((n + 1))
	}
	for f in "$FUZZ_DIR"/regress/fuzz_extract/*; do
		[ -f "$f" ] || continue
		try gipa extract "$f"
		try gipa extract --check "$f"
	done
	for f in "$FUZZ_DIR"/regress/fuzz_records/*; do
		[ -f "$f" ] || continue
		try gipa sum "$f"
		try gipa sum -H "$f"
		try gipa tab "$f"
		try gipa diff "$f" "$f"
	done
	for f in "$FUZZ_DIR"/regress/fuzz_wide/*; do
		[ -f "$f" ] || continue
		try gipa tab --long "$f"
		try gipa tab -p "$f"
		try gipa tab -p -H "$f"
		try gipa tab --form "$f"
	done
	[ "$n" -gt 0 ]
	[ -z "$fails" ] || { printf '%s' "$fails"; false; }
}

@test "fuzz: tests/fuzz/campaign runs a harness to a count, goes on from it, and checks its usage" {
	[ -x "$FUZZ_BIN/fuzz_records" ] || skip "fuzz_records is not built (make build/fuzz/fuzz_records)"
	local name="bats-$$" camp="$FUZZ_BIN/camp"
	run "$FUZZ_DIR/campaign" fuzz_records 2000 "$name"
	[ "$status" -eq 0 ]
	[ "$(cat "$camp/$name.total")" -ge 2000 ]
	grep -q "$name: done, [0-9]* executions" "$camp/$name.log"
	# reached already: no segment more
	run "$FUZZ_DIR/campaign" fuzz_records 2000 "$name"
	[ "$status" -eq 0 ]
	[ "$(grep -c 'segment 1 from' "$camp/$name.log")" -eq 1 ]
	rm -rf "$camp/$name" "$camp/$name".*
	run "$FUZZ_DIR/campaign" fuzz_records many
	[ "$status" -eq 2 ]
	[ "$output" = "usage: tests/fuzz/campaign HARNESS TARGET [NAME]  (build build/fuzz/HARNESS first)" ]
}
