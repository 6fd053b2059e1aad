#!/bin/sh
# lp-groups in make demo: the seed's six network groups mixed across
# service areas, three rounds without repeats, seven rounds of 35 from
# an affine plane and ten of 32 from the couples' design (issue 18),
# the roles (also as a
# grid for the wall), the groups as a printable page and for Excel.
set -eu
: "${OUT:?}"
names="Gygrene,Stjernelaget,Godtog blanda,Blåveis,Einingsleiarane,RLG"
lp-groups make examples/deltakere.csv --groups 6 --mix tjenesteområde \
    --pin rlg --names "$names" > "$OUT/grupper.csv"
echo "lp-groups: out/grupper.csv: six groups mixed across service areas, RLG pinned"
lp-groups show "$OUT/grupper.csv" -f html > "$OUT/grupper.html"
echo "lp-groups: out/grupper.html: the groups as a printable page"
lp-groups make examples/deltakere.csv --size 6 --rounds 3 \
    --mix tjenesteområde > "$OUT/runder.csv"
echo "lp-groups: out/runder.csv: three rounds in which nobody meets twice"
lp-groups score "$OUT/runder.csv" --mix tjenesteomrade --size 6 > "$OUT/runder-score.txt"
echo "lp-groups: out/runder-score.txt: how well the three rounds rotate and mix"
head -36 examples/deltakere.csv > "$OUT/35-ledere.csv"
lp-groups make "$OUT/35-ledere.csv" --groups 7 --rounds 7 \
    --mix tjenesteområde > "$OUT/sju-runder.csv"
lp-groups score "$OUT/sju-runder.csv" --mix tjenesteområde > "$OUT/sju-runder-score.txt"
echo "lp-groups: out/sju-runder-score.txt: 35 leaders, 7 groups of 5, seven rounds from an affine plane in which nobody meets twice"
head -33 examples/deltakere.csv > "$OUT/32-ledere.csv"
lp-groups make "$OUT/32-ledere.csv" --groups 8 --rounds 10 \
    --mix tjenesteområde > "$OUT/ti-runder.csv"
lp-groups score "$OUT/ti-runder.csv" --mix tjenesteområde > "$OUT/ti-runder-score.txt"
echo "lp-groups: out/ti-runder-score.txt: 32 leaders, 8 groups of 4, ten rounds in which nobody meets twice (each misses one other)"
lp-groups roles "$OUT/grupper.csv" \
    --roles "leder og tidtaker,viddevakt,sekretær" --meetings 4 > "$OUT/roller.csv"
echo "lp-groups: out/roller.csv: roles for four meetings"
lp-groups roles "$OUT/grupper.csv" \
    --roles "leder og tidtaker,viddevakt,sekretær" --meetings 4 -f html \
    > "$OUT/roller.html"
echo "lp-groups: out/roller.html: the roles as a grid of meeting and role, for the wall"
lp-groups make examples/deltakere.csv --groups 6 --mix tjenesteområde \
    --pin rlg --names "$names" --excel > "$OUT/grupper-excel.csv"
echo "lp-groups: out/grupper-excel.csv: the groups for Excel (semicolons, no formulas)"
