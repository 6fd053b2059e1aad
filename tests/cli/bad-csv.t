#!/bin/sh
# The CSV bad-input corpus (tests/bad/csv, with its EXPECT list) and the
# big cases generated here: each run must finish within a second of CPU
# time and 64 MiB, with the exit status and message the list gives. Sanitizer
# builds get no memory limit and ten seconds: ASan reserves terabytes of
# address space and runs several times slower.
. "$LP_TOP/tests/cli/lib.sh"

bad=$LP_TOP/tests/bad/csv
case $LP_BIN in
*san*) limit=unlimited secs=10 ;;
*) limit=65536 secs=1 ;;
esac
# Under make valgrind the same: memcheck reserves much address space
# and runs some fifty times slower.
[ -n "${LP_VALGRIND:-}" ] && limit=unlimited secs=60

# bounded EXPECTED-STATUS lp-csvread ARGS...: run within the limits.
bounded() {
	want=$1
	shift
	run "$want" limited "$secs" "$limit" "$@"
}

# Every file in the folder has a line in EXPECT, and every line a file.
for f in "$bad"/*.csv; do
	name=${f##*/}
	grep -q "^$name	" "$bad/EXPECT"
	ok $? "$name is in EXPECT"
done

cd "$bad" || exit 1
last=
tab=$(printf '\t')
grep -v '^#' EXPECT | while IFS=$tab read -r file status stream text; do
	if [ "$file" != "$last" ]; then
		bounded "$status" lp-csvread "$file"
		last=$file
		gotout=$out
		goterr=$err
	fi
	case $stream in
	out)
		# No backslashes in a description: dash's echo reads them.
		desc=$(printf '%s' "$text" | tr -d '\\')
		contains "$gotout" "$text" "$file: stdout has '$desc'"
		;;
	err)
		if [ -z "$text" ]; then
			is "$goterr" "" "$file: nothing on stderr"
		else
			contains "$goterr" "lp-csvread: $text" "$file: $text"
		fi
		;;
	esac
	echo "$T_N $T_FAIL" >"$T_TMP/count"
done
read -r T_N T_FAIL <"$T_TMP/count"
cd "$LP_TOP" || exit 1

# A 2 MiB field between ordinary rows.
awk 'BEGIN {
	print "navn;tekst"
	print "Åse;kort"
	printf "Kåre;\""
	for (i = 0; i < 2097152 / 64; i++)
		printf "%s", "0123456789abcdefghijklmnopqrstuvwxyzæøå0123456789abcdefghij\"\"\n"
	print "\""
	print "Liv;slutt"
}' >"$T_TMP/big-field.csv"
bounded 0 lp-csvread "$T_TMP/big-field.csv"
n=$(wc -c <"$T_TMP/out")
[ "$n" -gt 2097152 ]
ok $? "2 MiB field: all of it written back ($n bytes)"
contains "$out" '{"navn": "Liv", "tekst": "slutt"}' "2 MiB field: the row after it"

# 100 000 columns, and the same with a duplicate as the last one.
awk 'BEGIN {
	for (i = 1; i <= 100000; i++) printf "%sk%d", (i > 1 ? "," : ""), i
	printf "\n"
	for (i = 1; i <= 100000; i++) printf "%s%d", (i > 1 ? "," : ""), i
	printf "\n"
}' >"$T_TMP/wide.csv"
bounded 0 lp-csvread "$T_TMP/wide.csv"
contains "$out" '"k100000": "100000"}' "100 000 columns: the last one"
sed '1s/k100000$/K1/' "$T_TMP/wide.csv" >"$T_TMP/wide-dup.csv"
bounded 65 lp-csvread "$T_TMP/wide-dup.csv"
is "$err" "lp-csvread: $T_TMP/wide-dup.csv:1:688888: duplicate header 'K1' (also column 1)" \
    "100 000 columns: a duplicate at the end, with its column"

# Options: a given delimiter and a forced encoding.
bounded 0 lp-csvread -d ';' "$bad/tabs.csv"
contains "$out" '{"navn\tnivå": "Åse\t1"}' "-d ';' overrides the sniffer"
bounded 65 lp-csvread -e utf8 "$bad/windows-1252.csv"
is "$err" "lp-csvread: $bad/windows-1252.csv:1:17: invalid UTF-8 (byte 0xe5)" "-e utf8 refuses Windows-1252"
bounded 0 lp-csvread -e cp1252 "$bad/bom.csv"
contains "$out" '"navn": "Ã…se"' "-e cp1252 converts whatever it is given"
bounded 0 lp-csvread --noheader -d tab "$bad/tabs.csv"
contains "$out" '["navn", "nivå"]' "--noheader: the first row is data"

# Out of memory at every allocation in turn: exit 71 with a message,
# never a crash, until the run has enough.
n=1
while [ "$n" -lt 400 ]; do
	LP_FAILALLOC=$n lp-csvread "$bad/windows-1252.csv" >/dev/null 2>"$T_TMP/err"
	rc=$?
	[ "$rc" -eq 0 ] && break
	if [ "$rc" -ne 71 ] || ! grep -q 'out of memory' "$T_TMP/err"; then
		break
	fi
	n=$((n + 1))
done
is "$rc" 0 "LP_FAILALLOC: exit 71 with 'out of memory' for allocations 1..$((n - 1)), then 0"
done_testing
