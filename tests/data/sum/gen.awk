# gen.awk - deterministic gipa records for the gipa-sum tests: n reports of
# the 2021 form whose numbers satisfy the identities I1-I4 (SCHEMA.md §3.1),
# with every key in schema order, some metadata and decimal fee amounts.
#
#   awk -v n=12 -v seed=7 -v name=part1 -f gen.awk
#
# Variables: n reports (default 6); seed for the number sequence; name, the
# report-name prefix; years, how many distinct years cycle (default 3,
# from 2022); drop=K: every K-th report (the 2nd, then every K-th after it)
# lacks the keys of apply.deny_secret; nofees=1: no active.fees.amount at all;
# unknown=1: each report also has the unknown key x.extra.count;
# header=0: no header line.
function rnd(m) {
	x = (x * 1103515245 + 12345) % 2147483648
	return int(x / 65536) % m
}
function put(k, v) { print rep "\t" agency "\t" year "\t" k "\t" v }
BEGIN {
	if (n == "") n = 6
	if (years == "") years = 3
	if (name == "") name = "r"
	x = seed + 1
	split("natural commercial research nonprofit legal other_org", org, " ")
	nout = split("granted partial deny_secret deny_lawban deny_safety deny_third deny_internal " \
		     "deny_process deny_enforce deny_query unable_nohold unable_create unable_unclear " \
		     "noproc_petition noproc_repeat noproc_publication noproc_massive noproc_confirm " \
		     "other_nocorrect other_nofee other_misc", out, " ")
	split("review suit_direct suit_after", rg, " ")
	split("upheld corrected other pending", rc, " ")
	if (header != "0") print "report\tagency\tyear\tkey\tvalue"
	for (r = 0; r < n; r++) {
		rep = name "-" r ".txt"
		agency = "测试市第" (r % 4) "卫生健康局"
		year = 2022 + r % years
		lacks = drop > 0 && r % drop == 1
		put("meta.form", "2021")
		put("meta.date", (year + 1) "-01-1" (r % 10))
		put("meta.active_items", rnd(300))
		put("meta.fee_yuan", rnd(3) * 10)
		split("rules normative", ar, " ")
		split("issued repealed valid", ac, " ")
		for (i = 1; i <= 2; i++) for (j = 1; j <= 3; j++) put("active." ar[i] "." ac[j], rnd(20))
		put("active.license.decisions", rnd(500))
		put("active.penalty.decisions", rnd(200))
		put("active.coercion.decisions", rnd(50))
		if (nofees != 1) put("active.fees.amount", rnd(100) "." sprintf("%02d", rnd(100)))
		# apply: outcomes per column, then the totals that make I1-I4 hold
		for (j = 1; j <= 7; j++) { tot[j] = 0; nxt[j] = 0; car[j] = 0 }
		for (i = 1; i <= nout; i++) {
			s = 0
			for (j = 1; j <= 6; j++) { v[i, j] = rnd(4); s += v[i, j]; tot[j] += v[i, j] }
			v[i, 7] = s
			tot[7] += s
		}
		s = 0; c = 0
		for (j = 1; j <= 6; j++) { nxt[j] = rnd(3); s += nxt[j]; car[j] = rnd(2); c += car[j] }
		nxt[7] = s; car[7] = c
		for (j = 1; j <= 7; j++) { t = "apply.new." (j < 7 ? org[j] : "total"); put(t, tot[j] + nxt[j] - car[j]) }
		for (j = 1; j <= 7; j++) put("apply.carried." (j < 7 ? org[j] : "total"), car[j])
		for (i = 1; i <= nout; i++) {
			if (lacks && out[i] == "deny_secret") continue
			for (j = 1; j <= 7; j++) put("apply." out[i] "." (j < 7 ? org[j] : "total"), v[i, j])
		}
		for (j = 1; j <= 7; j++) put("apply.total." (j < 7 ? org[j] : "total"), tot[j])
		for (j = 1; j <= 7; j++) put("apply.carry_next." (j < 7 ? org[j] : "total"), nxt[j])
		for (g = 1; g <= 3; g++) {
			s = 0
			for (j = 1; j <= 4; j++) { w = rnd(3); s += w; put("review." rg[g] "." rc[j], w) }
			put("review." rg[g] ".total", s)
		}
		if (unknown == 1) put("x.extra.count", rnd(9))
	}
}
