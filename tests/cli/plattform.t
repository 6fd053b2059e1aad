#!/bin/sh
# lp-plattform: every command and option on the bundled example, with a
# golden file per output format.
. "$LP_TOP/tests/cli/lib.sh"
LP_LANG=nb
SOURCE_DATE_EPOCH=1694563200	# 2023-09-13
export LP_LANG SOURCE_DATE_EPOCH
G=tests/cli/golden/plattform
EX=examples/plattform.yaml

run 0 lp-plattform -h
contains "$out" "usage: lp-plattform new"
contains "$out" "lp-plattform assess [-f text|csv|svg] [--excel] [--encoding enc] scores.csv"
run 0 lp-plattform status -h
contains "$out" "lp-plattform check [--max-principles n]"
# usage() against the man page SYNOPSIS: tests/cli/synopsis.t.
run 0 lp-plattform -V
is "$out" "lp-plattform 0.1.0" "version"
run 0 lp-plattform --version
run 0 lp-plattform plakat --help
contains "$out" "usage: lp-plattform"
run 2 lp-plattform
LP_LANG=en run 2 lp-plattform staus $EX
contains "$err" "did you mean 'status'?"
LP_LANG=en run 2 lp-plattform status
contains "$err" "status needs a file"
run 2 lp-plattform status $EX $EX
LP_LANG=en run 2 lp-plattform status -f html $EX
contains "$err" "status: -f is not an option of this command"
run 2 lp-plattform plakat -f svg $EX
run 2 lp-plattform plakat --draft 0 $EX
LP_LANG=en run 2 lp-plattform plakat --draft 9 $EX
contains "$err" "has 3 drafts"
run 2 lp-plattform plakat --paper a5 $EX
run 2 lp-plattform check --max-principles x $EX
run 2 lp-plattform check --min-share 101 $EX
LP_LANG=en run 2 lp-plattform ideas $EX
contains "$err" "needs --add"
run 2 lp-plattform ideas -i --add examples/temaer.csv -
run 2 lp-plattform new --lang de
run 2 lp-plattform new $EX
run 2 lp-plattform -x status
run 66 lp-plattform status no-such-file.yaml
run 66 lp-plattform check --roster no-such.csv $EX
run 66 lp-plattform assess no-such.csv

# status
run 0 lp-plattform status $EX
golden $G/status.txt
contains "$out" "Arbeidet står på trinn 4"
run 0 lp-plattform status - < $EX
golden $G/status.txt

# check: målrettet, forankret, konsistent, ideas
run 1 lp-plattform check $EX
golden $G/check.txt
contains "$out" "plattform.yaml:147:9: målrettet: kjennetegnet «Tillit»"
contains "$out" "«Lojale» er ikke slått sammen"
contains "$out" "«Mal for medarbeidersamtale» (conflict)"
run 1 lp-plattform check $EX --roster examples/deltakere.csv
golden $G/check-roster.txt
contains "$out" "31 av 34 ledere (91 %)"
contains "$out" "
forankret: ikke hørt: Lars Opsahl (borte)" \
    "an away leader is shown as away, and is no finding"
lacks "$out" "deltakere.csv:13:" "the away leader's row is not pointed at"
contains "$out" "borte telles ikke med" "away leaders are not counted"
contains "$out" "examples/deltakere.csv:35:1: forankret: ikke hørt: Leif Valle" \
    "a leader not heard points at her roster row"
contains "$out" "examples/deltakere.csv:37:1: forankret: ikke hørt: Njål Åmodt"
lacks "$out" "Kari Nordbø" "Kari Nordbø is anchored"
lacks "$out" "ikke hørt: Åse Aasen" "' åse  aasen' matches Åse Aasen"
run 1 lp-plattform check --min-share 80 --roster examples/deltakere.csv $EX
lacks "$out" "deltakere.csv:35:1:" "missing leaders are no finding over --min-share"
contains "$out" "
forankret: ikke hørt: Leif Valle"
contains "$out" "5 funn" "the missing five are not counted"
run 1 lp-plattform check --max-principles 3 $EX
contains "$out" "4 prinsipp er for mange (høyst 3)"
run 1 lp-plattform check tests/bad/plattform/roster-name.yaml \
	--roster tests/bad/plattform/roster.csv
contains "$out" "roster-name.yaml:11:9: forankret: «Kari Nordbøe» står ikke i tests/bad/plattform/roster.csv; mente du «Kari Nordbø»?"
contains "$out" "1 av 2 ledere (50 %)"
# A platform that passes every check exits 0.
cat > "$T_TMP/good.yaml" <<'YAML'
lang: en
principles:
  - name: Gi retning
    traits:
      - Vi prioriterer sammen og står bak prioriteringene
      - Vi setter målbare mål for de tilsette
ideas:
  - text: Kunne prioritere bedre
    principle: gi  retning
anchoring:
  - names: [Åse Aasen, KARI NORDBØ]
consistency:
  - document: Arbeidsgiverpolitikk
    status: aligned
YAML
run 0 lp-plattform check "$T_TMP/good.yaml" --roster tests/bad/plattform/roster.csv
contains "$out" "ok: målrettet, forankret and konsistent"
contains "$out" "2 of 2 leaders (100%) took part"

# plakat in each format, and --draft, --paper
run 0 lp-plattform plakat $EX
golden $G/plakat.html
contains "$out" "<strong>MERVERDI</strong>"
contains "$out" "size: A4 portrait"
run 0 lp-plattform plakat -f html --paper a3 $EX
golden $G/plakat-a3.html
contains "$out" "size: A3 portrait"
run 0 lp-plattform plakat -f md $EX
golden $G/plakat.md
run 0 lp-plattform plakat -f text $EX
golden $G/plakat.txt
run 0 lp-plattform plakat -f text --draft 1 $EX
golden $G/plakat-draft1.txt
contains "$out" "Utkast 1 av 3, tirsdag 18. april 2023"
contains "$out" " 10. Være faglig kompetente og faglig trygge"
run 0 lp-plattform plakat --format=md --draft=2 $EX
contains "$out" "5. Være rollemodeller"

# assess in each format
run 0 lp-plattform assess examples/ledergruppe-scores.csv
golden $G/assess.txt
contains "$out" "Svakest: Kontinuerlig forbedring (snitt 2.1)"
run 0 lp-plattform assess -f csv examples/ledergruppe-scores.csv
golden $G/assess.csv
contains "$out" "Kontinuerlig forbedring,2.13,0.64,8,1,3,yes"
run 0 lp-plattform assess -f svg examples/ledergruppe-scores.csv
golden $G/assess.svg
contains "$out" "<svg"
run 0 env LP_LANG=en lp-plattform assess examples/ledergruppe-scores.csv
contains "$out" "Weakest: Continuous improvement (mean 2.1)"
# Nynorsk and English headers, a decimal comma and an empty cell.
printf 'namn,formål,utviklingsmål,gruppenormer,saker,sakshandsaming,årshjul og møtestruktur,kontinuerleg forbetring\nA,"4,5",3,3,4,3,4,\nB,4,3,3,4,3,4,5\n' >"$T_TMP/nn.csv"
run 0 env LP_LANG=nn lp-plattform assess -f csv "$T_TMP/nn.csv"
contains "$out" "Formål,4.25,0.35,2,4,4.5,"
contains "$out" "Kontinuerleg forbetring,5.00,0.00,1,5,5,"
contains "$out" "Utviklingsmål,3.00,0.00,2,3,3,yes"

# new, in each language; each template loads
for l in nb nn en; do
	run 0 lp-plattform new --lang $l
	golden $G/new-$l.yaml
	cp "$T_TMP/out" "$T_TMP/new-$l.yaml"
	run 0 lp-plattform status "$T_TMP/new-$l.yaml"
done
run 0 env LP_LANG=nn lp-plattform new
contains "$out" "lang: nn"

# A full stdout is a write error.
if [ -w /dev/full ]; then
	lp-plattform plakat $EX >/dev/full 2>"$T_TMP/err"
	is "$?" 74 "plakat to /dev/full exits 74"
	lp-plattform status $EX >/dev/full 2>/dev/null
	is "$?" 74 "status to /dev/full exits 74"
else
	skip "no /dev/full"
	skip "no /dev/full"
fi
done_testing
