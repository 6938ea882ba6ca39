#!/bin/sh
# bench/sum.sh - gipa-sum against datamash, mlr and awk on the same
# group-by sum: the total of every key per year over a generated record
# file (default 10 million lines: 50,000 reports x 200 keys).
#
#   sh bench/sum.sh                 # or: make bench
#   LINES=1000000 RUNS=3 sh bench/sum.sh
#
# The record file is generated deterministically with awk (the same bytes on
# every machine) and kept in $BENCH_DIR between runs.  Timing is by
# hyperfine when installed (median of RUNS runs after a warm-up, file in the
# page cache; bench/lib.sh), peak memory by /usr/bin/time.  Peers that are
# not installed are skipped with a note; as root on Debian the script
# installs them with apt-get first.
#
# `gipa-sum --forget` is timed too: its peak memory is that of the groups
# alone, without the fingerprint of every report read.
# The peers do the same job as `gipa-sum -g year`: group by (year, key),
# sum value.  datamash needs its input grouped, so it runs with -s (sort);
# awk and mlr sum in floating point, gipa-sum exactly.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
GIPA_SUM=${GIPA_SUM:-$repo/build/gipa-sum}
LINES=${LINES:-10000000}
RUNS=${RUNS:-5}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/gipa-bench}
data=$BENCH_DIR/sum-records-$LINES.tsv

[ -x "$GIPA_SUM" ] || { echo "sum.sh: $GIPA_SUM not built (run make)" >&2; exit 2; }

# ---- peers -----------------------------------------------------------------
. "$here/lib.sh"
bench_need "hyperfine:hyperfine datamash:datamash mlr:miller /usr/bin/time:time"

# ---- data ------------------------------------------------------------------
# 200 keys of the 2021 form per report, in schema order; agencies and years
# cycle; values from a fixed linear congruential sequence; the fee amount is
# a decimal with two places.
mkdir -p "$BENCH_DIR"
if [ ! -s "$data" ]; then
	echo "sum.sh: generating $LINES lines into $data" >&2
	awk -v lines="$LINES" 'BEGIN {
		n = 0
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
		reports = int((lines + n - 1) / n)
		out = 0
		for (r = 0; r < reports && out < lines; r++) {
			pre = sprintf("r%06d.txt\t某某市第%04d卫生健康局\t%d\t", r, r % 5000, 2019 + r % 6)
			for (i = 1; i <= n && out < lines; i++) {
				x = (x * 1103515245 + 12345) % 2147483648
				if (k[i] == "active.fees.amount")
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
echo "sum.sh: $LINES lines, $mb MB, $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"

# ---- correctness first: the peers must agree with gipa-sum ------------------
# (integers only: the decimal key is left out because awk and mlr print
# floating-point sums)
q=$(printf '%s' "$data" | sed "s/'/'\\\\''/g")
expect=$BENCH_DIR/sum-expect.tsv
"$GIPA_SUM" -g year "$data" | awk -F'\t' 'NR > 1 && $4 !~ /^meta\.|fees\.amount/ { print $3 "\t" $4 "\t" $5 }' |
	LC_ALL=C sort >"$expect"
LC_ALL=C awk -F'\t' 'NR > 1 && $4 != "active.fees.amount" { s[$3 "\t" $4] += $5 }
	END { for (k in s) printf "%s\t%d\n", k, s[k] }' "$data" | LC_ALL=C sort >"$expect.awk"
cmp -s "$expect" "$expect.awk" || { echo "sum.sh: awk and gipa-sum disagree" >&2; exit 1; }

# ---- timing ----------------------------------------------------------------
set -- \
	-n gipa-sum "'$GIPA_SUM' -g year '$q' >/dev/null" \
	-n "gipa-sum --forget" "'$GIPA_SUM' -g year --forget '$q' >/dev/null" \
	-n awk "LC_ALL=C awk -F'\t' 'NR > 1 { s[\$3 \"\t\" \$4] += \$5 } END { for (k in s) print k \"\t\" s[k] }' '$q' >/dev/null"
if command -v gawk >/dev/null 2>&1; then
	set -- "$@" -n gawk "LC_ALL=C gawk -F'\t' 'NR > 1 { s[\$3 \"\t\" \$4] += \$5 } END { for (k in s) print k \"\t\" s[k] }' '$q' >/dev/null"
fi
if command -v datamash >/dev/null 2>&1; then
	set -- "$@" -n "datamash -s -g" "LC_ALL=C datamash -s --header-in -g 3,4 sum 5 <'$q' >/dev/null"
else
	echo "sum.sh: datamash not installed, skipped" >&2
fi
if command -v mlr >/dev/null 2>&1; then
	set -- "$@" -n "mlr stats1" "mlr --tsv stats1 -a sum -f value -g year,key '$q' >/dev/null"
else
	echo "sum.sh: mlr not installed, skipped" >&2
fi
meds=$BENCH_DIR/sum-medians.tsv
BENCH_MEDIANS=$meds bench_run "sum -g year" "$bytes" gipa-sum "$@"

# ---- the target: 2x the fastest peer ---------------------------------------------
awk -F'\t' '
	$1 ~ /^gipa-sum/ { if ($1 == "gipa-sum") g = $2; next }
	best == 0 || $2 < best { best = $2 }
	END {
		if (best > 0) {
			printf "gipa-sum is %.1fx faster than the fastest peer", best / g
			print (best / g >= 2 ? " (target 2x: met)" : " (target 2x: NOT met)")
			if (best / g < 2) exit 1
		}
	}' "$meds"
