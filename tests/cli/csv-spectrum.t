#!/bin/sh
# Conformance: every csv-spectrum case reads as its JSON says, compared
# as parsed JSON with python3. location_coordinates holds a bare quote
# inside an unquoted field; we refuse it as a stray quote at its line
# and column (character 22, after a three-byte U+FFFD) rather than guess.
. "$LP_TOP/tests/cli/lib.sh"

dir=${LP_TESTDATA:-$LP_TOP/../shared/testdata}/csv-spectrum
if [ ! -d "$dir" ]; then
	skip "no csv-spectrum data in $dir"
	done_testing
fi
if ! command -v python3 >/dev/null 2>&1; then
	skip "python3 is needed to compare JSON"
	done_testing
fi

n=0
for csv in "$dir"/*.csv; do
	name=${csv##*/}
	name=${name%.csv}
	if [ "$name" = location_coordinates ]; then
		run 65 lp-csvread "$csv"
		contains "$err" "location_coordinates.csv:2:22: stray quote in unquoted field" \
		    "$name: refused at the bare quote"
		is "$out" "[
]" "$name: no rows before the error"
		continue
	fi
	n=$((n + 1))
	run 0 lp-csvread "$csv"
	is "$err" "" "$name: nothing on stderr"
	python3 - "$dir/$name.json" "$T_TMP/out" <<'PY'
import json, sys
want = json.load(open(sys.argv[1], encoding="utf-8"))
got = json.load(open(sys.argv[2], encoding="utf-8"))
if isinstance(want, dict):
    want = [want]
sys.exit(0 if want == got else 1)
PY
	ok $? "$name: rows as the JSON says"
done
[ "$n" -ge 11 ]
ok $? "all 11 readable cases were compared ($n)"
done_testing
