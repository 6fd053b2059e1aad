#!/bin/sh
# lp(7): every "$ " line of EXAMPLES runs, in order, in a scratch folder
# beside examples/, so the worked pipelines of the overview cannot drift.
# A check command may exit 1 (it found something); anything else must
# exit 0 and, unless it writes a file, print something.
. "$LP_TOP/tests/cli/lib.sh"
sed -n '/^\.Sh EXAMPLES/,/^\.Sh SEE ALSO/p' man/lp.7 | sed -n 's/^\$ //p' \
    > "$T_TMP/examples"
n=$(wc -l < "$T_TMP/examples")
[ "$n" -ge 15 ]
ok $? "lp(7) has $n examples"
mkdir "$T_TMP/w"
ln -s "$LP_TOP/examples" "$T_TMP/w/examples"
export SOURCE_DATE_EPOCH=1700000000
# The overview's examples are a Norwegian coordinator's, in bokmål.
export LP_LANG=nb
while IFS= read -r cmd; do
	(cd "$T_TMP/w" && sh -c "$cmd") > "$T_TMP/ex.out" 2> "$T_TMP/ex.err"
	rc=$?
	case "$cmd" in
	lp-*' check '*) [ "$rc" -le 1 ]; ok $? "check example exits 0 or 1 ($rc): $cmd" ;;
	*) is "$rc" 0 "example exits 0: $cmd" ;;
	esac
	case "$cmd" in
	*'> '*) f=${cmd##*> }
		[ -s "$T_TMP/w/$f" ]; ok $? "example writes $f" ;;
	*' --out '*|*' --split '*) d=${cmd#* --out }; d=${d#* --split }
		d=${d%% *}
		[ -n "$(ls "$T_TMP/w/$d" 2>/dev/null)" ]
		ok $? "example fills the folder $d" ;;
	*) [ -s "$T_TMP/ex.out" ]; ok $? "example prints something: $cmd" ;;
	esac
done < "$T_TMP/examples"
# The pipeline carries data from tool to tool: the platform took the
# themes in as ideas, and the groups are the ones scored.
contains "$(cat "$T_TMP/w/plattform.yaml")" "source: Samling 1" "themes became ideas"
contains "$(cat "$T_TMP/w/roller.csv")" "1,Gruppe 1,leder og tidtaker," "roles for the new groups"
done_testing
