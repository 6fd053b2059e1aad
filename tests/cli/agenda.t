#!/bin/sh
# lp-agenda: usage, render in every format and language, check, now, new.
. "$LP_TOP/tests/cli/lib.sh"
G=tests/cli/golden/agenda
D=examples/samling1.yaml
P=examples/program.yaml
export SOURCE_DATE_EPOCH=1681776000	# 2023-04-18, Samling 1's day
unset LP_LANG

# Usage.
run 0 lp-agenda -h
contains "$out" "usage: lp-agenda render"
run 0 lp-agenda render -h
contains "$out" "lp-agenda reflow --from HH:MM"
run 0 lp-agenda --help
contains "$out" "lp-agenda new [--lang nb|nn|en]"
for c in check ics reflow now new; do
	run 0 lp-agenda $c -h
	contains "$out" "usage: lp-agenda" "$c -h prints the usage"
done
# usage() against the man page SYNOPSIS: tests/cli/synopsis.t.
run 0 lp-agenda -V
is "$out" "lp-agenda 0.1.0" "-V prints the version"
run 0 lp-agenda --version
is "$out" "lp-agenda 0.1.0" "--version prints the version"
run 2 lp-agenda
LP_LANG=en run 2 lp-agenda frobnicate
contains "$err" "unknown command 'frobnicate'"
LP_LANG=en run 2 lp-agenda rendr $D
is "$err" "lp-agenda: unknown command 'rendr' (did you mean 'render'?)
run 'lp-agenda -h' for usage" "a misspelt command: the nearest, not the usage"
run 2 lp-agenda render -f pdf $D
LP_LANG=en run 2 lp-agenda render --lang se $D
contains "$err" "unknown language 'se'"
run 2 lp-agenda render $D $D
run 2 lp-agenda render --nope $D
# Another command's option is named as an option, without the usage.
LP_LANG=en run 2 lp-agenda render --items $D
is "$err" "lp-agenda: render: --items is not an option of this command
run 'lp-agenda -h' for usage" "render --items: named"
LP_LANG=en run 2 lp-agenda ics --from 10:00 $D
contains "$err" "lp-agenda: ics: --from is not an option of this command"
LP_LANG=en run 2 lp-agenda check --in-place $D
contains "$err" "lp-agenda: check: --in-place is not an option of this command"
LP_LANG=en run 2 lp-agenda now --format csv $D
contains "$err" "lp-agenda: now: --format is not an option of this command"
LP_LANG=en run 2 lp-agenda new --excel
contains "$err" "lp-agenda: new: --excel is not an option of this command"
lacks "$err" "usage:"
run 2 lp-agenda new extra
run 2 lp-agenda now --time 25:00 $D
run 66 lp-agenda render no-such-file.yaml

# render: every format, the day and the programme.
for f in text md html csv yaml; do
	run 0 lp-agenda render -f $f $D
	golden $G/samling1.$f
done
run 0 lp-agenda render $D
golden $G/samling1.text
run 0 lp-agenda render --format md --lang en $D
golden $G/samling1-en.md
run 0 lp-agenda render --lang nn $D
golden $G/samling1-nn.text
contains "$out" "tysdag 18. april 2023" "nynorsk date"
contains "$out" "kl. 08.30" "Norwegian clock"
run 0 lp-agenda render --lang en $D
contains "$out" "Tuesday 18 April 2023" "English date"
run 0 lp-agenda render $D
contains "$out" "tirsdag 18. april 2023" "bokmål date"
for t in 08.30–08.45 08.45–09.45 09.45–10.00 10.00–11.00 11.00–11.30 \
    11.30–12.15 12.15–13.45 13.45–14.00 14.00–15.15 15.15–15.30 "15.30  "; do
	contains "$out" "$t" "the seed's time $t"
done
LP_LANG=en run 0 lp-agenda render examples/samling2.yaml
contains "$out" "tysdag 13. juni 2023" "the day's own lang: beats LP_LANG"
for f in text md html csv yaml; do
	run 0 lp-agenda render -f $f $P
	golden $G/program.$f
done
run 0 lp-agenda render -f csv $D
is "$(echo "$out" | head -1)" "date,start,end,minutes,kind,title,by" "csv header"
contains "$out" "2023-04-18,09:05,09:08,3,phase,I: Individuell refleksjon," \
    "csv phase row"
contains "$out" "2023-04-18,11:30,12:15,45,break,Lunsj," "csv break row"

# --excel: CSV as Excel in Norway reads it (BOM, ;, CRLF), and a cell
# Excel would run as a formula (=, +, -, @, tab, CR) is kept as text.
cat >"$T_TMP/formula.yaml" <<'YAML'
title: Formlar
start: 09:00
items:
  - {title: '=HYPERLINK("http://x.invalid","klikk")', duration: 10m, by: "@SUM(A1)"}
  - {title: "+cmd|' /C calc'!A0", duration: 10m, by: "\tTab"}
  - {title: "-2+3", duration: 10m, by: "\rCR"}
  - {title: "Vanleg; med semikolon", duration: 1h}
YAML
run 0 lp-agenda render -f csv --excel "$T_TMP/formula.yaml"
is "$(head -c 3 "$T_TMP/out" | od -An -tx1 | tr -d ' ')" "efbbbf" "--excel: a BOM"
is "$(grep -c "$(printf '\r')\$" "$T_TMP/out")" 5 "--excel: CRLF on every line"
contains "$out" "date;start;end;minutes;kind;title;by" "--excel: ; between fields"
contains "$out" ";09:00;09:10;10;item;\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"klikk\"\")\";'@SUM(A1)" "=HYPERLINK and @SUM kept as text"
contains "$out" "item;'+cmd|' /C calc'!A0;\"'$(printf '\t')Tab\"" "+cmd and a tab kept as text"
contains "$out" "item;'-2+3;\"'$(printf '\r')CR\"" "-2+3 and a CR kept as text"
contains "$out" ";\"Vanleg; med semikolon\";" "a ; in a cell is quoted"
run 0 lp-agenda render -f csv "$T_TMP/formula.yaml"
contains "$out" ",\"=HYPERLINK(" "without --excel: RFC 4180 as it was"
LP_LANG=en run 2 lp-agenda render --excel "$T_TMP/formula.yaml"
contains "$err" "--excel is for -f csv"

# The resolved YAML reads back with the same times and checks clean.
lp-agenda render -f yaml $D >"$T_TMP/resolved.yaml"
run 0 lp-agenda check "$T_TMP/resolved.yaml"
is "$out" "" "resolved yaml checks clean"
run 0 lp-agenda render -f csv "$T_TMP/resolved.yaml"
lp-agenda render -f csv $D >"$T_TMP/a.csv"
is "$out" "$(cat "$T_TMP/a.csv")" "resolved yaml gives the same times"
lp-agenda render -f yaml $P >"$T_TMP/resolved-p.yaml"
run 1 lp-agenda check "$T_TMP/resolved-p.yaml"
lp-agenda render -f csv $P >"$T_TMP/p.csv"
run 0 lp-agenda render -f csv "$T_TMP/resolved-p.yaml"
is "$out" "$(cat "$T_TMP/p.csv")" "resolved programme gives the same times"

# Standard input, LC_ALL=C, a full disk.
run 0 sh -c "lp-agenda render - <$D"
golden $G/samling1.text
LC_ALL=C run 0 lp-agenda render $D
golden $G/samling1.text
if [ -w /dev/full ]; then
	run 74 sh -c "lp-agenda render $D >/dev/full"
	run 74 sh -c "lp-agenda ics $P >/dev/full"
else
	skip "no /dev/full"
	skip "no /dev/full"
fi

# check.
run 0 lp-agenda check $D examples/samling2.yaml
is "$out" "" "the example days check clean"
run 1 lp-agenda check $P
golden $G/check-program.txt
run 1 lp-agenda check tests/bad/agenda/check/day.yaml \
    tests/bad/agenda/check/programme.yaml
golden $G/check-findings.txt
contains "$out" "day.yaml:14:9: a gap of 25 min before 'Pause' at 09:30"
contains "$out" "day.yaml:17:9: error: 'Foredrag' at 09:40 overlaps 'Pause'"
contains "$out" "day.yaml:4:6: the day ends at 11:10, 10 min past its end 11:00"
contains "$out" "day.yaml:12:13: error: the phases of 'Gruppeoppgave' take 28 min"
contains "$out" "day.yaml:9:5: error: 'Uten varighet' has no duration"
contains "$out" "programme.yaml:15:30: Gygrene meets on 2023-04-18, the day of 'Samling 1'"
contains "$out" "programme.yaml:17:30: Blåveis meets twice on 2023-05-02"
contains "$out" "programme.yaml:18:56: RLG's meeting on 2023-05-03 is proposed"
contains "$out" "programme.yaml:19:26: the date of RLG's meeting 2 is not known yet"
LP_LANG=en run 65 lp-agenda check tests/bad/agenda/unknown-key.yaml $D
contains "$err" "unknown-key.yaml:6:5:" "check goes on after a bad file"
run 66 lp-agenda check no-such-file.yaml

# now, for the timekeeper.
run 0 lp-agenda now --time 09:10 $D
golden $G/now-0910.txt
contains "$out" "35 min igjen"
contains "$out" "Fase: G: Runde i gruppa (rekkefremlegg) (09.08–09.23, 15 min)"
contains "$out" "13 min igjen av fasen"
contains "$out" "Neste fase: P: Plenum (09.23–09.33, 10 min)"
contains "$out" "Neste: kl. 09.45 Pause (15 min), om 35 min"
run 0 lp-agenda now --time 08:00 $D
contains "$out" "Dagen starter om 30 min."
run 0 lp-agenda now --time 16:00 $D
contains "$out" "Dagen er slutt (kl. 15.30)."
run 0 lp-agenda now --time 12:50 --lang en examples/samling2.yaml
golden $G/now-en.txt
contains "$out" "Phase: Questions from the group (12:50–13:00, 10 min)"
contains "$out" "Note: Kvar gruppe vel ein sakseigar før start." "the facilitator's notes"
# A programme: the gathering of today (SOURCE_DATE_EPOCH is 2023-04-18).
LP_LANG=en run 0 lp-agenda now --time 11:40 $P
contains "$out" "Nå: Lunsj (11.30–12.15)"
SOURCE_DATE_EPOCH=1700000000 run 65 lp-agenda now --time 11:40 $P
contains "$err" "program.yaml:9:3: no gathering on 2023-11-14 (the gatherings: 2023-04-18, 2023-06-13, 2023-09-19, 2023-11-21); give --date" \
    "no gathering today: the dates there are, at file:line:col"
# --date picks the gathering of another day, whatever today is.
SOURCE_DATE_EPOCH=1700000000 run 0 lp-agenda now --time 12:50 --date 2023-06-13 $P
contains "$out" "kl. 12.50  Samling 2 – lederplattform og kollegarettleiing"
contains "$out" "Fase: Spørsmål frå gruppa (12.50–13.00, 10 min)" "--date: phase by phase in the included day"
run 0 lp-agenda now --time 09:00 --date 19.09.2023 $P
contains "$out" "Nå: Ledergruppeutvikling – sju områder (08.45–10.15)" "--date: an inline gathering"
LP_LANG=en run 65 lp-agenda now --time 09:00 --date 2023-06-14 $P
contains "$err" "program.yaml:9:3: no gathering on 2023-06-14 (the gatherings: 2023-04-18, 2023-06-13, 2023-09-19, 2023-11-21)"
lacks "$err" "give --date"
run 0 lp-agenda now --time 09:00 --date 2023-04-18 $D
LP_LANG=en run 65 lp-agenda now --time 09:00 --date 2023-04-19 $D
contains "$err" "samling1.yaml:6:7: 'Samling 1 – mål og rammer' is on 2023-04-18, not 2023-04-19" \
    "a day file on another date is refused"
# By the clock (no --time) on another day than the day file's: which day
# it is and how it starts, not "the day is over" (or "starts in ...").
SOURCE_DATE_EPOCH=1700000000 run 0 lp-agenda now $D
contains "$out" "Samling 1 – mål og rammer er tirsdag 18. april 2023, ikke i dag (tirsdag 14. november 2023)."
contains "$out" "Først: kl. 08.30 Velkommen til første ledersamling (15 min)"
lacks "$out" "slutt"
lacks "$out" "starter om"
SOURCE_DATE_EPOCH=1700000000 run 0 lp-agenda now --lang en $D
contains "$out" "is on Tuesday 18 April 2023, not today (Tuesday 14 November 2023)."
SOURCE_DATE_EPOCH=1700000000 run 0 lp-agenda now --lang nn $D
contains "$out" "ikkje i dag"
contains "$out" "Fyrst: kl. 08.30"
# On its own day (SOURCE_DATE_EPOCH is 2023-04-18) the clock's view.
run 0 lp-agenda now $D
lacks "$out" "i dag" "on the day: the view by the clock"
LP_LANG=en run 2 lp-agenda now --date 2023-13-01 $D
contains "$err" "--date 2023-13-01:"
run 2 lp-agenda now --date tomorrow $D

# new: a template that checks clean in every language.
for l in nb nn en; do
	lp-agenda new --lang $l >"$T_TMP/new.yaml"
	run 0 lp-agenda check "$T_TMP/new.yaml"
	is "$out" "" "new --lang $l checks clean"
done
run 0 lp-agenda new --lang nb
golden $G/new-nb.yaml
run 0 lp-agenda new --lang nn
contains "$out" "lang: nn"

# A phase's mode is I, G, P or any word: one or two letters are a tag
# before the text (æøå count as letters, not bytes), a word is a name.
cat >"$T_TMP/modes.yaml" <<'YAML'
title: Modus
start: 09:00
items:
  - title: Øvelse
    phases:
      - {mode: Film, text: Se filmen, duration: 10m}
      - {mode: ÆØ, text: Par, duration: 5m}
      - {mode: Øvelse, text: Alene, duration: 5m}
YAML
run 0 lp-agenda render -f csv "$T_TMP/modes.yaml"
contains "$out" ",09:00,09:10,10,phase,Se filmen," "a word mode: only the text"
contains "$out" ",09:10,09:15,5,phase,ÆØ: Par," "two letters of two bytes each: a tag"
contains "$out" ",09:15,09:20,5,phase,Alene," "a word with ø: only the text"
run 0 lp-agenda check "$T_TMP/modes.yaml"

# make demo's part: the example's handout and calendar, from our goldens.
mkdir "$T_TMP/demo"
run 0 env OUT="$T_TMP/demo" sh examples/demo-agenda.sh
contains "$out" "out/agenda.html"
contains "$out" "out/programme.ics"
cmp -s "$T_TMP/demo/agenda.html" $G/samling1.html
ok $? "make demo: agenda.html is Samling 1's handout"
cmp -s "$T_TMP/demo/programme.ics" $G/program.ics
ok $? "make demo: programme.ics is the programme's calendar"
contains "$(cat "$T_TMP/demo/agenda-now.txt")" "Fase: Spørsmål frå gruppa" \
    "make demo: the timekeeper's view"
is "$(head -c 3 "$T_TMP/demo/programme-excel.csv" | od -An -tx1 | tr -d ' ')" "efbbbf" \
    "make demo: the Excel CSV"
is "$(grep -c '^SUMMARY:Nettverksmøte: Blåveis' "$T_TMP/demo/blaveis.ics")" 2 \
    "make demo: Blåveis' calendar"
contains "$(cat "$T_TMP/demo/samling1-reflowed.txt")" "phase 'G' of 'Mål og rammer for lederutviklingsprogrammet' takes the 10 min" \
    "make demo: the reflow says what moved"

done_testing
