#!/bin/sh
# lp-agenda: every file in tests/bad/agenda/ is refused by render with
# the exit code and file:line:col its first line expects:
#	# expect: CODE LINE:COL TEXT
. "$LP_TOP/tests/cli/lib.sh"

for f in tests/bad/agenda/*.yaml; do
	exp=$(sed -n '1s/^# expect: //p' "$f")
	code=${exp%% *}
	rest=${exp#* }
	pos=${rest%% *}
	text=${rest#* }
	run "$code" lp-agenda render "$f"
	contains "$err" "lp-agenda: $f:$pos: " "$f: at $pos"
	contains "$err" "$text" "$f: says '$text'"
	run "$code" lp-agenda ics "$f"
done

# An include never quotes a file that is not a day file: a programme can
# name any file the user may read, and the error quoted its first line.
for f in include-shadow include-secret; do
	run 65 lp-agenda check tests/bad/agenda/$f.yaml
	lacks "$err" "Hemmelig" "$f: no word of the included file"
	lacks "$err" "hunter2" "$f: no word of the included file"
	lacks "$err" "passord" "$f: no word of the included file"
	lacks "$err" "root" "$f: no word of the included file"
done
if [ -r /etc/passwd ]; then
	printf 'programme: P\ngatherings:\n  - include: /etc/passwd\n' >"$T_TMP/pw.yaml"
	run 65 lp-agenda render "$T_TMP/pw.yaml"
	lacks "$err" "root" "/etc/passwd: not quoted"
else
	skip "no /etc/passwd"
	skip "no /etc/passwd"
fi

# The programme and its day files share one 10 MiB: ten includes of a
# 9.9 MB day took 2.5 GB and 30 s; now the second is refused at once.
{
	printf 'title: Stor\nstart: 09:00\nitems: [{title: A, duration: 1h}]\n'
	i=0
	while [ $i -lt 1650 ]; do
		printf '# %06000d\n' 0
		i=$((i + 1))
	done
} >"$T_TMP/big.yaml"
{
	printf 'programme: Stor\ngatherings:\n'
	for i in 1 2 3 4 5 6 7 8 9 10; do printf '  - include: big.yaml\n'; done
} >"$T_TMP/ten.yaml"
case $LP_BIN in
*san*)	mem=unlimited ;;	# the sanitizers reserve terabytes
*)	mem=400000 ;;
esac
run 65 limited 10 $mem lp-agenda render "$T_TMP/ten.yaml"
contains "$err" "ten.yaml:4:14: cannot include 'big.yaml': the programme and its day files come to more than 10 MiB in all"
printf 'programme: Stor\ngatherings:\n  - include: big.yaml\n' >"$T_TMP/one.yaml"
run 0 lp-agenda render "$T_TMP/one.yaml"

done_testing
