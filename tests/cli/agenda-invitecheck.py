#!/usr/bin/python3
"""Checks of lp-agenda's invitations, independent of the C code: the
people are read again here from the groups file and the roster (csv
module, our own name matching and away words), calendars are parsed with
python3-icalendar and e-mail drafts with Python's email package.

  cal FILE GROUPS ROSTER [--round N] [--organizer ADDR]
      every meeting's ATTENDEE set is its group's present members with
      an address, every gathering's everyone's; ORGANIZER is ADDR.
  person FILE GROUPS NAME [--round N]
      the meetings are all her group's; prints the events' count.
  uids FILE
      "SUMMARY<TAB>UID" per event, sorted.
  eml FILE GROUPS ROSTER GROUP ORGANIZER [--round N]
      To is GROUP's present members with an address, From is ORGANIZER,
      X-Unsent: 1, CRLF only, header lines of at most 76 characters, the
      subject decodes to Norwegian text naming GROUP, the calendar part
      is text/calendar; method=REQUEST, parses, has METHOD:REQUEST and
      the same attendees as in cal.
Prints one line per problem; exit 1 if any, 3 without python3-icalendar.
"""
import csv
import email
import email.policy
import io
import sys
import unicodedata

AWAY = {"away", "absent", "on leave", "left", "borte", "fravaerende",
        "fravaer", "permisjon", "perm", "sykmeldt", "sjukmeldt",
        "sykemeldt", "sluttet", "slutta", "fraverande", "fraver"}


def key(s):
    s = unicodedata.normalize("NFC", s).strip().lower()
    s = " ".join(s.split())
    for a, b in (("å", "a"), ("aa", "a"), ("ø", "o"), ("oe", "o"),
                 ("æ", "ae")):
        s = s.replace(a, b)
    return s


def read(path):
    raw = open(path, "rb").read().decode("utf-8-sig")
    first = raw.split("\n", 1)[0]
    delim = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.DictReader(io.StringIO(raw), delimiter=delim))
    out = []
    for r in rows:
        r = {key(k): (v or "").strip() for k, v in r.items()}
        out.append(r)
    return out


def col(r, *names):
    for n in names:
        if n in r:
            return r[n]
    return ""


def crew(groups, roster, rnd):
    """[(name, group, away, address or None)] of the round."""
    g = read(groups)
    rounds = [int(col(r, "round", "runde") or 1) for r in g]
    rnd = rnd or max(rounds)
    book = {}
    if roster:
        for r in read(roster):
            book[key(col(r, "name", "navn", "namn"))] = col(
                r, "e-post", "epost", "email", "e-mail", "mail")
    out = []
    for r, n in zip(g, rounds):
        if n != rnd:
            continue
        name = col(r, "name", "navn", "namn")
        away = key(col(r, "status")) in {key(w) for w in AWAY}
        addr = book.get(key(name)) or col(r, "e-post", "epost", "email")
        out.append((name, col(r, "group", "gruppe", "gruppa"), away,
                    addr or None))
    return out


def want(people, group):
    return {a.lower() for (n, g, away, a) in people
            if not away and a and (group is None or key(g) == key(group))}


def mailto(v):
    v = str(v)
    return v[7:].lower() if v.lower().startswith("mailto:") else v.lower()


def attendees(ev):
    a = ev.get("ATTENDEE")
    if a is None:
        return set()
    if not isinstance(a, list):
        a = [a]
    return {mailto(x) for x in a}


def meeting_group(summary):
    # "Nettverksmøte: Gygrene (FL)" / "Network meeting: Gygrene (FL)"
    if ": " not in summary or not summary.endswith(")"):
        return None
    head, rest = summary.split(": ", 1)
    if head not in ("Nettverksmøte", "Network meeting"):
        return None
    return rest.rsplit(" (", 1)[0]


def check_cal(data, people, org, bad, what):
    import icalendar
    cal = icalendar.Calendar.from_ical(data)
    evs = list(cal.walk("VEVENT"))
    for ev in evs:
        s = str(ev["SUMMARY"])
        g = meeting_group(s)
        got = attendees(ev)
        exp = want(people, g)
        if got != exp:
            bad.append("%s: %s: ATTENDEE %s, want %s" % (
                what, s, sorted(got), sorted(exp)))
        if org and mailto(ev.get("ORGANIZER", "")) != org.lower():
            bad.append("%s: %s: ORGANIZER %s" % (what, s,
                                                ev.get("ORGANIZER")))
        for a in ev.get("ATTENDEE", []) if isinstance(
                ev.get("ATTENDEE"), list) else []:
            if "CN" not in a.params:
                bad.append("%s: ATTENDEE without CN" % what)
    return cal, evs


def opt(args, name, conv=str):
    if name in args:
        i = args.index(name)
        v = conv(args[i + 1])
        del args[i:i + 2]
        return v
    return None


def main():
    args = sys.argv[1:]
    try:
        import icalendar  # noqa: F401
    except ImportError:
        print("python3-icalendar is absent")
        return 3
    rnd = opt(args, "--round", int)
    org = opt(args, "--organizer")
    mode = args.pop(0)
    bad = []
    if mode == "cal":
        f, groups, roster = args
        check_cal(open(f, "rb").read(), crew(groups, roster, rnd), org,
                  bad, f)
    elif mode == "person":
        import icalendar
        f, groups, name = args
        people = crew(groups, None, rnd)
        mine = [g for (n, g, a, m) in people if key(n) == key(name)]
        if len(mine) != 1:
            bad.append("%s is not once in %s" % (name, groups))
        cal = icalendar.Calendar.from_ical(open(f, "rb").read())
        evs = list(cal.walk("VEVENT"))
        for ev in evs:
            g = meeting_group(str(ev["SUMMARY"]))
            if g is not None and mine and key(g) != key(mine[0]):
                bad.append("%s: %s's calendar has %s's meeting" % (
                    f, name, g))
        if not bad:
            print(len(evs))
    elif mode == "uids":
        import icalendar
        data = open(args[0], "rb").read()
        if args[0].endswith(".eml"):
            msg = email.message_from_bytes(data, policy=email.policy.default)
            data = [p for p in msg.walk() if p.get_content_type() ==
                    "text/calendar"][0].get_content()
        cal = icalendar.Calendar.from_ical(data)
        for line in sorted("%s\t%s" % (ev["SUMMARY"], ev["UID"])
                           for ev in cal.walk("VEVENT")):
            print(line)
    elif mode == "eml":
        f, groups, roster, group, organizer = args
        check_eml(f, crew(groups, roster, rnd), group, organizer, bad)
    else:
        bad.append("unknown mode " + mode)
    for b in bad:
        print(b)
    return 1 if bad else 0


def check_eml(f, people, group, organizer, bad):
    raw = open(f, "rb").read()
    if raw.replace(b"\r\n", b"").find(b"\n") >= 0 or \
            raw.replace(b"\r\n", b"").find(b"\r") >= 0:
        bad.append("%s: a line does not end in CRLF" % f)
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        if len(line) > 76:
            bad.append("%s: header line of %d: %r" % (f, len(line),
                                                     line[:40]))
        try:
            line.decode("ascii")
        except UnicodeDecodeError:
            bad.append("%s: 8-bit header %r" % (f, line[:40]))
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    to = {a.addr_spec.lower() for a in msg["To"].addresses}
    if to != want(people, group):
        bad.append("%s: To %s, want %s" % (f, sorted(to),
                                           sorted(want(people, group))))
    names = {a.display_name for a in msg["To"].addresses}
    exp = {n for (n, g, away, a) in people
           if not away and a and key(g) == key(group)}
    if names != exp:
        bad.append("%s: To names %s, want %s" % (f, sorted(names),
                                                 sorted(exp)))
    fr = msg["From"].addresses
    if len(fr) != 1 or fr[0].addr_spec.lower() != organizer.lower():
        bad.append("%s: From %s" % (f, msg["From"]))
    if msg["X-Unsent"] != "1":
        bad.append("%s: no X-Unsent: 1" % f)
    subj = str(msg["Subject"])
    if group not in subj or ("Nettverksmøte" not in subj and
                             "Network meetings" not in subj):
        bad.append("%s: Subject %r" % (f, subj))
    for h in ("Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            bad.append("%s: no %s" % (f, h))
    parts = [p for p in msg.walk() if not p.is_multipart()]
    text = [p for p in parts if p.get_content_type() == "text/plain"]
    cals = [p for p in parts if p.get_content_type() == "text/calendar"]
    if len(text) != 1 or len(cals) != 1:
        bad.append("%s: %d text and %d calendar parts" % (
            f, len(text), len(cals)))
        return
    body = text[0].get_content()
    for (n, g, away, a) in people:
        if key(g) == key(group) and n not in body:
            bad.append("%s: the text does not name %s" % (f, n))
    if cals[0].get_param("method") != "REQUEST":
        bad.append("%s: the calendar part's method is %r" % (
            f, cals[0].get_param("method")))
    data = cals[0].get_content()
    if isinstance(data, str):
        data = data.encode("utf-8")
    cal, evs = check_cal(data, people, organizer, bad, f)
    if str(cal.get("METHOD")) != "REQUEST":
        bad.append("%s: METHOD %s" % (f, cal.get("METHOD")))
    if not evs:
        bad.append("%s: no events" % f)
    print(subj)


sys.exit(main())
