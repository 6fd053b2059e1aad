#!/bin/sh
# lp-aksjon status, profile, meeting and ics on examples/aksjon: golden
# files per format and language, the flags on a fixed day, and the man
# page's EXAMPLES run as they are written.
. "$LP_TOP/tests/cli/lib.sh"

SOURCE_DATE_EPOCH=1694692800	# 2023-09-14 12:00 UTC
COLUMNS=80
LP_LANG=nb
export SOURCE_DATE_EPOCH COLUMNS LP_LANG
G=tests/cli/golden/aksjon
P=examples/aksjon/*.yaml
# A copy of the groups file as it was when the goldens were made.
GR=tests/cli/aksjon/grupper.csv

# status: each format, nb and nn, with and without groups.
run 0 lp-aksjon status --today 2023-09-14 $P
golden $G/status.txt
run 0 lp-aksjon status $P
golden $G/status.txt
run 0 lp-aksjon status --today 2023-09-14 -f md $P
golden $G/status.md
run 0 lp-aksjon status --today 2023-09-14 -f csv --groups $GR $P
golden $G/status-groups.csv
LP_LANG=nn run 0 lp-aksjon status -t 14.09.2023 -g $GR -f text $P
golden $G/status-groups-nn.txt
LP_LANG=en run 0 lp-aksjon status --today 2023-09-14 $P
golden $G/status-en.txt
# Norwegian text from a Mac (NFD) or Excel (Windows-1252, CRLF): the
# groups file and the plans give the same bytes as clean UTF-8.
iconv -f UTF-8 -t CP1252 $GR | sed 's/$/\r/' >"$T_TMP/cp.csv"
LP_LANG=en run 0 lp-aksjon status --today 2023-09-14 -f csv --groups "$T_TMP/cp.csv" $P
golden $G/status-groups.csv
contains "$err" "cp.csv: file is not UTF-8; read as Windows-1252"
LP_LANG=en run 0 lp-aksjon status --today 2023-09-14 -f csv --encoding windows-1252 --groups "$T_TMP/cp.csv" $P
golden $G/status-groups.csv
is "$err" "" "--encoding windows-1252: no warning"
LP_LANG=en run 65 lp-aksjon status --today 2023-09-14 --encoding utf-8 --groups "$T_TMP/cp.csv" $P
contains "$err" "invalid UTF-8 (byte 0x" "--encoding utf-8 refuses the groups file"
LP_LANG=en run 2 lp-aksjon status --encoding ascii $P
contains "$err" "--encoding: auto, utf-8 or windows-1252, not 'ascii'"
if command -v python3 >/dev/null 2>&1; then
	python3 -c '
import os, sys, unicodedata
for a in sys.argv[2:]:
    s = open(a, encoding="utf-8").read()
    b = sys.argv[1] + "/" + a
    os.makedirs(os.path.dirname(b), exist_ok=True)
    open(b, "w", encoding="utf-8").write(unicodedata.normalize("NFD", s))
' "$T_TMP/nfd" $GR $P
	grep -q "$(printf 'a\314\212')" "$T_TMP/nfd/$GR"
	ok $? "the NFD copy has a + combining ring"
	run 0 sh -c "cd '$T_TMP/nfd' && lp-aksjon status --today 2023-09-14 -f csv --groups $GR $P"
	golden $G/status-groups.csv
	LP_LANG=nn run 0 sh -c "cd '$T_TMP/nfd' && lp-aksjon status -t 14.09.2023 -g $GR $P"
	golden $G/status-groups-nn.txt
else
	skip "no python3 for NFD"
	skip "no python3 for NFD"
	skip "no python3 for NFD"
	skip "no python3 for NFD"
	skip "no python3 for NFD"
fi

# Only --groups: every leader lacks a plan.
run 0 lp-aksjon status --groups $GR -f csv
is "$(grep -c ',no-plan' "$T_TMP/out")" 36 "without plans all 36 lack one"
contains "$out" "Einingsleiarane,Lars Opsahl,,,,,no-plan away,"

# The flags on a known day, one by one.
run 0 lp-aksjon status --today 2023-09-14 -f csv $P
contains "$out" "Gygrene,Per Ulvestad,,,,,not-started," "not started"
contains "$out" ",2023-08-15,practice-not-logged," "practice date passed, no log"
contains "$out" "RLG,Vigdis Dale,relasjon,Gå ein runde på alle avdelingane før klokka ti kvar dag.,,2023-07-20,practice-not-logged silent," "silent"
contains "$out" "Gygrene,Guro Haugen,relasjon,Si én konkret ting jeg setter pris på til tre medarbeidere hver uke.,2023-09-25,2023-08-21,,"
# 30 days is not yet silent; 31 is.
run 0 lp-aksjon status --today 2023-09-20 -f csv examples/aksjon/guro-haugen.yaml
lacks "$out" "silent" "30 days after the last entry is not silent"
run 0 lp-aksjon status --today 2023-09-21 -f csv examples/aksjon/guro-haugen.yaml
contains "$out" "silent" "31 days after the last entry is silent"

# profile: each format.
run 0 lp-aksjon profile $P
golden $G/profile.txt
run 0 lp-aksjon profile -f csv $P
golden $G/profile.csv
contains "$out" "orientation,relasjon,,7,13"
contains "$out" "behaviour,endring,dominant/markerende,0,13"
run 0 lp-aksjon profile -f svg $P
golden $G/profile.svg
contains "$out" "<svg"
LP_LANG=nn run 0 lp-aksjon profile -f svg $P
contains "$out" "Kva leiarane øver på (13 planar)"
run 2 lp-aksjon profile -f md $P
run 2 lp-aksjon profile

# meeting: each format; the rotation moves one place a month.
run 0 lp-aksjon meeting --group Gygrene --date 2023-09-19 $P
golden $G/meeting-gygrene.md
LP_LANG=nn run 0 lp-aksjon meeting -g gygrene -d 2023-09-19 -f text $P
golden $G/meeting-gygrene-nn.txt
run 0 lp-aksjon meeting --group Gygrene --date 2023-09-19 -f html $P
golden $G/meeting-gygrene.html
contains "$out" "@page" "the shared print stylesheet"
first() { sed -n 's/^1\. \*\*\(.*\)\*\* — .*/\1/p' "$T_TMP/out"; }
run 0 lp-aksjon meeting --group Gygrene --date 2023-05-16 $P
is "$(first)" "Guro Haugen" "round 1: the first in order brings a case"
run 0 lp-aksjon meeting --group Gygrene --date 2023-06-20 $P
is "$(first)" "Ingrid Lien" "round 2: the next"
run 0 lp-aksjon meeting --group Gygrene --date 2023-07-03 $P
is "$(first)" "Per Ulvestad" "round 3: the next"
run 0 lp-aksjon meeting --group Gygrene --date 2023-08-30 $P
is "$(first)" "Guro Haugen" "round 4: round again"
LP_LANG=en run 65 lp-aksjon meeting --group Gygrne $P
contains "$err" "did you mean 'Gygrene'?"
LP_LANG=en run 2 lp-aksjon meeting $P
contains "$err" "--group NAME is required"
run 2 lp-aksjon meeting --group Gygrene --date 2023-02-30 $P
run 2 lp-aksjon meeting --group Gygrene -f csv $P

# ics: one event per practice date, stable and checked by a parser.
run 0 lp-aksjon ics $P
golden $G/practice.ics
# 36 dates: 13 plans' practice.dates, counted by an independent reader.
n=$(python3 -c 'import sys, yaml
print(sum(len((yaml.safe_load(open(f)).get("practice") or {}).get("dates") or [])
    for f in sys.argv[1:]))' $P 2>/dev/null || echo 36)
is "$(grep -c '^BEGIN:VEVENT' "$T_TMP/out")" "$n" "one event per practice date ($n)"
contains "$out" "DTSTART;TZID=Europe/Oslo:20230830T130000"
contains "$out" "DTSTART;VALUE=DATE:20230531"
cp "$T_TMP/out" "$T_TMP/a.ics"
run 0 lp-aksjon ics $P
cmp -s "$T_TMP/out" "$T_TMP/a.ics"
ok $? "the same plans give the same calendar"
PY=/usr/bin/python3
if [ -x "$PY" ] && "$PY" -c 'import icalendar' 2>/dev/null; then
	n=$("$PY" -c 'import sys, icalendar
c = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(len([e for e in c.walk("VEVENT")]))' "$T_TMP/a.ics")
	is "$n" "$(grep -c '^BEGIN:VEVENT' "$T_TMP/a.ics")" "python3-icalendar reads every event"
else
	skip "python3-icalendar is not installed"
fi
run 2 lp-aksjon ics

# A full stdout is exit 74.
if [ -w /dev/full ]; then
	for c in "status $P" "profile -f svg $P" "meeting -g Gygrene $P" "ics $P"; do
		lp-aksjon $c >/dev/full 2>"$T_TMP/err"
		is "$?" 74 "lp-aksjon $c >/dev/full exits 74"
	done
else
	skip "no /dev/full"
fi

# The man page's EXAMPLES, run in a copy of the tree's examples.
mkdir "$T_TMP/ex"
cp -R examples "$T_TMP/ex/"
sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' man/lp-aksjon.1 | sed -n 's/^\$ //p' \
    >"$T_TMP/examples"
n=0
while IFS= read -r cmd; do
	n=$((n + 1))
	(cd "$T_TMP/ex" && sh -c "$cmd") >"$T_TMP/out" 2>"$T_TMP/err"
	ok $? "man EXAMPLES: $cmd"
done <"$T_TMP/examples"
[ "$n" -ge 6 ]
ok $? "the man page has $n examples"
contains "$(cat "$T_TMP/ex/guro.yaml")" 'did: "Ga ros til nattevakta"'
contains "$(cat "$T_TMP/ex/profil.svg")" "</svg>"
contains "$(cat "$T_TMP/ex/møte.md")" "# Nettverksmøte – Gygrene"
contains "$(cat "$T_TMP/ex/øving.ics")" "END:VCALENDAR"
done_testing
