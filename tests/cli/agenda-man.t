#!/bin/sh
# lp-agenda: the EXAMPLES of man/lp-agenda.1 run, from examples/, and
# print what the page says. A block is the "$ " lines and the output
# lines after them, up to the next "$ " line or .Ed.
. "$LP_TOP/tests/cli/lib.sh"
export LP_LANG=en
export SOURCE_DATE_EPOCH=1681776000

sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' man/lp-agenda.1 >"$T_TMP/ex"
n=$(grep -c '^\$ ' "$T_TMP/ex")
[ "$n" -ge 8 ]
ok $? "the page has $n examples"
# Split into one command file and one expected-output file per example.
awk -v dir="$T_TMP" '
	/^\.Ed/ { inblk = 0; next }
	/^\.Bd/ { inblk = 1; next }
	!inblk { next }
	/^\$ / { n++; cmd = dir "/cmd" n; outf = dir "/exp" n
		print substr($0, 3) > cmd; printf "" > outf; next }
	n { print > outf }
' "$T_TMP/ex"
i=1
while [ -e "$T_TMP/cmd$i" ]; do
	cmd=$(cat "$T_TMP/cmd$i")
	(cd "$T_TMP" && cp "$LP_TOP"/examples/*.yaml "$LP_TOP"/examples/*.csv . && sh -c "$cmd") \
	    >"$T_TMP/got$i" 2>"$T_TMP/err$i"
	rc=$?
	ok $rc "runs: $cmd"
	[ $rc -eq 0 ] || diag "$(cat "$T_TMP/err$i")"
	if cmp -s "$T_TMP/got$i" "$T_TMP/exp$i"; then
		ok 0 "prints what the page says: $cmd"
	else
		ok 1 "prints what the page says: $cmd"
		diff -u "$T_TMP/exp$i" "$T_TMP/got$i" | sed 's/^/# /'
	fi
	i=$((i + 1))
done
[ -s "$T_TMP/agenda.html" ] && [ -s "$T_TMP/program.ics" ]
ok $? "the examples wrote agenda.html and program.ics"

done_testing
