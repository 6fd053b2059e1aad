#!/bin/sh
# lp-agenda ics: golden calendars, our own RFC 5545 checks, an
# independent parser, stable UIDs and SEQUENCE from --previous.
. "$LP_TOP/tests/cli/lib.sh"
G=tests/cli/golden/agenda
P=examples/program.yaml
D=examples/samling1.yaml
export SOURCE_DATE_EPOCH=1681776000
unset LP_LANG
PY=/usr/bin/python3
CHECK=tests/cli/agenda-icscheck.py

icscheck() {	# icscheck FILE DESCRIPTION
	if [ ! -x "$PY" ]; then
		skip "no $PY for the .ics checks"
		return
	fi
	r=$("$PY" "$CHECK" "$1" 2>&1)
	ok $? "$2: CRLF, 75 octets, UTF-8, escaping, VTIMEZONE, unique UIDs"
	[ -n "$r" ] && diag "$r"
	r=$("$PY" "$CHECK" "$1" --icalendar 2>&1)
	case $? in
	0) ok 0 "$2: python3-icalendar reads it ($r)" ;;
	3) skip "python3-icalendar is absent" ;;
	*) ok 1 "$2: python3-icalendar reads it"; diag "$r" ;;
	esac
}

LP_LANG=en run 0 lp-agenda ics $P
golden $G/program.ics
cp "$T_TMP/out" "$T_TMP/p.ics"
icscheck "$T_TMP/p.ics" "programme"
contains "$err" "program.yaml:88:36: warning: Godtog blanda's meeting 2 has no date yet; left out of the calendar"
contains "$err" "program.yaml:94:26: warning: RLG's meeting 2 has no date yet"
is "$(grep -c '^BEGIN:VEVENT' "$T_TMP/p.ics")" 15 "4 gatherings and 11 dated meetings"
is "$(grep -c '^STATUS:TENTATIVE' "$T_TMP/p.ics")" 3 "the dated proposed meetings are tentative"
is "$(grep -c '^METHOD:PUBLISH' "$T_TMP/p.ics")" 1 "METHOD:PUBLISH"
contains "$(cat "$T_TMP/p.ics")" "DTSTART;TZID=Europe/Oslo:20230418T083000" "Samling 1 starts 08:30 Oslo time"
contains "$(cat "$T_TMP/p.ics")" "DTEND;TZID=Europe/Oslo:20230418T153000" "and ends 15:30"

run 0 lp-agenda ics --items $D
golden $G/samling1-items.ics
cp "$T_TMP/out" "$T_TMP/i.ics"
icscheck "$T_TMP/i.ics" "--items"
is "$(grep -c '^BEGIN:VEVENT' "$T_TMP/i.ics")" 7 "one event per item with a length, no breaks"

run 0 lp-agenda ics --utc $P
golden $G/program-utc.ics
cp "$T_TMP/out" "$T_TMP/u.ics"
icscheck "$T_TMP/u.ics" "--utc"
contains "$out" "DTSTART:20230418T063000Z" "08:30 in Oslo in April is 06:30 UTC"
lacks "$out" "TZID" "--utc has no TZID"

LP_LANG=en run 0 lp-agenda ics --group gygrene $P
is "$(grep -c '^BEGIN:VEVENT' "$T_TMP/out")" 7 "--group: 4 gatherings and Gygrene's 3 meetings"
lacks "$out" "Stjernelaget" "--group leaves the other groups out"
lacks "$err" "warning" "--group warns only about its own group"
LP_LANG=en run 2 lp-agenda ics --group Gygrne $P
is "$err" "lp-agenda: ics: --group: no group 'Gygrne' (did you mean 'Gygrene'?)" \
    "an unknown group: the nearest, and not the whole usage"
# å=aa=a, ø=oe=o, æ=ae, case aside (the seed's OCR spells it Blaveis).
for g in blaveis Blaaveis BLÅVEIS Blåveis; do
	run 0 lp-agenda ics --group "$g" $P
	is "$(grep -c '^SUMMARY:Nettverksmøte: Blåveis' "$T_TMP/out")" 2 "--group $g finds Blåveis"
	lacks "$out" "Gygrene" "--group $g: only Blåveis"
done
LP_LANG=en run 2 lp-agenda ics --group godtog $P
contains "$err" "no group 'godtog' (did you mean 'Godtog blanda'?)"
lacks "$err" "usage:"
LP_LANG=en run 2 lp-agenda ics --group x examples/samling1.yaml
contains "$err" "(the file has no network meetings)"

# UIDs are stable: the same file gives the same UIDs, a later date too.
lp-agenda ics $P 2>/dev/null | grep '^UID' >"$T_TMP/uid1"
cp examples/samling1.yaml examples/samling2.yaml "$T_TMP/"
M=$T_TMP/moved.yaml
sed 's/date: 2023-05-09, slot: FL/date: 2023-05-12, slot: FL/' $P >"$M"
lp-agenda ics "$M" 2>/dev/null | grep '^UID' \
    >"$T_TMP/uid2"
cmp -s "$T_TMP/uid1" "$T_TMP/uid2"
ok $? "moving a meeting keeps every UID"

# SEQUENCE: unchanged events keep theirs, a changed one is raised.
run 0 lp-agenda ics --previous "$T_TMP/p.ics" $P
is "$(grep -c '^SEQUENCE:0' "$T_TMP/out")" 15 "--previous, nothing changed: SEQUENCE 0"
cmp -s "$T_TMP/out" "$T_TMP/p.ics"
ok $? "--previous, nothing changed: the same bytes"
run 0 lp-agenda ics --previous "$T_TMP/p.ics" "$M"
cp "$T_TMP/out" "$T_TMP/m.ics"
is "$(grep -c '^SEQUENCE:1' "$T_TMP/m.ics")" 1 "--previous: the moved meeting gets SEQUENCE 1"
is "$(grep -c '^SEQUENCE:0' "$T_TMP/m.ics")" 14 "--previous: the others keep 0"
run 0 lp-agenda ics --previous "$T_TMP/m.ics" "$M"
is "$(grep -c '^SEQUENCE:1' "$T_TMP/out")" 1 "--previous: an unchanged event keeps its raised SEQUENCE"
run 0 lp-agenda ics --previous "$T_TMP/m.ics" $P
is "$(grep -c '^SEQUENCE:2' "$T_TMP/out")" 1 "--previous: moved back, raised again"
run 66 lp-agenda ics --previous no-such.ics $P
# SEQUENCE is a 32-bit INTEGER: a value past it (9223372036854775807
# overflowed under UBSan, 2147483647 went back to 0) is refused with
# where it is; the highest one on a changed event cannot be raised.
sed '0,/^SEQUENCE:1/s//SEQUENCE:9223372036854775807/' "$T_TMP/m.ics" >"$T_TMP/big.ics"
LP_LANG=en run 65 lp-agenda ics --previous "$T_TMP/big.ics" $P
contains "$err" "big.ics:$(grep -n '^SEQUENCE:9' "$T_TMP/big.ics" | cut -d: -f1):10: SEQUENCE '9223372036854775807' is not a whole number from 0 to 2147483647"
is "$out" "" "no calendar after a bad SEQUENCE"
for v in -1 2147483648 1x ''; do
	sed "0,/^SEQUENCE:1/s//SEQUENCE:$v/" "$T_TMP/m.ics" >"$T_TMP/bad.ics"
	run 65 lp-agenda ics --previous "$T_TMP/bad.ics" $P
done
sed '0,/^SEQUENCE:1/s//SEQUENCE:2147483647/' "$T_TMP/m.ics" >"$T_TMP/max.ics"
run 0 lp-agenda ics --previous "$T_TMP/max.ics" "$M"
is "$(grep -c '^SEQUENCE:2147483647' "$T_TMP/out")" 1 "the highest SEQUENCE on an unchanged event is kept"
LP_LANG=en run 65 lp-agenda ics --previous "$T_TMP/max.ics" $P
contains "$err" "SEQUENCE is 2147483647, the highest there is, and the event"
is "$out" "" "no calendar whose SEQUENCE went back to 0"

# Gatherings and items of the same title still get UIDs of their own.
cat >"$T_TMP/dup.yaml" <<'YAML'
programme: Dup
gatherings:
  - title: Samling
    date: 2023-04-18
    start: 09:00
    items: [{title: A, duration: 1h}, {title: A, duration: 1h}]
  - title: Samling
    date: 2023-05-18
    start: 09:00
    items: [{title: A, duration: 1h}]
YAML
run 0 lp-agenda ics "$T_TMP/dup.yaml"
is "$(grep '^UID' "$T_TMP/out" | sort -u | wc -l | tr -d ' ')" 2 "two gatherings of one title: two UIDs"
run 0 lp-agenda ics --items "$T_TMP/dup.yaml"
is "$(grep '^UID' "$T_TMP/out" | sort -u | wc -l | tr -d ' ')" 3 "three items of one title: three UIDs"

# A day without a date has nothing to put in a calendar.
printf 'title: Udatert\nstart: 09:00\nitems:\n  - title: A\n    duration: 1h\n' \
    >"$T_TMP/nodate.yaml"
LP_LANG=en run 0 lp-agenda ics "$T_TMP/nodate.yaml"
contains "$err" "nodate.yaml:1:1: warning: 'Udatert' has no date; left out"
lacks "$out" "BEGIN:VEVENT"

done_testing
