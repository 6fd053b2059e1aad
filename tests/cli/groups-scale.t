#!/bin/sh
# lp-groups on large rosters (issue 14 item 5): time and memory grow
# about linearly, --time holds, and roles, show and score on many rows
# stay quick. Before: make on 20k took 111 s and 1.9 GB whatever --time
# said, score on 20k 14 s and 945 MB, 200k asked for 40 GB. Limits are
# CPU seconds and address space (limited, lib.sh), never the wall clock.
. "$LP_TOP/tests/cli/lib.sh"

case $LP_BIN in
*san*)	mem=unlimited ;;	# the sanitizers reserve terabytes
*)	mem=800000 ;;		# 800 MB of address space
esac
if [ -n "${LP_VALGRIND:-}" ]; then
	skip "large rosters are too slow under valgrind"
	done_testing
fi

sh bench/groups/gen.sh 20000 > "$T_TMP/r20k.csv"
run 0 limited 12 "$mem" lp-groups make "$T_TMP/r20k.csv" --size 6 --rounds 2 \
    --mix tjenesteområde --time 1
cp "$T_TMP/out" "$T_TMP/g20k.csv"
is "$(wc -l < "$T_TMP/g20k.csv" | tr -d ' ')" 40001 "20k roster, 2 rounds: every row written"
run 0 limited 12 "$mem" lp-groups score "$T_TMP/g20k.csv" --mix tjenesteområde --size 6
contains "$out" "people                     20000"
contains "$out" "sizes                      5 to 6 (spread 1)"
# 20k people with --history: pair counts from the earlier grouping.
run 0 limited 12 "$mem" lp-groups make "$T_TMP/r20k.csv" --size 6 \
    --history "$T_TMP/g20k.csv" --time 1
cp "$T_TMP/out" "$T_TMP/next.csv"
run 0 limited 12 "$mem" lp-groups score "$T_TMP/next.csv" --history "$T_TMP/g20k.csv"
contains "$out" "breaches                   0"

# --time holds on 20k: a budget of 0.5 s ends well within 4 CPU seconds.
run 0 limited 4 "$mem" lp-groups make "$T_TMP/r20k.csv" --size 6 --rounds 3 \
    --mix tjenesteområde --mix nivå --time 0.5

# 200k rows of groups: roles and show in a few seconds.
awk 'BEGIN { print "round,group,navn,status"
	for (i = 1; i <= 200000; i++)
		printf "1,Gruppe %d,Leder %06d,%s\n", int((i - 1) / 6) + 1, i,
		    i % 50 ? "" : "borte" }' > "$T_TMP/g200k.csv"
run 0 limited 8 "$mem" lp-groups roles "$T_TMP/g200k.csv" --roles a,b,c --meetings 2
is "$(wc -l < "$T_TMP/out" | tr -d ' ')" 200005 "roles: 2 meetings x 33334 groups x 3 roles, and a header"
run 0 limited 8 "$mem" lp-groups show "$T_TMP/g200k.csv"
contains "$out" "(Leder 000050)" "show: the away member in parentheses"
done_testing
