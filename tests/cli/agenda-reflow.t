#!/bin/sh
# lp-agenda reflow: the delay lands on the running item, flexible items
# give time back, pinned items move only when they must, and nothing
# else in the file changes (checked with diff).
. "$LP_TOP/tests/cli/lib.sh"
G=tests/cli/golden/agenda
D=examples/samling1.yaml
unset LP_LANG

# 10 minutes late at 10:00: the pause grew, the flexible talk gives 10.
LP_LANG=en run 0 lp-agenda reflow --from 10:00 --delay 10m $D
golden $G/reflow-1000-10m.yaml
contains "$err" "samling1.yaml:35:15: 'Det store fremtidsbildet – attraktiv arbeidsgiver og attraktiv kommune' gives up 10 min (now 50 min)"
diff $D "$T_TMP/out" >"$T_TMP/diff"
is "$(grep -c '^[<>]' "$T_TMP/diff")" 4 "only two lines change"
contains "$(cat "$T_TMP/diff")" ">     duration: 25m" "the pause took the delay"
contains "$(cat "$T_TMP/diff")" ">     duration: 50m" "the flexible item gave 10 min"
lp-agenda reflow --from 10:00 --delay 10m $D 2>/dev/null \
    | lp-agenda render -f csv - >"$T_TMP/a.csv"
contains "$(cat "$T_TMP/a.csv")" "2023-04-18,11:30,12:15,45,break,Lunsj," "lunch stays at 11:30"
contains "$(cat "$T_TMP/a.csv")" "2023-04-18,10:10,11:00,50,item,Det store" "the talk starts 10:10"

# 70 minutes: the flexible item is down to 5 min, the pinned lunch moves.
LP_LANG=en run 0 lp-agenda reflow --from 10:00 --delay 70m $D
golden $G/reflow-1000-70m.yaml
contains "$err" "samling1.yaml:48:9: 'Lunsj' at 11:30 moves to 11:45: the items before it no longer fit"
contains "$err" "samling1.yaml:9:6: the day now ends at 15:45, 15 min past its end 15:30"
diff $D "$T_TMP/out" >"$T_TMP/diff"
contains "$(cat "$T_TMP/diff")" ">     at: 11:45               # kantina serverer 11.30" \
    "the comment after the rewritten value survives"

# After lunch nothing is flexible: the day runs late.
LP_LANG=en run 0 lp-agenda reflow --from 12:20 --delay 25m $D
contains "$err" "the day now ends at 15:55, 25 min past its end 15:30"
contains "$out" "    duration: 1h55m" "the running item took the delay, in the file's style"

# Before the first item: the day's start moves, in its own style.
run 0 lp-agenda reflow --from 08:00 --delay 5m $D
contains "$out" "start: 08:35"

# An item whose length came from its phases: the phase running at
# --from takes the delay, so the phases after it move with the item
# (they stayed put, and the item grew a duration key its phases did not
# fill); a template phase gets its own duration as an override.
cat >"$T_TMP/ph.yaml" <<'YAML'
title: Fasar
start: 09:00   # morgon
items:
  - title: Gruppeoppgåve
    phases: igp
  - title: Samtale
    duration: 30m
    flex: true
  - title: Slutt
YAML
LP_LANG=en run 0 lp-agenda reflow --from 09:28 --delay 10m "$T_TMP/ph.yaml"
golden $G/reflow-phases.yaml
contains "$out" "  - title: Gruppeoppgåve
    phases: {template: igp, P: 20m}" "the running phase took the delay"
contains "$err" "ph.yaml:5:13: phase 'P' of 'Gruppeoppgåve' takes the 10 min (now 20 min)"
# The running phase inside a list of phases, and a template's override:
# the phases after it move, ending where the item now ends.
run 0 lp-agenda reflow --from 09:10 --delay 5m $D
diff $D "$T_TMP/out" >"$T_TMP/diff"
contains "$(cat "$T_TMP/diff")" ">     duration: 1h5m" "the running item took the delay"
contains "$(cat "$T_TMP/diff")" "26a27
>         G: 20m" "its running phase G took it, as an override under template: igp"
lp-agenda render -f csv "$T_TMP/out" >"$T_TMP/r.csv"
contains "$(cat "$T_TMP/r.csv")" "2023-04-18,09:28,09:38,10,phase,P: Plenum" "the phases after it moved 5 min"
contains "$(cat "$T_TMP/r.csv")" "2023-04-18,09:38,09:48,10,phase,P: Menti" "the last one too"
# An item timed by its phases that runs on past them (into the gap
# before a pinned item): it gets a duration of its own.
cat >"$T_TMP/last.yaml" <<'YAML'
title: Etter fasane
start: 09:00
items:
  - title: Gruppeoppgåve
    phases: igp
  - {break: Pause, at: 10:00, duration: 15m}
YAML
run 0 lp-agenda reflow --from 09:40 --delay 10m "$T_TMP/last.yaml"
contains "$out" "  - title: Gruppeoppgåve
    duration: 38m
    phases: igp" "duration added under the title, the phases as they were"

# A flexible item whose phases fill it gives from its phases, the last
# first, each down to 5 min (it gave nothing, and said nothing); one
# with nothing left says so.
cat >"$T_TMP/fl.yaml" <<'YAML'
title: Fleks
start: 09:00
end: 11:00
items:
  - title: Innleiing
    duration: 30m
  - title: Gruppearbeid
    flex: true
    phases: igp
  - title: Kollegaveiledning
    flex: true
    duration: 50m
    phases:
      - template: kollegaveiledning
        advice: {text: Råd, duration: 15m}
  - {title: Avslutning, duration: 2m}
YAML
LP_LANG=en run 0 lp-agenda reflow --from 09:10 --delay 30m "$T_TMP/fl.yaml"
contains "$out" "    phases: {template: igp, G: 5m, P: 5m}" "the filled flexible item gave from G and P"
contains "$out" "        advice: {text: Råd, duration: 10m}" "the next one from its last phase it may shorten"
contains "$out" "    duration: 45m"
contains "$err" "fl.yaml:9:13: phase 'P' of 'Gruppearbeid' gives up 5 min (now 5 min)"
contains "$err" "fl.yaml:7:5: 'Gruppearbeid' gives up 15 min (now 13 min, all it can)"
contains "$err" "fl.yaml:12:15: 'Kollegaveiledning' gives up 5 min (now 45 min)"
lacks "$err" "the day now ends" "the day keeps its end"
lp-agenda reflow --from 09:10 --delay 30m "$T_TMP/fl.yaml" 2>/dev/null >"$T_TMP/fl2.yaml"
run 0 lp-agenda check "$T_TMP/fl2.yaml"
LP_LANG=en run 0 lp-agenda reflow --from 09:10 --delay 30m "$T_TMP/fl2.yaml"
contains "$err" "fl2.yaml:7:5: 'Gruppearbeid' is flexible but has nothing left to give (13 min, its phases at 5 min or less)"
contains "$err" "'Kollegaveiledning' gives up 20 min (now 25 min, all it can)"
contains "$err" "fl2.yaml:3:6: the day now ends at 11:10, 10 min past its end 11:00"

# A gap before a pinned item takes the delay before any flexible item.
cat >"$T_TMP/gap.yaml" <<'YAML'
title: Gap
start: 09:00
items:
  - {title: A, duration: 30m}
  - {title: B, duration: 30m}
  - {title: C, duration: 30m, flex: true}
  - {break: Lunsj, at: 11:00, duration: 45m}
YAML
LP_LANG=en run 0 lp-agenda reflow --from 09:30 --delay 20m "$T_TMP/gap.yaml"
contains "$out" "  - {title: A, duration: 50m}" "the running item took the delay (flow style kept)"
contains "$out" "  - {title: C, duration: 30m, flex: true}" "the gap took it back, the flexible item kept its time"
lacks "$err" "gives up"
LP_LANG=en run 0 lp-agenda reflow --from 09:30 --delay 40m "$T_TMP/gap.yaml"
contains "$out" "  - {title: C, duration: 20m, flex: true}" "past the gap, the flexible item gives"
contains "$err" "'C' gives up 10 min (now 20 min)"

# -i: in place, the same bytes as standard output; comments survive.
cp $D "$T_TMP/day.yaml"
lp-agenda reflow --from 10:00 --delay 10m $D >"$T_TMP/want.yaml" 2>/dev/null
run 0 lp-agenda reflow -i --from 10:00 --delay 10m "$T_TMP/day.yaml"
is "$out" "" "-i writes nothing to stdout"
cmp -s "$T_TMP/day.yaml" "$T_TMP/want.yaml"
ok $? "-i writes what stdout would"
LP_LANG=en run 0 lp-agenda reflow --in-place --from 10:00 --delay 0m "$T_TMP/day.yaml"
contains "$err" "nothing to move"
cmp -s "$T_TMP/day.yaml" "$T_TMP/want.yaml"
ok $? "a delay of 0 changes nothing"
grep -c '^ *#' $D >"$T_TMP/c1"
grep -c '^ *#' "$T_TMP/day.yaml" >"$T_TMP/c2"
cmp -s "$T_TMP/c1" "$T_TMP/c2"
ok $? "every comment is still there"

# A programme: the gathering of --date (or of today) is reflowed where it
# is written. An inline one: the programme comes out, with only that
# gathering's values changed.
P=examples/program.yaml
LP_LANG=en run 0 lp-agenda reflow --from 10:00 --delay 10m --date 2023-09-19 $P
golden $G/reflow-program-0919.yaml
contains "$err" "program.yaml:33:19: 'Formålsplakaten – første utkast' gives up 10 min (now 65 min)"
diff $P "$T_TMP/out" >"$T_TMP/diff"
is "$(grep -c '^[<>]' "$T_TMP/diff")" 4 "programme: only two lines change"
contains "$(cat "$T_TMP/diff")" ">         duration: 1h40m" "the running item took the delay"
contains "$(cat "$T_TMP/diff")" ">         duration: 1h5m" "the flexible item gave 10 min"
lp-agenda reflow --from 10:00 --delay 10m --date 2023-09-19 $P 2>/dev/null \
    >"$T_TMP/prog.yaml"
cp examples/samling1.yaml examples/samling2.yaml "$T_TMP/"
LP_LANG=en run 1 lp-agenda check "$T_TMP/prog.yaml"
lacks "$out" "error:" "the reflowed programme checks without errors"
lp-agenda render -f csv "$T_TMP/prog.yaml" >"$T_TMP/prog.csv"
contains "$(cat "$T_TMP/prog.csv")" "2023-09-19,11:45,12:30,45,break,Lunsj," "the pinned lunch stays at 11:45"
# An included day: that day file comes out (and is the one -i changes).
SOURCE_DATE_EPOCH=1681776000 run 0 lp-agenda reflow --from 10:00 --delay 10m $P
contains "$err" "program.yaml:9:14: 'Samling 1 – mål og rammer' is in examples/samling1.yaml; writing that file"
golden $G/reflow-1000-10m.yaml
mkdir "$T_TMP/p"
cp examples/*.yaml "$T_TMP/p/"
LP_LANG=en run 0 lp-agenda reflow -i --from 10:00 --delay 10m --date 2023-04-18 "$T_TMP/p/program.yaml"
contains "$err" "is in $T_TMP/p/samling1.yaml; changing that file"
cmp -s "$T_TMP/p/samling1.yaml" $G/reflow-1000-10m.yaml
ok $? "-i on a programme changes the included day file"
cmp -s "$T_TMP/p/program.yaml" $P
ok $? "-i on a programme leaves the programme itself alone"
LP_LANG=en run 65 lp-agenda reflow --from 10:00 --delay 10m --date 2023-04-19 $P
contains "$err" "program.yaml:9:3: no gathering on 2023-04-19"
SOURCE_DATE_EPOCH=1700000000 run 65 lp-agenda reflow --from 10:00 --delay 10m $P
contains "$err" "no gathering on 2023-11-14 (the gatherings: 2023-04-18, 2023-06-13, 2023-09-19, 2023-11-21); give --date"
LP_LANG=en run 65 lp-agenda reflow --from 10:00 --delay 10m --date 2023-04-19 $D
contains "$err" "samling1.yaml:6:7: 'Samling 1 – mål og rammer' is on 2023-04-18, not 2023-04-19"
run 0 lp-agenda reflow --from 10:00 --delay 10m --date 2023-04-18 $D
golden $G/reflow-1000-10m.yaml
run 2 lp-agenda reflow --from 10:00 --delay 10m --date 2023-02-30 $D

# -i never leaves a half file: a write that fails (the file size limit)
# keeps the old file whole and leaves no temporary file behind.
mkdir "$T_TMP/lim"
cp $D "$T_TMP/lim/day.yaml"
LP_LANG=en run 74 sh -c "trap '' XFSZ; ulimit -f 2; exec lp-agenda reflow -i --from 10:00 --delay 10m $T_TMP/lim/day.yaml"
contains "$err" "day.yaml: File too large"
cmp -s $D "$T_TMP/lim/day.yaml"
ok $? "-i: a failed write leaves the old file whole"
is "$(ls -A "$T_TMP/lim")" "day.yaml" "-i: no temporary file is left"
if [ "$(id -u)" -ne 0 ]; then
	chmod a-w "$T_TMP/lim"
	run 73 lp-agenda reflow -i --from 10:00 --delay 10m "$T_TMP/lim/day.yaml"
	chmod u+w "$T_TMP/lim"
	cmp -s $D "$T_TMP/lim/day.yaml"
	ok $? "-i in a read-only folder: 73, the file as it was"
else
	skip "running as root: a read-only folder does not stop us"
	skip "running as root"
	skip "running as root"
fi

# Usage and bad input.
LP_LANG=en run 2 lp-agenda reflow --delay 10m $D
contains "$err" "reflow needs --from and --delay"
run 2 lp-agenda reflow --from 10:00 $D
LP_LANG=en run 2 lp-agenda reflow --from 10:00 --delay 10 $D
contains "$err" "write 10m"
run 2 lp-agenda reflow --from 1000 --delay 10m $D
run 2 sh -c "lp-agenda reflow -i --from 10:00 --delay 10m - <$D"
LP_LANG=en run 65 lp-agenda reflow --from 10:00 --delay 10h examples/samling1.yaml
contains "$err" "past midnight"
LP_LANG=en run 65 lp-agenda reflow --from 10:00 --delay 10m tests/bad/agenda/overlap.yaml
contains "$err" "overlap.yaml:9:9:"
run 66 lp-agenda reflow -i --from 10:00 --delay 10m no-such.yaml

done_testing
