#!/bin/sh
# bench/tab.sh - gipa-tab's wide pivot against mlr reshape and datamash
# crosstab: records (one value per line) into one row per report and one
# column per key.  Default 2,000,000 lines: 10,000 reports x the 200 keys
# of the 2021 form.
#
#   sh bench/tab.sh                 # or: make bench
#   LINES=200000 RUNS=3 sh bench/tab.sh
#
# The record file is generated deterministically with awk (the same bytes on
# every machine) and kept in $BENCH_DIR between runs.  Timing is by
# hyperfine when installed (median of RUNS runs after a warm-up, file in the
# page cache; bench/lib.sh).  Peers that are not installed are skipped with
# a note; as root on Debian the script installs them with apt-get first.
#
# What runs:
#   gipa-tab FILE          two readings of the file (the header lists only
#                          the keys present)
#   gipa-tab < FILE        standard input: copied to a temporary file while
#                          read the first time
#   gipa-tab --all-keys    one streaming pass, every schema key a column
#   mlr reshape -s key,value      the same wide table (checked byte for byte)
#   datamash -s crosstab 1,4 first 5   report x key only (no agency, year);
#                          it needs sorted input, hence -s
# Peak memory (max RSS, by /usr/bin/time) is printed for each as well.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
GIPA_TAB=${GIPA_TAB:-$repo/build/gipa-tab}
LINES=${LINES:-2000000}
RUNS=${RUNS:-3}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/gipa-bench-tab}
data=$BENCH_DIR/tab-records-$LINES.tsv

[ -x "$GIPA_TAB" ] || { echo "tab.sh: $GIPA_TAB not built (run make)" >&2; exit 2; }
. "$here/lib.sh"
bench_need "hyperfine:hyperfine datamash:datamash mlr:miller /usr/bin/time:time"

# ---- data ------------------------------------------------------------------
# 200 keys of the 2021 form per report, in schema order, after meta.form;
# values from a fixed linear congruential sequence; about one value in 40
# is blank and one in 50 missing (not emitted), as in real extractions.
mkdir -p "$BENCH_DIR"
if [ ! -s "$data" ]; then
	echo "tab.sh: generating $LINES lines into $data" >&2
	LC_ALL=C awk -v lines="$LINES" 'BEGIN {
		n = 0
		k[++n] = "meta.form"
		split("rules normative", r1, " ")
		split("issued repealed valid", c1, " ")
		for (i = 1; i <= 2; i++) for (j = 1; j <= 3; j++) k[++n] = "active." r1[i] "." c1[j]
		k[++n] = "active.license.decisions"; k[++n] = "active.penalty.decisions"
		k[++n] = "active.coercion.decisions"; k[++n] = "active.fees.amount"
		split("new carried granted partial deny_secret deny_lawban deny_safety deny_third " \
		      "deny_internal deny_process deny_enforce deny_query unable_nohold unable_create " \
		      "unable_unclear noproc_petition noproc_repeat noproc_publication noproc_massive " \
		      "noproc_confirm other_nocorrect other_nofee other_misc total carry_next", r2, " ")
		split("natural commercial research nonprofit legal other_org total", c2, " ")
		for (i = 1; i <= 25; i++) for (j = 1; j <= 7; j++) k[++n] = "apply." r2[i] "." c2[j]
		split("review suit_direct suit_after", r3, " ")
		split("upheld corrected other pending total", c3, " ")
		for (i = 1; i <= 3; i++) for (j = 1; j <= 5; j++) k[++n] = "review." r3[i] "." c3[j]
		print "report\tagency\tyear\tkey\tvalue"
		x = 12345
		out = 0
		for (r = 0; out < lines; r++) {
			pre = sprintf("r%06d.txt\t某某市第%04d卫生健康局\t%d\t", r, r % 5000, 2019 + r % 6)
			for (i = 1; i <= n && out < lines; i++) {
				x = (x * 1103515245 + 12345) % 2147483648
				if (i > 1 && x % 50 == 7)
					continue
				if (k[i] == "meta.form")
					v = 2021
				else if (x % 40 == 3)
					v = ""
				else if (k[i] == "active.fees.amount")
					v = sprintf("%d.%02d", x % 1000, int(x / 1000) % 100)
				else
					v = int(x / 65536) % 50
				print pre k[i] "\t" v
				out++
			}
		}
	}' >"$data.tmp"
	mv "$data.tmp" "$data"
fi
bytes=$(wc -c <"$data")
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }')
echo "tab.sh: $LINES lines, $mb MB, $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"

q=$(printf '%s' "$data" | sed "s/'/'\\\\''/g")

# ---- correctness first: the same table as mlr, and back again ---------------
# (gipa-tab writes a blank value as "-"; mlr leaves it empty, and fills the
# cells of missing keys with nothing, so compare with the blanks mapped)
wide=$BENCH_DIR/tab-wide.tsv
"$GIPA_TAB" "$data" >"$wide"
"$GIPA_TAB" --long "$wide" | cmp -s - "$data" ||
	{ echo "tab.sh: the round trip does not give the records back" >&2; exit 1; }
if command -v mlr >/dev/null 2>&1; then
	# mlr orders the columns by first appearance: put them in gipa-tab's order
	cols=$(head -1 "$wide" | tr '\t' ',')
	mlr --tsv reshape -s key,value then unsparsify then cut -o -f "$cols" "$data" >"$BENCH_DIR/tab-mlr.tsv"
	sed 's/\t-\t/\t\t/g; s/\t-\t/\t\t/g; s/\t-$/\t/' "$wide" |
		cmp -s - "$BENCH_DIR/tab-mlr.tsv" ||
		{ echo "tab.sh: mlr and gipa-tab disagree" >&2; exit 1; }
fi

# ---- timing ----------------------------------------------------------------
set -- \
	-n "gipa-tab FILE" "'$GIPA_TAB' '$q' >/dev/null" \
	-n "gipa-tab <FILE" "'$GIPA_TAB' <'$q' >/dev/null" \
	-n "gipa-tab --all-keys" "'$GIPA_TAB' --all-keys '$q' >/dev/null"
if command -v mlr >/dev/null 2>&1; then
	set -- "$@" -n "mlr reshape" "mlr --tsv reshape -s key,value then unsparsify '$q' >/dev/null"
else
	echo "tab.sh: mlr not installed, skipped" >&2
fi
if command -v datamash >/dev/null 2>&1; then
	set -- "$@" -n "datamash crosstab" "LC_ALL=C datamash -s --header-in crosstab 1,4 first 5 <'$q' >/dev/null"
else
	echo "tab.sh: datamash not installed, skipped" >&2
fi
bench_run "tab wide pivot" "$bytes" "gipa-tab FILE" "$@"
