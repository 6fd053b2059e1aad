#!/bin/sh
# scale.sh: how lp-groups grows with the roster (issue 14 item 5).
# For 2k, 20k and 200k invented leaders (gen.sh): make (groups of 6,
# 3 rounds, mixed by area, --time 5), then score, roles and show on what
# make wrote. Prints one markdown row per run: seconds (wall and CPU)
# and max RSS from
# /usr/bin/time -v, and the exit status. Never part of make check.
#
#	sh bench/groups/scale.sh                 (the built tool)
#	TOOL=/path/lp-groups SIZES="2000 20000" MEM=8000000 sh bench/groups/scale.sh
#
# MEM caps the address space in kB (ulimit -v; default 8 GB) so a run
# that asks for more fails instead of taking the machine down; CPU caps
# the CPU seconds (default 300).
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
tool=${TOOL:-${LP_BIN:-$top/build}/lp-groups}
sizes=${SIZES:-"2000 20000 200000"}
mem=${MEM:-8000000}
cpu=${CPU:-300}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x /usr/bin/time ] || { echo "scale.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

# one LABEL N CMD...: run under the limits, print a row.
one() {
	label=$1 n=$2
	shift 2
	( ulimit -v "$mem"; ulimit -t "$cpu"; exec /usr/bin/time -v "$@" ) \
	    > "$tmp/out" 2> "$tmp/time"
	rc=$?
	secs=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time" |
	    awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
	kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time")
	cpu=$(sed -n 's/.*\(User\|System\) time (seconds): //p' "$tmp/time" |
	    awk '{ s += $1 } END { printf "%.2f", s }')
	printf '| %s | %s | %s s | %s s | %s MB | %s |\n' "$label" "$n" "$secs" \
	    "$cpu" "$(awk -v k="${kb:-0}" 'BEGIN { printf "%.0f", k / 1024 }')" "$rc"
}

echo "| command | roster | wall time | CPU time | max RSS | exit |"
echo "|---|---|---|---|---|---|"
for n in $sizes; do
	sh "$top/bench/groups/gen.sh" "$n" > "$tmp/r.csv"
	one "make --size 6 --rounds 3 --mix tjenesteområde --time 5" "$n" \
	    "$tool" make "$tmp/r.csv" --size 6 --rounds 3 --mix tjenesteområde --time 5
	cp "$tmp/out" "$tmp/g.csv"
	[ -s "$tmp/g.csv" ] || sh "$top/bench/groups/gen.sh" "$n" |
	    awk -F, 'NR == 1 { print "round,group," $0; next }
		{ for (r = 1; r <= 3; r++) print r ",G" int((NR - 2 + r * 7) / 6) "," $0 }' > "$tmp/g.csv"
	one "score --mix tjenesteområde" "$n" "$tool" score "$tmp/g.csv" --mix tjenesteområde
	one "roles --roles a,b,c" "$n" "$tool" roles "$tmp/g.csv" --roles a,b,c
	one "show" "$n" "$tool" show "$tmp/g.csv"
done
