#!/bin/sh
# lp-agenda and its input and output: NFD and Windows-1252 input, a BOM
# and CRLF, the same bytes for the same input, and a full disk for every
# command.
. "$LP_TOP/tests/cli/lib.sh"
export SOURCE_DATE_EPOCH=1681776000
unset LP_LANG
D=examples/samling1.yaml
P=examples/program.yaml

# NFD (as macOS writes æøå): the same bytes out as from the NFC examples,
# UIDs included. The NFD copies are made with Python's unicodedata.
if [ -x /usr/bin/python3 ]; then
	mkdir "$T_TMP/nfd"
	for f in examples/*.yaml; do
		/usr/bin/python3 -c '
import sys, unicodedata
sys.stdout.buffer.write(unicodedata.normalize("NFD",
    open(sys.argv[1], encoding="utf-8").read()).encode("utf-8"))' \
		    "$f" >"$T_TMP/nfd/${f##*/}"
	done
	cmp -s $D "$T_TMP/nfd/samling1.yaml"
	[ $? -ne 0 ]
	ok $? "the NFD copy differs from the example"
	for c in "render" "render -f html" "render -f csv" "render -f yaml" \
	    "ics" "ics --items" "check"; do
		(cd examples && lp-agenda $c program.yaml) >"$T_TMP/a" 2>&1
		(cd "$T_TMP/nfd" && lp-agenda $c program.yaml) >"$T_TMP/b" 2>&1
		cmp -s "$T_TMP/a" "$T_TMP/b"
		ok $? "NFD input, $c: the same bytes as NFC"
	done
	run 0 lp-agenda ics --group "$(printf 'Bla\314\212veis')" $P
	contains "$out" "SUMMARY:Nettverksmøte: Blåveis (EL)" \
	    "--group given in NFD finds Blåveis"
else
	for i in 1 2 3 4 5 6 7 8 9; do skip "no /usr/bin/python3 for NFD"; done
fi

# Windows-1252 (Excel, Notepad): refused at the first such byte, by
# line and column, with what to do.
iconv -f UTF-8 -t WINDOWS-1252 $D >"$T_TMP/cp1252.yaml"
LP_LANG=en run 65 lp-agenda render "$T_TMP/cp1252.yaml"
contains "$err" "cp1252.yaml:2:45: invalid UTF-8 byte 0xf8 (save the file as UTF-8)"
LP_LANG=en run 65 lp-agenda check "$T_TMP/cp1252.yaml"
contains "$err" "cp1252.yaml:2:45:"
run 65 lp-agenda reflow --from 10:00 --delay 5m "$T_TMP/cp1252.yaml"
# A BOM and CRLF line ends, as Windows editors write: read as usual.
printf '\357\273\277' >"$T_TMP/win.yaml"
sed 's/$/\r/' $D >>"$T_TMP/win.yaml"
run 0 lp-agenda render -f csv "$T_TMP/win.yaml"
lp-agenda render -f csv $D >"$T_TMP/want.csv"
is "$out" "$(cat "$T_TMP/want.csv")" "BOM and CRLF: the same agenda"
run 0 lp-agenda check "$T_TMP/win.yaml"
# reflow keeps the CRLF lines it did not touch, and the BOM.
run 0 lp-agenda reflow --from 10:00 --delay 10m "$T_TMP/win.yaml"
is "$(head -c 3 "$T_TMP/out" | od -An -tx1 | tr -d ' ')" "efbbbf" "reflow keeps the BOM"
is "$(grep -c "$(printf '\r')\$" "$T_TMP/out")" "$(grep -c '' "$T_TMP/out")" \
    "reflow keeps every line's CRLF"

# The same input gives the same bytes, in every format and language.
for c in "render" "render -f md" "render -f html" "render -f csv" \
    "render -f yaml" "render --lang en" "render --lang nn" "ics" \
    "ics --items" "ics --utc" "check" "now --time 10:00"; do
	lp-agenda $c $P >"$T_TMP/a" 2>&1
	lp-agenda $c $P >"$T_TMP/b" 2>&1
	cmp -s "$T_TMP/a" "$T_TMP/b"
	ok $? "the same bytes twice: $c"
done
LC_ALL=C lp-agenda ics $P >"$T_TMP/c" 2>/dev/null
lp-agenda ics $P >"$T_TMP/a" 2>/dev/null
cmp -s "$T_TMP/a" "$T_TMP/c"
ok $? "LC_ALL=C: the same calendar"
TZ=America/New_York lp-agenda ics $P >"$T_TMP/c" 2>/dev/null
cmp -s "$T_TMP/a" "$T_TMP/c"
ok $? "another TZ on the machine: the same calendar"

# A full disk: every command exits 74 and says so.
if [ -w /dev/full ]; then
	for c in "render $D" "render -f html $P" "render -f yaml $P" \
	    "render -f csv $P" "check $P" "ics $P" "ics --items $D" \
	    "now --time 10:00 $D" "new" \
	    "reflow --from 10:00 --delay 10m $D"; do
		lp-agenda $c >/dev/full 2>"$T_TMP/e"
		is "$?" 74 "/dev/full: $c exits 74"
		grep -qi 'no space' "$T_TMP/e"
		ok $? "/dev/full: $c says so"
	done
else
	skip "no /dev/full"
fi

done_testing
