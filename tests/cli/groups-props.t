#!/bin/sh
# Property tests of lp-groups make: over many random rosters the hard
# rules always hold (sizes within one, everyone once per round, apart,
# together, pins), and the same seed gives the same bytes.
. "$LP_TOP/tests/cli/lib.sh"

# roster SEED: n people with an area and a team column. People 1-3 are
# pinned (team=ja), 4 and 5 go together, 6/7 and 8/9 are kept apart.
roster() {
	awk -v seed="$1" 'BEGIN {
		srand(seed)
		n = 10 + int(rand() * 50)
		print "navn,område,team"
		for (i = 1; i <= n; i++)
			printf "Person %02d,område %d,%s\n", i,
			    1 + int(rand() * 5), i <= 3 ? "ja" : ""
	}'
}

# check FILE GROUPS: print the first broken rule, or nothing.
check() {
	awk -F, -v G="$2" '
	NR == 1 { next }
	{
		r = $1; g = $2; p = $3
		if ((r, p) in where) { print "round " r ": " p " twice"; bad = 1 }
		where[r, p] = g
		size[r, g]++
		rounds[r] = 1
		people[p] = 1
		if ($5 == "ja") {
			if (pin != "" && pin != g) { print "pin broken: " p; bad = 1 }
			pin = g
		}
	}
	END {
		for (r in rounds) {
			lo = 1e9; hi = 0; ng = 0
			for (k in size) {
				split(k, a, SUBSEP)
				if (a[1] != r) continue
				ng++
				if (size[k] < lo) lo = size[k]
				if (size[k] > hi) hi = size[k]
			}
			if (ng != G) { print "round " r ": " ng " groups, not " G; bad = 1 }
			if (hi - lo > 1) { print "round " r ": sizes " lo "-" hi; bad = 1 }
			for (p in people)
				if (!((r, p) in where)) { print "round " r ": " p " missing"; bad = 1 }
			if (where[r, "Person 04"] != where[r, "Person 05"]) { print "together broken"; bad = 1 }
			if (where[r, "Person 06"] == where[r, "Person 07"]) { print "apart broken 6/7"; bad = 1 }
			if (where[r, "Person 08"] == where[r, "Person 09"]) { print "apart broken 8/9"; bad = 1 }
		}
		exit bad
	}' "$1"
}

for seed in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 \
    21 22 23 24 25 26 27 28 29 30; do
	roster "$seed" > "$T_TMP/r.csv"
	n=$(($(wc -l < "$T_TMP/r.csv") - 1))
	g=$((2 + seed % (n / 3 - 1)))
	rounds=$((1 + seed % 4))
	set -- make "$T_TMP/r.csv" --groups "$g" --rounds "$rounds" \
	    --mix område --pin team --together "Person 04,Person 05" \
	    --apart "Person 06,Person 07" --apart "Person 08,Person 09" \
	    --seed "$seed" --time 0 --iterations 300
	lp-groups "$@" > "$T_TMP/a.csv" 2> "$T_TMP/err"
	ok $? "seed $seed: make ($n people, $g groups, $rounds rounds)"
	why=$(check "$T_TMP/a.csv" "$g")
	ok $? "seed $seed: hard rules hold${why:+: $why}"
	lp-groups "$@" > "$T_TMP/b.csv" 2>/dev/null
	cmp -s "$T_TMP/a.csv" "$T_TMP/b.csv"
	ok $? "seed $seed: same seed, same bytes"
	lp-groups score "$T_TMP/a.csv" --pin team \
	    --together "Person 04,Person 05" --apart "Person 06,Person 07" \
	    > /dev/null 2>&1
	ok $? "seed $seed: score finds no breach"
done

# A different seed gives a different grouping (on a roster big enough).
roster 7 > "$T_TMP/r.csv"
lp-groups make "$T_TMP/r.csv" --groups 4 --seed 1 --time 0 --iterations 50 > "$T_TMP/a.csv"
lp-groups make "$T_TMP/r.csv" --groups 4 --seed 2 --time 0 --iterations 50 > "$T_TMP/b.csv"
! cmp -s "$T_TMP/a.csv" "$T_TMP/b.csv"
ok $? "another seed, another grouping"

done_testing
