#!/bin/sh
# lp-poll: bad input and usage, with exit codes and positioned messages.
. "$LP_TOP/tests/cli/lib.sh"
B=tests/bad/poll
W=examples/menti-wide.csv
Q1="Hva er det aller"

# Choosing a question.
run 65 lp-poll words -c "Hva er lederplatform for oss" $W
contains "$err" "lp-poll: examples/menti-wide.csv: no question 'Hva er lederplatform for oss' (did you mean 'Hva er lederplattform for oss?'?)" "unknown question: a suggestion"
run 65 lp-poll words -c "Hva er" $W
contains "$err" "'Hva er' matches 2 questions" "ambiguous prefix"
contains "$err" "'Hva er lederplattform for oss?'" "ambiguous prefix lists the questions"
run 65 lp-poll words -c "Hvx er lederplattform for oss?" examples/menti-long.csv
contains "$err" "did you mean 'Hva er lederplattform for oss?'" "unknown question in a long export: a suggestion"
run 65 lp-poll words -c 99 $W
contains "$err" "no question number 99" "question number out of range"
run 65 lp-poll words -c zzzzzzzzzzzz $W
contains "$err" "zzzzzzzzzzzz" "a name far from every header"
run 2 lp-poll words $W
contains "$err" "3 questions; choose one with -c: 4 'Hva er det aller" "several questions and no -c"
printf 'Voter,Date\n1,2023-04-18\n' > "$T_TMP/meta.csv"
run 65 lp-poll words "$T_TMP/meta.csv"
contains "$err" "every column is metadata" "only metadata columns"

# Broken files.
: > "$T_TMP/empty.csv"
run 65 lp-poll words "$T_TMP/empty.csv"
contains "$err" "empty.csv" "empty export named"
run 65 lp-poll words $B/quote.csv
contains "$err" "lp-poll: tests/bad/poll/quote.csv:2:" "unterminated quote: file and line"
run 66 lp-poll words no-such-file.csv
contains "$err" "no-such-file.csv" "missing export named"
printf 'answer\nok\n\000\n' > "$T_TMP/nul.txt"
run 65 lp-poll words -c - "$T_TMP/nul.txt"
contains "$err" "nul.txt:3: NUL byte" "NUL in plain text"

# Codebooks.
run 65 lp-poll themes --codebook $B/key.yaml $W -c 4
contains "$err" "lp-poll: tests/bad/poll/key.yaml:3:5:" "bad codebook key: file:line:col"
contains "$err" "did you mean 'match'" "bad codebook key: suggestion"
run 65 lp-poll themes --codebook $B/pattern.yaml $W -c 4
contains "$err" "pattern.yaml:3:" "bad pattern: position"
contains "$err" "a * may stand only at the start or end" "bad pattern: why"
run 65 lp-poll themes --codebook $B/uncoded.yaml $W -c 4
contains "$err" "'uncoded' is kept" "the name uncoded is refused"
run 65 lp-poll themes --codebook $B/dup.yaml $W -c 4
contains "$err" "dup.yaml:4:" "a theme twice"
run 66 lp-poll themes --codebook no-such.yaml $W -c 4
contains "$err" "no-such.yaml" "missing codebook"
run 2 lp-poll themes $W -c 4
contains "$err" "--codebook is required" "themes without codebook"
run 2 lp-poll themes --codebook examples/temaer.yaml --assign -f svg -c 4 $W
contains "$err" "not svg" "--assign with svg"

# Scales.
run 65 lp-poll scale -c "Mestringstro 2" $B/scale-text.csv
contains "$err" "lp-poll: tests/bad/poll/scale-text.csv:3:3: 'Mestringstro 2': an answer that is not a whole number 1-5" "non-numeric scale answer: file:line:col"
run 65 lp-poll scale --factors $B/factors-key.yaml examples/10-faktor.csv
contains "$err" "factors-key.yaml:3:5:" "bad factor file key: position"
contains "$err" "did you mean 'items'" "bad factor file key: suggestion"
run 65 lp-poll scale --by Enhett examples/10-faktor.csv
contains "$err" "Enhet" "unknown --by column: suggestion"
run 0 lp-poll scale $B/scale-text.csv
contains "$err" "leaving out 'Mestringstro 2'" "without -c a non-scale column is left out"

# Charts.
run 65 lp-poll chart $B/count.csv
contains "$err" "lp-poll: tests/bad/poll/count.csv:3:2: 'fem' is not a count" "chart: a count that is not a number"
run 65 lp-poll cloud $B/count.csv
contains "$err" "count.csv:3:2:" "cloud: a count that is not a number"
run 0 lp-poll chart $B/chart-empty.csv
is "$out" "" "chart of nothing is empty"
run 0 lp-poll cloud $B/chart-empty.csv
contains "$out" "</svg>" "cloud of nothing is an empty picture"

# Usage.
run 2 lp-poll
run 2 lp-poll wordz $W
contains "$err" "did you mean 'words'" "unknown command: suggestion"
run 2 lp-poll words -f html $W
contains "$err" "html" "format not taken by words"
run 2 lp-poll chart -f csv $W
run 2 lp-poll words --seed 3 $W
contains "$err" "lp-poll: words: --seed is not an option of this command" "an option of another command, named as the option"
run 2 lp-poll words --unit letter $W
run 2 lp-poll words --top 0 $W
contains "$err" "lp-poll: --top: '0' is not a whole number from 1 to 1000000000" "--top 0: the option and its range"
run 2 lp-poll words --min x $W
run 2 lp-poll scale --min-n -1 examples/10-faktor.csv
run 2 lp-poll words --stem --unit answer $W
run 2 lp-poll words -c 4 -c 5 $W
contains "$err" "one question only" "two -c for words"
run 2 lp-poll tally --multi "" $W
run 2 lp-poll words $W $W
contains "$err" "one file at a time" "two files"
run 66 lp-poll words --stopwords no-such-list.txt -c 4 $W
contains "$err" "no-such-list.txt" "a stop-word file that is missing"
printf '# our own\nfelles\nPlattform\n' > "$T_TMP/stop.txt"
run 0 lp-poll words --stopwords "$T_TMP/stop.txt" -c 4 $W
lacks "$out" "
felles," "stop-word file: felles left out"
lacks "$out" "
plattform," "stop-word file: lower-cased"
contains "$out" "
og," "stop-word file replaces the default"
# --encoding: forced UTF-8 names the first bad byte; forced
# Windows-1252 converts without the warning; auto converts with it.
X=examples/menti-cp1252.csv
run 65 lp-poll words --encoding utf-8 $X
contains "$err" "menti-cp1252.csv:1:51: invalid UTF-8 (byte 0xf8)" "--encoding utf-8"
run 0 lp-poll words --encoding windows-1252 $X
is "$err" "" "--encoding windows-1252 converts quietly"
auto=$out
run 0 lp-poll words $X
contains "$err" "not UTF-8; read as Windows-1252" "auto warns"
is "$out" "$auto" "auto and forced Windows-1252 agree"
run 0 lp-poll tally --encoding cp1252 -c 4 $W
contains "$out" "Ã" "forced Windows-1252 on UTF-8 input is taken at its word"
run 2 lp-poll chart --encoding latin1 $W
contains "$err" "--encoding: auto, utf-8 or windows-1252, not 'latin1'" "bad --encoding"
run 74 sh -c "lp-poll words -c 4 $W > /dev/full"
contains "$err" "No space left" "full disk"
done_testing
