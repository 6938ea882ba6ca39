# bench/lib.sh - timing and the result rows shared by the bench/*.sh
# scripts (sourced, not run).
#
#   bench_need TOOL PACKAGE...   install what is missing (apt-get, as root)
#   bench_run TASK BYTES GIPA -n NAME COMMAND [-n NAME COMMAND]...
#
# bench_run times each COMMAND (a shell command line, run from the current
# directory) RUNS times after one warm-up, with hyperfine when it is
# installed, else with the shell's clock around each run; takes the median;
# measures the peak memory (the largest resident set of any process of the
# command by /usr/bin/time -f %M) in one more run; prints a table for the
# task; and appends one row per command to $BENCH_ROWS when that is set
# (bench/run.sh collects them into one table):
#
#   task TAB tool TAB median s TAB CPU s TAB MB/s TAB ratio to GIPA TAB peak MB
#
# CPU s is the mean user + system time of a run: on a machine that other
# work shares it moves less than the elapsed time does.
# BYTES is the size of the input (for MB/s); GIPA names the command the
# ratios are taken to.  BENCH_IGNORE_STATUS=1 accepts commands that exit
# non-zero (gipa-diff exits 1 when it finds changes).

RUNS=${RUNS:-3}

# Install Debian packages for the tools that are missing, when we can.
#   bench_need "hyperfine:hyperfine datamash:datamash mlr:miller"
bench_need() {
	_want=""
	for _tp in $1; do
		command -v "${_tp%%:*}" >/dev/null 2>&1 || _want="$_want ${_tp#*:}"
	done
	[ -n "$_want" ] || return 0
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "bench: installing$_want" >&2
		DEBIAN_FRONTEND=noninteractive apt-get install -y -q $_want >/dev/null 2>&1 ||
			{ apt-get update -q >/dev/null 2>&1 &&
				DEBIAN_FRONTEND=noninteractive apt-get install -y -q $_want >/dev/null 2>&1; } ||
			echo "bench: could not install$_want" >&2
	else
		echo "bench: not installed:$_want (apt-get install$_want)" >&2
	fi
}

# Seconds since the epoch, with nanoseconds.
_bench_now() {
	date +%s.%N
}

# The median of the numbers on standard input.
_bench_median() {
	sort -g | awk '{ v[NR] = $1 } END {
		if (NR == 0) { print "nan"; exit }
		if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

bench_run() {
	_task=$1 _bytes=$2 _gipa=$3
	shift 3
	_tmp=$(mktemp -d)
	: >"$_tmp/rows"
	if command -v hyperfine >/dev/null 2>&1; then
		if [ "${BENCH_IGNORE_STATUS:-0}" = 1 ]; then
			hyperfine --style none -i --warmup 1 --runs "$RUNS" --export-csv "$_tmp/t.csv" "$@" >/dev/null
		else
			hyperfine --style none --warmup 1 --runs "$RUNS" --export-csv "$_tmp/t.csv" "$@" >/dev/null
		fi
		# command,mean,stddev,median,user,system,min,max (names have no commas)
		awk -F, 'NR > 1 { print $1 "\t" $4 "\t" $5 + $6 }' "$_tmp/t.csv" >"$_tmp/med"
	else
		echo "bench: hyperfine not installed: median of $RUNS timed runs each" >&2
		: >"$_tmp/med"
		_state=0
		for _a in "$@"; do
			case $_state in
			0) _state=1 ;; # -n
			1) _name=$_a _state=2 ;;
			2)
				_state=0
				sh -c "$_a" >/dev/null 2>&1 || [ "${BENCH_IGNORE_STATUS:-0}" = 1 ] ||
					{ echo "bench: $_name failed" >&2; rm -rf "$_tmp"; return 1; }
				_i=0
				: >"$_tmp/runs"
				: >"$_tmp/cpu"
				while [ $_i -lt "$RUNS" ]; do
					_t0=$(_bench_now)
					if [ -x /usr/bin/time ]; then
						/usr/bin/time -f '%U %S' -a -o "$_tmp/cpu" sh -c "$_a" >/dev/null 2>&1 || true
					else
						sh -c "$_a" >/dev/null 2>&1 || true
					fi
					_t1=$(_bench_now)
					echo "$_t1 $_t0" | awk '{ printf "%.6f\n", $1 - $2 }' >>"$_tmp/runs"
					_i=$((_i + 1))
				done
				_cpu=$(awk '$1 ~ /^[0-9.]+$/ { s += $1 + $2; n++ } END { if (n) printf "%.3f", s / n; else print "nan" }' "$_tmp/cpu")
				printf '%s\t%s\t%s\n' "$_name" "$(_bench_median <"$_tmp/runs")" "$_cpu" >>"$_tmp/med"
				;;
			esac
		done
	fi
	# peak memory, one more run each
	: >"$_tmp/rss"
	if [ -x /usr/bin/time ]; then
		_state=0
		for _a in "$@"; do
			case $_state in
			0) _state=1 ;;
			1) _name=$_a _state=2 ;;
			2)
				_state=0
				_kb=$(/usr/bin/time -f '@rss %M' sh -c "$_a" 2>&1 >/dev/null |
					sed -n 's/^@rss //p' | tail -1)
				printf '%s\t%s\n' "$_name" "${_kb:-}" >>"$_tmp/rss"
				;;
			esac
		done
	else
		echo "bench: /usr/bin/time not installed (apt-get install time): no peak memory" >&2
	fi
	awk -F'\t' -v task="$_task" -v bytes="$_bytes" -v gipa="$_gipa" -v rows="$_tmp/rows" '
		FILENAME != ARGV[1] { rss[$1] = $2; next }
		{ name[++n] = $1; med[n] = $2; cpu[n] = $3; if ($1 == gipa) g = $2 }
		END {
			printf "%-24s %10s %8s %9s %9s %9s\n", "tool", "median s", "CPU s", "MB/s", "x gipa", "peak MB"
			for (i = 1; i <= n; i++) {
				mbs = med[i] > 0 ? bytes / 1e6 / med[i] : 0
				ratio = g > 0 ? med[i] / g : 0
				peak = rss[name[i]] != "" ? sprintf("%.1f", rss[name[i]] / 1024) : "-"
				printf "%-24s %10.3f %8.2f %9.0f %9.2f %9s\n", name[i], med[i], cpu[i], mbs, ratio, peak
				printf "%s\t%s\t%.3f\t%.2f\t%.0f\t%.2f\t%s\n", task, name[i], med[i], cpu[i], mbs, ratio,
					peak >>rows
			}
		}' "$_tmp/med" "$_tmp/rss"
	[ -z "${BENCH_ROWS:-}" ] || cat "$_tmp/rows" >>"$BENCH_ROWS"
	# the medians, for the caller: NAME TAB seconds TAB CPU seconds
	[ -z "${BENCH_MEDIANS:-}" ] || cp "$_tmp/med" "$BENCH_MEDIANS"
	rm -rf "$_tmp"
}

# The machine, in one line.
bench_machine() {
	printf '%s, %s cores, %s\n' "$(date -u +%Y-%m-%d)" "$(nproc)" \
		"$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
}
