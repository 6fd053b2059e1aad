#!/bin/sh
# Write a long poll export of N rows (default 1,000,000, about 50 MB) to
# stdout: respondent,question,answer, one question, a few thousand
# different answers built from Norwegian words, some with æøå, some with
# a comma (and so quoted), as Mentimeter's free text gives them.
# Deterministic: the same N gives the same bytes.
n=${1:-1000000}
awk -v n="$n" 'BEGIN {
	split("trygge felles åpen ledelse samarbeid relevant plattform " \
	    "endringsvilje verktøy helhet tillit kvardag leiarar nærare " \
	    "forståelse arbeidsmiljø robust inspirerte medarbeidere tydelig " \
	    "retning struktur støtte mestring", w, " ")
	nw = 24
	seed = 12345
	print "respondent,question,answer"
	for (i = 1; i <= n; i++) {
		# A small LCG, the same in every awk.
		seed = (seed * 1103515245 + 12345) % 2147483648
		k = int(seed / 65536) % 4000
		a = w[(k % nw) + 1] " " w[(int(k / nw) % nw) + 1]
		if (k % 7 == 0)
			a = "\"" a ", " w[(int(k / 167) % nw) + 1] "\""
		else if (k % 3 == 0)
			a = a " og " w[(int(k / 97) % nw) + 1]
		else if (k % 5 == 0)
			a = "Mer " a " " w[(int(k / 59) % nw) + 1]
		printf "r%06d,Hva er viktigst for oss?,%s\n", i % 50000, a
	}
}'
