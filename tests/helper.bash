# helper.bash - common set-up for the bats suite.
#
# GIPA_BIN names the directory of the binaries under test (make check sets
# it to the sanitizer build); GIPA_VALGRIND=1 runs each under memcheck, and
# GIPA_VALGRIND_LOG=DIR (make check-valgrind) sends each run's report to
# DIR/PID.log, where an error cannot hide from a test that ignores it.
# GIPA_VALGRIND_LEAK_CHECK=no for a run that is to die by a signal (SIGPIPE):
# valgrind's leak check at a fatal signal takes the blocks of the frames cut
# short for lost; errors are still checked.

TESTS_DIR="$(cd "$(dirname "${BATS_TEST_FILENAME}")" && pwd)"
REPO_DIR="$(cd "$TESTS_DIR/.." && pwd)"
FIXTURES="$TESTS_DIR/fixtures"
: "${GIPA_BIN:=$REPO_DIR/build}"
export LC_ALL=C.UTF-8

# Run a gipa binary by name: `gipa extract FILE`, with valgrind if asked.
gipa() {
	local prog="$GIPA_BIN/gipa-$1"
	shift
	if [ "${GIPA_VALGRIND:-0}" = 1 ]; then
		valgrind -q --error-exitcode=99 --leak-check="${GIPA_VALGRIND_LEAK_CHECK:-full}" \
			--show-leak-kinds=definite \
			--errors-for-leak-kinds=definite \
			${GIPA_VALGRIND_LOG:+"--log-file=$GIPA_VALGRIND_LOG/%p.log"} "$prog" "$@"
	else
		"$prog" "$@"
	fi
}

# Run with stdout and stderr captured separately:
#   run_split gipa extract x.txt  -> $status, $out (stdout), $err (stderr)
run_split() {
	local o e
	o="$(mktemp)"
	e="$(mktemp)"
	# `|| status=$?` keeps bats' ERR trap quiet, so a later failing
	# assertion is the one reported
	status=0
	"$@" >"$o" 2>"$e" || status=$?
	out="$(cat "$o")"
	err="$(cat "$e")"
	rm -f "$o" "$e"
}
