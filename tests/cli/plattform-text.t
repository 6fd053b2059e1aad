#!/bin/sh
# lp-plattform and Norwegian text: NFD input (Mac), a Windows-1252
# scores file (Excel) and LC_ALL=C give the same results as clean UTF-8.
. "$LP_TOP/tests/cli/lib.sh"
LP_LANG=nb
export LP_LANG
G=tests/cli/golden/plattform
EX=examples/plattform.yaml

# NFD: every å as a + ring, in the platform and in the roster.
if command -v python3 >/dev/null 2>&1; then
	python3 -c '
import sys, unicodedata
for a, b in zip(sys.argv[1::2], sys.argv[2::2]):
    s = open(a, encoding="utf-8").read()
    open(b, "w", encoding="utf-8").write(unicodedata.normalize("NFD", s))
' $EX "$T_TMP/nfd.yaml" examples/deltakere.csv "$T_TMP/nfd.csv"
	run 1 lp-plattform check "$T_TMP/nfd.yaml" --roster "$T_TMP/nfd.csv"
	contains "$out" "31 av 36 ledere (86 %)"
	contains "$out" "ikke hørt: Njål Åmodt"
	run 0 lp-plattform status "$T_TMP/nfd.yaml"
	golden $G/status.txt
else
	skip "no python3 for NFD"
fi

# Windows-1252 from Excel: read with a warning, same numbers.
iconv -f UTF-8 -t CP1252 examples/ledergruppe-scores.csv >"$T_TMP/cp.csv"
run 0 lp-plattform assess -f csv "$T_TMP/cp.csv"
golden $G/assess.csv
contains "$err" "read as Windows-1252"
iconv -f UTF-8 -t CP1252 examples/deltakere.csv >"$T_TMP/cp-roster.csv"
run 1 lp-plattform check $EX --roster "$T_TMP/cp-roster.csv"
contains "$out" "31 av 36 ledere (86 %)"

# LC_ALL=C changes nothing.
run 1 env LC_ALL=C lp-plattform check $EX
golden $G/check.txt
run 0 env LC_ALL=C lp-plattform plakat -f text $EX
golden $G/plakat.txt
run 0 env LC_ALL=C lp-plattform assess examples/ledergruppe-scores.csv
golden $G/assess.txt
done_testing
