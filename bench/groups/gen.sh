#!/bin/sh
# gen.sh N [SEED]: an invented roster of N leaders on stdout, with a
# service area (tjenesteområde, 8 values of unequal size), a level (nivå,
# 4 values) and a status column where one in fifty is away. Names are
# "Leder 000001" and so on, so any N is possible.
n=${1:?usage: gen.sh N [SEED]}
awk -v n="$n" -v seed="${2:-1}" 'BEGIN {
	srand(seed)
	split("helse,skole,barnehage,teknisk,kultur,nav,stab,omsorg", area, ",")
	split("1,2,3,4", lvl, ",")
	print "navn,tjenesteområde,nivå,status"
	for (i = 1; i <= n; i++) {
		a = int(8 * rand() * rand()) + 1
		printf "Leder %06d,%s,%s,%s\n", i, area[a], lvl[1 + int(4 * rand())],
		    rand() < 0.02 ? "borte" : ""
	}
}'
