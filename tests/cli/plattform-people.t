#!/bin/sh
# lp-plattform and lib's one convention: rosters and groups files read
# by lp_people_load (Gruppe;Navn, away statuses), away leaders never
# required, names matched with a suggestion, options named in messages,
# ideas --date, assess --excel, and no terminal escape or raw HTML in
# text and Markdown.
. "$LP_TOP/tests/cli/lib.sh"
LP_LANG=nb
SOURCE_DATE_EPOCH=1694563200	# 2023-09-13
export LP_LANG SOURCE_DATE_EPOCH
EX=examples/plattform.yaml

cat >"$T_TMP/p.yaml" <<'YAML'
lang: nb
principles:
  - name: Gi retning
    traits:
      - Vi prioriterer sammen og står bak prioriteringene
      - Vi setter målbare mål for de tilsette
anchoring:
  - how: took-part
    names: [Åse Aasen, Blaaveis Berit]
consistency:
  - document: Arbeidsgiverpolitikk
    status: aligned
YAML
# A groups file as the roster: Gruppe;Navn, Fraværende and permisjon
# are away, and away leaders are not required: 2 of 2 is 100 %.
printf 'Gruppe;Navn;Status\nA;Åse Aasen;\nA;Bjørn Bø;Fraværende\nB;Blåveis Berit;\nB;Cecilie Dalen;permisjon\n' \
    >"$T_TMP/g.csv"
run 0 lp-plattform check "$T_TMP/p.yaml" --roster "$T_TMP/g.csv"
contains "$out" "forankret: 2 av 2 ledere (100 %) har deltatt"
contains "$out" "forankret: ikke hørt: Bjørn Bø (borte)" "Fraværende is away"
contains "$out" "forankret: ikke hørt: Cecilie Dalen (borte)" "permisjon is away"
contains "$out" "ok: målrettet, forankret og konsistent" "away leaders are no finding"
lacks "$out" "står ikke i" "'Blaaveis Berit' is Blåveis Berit (å = aa)"
# The same with the statuses cleared: two leaders not heard, 50 %.
printf 'navn,status\nÅse Aasen,\nBjørn Bø,\nBlåveis Berit,\nCecilie Dalen,\n' >"$T_TMP/r.csv"
run 1 lp-plattform check "$T_TMP/p.yaml" --roster "$T_TMP/r.csv"
contains "$out" "2 av 4 ledere (50 %)"
contains "$out" "r.csv:3:1: forankret: ikke hørt: Bjørn Bø"
# A misspelt name: the nearest as a suggestion, in English too.
sed 's/Blaaveis Berit/Blåveis Bert/' "$T_TMP/p.yaml" >"$T_TMP/q.yaml"
run 1 lp-plattform check "$T_TMP/q.yaml" --roster "$T_TMP/g.csv"
contains "$out" "q.yaml:9:24: forankret: «Blåveis Bert» står ikke i $T_TMP/g.csv; mente du «Blåveis Berit»?"
# A roster that is not one: no name column.
printf 'who,status\nA,\n' >"$T_TMP/bad.csv"
LP_LANG=en run 65 lp-plattform check "$T_TMP/p.yaml" --roster "$T_TMP/bad.csv"
contains "$err" "bad.csv:1: no name column"

# Options: one a command does not take is named; numbers say their range.
LP_LANG=en run 2 lp-plattform plakat --roster "$T_TMP/g.csv" $EX
is "$err" "lp-plattform: plakat: --roster is not an option of this command
run 'lp-plattform -h' for usage" "plakat --roster: named as the option"
LP_LANG=en run 2 lp-plattform status -i $EX
contains "$err" "status: -i is not an option of this command"
LP_LANG=en run 2 lp-plattform check --max-principles x $EX
contains "$err" "--max-principles: 'x' is not a whole number from 1 to 1000"
LP_LANG=en run 2 lp-plattform plakat --draft 0 $EX
contains "$err" "--draft: '0' is not a whole number from 1 to 100000"
LP_LANG=en run 2 lp-plattform check --bogus $EX
is "$err" "lp-plattform: check: unknown option '--bogus'
run 'lp-plattform -h' for usage" "an unknown option"
LP_LANG=en run 2 lp-plattform check $EX --roster
contains "$err" "check: --roster needs a value"
LP_LANG=en run 2 lp-plattform plakat -x $EX
contains "$err" "plakat: unknown option '-x'"
LP_LANG=en run 2 lp-plattform chek $EX
contains "$err" "unknown command 'chek' (did you mean 'check'?)"

# ideas --date: the date the new ideas get.
run 0 lp-plattform ideas $EX --add examples/temaer.csv --date 2023-10-02
contains "$out" "date: 2023-10-02"
lacks "$out" "date: 2023-09-13" "not today's date"
run 0 lp-plattform ideas $EX --add examples/temaer.csv --date 02.10.2023
contains "$out" "date: 2023-10-02"
LP_LANG=en run 2 lp-plattform ideas $EX --add examples/temaer.csv --date 2023-02-30
contains "$err" "--date: '2023-02-30'"
LP_LANG=en run 2 lp-plattform check --date 2023-10-02 $EX
contains "$err" "check: --date is not an option of this command"

# assess --excel: CSV for Excel.
run 0 lp-plattform assess --excel examples/ledergruppe-scores.csv
head -c 3 "$T_TMP/out" | od -An -c | grep -q '357 273 277'
ok $? "assess --excel: a byte-order mark"
contains "$out" "area;mean;sd;n;min;max;weakest"
contains "$out" "Kontinuerlig forbedring;2,13;0,64;8;1;3;yes" "decimal commas"
run 0 lp-plattform assess -f csv --excel examples/ledergruppe-scores.csv
contains "$out" "Formål;3,75"
LP_LANG=en run 2 lp-plattform assess -f svg --excel examples/ledergruppe-scores.csv
contains "$err" "--excel writes CSV"
LP_LANG=en run 2 lp-plattform plakat --excel $EX
contains "$err" "plakat: --excel is not an option of this command"

# No terminal escapes in text, no raw HTML in Markdown.
esc=$(printf '\033')
clean() {
	if LC_ALL=C grep -q "$(printf '[\001-\010\013-\037\177]')" "$T_TMP/out"; then
		ok 1 "$1"
	else
		ok 0 "$1"
	fi
}
cat >"$T_TMP/e.yaml" <<'YAML'
organisation: "Kommunen \e[2J"
lang: nb
purpose:
  lead: "Vi skal \e]0;tittel\a <script>alert(1)</script>:"
  drafts:
    - date: 2023-04-18
      note: "<img src=x onerror=alert(1)>"
      points:
        - "Gi \e[31mretning\e[0m <b>sammen</b>"
principles:
  - name: "Trygg \e[5m"
    traits: ["Tillit"]
anchoring:
  - how: took-part
    names: ["Eva \e[1m Ek"]
YAML
run 1 lp-plattform check "$T_TMP/e.yaml" --roster "$T_TMP/g.csv"
clean "check: no control characters"
contains "$out" "«Trygg ^[[5m»" "check shows ESC as ^["
contains "$out" "«Eva ^[[1m Ek» står ikke i"
run 0 lp-plattform status "$T_TMP/e.yaml"
clean "status: no control characters"
contains "$out" "Kommunen ^[[2J"
run 0 lp-plattform plakat -f text "$T_TMP/e.yaml"
clean "plakat -f text: no control characters"
contains "$out" "^[[31mretning^[[0m"
run 0 lp-plattform plakat -f md "$T_TMP/e.yaml"
clean "plakat -f md: no control characters"
lacks "$out" "<script>" "plakat -f md: no raw <script>"
lacks "$out" "<img" "plakat -f md: no raw <img>"
lacks "$out" "<b>" "plakat -f md: no raw <b>"
contains "$out" "&lt;script&gt;"
run 0 lp-plattform plakat "$T_TMP/e.yaml"
lacks "$out" "<script>" "plakat html: escaped"
done_testing
