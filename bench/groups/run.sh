#!/bin/sh
# Benchmark of lp-groups make against Good-Enough Golfers (GEG) on the
# social golfer instances of issue 4, the mixing case and the roles
# case. Writes bench/groups/RESULTS.md. Run from anywhere:
#
#	sh bench/groups/run.sh            (10 seeds)
#	SEEDS="1 2" TIME=1 sh bench/groups/run.sh
#
# Each golfer instance runs with --time 0.1 s under GEG's median time
# on it (issue 4), so "in the same time or less" holds for the wall
# clock; TIME sets one limit for all. The mixing case runs with --time 2.
#
# Needs the built tool (make); LP_BIN names its folder (default build).
set -eu
# score's labels are read back in English.
export LP_LANG=en
top=$(cd "$(dirname "$0")/../.." && pwd)
bin=${LP_BIN:-$top/build}
tool=$bin/lp-groups
[ -x "$tool" ] || { echo "bench: build first (make)" >&2; exit 1; }
seeds=${SEEDS:-"1 2 3 4 5 6 7 8 9 10"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
out=$top/bench/groups/RESULTS.md

now() { date +%s%N; }

# stats: min, median, max of the numbers on stdin.
stats() {
	sort -n | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%s / %s / %s", v[1], m, v[NR] }'
}
median() {
	sort -n | awk '{ v[NR] = $1 } END {
		m = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
		printf "%.3f", m }'
}

# One instance: groups-size-rounds, GEG's figures, our --time. Prints a
# table row.
golf() {
	g=$1 s=$2 r=$3 geg=$4 t=${TIME:-$5}
	awk -v n=$((g * s)) 'BEGIN { print "navn"; for (i = 1; i <= n; i++) printf "Golfer %02d\n", i }' > "$tmp/roster.csv"
	: > "$tmp/rep"; : > "$tmp/max"; : > "$tmp/time"
	for seed in $seeds; do
		t0=$(now)
		"$tool" make "$tmp/roster.csv" --groups "$g" --rounds "$r" \
		    --seed "$seed" --time "$t" > "$tmp/g.csv"
		t1=$(now)
		echo "$t0 $t1" | awk '{ printf "%.3f\n", ($2 - $1) / 1e9 }' >> "$tmp/time"
		"$tool" score "$tmp/g.csv" > "$tmp/score" || true
		sed -n 's/^repeated pairs .*(\([0-9]*\) repeats)$/\1/p' "$tmp/score" >> "$tmp/rep"
		sed -n 's/^most meetings of one pair *\([0-9]*\)$/\1/p' "$tmp/score" >> "$tmp/max"
	done
	printf '| %s-%s-%s | %s | %s | %s | %s s | %s s | %s |\n' "$g" "$s" "$r" \
	    "$(stats < "$tmp/rep")" "$(sort -n "$tmp/max" | tail -1)" \
	    "$(awk '$1 == 0' "$tmp/rep" | wc -l | tr -d ' ')/$(wc -l < "$tmp/rep" | tr -d ' ')" \
	    "$(median < "$tmp/time")" "$t" "$geg"
}

# One instance of issue 18 at the default time: groups, size, rounds.
known() {
	g=$1 s=$2 r=$3
	awk -v n=$((g * s)) 'BEGIN { print "navn"; for (i = 1; i <= n; i++) printf "Golfer %02d\n", i }' > "$tmp/roster.csv"
	: > "$tmp/rep"; : > "$tmp/time"; lb=; why=
	for seed in $seeds; do
		t0=$(now)
		"$tool" make "$tmp/roster.csv" --groups "$g" --rounds "$r" \
		    --seed "$seed" > "$tmp/g.csv"
		t1=$(now)
		echo "$t0 $t1" | awk '{ printf "%.3f\n", ($2 - $1) / 1e9 }' >> "$tmp/time"
		"$tool" score "$tmp/g.csv" > "$tmp/score" || true
		sed -n 's/^repeated pairs .*(\([0-9]*\) repeats)$/\1/p' "$tmp/score" >> "$tmp/rep"
		lb=$(sed -n 's/^fewest possible repeats *\([0-9]*\) (.*/\1/p' "$tmp/score")
		why=$(sed -n 's/^fewest possible repeats *[0-9]* (\(.*\))$/\1/p' "$tmp/score")
	done
	at=$(awk -v lb="$lb" '$1 == lb' "$tmp/rep" | wc -l | tr -d ' ')
	by=search
	case $why in
	counting*)
		# make names the design it began from on a terminal only.
		from=$(script -qec "$tool make $tmp/roster.csv --groups $g --rounds $r --seed 1 > /dev/null" /dev/null 2>&1 |
		    sed -n 's/.*began from \(.*\)$/\1/p' | tr -d '\r')
		[ -n "$from" ] && by="search on top of a design: $from" ;;
	no*) ;;
	*) [ "$at" -eq "$(wc -l < "$tmp/rep" | tr -d ' ')" ] && by="design: $why" ;;
	esac
	printf '| %s-%s-%s | %s | %s | %s/%s | %s s | %s s | %s |\n' "$g" "$s" "$r" \
	    "$(stats < "$tmp/rep")" "$lb" "$at" "$(wc -l < "$tmp/rep" | tr -d ' ')" \
	    "$(median < "$tmp/time")" "$(sort -n "$tmp/time" | tail -1)" "$by"
}

# A typical case: leaders, groups, rounds, with --mix at the default time.
typical() {
	n=$1 g=$2 r=$3
	awk -v n="$n" 'BEGIN { print "navn,område"; split("30 25 20 15 10", p, " ")
		k = 0; for (a = 1; a <= 5; a++) { m = a == 5 ? n - k : int(n * p[a] / 100 + 0.5)
			for (i = 1; i <= m; i++) printf "Leder %02d,område %d\n", ++k, a } }' > "$tmp/typ.csv"
	: > "$tmp/rep"; : > "$tmp/time"; : > "$tmp/over"
	for seed in $seeds; do
		t0=$(now)
		"$tool" make "$tmp/typ.csv" --groups "$g" --rounds "$r" --mix område \
		    --seed "$seed" > "$tmp/g.csv"
		t1=$(now)
		echo "$t0 $t1" | awk '{ printf "%.3f\n", ($2 - $1) / 1e9 }' >> "$tmp/time"
		"$tool" score "$tmp/g.csv" --mix område > "$tmp/score" || true
		sed -n 's/^repeated pairs .*(\([0-9]*\) repeats)$/\1/p' "$tmp/score" >> "$tmp/rep"
		sed -n 's/^same område *\([0-9]*\) (lowest possible \(without repeats \)\{0,1\}\([0-9]*\)).*/\1 \3/p' "$tmp/score" |
		    awk '{ print $1 - $2 }' >> "$tmp/over"
	done
	printf '| %s | %s | %s | %s | %s | %s s | %s s |\n' "$n" "$g" "$r" \
	    "$(stats < "$tmp/rep")" "$(sort -n "$tmp/over" | awk '{ v[NR] = $1 } END { print NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')" \
	    "$(median < "$tmp/time")" "$(sort -n "$tmp/time" | tail -1)"
}

{
echo "# lp-groups benchmark"
echo
echo "Made by \`sh bench/groups/run.sh\` on $(uname -m), $(nproc 2>/dev/null || echo '?') CPUs,"
echo "seeds: $seeds. Each golfer instance runs with the \`--time\` in its"
echo "row: by default 0.1 s under GEG's median time on it, so that ours takes"
echo "the same time or less${TIME:+ (this run: TIME=$TIME for all)}. The search"
echo "stops earlier when it proves its bound (zero repeats; 15 on 5-6-3)."
echo "Times are wall-clock per run, including"
echo "reading and writing. GEG figures are those given in issue 4"
echo "(Good-Enough Golfers measured on the same instances: median repeats,"
echo "median time)."
echo
echo "## Social golfer instances"
echo
echo "groups-size-rounds; repeats = meetings of a pair after its first,"
echo "summed over pairs (min / median / max over the seeds); worst pair ="
echo "most meetings of one pair over all seeds."
echo
echo "| instance | repeats min / median / max | worst pair | runs with 0 | median time | --time | GEG (median repeats, time) |"
echo "|---|---|---|---|---|---|---|"
golf 5 3 7 "7, 0.65 s" 0.55
golf 6 5 5 "6, 2.5 s" 2.4
golf 6 5 6 "16, 3.2 s" 3.1
golf 8 4 9 "16, 3.6 s" 3.5
golf 8 4 10 "32, 6.2 s" 6.1
golf 7 4 9 "32, 2.2 s" 2.1
golf 5 6 3 "15, 7.8 s" 7.7
echo
echo "## The known optimum (issue 18), at the default time limit"
echo
echo 'Each run with the default `--time` of make (2 s); "reached by" is the'
echo "design score names as reaching the fewest possible repeats when the"
echo "runs meet it, else the search. Fewest possible: as score proves it."
echo
echo "| instance | repeats min / median / max | fewest possible | runs at it | median time | max time | reached by |"
echo "|---|---|---|---|---|---|---|"
for i in 8-4-10 7-4-9 7-7-4 5-5-6 4-4-5 8-8-9 10-4-13 8-4-11 5-3-7 6-5-5 6-5-6 8-4-9; do
	known $(echo "$i" | tr - ' ')
done
echo
echo "## Typical: leaders in areas of unequal size, with --mix, default time"
echo
echo "Areas: 5 of sizes about 30, 25, 20, 15 and 10 % of the leaders."
echo
echo "| leaders | groups | rounds | repeats min / median / max | same-area pairs over the lowest possible, median | median time | max time |"
echo "|---|---|---|---|---|---|---|"
for i in 30-6-4 35-7-5 35-7-6 42-6-4 49-7-5 49-7-6 60-6-3 60-6-6; do
	typical $(echo "$i" | tr - ' ')
done
echo
echo "## Mixing: 30 leaders in areas of 8, 7, 6, 5, 4; 6 groups of 5; 5 rounds"
echo
echo "At least 15 same-area pairs are unavoidable (3 per round)."
echo
awk 'BEGIN { print "navn,område"; split("8 7 6 5 4", sz, " "); k = 0
	for (a = 1; a <= 5; a++) for (i = 1; i <= sz[a]; i++) printf "Leder %02d,område %d\n", ++k, a }' > "$tmp/mix.csv"
: > "$tmp/same"; : > "$tmp/rep"; : > "$tmp/time"
for seed in $seeds; do
	t0=$(now)
	"$tool" make "$tmp/mix.csv" --groups 6 --rounds 5 --mix område \
	    --seed "$seed" --time "${TIME:-2}" > "$tmp/g.csv"
	t1=$(now)
	echo "$t0 $t1" | awk '{ printf "%.3f\n", ($2 - $1) / 1e9 }' >> "$tmp/time"
	"$tool" score "$tmp/g.csv" --mix område > "$tmp/score" || true
	sed -n 's/^same område *\([0-9]*\) .*/\1/p' "$tmp/score" >> "$tmp/same"
	sed -n 's/^repeated pairs .*(\([0-9]*\) repeats)$/\1/p' "$tmp/score" >> "$tmp/rep"
done
echo "| | same-area pairs min / median / max | repeats min / median / max | median time |"
echo "|---|---|---|---|"
echo "| lp-groups | $(stats < "$tmp/same") | $(stats < "$tmp/rep") | $(median < "$tmp/time") s |"
echo "| GEG (issue 4) | 16–22 | 8–15 | 8.5 s |"
echo
echo "## Roles: 6 groups × 3 roles × 5 meetings over 30 leaders"
echo
awk 'BEGIN { print "navn"; for (i = 1; i <= 30; i++) printf "Leder %02d\n", i }' > "$tmp/30.csv"
"$tool" make "$tmp/30.csv" --groups 6 > "$tmp/g.csv"
t0=$(now)
"$tool" roles "$tmp/g.csv" --roles "leder og tidtaker,viddevakt,sekretær" \
    --meetings 5 > "$tmp/roles.csv"
t1=$(now)
each=$(awk -F, 'NR > 1 { n[$4 "/" $3]++ } END { for (k in n) c[n[k]]++; for (k in c) printf "%s×%s ", c[k], k }' "$tmp/roles.csv")
again=$(awk -F, 'NR > 1 { k = $2 "/" $3; if (last[k] == $4) bad++; last[k] = $4 } END { print bad + 0 }' "$tmp/roles.csv")
echo "(leader, role) pairs by times held: $each(90×1 means every one of"
echo "30 leaders held each of 3 roles exactly once); the same role twice in"
echo "a row: $again; time $(echo "$t0 $t1" | awk '{ printf "%.3f", ($2 - $1) / 1e9 }') s."
} > "$out.tmp"
mv "$out.tmp" "$out"
cat "$out"
