#!/bin/sh
# lp-plattform ideas: ideas from lp-poll's CSV into step 3, skipping
# those already there; -i keeps the user's comments and layout.
. "$LP_TOP/tests/cli/lib.sh"
LP_LANG=nb
SOURCE_DATE_EPOCH=1694563200	# 2023-09-13
export LP_LANG SOURCE_DATE_EPOCH
G=tests/cli/golden/plattform
EX=examples/plattform.yaml

run 0 lp-plattform ideas $EX --add examples/temaer.csv --source "Mentimeter Samling 2"
golden $G/ideas.yaml
contains "$out" "  - text: Robust arbeidsmiljø
    source: Mentimeter Samling 2
    date: 2023-09-13
    count: 3"
lacks "$out" "text: uncoded"
lacks "$out" "source: Mentimeter Samling 2
    date: 2023-09-13
    count: 9" "Felles lederskap is there already"

# In place: the diff shows only added lines; a second run adds nothing.
cp $EX "$T_TMP/p.yaml"
LP_LANG=en run 0 lp-plattform ideas "$T_TMP/p.yaml" --add examples/temaer.csv -i \
	--source "Mentimeter Samling 2"
contains "$err" "4 ideas added, 2 already there"
is "$out" "" "nothing on stdout with -i"
diff $EX "$T_TMP/p.yaml" >"$T_TMP/diff"
removed=$(grep -c '^[<-]' "$T_TMP/diff")
added=$(grep -c '^>' "$T_TMP/diff")
is "$removed" 0 "-i removes no line (comments kept)"
is "$added" 16 "-i adds 4 ideas of 4 lines"
is "$(grep -c '^# ' "$T_TMP/p.yaml")" "$(grep -c '^# ' $EX)" "every comment survives"
cmp -s "$T_TMP/p.yaml" $G/ideas.yaml
is "$?" 0 "-i writes what stdout shows"
cp "$T_TMP/p.yaml" "$T_TMP/p2.yaml"
LP_LANG=en run 0 lp-plattform ideas "$T_TMP/p.yaml" --add examples/temaer.csv -i
contains "$err" "0 ideas added, 6 already there"
cmp -s "$T_TMP/p.yaml" "$T_TMP/p2.yaml"
is "$?" 0 "a second run leaves the file as it was"
run 0 lp-plattform status "$T_TMP/p.yaml"
contains "$out" "Tall: 18 idéer (12 slått sammen)"

# From stdin, in lp-poll words' shape (term,count,answers,share).
printf 'term,count,answers,share\nfelles,12,10,38.5\nTRYGGE LEDERE,5,5,19.2\n' \
	>"$T_TMP/words.csv"
run 0 lp-plattform ideas $EX --add - <"$T_TMP/words.csv"
contains "$out" "  - text: felles
    source: stdin
    date: 2023-09-13
    count: 12"
lacks "$out" "text: TRYGGE LEDERE" "a folded duplicate is skipped"

# The template's "ideas: []" and a file without ideas.
lp-plattform new --lang nb >"$T_TMP/n.yaml"
run 0 lp-plattform ideas "$T_TMP/n.yaml" --add examples/temaer.csv --source menti --in-place
contains "$(cat "$T_TMP/n.yaml")" "ideas:
  - text: Felles lederskap
    source: menti"
run 0 lp-plattform status "$T_TMP/n.yaml"
contains "$out" "6 idéer"
printf '# top\norganisation: X\n' >"$T_TMP/x.yaml"
run 0 lp-plattform ideas "$T_TMP/x.yaml" --add examples/temaer.csv
is "$out" "# top
organisation: X
ideas:
  - text: Felles lederskap
    source: examples/temaer.csv
    date: 2023-09-13
    count: 9
  - text: Trygge ledere
    source: examples/temaer.csv
    date: 2023-09-13
    count: 6
  - text: Relevant
    source: examples/temaer.csv
    date: 2023-09-13
    count: 5
  - text: Robust arbeidsmiljø
    source: examples/temaer.csv
    date: 2023-09-13
    count: 3
  - text: Endringsvilje
    source: examples/temaer.csv
    date: 2023-09-13
    count: 2
  - text: Verktøy
    source: examples/temaer.csv
    date: 2023-09-13
    count: 2" "a new ideas section at the end"
# Text that YAML would misread is quoted, and reads back the same.
printf 'theme\n"Quote ""x"": y"\nyes\n- dash\n' >"$T_TMP/q.csv"
run 0 lp-plattform ideas "$T_TMP/x.yaml" --add "$T_TMP/q.csv" -i
contains "$(cat "$T_TMP/x.yaml")" '  - text: "Quote \"x\": y"'
contains "$(cat "$T_TMP/x.yaml")" '  - text: "yes"'
run 1 lp-plattform check "$T_TMP/x.yaml"
contains "$out" "«Quote \"x\": y» er ikke slått sammen"
contains "$out" "«- dash» er ikke slått sammen"

# Any text survives: line and paragraph separators (Word), NEL, a BOM
# inside, C1 controls, a leading non-breaking space, a backslash. The
# result loads in lp-plattform and in an independent YAML reader.
printf 'theme\nLinje\342\200\250skift\nAvsnitt\342\200\251x\nNEL\302\205x\nBOM\357\273\277x\nC1\302\200x\n\302\240nbsp\na\\b\n"tab\tx"\n' \
    >"$T_TMP/odd.csv"
printf 'organisation: X\nideas:\n  - text: a\nsteps: []\n' >"$T_TMP/odd.yaml"
LP_LANG=en run 0 lp-plattform ideas "$T_TMP/odd.yaml" --add "$T_TMP/odd.csv" -i
contains "$err" "8 ideas added"
run 0 lp-plattform status "$T_TMP/odd.yaml"
contains "$out" "9 idéer"
if python3 -c 'import yaml' 2>/dev/null; then
	n=$(python3 -c 'import sys, yaml
d = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
t = [i["text"] for i in d["ideas"]]
want = ["a", "Linje\u2028skift", "Avsnitt\u2029x", "NEL\x85x", "BOM\ufeffx",
    "C1\x80x", "\xa0nbsp", "a\\b", "tab\tx"]
print("same" if t == want else repr(t))' "$T_TMP/odd.yaml" 2>&1)
	is "$n" same "every odd text reads back as itself in PyYAML"
else
	skip "no python3-yaml"
fi

# A file saved on Windows (CRLF) gets CRLF lines; a list at column 0
# gets items at column 0.
printf 'organisation: X\r\nideas:\r\n  - text: a\r\nsteps: []\r\n' >"$T_TMP/crlf.yaml"
run 0 lp-plattform ideas "$T_TMP/crlf.yaml" --add examples/temaer.csv --source s
printf 'organisation: X\r\nideas:\r\n  - text: a\r\n  - text: Felles lederskap\r\n    source: s\r\n    date: 2023-09-13\r\n    count: 9\r\n' >"$T_TMP/crlf.want"
head -c "$(wc -c <"$T_TMP/crlf.want")" "$T_TMP/out" | cmp -s - "$T_TMP/crlf.want"
ok $? "CRLF lines are written as CRLF"
is "$(tr -d '\r' <"$T_TMP/out" | wc -l)" "$(grep -c "$(printf '\r')\$" "$T_TMP/out")" \
    "every line ends in CRLF"
printf 'ideas:\n- a\n- >-\n  b\n  c\n' >"$T_TMP/col0.yaml"
run 0 lp-plattform ideas "$T_TMP/col0.yaml" --add examples/temaer.csv --source s
is "$(sed -n 6,7p "$T_TMP/out")" "- text: Felles lederskap
  source: s" "a list at column 0 gets items at column 0"
printf 'organisation: X\r\n' >"$T_TMP/crlf2.yaml"
run 0 lp-plattform ideas "$T_TMP/crlf2.yaml" --add examples/temaer.csv --source s
is "$(head -3 "$T_TMP/out" | od -c | tr -s ' ' | head -2 | tr -d '\n')" \
    "$(printf 'organisation: X\r\nideas:\r\n  - text: Felles lederskap\r\n' | od -c | tr -s ' ' | head -2 | tr -d '\n')" \
    "a new ideas section on CRLF"

# A flow list cannot take new items; the file is left alone.
cp tests/bad/plattform/flow-ideas.yaml "$T_TMP/f.yaml"
LP_LANG=en run 65 lp-plattform ideas "$T_TMP/f.yaml" --add examples/temaer.csv -i
contains "$err" "f.yaml:1:8: ideas is a flow list"
cmp -s "$T_TMP/f.yaml" tests/bad/plattform/flow-ideas.yaml
is "$?" 0 "a refused -i leaves the file byte-identical"
# The pipeline of lp(7): lp-poll's themes straight into step 3.
if [ -x "$LP_BIN/lp-poll" ]; then
	lp-poll themes --codebook examples/temaer.yaml -c 1 \
	    examples/menti-long.csv >"$T_TMP/themes.csv"
	run 0 lp-plattform ideas $EX --add - --source menti <"$T_TMP/themes.csv"
	contains "$out" "  - text: Felles plattform
    source: menti"
	lacks "$out" "text: Trygge ledere
    source: menti" "a theme already an idea is skipped"
else
	skip "lp-poll not built"
	skip "lp-poll not built"
	skip "lp-poll not built"
fi

run 66 lp-plattform ideas "$T_TMP/none.yaml" --add examples/temaer.csv -i
# Behind a dangling link, or in a folder that is not there: 66 at once.
ln -s "$T_TMP/gone.yaml" "$T_TMP/dangling.yaml"
LP_LANG=en run 66 limited 10 unlimited lp-plattform ideas "$T_TMP/dangling.yaml" --add examples/temaer.csv -i
contains "$err" "dangling.yaml: a symbolic link to "
[ ! -e "$T_TMP/gone.yaml" ]
ok $? "ideas -i creates nothing through a dangling link"
rm -f "$T_TMP/dangling.yaml"
run 66 lp-plattform ideas "$T_TMP/no-folder/p.yaml" --add examples/temaer.csv -i
run 66 lp-plattform ideas $EX --add "$T_TMP/none.csv"
done_testing
