#!/usr/bin/python3
"""Our own checks of an .ics file from lp-agenda, independent of lib/ics.c:
CRLF line ends, lines of at most 75 octets, UTF-8 never split by a fold,
TEXT escaping, a VTIMEZONE for every TZID, unique UIDs, balanced
BEGIN/END, METHOD:PUBLISH. Prints one line per problem; exit 1 if any.
With --icalendar, also parse with python3-icalendar (exit 3 if absent)."""
import re
import sys


def main():
    args = sys.argv[1:]
    want_lib = "--icalendar" in args
    args = [a for a in args if a != "--icalendar"]
    data = open(args[0], "rb").read()
    bad = []
    if not data.endswith(b"\r\n"):
        bad.append("does not end in CRLF")
    phys = data.split(b"\r\n")[:-1]
    for n, line in enumerate(phys, 1):
        if b"\n" in line or b"\r" in line:
            bad.append("line %d: bare LF or CR" % n)
        if len(line) > 75:
            bad.append("line %d: %d octets" % (n, len(line)))
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append("line %d: UTF-8 split or invalid" % n)
    logical = []
    for line in phys:
        if line[:1] in (b" ", b"\t") and logical:
            logical[-1] += line[1:]
        else:
            logical.append(line)
    text = [l.decode("utf-8", "replace") for l in logical]
    stack = []
    uids = {}
    tzids_used = set()
    tzids_defined = set()
    for n, l in enumerate(text, 1):
        name, _, value = l.partition(":")
        prop = name.split(";")[0]
        if prop == "BEGIN":
            stack.append(value)
        elif prop == "END":
            if not stack or stack.pop() != value:
                bad.append("END:%s does not close" % value)
        elif prop == "UID":
            if value in uids:
                bad.append("UID %s twice" % value)
            uids[value] = 1
        elif prop == "TZID" and stack and stack[-1] == "VTIMEZONE":
            tzids_defined.add(value)
        for m in re.finditer(r";TZID=([^;:]+)", name):
            tzids_used.add(m.group(1))
        if prop in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            v = re.sub(r"\\[\\;,nN]", "", value)
            if re.search(r"[;,\\]", v):
                bad.append("%s not escaped: %s" % (prop, value[:40]))
    if stack:
        bad.append("unclosed %s" % stack)
    for t in sorted(tzids_used - tzids_defined):
        bad.append("TZID %s has no VTIMEZONE" % t)
    if "METHOD:PUBLISH" not in text:
        bad.append("no METHOD:PUBLISH")
    for b in bad:
        print(b)
    if bad:
        return 1
    if want_lib:
        try:
            import icalendar
        except ImportError:
            print("python3-icalendar is absent")
            return 3
        cal = icalendar.Calendar.from_ical(data)
        evs = list(cal.walk("VEVENT"))
        for ev in evs:
            ev["DTSTART"].dt
            ev["DTEND"].dt
            str(ev["SUMMARY"])
        print("icalendar: %d events" % len(evs))
    return 0


sys.exit(main())
