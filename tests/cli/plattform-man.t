#!/bin/sh
# The EXAMPLES of lp-plattform(1) run, in a copy of examples/, so the
# page cannot drift from the tool: each "$ " line must exit 0 (or 1 for
# check, which finds problems in the example on purpose).
. "$LP_TOP/tests/cli/lib.sh"
SOURCE_DATE_EPOCH=1694563200
export SOURCE_DATE_EPOCH
mkdir -p "$T_TMP/ex" && cp -R examples "$T_TMP/ex/" || exit 1
sed -n '/^\.Sh EXAMPLES/,/^\.Sh SEE ALSO/p' man/lp-plattform.1 |
	sed -n 's/^\$ //p' >"$T_TMP/cmds"
n=$(wc -l <"$T_TMP/cmds")
[ "$n" -ge 8 ]
ok $? "the page has $n examples"
while IFS= read -r cmd; do
	(cd "$T_TMP/ex" && eval "$cmd") >"$T_TMP/o" 2>"$T_TMP/e"
	rc=$?
	case "$cmd" in
	*" check "*) [ "$rc" -le 1 ] ;;
	*) [ "$rc" -eq 0 ] ;;
	esac
	ok $? "man example (exit $rc): $cmd"
	[ "$rc" -le 1 ] || diag "$(cat "$T_TMP/e")"
done <"$T_TMP/cmds"
grep -q '^<!doctype html>' "$T_TMP/ex/plakat.html"
ok $? "the poster example writes HTML"
grep -q '<svg' "$T_TMP/ex/radar.svg"
ok $? "the radar example writes SVG"
grep -q 'source: Samling 2' "$T_TMP/ex/examples/plattform.yaml"
ok $? "the ideas example wrote in place"
grep -q '^lang: nn' "$T_TMP/ex/ny-plattform.yaml"
ok $? "the new example writes nynorsk"
done_testing
