#!/bin/sh
# lp-groups and Norwegian text: a roster saved by Excel as Windows-1252
# and one written on a Mac (NFD) give the same groups as clean UTF-8;
# --encoding forces the reading either way, for every command.
. "$LP_TOP/tests/cli/lib.sh"
R=examples/deltakere.csv
G=examples/grupper.csv
MAKE="--groups 6 --mix tjenesteområde --seed 1 --time 0 --iterations 300"

run 0 lp-groups make $R $MAKE
utf=$out
iconv -f UTF-8 -t CP1252 $R >"$T_TMP/cp.csv"
iconv -f UTF-8 -t CP1252 $G >"$T_TMP/cp-grupper.csv"

# Automatic: converted with a warning; the same groups, in UTF-8.
run 0 lp-groups make "$T_TMP/cp.csv" $MAKE
is "$out" "$utf" "Windows-1252 roster: the same groups"
contains "$out" "Åse Aasen" "names come out as UTF-8"
contains "$err" "not UTF-8; read as Windows-1252" "a warning says so"

# --encoding windows-1252: the same, without the warning.
run 0 lp-groups make "$T_TMP/cp.csv" $MAKE --encoding windows-1252
is "$out" "$utf" "--encoding windows-1252: the same groups"
is "$err" "" "--encoding windows-1252: no warning"

# --encoding utf-8: the first byte that is not UTF-8, by position.
run 65 lp-groups make "$T_TMP/cp.csv" $MAKE --encoding utf-8
contains "$err" "cp.csv:1:17: invalid UTF-8 (byte 0xe5)" "--encoding utf-8 refuses"

# The commands reading a groups file take it too.
LP_LANG=en run 0 lp-groups score $G --mix tjenesteområde
ref=$out
LP_LANG=en run 0 lp-groups score "$T_TMP/cp-grupper.csv" --mix tjenesteområde --encoding cp1252
is "$out" "$ref" "score --encoding cp1252"
is "$err" "" "score: no warning"
run 0 lp-groups show $G
ref=$out
run 0 lp-groups show "$T_TMP/cp-grupper.csv" --encoding windows-1252
is "$out" "$ref" "show --encoding windows-1252"
run 0 lp-groups roles $G --roles ordstyrer,referent
ref=$out
run 0 lp-groups roles "$T_TMP/cp-grupper.csv" --roles ordstyrer,referent --encoding windows-1252
is "$out" "$ref" "roles --encoding windows-1252"
run 65 lp-groups show "$T_TMP/cp-grupper.csv" --encoding utf-8
contains "$err" "invalid UTF-8" "show --encoding utf-8 refuses"
run 2 lp-groups make $R $MAKE --encoding latin1
contains "$err" "--encoding: auto, utf-8 or windows-1252, not 'latin1'" "bad --encoding"

# NFD (a Mac): every å as a + ring; the same groups, written as NFC.
if command -v python3 >/dev/null 2>&1; then
	python3 -c '
import sys, unicodedata
sys.stdout.write(unicodedata.normalize("NFD", open(sys.argv[1], encoding="utf-8").read()))
' $R >"$T_TMP/nfd.csv"
	run 0 lp-groups make "$T_TMP/nfd.csv" $MAKE
	is "$out" "$utf" "NFD roster: the same groups, in NFC"
else
	skip "python3 not found: no NFD roster"
fi

# LC_ALL=C changes nothing.
run 0 env LC_ALL=C lp-groups make $R $MAKE
is "$out" "$utf" "LC_ALL=C: the same groups"
done_testing
