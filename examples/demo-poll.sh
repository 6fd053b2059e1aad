#!/bin/sh
# make demo, lp-poll's part: the first gathering's Mentimeter answers
# counted, coded by the coordinator's themes, and drawn.
set -eu
: "${OUT:?}"
Q1="Hva er det aller viktigste"
lp-poll words -c "$Q1" examples/menti-wide.csv > "$OUT/poll-ord.csv"
echo "lp-poll: out/poll-ord.csv: word counts of '$Q1 ...'"
lp-poll words --encoding windows-1252 examples/menti-cp1252.csv > "$OUT/poll-ord-excel.csv"
echo "lp-poll: out/poll-ord-excel.csv: the same count from an Excel export (Windows-1252)"
lp-poll words -c "$Q1" -f svg --top 15 examples/menti-wide.csv > "$OUT/poll-ord.svg"
echo "lp-poll: out/poll-ord.svg: bar chart of the top words"
lp-poll cloud --seed 1 --title "$Q1" < "$OUT/poll-ord.csv" > "$OUT/poll-ordsky.svg"
echo "lp-poll: out/poll-ordsky.svg: word cloud"
lp-poll themes --codebook examples/temaer.yaml -c "$Q1" examples/menti-wide.csv > "$OUT/poll-tema.csv"
echo "lp-poll: out/poll-tema.csv: themes of the answers (the seed's own summary)"
lp-poll themes --codebook examples/temaer.yaml -c "$Q1" -f svg examples/menti-wide.csv > "$OUT/poll-tema.svg"
echo "lp-poll: out/poll-tema.svg: bar chart of the themes"
lp-poll scale --by Enhet examples/10-faktor.csv > "$OUT/poll-10-faktor.csv" 2>/dev/null
echo "lp-poll: out/poll-10-faktor.csv: 10-FAKTOR per unit, small units hidden"
lp-poll scale --excel --by Enhet examples/10-faktor.csv > "$OUT/poll-10-faktor-excel.csv" 2>/dev/null
echo "lp-poll: out/poll-10-faktor-excel.csv: the same for Excel (semicolons, decimal commas, formulas guarded)"
lp-poll scale -f svg --title "10-FAKTOR, Seljord" examples/10-faktor.csv > "$OUT/poll-10-faktor.svg" 2>/dev/null
echo "lp-poll: out/poll-10-faktor.svg: radar of the ten factors"
lp-poll themes --codebook examples/temaer.yaml --assign --excel -c "Hva er lederplattform for oss?: Answer" examples/menti-wide.csv > "$OUT/poll-koding.csv"
echo "lp-poll: out/poll-koding.csv: every answer with its themes, to check the coding in Excel"
lp-poll report -f html --codebook examples/temaer.yaml --title "Samling 1: Mentimeter" examples/menti-long.csv > "$OUT/poll-rapport.html"
echo "lp-poll: out/poll-rapport.html: one page for every question"
lp-poll --lang nn report -f md --title "10-FAKTOR, Seljord" examples/10-faktor.csv > "$OUT/poll-rapport-nn.md" 2>/dev/null
echo "lp-poll: out/poll-rapport-nn.md: the 10-FAKTOR scales as a report in nynorsk (--lang nn)"
