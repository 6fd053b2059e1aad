#!/bin/sh
# lp-poll: golden output per command and format on the examples, and
# the Norwegian text cases (nynorsk, NFD, Windows-1252, LC_ALL=C).
. "$LP_TOP/tests/cli/lib.sh"
G=tests/cli/golden/poll
W=examples/menti-wide.csv
L=examples/menti-long.csv
Q1="Hva er det aller"

# words: every table format, and svg.
run 0 lp-poll words -c "$Q1" $W
golden $G/words.csv
run 0 lp-poll words -c "$Q1" -f text $W
golden $G/words.txt
run 0 lp-poll words -c "$Q1" -f md --top 5 $W
golden $G/words.md
run 0 lp-poll words -c "$Q1" -f svg --title "Det viktigste" $W
golden $G/words.svg
contains "$out" "<title>Det viktigste</title>" "svg has the title"
run 0 lp-poll words --column 4 --format csv --min 4 $W
golden $G/words-min.csv
run 0 lp-poll words --unit answer -c 5 $W
golden $G/words-answer.csv
contains "$out" "felles forståelse,2,2,25.0" "whole answers counted case-insensitively"
run 0 lp-poll words --stem -c "Hva vil du" $L
golden $G/words-stem.csv
contains "$out" "erfaringer,6,6" "stem groups erfaring/erfaringer/erfaringar, shown as the commonest"
run 0 lp-poll words --unit word -c "Hva vil du" $L
contains "$out" "erfaringer,4,4" "without --stem the forms count apart"
run 0 lp-poll words --stopwords en -c - examples/menti-bidra.txt
contains "$out" "og," "--stopwords en keeps Norwegian function words"
run 0 lp-poll words --stopwords none -c - examples/menti-bidra.txt
contains "$out" "
å," "--stopwords none counts the one-letter å"
contains "$out" "
i," "--stopwords none counts i"

# The same answers in each shape give the same counts.
run 0 lp-poll words -c "$Q1" $W
wide=$out
run 0 lp-poll words -c "$Q1" $L
is "$out" "$wide" "long export counts as the wide one"
LP_LANG=en run 0 lp-poll words examples/menti-cp1252.csv
is "$out" "$wide" "Windows-1252 export counts as the UTF-8 one"
contains "$err" "Windows-1252" "the conversion is reported"
run 0 lp-poll words -c "Hva vil du" $L
long3=$out
run 0 lp-poll words -c - examples/menti-bidra.txt
is "$out" "$long3" "plain text counts as the long export"
LP_LANG=en run 2 lp-poll words --top 3 - < $W
contains "$err" "choose one" "stdin read when no file (and several questions)"
run 0 lp-poll words -c 6 - < $W
contains "$out" "felles,7" "stdin with -c"

# tally: Forms multi-select, semicolon, BOM, CRLF.
run 0 lp-poll tally -c Hvilke --multi ";" examples/forms-lederplattform.csv
golden $G/tally.csv
run 0 lp-poll tally -c Hvilke --multi ";" --top 2 -f text examples/forms-lederplattform.csv
golden $G/tally-top.txt
run 0 lp-poll tally -c Hvilke --multi ";" -f svg --title Tema examples/forms-lederplattform.csv
golden $G/tally.svg

# themes.
run 0 lp-poll themes --codebook examples/temaer.yaml -c "$Q1" $W
golden $G/themes.csv
contains "$out" "Trygge ledere,6,25.0,Utvikle trygge gode ledere" "theme count and shortest example"
run 0 lp-poll themes --codebook examples/temaer.yaml -c "$Q1" -f md $L
golden $G/themes.md
run 0 lp-poll themes --codebook examples/temaer.yaml -c "$Q1" -f text $L
golden $G/themes.txt
run 0 lp-poll themes --codebook examples/temaer.yaml -c "$Q1" -f svg $W
golden $G/themes.svg
run 0 lp-poll themes --codebook examples/temaer.yaml --assign -c "$Q1" $W
golden $G/assign.csv
contains "$out" '"Trygge ledere, samarbeid på kryss og tvers av områder",Felles lederskap; Trygge ledere' "several themes per answer"
contains "$out" "bedre leiarar, gode relasjoner,\",uncoded" "uncoded answer listed"

# scale.
LP_LANG=en run 0 lp-poll scale examples/10-faktor.csv
golden $G/scale.csv
contains "$err" "leaving out 'Enhet'" "a text column is left out of scale"
run 0 lp-poll scale --by Enhet -f text examples/10-faktor.csv
golden $G/scale-by.txt
contains "$out" "Figures left out: fewer than 3" "a small group is hidden"
run 0 lp-poll scale --by Enhet --min-n 2 examples/10-faktor.csv
contains "$out" "Stab,Mestringstro,2," "--min-n 2 shows the group of two"
run 0 lp-poll scale -c "Mestringstro 1" -c "Mestringstro 2" -f md examples/10-faktor.csv
golden $G/scale-c.md
run 0 lp-poll scale -f svg examples/10-faktor.csv
golden $G/scale.svg
printf 'factors:\n  - factor: Tro\n    items: ["Mestringstro*"]\n' > "$T_TMP/f.yaml"
LP_LANG=en run 65 lp-poll scale --factors "$T_TMP/f.yaml" -c Mestringstro examples/10-faktor.csv
contains "$err" "matches 2 questions" "a prefix of two items is ambiguous"
run 0 lp-poll scale --factors "$T_TMP/f.yaml" examples/10-faktor.csv
contains "$out" "
Tro,25,3.44" "own factor file"

# chart and cloud.
run 0 lp-poll chart --top 4 $G/words.csv
golden $G/chart.txt
run 0 lp-poll chart -f svg --title "Ord" $G/words.csv
golden $G/chart.svg
COLUMNS=40 lp-poll chart $G/words.csv > "$T_TMP/narrow"
w=$(python3 -c 'import sys; print(max(len(l.rstrip("\n")) for l in open(sys.argv[1], encoding="utf-8")))' "$T_TMP/narrow")
[ "$w" -le 40 ]
ok $? "text bars fit COLUMNS=40 (widest $w)"
run 0 lp-poll cloud --seed 7 $G/words.csv
golden $G/cloud.svg
cp "$T_TMP/out" "$T_TMP/c1"
run 0 lp-poll cloud --seed 7 $G/words.csv
cmp -s "$T_TMP/out" "$T_TMP/c1"
ok $? "cloud: same seed, same bytes"
run 0 lp-poll cloud --seed 8 --top 30 --title Ord $G/words.csv
cmp -s "$T_TMP/out" "$T_TMP/c1"
[ $? -ne 0 ]
ok $? "cloud: another seed, another picture"
python3 tests/cli/poll-overlap.py "$T_TMP/c1"
ok $? "cloud: no two word boxes overlap"
run 0 lp-poll words --stopwords none -c - examples/menti-bidra.txt
printf '%s\n' "$out" | lp-poll cloud --top 200 > "$T_TMP/c2"
python3 tests/cli/poll-overlap.py "$T_TMP/c2"
ok $? "cloud of 200 words: no overlap"

# report.
run 0 lp-poll report --codebook examples/temaer.yaml $L
golden $G/report.md
run 0 lp-poll report -f html --title "Samling 1" examples/10-faktor.csv
# The shared stylesheet is out.c's to change: compare without it.
sed '/<style>/,/<\/style>/d' "$T_TMP/out" > "$T_TMP/nostyle"
mv "$T_TMP/nostyle" "$T_TMP/out"
golden $G/report.html
contains "$out" "<svg" "html report has charts inline"
# With a codebook: per question one words chart, then the themes as a
# table (with examples) and one chart; the chart's share is the table's.
run 0 lp-poll report -f html --codebook examples/temaer.yaml $L
nq=$(printf '%s\n' "$out" | grep -c '<h2>')
is "$(printf '%s\n' "$out" | grep -c '<svg')" "$((nq * 2))" \
    "two charts per question, not three"
is "$(printf '%s\n' "$out" | grep -c '<h3>Themes</h3>')" "$nq" "themes per question"
contains "$out" ">Felles lederskap</td>" "themes table in the html report"
run 0 lp-poll words -f svg -c 4 examples/menti-wide.csv
share=$(lp-poll words -c 4 examples/menti-wide.csv | awk -F, '$1 == "felles" { print $3 " (" $4 " %)" }')
contains "$out" ">$share</text>" "words chart labels answers and share as the csv does"

# Norwegian text: nynorsk stop words, NFD, LC_ALL=C.
printf 'Eg vil berre at leiarar ikkje skal gjere kva som helst\nKorleis kan me få det til? Difor: heile kommunen, òg frå oss sjølv\n' > "$T_TMP/nn.txt"
run 0 lp-poll words -c - "$T_TMP/nn.txt"
golden $G/nynorsk.csv
lacks "$out" "berre" "nynorsk stop word berre"
lacks "$out" "ikkje" "nynorsk stop word ikkje"
lacks "$out" "òg" "nynorsk stop word òg"
contains "$out" "leiarar,1" "nynorsk content word kept"
printf 'answer\n\303\205penhet\nA\314\212penhet og tillit\n\303\245penhet\n' > "$T_TMP/nfd.csv"
run 0 lp-poll words "$T_TMP/nfd.csv"
contains "$out" "åpenhet,3,3,100.0" "NFD å, NFC å and Å count as one word"
run 0 env LC_ALL=C lp-poll words "$T_TMP/nfd.csv"
contains "$out" "åpenhet,3,3,100.0" "LC_ALL=C keeps åpenhet whole"
lacks "$out" "
penhet" "LC_ALL=C does not cut å away"
run 0 env LC_ALL=C lp-poll themes --codebook examples/temaer.yaml -c "$Q1" $W
is "$out" "$(cat $G/themes.csv)" "themes the same under LC_ALL=C"
run 0 env LC_ALL=C lp-poll words --stem -c "Hva vil du" $L
is "$out" "$(cat $G/words-stem.csv)" "stems the same under LC_ALL=C"

# Exact where cut | sort | uniq is not: quoted commas, newlines, BOM.
printf '\357\273\277answer,extra\r\n"Trygge ledere, samarbeid",x\r\n"Felles\r\nplattform",y\r\n"Trygge ledere, samarbeid",z\r\n' > "$T_TMP/q.csv"
run 0 lp-poll tally -c answer "$T_TMP/q.csv"
is "$out" "choice,count,share
\"Trygge ledere, samarbeid\",2,66.7
Felles plattform,1,33.3" "tally counts quoted commas and newlines exactly"
run 0 lp-poll words --unit answer -c 1 "$T_TMP/q.csv"
contains "$out" '"Trygge ledere, samarbeid",2,2' "a BOM before the header is no part of it"

# -h and -V.
run 0 lp-poll -h
contains "$out" "usage: lp-poll words" "-h prints usage"
run 0 lp-poll words -h
contains "$out" "lp-poll report" "words -h prints usage"
run 0 lp-poll -V
is "$out" "lp-poll 0.1.0" "-V prints the version"
run 0 lp-poll cloud -V
is "$out" "lp-poll 0.1.0" "cloud -V prints the version"
done_testing
