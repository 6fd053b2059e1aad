#!/bin/sh
# The iCalendar writer (lib/ics.c) through tests/util/lp-icsdemo: our own
# checks of the bytes, then an independent parser (python3-icalendar).
. "$LP_TOP/tests/cli/lib.sh"

SOURCE_DATE_EPOCH=1684238400	# 2023-05-16 12:00:00 UTC
export SOURCE_DATE_EPOCH

run 0 lp-icsdemo
cp "$T_TMP/out" "$T_TMP/local.ics"
run 0 lp-icsdemo -u
cp "$T_TMP/out" "$T_TMP/utc.ics"

for f in local utc; do
	ics="$T_TMP/$f.ics"
	# Every line ends in CRLF: no LF without a CR before it.
	n=$(LC_ALL=C tr -d '\n' <"$ics" | LC_ALL=C tr -cd '\r' | wc -c)
	m=$(LC_ALL=C tr -cd '\n' <"$ics" | wc -c)
	is "$n" "$m" "$f: every line ends in CRLF ($m lines)"
	# At most 75 octets a line, CR not counted.
	long=$(LC_ALL=C awk '{ sub(/\r$/, ""); if (length($0) > 75) n++ }
	    END { print n + 0 }' "$ics")
	is "$long" 0 "$f: no line longer than 75 octets"
	# Folding kept every line valid UTF-8 on its own.
	bad=$(LC_ALL=C sed 's/\r$//' "$ics" | iconv -f UTF-8 -t UTF-8 \
	    >/dev/null 2>&1 && echo ok)
	is "$bad" ok "$f: every line is valid UTF-8"
	folded=$(LC_ALL=C grep -c '^ ' "$ics")
	[ "$folded" -gt 0 ]
	ok $? "$f: long lines are folded ($folded continuation lines)"
	contains "$(cat "$ics")" "DTSTAMP:20230516T120000Z" \
	    "$f: DTSTAMP from SOURCE_DATE_EPOCH"
done
contains "$(cat "$T_TMP/local.ics")" "BEGIN:VTIMEZONE" "local: VTIMEZONE"
lacks "$(cat "$T_TMP/utc.ics")" "TZID" "utc: no TZID"

# Same input, same bytes.
run 0 lp-icsdemo
cmp -s "$T_TMP/out" "$T_TMP/local.ics"
ok $? "the same calendar twice is byte-identical"

# A full disk is exit 74 with a message.
if [ -w /dev/full ]; then
	lp-icsdemo >/dev/full 2>"$T_TMP/err"
	is "$?" 74 "a full stdout exits 74"
	contains "$(cat "$T_TMP/err")" "No space left on device"
else
	skip "no /dev/full"
	skip "no /dev/full"
fi

# An independent parser reads both back with the same meaning.
PY=/usr/bin/python3
if ! [ -x "$PY" ] || ! "$PY" -c 'import icalendar' 2>/dev/null; then
	skip "python3-icalendar is not installed (apt-get install python3-icalendar)"
else
	"$PY" - "$T_TMP/local.ics" "$T_TMP/utc.ics" >"$T_TMP/py" 2>&1 <<'PYEOF'
import sys, datetime
import icalendar
from zoneinfo import ZoneInfo

oslo = ZoneInfo("Europe/Oslo")
utc = datetime.timezone.utc
want = [
    ("Samling 1: Mål, rammer og lederplattform",
     datetime.datetime(2023, 5, 16, 8, 30, tzinfo=oslo),
     datetime.datetime(2023, 5, 16, 15, 30, tzinfo=oslo), "CONFIRMED"),
    ("Nettverksmøte Gygrene (FL)",
     datetime.datetime(2023, 10, 29, 9, 0, tzinfo=oslo),
     datetime.datetime(2023, 10, 29, 11, 30, tzinfo=oslo), "TENTATIVE"),
    ("Nettverksmøte Blåveis (EL)",
     datetime.datetime(2023, 3, 26, 12, 30, tzinfo=oslo),
     datetime.datetime(2023, 3, 26, 15, 0, tzinfo=oslo), "CONFIRMED"),
    ("Frist: aksjonsplan levert", datetime.date(2023, 6, 13),
     datetime.date(2023, 6, 14), "CONFIRMED"),
]
fails = 0
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        cal = icalendar.Calendar.from_ical(f.read())
    name = str(cal.get("X-WR-CALNAME"))
    if name != "Lederutvikling 2023; samlinger, nettverk":
        print("bad calname", repr(name)); fails += 1
    if str(cal.get("METHOD")) != "PUBLISH":
        print("bad method"); fails += 1
    tzids = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    evs = cal.walk("VEVENT")
    uids = [str(e.get("UID")) for e in evs]
    if len(set(uids)) != len(uids) or len(evs) != len(want):
        print("uids", uids); fails += 1
    for e, (summ, start, end, status) in zip(evs, want):
        got = (str(e.get("SUMMARY")), e.decoded("DTSTART"),
               e.decoded("DTEND"), str(e.get("STATUS")))
        for prop in ("DTSTART", "DTEND"):
            tzid = e.get(prop).params.get("TZID")
            if tzid is not None and tzid not in tzids:
                print("no VTIMEZONE for", tzid); fails += 1
        if got[0] != summ or got[1] != start or got[2] != end \
                or got[3] != status:
            print(path, "got", got, "want", (summ, start, end, status))
            fails += 1
        if isinstance(start, datetime.datetime) and "utc" in path:
            if got[1].utcoffset() != datetime.timedelta(0):
                print("not UTC:", got[1]); fails += 1
    desc = str(evs[0].get("DESCRIPTION"))
    if not desc.startswith("08:30 Velkommen\n08:45 Mål og rammer for "
                           "programmet; hva skal vi oppnå?\n") \
            or not desc.endswith("Backslash \\ står igjen.") \
            or "formålsplakat, gruppenormer" not in desc:
        print("bad description", repr(desc)); fails += 1
    if str(evs[3].get("DESCRIPTION")) != "æøå" * 30:
        print("bad æøå description"); fails += 1
    if str(evs[0].get("LOCATION")) != "Rådhuset, store sal":
        print("bad location"); fails += 1
    print(path.rsplit("/", 1)[-1], "events", len(evs), "fails", fails)
sys.exit(1 if fails else 0)
PYEOF
	rc=$?
	is "$rc" 0 "python3-icalendar reads both calendars as written"
	[ "$rc" -eq 0 ] || diag "$(cat "$T_TMP/py")"
fi

done_testing
