#!/bin/sh
# lp-poll under limits (issue 14, items 2 and 6): an endless line is
# refused with a position and 65, memory running out is 71, never an
# empty table and 0; memory grows with distinct values, not with
# columns or rows. Sanitizer and valgrind builds get no memory limit.
. "$LP_TOP/tests/cli/lib.sh"

case $LP_BIN in
*san*) mem=unlimited small=unlimited secs=20 ;;
*) mem=262144 small=30000 secs=5 ;;
esac
[ -n "${LP_VALGRIND:-}" ] && mem=unlimited small=unlimited secs=120

# bounded EXPECTED-STATUS MEM CMD...: within the CPU and memory limit.
bounded() {
	want=$1
	m=$2
	shift 2
	run "$want" limited "$secs" "$m" "$@"
}

# Item 2: /dev/zero as plain text and as a stop-word list.
bounded 65 "$mem" lp-poll words -c - /dev/zero
contains "$err" "lp-poll: /dev/zero:1: line longer than 16 MiB" "endless line: file:line and why"
is "$out" "" "endless line: no table"
bounded 65 "$mem" lp-poll words --stopwords /dev/zero -c - examples/menti-bidra.txt
contains "$err" "lp-poll: /dev/zero:1: line longer than 16 MiB" "endless stop-word line: file:line and why"
# A long line that fits the cap but not the memory: 71, not 0.
awk 'BEGIN { s = "svar "; while (length(s) < 12000000) s = s s; print s }' \
    > "$T_TMP/long.txt"
if [ "$small" != unlimited ]; then
	bounded 71 "$small" lp-poll words -c - "$T_TMP/long.txt"
	contains "$err" "out of memory" "out of memory while reading a line: 71"
	bounded 71 "$small" lp-poll words --stopwords "$T_TMP/long.txt" -c - examples/menti-bidra.txt
	contains "$err" "out of memory" "out of memory reading a stop-word list: 71"
else
	skip "no address-space limit under sanitizers"
	skip "no address-space limit under sanitizers"
	skip "no address-space limit under sanitizers"
	skip "no address-space limit under sanitizers"
fi
# Every allocation failed in turn: never 0 with an empty table.
i=1
bad=0
while [ $i -le 60 ]; do
	LP_FAILALLOC=$i lp-poll words -c - examples/menti-bidra.txt \
	    >"$T_TMP/fa.out" 2>"$T_TMP/fa.err"
	r=$?
	if [ $r -ne 0 ] && [ $r -ne 71 ]; then bad=1; fi
	if [ $r -eq 0 ] && ! grep -q . "$T_TMP/fa.out"; then bad=1; fi
	if [ $r -eq 71 ] && [ -s "$T_TMP/fa.out" ]; then bad=1; fi
	i=$((i + 1))
done
is "$bad" 0 "LP_FAILALLOC=1..60 on plain text: 71 and no table, or the whole table"
LP_FAILALLOC=3 lp-poll words --stopwords "$T_TMP/long.txt" -c - examples/menti-bidra.txt >/dev/null 2>&1
is "$?" 71 "LP_FAILALLOC while reading a stop-word list: 71"

# Item 6: memory with distinct values, not columns or rows. 20,000
# columns (before: some 160 MB) and 100,000 10-FAKTOR rows (before:
# some 200 MB) each within 64 MiB.
case $mem in unlimited) m64=unlimited ;; *) m64=65536 ;; esac
sh bench/poll/gen-wide.sh 20000 3 > "$T_TMP/wide.csv"
bounded 2 "$m64" lp-poll words "$T_TMP/wide.csv"
contains "$err" "choose one with -c" "20,000 columns without -c: choose one, within 64 MiB"
bounded 2 "$m64" lp-poll tally "$T_TMP/wide.csv"
bounded 0 "$m64" lp-poll words -c 3 "$T_TMP/wide.csv"
contains "$out" "term,count" "20,000 columns with -c: counted within 64 MiB"
sh bench/poll/gen-scale.sh 100000 > "$T_TMP/scale.csv"
bounded 0 "$m64" lp-poll scale "$T_TMP/scale.csv"
contains "$out" "
Mestringstro,100000," "100,000 rows: each respondent counted once per factor, within 64 MiB"
bounded 0 "$m64" lp-poll scale --by Enhet -f text "$T_TMP/scale.csv"
contains "$out" "Oppvekst" "100,000 rows by unit within 64 MiB"
# A long export names its respondents: a factor counts each once.
printf 'respondent,question,answer\nr1,Mestringstro 1,4\nr2,Mestringstro 1,3\nr1,Mestringstro 2,5\nr2,Mestringstro 2,2\n' > "$T_TMP/long.csv"
run 0 lp-poll scale --min-n 1 "$T_TMP/long.csv"
contains "$out" "
Mestringstro,2," "long export: a factor counts respondents, not answers"

done_testing
