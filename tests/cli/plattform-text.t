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
	contains "$out" "31 av 34 ledere (91 %)"
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
contains "$err" "lest som Windows-1252" "the warning in the messages' language"
iconv -f UTF-8 -t CP1252 examples/deltakere.csv >"$T_TMP/cp-roster.csv"
run 1 lp-plattform check $EX --roster "$T_TMP/cp-roster.csv"
contains "$out" "31 av 34 ledere (91 %)"
# --encoding: forced Windows-1252 reads it quietly, forced UTF-8 refuses
# it at the first byte that is not UTF-8; on every command reading CSV.
run 0 lp-plattform assess -f csv --encoding windows-1252 "$T_TMP/cp.csv"
golden $G/assess.csv
is "$err" "" "assess --encoding windows-1252: no warning"
LP_LANG=en run 65 lp-plattform assess --encoding utf-8 "$T_TMP/cp.csv"
contains "$err" "cp.csv:1:10: invalid UTF-8 (byte 0xe5)" "assess --encoding utf-8 refuses"
LP_LANG=en run 1 lp-plattform check $EX --encoding cp1252 --roster "$T_TMP/cp-roster.csv"
contains "$out" "31 av 34 ledere (91 %)"
is "$err" "" "check --encoding cp1252: no warning"
LP_LANG=en run 65 lp-plattform check $EX --encoding utf-8 --roster "$T_TMP/cp-roster.csv"
contains "$err" "cp-roster.csv:1:17: invalid UTF-8 (byte 0xe5)" "check --encoding utf-8 refuses"
iconv -f UTF-8 -t CP1252 examples/temaer.csv >"$T_TMP/cp-temaer.csv"
run 0 lp-plattform ideas $EX --source temaer --add examples/temaer.csv
utf=$out
run 0 lp-plattform ideas $EX --source temaer --encoding windows-1252 --add "$T_TMP/cp-temaer.csv"
is "$out" "$utf" "ideas --encoding windows-1252: the same ideas"
LP_LANG=en run 65 lp-plattform ideas $EX --encoding utf-8 --add "$T_TMP/cp-temaer.csv"
contains "$err" "cp-temaer.csv:2:70: invalid UTF-8 (byte 0xf8)" "ideas --encoding utf-8 refuses"
LP_LANG=en run 2 lp-plattform assess --encoding latin1 "$T_TMP/cp.csv"
contains "$err" "--encoding: auto, utf-8 or windows-1252, not 'latin1'" "bad --encoding"
LP_LANG=en run 2 lp-plattform plakat --encoding utf-8 $EX
contains "$err" "plakat: --encoding is not an option of this command" "plakat reads no CSV"

# LC_ALL=C changes nothing.
run 1 env LC_ALL=C lp-plattform check $EX
golden $G/check.txt
run 0 env LC_ALL=C lp-plattform plakat -f text $EX
golden $G/plakat.txt
run 0 env LC_ALL=C lp-plattform assess examples/ledergruppe-scores.csv
golden $G/assess.txt
done_testing
