#!/bin/sh
# bench/extract.sh - gipa-extract over a generated corpus of reports,
# against cat and wc -l over the same files (the floor: reading the bytes),
# on one core and on all of them.
#
#   sh bench/extract.sh              # or: make bench
#   AGENCIES=500 RUNS=3 sh bench/extract.sh
#
# The corpus is made by build/gen-corpus (bench/gen-corpus.c) from the
# templates in bench/templates/: one report per agency and year, 2019-2024
# (AGENCIES=4000: 24,000 reports, about 214 MB), in 30 layouts: pdftotext
# (default, -raw, -layout), pandoc, docx2txt, w3m, lynx, markdown and pipe
# tables, TSV rows, one cell per line, HTML pages in UTF-8, GBK and GB18030,
# real published reports; the 2019 form up to 2020, the 2021 form after.
# Every value differs from report to report and the form's identities hold,
# so gipa-extract must exit 0 and give exactly the records the generator
# wrote: that is checked on the whole corpus before anything is timed.
#
# Timed (median of RUNS after a warm-up, files in the page cache):
#   gipa-extract */*                 one process, one core
#   gipa-extract, xargs -P CORES     the files in chunks of 500, CORES at a time
#   cat */*, wc -l */*               the same bytes read, nothing done
# plus the peak memory of each.  The corpus is kept in $BENCH_DIR.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
. "$here/lib.sh"
GIPA_EXTRACT=${GIPA_EXTRACT:-$repo/build/gipa-extract}
GEN=${GEN:-$repo/build/gen-corpus}
AGENCIES=${AGENCIES:-4000}
YEARS=${YEARS:-2019-2024}
BENCH_DIR=${BENCH_DIR:-${TMPDIR:-/tmp}/gipa-bench-extract}
cores=$(nproc)

for b in "$GIPA_EXTRACT" "$GEN"; do
	[ -x "$b" ] || { echo "extract.sh: $b not built (run make build/gipa-extract build/gen-corpus)" >&2; exit 2; }
done
bench_need "hyperfine:hyperfine /usr/bin/time:time"

# ---- the corpus --------------------------------------------------------------
# remade when the templates or the generator change
mkdir -p "$BENCH_DIR"
stamp=$(cat "$here"/templates/*.tpl "$here/gen-corpus.c" | cksum | cut -d' ' -f1)
corpus=$BENCH_DIR/corpus-$AGENCIES-$YEARS
records=$corpus.tsv
if [ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]; then
	echo "extract.sh: generating $corpus" >&2
	rm -rf "$corpus"
	"$GEN" corpus -a "$AGENCIES" -y "$YEARS" "$corpus" "$records" "$here"/templates/*.tpl
	echo "$stamp" >"$corpus/.stamp"
fi
cd "$corpus"
reports=$(printf '%s\n' */* | wc -l)
bytes=$(cat */* | wc -c)
echo "extract.sh: $reports reports, $(awk -v b="$bytes" 'BEGIN { printf "%.0f", b / 1e6 }') MB, $(bench_machine)"

# ---- correctness first: every value, exactly ---------------------------------
st=0
"$GIPA_EXTRACT" */* >"$BENCH_DIR/extract-out.tsv" 2>"$BENCH_DIR/extract-err.txt" || st=$?
if [ "$st" -ne 0 ] || ! cmp -s "$BENCH_DIR/extract-out.tsv" "$records"; then
	echo "extract.sh: gipa-extract (exit $st) does not give the corpus' records:" >&2
	head -5 "$BENCH_DIR/extract-err.txt" >&2
	cmp "$BENCH_DIR/extract-out.tsv" "$records" >&2 || true
	exit 1
fi
echo "extract.sh: gipa-extract gives every one of the $(($(wc -l <"$records") - 1)) records exactly"

# the same with the files shared among the cores, each part to its own file,
# and the parts' totals merged by gipa-sum: the same as one sequential run
par=$BENCH_DIR/parts
rm -rf "$par" && mkdir -p "$par"
printf '%s\n' */* | xargs -P "$cores" -n 500 sh -c '"$0" -H "$@" >"'"$par"'/part.$$"' "$GIPA_EXTRACT"
# (exit 1: the real reports' templates do not state meta.active_items)
"$repo/build/gipa-sum" -H -g year "$par"/part.* >"$BENCH_DIR/sum-par.tsv" 2>/dev/null || true
"$repo/build/gipa-sum" -g year "$records" >"$BENCH_DIR/sum-seq.tsv" 2>/dev/null || true
cmp -s "$BENCH_DIR/sum-par.tsv" "$BENCH_DIR/sum-seq.tsv" ||
	{ echo "extract.sh: the parallel run's totals differ from the sequential run's" >&2; exit 1; }
rm -rf "$par"

# ---- timing ------------------------------------------------------------------
q=$(printf '%s' "$GIPA_EXTRACT" | sed "s/'/'\\\\''/g")
meds=$BENCH_DIR/extract-medians.tsv
BENCH_MEDIANS=$meds bench_run extract "$bytes" gipa-extract \
	-n gipa-extract "'$q' */* >/dev/null" \
	-n "gipa-extract -P$cores" "printf '%s\n' */* | xargs -P $cores -n 500 sh -c '\"\$0\" -H \"\$@\" >/dev/null' '$q'" \
	-n cat "cat */* >/dev/null" \
	-n "wc -l" "wc -l */* >/dev/null"
awk -F'\t' -v reports="$reports" -v bytes="$bytes" -v cores="$cores" '
	$1 == "gipa-extract" { one = $2; cpu = $3 }
	$1 ~ /^gipa-extract -P/ { many = $2 }
	END {
		printf "gipa-extract: %.0f MB/s, %.0f reports/s on one core", bytes / 1e6 / one, reports / one
		printf " (%.0f MB per CPU second)", bytes / 1e6 / cpu
		print (bytes / 1e6 / one >= 150 ? " (target 150 MB/s: met)" : " (target 150 MB/s: NOT met)")
		printf "on %d cores: %.0f MB/s, %.0f reports/s, %.2fx the one-core speed\n",
			cores, bytes / 1e6 / many, reports / many, one / many
	}' "$meds"
