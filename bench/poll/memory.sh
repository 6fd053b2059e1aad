#!/bin/sh
# Peak memory (max RSS, /usr/bin/time -v) and time of lp-poll on a wide
# export with many columns (gen-wide.sh) and a 10-FAKTOR export with
# many rows (gen-scale.sh): memory must grow with the distinct values,
# not with the columns or rows (issue 14, item 6). Prints a Markdown
# table; MEMORY.md holds the figures measured. OLD=path/to/lp-poll adds
# a column for another build (the one before the fix).
#
#	sh bench/poll/memory.sh [cols] [rows]
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
cols=${1:-1000000}
rows=${2:-1000000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
sh bench/poll/gen-wide.sh "$cols" 3 > "$tmp/wide.csv"
sh bench/poll/gen-scale.sh "$rows" > "$tmp/scale.csv"
echo "wide: $cols columns, 3 rows, $(wc -c < "$tmp/wide.csv") bytes;" \
    "scale: $rows rows, $(wc -c < "$tmp/scale.csv") bytes"
echo
echo "| command | build | peak memory (MB) | wall (s) | exit |"
echo "|---|---|---:|---:|---:|"
# measure BUILD-NAME BINARY ARGS...
measure() {
	name=$1
	bin=$2
	shift 2
	set +e
	/usr/bin/time -v "$bin" "$@" > /dev/null 2> "$tmp/t"
	rc=$?
	set -e
	kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/t")
	wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/t")
	echo "| lp-poll $* | $name | $(awk -v k="$kb" 'BEGIN { printf "%.1f", k / 1024 }') | $wall | $rc |" |
	    sed "s|$tmp/||g"
}
for b in new ${OLD:+old}; do
	if [ "$b" = new ]; then bin=$top/build/lp-poll; else bin=$OLD; fi
	measure "$b" "$bin" words "$tmp/wide.csv"
	measure "$b" "$bin" tally "$tmp/wide.csv"
	measure "$b" "$bin" words -c 1 "$tmp/wide.csv"
	measure "$b" "$bin" scale "$tmp/scale.csv"
	measure "$b" "$bin" scale --by Enhet "$tmp/scale.csv"
done
