#!/bin/sh
# lp-poll(1): every "$ " line of EXAMPLES runs on examples/ and succeeds,
# so the page cannot drift from the tool.
. "$LP_TOP/tests/cli/lib.sh"
sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' man/lp-poll.1 | sed -n 's/^\$ //p' \
    > "$T_TMP/examples"
n=$(wc -l < "$T_TMP/examples")
[ "$n" -ge 10 ]
ok $? "lp-poll(1) has $n examples"
while IFS= read -r cmd; do
	sh -c "$cmd" > "$T_TMP/ex.out" 2> "$T_TMP/ex.err"
	rc=$?
	is "$rc" 0 "example exits 0: $cmd"
	case "$cmd" in
	*'> /dev/null'*) ;;
	*) [ -s "$T_TMP/ex.out" ]; ok $? "example prints something: $cmd" ;;
	esac
done < "$T_TMP/examples"
done_testing
