#!/bin/sh
# lp-groups and the designs of issue 18: schedules where nobody meets
# anybody twice, built from affine planes and base classes; what score
# and make say about the fewest repeats possible, and "optimal" only
# when a grouping meets that bound.
. "$LP_TOP/tests/cli/lib.sh"
export LP_LANG=en

golfers() {
	awk -v n="$1" 'BEGIN { print "navn,team"; for (i = 1; i <= n; i++) printf "Golfer %03d,\n", i }'
}

# made ROSTER GROUPS ROUNDS SEED REPEATS BOUND-TEXT: make, kept as
# $T_TMP/made.csv, and its score: the repeats, the bound and its
# reason, and "optimal".
made() {
	run 0 lp-groups make "$1" --groups "$2" --rounds "$3" --seed "$4"
	cp "$T_TMP/out" "$T_TMP/made.csv"
	LP_LANG=en run 0 lp-groups score "$T_TMP/made.csv"
	contains "$out" "repeated pairs             $5 ($5 repeats)" "$2 groups, $3 rounds: $5 repeats"
	contains "$out" "fewest possible repeats    $5 ($6)" "$2 groups, $3 rounds: $6"
	contains "$out" "optimal                    yes" "$2 groups, $3 rounds: optimal"
}

# 7 groups of 7 for 8 rounds: the affine plane of order 7, at once.
golfers 49 > "$T_TMP/g49.csv"
made "$T_TMP/g49.csv" 7 8 3 0 "an affine plane of order 7"
cp "$T_TMP/made.csv" "$T_TMP/p7.csv"
run 0 lp-groups make "$T_TMP/g49.csv" --groups 7 --rounds 8 --seed 3
cmp -s "$T_TMP/out" "$T_TMP/p7.csv"
ok $? "same seed: the same bytes"
run 0 lp-groups make "$T_TMP/g49.csv" --groups 7 --rounds 8 --seed 4
! cmp -s "$T_TMP/out" "$T_TMP/p7.csv"
ok $? "another seed: other groups"

# Base classes: 10 groups of 4 for 13 rounds, everyone meets everyone.
golfers 40 > "$T_TMP/g40.csv"
run 0 lp-groups make "$T_TMP/g40.csv" --groups 10 --rounds 13
cp "$T_TMP/out" "$T_TMP/d40.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/d40.csv"
contains "$out" "repeated pairs             0 (0 repeats)" "10-4-13: no repeat"
contains "$out" "fewest possible repeats    0 (a resolvable Steiner system S(2,4,40)" \
    "10-4-13: the design named"

# The counting bound: 8 groups of 4 meet 528 times in 11 rounds, 32
# more than the 496 pairs (in 12 rounds 80 more).
golfers 32 > "$T_TMP/g32.csv"
awk 'BEGIN { print "round,group,navn"
	for (r = 1; r <= 11; r++) for (i = 0; i < 32; i++)
		printf "%d,G%d,Golfer %03d\n", r, (i + r * int(i / 8)) % 8, i + 1 }' > "$T_TMP/h32.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/h32.csv"
contains "$out" "fewest possible repeats    32 (counting: at most 10 rounds without repeats)" \
    "8-4-11: the counting bound"
contains "$out" "optimal                    not proven" "8-4-11 by hand: not proven"

# The original social golfer problem: 8 groups of 4 for 10 rounds from
# the couples' design, and an eleventh round at the counting bound.
made "$T_TMP/g32.csv" 8 10 5 0 "16 couples in the planes of two disjoint spreads of PG(3,2)"
made "$T_TMP/g32.csv" 8 11 5 32 "counting: at most 10 rounds without repeats"
contains "$out" "most meetings of one pair  2" "8-4-11: nobody meets three times"

# With --mix: 32 of the example leaders (areas of 8, 8, 6, 5, 5) in 8
# groups of 4 for 10 rounds. Without repeats each misses only one
# other, so at least 76 same-area pairs; the design relabelled gets
# there, and score says why the figure is not 0.
head -33 "$LP_TOP/examples/deltakere.csv" > "$T_TMP/l32.csv"
run 0 lp-groups make "$T_TMP/l32.csv" --groups 8 --rounds 10 --mix tjenesteområde --seed 2
cp "$T_TMP/out" "$T_TMP/m32.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/m32.csv" --mix tjenesteområde
contains "$out" "repeated pairs             0 (0 repeats)" "8-4-10 mixed: no repeat"
contains "$out" "same tjenesteområde        76 (lowest possible without repeats 76)" \
    "8-4-10 mixed: the fewest same-area pairs without repeats"
LP_LANG=nn run 0 lp-groups score "$T_TMP/m32.csv" --mix tjenesteområde
contains "$out" "76 (lågast mogeleg utan gjentakingar 76)" "the bound in nynorsk"

# 6 groups of 6: three rounds of a Latin square meet nobody twice, a
# fourth cannot (Euler's 36 officers).
awk 'BEGIN { print "round,group,navn"
	for (r = 1; r <= 4; r++) for (i = 0; i < 36; i++) {
		a = int(i / 6); b = i % 6
		g = r == 1 ? a : r == 2 ? b : r == 3 ? (a + b) % 6 : (a + 2 * b) % 6
		printf "%d,G%d,Golfer %03d\n", r, g, i + 1 } }' > "$T_TMP/h36.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/h36.csv"
contains "$out" "fewest possible repeats    1 (no two orthogonal Latin squares of order 6)" \
    "6-6-4: Euler's officers"
awk -F, '$1 != 4' "$T_TMP/h36.csv" > "$T_TMP/h36b.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/h36b.csv"
contains "$out" "repeated pairs             0 (0 repeats)" "6-6-3 by hand: no repeat"
contains "$out" "fewest possible repeats    0 (no repeat is forced)" "6-6-3: nothing forced"
contains "$out" "optimal                    yes" "6-6-3: optimal"
# No bound where pairs kept together do not count.
LP_LANG=en run 1 lp-groups score "$T_TMP/h36b.csv" --together "Golfer 001,Golfer 002"
lacks "$out" "fewest possible" "no bound with --together"

# A design start keeps the hard rules: 7 groups of 7, 4 rounds, with
# apart pairs, a together-set and pins.
awk 'BEGIN { print "navn,team"; for (i = 1; i <= 49; i++)
	printf "Golfer %03d,%s\n", i, i == 7 ? "Gruppe 3" : i == 8 ? "Gruppe 4" : "" }' > "$T_TMP/p49.csv"
run 0 lp-groups make "$T_TMP/p49.csv" --groups 7 --rounds 4 \
    --apart "Golfer 001,Golfer 002" --apart "Golfer 003,Golfer 004" \
    --pin team --time 0 --iterations 20000
cp "$T_TMP/out" "$T_TMP/r49.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/r49.csv" --apart "Golfer 001,Golfer 002" \
    --apart "Golfer 003,Golfer 004" --pin team
contains "$out" "repeated pairs             0 (0 repeats)" "rules: no repeat"
contains "$out" "breaches                   0" "rules: apart and pins kept"
run 0 lp-groups make "$T_TMP/p49.csv" --groups 7 --rounds 4 \
    --together "Golfer 005,Golfer 006" --apart "Golfer 001,Golfer 002" \
    --pin team --time 0 --iterations 20000
cp "$T_TMP/out" "$T_TMP/t49.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/t49.csv" --together "Golfer 005,Golfer 006" \
    --apart "Golfer 001,Golfer 002" --pin team
contains "$out" "breaches                   0" "rules: together kept too"

# make on a terminal: the design and the bound.
if ! command -v script > /dev/null 2>&1; then
	skip "no script(1) for a terminal"
elif ! script -qec true /dev/null > /dev/null 2>&1; then
	skip "script(1) cannot open a pseudo-terminal here"
else
	script -qec "lp-groups make $T_TMP/g49.csv --groups 7 --rounds 8 > /dev/null" /dev/null > "$T_TMP/tty" 2>&1
	contains "$(cat "$T_TMP/tty")" "began from an affine plane of order 7" "make names the design"
	contains "$(cat "$T_TMP/tty")" "0 repeats, fewest possible 0 (an affine plane of order 7): optimal" \
	    "make: optimal"
	golfers 24 > "$T_TMP/g24.csv"
	script -qec "lp-groups make $T_TMP/g24.csv --groups 6 --rounds 9 --time 0 --iterations 300 > /dev/null" /dev/null > "$T_TMP/tty" 2>&1
	contains "$(cat "$T_TMP/tty")" "fewest possible 48 (counting: at most 7 rounds without repeats): not proven optimal" \
	    "make: not proven"
fi
done_testing
