#!/bin/sh
# make demo, lp-plattform's part: the purpose poster, the check report,
# the status and the team's self-assessment radar from examples/.
set -u
: "${OUT:?}"
lp-plattform plakat examples/plattform.yaml >"$OUT/plakat.html" || exit 1
echo "lp-plattform: out/plakat.html: the purpose poster (print it: one A4 page)"
# The same platform's status in nynorsk: --lang wins over the file's lang.
lp-plattform --lang nn status examples/plattform.yaml >"$OUT/plattform-status-nn.txt" || exit 1
echo "lp-plattform: out/plattform-status-nn.txt: the six steps in nynorsk (--lang nn)"
# check exits 1 when it finds problems; the example has some on purpose.
lp-plattform check examples/plattform.yaml --roster examples/deltakere.csv \
    >"$OUT/plattform-check.txt"
[ $? -le 1 ] || exit 1
echo "lp-plattform: out/plattform-check.txt: målrettet, forankret, konsistent"
lp-plattform status examples/plattform.yaml >"$OUT/plattform-status.txt" || exit 1
echo "lp-plattform: out/plattform-status.txt: the six steps and what is next"
lp-plattform assess -f svg examples/ledergruppe-scores.csv \
    >"$OUT/ledergruppe-radar.svg" || exit 1
echo "lp-plattform: out/ledergruppe-radar.svg: the self-assessment radar"
lp-plattform assess --excel examples/ledergruppe-scores.csv \
    >"$OUT/ledergruppe-vurdering.csv" || exit 1
echo "lp-plattform: out/ledergruppe-vurdering.csv: the self-assessment for Excel"
# Step 3 from the poll: lp-poll's themes into the platform (a copy).
if command -v lp-poll >/dev/null 2>&1; then
	lp-poll themes --codebook examples/temaer.yaml -c 1 examples/menti-long.csv |
	    lp-plattform ideas examples/plattform.yaml --add - \
	    --source "Mentimeter Samling 1" --date 2023-04-18 >"$OUT/plattform-med-ideer.yaml" || exit 1
	echo "lp-plattform: out/plattform-med-ideer.yaml: the poll's themes added to step 3"
fi
