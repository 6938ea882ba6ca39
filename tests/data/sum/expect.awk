# expect.awk - what gipa-sum must write for gipa records, computed the
# simple way, independently of the program: group by the columns named in
# g (a comma list of report, agency, year; empty for none), count distinct
# reports, sum each key, list keys in the order first seen (the inputs
# given to it are in schema order), and add meta.missing.KEY where some
# reports of a group lack a key.  Decimal values are summed as integers of
# their smallest unit (every decimal value of one key must have the same
# number of places, as the generator makes them).  Only raw records
# (gipa-extract output), not earlier sums.
#
#   awk -F'\t' -v g=year -f expect.awk FILE...
BEGIN {
	FS = "\t"
	ng = split(g, gc, ",")
	for (i = 1; i <= ng; i++) on[gc[i]] = 1
	print "report\tagency\tyear\tkey\tvalue"
}
FNR == 1 && $1 == "report" { next }
$4 ~ /^meta\.(form|date|period|sha256)$/ { next }
{
	gk = (on["report"] ? $1 : "*") "\t" (on["agency"] ? $2 : "*") "\t" (on["year"] ? $3 : "*")
	if (!(gk in gseen)) { gseen[gk] = 1; gorder[++ngroups] = gk }
	src = $1 "\t" $2 "\t" $3
	if (!((gk, src) in counted)) { counted[gk, src] = 1; reports[gk]++ }
	if (!($4 in kseen)) { kseen[$4] = 1; korder[++nkeys] = $4 }
	val = $5
	if (val ~ /\./) { places[$4] = length(val) - index(val, "."); sub(/\./, "", val) }
	sum[gk, $4] += val
	has[gk, $4]++
}
END {
	for (i = 1; i <= ngroups; i++) {
		gk = gorder[i]
		print gk "\tmeta.reports\t" reports[gk]
		for (j = 1; j <= nkeys; j++) {
			k = korder[j]
			if (!((gk, k) in has)) continue
			s = sum[gk, k]
			if (places[k] > 0) {
				d = 1; for (p = 0; p < places[k]; p++) d *= 10
				s = sprintf("%d.%0" places[k] "d", int(s / d), s % d)
			}
			print gk "\t" k "\t" s
		}
		for (j = 1; j <= nkeys; j++) {
			k = korder[j]
			if ((gk, k) in has && has[gk, k] < reports[gk])
				print gk "\tmeta.missing." k "\t" reports[gk] - has[gk, k]
		}
	}
}
