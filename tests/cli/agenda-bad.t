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

done_testing
