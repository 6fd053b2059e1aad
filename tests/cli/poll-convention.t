#!/bin/sh
# lp-poll and issue 13's one convention: lp_main's commands, options
# named as options, numbers through lp_optnum, tables through lp_tout,
# questions found by lp_lookup (case, accents, å=aa=a aside).
. "$LP_TOP/tests/cli/lib.sh"
W=examples/menti-wide.csv

# An option of another command is named as the option, not its value.
run 2 lp-poll scale --top 3 examples/10-faktor.csv
contains "$err" "lp-poll: scale: --top is not an option of this command" "scale --top 3: names --top"
lacks "$err" "3:" "scale --top 3: not the value"
run 2 lp-poll chart -c 3 tests/cli/golden/poll/words.csv
contains "$err" "lp-poll: chart: -c is not an option of this command" "a short option named as written"
run 2 lp-poll cloud --excel tests/cli/golden/poll/words.csv
contains "$err" "cloud: --excel is not an option of this command" "--excel only where CSV is written"

# Numbers: the option and its range.
run 2 lp-poll words --top x $W
contains "$err" "lp-poll: --top: 'x' is not a whole number from 1 to 1000000000" "--top x"
run 2 lp-poll scale --min-n 0 examples/10-faktor.csv
contains "$err" "lp-poll: --min-n: '0' is not a whole number from 1 to" "--min-n 0"
run 2 lp-poll words --min 99999999999999999999 $W
contains "$err" "--min:" "--min out of range"
run 0 lp-poll words --top 2 -c 4 $W
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 3 "--top 2: two rows and the header"

# One main(): -h, -V, unknown commands with the nearest.
run 2 lp-poll wordz $W
contains "$err" "lp-poll: unknown command 'wordz' (did you mean 'words'?)" "unknown command: the nearest"
contains "$err" "run 'lp-poll -h' for usage" "unknown command: where the usage is"
run 0 lp-poll -V
is "$out" "lp-poll 0.1.0" "-V"
run 0 lp-poll scale -h
contains "$out" "lp-poll scale [-c col ...]" "scale -h prints the usage"
run 2 lp-poll
contains "$err" "usage: lp-poll words" "no command: usage on stderr"

# One table writer: the same -f set, html through lp_tout.
run 0 lp-poll report -f html --codebook examples/temaer.yaml examples/menti-long.csv
contains "$out" '<th class="num">share</th>' "report html tables from lp_tout"
run 0 lp-poll scale -f md -c "Mestringstro 1" examples/10-faktor.csv
contains "$out" "| Mestringstro 1 |" "scale -f md"

# Questions by lp_lookup: case, accents, å=aa=a, ": Answer" aside.
printf 'Voter,Hva er god ledelse?: Answer,Hvordan får vi trygge ledere?: Answer\n1,trygghet,tillit\n2,tydelig,åpenhet\n' \
    > "$T_TMP/q.csv"
run 0 lp-poll words -c "Hva er god ledelse" "$T_TMP/q.csv"
contains "$out" "trygghet" "'Hva er god ledelse' finds 'Hva er god ledelse?'"
run 0 lp-poll words -c "HVA ER GOD LEDELSE?" "$T_TMP/q.csv"
contains "$out" "trygghet" "case aside"
run 0 lp-poll words -c "hvordan faar vi trygge ledere?" "$T_TMP/q.csv"
contains "$out" "tillit" "å written aa"
run 0 lp-poll words -c "Hvordan far vi trygge ledere?: Answer" "$T_TMP/q.csv"
contains "$out" "åpenhet" "å written a, with ': Answer'"
run 65 lp-poll words -c "Hva er god ledlse?" "$T_TMP/q.csv"
contains "$err" "no question 'Hva er god ledlse?' (did you mean 'Hva er god ledelse?'?)" "a misspelt question: the nearest"
run 0 lp-poll words -c "Hvaa er lederplattform for oss?" examples/menti-long.csv
contains "$out" "felles" "long export: aa for a"
done_testing
