#!/bin/sh
# make demo, lp-agenda's part: Samling 1 as a printable handout and as
# text, and the whole programme as a calendar to import.
set -eu
: "${OUT:?}"
lp-agenda render -f html examples/samling1.yaml >"$OUT/agenda.html"
echo "lp-agenda: out/agenda.html: Samling 1, a handout for one A4 page"
lp-agenda render -f screen examples/samling1.yaml >"$OUT/dag.html"
echo "lp-agenda: out/dag.html: the projector's clock for Samling 1 (try dag.html#now=2023-04-18T09:10)"
lp-agenda render examples/samling1.yaml >"$OUT/agenda.txt"
echo "lp-agenda: out/agenda.txt: Samling 1 with every time computed"
lp-agenda ics examples/program.yaml >"$OUT/programme.ics" 2>/dev/null
echo "lp-agenda: out/programme.ics: four gatherings and the network meetings"
lp-agenda now --date 2023-06-13 --time 12:50 examples/program.yaml \
    >"$OUT/agenda-now.txt"
echo "lp-agenda: out/agenda-now.txt: the timekeeper's view at 12.50 on Samling 2"
lp-agenda render -f csv --excel examples/program.yaml >"$OUT/programme-excel.csv"
echo "lp-agenda: out/programme-excel.csv: every item, phase and meeting, for Excel (; BOM CRLF, no formulas)"
lp-agenda ics --group blaveis examples/program.yaml >"$OUT/blaveis.ics" 2>/dev/null
echo "lp-agenda: out/blaveis.ics: the gatherings and Blåveis' own meetings (--group blaveis finds Blåveis)"
lp-agenda ics --groups examples/grupper.csv --group gygrene examples/program.yaml \
    >"$OUT/gygrene.ics" 2>/dev/null
echo "lp-agenda: out/gygrene.ics: Gygrene's meetings, each naming its members from examples/grupper.csv"
lp-agenda reflow --from 09:10 --delay 10m examples/samling1.yaml \
    >"$OUT/samling1-reflowed.yaml" 2>"$OUT/samling1-reflowed.txt"
echo "lp-agenda: out/samling1-reflowed.yaml: Samling 1 ten minutes late in a group exercise; out/samling1-reflowed.txt says what moved"
rm -rf "$OUT/kalendere" "$OUT/invitasjoner"
lp-agenda ics --groups examples/grupper.csv --roster examples/deltakere.csv \
    --split "$OUT/kalendere" examples/program.yaml 2>/dev/null
echo "lp-agenda: out/kalendere/: each network group's calendar (gruppe-*.ics) and each leader's own, her group's members and everyone at the gatherings invited"
lp-agenda invite --groups examples/grupper.csv --roster examples/deltakere.csv \
    --out "$OUT/invitasjoner" examples/program.yaml 2>/dev/null
echo "lp-agenda: out/invitasjoner/: one e-mail draft per group (.eml, From Randi Solberg, the group's calendar attached) to open in Outlook and send"
