#!/bin/sh
# bench/diff.sh - gipa-diff against the general tools doing the same job.
#
# Two deterministic record files of 5,000,000 lines each (25,000 agencies x
# the 200 keys of the 2021 form; NEW changes about a third of the values,
# lacks 1 agency in 97 and adds 250 agencies of its own) are compared by:
#   gipa-diff OLD NEW
#   mlr join --ul --ur (unpaired kept) on agency,key, then the same
#       subtraction and percent, keeping changed or one-sided keys.  Miller's
#       default join holds the left file in memory: for 5M lines it grew past
#       23 GB and was killed, so it runs in its streaming mode (-s) on inputs
#       sorted and renamed beforehand, outside the timing (a head start).
#       MLR_UNSORTED=1 adds the in-memory join (use it with a small LINES).
#   sort + join -a1 -a2 on agency,key, then awk for the same subtraction
# hyperfine runs each (RUNS times, default 3; bench/lib.sh) and the medians,
# ratios and peak memory are printed.  The files are made once in $BENCH_DIR (default
# ${TMPDIR:-/tmp}/gipa-bench-diff) and reused.  LINES=N makes smaller files
# for a quick try.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin="$root/build/gipa-diff"
dir=${BENCH_DIR:-${TMPDIR:-/tmp}/gipa-bench-diff}
lines=${LINES:-5000000}
agencies=$((lines / 200))

. "$here/lib.sh"
bench_need "hyperfine:hyperfine mlr:miller /usr/bin/time:time"
for t in mlr join sort awk bash; do
	command -v "$t" >/dev/null 2>&1 || { echo "diff.sh: $t is not installed; skipped" >&2; exit 0; }
done
[ -x "$bin" ] || { echo "diff.sh: $bin missing: run make first" >&2; exit 1; }
mkdir -p "$dir"
old="$dir/old-$agencies.tsv"
new="$dir/new-$agencies.tsv"

# gen WHICH AGENCIES: the records of one year (old or new).
gen() {
	LC_ALL=C awk -v which="$1" -v n="$2" 'BEGIN {
		OFS = "\t"
		split("rules.issued rules.repealed rules.valid normative.issued normative.repealed " \
		      "normative.valid license.decisions penalty.decisions coercion.decisions fees.amount", act, " ")
		split("new carried granted partial deny_secret deny_lawban deny_safety deny_third " \
		      "deny_internal deny_process deny_enforce deny_query unable_nohold unable_create " \
		      "unable_unclear noproc_petition noproc_repeat noproc_publication noproc_massive " \
		      "noproc_confirm other_nocorrect other_nofee other_misc total carry_next", rows, " ")
		split("natural commercial research nonprofit legal other_org total", cols, " ")
		split("review suit_direct suit_after", grp, " ")
		split("upheld corrected other pending total", rc, " ")
		k = 0
		for (i = 1; i <= 10; i++) key[++k] = "active." act[i]
		for (i = 1; i <= 25; i++) for (j = 1; j <= 7; j++) key[++k] = "apply." rows[i] "." cols[j]
		for (i = 1; i <= 3; i++) for (j = 1; j <= 5; j++) key[++k] = "review." grp[i] "." rc[j]
		year = which == "old" ? 2023 : 2024
		print "report", "agency", "year", "key", "value"
		last = which == "old" ? n : n + 250
		for (a = 1; a <= last; a++) {
			if (which == "old" && a > n) continue
			if (which == "new" && a <= n && a % 97 == 0) continue
			name = "攀枝花市第" a "局"
			report = name year ".txt"
			x = a * 7919 + 1
			for (i = 1; i <= k; i++) {
				x = (x * 48271) % 2147483647
				v = x % 20
				if (which == "new") {
					y = (x * 48271) % 2147483647
					if (y % 3 == 0) { v += y % 7 - 3; if (v < 0) v = 0 }
				}
				if (key[i] == "active.fees.amount")
					v = sprintf("%d.%02d", v, x % 100)
				print report, name, year, key[i], v
			}
		}
	}'
}

if [ ! -s "$old" ] || [ ! -s "$new" ]; then
	echo "making $old and $new ..." >&2
	gen old "$agencies" >"$old.tmp" && mv "$old.tmp" "$old"
	gen new "$agencies" >"$new.tmp" && mv "$new.tmp" "$new"
fi
echo "OLD: $(wc -l <"$old") lines, NEW: $(wc -l <"$new") lines" >&2

# The same job in awk after join: changed or one-sided keys, delta, percent.
cat >"$dir/after-join.awk" <<'EOF'
BEGIN { FS = OFS = "\t"; print "agency", "key", "old", "new", "delta", "pct" }
$2 != $3 || $4 == "" || $5 == "" {
	split($1, k, "\037")
	d = p = ""
	if ($4 == "o" && $5 == "n" && $2 != "" && $3 != "") {
		d = $3 - $2
		if ($2 != 0) p = sprintf("%.1f", 100 * d / $2)
	}
	print k[1], k[2], $2, $3, d, p
}
EOF
cat >"$dir/join.sh" <<EOF
#!/bin/bash
export LC_ALL=C
T=\$(printf '\t')
prep() { awk -F'\t' -v OFS='\t' -v tag="\$2" 'NR > 1 { print \$2 "\037" \$4, \$5, tag }' "\$1" | sort -S 1G -t "\$T" -k1,1; }
join -t "\$T" -a1 -a2 -e '' -o 0,1.2,2.2,1.3,2.3 <(prep "$old" o) <(prep "$new" n) |
	awk -f "$dir/after-join.awk"
EOF
mlr_put='$old_value = is_present($old_value) ? $old_value : "";
$new_value = is_present($new_value) ? $new_value : "";
if ($old_value != "" && $new_value != "") {
	$delta = $new_value - $old_value;
	$pct = $old_value == 0 ? "" : fmtnum(100 * $delta / $old_value, "%.1f");
} else { $delta = ""; $pct = "" }'
mlr_filter='$old_value != $new_value || $old_value == ""'
# mlr gets inputs whose value columns are already named apart (so that
# unpaired records of either side are told apart) and sorted by agency and
# key for its streaming join: made once, outside the timing.
for side in old new; do
	f="$dir/$side-mlr-$agencies.tsv"
	[ -s "$f" ] && continue
	src=$old
	[ $side = new ] && src=$new
	mlr --tsv rename value,${side}_value,report,${side}_report,year,${side}_year "$src" >"$f.tmp"
	{ head -1 "$f.tmp"; tail -n +2 "$f.tmp" | LC_ALL=C sort -S 1G -t "$(printf '\t')" -k2,2 -k4,4; } >"$f.sorted"
	mv "$f.tmp" "$f.unsorted"
	mv "$f.sorted" "$f"
done
mlr_chain="then put '$mlr_put' then filter '$mlr_filter' then cut -o -f agency,key,old_value,new_value,delta,pct"
set -- -n "mlr join -s" "mlr --tsv join -s --ul --ur -j agency,key -f '$dir/old-mlr-$agencies.tsv' \
	$mlr_chain '$dir/new-mlr-$agencies.tsv' >/dev/null"
if [ "${MLR_UNSORTED:-0}" = 1 ]; then
	set -- "$@" -n "mlr join" "mlr --tsv join --ul --ur -j agency,key \
		-f '$dir/old-mlr-$agencies.tsv.unsorted' $mlr_chain '$dir/new-mlr-$agencies.tsv.unsorted' >/dev/null"
fi

bytes=$(($(wc -c <"$old") + $(wc -c <"$new")))
meds="$dir/medians.tsv"
BENCH_IGNORE_STATUS=1 BENCH_MEDIANS=$meds bench_run diff "$bytes" gipa-diff \
	-n gipa-diff "'$bin' '$old' '$new' >/dev/null 2>&1" \
	"$@" \
	-n "sort+join+awk" "bash '$dir/join.sh' >/dev/null"

# The target: 2x the fastest peer.
awk -F'\t' '
	$1 == "gipa-diff" { g = $2; next }
	best == 0 || $2 < best { best = $2 }
	END {
		if (best > 0) {
			printf "gipa-diff is %.1fx faster than the fastest peer", best / g
			print (best / g >= 2 ? " (target 2x: met)" : " (target 2x: NOT met)")
			if (best / g < 2) exit 1
		}
	}' "$meds"
