#!/bin/sh
# lp-agenda ics --groups --roster (ATTENDEE, ORGANIZER), --round,
# --person, --split, and lp-agenda invite: every calendar parsed with
# python3-icalendar and every draft with Python's email package, the
# people read again by tests/cli/agenda-invitecheck.py on its own.
. "$LP_TOP/tests/cli/lib.sh"
export SOURCE_DATE_EPOCH=1700000000
unset LP_LANG
LANGUAGE=en
export LANGUAGE
PY=/usr/bin/python3
CHECK=tests/cli/agenda-invitecheck.py
D=$T_TMP

have_py=1
if [ ! -x "$PY" ] || ! "$PY" -c 'import icalendar' 2>/dev/null; then
	have_py=0
fi
check() {	# check DESCRIPTION MODE ARGS...: the checker finds nothing
	d=$1
	shift
	if [ $have_py = 0 ]; then
		skip "no python3-icalendar: $d"
		return
	fi
	r=$("$PY" "$CHECK" "$@" 2>&1)
	s=$?
	ok $s "$d"
	[ $s -ne 0 ] && diag "$r"
}
uids() {	# uids FILE: "SUMMARY<TAB>UID" lines, by python3-icalendar
	"$PY" "$CHECK" uids "$1"
}
unfold() {	# an .ics as logical lines, LF
	tr -d '\r' <"$1" | sed -e ':a' -e '$!N;s/\n //;ta' -e 'P;D'
}

cat >"$D/prog.yaml" <<'YAML'
programme: Lederprogram Nordfjell
organisation: Nordfjell kommune
organizer: {name: "Åshild Kvæl, HR", email: aashild.kvael@nordfjell.example}
lang: nb
gatherings:
  - title: Samling A
    date: 2024-02-06
    place: Rådhuset
    start: 09:00
    items: [{title: Velkommen, duration: 30m}, {title: Arbeid, duration: 2h}]
  - title: Samling B
    date: 2024-04-09
    place: Kulturhuset, lille sal
    start: 09:00
    items: [{title: Velkommen, duration: 30m}]
network:
  slots:
    FL: "09:00-11:30"
  meetings:
    - {group: Blåveis, date: 2024-03-05, slot: FL, status: confirmed}
    - {group: Blåveis, date: 2024-05-07, slot: FL, status: proposed}
    - {group: Ørnene, date: 2024-03-12, slot: FL, status: confirmed}
YAML
cat >"$D/groups.csv" <<'CSV'
runde;gruppe;navn;status
1;Blåveis;Åse Ødegård;
1;Blåveis;Per Berg;
1;Ørnene;Kari Sæther;
1;Ørnene;"Lie, Tor";
2;Blåveis;Åse Ødegård;
2;Blåveis;Kari Sæther;
2;Blåveis;Mona Dahl;permisjon
2;Ørnene;Per Berg;
2;Ørnene;"Lie, Tor";
2;Ørnene;Nils Uten;
2;Ørnene;Ola Ukjent;
CSV
# The roster spells Åse Ødegård without accents: matched as everywhere.
cat >"$D/roster.csv" <<'CSV'
navn,e-post
Ase Odegard,aase@nordfjell.example
Per Berg,per@nordfjell.example
Kari Sæther,kari@nordfjell.example
"Lie, Tor",tor@nordfjell.example
Mona Dahl,mona@nordfjell.example
Nils Uten,
CSV
P=$D/prog.yaml
G=$D/groups.csv
R=$D/roster.csv
ORG=aashild.kvael@nordfjell.example

# The whole programme: attendees, organiser, and who is left out.
run 0 lp-agenda ics --groups "$G" --roster "$R" "$P"
cp "$T_TMP/out" "$D/all.ics"
check "every meeting's ATTENDEE set is its group's present members with an address; gatherings everyone" \
    cal "$D/all.ics" "$G" "$R" --organizer "$ORG"
contains "$err" "groups.csv: warning: away, so not invited: Mona Dahl (Blåveis)"
contains "$err" "roster.csv: warning: no e-mail address, so not invited: Nils Uten (Ørnene), Ola Ukjent (Ørnene)"
unfold "$D/all.ics" >"$D/all.txt"
is "$(grep -c '^ORGANIZER;CN="Åshild Kvæl, HR":mailto:aashild.kvael@nordfjell.example$' "$D/all.txt")" 5 \
    "ORGANIZER in all 5 events, CN quoted for its comma"
contains "$(cat "$D/all.txt")" 'ATTENDEE;CN="Lie, Tor";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:tor@nordfjell.example' \
    "a CN with a comma is quoted"
contains "$(cat "$D/all.txt")" 'ATTENDEE;CN=Åse Ødegård;' "the groups file's name, æøå intact, as CN"
lacks "$(cat "$D/all.txt")" "mona@" "the away member is not invited"
is "$(grep -c '^UID:lp-[0-9a-f]*@nordfjell.example$' "$D/all.txt")" 5 \
    "UIDs carry the organiser's domain"
if [ -x "$PY" ]; then
	r=$("$PY" tests/cli/agenda-icscheck.py "$D/all.ics" 2>&1)
	ok $? "RFC 5545 form: CRLF, 75 octets, escaping ($r)"
else
	skip "no $PY"
fi
# Without --roster, the groups file's own e-post column; without any,
# no ATTENDEE and no warning (the description still names them).
printf 'gruppe;navn;e-post\nBlåveis;Per Berg;per@x.example\nØrnene;Kari Sæther;\n' >"$D/g1.csv"
run 0 lp-agenda ics --groups "$D/g1.csv" "$P"
contains "$err" "no e-mail address, so not invited: Kari Sæther (Ørnene)"
is "$(unfold "$T_TMP/out" | grep -c '^ATTENDEE.*mailto:per@x.example$')" 4 \
    "the groups file's address: two gatherings, two Blåveis meetings"
printf 'gruppe;navn\nBlåveis;Per Berg\n' >"$D/g0.csv"
run 0 lp-agenda ics --groups "$D/g0.csv" --group blaveis "$P"
lacks "$out" "ATTENDEE" "no address column, no roster: no ATTENDEE"
lacks "$err" "not invited" "and no warning about addresses"

# --round: the last by default; another by number; one the file lacks.
run 0 lp-agenda ics --groups "$G" --roster "$R" --round 1 "$P"
cp "$T_TMP/out" "$D/r1.ics"
check "--round 1: the attendees of round 1" cal "$D/r1.ics" "$G" "$R" --round 1
lacks "$err" "Mona Dahl" "--round 1: round 2's away member is not named"
run 2 lp-agenda ics --groups "$G" --round 3 "$P"
contains "$err" "--round 3: " "--round 3 is refused"
contains "$err" "has no round 3 (its last is 2)"
run 2 lp-agenda ics --groups "$G" --round x "$P"

# --person: her gatherings and her group's meetings, nothing else.
run 0 lp-agenda ics --groups "$G" --roster "$R" --person "ase odegard" "$P"
cp "$T_TMP/out" "$D/aase.ics"
if [ $have_py = 1 ]; then
	is "$("$PY" "$CHECK" person "$D/aase.ics" "$G" "Åse Ødegård")" 4 \
	    "--person: 2 gatherings and Blåveis' 2 meetings, only those"
else
	skip "no python3-icalendar"
fi
check "--person: the attendees" cal "$D/aase.ics" "$G" "$R" --organizer "$ORG"
lacks "$out" "Ørnene" "--person: another group's meeting is not in it"
run 0 lp-agenda ics --groups "$G" --round 1 --person "Per Berg" "$P"
is "$(grep -c '^SUMMARY:Nettverksmøte: Blåveis' "$T_TMP/out")" 2 \
    "--person in round 1: Per Berg was in Blåveis then"
run 2 lp-agenda ics --groups "$G" --person "Åse Ødegar" "$P"
contains "$err" "ics: --person: no person 'Åse Ødegar' (did you mean 'Åse Ødegård'?)"
run 2 lp-agenda ics --person "Per Berg" "$P"
contains "$err" "ics: --person needs --groups"
run 2 lp-agenda ics --groups "$G" --person "Per Berg" --group blaveis "$P"
contains "$err" "give one of them"
run 2 lp-agenda ics --roster "$R" "$P"
contains "$err" "--roster needs --groups"

# Missing or unusable inputs.
run 66 lp-agenda ics --groups "$G" --roster "$D/no-such.csv" "$P"
contains "$err" "no-such.csv"
printf 'navn,telefon\nPer Berg,123\n' >"$D/nomail.csv"
run 65 lp-agenda ics --groups "$G" --roster "$D/nomail.csv" "$P"
contains "$err" "nomail.csv:1: no e-mail column: the header needs 'e-post' or 'email'"
printf 'navn,e-post\nPer Berg,per at x\n' >"$D/badmail.csv"
run 0 lp-agenda ics --groups "$G" --roster "$D/badmail.csv" --person "Per Berg" "$P"
contains "$err" "badmail.csv:2: warning: 'per at x' is not an e-mail address; Per Berg is not invited"
lacks "$out" "per at x" "a bad address is not written"
sed 's/email: aashild.kvael@nordfjell.example/email: aashild/' "$P" >"$D/badorg.yaml"
run 65 lp-agenda ics "$D/badorg.yaml"
contains "$err" "badorg.yaml:3:45: 'aashild' is not an e-mail address"

# --split: a calendar per group and per person, ASCII names.
run 0 lp-agenda ics --groups "$G" --roster "$R" --split "$D/kal" "$P"
is "$(ls "$D/kal" | tr '\n' ' ')" \
    "aase-odegaard.ics gruppe-blaaveis.ics gruppe-ornene.ics kari-saether.ics lie-tor.ics mona-dahl.ics nils-uten.ics ola-ukjent.ics per-berg.ics " \
    "--split: 2 group and 7 personal calendars, æ ae, ø o, å aa"
is "$out" "" "--split: nothing on standard output"
contains "$err" "kal: 2 group calendars (gruppe-NAME.ics)"
contains "$err" "kal: 7 personal calendars (NAME.ics)"
is "$(grep -c 'warning: away' "$T_TMP/err")" 1 "--split: each warning once"
for f in "$D"/kal/*.ics; do
	check "--split: $(basename "$f"): the attendees" cal "$f" "$G" "$R" --organizer "$ORG"
done
cmp -s "$D/kal/aase-odegaard.ics" "$D/aase.ics"
ok $? "--split: her file is what --person writes"
# The same meeting, the same UID: group file, person file, full calendar.
if [ $have_py = 1 ]; then
	uids "$D/kal/gruppe-blaaveis.ics" >"$D/u-group"
	uids "$D/kal/kari-saether.ics" >"$D/u-kari"
	uids "$D/all.ics" >"$D/u-all"
	is "$(grep -c 'Nettverksmøte: Blåveis' "$D/u-group")" 2 "the group file has Blåveis' 2 meetings"
	cmp -s "$D/u-group" "$D/u-kari"
	ok $? "a meeting has the same UID in the group's and the member's file"
	is "$(comm -23 "$D/u-group" "$D/u-all")" "" \
	    "and the same as in the whole programme's calendar"
	is "$(cut -f2 "$D/u-all" | sort -u | wc -l | tr -d ' ')" 5 "five events, five UIDs"
else
	skip "no python3-icalendar"
fi
# NFD names (a Mac export) give the same file names.
"$PY" -c 'import sys,unicodedata;sys.stdout.write(unicodedata.normalize("NFD",open(sys.argv[1]).read()))' \
    "$G" >"$D/nfd.csv" 2>/dev/null || cp "$G" "$D/nfd.csv"
run 0 lp-agenda ics --groups "$D/nfd.csv" --roster "$R" --split "$D/kal-nfd" "$P"
is "$(ls "$D/kal-nfd" | tr '\n' ' ')" "$(ls "$D/kal" | tr '\n' ' ')" "NFD names: the same file names"
# Into a folder that exists: its files are replaced, others stay, no
# temporary is left.
echo mine >"$D/kal/notes.txt"
echo old >"$D/kal/per-berg.ics"
run 0 lp-agenda ics --groups "$G" --roster "$R" --split "$D/kal" "$P"
is "$(cat "$D/kal/notes.txt")" "mine" "--split into a folder: the user's other file stays"
cmp -s "$D/kal/per-berg.ics" "$D/kal-nfd/per-berg.ics"
ok $? "--split into a folder: a calendar is replaced"
is "$(ls -a "$D/kal" | grep -c '^\.lp-agenda')" 0 "no temporary folder left inside"
# A write that fails half-way (a file size limit, SIGXFSZ ignored): 74,
# no folder, no temporary; a folder that was there is as it was.
small() {
	sh -c 'trap "" XFSZ; ulimit -f 1; exec "$@"' sh "$@"
}
run 74 small lp-agenda ics --groups "$G" --roster "$R" --split "$D/big" "$P"
contains "$err" "big/gruppe-blaaveis.ics: File too large"
is "$(ls -a "$D" | grep -c 'big')" 0 "a failed --split leaves no folder and no temporary"
cp -r "$D/kal" "$D/kal-before"
run 74 small lp-agenda ics --groups "$G" --roster "$R" --split "$D/kal" "$P"
diff -r "$D/kal" "$D/kal-before" >/dev/null
ok $? "a failed --split into a folder leaves it as it was"
is "$(ls -a "$D/kal" | grep -c '^\.lp-agenda')" 0 "and no temporary inside"
run 74 small lp-agenda invite --groups "$G" --roster "$R" --out "$D/big" "$P"
[ ! -e "$D/big" ]
ok $? "a failed invite leaves no folder"
# Killed half-way (SIGTERM once the temporary folder is there, 600
# calendars to write): it dies of the signal and leaves nothing.
mkdir "$D/kill"
awk 'BEGIN { print "round,group,name"; for (i = 1; i <= 500; i++)
	printf "1,Gruppe %d,Person %d\n", (i - 1) / 5 + 1, i }' >"$D/kill/g.csv"
awk 'BEGIN { print "name,e-post"; for (i = 1; i <= 500; i++)
	printf "Person %d,p%d@kommune.example\n", i, i }' >"$D/kill/r.csv"
lp-agenda ics --groups "$D/kill/g.csv" --roster "$D/kill/r.csv" \
    --split "$D/kill/kal" "$P" >/dev/null 2>&1 &
kpid=$!
_i=0
while [ $_i -lt 400 ] && ! ls -A "$D/kill" | grep -q '^\.kal\.'; do
	sleep 0.05
	_i=$((_i + 1))
done
kill -TERM $kpid 2>/dev/null
{ wait $kpid; } 2>/dev/null
krc=$?
if [ $_i -ge 400 ] || [ "$krc" -eq 0 ]; then
	skip "the run ended before it could be killed (status $krc)"
else
	is "$krc" 143 "--split killed: it dies of SIGTERM"
	is "$(ls -A "$D/kill" | grep -v '\.csv$' | tr '\n' ' ')" "" \
	    "--split killed: no folder and no temporary left"
fi
# Where it cannot be written: 73, nothing left behind.
run 73 lp-agenda ics --groups "$G" --split "$D/no/such/dir" "$P"
contains "$err" "no/such/dir: cannot create a temporary folder for it"
echo x >"$D/afile"
run 73 lp-agenda ics --groups "$G" --split "$D/afile" "$P"
contains "$err" "afile: not a folder"
is "$(ls -a "$D" | grep -c '^\.kal\|^\.afile')" 0 "no temporary folder left beside"

# invite: one draft per group.
run 0 lp-agenda invite --groups "$G" --roster "$R" --out "$D/inv" "$P"
is "$(ls "$D/inv" | tr '\n' ' ')" "blaaveis.eml ornene.eml " "invite: one .eml per group"
contains "$err" "inv: 2 invitations to open in the mail program and send"
contains "$err" "warning: away, so not invited: Mona Dahl (Blåveis)"
if [ $have_py = 1 ]; then
	r=$("$PY" "$CHECK" eml "$D/inv/blaaveis.eml" "$G" "$R" Blåveis "$ORG" 2>&1)
	ok $? "blaaveis.eml: To, From, X-Unsent, CRLF, header lengths, a REQUEST calendar with the attendees"
	is "$r" "Nettverksmøter for Blåveis – Lederprogram Nordfjell" \
	    "the Norwegian subject decodes intact"
	r=$("$PY" "$CHECK" eml "$D/inv/ornene.eml" "$G" "$R" Ørnene "$ORG" 2>&1)
	ok $? "ornene.eml: the same checks ($r)"
	uids "$D/inv/blaaveis.eml" >"$D/u-mail"
	cmp -s "$D/u-mail" "$D/u-group"
	ok $? "the invitation's calendar has the group file's UIDs"
else
	skip "no python3-icalendar"
fi
grep -q '^Subject: =?UTF-8?B?' "$D/inv/blaaveis.eml"
ok $? "the subject is an RFC 2047 encoded-word"
grep -q "^From: =?UTF-8?B?" "$D/inv/blaaveis.eml"
ok $? "the organiser's name (æ, a comma) is encoded"
grep -q '^X-Unsent: 1' "$D/inv/blaaveis.eml"
ok $? "X-Unsent: 1"
is "$(grep -c "^Date: Tue, 14 Nov 2023 22:13:20 +0000" "$D/inv/blaaveis.eml")" 1 \
    "Date from SOURCE_DATE_EPOCH"
cp -r "$D/inv" "$D/inv1"
run 0 lp-agenda invite --groups "$G" --roster "$R" --out "$D/inv" "$P"
cmp -s "$D/inv/blaaveis.eml" "$D/inv1/blaaveis.eml"
ok $? "the same input, the same bytes"
# Without SOURCE_DATE_EPOCH: the programme's first date, still the same bytes.
run 0 env -u SOURCE_DATE_EPOCH lp-agenda invite --groups "$G" --roster "$R" --out "$D/inv2" "$P"
run 0 env -u SOURCE_DATE_EPOCH lp-agenda invite --groups "$G" --roster "$R" --out "$D/inv3" "$P"
cmp -s "$D/inv2/ornene.eml" "$D/inv3/ornene.eml"
ok $? "without SOURCE_DATE_EPOCH: the same bytes twice"
is "$(grep -c '^Date: Tue, 6 Feb 2024 00:00:00 +0000' "$D/inv2/ornene.eml")" 1 \
    "without SOURCE_DATE_EPOCH: Date is the programme's first day"
# The text in the programme's language.
for l in nb nn en; do
	sed "s/^lang: nb/lang: $l/" "$P" >"$D/p-$l.yaml"
	run 0 lp-agenda invite --groups "$G" --roster "$R" --out "$D/inv-$l" "$D/p-$l.yaml"
	if [ $have_py = 1 ]; then
		"$PY" -c 'import email,email.policy,sys
m=email.message_from_binary_file(open(sys.argv[1],"rb"),policy=email.policy.default)
print(m["Subject"]); print(m.get_body(("plain",)).get_content())' \
		    "$D/inv-$l/blaaveis.eml" >"$D/body-$l.txt"
	fi
done
if [ $have_py = 1 ]; then
	contains "$(cat "$D/body-nb.txt")" "Her er nettverksmøtene til Blåveis i Lederprogram Nordfjell:" "nb text"
	contains "$(cat "$D/body-nb.txt")" "- tirsdag 7. mai 2024, 09.00–11.30 (FL), foreslått" "nb: the proposed meeting"
	contains "$(cat "$D/body-nb.txt")" "Deltakere: Åse Ødegård, Kari Sæther" "nb: the members"
	contains "$(cat "$D/body-nb.txt")" "Borte: Mona Dahl" "nb: the away one apart"
	contains "$(cat "$D/body-nb.txt")" "Rådhuset" "nb: the gatherings' place"
	contains "$(cat "$D/body-nn.txt")" "Her er nettverksmøta til Blåveis" "nn text"
	contains "$(cat "$D/body-nn.txt")" "Deltakarar: Åse Ødegård" "nn: the members"
	contains "$(cat "$D/body-nn.txt")" "Venleg helsing" "nn: the greeting"
	contains "$(cat "$D/body-en.txt")" "Network meetings for Blåveis – Lederprogram Nordfjell" "en subject"
	contains "$(cat "$D/body-en.txt")" "- Tuesday 5 March 2024, 09:00–11:30 (FL)" "en: the meeting"
else
	skip "no python3-icalendar"
fi
# Bad invite runs.
grep -v '^organizer:' "$P" >"$D/noorg.yaml"
run 65 lp-agenda invite --groups "$G" --roster "$R" --out "$D/x" "$D/noorg.yaml"
contains "$err" "noorg.yaml: no organizer to send the invitations from"
[ ! -e "$D/x" ]
ok $? "no folder without an organizer"
run 2 lp-agenda invite --groups "$G" --out "$D/x" "$P"
contains "$err" "invite needs --groups and --roster"
run 2 lp-agenda invite --groups "$G" --roster "$R" --person x "$P"
contains "$err" "invite: --person is not an option of this command"
run 66 lp-agenda invite --groups "$G" --roster "$D/no-such.csv" --out "$D/x" "$P"
contains "$err" "no-such.csv"
run 73 lp-agenda invite --groups "$G" --roster "$R" --out "$D/afile" "$P"
printf 'navn,e-post\nNoen Andre,n@x.example\n' >"$D/other.csv"
run 65 lp-agenda invite --groups "$G" --roster "$D/other.csv" --out "$D/x" "$P"
contains "$err" "no invitation to write"
[ ! -e "$D/x" ]
ok $? "no folder when there is nothing to send"

# Two municipalities, the same programme: no UID in common. Without
# organisation and organizer, the UIDs are what they always were.
sed 's/^organisation: Nordfjell kommune/organisation: Sørdal kommune/; s/nordfjell.example/sordal.example/' \
    "$P" >"$D/sordal.yaml"
lp-agenda ics "$P" 2>/dev/null | grep '^UID' | sort >"$D/n-uids"
lp-agenda ics "$D/sordal.yaml" 2>/dev/null | grep '^UID' | sort >"$D/s-uids"
is "$(comm -12 "$D/n-uids" "$D/s-uids" | wc -l | tr -d ' ')" 0 "two municipalities: no UID in common"
grep -v '^organi' "$P" >"$D/plain.yaml"
run 0 lp-agenda ics "$D/plain.yaml"
is "$(grep -c '^UID:lp-[0-9a-f]\{16\}@lp' "$T_TMP/out")" 5 "no organisation: the UIDs as before"

# make demo's part: every group's and leader's calendar, the drafts.
mkdir "$D/demo"
run 0 env OUT="$D/demo" sh examples/demo-agenda.sh
contains "$out" "out/kalendere/" "make demo names the calendars"
contains "$out" "out/invitasjoner/" "make demo names the invitations"
is "$(ls "$D/demo/kalendere" | wc -l | tr -d ' ')" 42 "make demo: 6 group and 36 personal calendars"
is "$(ls "$D/demo/invitasjoner" | tr '\n' ' ')" \
    "blaaveis.eml einingsleiarane.eml godtog-blanda.eml gygrene.eml rlg.eml stjernelaget.eml " \
    "make demo: one draft per group of examples/grupper.csv"
check "make demo: gygrene.eml" eml "$D/demo/invitasjoner/gygrene.eml" \
    examples/grupper.csv examples/deltakere.csv Gygrene randi.solberg@fjellbygd.kommune.example
check "make demo: guro-haugen.ics" cal "$D/demo/kalendere/guro-haugen.ics" \
    examples/grupper.csv examples/deltakere.csv --organizer randi.solberg@fjellbygd.kommune.example

done_testing
