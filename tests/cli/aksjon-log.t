#!/bin/sh
# lp-aksjon new and log: the template, appending in place, and the
# promises of log: no lost entry with 50 writers at once, none when
# killed at random points, and the original untouched on a full disk.
. "$LP_TOP/tests/cli/lib.sh"

SOURCE_DATE_EPOCH=1684238400	# 2023-05-16
export SOURCE_DATE_EPOCH
G=tests/cli/golden/aksjon
X=examples/aksjon

# -h and -V.
run 0 lp-aksjon -h
contains "$out" "lp-aksjon log FILE [--date D] --did TEXT"
run 0 lp-aksjon log -h
contains "$out" "usage: lp-aksjon new"
for c in new log status profile meeting ics; do
	run 0 lp-aksjon $c -h
	contains "$out" "usage: lp-aksjon new --leader NAME" "$c -h prints the usage"
done
run 0 lp-aksjon --help
# usage() against the man page SYNOPSIS: tests/cli/synopsis.t.
run 0 lp-aksjon -V
contains "$out" "lp-aksjon 0."
run 2 lp-aksjon
run 2 lp-aksjon frobnicate
contains "$err" "unknown command 'frobnicate'"

# new: the template in each language, which loads as a plan.
for l in nb nn en; do
	run 0 lp-aksjon new --leader "Guro Haugen" --group Gygrene --lang $l
	golden $G/new-$l.yaml
	cp "$T_TMP/out" "$T_TMP/new-$l.yaml"
	run 0 lp-aksjon status --today 2023-05-16 -f csv "$T_TMP/new-$l.yaml"
	contains "$out" "Gygrene,Guro Haugen,,,,,not-started"
done
run 0 lp-aksjon new -L "Ola: Nordmann" -g "#1" -l nn
contains "$out" 'leader: "Ola: Nordmann"' "a name that is not plain is quoted"
contains "$out" 'group: "#1"'
run 2 lp-aksjon new
contains "$err" "--leader NAME is required"
run 2 lp-aksjon new --leader "  "
run 2 lp-aksjon new --leader A --lang de
contains "$err" "write nb, nn or en"
run 2 lp-aksjon new --leader A extra

# log into a copy of each example: the old bytes stay a prefix when the
# log ends the file, and the result is the golden file.
for p in guro-haugen astrid-gjerde; do
	cp $X/$p.yaml "$T_TMP/$p.yaml"
	lp-aksjon log "$T_TMP/$p.yaml" --date 2023-09-20 \
	    --did 'Spurte "hvem vil ha ros i plenum?"' \
	    --learned 'Tre av fem: nei.
Ros på tomannshånd.' --next 'Hva med\skiftene?' >"$T_TMP/o" 2>&1
	is "$?" 0 "$p: log with quotes, a newline and a backslash"
	is "$(cat "$T_TMP/o")" "" "log prints nothing"
	run 0 lp-aksjon log "$T_TMP/$p.yaml" -d 21.09.2023 -D "Andre gang" \
	    -L "Kort" -N "Tredje gang?"
	n=$(wc -c <$X/$p.yaml)
	head -c "$n" "$T_TMP/$p.yaml" | cmp -s - $X/$p.yaml
	ok $? "$p: the leader's bytes are untouched"
	cp "$T_TMP/$p.yaml" "$T_TMP/out"
	golden $G/log-$p.yaml
	run 0 lp-aksjon status --today 2023-09-22 -f csv "$T_TMP/$p.yaml"
	contains "$out" ",2023-09-21,"
done
# A log in the middle of the file, in flow style, written "log: []",
# or missing: each gets the entry and keeps the rest.
printf 'leader: Per Ulvestad  # meg\nlog:   # her\n- date: 2023-06-01\n  did: |\n    Ein\n    to\n\n# slutt på loggen\ngroup: Godtog blanda\n' >"$T_TMP/a.yaml"
run 0 lp-aksjon log "$T_TMP/a.yaml" --date 2023-06-02 --did b
cp "$T_TMP/a.yaml" "$T_TMP/out"
golden $G/log-middle.yaml
printf 'leader: A\nlog: [{date: 2023-06-01, did: a}]  # flyt\ngroup: x\n' >"$T_TMP/b.yaml"
run 0 lp-aksjon log "$T_TMP/b.yaml" --date 2023-06-02 --did "b: c"
is "$(sed -n 2p "$T_TMP/b.yaml")" \
    'log: [{date: 2023-06-01, did: a}, {date: 2023-06-02, did: "b: c"}]  # flyt' \
    "a flow log gets a flow entry"
printf 'leader: A\nlog: []\ngroup: x' >"$T_TMP/c.yaml"
run 0 lp-aksjon log "$T_TMP/c.yaml" --date 2023-06-02 --did b
is "$(cat "$T_TMP/c.yaml")" "$(printf 'leader: A\nlog:\n  - date: 2023-06-02\n    did: "b"\ngroup: x')" \
    "'log: []' becomes a block list"
printf 'leader: A\ngroup: x' >"$T_TMP/d.yaml"
run 0 lp-aksjon log "$T_TMP/d.yaml" --date 2023-06-02 --did b
is "$(cat "$T_TMP/d.yaml")" "$(printf 'leader: A\ngroup: x\nlog:\n  - date: 2023-06-02\n    did: "b"')" \
    "a missing log is added at the end"

# A file saved with CRLF line ends (Windows) gets CRLF; a BOM stays.
printf '\357\273\277leader: A\r\nlog:\r\n  - date: 2023-06-01\r\n    did: a\r\ngroup: x\r\n' >"$T_TMP/e.yaml"
run 0 lp-aksjon log "$T_TMP/e.yaml" --date 2023-06-02 --did b --next c
printf '\357\273\277leader: A\r\nlog:\r\n  - date: 2023-06-01\r\n    did: a\r\n  - date: 2023-06-02\r\n    did: "b"\r\n    next: "c"\r\ngroup: x\r\n' >"$T_TMP/e.want"
cmp -s "$T_TMP/e.yaml" "$T_TMP/e.want"
ok $? "CRLF and a BOM are kept"

# Refusals: no text (2), a bad date (2), no file (66), a bad plan (65,
# untouched), a file that is not a plan (65).
cp $X/guro-haugen.yaml "$T_TMP/g.yaml"
run 2 lp-aksjon log "$T_TMP/g.yaml" --did ""
contains "$err" "a log entry needs text: --did TEXT"
run 2 lp-aksjon log "$T_TMP/g.yaml" --did "   "
run 2 lp-aksjon log "$T_TMP/g.yaml"
run 2 lp-aksjon log "$T_TMP/g.yaml" --did x --date 2023-13-01
contains "$err" "--date: '2023-13-01'"
run 2 lp-aksjon log --did x
run 2 lp-aksjon log "$T_TMP/g.yaml" "$T_TMP/g.yaml" --did x
run 2 lp-aksjon log "$T_TMP/g.yaml" --did "$(printf 'caf\351')"
contains "$err" "not UTF-8"
run 66 lp-aksjon log "$T_TMP/nope.yaml" --did x
contains "$err" "nope.yaml: no such plan"
[ ! -e "$T_TMP/nope.yaml" ]
ok $? "no plan is created by log"
# A plan in a folder that is not there, or behind a dangling link, is
# the same missing input (66), not an output that cannot be made (73).
run 66 lp-aksjon log "$T_TMP/no-such-folder/p.yaml" --did x
contains "$err" "no-such-folder/p.yaml: no such plan"
ln -s "$T_TMP/gone.yaml" "$T_TMP/dangling.yaml"
run 66 limited 10 unlimited lp-aksjon log "$T_TMP/dangling.yaml" --did x
contains "$err" "dangling.yaml: a symbolic link to "
[ ! -e "$T_TMP/gone.yaml" ]
ok $? "no plan is created through a dangling link"
rm -f "$T_TMP/dangling.yaml"
cp tests/bad/aksjon/unknown-behaviour.yaml "$T_TMP/bad.yaml"
run 65 lp-aksjon log "$T_TMP/bad.yaml" --did x
cmp -s tests/bad/aksjon/unknown-behaviour.yaml "$T_TMP/bad.yaml"
ok $? "a bad plan is left as it was"
printf -- '- a\n- b\n' >"$T_TMP/list.yaml"
run 65 lp-aksjon log "$T_TMP/list.yaml" --did x
is "$(ls -A "$T_TMP" | grep -c '^\.')" 0 "no temporary file is left behind"

# 50 appends at once keep all 50 entries.
cp $X/guro-haugen.yaml "$T_TMP/c50.yaml"
i=1
while [ $i -le 50 ]; do
	lp-aksjon log "$T_TMP/c50.yaml" --date 2023-09-20 --did "samtidig $i" \
	    2>>"$T_TMP/c50.err" &
	i=$((i + 1))
done
wait
is "$(cat "$T_TMP/c50.err")" "" "50 concurrent appends report no error"
is "$(grep -c 'did: "samtidig [0-9]*"' "$T_TMP/c50.yaml")" 50 \
    "50 concurrent appends keep 50 entries"
is "$(grep -o 'samtidig [0-9]*' "$T_TMP/c50.yaml" | sort -u | wc -l)" 50 \
    "each of the 50 is there once"
run 0 lp-aksjon status -f csv "$T_TMP/c50.yaml"

# Killed at random points: the file always loads and holds every entry
# whose command exited 0. LP_CRASH_RUNS sets the runs (default 200).
# Under make valgrind a run takes longer than any delay; 10 will do.
if [ -n "${LP_VALGRIND:-}" ]; then
	runs=${LP_CRASH_RUNS:-10}
else
	runs=${LP_CRASH_RUNS:-200}
fi
mkdir "$T_TMP/crash"
cp $X/guro-haugen.yaml "$T_TMP/crash/p.yaml"
awk -v n="$runs" 'BEGIN { srand(20230516); for (i = 1; i <= n; i++)
    printf "%d %.4f\n", i, rand() * 0.012 }' >"$T_TMP/delays"
bad=
acked=0
while read -r i d; do
	timeout -s KILL "$d" lp-aksjon log "$T_TMP/crash/p.yaml" \
	    --date 2023-09-20 --did "krasj $i" >/dev/null 2>&1
	if [ $? -eq 0 ]; then
		echo "krasj $i\"" >>"$T_TMP/acked"
		acked=$((acked + 1))
	fi
	if ! lp-aksjon status -f csv "$T_TMP/crash/p.yaml" >/dev/null 2>&1; then
		bad="run $i: the plan does not load"
		break
	fi
done <"$T_TMP/delays"
is "${bad:-fine}" fine "$runs runs killed at random points: the plan always loads"
missing=0
if [ -s "$T_TMP/acked" ]; then
	missing=$(grep -Fvxf /dev/null "$T_TMP/acked" | while read -r a; do
	    grep -qF "did: \"$a" "$T_TMP/crash/p.yaml" || echo "$a"; done | wc -l)
fi
is "$missing" 0 "every acknowledged entry is there ($acked of $runs acknowledged)"
diag "crash test: $runs runs, $acked acknowledged," \
    "$(grep -c 'did: "krasj' "$T_TMP/crash/p.yaml") entries in the file," \
    "$(ls -A "$T_TMP/crash" | grep -c '^\.p\.yaml\.') temporary files left by SIGKILL"

# The next log removes what killed ones left: temporary files named as
# lp_replace names them, but not the user's look-alikes. A name of six
# lower-case letters (mkstemp draws one in 200) is taken for the user's
# ".p.yaml.backup" and stays.
left=$(ls -A "$T_TMP/crash" | grep -c '^\.p\.yaml\.')
run 0 lp-aksjon log "$T_TMP/crash/p.yaml" --date 2023-09-21 --did "etter krasj"
is "$(ls -A "$T_TMP/crash" | grep -v '^\.p\.yaml\.[a-z][a-z][a-z][a-z][a-z][a-z]$')" \
    "p.yaml" "the next log removes the $left temporary files of killed runs"
contains "$(cat "$T_TMP/crash/p.yaml")" 'did: "etter krasj"'
mkdir "$T_TMP/sweep"
cp $X/guro-haugen.yaml "$T_TMP/sweep/p.yaml"
for f in .p.yaml.aB3xYz .p.yaml.ABC123 .p.yaml.backup .p.yaml.aB3xY \
    .p.yaml.aB3x-z .q.yaml.aB3xYz p.yaml.aB3xYz; do
	echo x >"$T_TMP/sweep/$f"
done
ln -s p.yaml "$T_TMP/sweep/.p.yaml.Zz9Zz9"
run 0 lp-aksjon log "$T_TMP/sweep/p.yaml" --did x
is "$(ls -A "$T_TMP/sweep" | tr '\n' ' ')" \
    ".p.yaml.Zz9Zz9 .p.yaml.aB3x-z .p.yaml.aB3xY .p.yaml.backup .q.yaml.aB3xYz p.yaml p.yaml.aB3xYz " \
    "only leftovers are removed (not a link, a backup, another plan's)"

# A full disk (a file size limit; we may run as root): exit 74, the
# original byte-identical, no temporary file.
mkdir "$T_TMP/full"
cp $X/guro-haugen.yaml "$T_TMP/full/p.yaml"
(ulimit -f 2 && exec lp-aksjon log "$T_TMP/full/p.yaml" --did "fullt") \
    >/dev/null 2>"$T_TMP/full.err"
is "$?" 74 "a full disk exits 74"
contains "$(cat "$T_TMP/full.err")" "p.yaml: File too large"
cmp -s $X/guro-haugen.yaml "$T_TMP/full/p.yaml"
ok $? "a full disk leaves the plan byte-identical"
is "$(ls -A "$T_TMP/full")" "p.yaml" "a full disk leaves no temporary file"

# A really full file system, when we may mount a tiny tmpfs: the same.
mkdir "$T_TMP/tfs"
if mount -t tmpfs -o size=16k tmpfs "$T_TMP/tfs" 2>/dev/null; then
	cp $X/guro-haugen.yaml "$T_TMP/tfs/p.yaml"
	dd if=/dev/zero of="$T_TMP/tfs/fill" bs=1k count=64 2>/dev/null
	lp-aksjon log "$T_TMP/tfs/p.yaml" --did "fullt" >/dev/null \
	    2>"$T_TMP/tfs.err"
	is "$?" 74 "a full tmpfs exits 74"
	contains "$(cat "$T_TMP/tfs.err")" "No space left on device"
	cmp -s $X/guro-haugen.yaml "$T_TMP/tfs/p.yaml"
	ok $? "a full tmpfs leaves the plan byte-identical"
	is "$(ls -A "$T_TMP/tfs" | tr '\n' ' ')" "fill p.yaml " \
	    "a full tmpfs leaves no temporary file"
	umount "$T_TMP/tfs"
else
	skip "cannot mount a tmpfs (not root?)"
	skip "cannot mount a tmpfs"
	skip "cannot mount a tmpfs"
	skip "cannot mount a tmpfs"
fi

done_testing
