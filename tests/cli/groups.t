#!/bin/sh
# lp-groups: every command and format on the examples, golden files,
# bad input with its exit code and message, and the man page EXAMPLES.
. "$LP_TOP/tests/cli/lib.sh"
G=tests/cli/golden/lp-groups
R=examples/deltakere.csv
NAMES="Gygrene,Stjernelaget,Godtog blanda,Blåveis,Einingsleiarane,RLG"
export SOURCE_DATE_EPOCH=1684224000 LP_LANG=nb

LP_LANG=en run 0 lp-groups -h
contains "$out" "usage: lp-groups make roster"
run 0 lp-groups make -h
contains "$out" "lp-groups show groups.csv"
run 0 lp-groups -V
contains "$out" "lp-groups 0."
run 2 lp-groups
LP_LANG=en run 2 lp-groups frobnicate
contains "$err" "unknown command 'frobnicate'"

# make: the seed's groups, one per format (the search reaches its bound,
# so the output does not depend on the time limit).
for f in csv yaml text md html; do
	run 0 lp-groups make "$R" --groups 6 --mix tjenesteområde --pin rlg \
	    --names "$NAMES" -f "$f"
	golden "$G/make.$f"
done
run 0 lp-groups make "$R" --groups 6 --mix tjenesteområde --pin rlg \
    --names "$NAMES"
cmp -s "$T_TMP/out" examples/grupper.csv
ok $? "examples/grupper.csv is what make writes"
# The pinned management team is together in RLG.
is "$(grep -c '^1,RLG,.*,ja$' "$T_TMP/out")" 5 "five pinned in RLG"

# Several rounds with a fixed budget: the same bytes every time.
run 0 lp-groups make "$R" --size 6 --rounds 3 --apart "Bjørn Bø,Håkon Kleppe" \
    --together "Guro Haugen,Ingrid Lien" --seed 7 --time 0 --iterations 500
golden "$G/make-rounds.csv"
cp "$T_TMP/out" "$T_TMP/rounds.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/rounds.csv" --apart "Bjørn Bø,Håkon Kleppe" \
    --together "Guro Haugen,Ingrid Lien"
contains "$out" "breaches                   0"
# Pairs that --pin keeps together are not counted as repeats.
run 0 lp-groups make "$R" --groups 6 --pin rlg --rounds 2 --time 0 --iterations 2000
cp "$T_TMP/out" "$T_TMP/pinned.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/pinned.csv"
contains "$out" "repeated pairs             1"
LP_LANG=en run 0 lp-groups score "$T_TMP/pinned.csv" --pin rlg
lacks "$out" "repeated pairs             1" "pinned pairs are no repeats"
# --size 5 on 36: eight groups of 4 or 5, never more than 5.
run 0 lp-groups make "$R" --size 5
is "$(awk -F, 'NR > 1 {c[$2]++} END {for (k in c) print c[k]}' "$T_TMP/out" | sort | uniq -c | tr -s ' ' | tr '\n' ' ')" " 4 4  4 5 " "--size 5: four groups of 4, four of 5"
# --rounds 3 without repeats on 36 people in groups of 6.
run 0 lp-groups make "$R" --size 6 --rounds 3 --seed 3
cp "$T_TMP/out" "$T_TMP/three.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/three.csv"
contains "$out" "repeated pairs             0 (0 repeats)"
# --history: the next term meets new people.
run 0 lp-groups make "$R" --size 6 --history examples/grupper.csv --seed 2
cp "$T_TMP/out" "$T_TMP/next.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/next.csv" --history examples/grupper.csv
contains "$out" "repeated pairs             0 (0 repeats)"
LP_LANG=en run 0 lp-groups score "$T_TMP/next.csv" --history "$T_TMP/next.csv"
lacks "$out" "repeated pairs             0 (0 repeats)" "history counts"
# stdin, the name column 'name', a different delimiter of names.
printf 'name,area\nA,x\nB,x\nC,y\nD,y\n' > "$T_TMP/small.csv"
run 0 lp-groups make - --groups 2 --mix area < "$T_TMP/small.csv"
is "$(awk -F, 'NR>1 {print $2 $4}' "$T_TMP/out" | sort -u | wc -l)" 4 "stdin roster mixed"
run 0 lp-groups make "$T_TMP/small.csv" --names "Nord,Sør" -f text
contains "$out" "Sør"
run 0 lp-groups make "$T_TMP/small.csv" --groups 3
contains "$out" "Gruppe 3"
LP_LANG=en run 0 lp-groups make "$T_TMP/small.csv" --groups 3
contains "$out" "Group 3"

# show, score, roles.
for f in text md html; do
	run 0 lp-groups show examples/grupper.csv -f "$f"
	golden "$G/show.$f"
done
contains "$(lp-groups show examples/grupper.csv)" "(Lars Opsahl)" "away in parentheses"
run 0 lp-groups show < examples/grupper.csv
golden "$G/show.text"
run 0 lp-groups show "$G/make-rounds.csv"
contains "$out" "Runde 3"
LP_LANG=en run 0 lp-groups score examples/grupper.csv --mix tjenesteområde --pin rlg
golden "$G/score.txt"
LP_LANG=en run 0 lp-groups score examples/grupper.csv --mix nivå --mix tjenesteområde
contains "$out" "same nivå"
printf 'group,navn,område\nA,Ola,x\nA,Kari,x\nA,Per,x\nB,Siri,y\n' > "$T_TMP/hand.csv"
LP_LANG=en run 1 lp-groups score "$T_TMP/hand.csv" --apart "Ola,Kari" --mix område --groups 2
contains "$err" "breach: round 1: group sizes 1 to 3 differ by more than one"
contains "$err" "Ola and Kari share a group"
contains "$out" "same område                3 (lowest possible 1)"
LP_LANG=en run 1 lp-groups score "$T_TMP/hand.csv" --together "Ola,Siri"
contains "$err" "Ola and Siri are in different groups"
printf 'round,group,navn,t\n1,A,Ola,ja\n1,B,Kari,ja\n2,B,Ola,\n' > "$T_TMP/hand2.csv"
LP_LANG=en run 1 lp-groups score "$T_TMP/hand2.csv" --pin t
contains "$err" "pinned with group 'A'"
contains "$err" "round 2: 'Kari' is in no group"
# A name twice in a round: refused as every tool refuses it (lp_people_load).
printf 'round,group,navn\n1,A,Ola\n1,B,Kari\n2,A,Ola\n2,B,Ola\n2,B,Kari\n' > "$T_TMP/hand3.csv"
LP_LANG=en run 65 lp-groups score "$T_TMP/hand3.csv"
contains "$err" "hand3.csv:5:3: 'Ola' is in round 2 twice (lines 4 and 5)"

# score on hand-made groups of 5 to 7 (issue 14 item 13): the sizes are
# reported, and breach only when --size or --groups asks for them.
awk 'BEGIN { print "group,navn"; for (i = 1; i <= 18; i++) print (i <= 5 ? "A" : i <= 11 ? "B" : "C") ",P" i }' > "$T_TMP/hand57.csv"
LP_LANG=en run 0 lp-groups score "$T_TMP/hand57.csv"
contains "$out" "sizes                      5 to 7 (spread 2)"
contains "$out" "breaches                   0"
is "$err" "" "sizes of 5 to 7: no breach without --size or --groups"
LP_LANG=en run 1 lp-groups score "$T_TMP/hand57.csv" --size 6
contains "$err" "breach: round 1: group 'C' has 7 people, more than --size 6"
contains "$err" "breach: round 1: group sizes 5 to 7 differ by more than one"
contains "$out" "breaches                   2"
LP_LANG=en run 1 lp-groups score "$T_TMP/hand57.csv" --groups 4
contains "$err" "breach: round 1: 3 groups, not 4 (--groups)"
LP_LANG=en run 2 lp-groups score examples/grupper.csv --groups 6 --size 6 --pin rlg
contains "$err" "not both"
LP_LANG=en run 2 lp-groups score "$T_TMP/hand57.csv" --size 0
contains "$err" "lp-groups: --size: '0' is not a whole number from 1 to 100000"

# --excel (issue 14 item 14): every lp-groups command that writes CSV
# guards cells that Excel would run as formulas.
printf 'navn,område
=HYPERLINK(x),helse
+cmd|calc,skole
@SUM(A1),helse
-2+3,skole
	Tab,helse
Ola,skole
' > "$T_TMP/evil.csv"
run 0 lp-groups make "$T_TMP/evil.csv" --groups 2 --excel
for c in "'=HYPERLINK(x)" "'+cmd|calc" "'@SUM(A1)" "'-2+3"; do
	contains "$out" "$c" "make --excel guards $c"
done
is "$(head -c 3 "$T_TMP/out" | od -An -tx1 | tr -d ' ')" "efbbbf" "make --excel: a byte order mark"
contains "$(head -1 "$T_TMP/out")" "round;group;name;område" "make --excel: semicolons"
is "$(head -1 "$T_TMP/out" | od -An -c | grep -c '\\r')" 1 "make --excel: CRLF"
run 0 lp-groups make "$T_TMP/evil.csv" --groups 2
lacks "$out" "'=HYPERLINK" "make without --excel writes the cell as it is"
cp "$T_TMP/out" "$T_TMP/evil-groups.csv"
run 0 lp-groups roles "$T_TMP/evil-groups.csv" --roles "=a,b" --excel
contains "$out" "'=a" "roles --excel guards a role"
contains "$out" "'+cmd|calc" "roles --excel guards a name"
contains "$(head -1 "$T_TMP/out")" "meeting;group;role;name" "roles --excel: semicolons"
run 0 lp-groups roles "$T_TMP/evil-groups.csv" --roles "=a,b"
lacks "$out" "'=a" "roles without --excel"

run 0 lp-groups roles examples/grupper.csv \
    --roles "leder og tidtaker,viddevakt,sekretær" --meetings 4
golden "$G/roles.csv"
lacks "$out" "Lars Opsahl" "away members get no roles"
LP_LANG=en run 0 lp-groups roles examples/grupper.csv --roles "a,b" --meetings 2 -f md
golden "$G/roles.md"
LP_LANG=en run 0 lp-groups roles "$G/make-rounds.csv" --roles "a,b" --round 1 --seed 9 -f text
contains "$out" "meeting"
# 6 groups of 5, 3 roles, 5 meetings: each of 30 leaders holds each role once.
awk 'BEGIN { print "navn,x"; for (i = 1; i <= 30; i++) print "L" i ",y" }' > "$T_TMP/30.csv"
lp-groups make "$T_TMP/30.csv" --groups 6 > "$T_TMP/30g.csv"
run 0 lp-groups roles "$T_TMP/30g.csv" --roles "leder,vakt,sekretær" --meetings 5
is "$(awk -F, 'NR>1 {n[$4 "/" $3]++} END {for (k in n) c[n[k]]++; for (k in c) print k ":" c[k]}' "$T_TMP/out")" "1:90" "every leader each role exactly once"
is "$(awk -F, 'NR>1 {k = $2 "/" $3; if (last[k] == $4) bad++; last[k] = $4} END {print bad + 0}' "$T_TMP/out")" 0 "no role twice in a row"

# Bad input.
LP_LANG=en run 65 lp-groups make "$R" --groups 6 --mix tjenesteomrde
contains "$err" "deltakere.csv: no column 'tjenesteomrde' (did you mean 'tjenesteområde'?)"
LP_LANG=en run 65 lp-groups make "$R" --groups 40
contains "$err" "impossible sizes: 40 groups of 36 people"
LP_LANG=en run 2 lp-groups make "$R" --size 0
contains "$err" "--size: '0' is not a whole number from 1 to 100000"
LP_LANG=en run 2 lp-groups make "$R" --size 6 --groups 6
contains "$err" "not both"
LP_LANG=en run 2 lp-groups make "$R"
contains "$err" "give --size or --groups"
LP_LANG=en run 2 lp-groups make "$R" --groups 6 --time soon
contains "$err" "--time: 'soon' is not a number of seconds"
run 2 lp-groups make "$R" --groups 6 --rounds 0
LP_LANG=en run 2 lp-groups make "$R" --groups 2 --names "A,B,C"
contains "$err" "more names than the 2 groups"
run 2 lp-groups make "$R" --groups 6 -f svg
run 2 lp-groups make "$R" --groups 6 --frob
LP_LANG=en run 2 lp-groups make --groups 6
contains "$err" "give a roster"
printf 'navn,x\nOla,1\nKari,2\nola ,3\n' > "$T_TMP/twice.csv"
LP_LANG=en run 65 lp-groups make "$T_TMP/twice.csv" --groups 2
contains "$err" "twice.csv:4:1: 'ola' is on the roster twice (lines 2 and 4)"
printf 'who,x\nOla,1\n' > "$T_TMP/noname.csv"
LP_LANG=en run 65 lp-groups make "$T_TMP/noname.csv" --groups 1
contains "$err" "no name column"
LP_LANG=en run 65 lp-groups make "$R" --groups 6 --apart "Bjørn Bø,Bjørn Bøe"
contains "$err" "deltakere.csv: --apart: no person 'Bjørn Bøe' (did you mean 'Bjørn Bø'?)"
LP_LANG=en run 65 lp-groups make "$R" --groups 6 --together "Ola Nordmann,Bjørn Bø"
contains "$err" "--together: no person 'Ola Nordmann'"
run 2 lp-groups make "$R" --groups 6 --apart "Bjørn Bø"
LP_LANG=en run 65 lp-groups make "$R" --groups 6 --together "Bjørn Bø,Eli Fjeld" --apart "Eli Fjeld,Bjørn Bø"
contains "$err" "impossible: Eli Fjeld and Bjørn Bø must be apart and together"
LP_LANG=en run 65 lp-groups make "$R" --groups 9 --pin rlg
contains "$err" "impossible: 5 people are pinned to group 'Group 1', which holds 4"
LP_LANG=en run 65 lp-groups make "$R" --groups 2 --pin nivå
contains "$err" "impossible: --pin nivå has 5 values but there are 2 groups"
LP_LANG=en run 65 lp-groups make "$R" --groups 12 --together "Åse Aasen,Bjørn Bø,Cecilie Dalen,Dagfinn Eggen"
contains "$err" "4 people must be together with 'Åse Aasen', but groups hold at most 3"
run 65 lp-groups make "$R" --groups 6 --pin rlg --together "Åse Aasen,Frode Grønli" --together "Frode Grønli,Guro Haugen"
run 0 lp-groups make "$R" --groups 6 --pin rlg --together "Åse Aasen,Frode Grønli"
is "$(grep -c ',Gruppe 1,' "$T_TMP/out")" 6 "a together-set joins a pinned block"
LP_LANG=en run 65 lp-groups make "$R" --groups 2 --apart "Åse Aasen,Bjørn Bø,Cecilie Dalen" --time 0 --iterations 200
contains "$err" "could not keep"
run 66 lp-groups make nosuch.csv --groups 2
run 66 lp-groups show nosuch.csv
LP_LANG=en run 65 lp-groups show "$R"
contains "$err" "no group column"
printf 'round,group,name\nx,A,Ola\n' > "$T_TMP/badround.csv"
LP_LANG=en run 65 lp-groups show "$T_TMP/badround.csv"
contains "$err" "round 'x' is not a whole number from 1 to 1000"
LP_LANG=en run 2 lp-groups roles examples/grupper.csv
contains "$err" "give --roles"
run 65 lp-groups roles examples/grupper.csv --roles a --round 7
LP_LANG=en run 65 lp-groups score examples/grupper.csv --mix område
LP_LANG=en run 65 lp-groups score examples/grupper.csv --apart "Ola,Kari"
run 2 lp-groups show examples/grupper.csv -f yaml
LP_LANG=en run 2 lp-groups score examples/grupper.csv --frob
if [ -w /dev/full ]; then
	run 74 sh -c 'lp-groups show examples/grupper.csv > /dev/full'
	run 74 sh -c 'lp-groups make examples/deltakere.csv --groups 6 > /dev/full'
else
	skip "no /dev/full"
	skip "no /dev/full"
fi

# The benchmark's golfer instances (issue 4): Kirkman's schoolgirls
# (5 groups of 3, 7 rounds) and 8 groups of 4 over 9 rounds without a
# single repeat; the search stops at that bound, so a generous --time
# gives the same bytes every run.
golfers() {
	awk -v n="$1" 'BEGIN { print "navn"; for (i = 1; i <= n; i++) printf "Golfer %02d\n", i }'
}
golfers 15 > "$T_TMP/g15.csv"
LP_LANG=en run 0 lp-groups make "$T_TMP/g15.csv" --groups 5 --rounds 7 --seed 2 --time 60
cp "$T_TMP/out" "$T_TMP/kirkman.csv"
is "$err" "" "no progress line without a terminal"
LP_LANG=en run 0 lp-groups score "$T_TMP/kirkman.csv"
contains "$out" "repeated pairs             0 (0 repeats)"
LP_LANG=en run 0 lp-groups make "$T_TMP/g15.csv" --groups 5 --rounds 7 --seed 2 --time 120
cmp -s "$T_TMP/out" "$T_TMP/kirkman.csv"
ok $? "same seed, generous --time: the same bytes"
case $LP_BIN in
*san*)	skip "8-4-9 is slow under the sanitizers" ;;
*)	golfers 32 > "$T_TMP/g32.csv"
	lp-groups make "$T_TMP/g32.csv" --groups 8 --rounds 9 --time 60 > "$T_TMP/g849.csv"
	LP_LANG=en run 0 lp-groups score "$T_TMP/g849.csv"
	contains "$out" "repeated pairs             0 (0 repeats)" ;;
esac
# Progress on standard error when it is a terminal (script(1) gives one;
# a chroot or container without /dev/pts cannot).
if ! command -v script > /dev/null 2>&1; then
	skip "no script(1) for a terminal"
elif ! script -qec true /dev/null > /dev/null 2>&1; then
	skip "script(1) cannot open a pseudo-terminal here"
else
	LP_LANG=en script -qec "lp-groups make $T_TMP/g15.csv --groups 5 --rounds 8 --time 0.5 > /dev/null" /dev/null > "$T_TMP/tty" 2>&1
	contains "$(cat "$T_TMP/tty")" "iterations" "progress on a terminal"
fi

# The man page's EXAMPLES, run as written, in a scratch folder.
ln -s "$LP_TOP/examples" "$T_TMP/examples"
sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' man/lp-groups.1 |
    awk '/^\$ / { cmd = substr($0, 3); more = /\\e$/ }
	!/^\$ / && more { cmd = cmd "\n" $0; more = /\\e$/ }
	!more && cmd != "" { print cmd; cmd = "" }' |
    sed 's/\\e$/\\/' > "$T_TMP/examples.sh"
is "$(grep -c '^lp-groups' "$T_TMP/examples.sh")" 6 "six examples in the man page"
(cd "$T_TMP" && sh -e examples.sh > examples.out 2>&1)
ok $? "man page EXAMPLES run"
test -s "$T_TMP/grupper.html"
ok $? "man page example wrote grupper.html"

done_testing
