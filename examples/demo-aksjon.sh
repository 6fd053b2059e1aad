#!/bin/sh
# lp-aksjon in make demo: the leaders' action-learning plans in
# examples/aksjon seen on a fixed day (14 September 2023): the status
# table with who lacks a plan, where the programme focuses, a network
# meeting's prep sheet (also one in nynorsk), and the practice dates
# as a calendar.
set -eu
: "${OUT:?}"
today=2023-09-14
P=$(ls examples/aksjon/*.yaml)
# shellcheck disable=SC2086
lp-aksjon status --today $today --groups examples/grupper.csv $P \
    > "$OUT/aksjon-status.txt"
echo "lp-aksjon: out/aksjon-status.txt: who has started, who needs a nudge, who lacks a plan"
# shellcheck disable=SC2086
lp-aksjon status --today $today --groups examples/grupper.csv -f md $P \
    > "$OUT/aksjon-status.md"
echo "lp-aksjon: out/aksjon-status.md: the same as Markdown"
# shellcheck disable=SC2086
lp-aksjon status --today $today --groups examples/grupper.csv --excel $P \
    > "$OUT/aksjon-status.csv"
echo "lp-aksjon: out/aksjon-status.csv: the same for Excel"
# shellcheck disable=SC2086
lp-aksjon profile -f svg $P > "$OUT/aksjon-profil.svg"
echo "lp-aksjon: out/aksjon-profil.svg: what the leaders practise, as a chart"
# shellcheck disable=SC2086
lp-aksjon meeting --group Gygrene --groups examples/grupper.csv --date 2023-09-19 $P \
    > "$OUT/nettverksmote-gygrene.md"
echo "lp-aksjon: out/nettverksmote-gygrene.md: prep sheet for Gygrene's meeting on 19 September, every member"
# shellcheck disable=SC2086
lp-aksjon meeting --group Gygrene --groups examples/grupper.csv --date 2023-09-19 -f html $P \
    > "$OUT/nettverksmote-gygrene.html"
echo "lp-aksjon: out/nettverksmote-gygrene.html: the same, to print"
# shellcheck disable=SC2086
lp-aksjon meeting --lang nn --group Einingsleiarane --groups examples/grupper.csv \
    --date 2023-09-19 -f html $P > "$OUT/nettverksmote-einingsleiarane.html"
echo "lp-aksjon: out/nettverksmote-einingsleiarane.html: a prep sheet in nynorsk, for a group that writes it"
# shellcheck disable=SC2086
lp-aksjon ics --name "Lederprogrammet 2023" $P > "$OUT/aksjon-oving.ics"
echo "lp-aksjon: out/aksjon-oving.ics: every practice date as a calendar"
